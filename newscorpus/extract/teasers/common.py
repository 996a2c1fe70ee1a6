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

# Heading text that introduces links to other stories ("Related", "Read more: ..."), in lower
# case.
ANNOUNCEMENT = re.compile(
    r"^\W*(?:related(?: (?:stories|articles|content|coverage|news|reading|links|topics))?"
    r"|read (?:more|also|next|this next)(?: (?:on|about|from)\b.*)?"
    r"|(?:also|further|recommended|suggested|essential) read(?:ing|s)?"
    r"|more (?:on|about) (?:this|the) (?:story|topic|subject)"
    r"|more (?:[\w'-]+ ){0,3}(?:stories|news|articles|reads|coverage|headlines)"
    r"|more (?:to read|like this|from [\w .'-]{1,40})"
    r"|see also|you (?:may|might|could) (?:also )?(?:like|enjoy|be interested in)"
    r"|recommended(?: for you| stories| articles)?|most (?:read|popular|viewed|shared|watched)"
    r"|trending(?: now| stories)?|top stories|popular(?: now| stories)?|editor'?s picks"
    r"|don'?t miss|what to read next|in other news|latest (?:news|stories|headlines)"
    r"|other stories|up next|next up|keep reading)\W*$"
)  # matched in lower case, like LABEL
# class/id tokens of boxes that hold links to other stories, matched in lower case (a
# case-insensitive search is several times slower, and runs on every block of the page).
LABEL = re.compile(
    r"related|more[-_]?(?:stories|news|articles|from|on)|read[-_]?(?:more|also|next)"
    r"|recommend|also[-_]?(?:read|like)|see[-_]?also|most[-_]?(?:read|popular|viewed)"
    r"|popular|trending|teaser|promo|outbrain|taboola|you[-_]?may|further[-_]?reading"
    r"|up[-_]?next|next[-_]?up|headlines|latest"
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
