"""Text helpers shared by the fixture builders: link markup, subheads, cutting, escaping."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

# Inline links inside story paragraphs: "[a few words](story:slug)" or "[words](tag:name)".
LINK_RE = re.compile(r"\[([^\]]+)\]\(([a-z]+:[^)\s]+)\)")
TERMINAL = (".", "!", "?", '"', "”", "“", "’", "'")


def esc(text: str) -> str:
    """Escape text for HTML element content and attribute values."""
    return html.escape(text, quote=True)


def plain(paragraph: str) -> str:
    """Paragraph text with the inline-link markup removed (what a reader sees)."""
    return LINK_RE.sub(r"\1", paragraph)


def link_targets(paragraph: str) -> list[str]:
    """The `kind:value` targets of the inline links in a paragraph."""
    return [m.group(2) for m in LINK_RE.finditer(paragraph)]


def to_html(paragraph: str, resolve: Callable[[str], str]) -> str:
    """Escaped paragraph HTML with inline links rendered as <a> elements."""
    out: list[str] = []
    pos = 0
    for m in LINK_RE.finditer(paragraph):
        href = resolve(m.group(2))
        out.append(esc(paragraph[pos : m.start()]))
        out.append(f'<a href="{esc(href)}">{esc(m.group(1))}</a>')
        pos = m.end()
    out.append(esc(paragraph[pos:]))
    return "".join(out)


def is_subhead(line: str) -> bool:
    """True for short ALL-CAPS in-article subheads such as `TENSE TIES`."""
    has_letters = any(c.isalpha() for c in line)
    return has_letters and line == line.upper() and len(line.split()) <= 5 and line[-1] not in ".!?"


def ends_sentence(line: str) -> bool:
    """True if the line ends with terminal punctuation or a closing quote."""
    return line.rstrip().endswith(TERMINAL)


def cut_mid_sentence(text: str, limit: int) -> str:
    """Cut text at a word boundary at most `limit` chars long, ending on a bare word.

    The result never ends with punctuation, so it reads as cut off mid-sentence.
    """
    words = text.split()
    kept: list[str] = []
    length = 0
    for word in words:
        extra = len(word) + (1 if kept else 0)
        if length + extra > limit:
            break
        kept.append(word)
        length += extra
    if len(kept) == len(words):
        kept.pop()
    while kept and not kept[-1][-1].isalnum():
        kept.pop()
    if not kept:
        raise ValueError(f"cannot cut {text[:40]!r} to {limit} chars")
    return " ".join(kept)


def words_of(text: str) -> list[str]:
    """Lower-cased word tokens, as used for shingling."""
    return re.findall(r"\w+", text.lower())
