"""Is the page an article? Page features and a small learned classifier over them.

The features are what a reader sees at a glance (is there one long run of prose or a list of
links, a date, a headline, a price, replies) plus what the page says of itself (Open Graph,
schema.org types) and its URL. The model is a gradient-boosted tree ensemble over the seven page
types of WCXB (article, listing, collection, forum, product, documentation, service), trained by
``benchmarks/train_pagetype.py`` on WCXB's development split and shipped as JSON inside the
package (``pagetype.json``); it is evaluated here in plain Python, so running it needs no
machine-learning library. A page is rejected only when the model's probability that it is an
article falls below the threshold stored with it, chosen so that articles are almost never
rejected.

Where the crawl found the page (:class:`newscorpus.origin.Origin`) moves the threshold: a page
a feed or a news sitemap lists is rejected only when the model is all but sure it is no
article, one only a link led to needs more to pass (its threshold set to lose a small, chosen
share of articles); start URLs, plain sitemaps and pages of unknown origin keep the threshold
of no origin. Each origin's thresholds are stored with the model.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import numpy as np
from courlan import is_navigation_page

from newscorpus.article import NotArticleReason
from newscorpus.extract.text import SENTENCE_END, count_words, text_content
from newscorpus.origin import Origin

if TYPE_CHECKING:
    from collections.abc import Sequence

    from lxml.html import HtmlElement

    from newscorpus.extract.page import Page

#: A date in the URL path: /2026/03/14/, /2026-03-14/, /20260314/.
DATED_PATH = re.compile(r"/(?:19|20)\d\d[/-]?(?:0?[1-9]|1[0-2])[/-]?(?:[0-2]?\d|3[01])?(?:/|-|\b)")
PRICE = re.compile(r"(?:[$€£¥]\s?\d|\d[\d.,]*\s?(?:€|USD|EUR|GBP)\b)")
REPLY_CLASS = re.compile(r"comment|reply|replies|thread|forum|post-?body|message|answer")
SCHEMA_FLAGS = {
    "product": {"product", "offer", "aggregateoffer", "productgroup"},
    "forum": {"discussionforumposting", "qapage", "question", "answer", "comment"},
    "collection": {"collectionpage", "itemlist", "searchresultspage"},
    "howto": {"howto", "recipe", "faqpage"},
    "techdoc": {"techarticle", "apireference"},
}

#: Words in a URL path that name a kind of page, in the languages of most sites.
URL_WORDS = {
    "listing": re.compile(
        r"/(?:tags?|category|categories|topics?|section|archive|page|search|author)s?(?:/|$)"
    ),
    "shop": re.compile(r"/(?:shop|store|products?|item|p|dp|buy|cart)(?:/|$)"),
    "forum": re.compile(
        r"/(?:forums?|threads?|t|topic|questions?|discussions?|community|r)(?:/|$)"
    ),
    "docs": re.compile(
        r"/(?:docs?|documentation|api|reference|manual|guide|help|support|kb|wiki)(?:/|$)"
    ),
    "story": re.compile(
        r"/(?:news|articles?|blog|posts?|stories|story|story|features|opinion)(?:/|$)"
    ),
}
LONG_LINE_WORDS = 30
#: A link to a further page of a listing: ``?page=2``, ``/page/3``, "Next", "Older posts", "»".
PAGER_HREF = re.compile(r"[?&](?:page|p|pg|paged|start|offset)=\d|/page/\d+/?$")
PAGER_TEXT = re.compile(
    r"^(?:next|older|newer|previous|prev|load more|more stories|show more|see more|view more"
    r"|weiter|suivant|siguiente|»|›|→|\d{1,3})(?:\s+(?:posts|entries|page|articles|»|›))?$",
    re.IGNORECASE,
)
#: A link whose text has this many words is shaped like a headline.
HEADLINE_LINK_WORDS = (4, 25)
#: The key of :func:`page_measures` holding the texts of the page's headline-shaped links.
HEADLINE_LINK_TEXTS = "headline_link_texts"
#: The last part of the URL path of a site's service pages (about, terms, contact...).
SERVICE_PATH = re.compile(
    r"/(?:about|about-us|who-we-are|terms|terms-of-(?:use|service)|tos|privacy|privacy-policy"
    r"|contact|contact-us|impressum|imprint|legal|cookies?|cookie-policy|faqs?|careers|jobs"
    r"|advertise|subscribe|log-?in|sign-?in|sign-?up|register|account|help|disclaimer"
    r"|accessibility|sitemap)(?:\.\w+)?/?$"
)


def is_service_page(evidence: PageEvidence) -> bool:
    """A service page of the site (about, terms, contact...): its URL says so, and it has
    neither a date nor article markup."""
    if not evidence.url or evidence.has_date or evidence.article_markup:
        return False
    return bool(SERVICE_PATH.search(urlsplit(evidence.url).path.lower()))


#: The features, in the model's order.
FEATURES = (
    "og_article",
    "article_markup",
    "other_type",
    "has_date",
    "markup_date",
    "dated_url",
    "root_path",
    "path_depth",
    "slug_words",
    "slug_chars",
    "nav_url",
    "query",
    "log_words",
    "lines",
    "mean_line_words",
    "finished_share",
    "short_share",
    "listing_share",
    "page_link_density",
    "links_per_kchar",
    "body_share",
    "h1",
    "h2h3",
    "articles",
    "forms",
    "prices_per_kchar",
    "has_author",
    "times",
    "reply_blocks",
    "question_share",
    "claimed_share",
    "long_lines",
    "max_line_words",
    "linked_headings",
    "linked_heading_share",
    "pager_links",
    "rel_next",
    "headline_links",
    "headline_links_per_kchar",
    "distinct_headline_links",
    "body_in_headline_links",
    "title_words",
    "code_blocks",
    "list_item_share",
    "image_links",
    "buttons",
    *(f"schema_{name}" for name in SCHEMA_FLAGS),
    *(f"url_{name}" for name in URL_WORDS),
)


@dataclass(frozen=True, slots=True)
class PageEvidence:
    """What the extraction already knows about the page, besides its tree."""

    url: str | None
    body: Sequence[str]
    has_date: bool
    markup_date: bool
    has_author: bool
    article_markup: bool
    og_article: bool
    other_type: bool
    listing_share: float
    claimed_share: float
    title: str | None = None


def page_measures(page: Page) -> dict[str, Any]:
    """The features of a page that come from its tree alone, not from the extracted body
    (picklable: :func:`body_features` finishes them in another process if need be), plus
    the page text's length they are shares of (``page_chars``)."""
    page_text = page.body_text
    page_chars = max(1, len(page_text))
    by_tag = page.measures.by_tag
    root = page.body
    links = [a for a in by_tag.get("a", ()) if a.get("href") is not None]
    raw_texts = [text_content(a) for a in links]  # each link's text, read once
    link_texts = [" ".join(text.split()) for text in raw_texts]
    link_chars = sum(map(len, raw_texts))
    classes = " ".join(root.xpath(".//@class", smart_strings=False)).lower()
    types = page.json_ld_types | page.itemtypes

    def count(*tags: str) -> int:
        return sum(len(by_tag.get(tag, ())) for tag in tags)

    headings = count("h2", "h3", "h4")
    linked_headings = int(
        root.xpath("count((.//h2 | .//h3 | .//h4)[.//a[@href] or ancestor::a[@href]])")
    )
    headline_links = _headline_links(page, links, link_texts)
    headline_texts = frozenset(headline_links)
    values: dict[str, Any] = {
        "page_chars": page_chars,
        "page_link_density": link_chars / page_chars,
        "links_per_kchar": 1000 * len(links) / page_chars,
        "h1": count("h1"),
        "h2h3": count("h2", "h3"),
        "articles": count("article"),
        "forms": count("form"),
        "prices_per_kchar": 1000 * _count_prices(page_text) / page_chars,
        "times": count("time"),
        "reply_blocks": len(REPLY_CLASS.findall(classes)),
        "linked_headings": linked_headings,
        "linked_heading_share": linked_headings / max(1, headings),
        "pager_links": sum(_is_pager(a, text) for a, text in zip(links, link_texts, strict=True)),
        "rel_next": _rel_next(page),
        "headline_links": len(headline_links),
        "headline_links_per_kchar": 1000 * len(headline_links) / page_chars,
        "distinct_headline_links": len(headline_texts),
        "code_blocks": count("pre", "code"),
        "list_item_share": _outer_item_chars(page) / page_chars,
        "image_links": sum(len(a) and a.find(".//img") is not None for a in links),
        "buttons": count("button", "input"),
        HEADLINE_LINK_TEXTS: headline_texts,
    }
    for name, wanted in SCHEMA_FLAGS.items():
        values[f"schema_{name}"] = bool(types & wanted)
    return values


