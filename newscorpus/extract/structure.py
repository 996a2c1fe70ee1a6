"""Giving old-style pages the paragraph structure the rest of extraction relies on.

Hand-made and old CMS pages separate paragraphs with ``<br><br>`` instead of ``<p>``, and lay
the page out with tables. Extracted as they are, a whole story (and the teasers after it) comes
out as one line, or as table rows, and no paragraph-level rule can see the teasers in it. Here:

- runs of two or more ``<br>`` become paragraph breaks (each stretch becomes a ``<p>``);
- tables used for layout (a cell holding paragraphs or other blocks) become plain ``<div>``s;
  data tables (short cells) stay tables;
- a header, footer, navigation or sidebar holding most of the page's text and its headline
  (``<h1>``) becomes a ``<div>``: it is no sidebar but a tag left open (a newsletter pop-up's
  ``<aside>``, a ``<header>``) that the parser made the parent of the whole page, and
  extractors drop such regions whole. A sidebar of teasers longer than a short story holds no
  headline of the page, and stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscorpus.extract.page import LANDMARK_TAGS
from newscorpus.extract.text import text_content

if TYPE_CHECKING:
    from collections.abc import Iterator

    from lxml.html import HtmlElement

#: Elements that end a ``<br><br>`` paragraph: a paragraph never holds one (the teaser
#: detectors' blocks, ``teasers.common.BLOCK_TAGS``, are the containers a box can be).
PARAGRAPH_BREAKS = frozenset(
    {"p", "div", "section", "article", "aside", "header", "footer", "ul", "ol", "li", "table"}
    | {"blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "form", "nav", "main", "figure"}
    | {"hr"}
)
TABLE_TAGS = frozenset(["table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"])
MIN_LAYOUT_CELL_CHARS = 300
#: The regions around a page's story (:data:`LANDMARK_TAGS`) hold less than this share of the
#: page's text, unless a tag was left open.
MAX_LANDMARK_SHARE = 0.5
BR_PARENTS = "//*[br[following-sibling::*[1][self::br]]]"


def _double_brs(parent: HtmlElement) -> bool:
    for child in parent:
        if child.tag == "br" and not (child.tail or "").strip():
            following = child.getnext()
            if following is not None and following.tag == "br":
                return True
    return False


def _paragraph_parents(root: HtmlElement) -> Iterator[HtmlElement]:
    for parent in root.xpath(BR_PARENTS):
        if parent.tag not in {"p", "pre", "li", "td", "th"} and _double_brs(parent):
            yield parent


def _is_break_run(children: list[HtmlElement], i: int) -> int:
    """The index of the last ``<br>`` of a run of two or more starting at ``i``, or ``i``."""
    end = i
    while (
        children[end].tag == "br"
        and end + 1 < len(children)
        and children[end + 1].tag == "br"
        and not (children[end].tail or "").strip()
    ):
        end += 1
    return end


def _split(parent: HtmlElement) -> None:
    """Rebuild ``parent``'s content as paragraphs, cut at ``<br>`` runs and around blocks."""
    children = list(parent)
    items: list[HtmlElement] = []
    paragraph = parent.makeelement("p", {})
    paragraph.text, parent.text = parent.text, None
    i = 0
    while i < len(children):
        child = children[i]
        end = _is_break_run(children, i)
        if end > i or _holds_blocks(child):
            items.append(paragraph)
            paragraph = parent.makeelement("p", {})
            paragraph.text = children[end].tail
            if end > i:
                for br in children[i : end + 1]:
                    parent.remove(br)
            else:
                child.tail = None
                items.append(child)
            i = end + 1
            continue
        paragraph.append(child)
        i += 1
    items.append(paragraph)
    for item in items:
        if item.tag != "p" or len(item) or (item.text or "").strip():
            parent.append(item)


def _holds_blocks(element: HtmlElement) -> bool:
    """Whether ``element`` is a block or wraps one (a ``<font>`` round split paragraphs): it
    must not end up inside a ``<p>``, which trafilatura reads out of order."""
    if element.tag in PARAGRAPH_BREAKS:
        return True
    return any(
        isinstance(d.tag, str) and d.tag in PARAGRAPH_BREAKS for d in element.iterdescendants()
    )


def split_br_paragraphs(root: HtmlElement) -> int:
    """Turn stretches separated by two or more ``<br>`` into ``<p>`` elements; return how many
    parents were split.

    Innermost parents go first, so an inline wrapper that now holds paragraphs stays out of
    the paragraphs made around it."""
    parents = list(_paragraph_parents(root))
    for parent in reversed(parents):
        _split(parent)
    return len(parents)


def _is_layout_table(table: HtmlElement) -> bool:
    """A table that lays out the page: a cell holds a run of prose. A data table's cells are
    short, even where each wraps its text in a ``<p>`` (comparison charts, price lists), and
    trafilatura reads those as a table."""
    return any(len(text_content(cell)) >= MIN_LAYOUT_CELL_CHARS for cell in table.iter("td", "th"))


def unwrap_layout_tables(root: HtmlElement) -> int:
    """Turn tables used for page layout into ``<div>``s; return how many tables changed."""
    tables = [t for t in root.iter("table") if _is_layout_table(t)]
    for table in tables:
        for element in [table, *table.iterdescendants()]:
            own = element is table or not _nested_table(element, table)
            if element.tag in TABLE_TAGS and own:
                element.tag = "div"
    return len(tables)


def _nested_table(element: HtmlElement, table: HtmlElement) -> bool:
    """Whether ``element`` belongs to a table nested inside ``table``."""
    for ancestor in element.iterancestors():
        if ancestor is table:
            return False
        if ancestor.tag == "table":
            return True
    return False


def unwrap_swallowing_landmarks(root: HtmlElement) -> int:
    """Turn headers, footers, navigations and sidebars that hold more than
    :data:`MAX_LANDMARK_SHARE` of the page's text and an ``<h1>`` into ``<div>``s; return how
    many changed."""
    body = root.find("body")
    body = body if body is not None else root
    # Most landmarks hold no <h1>: their text (and the page's) is read only for those that do.
    with_h1 = [el for el in body.iter(*LANDMARK_TAGS) if el.find(".//h1") is not None]
    total = len("".join(body.text_content().split())) if with_h1 else 0
    swallowing = [
        element
        for element in with_h1
        if len("".join(element.text_content().split())) > MAX_LANDMARK_SHARE * total
    ]
    for element in swallowing:
        element.tag = "div"
    return len(swallowing)
