"""A lookup's candidates stay bounded however many documents share a band key."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest

from newscorpus.dedup import Entry, MemoryIndex, SqliteIndex
from newscorpus.dedup.index import BAND_CANDIDATES

COMMON_KEY = 7  # a band key of a stock phrase: every document has it


def entry(n: int) -> Entry:
    signature = np.full(256, n % 256, dtype=np.uint8)
    return Entry(n, 300, signature, [COMMON_KEY, 1000 + n])


@pytest.mark.parametrize("backend", ["memory", "sqlite"])
def test_a_crowded_band_key_gives_its_newest_documents_and_rare_keys_still_count(
    backend,
) -> None:
    index = MemoryIndex() if backend == "memory" else SqliteIndex(sqlite3.connect(":memory:"))
    for n in range(50):
        index.add(f"d{n}", entry(n))
    newest = [f"d{n}" for n in range(50 - BAND_CANDIDATES, 50)]
    assert index.candidates([COMMON_KEY]).ids == newest
    # an old document sharing a rare key with the query is still a candidate
    assert index.candidates([COMMON_KEY, 1003]).ids == ["d3", *newest]
    few = MemoryIndex() if backend == "memory" else SqliteIndex(sqlite3.connect(":memory:"))
    for n in range(3):
        few.add(f"d{n}", entry(n))
    assert few.candidates([COMMON_KEY]).ids == ["d0", "d1", "d2"]
