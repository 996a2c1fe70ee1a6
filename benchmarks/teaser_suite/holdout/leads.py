"""Teaser texts the main set never shows: leads that end on a full stop, dates, sponsor lines."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..corpus import LEAD_MAX

if TYPE_CHECKING:
    import random

    from ..corpus import Story

SENTENCE_END = re.compile(r"[.!?](?=\s+[^\s\w]*[A-Z0-9\u00c0-\u024f\u0400-\u04ff]|\s*$)|[。！？]")
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "co", "corp", "gov", "sen",
                 "rep", "gen", "calif", "mich", "vs", "no", "prof", "ltd", "sgt"}  # fmt: skip


def sentence_ends(text: str) -> list[int]:
    """Where sentences end in `text`, skipping abbreviations and initials ("U.S.", "Dr.")."""
    ends = []
    for match in SENTENCE_END.finditer(text):
        word = text[: match.start()].rsplit(" ", 1)[-1].lstrip("(\"“‘'")
        if "." in word or len(word) < 2 or word.lower() in ABBREVIATIONS:
            continue
        ends.append(match.end())
    return ends


def full_lead(story: Story, rng: random.Random, low: int = 80, high: int = 380) -> str:
    """The story's opening sentences, not cut: at most `high` characters, ending on a full stop.

    When no sentence ends between `low` and `high` characters, the first one that ends after
    20 does; if none, the cut lead gets a full stop of its own.
    """
    text = story.lead(LEAD_MAX)
    limit = rng.randint(low, high)
    ends = [end for end in sentence_ends(text) if 20 <= end <= max(limit, 20)]
    if ends:
        return text[: ends[-1]]
    later = [end for end in sentence_ends(text) if 20 <= end <= 420]
    return text[: later[0]] if later else story.lead(limit) + "."


def some_lead(story: Story, rng: random.Random, low: int, high: int, full: float) -> str:
    """A lead, complete on a `full` share of teasers and cut mid-sentence otherwise."""
    if rng.random() < full:
        return full_lead(story, rng, low, high)
    return story.lead(rng.randint(low, high))