def body_features(measures: dict[str, Any], evidence: PageEvidence) -> list[float]:
    """The feature vector, in :data:`FEATURES` order, from a page's :func:`page_measures`
    and what the extraction knows of it (its body above all)."""
    path = urlsplit(evidence.url).path if evidence.url else ""
    segments = [s for s in path.split("/") if s]
    slug = segments[-1] if segments else ""
    body = list(evidence.body)
    words = [count_words(line) for line in body]
    total_words = sum(words)
    n_lines = max(1, len(body))
    values = {
        **measures,
        "og_article": evidence.og_article,
        "article_markup": evidence.article_markup,
        "other_type": evidence.other_type,
        "has_date": evidence.has_date,
        "markup_date": evidence.markup_date,
        "dated_url": bool(DATED_PATH.search(path)),
        "root_path": not segments,
        "path_depth": len(segments),
        "slug_words": len(re.split(r"[-_+.]", slug)) if slug else 0,
        "slug_chars": len(slug),
        "nav_url": bool(evidence.url and is_navigation_page(evidence.url)),
        "query": bool(evidence.url and urlsplit(evidence.url).query),
        "log_words": math.log1p(total_words),
        "lines": len(body),
        "mean_line_words": total_words / n_lines,
        "finished_share": sum(bool(SENTENCE_END.search(line)) for line in body) / n_lines,
        "short_share": sum(w < 6 for w in words) / n_lines,
        "listing_share": evidence.listing_share,
        "body_share": sum(len(line) for line in body) / measures["page_chars"],
        "has_author": evidence.has_author,
        "question_share": sum(line.rstrip().endswith("?") for line in body) / n_lines,
        "claimed_share": evidence.claimed_share,
        "long_lines": sum(w >= LONG_LINE_WORDS for w in words),
        "max_line_words": max(words, default=0),
        "body_in_headline_links": sum(
            len(line) for line in body if " ".join(line.split()) in measures[HEADLINE_LINK_TEXTS]
        )
        / max(1, sum(len(line) for line in body)),
        "title_words": count_words(evidence.title or ""),
    }
    for name, pattern in URL_WORDS.items():
        values[f"url_{name}"] = bool(pattern.search(path.lower()))
    return [float(values[name]) for name in FEATURES]


