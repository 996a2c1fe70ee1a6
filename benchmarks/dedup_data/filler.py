"""Unique news-length filler documents for the speed run.

Each filler document is a whole AEB body (NFKC-normalised, cut after about 1,500 words) with every
run of letters replaced by a word drawn from all the corpus's words (so common words come up as
often as in news), capitalised like the word it replaces: the same length, paragraphs,
punctuation and numbers as real news, but no text shared with anything else, so the index grows
with every filler document as it would on a crawl of distinct stories.
"""

from __future__ import annotations

import random
import re
import unicodedata
from typing import TYPE_CHECKING

from benchmarks.dedup_data import sources

if TYPE_CHECKING:
    from pathlib import Path

_LETTERS = re.compile(r"[^\W\d_]+")


def filler_texts(aeb_dir: Path, count: int, seed: int = 7) -> list[str]:
    """``count`` filler texts."""
    rng = random.Random(seed)
    bodies = [
        [unicodedata.normalize("NFKC", line) for line in p]
        for p in sources.aeb_bodies(aeb_dir).values()
        if sources.words(p) >= 150
    ]
    vocabulary = [w.lower() for p in bodies for line in p for w in _LETTERS.findall(line)]

    def replace(match: re.Match[str]) -> str:
        word = rng.choice(vocabulary)
        return word.capitalize() if match.group(0)[0].isupper() else word

    texts = []
    for _ in range(count):
        paragraphs = rng.choice(bodies)
        kept, size = [], 0
        for paragraph in paragraphs:
            kept.append(_LETTERS.sub(replace, paragraph))
            size += len(paragraph.split())
            if size > 1500:
                break
        texts.append("\n".join(kept))
    return texts
