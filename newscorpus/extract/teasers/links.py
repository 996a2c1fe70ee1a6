"""Teasers recognised by their links: link-wrapped blocks and pointer paragraphs (one link,
or a list of them, under a short label)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscorpus.extract.teasers.common import (
    ANCHOR_TAGS,
    BLOCK_TAGS,
    MAX_POINTER_LABEL_WORDS,
    MAX_POINTER_LINKS,
    MIN_ANCHOR_CHARS,
    MIN_INLINE_WRAPPED_WORDS,
    MIN_LINK_WRAPPED_WORDS,
    MIN_POINTER_LIST_SHARE,
    MIN_POINTER_SHARE,
    MIN_POINTER_WORDS,
    POINTER_TAGS,
    block_ancestor,
)
from newscorpus.extract.text import element_text
from newscorpus.extract.textstats import Measure, Measures, in_order

if TYPE_CHECKING:
    from collections.abc import Iterator

    from lxml.html import HtmlElement


def link_wrapped(measures: Measures) -> Iterator[HtmlElement]:
    """Links that wrap block content, or a whole long paragraph, and lead to another page."""
    for anchor in in_order(measures, ANCHOR_TAGS):
        m = measures.get(anchor)
        if m is None or m.target is None or m.chars < MIN_ANCHOR_CHARS:
            continue
        words = len(element_text(anchor).split())
        wraps_blocks = any(
            isinstance(d.tag, str) and d.tag in BLOCK_TAGS for d in anchor.iterdescendants()
        )
        if wraps_blocks and words >= MIN_LINK_WRAPPED_WORDS:
            yield anchor
            continue
        block = block_ancestor(anchor)
        block_m = measures.get(block) if block is not None else None
        if block_m is None:
            continue
        wraps_paragraph = words >= MIN_INLINE_WRAPPED_WORDS and m.chars >= 0.9 * block_m.chars
        if wraps_paragraph or (words >= MIN_POINTER_WORDS and _is_pointer(block, block_m)):
            yield block


def _is_pointer(block: HtmlElement, m: Measure) -> bool:
    """A paragraph that is one link to another story (or a list of them) plus at most a short
    label, in any language: "Read more: <a>...</a>", "LESEN SIE AUCH | <a>...</a>",
    "<a><b>Headline</b></a>"."""
    if block.tag not in POINTER_TAGS:
        return False
    # One link carrying most of the text, or several carrying nearly all of it (a list of
    # headlines under a label: "▼関連記事<br>・<a>…</a><br>・<a>…</a>").
    share = MIN_POINTER_SHARE if m.links <= MAX_POINTER_LINKS else MIN_POINTER_LIST_SHARE
    if m.link_chars < share * m.chars:
        return False
    label = _text_outside_links(block)
    return len(label.split()) <= MAX_POINTER_LABEL_WORDS


def _text_outside_links(element: HtmlElement) -> str:
    parts = [element.text or ""]
    for child in element.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        inside = child.tag == "a" or any(a.tag == "a" for a in child.iterancestors())
        if not inside:
            parts.append(child.text or "")
        if not any(a.tag == "a" for a in child.iterancestors()) or child.tag == "a":
            parts.append(child.tail or "")
    return " ".join(" ".join(parts).split())
