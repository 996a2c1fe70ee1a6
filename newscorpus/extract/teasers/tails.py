"""Teasers set apart from the body by a rule: an ``<hr>`` and, after it, short paragraphs of
other stories (a headline, then a lead cut off mid-sentence), with no links or labels.

The separator says "something else follows"; what follows is a teaser block when it is no
longer than the text before the rule and its paragraphs mostly stop mid-sentence, or are all
off the story's topic, which a closing section of the article itself (an author's note, a
correction, a section after a break) does not do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscorpus.extract.lines import MIN_CUT_CHARS, breaks_off, stops_mid_sentence
from newscorpus.extract.text import prose_text, text_before
from newscorpus.extract.topic import content_words, off_topic

if TYPE_CHECKING:
    from collections.abc import Iterator

    from lxml.html import HtmlElement

    from newscorpus.extract.textstats import Measures

SEPARATOR_TAGS = ("hr",)
MIN_PARAGRAPHS = 2
MIN_CUT_SHARE = 0.5
MIN_SINGLE_WORDS = 15
MAX_TAIL_SHARE = 1.0  # of the page's text before the separator: no longer than it


def separated_tails(measures: Measures) -> Iterator[HtmlElement]:
    """The separator and what follows it, when that is a block of other stories' leads."""
    for separator in (el for tag in SEPARATOR_TAGS for el in measures.by_tag.get(tag, ())):
        tail = [el for el in separator.itersiblings() if measures.get(el) and measures[el].chars]
        if not tail:
            continue
        before = text_before(separator)
        if sum(measures[el].chars for el in tail) > MAX_TAIL_SHARE * len(before):
            continue
        # Prose only: a headline line is neither cut off nor finished; a closing button
        # ("Shop now") is no part of the last sentence.
        texts = [prose_text(el) for el in tail]
        paragraphs = [
            t for t in texts if len(t) >= MIN_CUT_CHARS or (len(t.split()) >= 8 and breaks_off(t))
        ]
        if _other_stories(paragraphs, before):
            yield separator
            yield from tail


def _other_stories(paragraphs: list[str], before: str) -> bool:
    """Whether ``paragraphs`` lead other stories: most of them break off mid-sentence, or
    the only one stops on a lower-case word ("... to deploy forces onto"; a byline or a credit
    merely lacks a final stop), or all are off the topic of the text ``before`` them."""
    if len(paragraphs) == 1:
        words = paragraphs[0].split()
        return (
            len(words) >= MIN_SINGLE_WORDS
            and words[-1].islower()
            and stops_mid_sentence(paragraphs[0])
        )
    if len(paragraphs) < MIN_PARAGRAPHS:
        return False
    cut = sum(breaks_off(text) for text in paragraphs)
    if cut >= max(MIN_CUT_SHARE * len(paragraphs), MIN_PARAGRAPHS):
        return True
    story = content_words(before)
    return all(off_topic(text, story) for text in paragraphs)
