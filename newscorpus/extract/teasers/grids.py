"""Card grids: three or more same-shaped blocks, each led by a link to another story."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscorpus.extract.teasers.common import (
    CONTAINER_TAGS,
    HEADLINE_TAGS,
    MAX_CARD_CHARS,
    MIN_CARD_LINK_DENSITY,
    MIN_CARDS,
    RANK,
)
from newscorpus.extract.text import text_content
from newscorpus.extract.textstats import SKIPPED_TAGS, Measure, Measures, in_order, link_density

if TYPE_CHECKING:
    from collections.abc import Iterator

    from lxml.html import HtmlElement


def _card_shape(element: HtmlElement) -> frozenset[str]:
    """The element's tag and its children's tags ("li" + {"a", "p"})."""
    return frozenset({f"/{element.tag}"} | {c.tag for c in element if isinstance(c.tag, str)})


def _maximal_shapes(shapes: set[frozenset[str]]) -> list[frozenset[str]]:
    """The shapes that are no part of another: a card without a summary has the shape of one
    with a summary, less the summary."""
    return [s for s in shapes if not any(s < other for other in shapes)]


def card_grids(measures: Measures) -> Iterator[HtmlElement]:
    """Containers of three or more same-shaped blocks, each led by a link to another page."""
    for container in in_order(measures, CONTAINER_TAGS):
        if len(container) < MIN_CARDS:
            continue  # fewer nodes than cards (most containers): no need to look closer
        children = [c for c in container if isinstance(c.tag, str) and measures.get(c)]
        children = [c for c in children if measures[c].chars > 0]
        if len(children) < MIN_CARDS:
            continue
        cards = [c for c in children if _is_card(c, measures[c])]
        if len(cards) < MIN_CARDS or len(cards) < 0.75 * len(children):
            continue
        targets = {measures[c].first_link for c in cards}
        shapes = _maximal_shapes({_card_shape(c) for c in cards})
        if len(targets) >= MIN_CARDS and len(shapes) <= max(1, len(cards) // 3):
            yield container


def _is_card(element: HtmlElement, m: Measure) -> bool:
    """A short block led by a link to another page (a headline), with little text besides.

    "Led by" tells cards from prose: a paragraph with a link in mid-sentence is no card."""
    if not m.links or m.chars > MAX_CARD_CHARS or m.link_chars < 15:
        return False
    if link_density(m) < MIN_CARD_LINK_DENSITY:
        return False
    return _leads_with_link(element)


def _leads_with_link(element: HtmlElement) -> bool:
    """Whether the first text of ``element`` sits inside a link, or a heading holds a link."""
    for anchor in element.iter("a"):
        if not text_content(anchor).strip():
            continue  # an image link
        if any(a.tag in HEADLINE_TAGS for a in anchor.iterancestors()):
            return True
        break
    for node in element.iter():
        if not isinstance(node.tag, str) or node.tag in SKIPPED_TAGS:
            continue
        if _leading_text(node.text):
            return node.tag == "a" or any(a.tag == "a" for a in node.iterancestors())
        if node is not element and _leading_text(node.tail):
            return False
    return False


def _leading_text(text: str | None) -> bool:
    """Whether ``text`` says something: a rank ("1.", "#2") or a bullet before a card's
    headline does not."""
    return bool(text) and not RANK.fullmatch(text)
