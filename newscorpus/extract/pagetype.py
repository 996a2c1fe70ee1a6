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
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import numpy as np
from courlan import is_navigation_page

from newscorpus.extract.text import count_words

if TYPE_CHECKING:
    from collections.abc import Sequence

    from lxml.html import HtmlElement

    from newscorpus.extract.page import Page

#: A date in the URL path: /2026/03/14/, /2026-03-14/, /20260314/.
DATED_PATH = re.compile(r"/(?:19|20)\d\d[/-]?(?:0?[1-9]|1[0-2])[/-]?(?:[0-2]?\d|3[01])?(?:/|-|\b)")
FINISHED = re.compile(r"[.!?…。！？\"”’»)]\s*$")
#: A price: a currency sign before a number, or a currency after one (:func:`_prices`; two
#: patterns, each starting with a literal, scan a long page many times faster than one).
PRICE_SIGN_FIRST = re.compile(r"[$€£¥]\s?\d")
CURRENCY_AFTER = re.compile(r"(?:€|USD|EUR|GBP)\b")
#: A year of this century in the page's text (many of them: a listing's dates).
YEAR = re.compile(r"20[0-3]\d(?!\d)")
#: A sentence's end in a body line.
SENTENCE_END = re.compile(r"[.!?。！？](?=\s|$)")
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
#: The ``<input>`` types a user types text into.
TEXT_INPUTS = frozenset({"text", "email", "search", "tel", "number"})
#: Siblings of one tag and class, at least this many, each holding a link and at most
#: ``CARD_MAX_CHARS`` of text a fifth or more of it linked, are the cards of a grid or teaser list.
CARD_MIN_SIBLINGS = 3
CARD_MAX_CHARS = 600
#: ... when they are this share of the siblings of that tag and class.
CARD_SHARE_OF_SIBLINGS = 0.6
#: A ``<p>`` of prose: this many characters, less than 30 % of them linked.
PROSE_MIN_CHARS = 80
#: Elements between prose paragraphs that do not end their run (unless mostly links).
PROSE_RUN_TAGS = frozenset({"p", "h2", "h3", "h4", "figure", "blockquote", "ul", "ol"})
#: A body line of prose: this many words, finished (for the run of prose in the body).
PROSE_LINE_WORDS = 15
#: A body line this short and unfinished (a subheading) does not end the run.
SUBHEADING_WORDS = 12
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
    "card_share",
    "cards",
    "card_targets",
    "card_groups",
    "max_card_group",
    "prose_run_share",
    "log_prose_run",
    "prose_p_share",
    "years",
    "years_per_kchar",
    "password_inputs",
    "text_inputs",
    "textareas",
    "selects",
    "paragraphs",
    "headings_per_paragraph",
    "list_items",
    "tables",
    "definition_terms",
    "log_page_chars",
    "page_over_body",
    "body_prose_run_share",
    "log_sentences",
    "sentences_per_line",
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
    raw_texts = [a.text_content() for a in links]
    link_chars = sum(map(len, raw_texts))
    link_texts = [" ".join(text.split()) for text in raw_texts]
    classes = " ".join(root.xpath(".//@class")).lower()
    types = page.json_ld_types | page.itemtypes

    def count(*tags: str) -> int:
        return sum(len(by_tag.get(tag, ())) for tag in tags)

    headings = count("h2", "h3", "h4")
    linked_headings = int(
        root.xpath("count((.//h2 | .//h3 | .//h4)[.//a[@href] or ancestor::a[@href]])")
    )
    headline_links = _headline_links(page, links, link_texts)
    headline_texts = frozenset(headline_links)
    years = len(YEAR.findall(page_text))
    input_types = [(i.get("type") or "text").lower() for i in by_tag.get("input", ())]
    paragraphs = count("p")
    values: dict[str, Any] = {
        "page_chars": page_chars,
        "page_link_density": link_chars / page_chars,
        "links_per_kchar": 1000 * len(links) / page_chars,
        "h1": count("h1"),
        "h2h3": count("h2", "h3"),
        "articles": count("article"),
        "forms": count("form"),
        "prices_per_kchar": 1000 * _prices(page_text) / page_chars,
        "times": count("time"),
        "reply_blocks": len(REPLY_CLASS.findall(classes)),
        "linked_headings": linked_headings,
        "linked_heading_share": linked_headings / max(1, headings),
        "pager_links": sum(map(_is_pager, links, link_texts)),
        "rel_next": len(root.xpath("//link[@rel='next' or @rel='prev'] | .//a[@rel='next']")),
        "headline_links": len(headline_links),
        "headline_links_per_kchar": 1000 * len(headline_links) / page_chars,
        "distinct_headline_links": len(headline_texts),
        "code_blocks": count("pre", "code"),
        "list_item_share": _outer_item_chars(page) / page_chars,
        "image_links": sum(any(True for _ in a.iter("img")) for a in links),
        "buttons": count("button", "input"),
        **_structure(page, page_chars),
        "years": years,
        "years_per_kchar": 1000 * years / page_chars,
        "password_inputs": input_types.count("password"),
        "text_inputs": sum(t in TEXT_INPUTS for t in input_types),
        "textareas": count("textarea"),
        "selects": count("select"),
        "paragraphs": paragraphs,
        "headings_per_paragraph": count("h2", "h3", "h4", "h5", "h6") / max(1, paragraphs),
        "list_items": count("li"),
        "tables": count("table"),
        "definition_terms": count("dt"),
        "log_page_chars": math.log1p(page_chars),
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
    body_chars = sum(len(line) for line in body)
    sentences = sum(
        len(SENTENCE_END.findall(line)) for line, n in zip(body, words, strict=True) if n >= 8
    )
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
        "finished_share": sum(bool(FINISHED.search(line)) for line in body) / n_lines,
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
        "page_over_body": math.log1p(measures["page_chars"]) - math.log1p(body_chars),
        "body_prose_run_share": _prose_run_chars(body, words) / max(1, body_chars),
        "log_sentences": math.log1p(sentences),
        "sentences_per_line": sentences / n_lines,
    }
    for name, pattern in URL_WORDS.items():
        values[f"url_{name}"] = bool(pattern.search(path.lower()))
    return [float(values[name]) for name in FEATURES]


