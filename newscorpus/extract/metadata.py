"""Article metadata beyond what trafilatura gives: a precise publication time, clean author
names, the language of the text itself, and the markup that says "this page is an article"."""

from __future__ import annotations

import logging
import re
from datetime import datetime
from typing import TYPE_CHECKING

import py3langid
from htmldate import find_date
from lxml import etree
from trafilatura.metadata import (
    examine_meta,
    extract_meta_json,
    extract_sitename,
    extract_title,
    extract_url,
)

from newscorpus.extract.authors import markup_author
from newscorpus.extract.page import metas
from newscorpus.extract.text import BYLINE_OPENING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from lxml.html import HtmlElement
    from trafilatura.settings import Document

    from newscorpus.extract.page import Page

logger = logging.getLogger(__name__)

ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "askpublicnewsarticle",
        "satiricalarticle",
        "blogposting",
        "liveblogposting",
        "report",
        "scholarlyarticle",
        "techarticle",
    }
)
#: The ``<meta>`` elements whose content is a publication time, most trusted first, as
#: (attribute, its values): the first three before ``itemprop="datePublished"`` elements'
#: ``datetime`` and ``content``, the last two after them (:func:`_published_candidates`).
PUBLISHED_METAS = (
    ("property", ("article:published_time",)),
    ("name", ("article:published_time",)),
    ("itemprop", ("datePublished",)),
    ("name", ("pubdate", "publishdate", "publish-date")),
    ("name", ("parsely-pub-date", "sailthru.date", "dc.date.issued")),
)
AUTHOR_NOISE = re.compile(
    r"^\s*(?:by|von|par|por|di|door)\s+|\s*[|,]?\s*(?:updated|published|posted)\b.*$"
    r"|\S+@\S+|\b\d{1,2}:\d{2}\b.*$",
    re.IGNORECASE,
)
MIN_LANGID_CHARS = 20
BYLINE = re.compile(rf"^{BYLINE_OPENING}([^\d|]{{2,100}})$", re.IGNORECASE)
BYLINE_XPATH = (
    "//body//*[self::div or self::span or self::p or self::address or self::li or self::a]"
    "[not(*[self::div or self::p])][string-length(normalize-space()) < 120]"
    "[starts-with(translate(normalize-space(), 'BYVONPARDIO', 'byvonpardio'), 'by ')"
    " or starts-with(translate(normalize-space(), 'BYVONPARDIO', 'byvonpardio'), 'von ')"
    " or starts-with(translate(normalize-space(), 'BYVONPARDIO', 'byvonpardio'), 'par ')"
    " or starts-with(translate(normalize-space(), 'BYVONPARDIO', 'byvonpardio'), 'por ')]"
)
MAX_BYLINE_WORDS = 12
# compiled once: lxml compiles a path given as a string on every call
_ITEMPROP_PUBLISHED = etree.XPath("//*[@itemprop='datePublished']")
_BYLINE = etree.XPath(BYLINE_XPATH)
MAX_LANGID_CHARS = 600  # plenty for character n-grams; longer only costs time


def page_metadata(tree: HtmlElement, url: str | None) -> tuple[Document, str | None]:
    """Title, author, canonical URL, date, site name and description, read with trafilatura's
    metadata functions, leaving out the categories, tags and licence it would also look for
    (a third of its time, and not part of a record). The date comes from the markup and URL
    first; the page's text is searched only when they give none. Also gives the date of the
    markup and URL alone (None when they give none)."""
    document = examine_meta(tree)
    if document.author and " " not in document.author:
        document.author = None  # one token is a handle, not a name (trafilatura's rule too)
    try:
        document = extract_meta_json(tree, document)
    except Exception as exc:
        logger.debug("Unreadable JSON-LD on %s: %r", url, exc)
    document.title = document.title or extract_title(tree)
    document.author = document.author or markup_author(tree)
    document.url = document.url or extract_url(tree, url)
    from_markup = markup_date(tree, document.url or url)
    document.date = from_markup or find_date(
        tree, url=document.url or url, original_date=True, extensive_search=True
    )
    document.sitename = (document.sitename or extract_sitename(tree) or "").lstrip("@") or None
    document.clean_and_trim()
    return document, from_markup


def has_article_markup(page: Page) -> bool:
    """Whether the page declares itself an article (Open Graph, schema.org, meta tags)."""
    if page.og_type == "article":
        return True
    if any(
        meta.get("property") == "article:published_time" or meta.get("itemprop") == "datePublished"
        for meta in metas(page.tree)
    ):
        return True
    return bool(page.itemtypes & ARTICLE_TYPES or page.json_ld_types & ARTICLE_TYPES)


