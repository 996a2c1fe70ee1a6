"""The suite's words: text normalised for leak matching, a CJK character counting as a word."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Scripts written without spaces: each character is one word for leak matching.
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
TOKEN = re.compile(rf"[{CJK}]|[^\W{CJK}]+")
SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """NFKC, casefold, whitespace collapsed: the form leak matching compares."""
    return SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


@lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[str, ...]:
    """Words of the normalised text; a CJK character is a word of its own."""
    return tuple(TOKEN.findall(normalise(text)))
