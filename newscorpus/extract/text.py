"""Small text helpers shared by the extraction steps."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

WORD = re.compile(r"\w+")
#: How a byline opens, in the languages news sites are most often written in ("By", "Von"...).
BYLINE_OPENING = r"(?:by|von|par|por|di|door|av|af)\s+"


def element_text(element: HtmlElement) -> str:
    """The text of ``element`` and its descendants, white space collapsed."""
    return " ".join(element.text_content().split())


def paragraph_key(line: str) -> str:
    """Case-, punctuation- and space-insensitive form of a paragraph, for comparing lines."""
    folded = unicodedata.normalize("NFKC", line).casefold()
    return " ".join(WORD.findall(folded))
