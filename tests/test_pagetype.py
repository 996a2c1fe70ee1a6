"""The not-an-article decision: the shipped model loads, articles without markup are kept.

(Listing, section, tag, about and terms pages of the fixture site are rejected: see
``test_extract_fixture.py`` and the crawl tests.)"""

from __future__ import annotations

import dataclasses
import math
import random

import pytest

from newscorpus.article import NotArticleReason
from newscorpus.extract import Extractor
from newscorpus.extract.pagetype import (
    FEATURES,
    LINK_ONLY,
    PRICE,
    PageTypeModel,
    _count_prices,
    bundled_model,
)
from newscorpus.origin import Origin

PARAGRAPHS = [
    "I spent the spring rebuilding the old workbench in the garage, and it taught me more about "
    "joinery than any course I have taken in the last ten years of weekend woodworking.",
    "The top was a single slab of beech, cupped by two decades of damp, so the first job was to "
    "flatten it with a jack plane and a pair of winding sticks borrowed from a neighbour.",
    "Once it was flat I cut new mortises for the legs, because the old ones had been widened "
    "with wedges and glue until nothing square was left of them at all.",
    "The vise came from a flea market for twelve euros; it needed a new screw, which I turned "
    "from a length of threaded rod and a nut welded to a plate by a friend.",
    "Finishing took an afternoon: two coats of boiled linseed oil, rubbed in by hand, and a wax "
    "on top so that glue drips pop off instead of soaking into the wood.",
    "What I would do differently is simple. I would buy the vise first, because every other "
    "job went faster once the work could be held still while I sawed.",
]


def test_the_bundled_model_matches_the_features() -> None:
    model = bundled_model()
    assert model is not None
    assert model.features == FEATURES
    assert "article" in model.classes


def test_a_blog_post_without_article_markup_or_date_is_an_article() -> None:
    html = (
        "<html><head><title>Rebuilding a workbench | Jan's shed</title>"
        '<meta property="og:type" content="website"></head><body>'
        "<nav><a href='/'>Home</a> <a href='/projects/'>Projects</a></nav>"
        "<main><h1>Rebuilding a workbench</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "</main></body></html>"
    )
    extraction = Extractor().extract(html, "https://jans-shed.example/rebuilding-a-workbench")
    assert extraction.article is not None, extraction.reason


def test_a_section_page_of_headline_links_with_a_pager_is_not_an_article() -> None:
    """A news section: the headlines and leads of 30 stories of the site, each a link, and a
    link to the next page. Its text is long and reads like prose, but it is no article."""
    stories = "".join(
        f"<li><h3><a href='/science/2026/11/{n:02d}/story-about-topic-number-{n}'>"
        f"Researchers report finding number {n} about the changing climate</a></h3>"
        f"<p>{PARAGRAPHS[n % len(PARAGRAPHS)]}</p></li>"
        for n in range(1, 31)
    )
    html = (
        "<html><head><title>Science | The Daily Example</title>"
        '<meta property="og:type" content="website"></head><body>'
        "<nav><a href='/'>Home</a> <a href='/science/'>Science</a></nav>"
        f"<main><h1>Science</h1><ul>{stories}</ul>"
        "<a href='/science/?page=2'>Next</a></main></body></html>"
    )
    extraction = Extractor().extract(html, "https://daily.example/science/")
    assert extraction.article is None


def constant_model(p_article: float, origins: dict[str, tuple[float, float]]) -> PageTypeModel:
    """A model that gives every page P(article) ``p_article`` (one leaf per class), with the
    thresholds 0.05 (0.06 without support) and ``origins``'."""
    leaf = {"feature": [-2], "threshold": [-2.0], "left": [-1], "right": [-1]}
    odds = math.log((1 - p_article) / p_article)
    return PageTypeModel.from_json(
        {
            "classes": ["article", "listing"],
            "features": list(FEATURES),
            "learning_rate": 1.0,
            "threshold": 0.05,
            "threshold_unsupported": 0.06,
            "origins": {
                name: {"threshold": t, "threshold_unsupported": u}
                for name, (t, u) in origins.items()
            },
            "stages": [[{**leaf, "value": [0.0]}, {**leaf, "value": [odds]}]],
        }
    )


def test_the_origin_of_a_page_moves_its_threshold_and_a_link_alone_is_named() -> None:
    origins = {Origin.FEED.value: (0.01, 0.01), Origin.LINK.value: (0.2, 0.3)}
    supported = [0.0] * len(FEATURES)
    supported[FEATURES.index("has_date")] = 1.0
    dated = [0.0] * len(FEATURES)
    dated[FEATURES.index("dated_url")] = 1.0
    unsupported = [0.0] * len(FEATURES)
    model = constant_model(0.1, origins)
    assert model.probabilities(supported)["article"] == pytest.approx(0.1)
    for x in (supported, unsupported):
        assert model.judge(x) is None  # no origin known: 0.1 passes 0.05 / 0.06
        assert model.judge(x, Origin.START.value) is None  # an origin not named: the same
        assert model.judge(x, Origin.FEED.value) is None
        assert model.judge(x, Origin.LINK.value) == LINK_ONLY  # rejected for its origin alone
    assert model.needed(supported, Origin.LINK.value) == 0.2
    assert model.needed(unsupported, Origin.LINK.value) == 0.3
    # a dated URL a link led to: what no origin needs
    assert model.needed(dated, Origin.LINK.value) == model.needed(dated) == 0.05
    assert model.judge(dated, Origin.LINK.value) is None
    # what no origin rejects is rejected as its type under any origin but a lenient one
    model = constant_model(0.03, origins)
    assert model.judge(supported) == "listing"
    assert model.judge(supported, Origin.LINK.value) == "listing"
    assert model.judge(supported, Origin.FEED.value) is None


def test_extraction_takes_the_origin_to_the_decision() -> None:
    """The blog post of the test above is kept with no origin, and from a feed; with a
    threshold no page passes for a link, it goes as ``link_only``."""
    html = (
        "<html><head><title>Rebuilding a workbench</title></head><body><main>"
        "<h1>Rebuilding a workbench</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "</main></body></html>"
    )
    url = "https://jans-shed.example/rebuilding-a-workbench"
    extractor = Extractor()
    extractor.page_model = dataclasses.replace(
        extractor.page_model, by_origin=((Origin.LINK.value, 1.01, 1.01),)
    )
    assert extractor.extract(html, url).article is not None
    assert extractor.extract(html, url, Origin.FEED).article is not None
    linked = extractor.extract(html, url, Origin.LINK)
    assert linked.article is None and linked.reason is NotArticleReason.LINK_ONLY


def test_prices_are_counted_as_the_whole_text_pattern_counts_them() -> None:
    rng = random.Random(5)
    alphabet = [*"0123456789 .,$€£¥USDERGBPux!-\n\xa0٣_", "USD", "EUR", " EUR", "1.5", "€5"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        assert _count_prices(text) == len(PRICE.findall(text)), text
