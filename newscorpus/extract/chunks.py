"""Bodies split into chunks: many CMSs cut the article into several containers of the same
kind (same tag and class) with ads or embeds between them, and the extractor then keeps only
the first. Here we find the container the extracted body starts in, its same-kind siblings
elsewhere in the page that hold more prose, and move their content into it, in page order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from newscorpus.extract.page import LANDMARK_TAGS
from newscorpus.extract.text import element_text

if TYPE_CHECKING:
    from lxml.html import HtmlElement

MATCH_CHARS = 60
MIN_CHUNK_CHARS = 200
MIN_CHUNK_PARAGRAPHS = 2
MAX_LEVELS = 4
START_XPATH = (
    "//*[self::p or self::div or self::li or self::blockquote][not(.//p)]"
    "[starts-with(normalize-space(.), $prefix)]"
)

_START = etree.XPath(START_XPATH)  # compiled once


def _start_element(tree: HtmlElement, first_line: str) -> HtmlElement | None:
    """The paragraph element the extracted body starts with."""
    prefix = " ".join(first_line.split())[:MATCH_CHARS]
    if len(prefix) < MATCH_CHARS // 2:
        return None
    found = _START(tree, prefix=prefix)
    return found[0] if found else None


def _chunk_of(element: HtmlElement) -> HtmlElement | None:
    """The nearest ancestor with a class: the chunk's container."""
    ancestor = element.getparent()
    for _ in range(MAX_LEVELS):
        if ancestor is None or ancestor.tag in {"body", "html"}:
            return None
        if (ancestor.get("class") or "").strip():
            return ancestor
        ancestor = ancestor.getparent()
    return None


def _article_of(element: HtmlElement) -> HtmlElement | None:
    """The nearest ``<article>`` around ``element``, if any."""
    return next(element.iterancestors("article"), None)


def _other_story(element: HtmlElement, story: HtmlElement | None) -> bool:
    """Whether ``element`` is the body of another story: it sits in another ``<article>``
    that has its own headline before it (the next story of an infinite scroll; the entries of
    a live page are articles too, without headlines of their own)."""
    article = _article_of(element)
    if article is None or article is story:
        return False
    return any(
        not any(a is element for a in heading.iterancestors())
        for heading in article.iter("h1", "h2")
    )


def _landmark_of(element: HtmlElement) -> HtmlElement | None:
    """The nearest header, footer, nav or aside around ``element``, if any."""
    return next((a for a in element.iterancestors() if a.tag in LANDMARK_TAGS), None)


def _missing_prose(element: HtmlElement, extracted: str) -> int:
    """Characters of paragraphs in ``element`` that the extracted body does not hold."""
    missing = 0
    for paragraph in element.iter("p"):
        text = element_text(paragraph)
        if len(text) >= MATCH_CHARS and text[:MATCH_CHARS] not in extracted:
            missing += len(text)
    return missing


def merge_body_chunks(tree: HtmlElement, body: list[str]) -> int:
    """Move the content of the body's same-kind chunks into the chunk it starts in, when they
    hold prose the extraction missed; return how many chunks were merged (0: none)."""
    first = next((line for line in body if len(line) >= MATCH_CHARS), None)
    start = _start_element(tree, first) if first else None
    chunk = _chunk_of(start) if start is not None else None
    if chunk is None or len(chunk.findall(".//p")) < MIN_CHUNK_PARAGRAPHS:
        return 0  # no chunk, or one wrapper per paragraph (which extractors handle)
    story = _article_of(chunk)
    siblings = [
        el
        for el in tree.iter(chunk.tag)
        if el is not chunk
        and el.get("class") == chunk.get("class")
        and not _other_story(el, story)
        and not any(a is chunk for a in el.iterancestors())
        and not any(a is el for a in chunk.iterancestors())
    ]
    extracted = " ".join(" ".join(line.split()) for line in body)
    landmark = _landmark_of(chunk)
    missing = {el: _missing_prose(el, extracted) for el in siblings}
    # only chunks that hold prose the extraction missed, and none from the page's header,
    # footer, navigation or sidebars (CMS widgets share one class across the whole page)
    siblings = [el for el in siblings if missing[el] and _landmark_of(el) is landmark]
    if sum(missing[el] for el in siblings) < MIN_CHUNK_CHARS:
        return 0
    order = {el: i for i, el in enumerate(tree.iter())}
    before = [el for el in siblings if order[el] < order[chunk]]
    after = [el for el in siblings if order[el] > order[chunk]]
    for sibling in reversed(before):
        for child in reversed(list(sibling)):
            chunk.insert(0, child)
        sibling.drop_tree()
    for sibling in after:
        for child in list(sibling):
            chunk.append(child)
        sibling.drop_tree()
    return len(siblings)
