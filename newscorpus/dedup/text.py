"""Text normalisation for dedup: article texts to normalised words, many texts at once.

Both checks work on the same word sequence: Unicode NFKC, a leading wire dateline removed,
lower-cased, words are runs of word characters (``str.isalnum`` or ``_``, as ``\\w`` in
``re``; characters beyond the Basic Multilingual Plane, mostly emoji, count as separators),
and each Han, Hiragana or Katakana character is a word of its own (Chinese and Japanese put no
spaces between words). Punctuation, quotes, dashes, whitespace and case therefore never make
two texts differ. Digits are kept on purpose: template stories (earnings, results, weather)
differ mostly in their numbers, so shingles holding one are weighted up (see :mod:`.minhash`).

:func:`normalize_batch` does the character work in numpy on the UTF-32 code points of a
whole batch, so the cost per text is a few passes over its characters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from collections.abc import Sequence

SPACE = 0x20
# Hiragana and Katakana, CJK ideographs (extension A, unified, compatibility)
_CJK_BLOCKS = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_CJK = re.compile("([" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _CJK_BLOCKS) + "])")


def _classes() -> np.ndarray:
    """Per BMP code point: 0 separator, 1 word character, 2 a word on its own (CJK)."""
    table = np.array([chr(c).isalnum() for c in range(0x10000)], dtype=np.uint8)
    table[ord("_")] = 1
    table[0xD800:0xE000] = 0  # lone surrogates
    table[0xFFFF] = 0  # stands for every character beyond the BMP
    for first, last in _CJK_BLOCKS:
        table[first : last + 1] *= 2
    return table


_CLASS = _classes()
# Characters NFKC maps to plain spaces or dots, common in web text: replacing them first is
# the same as NFKC and often leaves a text NFKC-normal, which is much faster to confirm.
_COMPAT = {"\xa0": " ", "\u2009": " ", "\u202f": " ", "\u200a": " ", "\u2026": "..."}

# "LONDON (Reuters) - ", "WASHINGTON, March 3 (AP) — ", "NEW YORK/PARIS (AFP) -- ", "(Reuters) -"
_AGENCY_DATELINE = re.compile(
    r"""\A\s*
    (?:[^\W\d_][^\n()]{0,60}?\s*)?       # place, optionally followed by a date
    \(\s*[^\W\d_][^\n()]{0,40}?\s*\)\s*  # (Agency)
    (?:--?|[\u2012-\u2015])\s*           # dash, en dash, em dash
    """,
    re.VERBOSE,
)
# "LONDON — ", "SAN FRANCISCO, March 3 -- ", "NEW DELHI: ": an upper-case place, a dash or colon.
_PLACE_DATELINE = re.compile(
    r"""\A\s*
    [A-Z][A-Z.'/\- ]{1,40}
    (?:,[^\n()\-\u2012-\u2015:]{1,30})?
    (?:\s(?:--?|[\u2012-\u2015])|:)\s+
    """,
    re.VERBOSE,
)
# "Paris, 12 March /AFP/. ", "MOSCOW, June 5. /TASS/. "
_SLASH_DATELINE = re.compile(r"\A\s*[^\W\d_][^\n/]{0,60}?\s*/[^\W\d_][^\n/]{0,20}/\.?\s+")


def strip_dateline(text: str) -> str:
    """Remove a leading wire-service dateline such as ``LONDON (Reuters) -``."""
    match = (
        _AGENCY_DATELINE.match(text) or _PLACE_DATELINE.match(text) or _SLASH_DATELINE.match(text)
    )
    return text[match.end() :] if match else text


def _prepare(text: str) -> str:
    """NFKC, dateline stripped, lower-cased, one separator at the end."""
    if not text.isascii():
        for char, replacement in _COMPAT.items():
            if char in text:
                text = text.replace(char, replacement)
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
    return strip_dateline(text).lower() + " "


def _encode(prepared: list[str]) -> np.ndarray:
    """The UTF-32 code points of the prepared texts, one after another."""
    return np.frombuffer("".join(prepared).encode("utf-32-le", "surrogatepass"), dtype="<u4")


@dataclass(frozen=True, eq=False)
class Normalized:
    """A batch of normalised texts: the code points of "w1 w2 ... wn " per text, one after
    another in ``codes``; text ``i`` is ``codes[offsets[i]:offsets[i + 1]]`` and its words are
    ``starts[j]:ends[j]`` for ``j`` in ``word_offsets[i]:word_offsets[i + 1]``."""

    codes: np.ndarray
    offsets: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    word_offsets: np.ndarray

    def text(self, i: int) -> str:
        """The normalised words of text ``i`` joined by single spaces."""
        return self.codes[self.offsets[i] : self.offsets[i + 1]].tobytes().decode("utf-32-le")[:-1]

    def data(self, i: int) -> bytes:
        """The code points (UTF-32) of text ``i``."""
        return self.codes[self.offsets[i] : self.offsets[i + 1]].tobytes()


def normalize_batch(texts: Sequence[str]) -> Normalized:
    """Normalise many texts at once (see the module docstring)."""
    prepared = [_prepare(text) for text in texts]
    raw = _encode(prepared)
    classes = _CLASS.take(np.minimum(raw, 0xFFFF))
    if (classes == 2).any():  # rare: put spaces around CJK characters, in the texts that have them
        ends = np.cumsum([len(text) for text in prepared])
        for i in np.unique(np.searchsorted(ends, np.flatnonzero(classes == 2), side="right")):
            prepared[i] = _CJK.sub(r" \1 ", prepared[i])
        raw = _encode(prepared)
        classes = _CLASS.take(np.minimum(raw, 0xFFFF))
    lengths = np.fromiter(map(len, prepared), dtype=np.int64, count=len(prepared))
    word = classes > 0
    # keep word characters and the first separator after each word (every text ends with one)
    keep = word.copy()
    keep[1:] |= word[:-1]
    codes = np.where(word, raw, SPACE).astype(np.uint32)[keep]
    kept_before = np.concatenate(([0], np.cumsum(keep, dtype=np.int64)))
    offsets = kept_before[np.concatenate(([0], np.cumsum(lengths)))]
    ends = np.flatnonzero(codes == SPACE)
    starts = np.concatenate(([0], ends[:-1] + 1)) if len(ends) else ends.copy()
    word_offsets = np.searchsorted(ends, offsets)
    return Normalized(codes, offsets, starts, ends, word_offsets)


def normalize(text: str) -> str:
    """Return the normalised words of ``text`` joined by single spaces."""
    return normalize_batch([text]).text(0)


def words(text: str) -> list[str]:
    """Return the normalised words of ``text``."""
    return normalize(text).split()
