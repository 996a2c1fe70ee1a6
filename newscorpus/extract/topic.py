"""Whether a paragraph is about the story it stands in: the share of its content words that the
story's own text also uses.

A teaser leads another story, so most of its names and nouns are new to the page; a paragraph
of the story itself keeps returning to the story's people, places and things.
"""

from __future__ import annotations

import re

from newscorpus.extract.text import CJK_CHARS

# Words of four letters or more (fewer are mostly function words), or pairs of characters of
# a script written without spaces.
CONTENT_WORD = re.compile(rf"[^\W\d_]{{4,}}|[{CJK_CHARS}]{{2}}")
MIN_SHARED = 0.25
MIN_WORDS = 4
MIN_STORY_WORDS = 80  # a shorter story has not shown enough of its vocabulary


def content_words(text: str) -> set[str]:
    """The lower-cased content words of ``text``."""
    return set(CONTENT_WORD.findall(text.lower()))


def off_topic(paragraph: str, story_words: set[str]) -> bool:
    """Whether ``paragraph`` shares less than :data:`MIN_SHARED` of its content words with the
    story (too few words on either side to tell: not off topic)."""
    words = content_words(paragraph)
    if len(words) < MIN_WORDS or len(story_words) < MIN_STORY_WORDS:
        return False
    return len(words & story_words) < MIN_SHARED * len(words)
