"""Teasers set apart from the body by a rule: an ``<hr>`` and, after it, short paragraphs of
other stories (a headline, then a lead cut off mid-sentence), with no links or labels.

The separator says "something else follows"; what follows is a teaser block when it is smaller
than the text before the rule and most of its paragraphs stop mid-sentence, which a closing
section of the article itself (an author's note, a correction, a section after a break) does
not do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscorpus.extract.lines import MIN_CUT_CHARS, breaks_off, stops_mid_sentence
from newscorpus.extract.text import element_text, text_before
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
    """The separator and what follows it, when that is a block of other stories' leads: most
    of its paragraphs break off (or its only one does), or all are off the story's topic."""
    for separator in (el for tag in SEPARATOR_TAGS for el in measures.by_tag.get(tag, ())):
        tail = [el for el in separator.itersiblings() if measures.get(el) and measures[el].chars]
        if not tail:
            continue
        before = text_before(separator)
        if sum(measures[el].chars for el in tail) > MAX_TAIL_SHARE * len(before):
            continue
        # Prose only: a headline line is neither cut off nor finished.
        texts = [element_text(el) for el in tail]
        paragraphs = [
            t for t in texts if len(t) >= MIN_CUT_CHARS or (len(t.split()) >= 8 and breaks_off(t))
        ]
        cut = sum(breaks_off(text) for text in paragraphs)
        if len(paragraphs) == 1:
            # One paragraph: it must stop mid-sentence, on a lower-case word ("... to deploy
            # forces onto"), not merely lack a final stop like a byline or a credit.
            words = paragraphs[0].split()
            cut = 2 * (len(words) >= MIN_SINGLE_WORDS and stops_mid_sentence(paragraphs[0]))
            cut *= words[-1].islower()
        if paragraphs and cut >= max(MIN_CUT_SHARE * len(paragraphs), MIN_PARAGRAPHS):
            yield separator
            yield from tail
        elif len(paragraphs) >= MIN_PARAGRAPHS:
            story = content_words(before)
            if all(off_topic(text, story) for text in paragraphs):
                yield separator
                yield from tail
