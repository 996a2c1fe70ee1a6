"""Small text helpers shared by the extraction steps."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

WORD = re.compile(r"\w+")
#: Characters of the scripts written without spaces between words (kana, CJK ideographs,
#: Hangul), as a regular-expression class body.
CJK_CHARS = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"
#: How a byline opens, in the languages news sites are most often written in ("By", "Von"...).
BYLINE_OPENING = r"(?:by|von|par|por|di|door|av|af)\s+"
CJK_CHAR = re.compile(f"[{CJK_CHARS}]")
#: How a finished sentence ends, in three strictnesses (one vocabulary, three uses):
#: a stop, maybe inside a closing quote or bracket (the page-type features, as trained);
SENTENCE_END = re.compile(r"[.!?…。！？\"”’»)]\s*$")
#: ... also an apostrophe, "]" or a CJK closing bracket (furniture lines: a label or a date
#: line never ends so);
LINE_END = re.compile(r"[.!?…)\]\"'”’»。！？」』）】]\s*$")
#: ... also ":" or ";" (a list follows), "›" or "*" (a footnote mark): a body paragraph so
#: ended is no cut-off teaser, kicker or byline.
PARAGRAPH_END = re.compile(r"[.!?…:;)\]\"'”’»›*。！？」』）】]\s*$")
#: What separates a headline from the site's name in a ``<title>``: " | ", " - ", " » ",
#: " :: ", " / " (not in "12 / 2025").
TITLE_SEPARATOR = re.compile(r"\s+[|–—•·-]\s+|(?<!\d)\s+/\s+(?!\d)|\s+::\s+|\s*[|»]\s*")


def count_words(text: str) -> int:
    """Words in ``text``; in scripts written without spaces, two characters count as one."""
    cjk = len(CJK_CHAR.findall(text))
    return len(WORD.findall(CJK_CHAR.sub(" ", text))) + cjk // 2


def has_words(text: str, words: int) -> bool:
    """Whether :func:`count_words` of ``text`` is at least ``words``, mostly without counting
    a long text's every word: a prefix never holds more words than the whole text."""
    head = text[: 10 * words]
    return count_words(head) >= words or (len(head) < len(text) and count_words(text) >= words)


def text_content(element: HtmlElement) -> str:
    """``element.text_content()``: the text of ``element`` and its descendants; an element
    without children gives its own text without the XPath call text_content() makes."""
    if not len(element):
        return element.text or ""
    return element.text_content()


def element_text(element: HtmlElement) -> str:
    """The text of ``element`` and its descendants, white space collapsed."""
    return " ".join(text_content(element).split())


def prose_text(element: HtmlElement) -> str:
    """The text of ``element`` without a link that closes it ("... for casual home use.
    <a>Check price</a>", "<a>Shop the brand</a>"): a button after the prose, not part of its
    last sentence. A paragraph that is one link keeps its text."""
    text = element_text(element)
    links = element.xpath(".//a[normalize-space()]")
    if not links:
        return text
    last = links[-1]
    link_text = element_text(last)
    if (last.tail or "").strip() or not text.endswith(link_text) or len(link_text) >= len(text):
        return text
    return text[: -len(link_text)].rstrip()


def text_before(element: HtmlElement) -> str:
    """The text of the page's body that comes before ``element`` in reading order."""
    parts: list[str] = []
    node = element
    while node is not None and node.tag not in {"body", "html"}:
        parts.extend(element_text(s) for s in node.itersiblings(preceding=True))
        node = node.getparent()
    return " ".join(reversed(parts))


def paragraph_key(line: str) -> str:
    """Case-, punctuation- and space-insensitive form of a paragraph, for comparing lines."""
    folded = unicodedata.normalize("NFKC", line).casefold()
    return " ".join(WORD.findall(folded))
