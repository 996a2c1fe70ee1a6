"""Teasers announced by a heading or label: "Related", "Read more", "Lesen Sie auch",
"関連記事" (:mod:`newscorpus.extract.related`), with what they introduce: a box of links, the
link blocks after the heading, a one-line pointer paragraph, or (near the end of the story)
the unlinked headlines and leads of other stories that follow."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from newscorpus.extract.lines import is_headline
from newscorpus.extract.related import RELATED_HEADING, announces_stories
from newscorpus.extract.teasers.common import (
    BLOCK_TAGS,
    HEADING_TAGS,
    INLINE_LABEL_TAGS,
    LIST_TAGS,
    MAX_ANNOUNCED_BOX_CHARS,
    MAX_ANNOUNCED_TAIL_SHARE,
    MAX_POINTER_CHARS,
    MAX_SHARE_OF_PAGE,
    POINTER_TAGS,
)
from newscorpus.extract.text import element_text, text_before
from newscorpus.extract.textstats import Measures, in_order, link_density
from newscorpus.extract.topic import content_words, off_topic

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from lxml.html import HtmlElement


def announced(measures: Measures, page_chars: int) -> Iterator[HtmlElement]:
    """Headings and labels that announce other stories, with what they introduce: the small
    box they open, the short paragraph they lead, the link blocks after them, or the headlines
    and off-topic leads that close the story after them."""
    decided: dict[str, bool] = {}  # by text: a page repeats its short labels and nests them
    for element in in_order(measures, HEADING_TAGS):
        m = measures.get(element)
        if m is None or not 0 < m.chars <= 60:
            continue
        text = element_text(element)
        if text not in decided:
            decided[text] = announces_stories(text)
        if not decided[text]:
            # "Read more: <a>Headline</a>" inside one paragraph.
            if m.links and RELATED_HEADING.match(_text_before_first_link(element).lower()):
                yield element
            continue
        # The story's words before the heading, read once and only if a topic test needs them.
        story = cache(lambda heading=element: content_words(text_before(heading)))
        box = _introduced_box(element, measures, page_chars, story)
        if box is not None:
            yield box
            continue
        if (pointer := _pointer_paragraph(element, measures)) is not None:
            yield pointer  # "<b>SEE ALSO:</b> Headline of another story", without a link
            continue
        yield element
        link_blocks = list(_following_link_blocks(element, measures))
        yield from link_blocks or _announced_tail(element, measures, story)


def _pointer_paragraph(label: HtmlElement, measures: Measures) -> HtmlElement | None:
    """The short paragraph an inline label ("<b>READ MORE:</b>") opens, if it is one line: the
    label and a headline."""
    parent = label.getparent()
    if label.tag not in INLINE_LABEL_TAGS or parent is None or parent.tag not in POINTER_TAGS:
        return None
    m = measures.get(parent)
    text = element_text(parent)
    if m is None or m.chars > MAX_POINTER_CHARS or not text.startswith(element_text(label)):
        return None
    return parent


def _text_before_first_link(element: HtmlElement) -> str:
    parts = [element.text or ""]
    for child in element.iter():
        if child is element:
            continue
        if child.tag == "a":
            break
        parts.append(child.text or "")
        parts.append(child.tail or "")
    return " ".join(" ".join(parts).split())


def _announced_tail(
    heading: HtmlElement, measures: Measures, story: Callable[[], set[str]]
) -> list[HtmlElement]:
    """What follows a "Read also" heading near the end of its container and is about other
    stories: their leads, without links (the heading says what they are). Near the end: less
    text after the heading than :data:`MAX_ANNOUNCED_TAIL_SHARE` of the container's. The story
    itself may go on after the heading, so each block must be a headline (a short line without
    a final stop) or off the story's topic."""
    parent = heading.getparent()
    if parent is None or parent not in measures:
        return []
    tail = [el for el in heading.itersiblings() if measures.get(el) and measures[el].chars]
    if sum(measures[el].chars for el in tail) > MAX_ANNOUNCED_TAIL_SHARE * measures[parent].chars:
        return []
    texts = [(el, element_text(el)) for el in tail]
    return [el for el, text in texts if is_headline(text) or off_topic(text, story())]


def _introduced_box(
    heading: HtmlElement, measures: Measures, page_chars: int, story: Callable[[], set[str]]
) -> HtmlElement | None:
    """The nearest ancestor of ``heading`` made mostly of links, or small, opened by the
    heading and off the story's topic ("In case you missed it" and a lead), if it is small."""
    ancestor = heading.getparent()
    while ancestor is not None and ancestor.tag in BLOCK_TAGS | {"a", "span", "strong", "b"}:
        m = measures.get(ancestor)
        if m is None or m.chars > MAX_SHARE_OF_PAGE * page_chars:
            return None
        if m.links and link_density(m) >= 0.5:
            return ancestor
        if m.chars <= MAX_ANNOUNCED_BOX_CHARS and _opens_off_topic_box(heading, ancestor, story):
            return ancestor
        ancestor = ancestor.getparent()
    return None


def _opens_off_topic_box(
    heading: HtmlElement, box: HtmlElement, story: Callable[[], set[str]]
) -> bool:
    """Whether ``heading`` opens ``box`` and the rest of the box is about another story (the
    story itself may go on in a box after a "Read also" line)."""
    label, text = element_text(heading), element_text(box)
    if not text.startswith(label):
        return False
    return off_topic(text[len(label) :], story())


def _following_link_blocks(heading: HtmlElement, measures: Measures) -> Iterator[HtmlElement]:
    """Siblings right after a heading that are made mostly of links, or lists with a link in
    every item ("Headline, <a>the rest of it</a>")."""
    sibling = heading.getnext()
    while sibling is not None:
        m = measures.get(sibling)
        if m is None or not m.links:
            return
        if link_density(m) < 0.5 and not _is_link_list(sibling, measures):
            return
        yield sibling
        sibling = sibling.getnext()


def _is_link_list(element: HtmlElement, measures: Measures) -> bool:
    """A list of two or more items, each holding a link to another page."""
    if element.tag not in LIST_TAGS:
        return False
    items = [measures.get(item) for item in element if item.tag == "li"]
    return len(items) >= 2 and all(m is not None and m.links for m in items)