#: The currency signs and codes of :data:`PRICE` but the dollar sign: a :data:`PRICE` match
#: holds one of them, or is a :data:`DOLLAR_AMOUNT`.
PRICE_MARKS = ("€", "£", "¥", "USD", "EUR", "GBP")
DOLLAR_AMOUNT = re.compile(r"\$\s?\d")
#: A currency sign or code: every :data:`PRICE` match holds one.
PRICE_MARK = re.compile(r"[$€£¥]|USD|EUR|GBP")
#: A character a :data:`PRICE` match can hold (and runs of them).
PRICE_CHAR = re.compile(r"[\d\s.,$€£¥USDERGBP]")
PRICE_RUN = re.compile(r"[\d\s.,$€£¥USDERGBP]*")


def _count_prices(text: str) -> int:
    """How many prices :data:`PRICE` finds in ``text``. The pattern is slow on long texts, and
    runs only on texts that can hold a match: with a currency sign or code, or a dollar sign
    before a number (a page's scripts have many dollar signs, rarely before a digit); and
    there only on the runs of characters a match can hold (:data:`PRICE_CHAR`) around each
    sign or code, with the character after the run (``\\b`` reads it). A match never leaves
    its run, and a run starts where no scan of the whole text can be inside a match: the
    count is that of the whole text."""
    if not any(mark in text for mark in PRICE_MARKS) and not DOLLAR_AMOUNT.search(text):
        return 0
    count = end = 0
    for mark in PRICE_MARK.finditer(text):
        start = mark.start()
        if start < end:
            continue  # in the run just counted
        while start and PRICE_CHAR.match(text, start - 1):
            start -= 1
        end = PRICE_RUN.match(text, mark.end()).end()
        count += len(PRICE.findall(text, start, end + 1))
    return count


