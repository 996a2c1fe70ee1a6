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
  whose text is mostly links (a real lead paragraph labelled "teaser" has no links and stays);
- ``signup-form``: a small box built around a form (newsletter sign-up, subscription, search).

A card grid that holds most of the page is no teaser box: the page is a listing (front page,
section, tag page); :class:`TeaserScan` reports it for the article decision.

Each detector returns elements to drop; :func:`find_teasers` merges them and never drops a block
that holds most of the page's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newscorpus.extract.text import element_text
from newscorpus.extract.textstats import (
    SKIPPED_TAGS,
    Measure,
    Measures,
    in_order,
    link_density,
    measure_tree,
)

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
ANCHOR_TAGS = frozenset(["a"])
FORM_TAGS = frozenset(["form"])
PROSE_TAGS = frozenset(["p", "div", "section"])
HEADLINE_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
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
MIN_ANCHOR_CHARS = 8  # shorter links can hold neither a wrapped block nor a pointer headline
MIN_INLINE_WRAPPED_WORDS = 15
# A pointer paragraph: one link (of a few words at least) carrying most of the text.
POINTER_TAGS = frozenset(["p", "li", "h2", "h3", "h4", "h5", "h6", "div", "strong", "em"])
MIN_POINTER_WORDS = 3
MIN_POINTER_SHARE = 0.5
MAX_POINTER_LABEL_WORDS = 6
MAX_POINTER_LINKS = 1
MIN_CARDS = 3
MAX_CARD_CHARS = 600
MIN_CARD_LINK_DENSITY = 0.1
MAX_SHARE_OF_PAGE = 0.5
MAX_SIGNUP_CHARS = 400
MISLEADING_LABEL = re.compile(r"teaser", re.IGNORECASE)
MIN_PROSE_CHARS = 80
MAX_PROSE_LINK_DENSITY = 0.2


def _block_ancestor(element: HtmlElement) -> HtmlElement | None:
    parent = element.getparent()
    while parent is not None and parent.tag not in BLOCK_TAGS:
        parent = parent.getparent()
    return parent


def _link_wrapped(measures: Measures) -> Iterator[HtmlElement]:
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
        block = _block_ancestor(anchor)
        block_m = measures.get(block) if block is not None else None
        if block_m is None:
            continue
        wraps_paragraph = words >= MIN_INLINE_WRAPPED_WORDS and m.chars >= 0.9 * block_m.chars
        if wraps_paragraph or (words >= MIN_POINTER_WORDS and _is_pointer(block, block_m)):
            yield block


def _is_pointer(block: HtmlElement, m: Measure) -> bool:
    """A paragraph that is one link to another story plus at most a short label, in any
    language: "Read more: <a>...</a>", "LESEN SIE AUCH | <a>...</a>", "<a><b>Headline</b></a>"."""
    if block.tag not in POINTER_TAGS or m.links > MAX_POINTER_LINKS:
        return False
    if m.link_chars < MIN_POINTER_SHARE * m.chars:
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


def _announced(measures: Measures, page_chars: int) -> Iterator[HtmlElement]:
    """Blocks introduced by a "Related"/"Read more" heading, with the links they introduce."""
    for element in in_order(measures, HEADING_TAGS):
        m = measures.get(element)
        if m is None or not 0 < m.chars <= 60:
            continue
        if not ANNOUNCEMENT.match(element_text(element)):
            # "Read more: <a>Headline</a>" inside one paragraph.
            if m.links and ANNOUNCEMENT.match(_text_before_first_link(element)):
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
    heading: HtmlElement, measures: Measures, page_chars: int
) -> HtmlElement | None:
    """The nearest ancestor of ``heading`` made mostly of links, if it is small."""
    ancestor = heading.getparent()
    while ancestor is not None and ancestor.tag in BLOCK_TAGS | {"a", "span", "strong", "b"}:
        m = measures.get(ancestor)
        if m is None or m.chars > MAX_SHARE_OF_PAGE * page_chars:
            return None
        if m.links and link_density(m) >= 0.5:
            return ancestor
        ancestor = ancestor.getparent()
    return None


def _following_link_blocks(heading: HtmlElement, measures: Measures) -> Iterator[HtmlElement]:
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


def _card_grids(measures: Measures) -> Iterator[HtmlElement]:
    """Containers of three or more same-shaped blocks, each led by a link to another page."""
    for container in in_order(measures, CONTAINER_TAGS):
        children = [c for c in container if isinstance(c.tag, str) and measures.get(c)]
        children = [c for c in children if measures[c].chars > 0]
        if len(children) < MIN_CARDS:
            continue
        cards = [c for c in children if _is_card(c, measures[c])]
        if len(cards) < MIN_CARDS or len(cards) < 0.75 * len(children):
            continue
        targets = {measures[c].first_link for c in cards}
        shapes = {_card_shape(c) for c in cards}
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
        if not anchor.text_content().strip():
            continue  # an image link
        if any(a.tag in HEADLINE_TAGS for a in anchor.iterancestors()):
            return True
        break
    for node in element.iter():
        if not isinstance(node.tag, str) or node.tag in SKIPPED_TAGS:
            continue
        if (node.text or "").strip():
            return node.tag == "a" or any(a.tag == "a" for a in node.iterancestors())
        if node is not element and (node.tail or "").strip():
            return False
    return False


