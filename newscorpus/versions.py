"""Versions of an article: has a story fetched again changed materially since the last time?

A version is remembered by its *fingerprint*: per paragraph (one line of the corpus text), a
64-bit hash of its normalised words (the dedup normalisation: case, punctuation, quotes and
whitespace never count) and its number of words, about 12 bytes a paragraph. Two versions
differ by the share of their words that sit in paragraphs only one of them has
(:func:`changed_share`): an added, removed or reworded paragraph counts in full, a changed
"Updated 10:32" line barely, a punctuation fix not at all.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import xxhash

from newscorpus.dedup.text import normalize_batch
from newscorpus.urls import record_id

_PARAGRAPH = np.dtype([("hash", "<u8"), ("words", "<u4")])


def fingerprint(text: str) -> bytes:
    """The fingerprint of an article text (paragraphs one per line)."""
    paragraphs = [line for line in text.split("\n") if line.strip()]
    if not paragraphs:
        return b""
    normalized = normalize_batch(paragraphs)
    rows = []
    for i in range(len(paragraphs)):
        words = normalized.text(i)
        if words:
            rows.append((xxhash.xxh3_64_intdigest(words.encode("utf-8")), words.count(" ") + 1))
    return np.array(rows, dtype=_PARAGRAPH).tobytes()


def _paragraphs(print_: bytes) -> Counter[tuple[int, int]]:
    array = np.frombuffer(print_, dtype=_PARAGRAPH)
    return Counter(zip(array["hash"].tolist(), array["words"].tolist(), strict=True))


def changed_share(old: bytes, new: bytes) -> float:
    """The share (0 to 1) of the words of two versions that are in paragraphs only one of
    them has; 0.0 for the same text."""
    before, after = _paragraphs(old), _paragraphs(new)
    total = sum(w * n for (_, w), n in (before + after).items())
    if not total:
        return 0.0
    only = (before - after) + (after - before)
    return sum(w * n for (_, w), n in only.items()) / total


def version_id(canonical_url: str, version: int) -> str:
    """The record id of version ``version`` of the article at ``canonical_url``: the first
    version's is :func:`record_id` of the URL, so a corpus without revisits is unchanged."""
    if version <= 1:
        return record_id(canonical_url)
    return record_id(f"{canonical_url}\nversion {version}")