def _prose_run_chars(body: list[str], words: list[int]) -> int:
    """Characters of the body's longest run of consecutive prose lines (subheadings between
    them do not end it)."""
    best = run = 0
    for line, n in zip(body, words, strict=True):
        finished = bool(FINISHED.search(line))
        if n >= PROSE_LINE_WORDS and finished:
            run += len(line)
            best = max(best, run)
        elif finished or n >= SUBHEADING_WORDS:
            run = 0
    return best


def _prices(text: str) -> int:
    """How many prices the text names."""
    found = len(PRICE_SIGN_FIRST.findall(text))
    for match in CURRENCY_AFTER.finditer(text):
        i = match.start() - 1
        if i > 0 and text[i].isspace():
            i -= 1
        found += i >= 0 and text[i].isdigit()
    return found


def _structure(page: Page, page_chars: int) -> dict[str, float]:
    """What the page is built of, from one pass over its elements' children: cards (repeated
    siblings of one tag and class, each a link with a little text: card grids, teaser lists)
    and runs of prose paragraphs (consecutive ``<p>`` of prose, headings and figures between
    them allowed)."""
    measures = page.measures
    get = measures.get
    cards: list[HtmlElement] = []
    groups = max_group = best_run = prose = 0
    for parent in measures:
        if not len(parent):
            continue
        run = 0
        siblings: dict[tuple[str, str | None], int] = {}
        linked: dict[tuple[str, str | None], list[HtmlElement]] = {}
        for child in parent:
            m = get(child)
            if m is None:
                continue
            tag = child.tag
            if tag == "p" and m.chars >= PROSE_MIN_CHARS and 10 * m.link_chars < 3 * m.chars:
                run += m.chars
                prose += m.chars
                best_run = max(best_run, run)
            elif tag not in PROSE_RUN_TAGS or 2 * m.link_chars > max(1, m.chars):
                run = 0
            key = (tag, child.get("class"))
            siblings[key] = siblings.get(key, 0) + 1
            if m.links and 0 < m.chars <= CARD_MAX_CHARS and 5 * m.link_chars >= m.chars:
                linked.setdefault(key, []).append(child)
        for key, members in linked.items():
            n = len(members)
            if n >= CARD_MIN_SIBLINGS and n >= CARD_SHARE_OF_SIBLINGS * siblings[key]:
                cards.extend(members)
                groups += 1
                max_group = max(max_group, n)
    found = set(cards)
    outer = [c for c in cards if not any(a in found for a in c.iterancestors())]
    return {
        "card_share": sum(measures[c].chars for c in outer) / page_chars,
        "cards": len(outer),
        "card_targets": len({measures[c].first_link for c in outer} - {None}),
        "card_groups": groups,
        "max_card_group": max_group,
        "prose_run_share": best_run / page_chars,
        "log_prose_run": math.log1p(best_run),
        "prose_p_share": prose / page_chars,
    }


def _is_pager(anchor: HtmlElement, text: str) -> bool:
    """A link to a further page of the listing the page is (``text``: its text, white space
    collapsed)."""
    return bool(PAGER_HREF.search(anchor.get("href", "")) or PAGER_TEXT.match(text))


def _headline_links(page: Page, links: list[HtmlElement], texts: list[str]) -> list[str]:
    """The texts of the links to other pages of the same site that are shaped like headlines
    (what a listing is made of; ``texts``: the links' texts, white space collapsed)."""
    host = _hostname(page.url) if page.url else None
    low, high = HEADLINE_LINK_WORDS
    found = []
    get = page.measures.get
    for anchor, text in zip(links, texts, strict=True):
        m = get(anchor)
        target = m.target if m is not None else None
        if target is None or _hostname(target) != host:
            continue
        if low <= len(text.split()) <= high:
            found.append(text)
    return found


@lru_cache(maxsize=4096)
def _hostname(url: str) -> str | None:
    return urlsplit(url).hostname


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


_SUPPORT = tuple(FEATURES.index(name) for name in ("has_date", "article_markup", "dated_url"))


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

    def judge(self, x: Sequence[float]) -> str | None:
        """None when the page is an article, else the most likely other page type. A page
        without any sign of an article (a date, article markup, a dated URL) needs a higher
        probability to pass."""
        probabilities = self.probabilities(x)
        article = probabilities.get("article", 0.0)
        needed = self.article_threshold if has_article_support(x) else self.threshold_unsupported
        if article >= needed:
            return None
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