def _rel_next(page: Page) -> int:
    """How many ``<link rel=next|prev>`` the document has and ``<a rel=next>`` its body has
    (``//link[@rel='next' or @rel='prev'] | .//a[@rel='next']``)."""
    links = page.tree.getroottree().getroot().iter("link")
    anchors = page.body.iterdescendants("a")
    return sum(link.get("rel") in ("next", "prev") for link in links) + sum(
        anchor.get("rel") == "next" for anchor in anchors
    )


def _is_pager(anchor: HtmlElement, text: str) -> bool:
    """A link to a further page of the listing the page is (``text``: its text, white space
    collapsed)."""
    return bool(PAGER_HREF.search(anchor.get("href", "")) or PAGER_TEXT.match(text))


def _headline_links(page: Page, links: list[HtmlElement], texts: list[str]) -> list[str]:
    """The texts of the links to other pages of the same site that are shaped like headlines
    (what a listing is made of); ``texts`` are the links' texts, white space collapsed."""
    parts = urlsplit(page.url) if page.url else None
    host = parts.hostname if parts else None
    # A target that starts with the page's own scheme://netloc/ has the page's host: no need
    # to split it (most links of a page are such).
    own = f"{parts.scheme}://{parts.netloc}/" if parts and parts.netloc else None
    low, high = HEADLINE_LINK_WORDS
    measures = page.measures
    hosts: dict[str, str | None] = {}  # by link target: a page links many targets twice
    found = []
    for anchor, text in zip(links, texts, strict=True):
        m = measures.get(anchor)
        target = m.target if m is not None else None
        if target is None:
            continue
        if not (own and target.startswith(own)):
            if target not in hosts:
                hosts[target] = urlsplit(target).hostname
            if hosts[target] != host:
                continue
        if low <= len(text.split()) <= high:
            found.append(text)
    return found


def _outer_item_chars(page: Page) -> int:
    """Characters of text in the page's list items (outermost ones only)."""
    measures = page.measures
    return sum(
        measures[item].chars
        for item in measures.by_tag.get("li", ())
        if item in measures and not any(a.tag == "li" for a in item.iterancestors())
    )


def page_features(page: Page, evidence: PageEvidence) -> list[float]:
    """The feature vector of one page, in :data:`FEATURES` order."""
    return body_features(page_measures(page), evidence)


#: :meth:`PageTypeModel.judge`'s verdict on a page its origin's threshold alone rejects.
LINK_ONLY = NotArticleReason.LINK_ONLY.value
_SUPPORT = tuple(FEATURES.index(name) for name in ("has_date", "article_markup", "dated_url"))
_DATED_URL = FEATURES.index("dated_url")


def has_article_support(x: Sequence[float]) -> bool:
    """Whether the features hold any sign of an article: a date, article markup, a dated URL."""
    return any(x[i] for i in _SUPPORT)