def _signup_boxes(measures: Measures, page_chars: int) -> Iterator[HtmlElement]:
    """Small boxes built around a form: newsletter sign-ups, subscription and search boxes."""
    for form in in_order(measures, FORM_TAGS):
        box = form
        for ancestor in form.iterancestors():
            m = measures.get(ancestor)
            if ancestor.tag in {"body", "html", "main", "article"} or m is None:
                break
            if m.chars > MAX_SIGNUP_CHARS or m.chars > MAX_SHARE_OF_PAGE * page_chars:
                break
            box = ancestor
        yield box


HIDDEN_XPATH = ".//*[@hidden or contains(@style, 'none') or contains(@style, 'hidden')]"
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _hidden(root: HtmlElement, measures: Measures) -> Iterator[HtmlElement]:
    """Elements a reader never sees: ``hidden``, ``display: none``, ``visibility: hidden``
    (often a machine-readable copy of the metadata, or of the body itself)."""
    for element in root.xpath(HIDDEN_XPATH):
        if element.tag in {"html", "body"} or not isinstance(element.tag, str):
            continue
        hidden = element.get("hidden") is not None or HIDDEN_STYLE.search(element.get("style", ""))
        if hidden and measures.get(element) and measures[element].chars:
            yield element


def _labelled_boxes(measures: Measures, page_chars: int) -> Iterator[HtmlElement]:
    """Blocks labelled related/recommended/... by class or id whose text is mostly links."""
    for element in in_order(measures, BLOCK_TAGS):
        label = f"{element.get('class', '')} {element.get('id', '')}"
        if not label.strip() or not LABEL.search(label):
            continue
        m = measures.get(element)
        if m is None or m.chars == 0 or m.chars > MAX_SHARE_OF_PAGE * page_chars:
            continue
        if m.links and link_density(m) >= 0.5:
            yield element


DETECTORS = ("link-wrapped", "announced", "card-grid", "labelled-box")


@dataclass(slots=True)
class TeaserScan:
    """What :func:`find_teasers` found: teaser elements by detector, and card grids too large
    to be teasers (the page's main content is then a listing of other pages)."""

    found: dict[str, list[HtmlElement]] = field(default_factory=dict)
    listing_text: str = ""
    mislabelled: list[HtmlElement] = field(default_factory=list)


def find_teasers(root: HtmlElement, page_url: str | None) -> TeaserScan:
    """Elements of ``root`` that hold teasers of other stories, by the detector that found
    them. Nested finds are reported once, at the outermost element."""
    measures = measure_tree(root, page_url)
    body = root.find("body")
    start = body if body is not None else root
    page_chars = measures[start].chars if start in measures else 0
    limit = MAX_SHARE_OF_PAGE * page_chars
    grids = list(_card_grids(measures))
    found: dict[str, list[HtmlElement]] = {
        "link-wrapped": list(_link_wrapped(measures)),
        "announced": list(_announced(measures, page_chars)),
        "card-grid": grids,
        "labelled-box": list(_labelled_boxes(measures, page_chars)),
        "signup-form": list(_signup_boxes(measures, page_chars)),
        "hidden": list(_hidden(root, measures)),
    }
    chosen = {e for elements in found.values() for e in elements if measures[e].chars <= limit}
    outermost = {e for e in chosen if not any(a in chosen for a in e.iterancestors())}
    scan = TeaserScan()
    for name, elements in found.items():
        scan.found[name] = [e for e in dict.fromkeys(elements) if e in outermost]
        outermost.difference_update(scan.found[name])
    listings = [g for g in grids if measures[g].chars > limit]
    scan.listing_text = " ".join(element_text(g) for g in listings)
    scan.mislabelled = list(_mislabelled(measures))
    return scan


def _mislabelled(measures: Measures) -> Iterator[HtmlElement]:
    """Prose blocks whose class or id says "teaser" but that hold no links: CMSs label real
    lead paragraphs so, and class-based extractors drop them."""
    for element in in_order(measures, PROSE_TAGS):
        label = f"{element.get('class', '')} {element.get('id', '')}"
        m = measures.get(element)
        if m is None or m.chars < MIN_PROSE_CHARS or not MISLEADING_LABEL.search(label):
            continue
        if link_density(m) < MAX_PROSE_LINK_DENSITY:
            yield element


def unlabel(elements: list[HtmlElement]) -> None:
    """Remove misleading "teaser" tokens from the class and id of ``elements``."""
    for element in elements:
        for attribute in ("class", "id"):
            value = element.get(attribute)
            if value:
                kept = [t for t in value.split() if not MISLEADING_LABEL.search(t)]
                element.set(attribute, " ".join(kept))


def drop_elements(elements: list[HtmlElement]) -> None:
    """Remove elements from their tree, keeping the text that follows each (its tail)."""
    for element in elements:
        if element.getparent() is not None:
            element.drop_tree()
