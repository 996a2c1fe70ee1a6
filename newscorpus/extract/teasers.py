"""Finding teasers of other stories in a page's HTML, before the body is extracted.

A teaser is text that points the reader at another story: a headline and the first sentences
of another article, usually wrapped in a link. Sites rarely label them in a way that carries
over to other sites, so each detector here relies on structure, not on one site's class names:

- ``link-wrapped``: a link that wraps block content (a card, a paragraph) or a whole long
  paragraph, and points to another page;
- ``announced``: a block introduced by a heading such as "Related", "Read more", "More on this
  story", together with the links it introduces;
- ``card-grid``: three or more sibling blocks of the same shape, each led by a link to a
  different page, with little text besides;
- ``labelled-box``: a block whose class or id says related/recommended/more-stories/... and
  whose text is mostly links (a real lead paragraph labelled "teaser" has no links and stays).

Each detector returns elements to drop; :func:`find_teasers` merges them and never drops a block
that holds most of the page's text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newscorpus.extract.textstats import Measure, link_density, measure_tree

if TYPE_CHECKING:
    from collections.abc import Iterator

    from lxml.html import HtmlElement

BLOCK_TAGS = frozenset(
    [
        "div",
        "p",
        "section",
        "article",
        "aside",
        "header",
        "footer",
        "figure",
        "ul",
        "ol",
        "li",
        "dl",
        "table",
        "tr",
        "td",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "nav",
        "main",
    ]
)
CONTAINER_TAGS = frozenset(
    ["div", "section", "aside", "ul", "ol", "footer", "nav", "table", "tbody"]
)
HEADING_TAGS = frozenset(
    ["h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "p", "div", "header", "li"]
)

# Heading text that introduces links to other stories ("Related", "Read more: ...").
ANNOUNCEMENT = re.compile(
    r"^\W*(?:related(?: (?:stories|articles|content|coverage|news|reading|links|topics))?"
    r"|read (?:more|also|next|this next)(?: (?:on|about|from)\b.*)?"
    r"|(?:also|further|recommended|suggested|essential) read(?:ing|s)?"
    r"|more (?:on|about) (?:this|the) (?:story|topic|subject)"
    r"|more (?:stories|news|articles|coverage|headlines|to read|like this|from [\w .'-]{1,40})"
    r"|see also|you (?:may|might|could) (?:also )?(?:like|enjoy|be interested in)"
    r"|recommended(?: for you| stories| articles)?|most (?:read|popular|viewed|shared|watched)"
    r"|trending(?: now| stories)?|top stories|popular(?: now| stories)?|editor'?s picks"
    r"|don'?t miss|what to read next|in other news|latest (?:news|stories|headlines)"
    r"|other stories|up next|next up|keep reading)\W*$",
    re.IGNORECASE,
)
# class/id tokens of boxes that hold links to other stories.
LABEL = re.compile(
    r"related|more[-_]?(?:stories|news|articles|from|on)|read[-_]?(?:more|also|next)"
    r"|recommend|also[-_]?(?:read|like)|see[-_]?also|most[-_]?(?:read|popular|viewed)"
    r"|popular|trending|teaser|promo|outbrain|taboola|you[-_]?may|further[-_]?reading"
    r"|up[-_]?next|next[-_]?up|headlines|latest",
    re.IGNORECASE,
)

MIN_LINK_WRAPPED_WORDS = 4
MIN_INLINE_WRAPPED_WORDS = 15
MIN_CARDS = 3
MAX_CARD_CHARS = 600
MIN_CARD_LINK_DENSITY = 0.1
MAX_SHARE_OF_PAGE = 0.5


def _text(element: HtmlElement) -> str:
    return " ".join(element.text_content().split())


def _block_ancestor(element: HtmlElement) -> HtmlElement | None:
    parent = element.getparent()
    while parent is not None and parent.tag not in BLOCK_TAGS:
        parent = parent.getparent()
    return parent


def _link_wrapped(root: HtmlElement, measures: dict[HtmlElement, Measure]) -> Iterator[HtmlElement]:
    """Links that wrap block content, or a whole long paragraph, and lead to another page."""
    for anchor in root.iter("a"):
        m = measures.get(anchor)
        if m is None or m.target is None or m.chars == 0:
            continue
        words = len(_text(anchor).split())
        wraps_blocks = any(
            isinstance(d.tag, str) and d.tag in BLOCK_TAGS for d in anchor.iterdescendants()
        )
        if wraps_blocks and words >= MIN_LINK_WRAPPED_WORDS:
            yield anchor
            continue
        block = _block_ancestor(anchor)
        block_m = measures.get(block) if block is not None else None
        if (
            words >= MIN_INLINE_WRAPPED_WORDS
            and block_m is not None
            and m.chars >= 0.9 * block_m.chars
        ):
            yield block


def _announced(
    root: HtmlElement, measures: dict[HtmlElement, Measure], page_chars: int
) -> Iterator[HtmlElement]:
    """Blocks introduced by a "Related"/"Read more" heading, with the links they introduce."""
    for element in root.iter(*HEADING_TAGS):
        m = measures.get(element)
        if m is None or not 0 < m.chars <= 60:
            continue
        text = _text(element)
        inline_links = m.links
        if not ANNOUNCEMENT.match(text):
            # "Read more: <a>Headline</a>" inside one paragraph.
            head = _text_before_first_link(element)
            if head and ANNOUNCEMENT.match(head) and inline_links:
                yield element
            continue
        box = _introduced_box(element, measures, page_chars)
        if box is not None:
            yield box
        else:
            yield element
            yield from _following_link_blocks(element, measures)


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


def _introduced_box(
    heading: HtmlElement, measures: dict[HtmlElement, Measure], page_chars: int
) -> HtmlElement | None:
    """The nearest ancestor of ``heading`` made mostly of links, if it is small."""
    ancestor = heading.getparent()
    while ancestor is not None and ancestor.tag in BLOCK_TAGS | {"a", "span", "strong", "b"}:
        m = measures.get(ancestor)
        if m is None or m.chars > MAX_SHARE_OF_PAGE * page_chars:
            return None
        if len(m.links) >= 1 and link_density(m) >= 0.5:
            return ancestor
        ancestor = ancestor.getparent()
    return None


def _following_link_blocks(
    heading: HtmlElement, measures: dict[HtmlElement, Measure]
) -> Iterator[HtmlElement]:
    """Siblings right after a heading that are made mostly of links."""
    sibling = heading.getnext()
    while sibling is not None:
        m = measures.get(sibling)
        if m is None or not m.links or link_density(m) < 0.5:
            return
        yield sibling
        sibling = sibling.getnext()


def _card_shape(element: HtmlElement) -> tuple[str, ...]:
    return (element.tag, *sorted({c.tag for c in element if isinstance(c.tag, str)}))


def _card_grids(root: HtmlElement, measures: dict[HtmlElement, Measure]) -> Iterator[HtmlElement]:
    """Containers of three or more same-shaped blocks, each led by a link to another page."""
    for container in root.iter(*CONTAINER_TAGS):
        children = [c for c in container if isinstance(c.tag, str) and measures.get(c)]
        children = [c for c in children if measures[c].chars > 0]
        if len(children) < MIN_CARDS:
            continue
        cards = [c for c in children if _is_card(measures[c])]
        if len(cards) < MIN_CARDS or len(cards) < 0.75 * len(children):
            continue
        targets = {next(iter(sorted(measures[c].links))) for c in cards}
        shapes = {_card_shape(c) for c in cards}
        if len(targets) >= MIN_CARDS and len(shapes) <= max(1, len(cards) // 3):
            yield container


def _is_card(m: Measure) -> bool:
    """A short block with a link to another page carrying a good part of its text."""
    if not m.links or m.chars > MAX_CARD_CHARS:
        return False
    return m.link_chars >= 15 and link_density(m) >= MIN_CARD_LINK_DENSITY


def _labelled_boxes(
    root: HtmlElement, measures: dict[HtmlElement, Measure], page_chars: int
) -> Iterator[HtmlElement]:
    """Blocks labelled related/recommended/... by class or id whose text is mostly links."""
    for element in root.iter(*BLOCK_TAGS):
        label = f"{element.get('class', '')} {element.get('id', '')}"
        if not label.strip() or not LABEL.search(label):
            continue
        m = measures.get(element)
        if m is None or m.chars == 0 or m.chars > MAX_SHARE_OF_PAGE * page_chars:
            continue
        if m.links and link_density(m) >= 0.5:
            yield element


DETECTORS = ("link-wrapped", "announced", "card-grid", "labelled-box")


def find_teasers(root: HtmlElement, page_url: str | None) -> dict[str, list[HtmlElement]]:
    """Elements of ``root`` that hold teasers of other stories, by the detector that found
    them. Nested finds are reported once, at the outermost element."""
    measures = measure_tree(root, page_url)
    body = root.find(".//body")
    page_chars = measures[body].chars if body is not None and body in measures else 0
    page_chars = page_chars or measures[root].chars
    found: dict[str, list[HtmlElement]] = {
        "link-wrapped": list(_link_wrapped(root, measures)),
        "announced": list(_announced(root, measures, page_chars)),
        "card-grid": list(_card_grids(root, measures)),
        "labelled-box": list(_labelled_boxes(root, measures, page_chars)),
    }
    chosen: set[HtmlElement] = set()
    for elements in found.values():
        chosen.update(e for e in elements if measures[e].chars <= MAX_SHARE_OF_PAGE * page_chars)
    outermost = {e for e in chosen if not any(a in chosen for a in e.iterancestors())}
    result: dict[str, list[HtmlElement]] = {}
    for name, elements in found.items():
        result[name] = [e for e in dict.fromkeys(elements) if e in outermost]
        outermost.difference_update(result[name])
    return result


def drop_elements(elements: list[HtmlElement]) -> None:
    """Remove elements from their tree, keeping the text that follows each (its tail)."""
    for element in elements:
        if element.getparent() is not None:
            element.drop_tree()