#: Page types that say "not an article" (Open Graph and schema.org).
OTHER_TYPES = frozenset(
    {
        "website",
        "webpage",
        "aboutpage",
        "contactpage",
        "collectionpage",
        "searchresultspage",
        "profilepage",
        "itempage",
        "faqpage",
        "product",
        "video.other",
        "video.movie",
        "profile",
        "organization",
    }
)


def declares_other_type(page: Page) -> bool:
    """Whether the page declares a type other than an article (``og:type`` website, a
    schema.org ``WebPage``/``CollectionPage``...) and no article type."""
    if page.og_type in OTHER_TYPES:
        return True
    types = page.json_ld_types
    return bool(types & OTHER_TYPES) and not types & ARTICLE_TYPES


def markup_date(tree: HtmlElement, url: str | None = None) -> str | None:
    """The publication date the page's markup and URL give, without searching its text."""
    return find_date(tree, url=url, extensive_search=False, original_date=True)


def _parse_datetime(value: str) -> datetime | None:
    value = value.strip()
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _published_candidates(page: Page) -> Iterator[str]:
    """Publication timestamps the markup gives, most trusted first (evaluated lazily): the
    :data:`PUBLISHED_METAS`, ``itemprop="datePublished"`` elements, then the ``datetime`` of
    ``<time pubdate>``, of a ``<time>`` in an ``<article>``, of any ``<time>``, then JSON-LD.
    The metas and times are read from one list each, not with one XPath pass a kind."""
    heads = list(metas(page.tree))
    for attribute, names in PUBLISHED_METAS[:3]:
        yield from _meta_contents(heads, attribute, names)
    marked = _ITEMPROP_PUBLISHED(page.tree)
    for attribute in ("datetime", "content"):
        yield from (value for el in marked if (value := el.get(attribute)) is not None)
    for attribute, names in PUBLISHED_METAS[3:]:
        yield from _meta_contents(heads, attribute, names)
    times = list(page.tree.getroottree().getroot().iter("time"))
    stamped = [(t, value) for t in times if (value := t.get("datetime")) is not None]
    yield from (value for t, value in stamped if t.get("pubdate") is not None)
    yield from (value for t, value in stamped if next(t.iterancestors("article"), None) is not None)
    yield from (value for _, value in stamped)
    for obj in page.json_ld:
        if obj.get("datePublished"):
            yield str(obj["datePublished"])


def _meta_contents(
    heads: list[HtmlElement], attribute: str, names: tuple[str, ...]
) -> Iterator[str]:
    """The ``content`` of the metas whose ``attribute`` is one of ``names``, in order."""
    for meta in heads:
        if meta.get(attribute) in names and (content := meta.get("content")) is not None:
            yield content


def published_datetime(page: Page, date: str | None, markup_day: str | None) -> str | None:
    """The publication time as ISO 8601: a full timestamp from the page's markup when it agrees
    with ``date`` (the day htmldate found), else ``date`` itself. htmldate's last resort, the
    copyright year as 1 January, counts only when the markup gives that day too."""
    if date and date.endswith("-01-01") and markup_day != date:
        date = None
    for value in _published_candidates(page):
        parsed = _parse_datetime(value)
        if parsed is None or (date and parsed.date().isoformat() != date):
            continue
        has_time = "T" in value or " " in value.strip()
        return parsed.isoformat() if has_time else parsed.date().isoformat()
    return date


def clean_authors(raw: str | None) -> list[str]:
    """Author names from trafilatura's ``"A; B"`` string: no "By", no dates, no e-mails."""
    if not raw:
        return []
    names: list[str] = []
    for part in re.split(r";|\band\b|&|\|", raw):
        name = " ".join(AUTHOR_NOISE.sub("", part).split()).strip(" ,.-")
        if name and any(c.isalpha() for c in name) and name not in names:
            names.append(name)
    return names


def byline_authors(tree: HtmlElement) -> list[str]:
    """Names from the first element whose whole text is a byline ("By Jane Doe and John
    Roe", "Von Anna Berg"); an upper-case part after a comma is a dateline city and is
    dropped ("By AFP, MOSCOW" gives AFP)."""
    for element in _BYLINE(tree):
        text = " ".join(element.text_content().split())
        match = BYLINE.match(text)
        if not match or len(text.split()) > MAX_BYLINE_WORDS:
            continue
        names = []
        for i, part in enumerate(re.split(r",", match.group(1))):
            part = part.strip()
            if i and part.isupper():
                continue  # a dateline: "By AFP, MOSCOW"
            names += [n for n in clean_authors(part) if n not in names]
        return names
    return []


def detect_language(text: str, declared: str | None = None) -> str | None:
    """ISO 639-1 code of the language of ``text``; the page's declared language for texts too
    short to identify."""
    if len(text) >= MIN_LANGID_CHARS:
        code, _score = py3langid.classify(text[:MAX_LANGID_CHARS])
        return str(code)
    if declared:
        return declared.split("-")[0].lower() or None
    return None
