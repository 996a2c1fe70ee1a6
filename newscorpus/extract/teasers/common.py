"""Tags, patterns and thresholds the teaser detectors share."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: The elements a teaser block can be (a box, a card, a list, a row): what the detectors
#: measure and climb to.
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
LIST_TAGS = frozenset(["ul", "ol"])
PROSE_TAGS = frozenset(["p", "div", "section"])
HEADLINE_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
HEADING_TAGS = frozenset(
    ["h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "p", "div", "header", "li"]
)

MIN_LINK_WRAPPED_WORDS = 4
MIN_ANCHOR_CHARS = 8  # shorter links can hold neither a wrapped block nor a pointer headline
MIN_INLINE_WRAPPED_WORDS = 15
# A pointer paragraph: one link (of a few words at least) carrying most of the text.
POINTER_TAGS = frozenset(["p", "li", "h2", "h3", "h4", "h5", "h6", "div", "strong", "em"])
MIN_POINTER_WORDS = 3
MIN_POINTER_SHARE = 0.5
MIN_POINTER_LIST_SHARE = 0.8
MAX_POINTER_LABEL_WORDS = 6
MAX_POINTER_LINKS = 1
INLINE_LABEL_TAGS = frozenset(["strong", "b", "span", "em"])
MAX_POINTER_CHARS = 200
MIN_CARDS = 3
# What may stand before a card's headline: white space, a rank ("1.", "#2", "03"), a bullet.
RANK = re.compile(r"\s*(?:#?\d{1,2}[.)]?|[•·▪►▶*-])?\s*")
MAX_CARD_CHARS = 600
MIN_CARD_LINK_DENSITY = 0.1
MAX_SHARE_OF_PAGE = 0.5
MAX_ANNOUNCED_TAIL_SHARE = 0.4
MAX_ANNOUNCED_BOX_CHARS = 500
MAX_SIGNUP_CHARS = 400
MISLEADING_LABEL = re.compile(r"teaser", re.IGNORECASE)
MIN_PROSE_CHARS = 80
MAX_PROSE_LINK_DENSITY = 0.2


def block_ancestor(element: HtmlElement) -> HtmlElement | None:
    parent = element.getparent()
    while parent is not None and parent.tag not in BLOCK_TAGS:
        parent = parent.getparent()
    return parent
