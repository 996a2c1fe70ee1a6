"""Text normalisation for dedup: pure functions from article text to words, shingles, hash.

Both checks work on the same word sequence: Unicode NFKC, a leading wire dateline removed,
lower-cased, words are ``\\w+`` runs. Punctuation, whitespace and case therefore never make
two texts differ. Digits are kept on purpose, and shingles holding one can be weighted up
(``number_weight``): template stories (earnings, results, weather) differ mostly in their
numbers, and folding digits away makes them collide.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np
import xxhash

_WORD = re.compile(r"\w+")

# "LONDON (Reuters) - ", "WASHINGTON, March 3 (AP) — ", "NEW YORK/PARIS (AFP) -- ", "(Reuters) -"
_AGENCY_DATELINE = re.compile(
    r"""\A\s*
    (?:[^\W\d_][^\n()]{0,60}?\s*)?       # place, optionally followed by a date
    \(\s*[^\W\d_][^\n()]{0,40}?\s*\)\s*  # (Agency)
    (?:--?|[\u2012-\u2015])\s*           # dash, en dash, em dash
    """,
    re.VERBOSE,
)
# "LONDON — ", "SAN FRANCISCO, March 3 -- ": an upper-case place and a dash, no agency.
_PLACE_DATELINE = re.compile(
    r"""\A\s*
    [A-Z][A-Z.'/\- ]{1,40}
    (?:,[^\n()\-\u2012-\u2015]{1,30})?
    \s(?:--?|[\u2012-\u2015])\s+
    """,
    re.VERBOSE,
)


def strip_dateline(text: str) -> str:
    """Remove a leading wire-service dateline such as ``LONDON (Reuters) -``."""
    match = _AGENCY_DATELINE.match(text) or _PLACE_DATELINE.match(text)
    return text[match.end() :] if match else text


def normalize(text: str) -> str:
    """Return the NFKC-normalised, dateline-free, lower-cased text."""
    return strip_dateline(unicodedata.normalize("NFKC", text)).lower()


def words(text: str) -> list[str]:
    """Return the normalised words (``\\w+`` runs) of ``text``."""
    return _WORD.findall(normalize(text))


def content_hash(text_words: list[str]) -> str:
    """Return the 64-bit content hash (16 hex digits) of a normalised word sequence."""
    return xxhash.xxh3_64_hexdigest(" ".join(text_words).encode("utf-8"))


def shingles(text_words: list[str], size: int = 5, number_weight: int = 1) -> list[bytes]:
    """Return the word ``size``-grams of ``text_words`` as UTF-8 bytes (words joined by spaces).

    A text with fewer than ``size`` words has no shingles; repeats are kept (take ``set()``).
    With ``number_weight`` > 1, every shingle holding a word with an ASCII digit is followed,
    at the end of the list, by ``number_weight - 1`` tagged copies (``shingle + b"\\0" +
    copy number``), distinct set elements: in Jaccard terms such a shingle weighs
    ``number_weight``. Stories built from one template share their wording but not their
    numbers, so this pushes them apart; true copies share the numbers too and barely move.
    """
    count = len(text_words) - size + 1
    if count <= 0:
        return []
    data = " ".join(text_words).encode("utf-8")
    raw = np.frombuffer(data, dtype=np.uint8)
    spaces = np.flatnonzero(raw == 0x20)
    starts = [0, *(spaces + 1).tolist(), len(data) + 1]
    result = [data[starts[i] : starts[i + size] - 1] for i in range(count)]
    if number_weight > 1:
        digits = np.flatnonzero((raw >= 0x30) & (raw <= 0x39))
        if digits.size:
            numbered = np.unique(np.searchsorted(spaces, digits))  # word indexes
            first = np.clip(numbered - size + 1, 0, None)
            last = np.minimum(numbered, count - 1)
            marked = np.zeros(count + 1, dtype=np.int32)
            np.add.at(marked, first, 1)
            np.add.at(marked, last + 1, -1)
            tags = [b"\0" + bytes([copy]) for copy in range(1, number_weight)]
            result += [
                result[i] + tag for i in np.flatnonzero(np.cumsum(marked[:count])) for tag in tags
            ]
    return result