@dataclass(frozen=True, slots=True)
class PageTypeModel:
    """A multi-class gradient-boosted tree ensemble (one regression tree per class and stage),
    its trees stored as padded node arrays (scikit-learn's layout, -1: a leaf) and evaluated
    all at once, one tree level per step."""

    classes: tuple[str, ...]
    features: tuple[str, ...]
    learning_rate: float
    tree_class: np.ndarray  # (trees,): the class each tree scores
    feature: np.ndarray  # (trees, nodes)
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray
    depth: int
    article_threshold: float  # reject when P(article) is below this
    threshold_unsupported: float  # ... or below this with no sign of an article
    #: (threshold, threshold_unsupported) for a page of that origin (value of
    #: :class:`newscorpus.origin.Origin`); an origin not named keeps the two above.
    by_origin: tuple[tuple[str, float, float], ...] = ()

    @classmethod
    def from_json(cls, data: dict) -> PageTypeModel:
        trees = [(k, tree) for stage in data["stages"] for k, tree in enumerate(stage)]
        nodes = max(len(tree["left"]) for _, tree in trees)

        def padded(key: str, fill: float, dtype: type) -> np.ndarray:
            array = np.full((len(trees), nodes), fill, dtype=dtype)
            for i, (_, tree) in enumerate(trees):
                array[i, : len(tree[key])] = tree[key]
            return array

        left = padded("left", -1, np.int64)
        return cls(
            classes=tuple(data["classes"]),
            features=tuple(data["features"]),
            learning_rate=float(data["learning_rate"]),
            tree_class=np.array([k for k, _ in trees], dtype=np.int64),
            feature=np.maximum(padded("feature", 0, np.int64), 0),  # leaves: any feature
            threshold=padded("threshold", 0.0, np.float64),
            left=left,
            right=padded("right", -1, np.int64),
            value=padded("value", 0.0, np.float64),
            depth=_depth(trees),
            article_threshold=float(data["threshold"]),
            threshold_unsupported=float(data.get("threshold_unsupported", data["threshold"])),
            by_origin=tuple(
                (str(origin), float(pair["threshold"]), float(pair["threshold_unsupported"]))
                for origin, pair in sorted(data.get("origins", {}).items())
            ),
        )

    def probabilities(self, x: Sequence[float]) -> dict[str, float]:
        values = np.asarray(x, dtype=np.float64)
        rows = np.arange(len(self.tree_class))
        node = np.zeros(len(rows), dtype=np.int64)
        for _ in range(self.depth):
            leaf = self.left[rows, node] == -1
            go_left = values[self.feature[rows, node]] <= self.threshold[rows, node]
            step = np.where(go_left, self.left[rows, node], self.right[rows, node])
            node = np.where(leaf, node, step)
        leaves = self.value[rows, node]
        raw = self.learning_rate * np.bincount(
            self.tree_class, weights=leaves, minlength=len(self.classes)
        )
        exp = np.exp(raw - raw.max())
        return dict(zip(self.classes, (exp / exp.sum()).tolist(), strict=True))

    def thresholds(self, origin: str | None = None) -> tuple[float, float]:
        """(threshold, threshold without any sign of an article) for a page of ``origin``."""
        for name, threshold, unsupported in self.by_origin:
            if name == origin:
                return threshold, unsupported
        return self.article_threshold, self.threshold_unsupported

    def needed(self, x: Sequence[float], origin: str | None = None) -> float:
        """The P(article) a page of ``origin`` with features ``x`` needs to pass. A page a link
        led to whose URL is dated needs what a page of no origin does: the site dates its
        stories' URLs (WCXB dev: 53 articles, 2 forum threads, no other page)."""
        if origin == Origin.LINK and x[_DATED_URL]:
            origin = None
        threshold, unsupported = self.thresholds(origin)
        return threshold if has_article_support(x) else unsupported

    def judge(self, x: Sequence[float], origin: str | None = None) -> str | None:
        """None when the page is an article, else the most likely other page type, or
        ``link_only`` for a page a link led to that only its origin's higher threshold
        rejects. A page without any sign of an article (a date, article markup, a dated URL)
        needs a higher probability to pass."""
        probabilities = self.probabilities(x)
        article = probabilities.get("article", 0.0)
        if article >= self.needed(x, origin):
            return None
        if origin is not None and article >= self.needed(x):
            return LINK_ONLY
        others = {k: v for k, v in probabilities.items() if k != "article"}
        return max(others, key=others.__getitem__)


def _depth(trees: list[tuple[int, dict]]) -> int:
    """The depth of the deepest tree: how many steps take every tree to a leaf."""
    deepest = 0
    for _, tree in trees:
        depth = {0: 0}
        for node, (left, right) in enumerate(zip(tree["left"], tree["right"], strict=True)):
            if left != -1:
                depth[left] = depth[right] = depth[node] + 1
        deepest = max(deepest, *depth.values())
    return deepest


@cache
def bundled_model() -> PageTypeModel:
    """The model shipped with the package (``pagetype.json``, package data)."""
    resource = files("newscorpus.extract").joinpath("pagetype.json")
    data = json.loads(resource.read_text(encoding="utf-8"))
    model = PageTypeModel.from_json(data)
    if model.features != FEATURES:
        raise RuntimeError(
            "newscorpus/extract/pagetype.json was trained on other features; "
            "retrain it with benchmarks/train_pagetype.py"
        )
    return model
