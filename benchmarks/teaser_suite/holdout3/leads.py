"""What a teaser shows of another story: its lead cut mid-sentence, its first whole
sentences (as subtitles and standfirsts do), or its first words (as CMS excerpts do)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..corpus import LEAD_MAX

if TYPE_CHECKING:
    import random

    from ..corpus import Story

SENTENCE = re.compile(r"(?<=[.!?。！？])[\"'”’»)]*(?=\s|$)")
SHORTEST = 60  # whole-sentence leads shorter than this take the next sentence too


def cut(story: Story, rng: random.Random, low: int, high: int) -> str:
    """The lead cut mid-sentence, `low`-`high` characters long."""
    return story.lead(rng.randint(low, high))


def sentences(story: Story, rng: random.Random, most: int = 300) -> str:
    """The lead's first whole sentences, at most `most` characters, or it cut when the first
    sentence is longer than that."""
    text = story.lead(LEAD_MAX)
    ends = [m.end() for m in SENTENCE.finditer(text)]
    fitting = [end for end in ends if end <= most]
    long_enough = [end for end in fitting if end >= SHORTEST]
    if not long_enough:
        return cut(story, rng, min(120, most - 20), most)
    return text[: long_enough[0] if rng.random() < 0.7 else long_enough[-1]].strip()


def words(story: Story, count: int) -> str:
    """The first `count` words of the lead, as WordPress trims excerpts."""
    text = story.lead(LEAD_MAX)
    parts = text.split()
    if len(parts) <= 3:  # a script without spaces: characters stand for words
        return text[: count * 2].rstrip()
    return " ".join(parts[:count])


def lower_first(text: str) -> str:
    """The text with its first letter lowercased, for a lead run on after "that"."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text
