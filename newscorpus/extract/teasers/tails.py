"""Teasers set apart from the body by a rule: an ``<hr>`` and, after it, short paragraphs of
other stories (a headline, then a lead cut off mid-sentence), with no links or labels.

The separator says "something else follows"; what follows is a teaser block when it is smaller
than the text before the rule and most of its paragraphs stop mid-sentence, which a closing
section of the article itself (an author's note, a correction, a section after a break) does
not do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscorpus.extract.lines import MIN_CUT_CHARS, breaks_off
from newscorpus.extract.text import element_text, text_before
from newscorpus.extract.topic import content_words, off_topic

if TYPE_CHECKING:
    from collections.abc import Iterator

    from lxml.html import HtmlElement

    from newscorpus.extract.textstats import Measures

SEPARATOR_TAGS = ("hr",)
MIN_CUT_PARAGRAPHS = 2
MIN_CUT_SHARE = 0.5
MAX_TAIL_SHARE = 0.5  # of the text in the separator's parent


def separated_tails(measures: Measures) -> Iterator[HtmlElement]:
    """The separator and what follows it, when that is a block of cut-off teasers."""
    for separator in (el for tag in SEPARATOR_TAGS for el in measures.by_tag.get(tag, ())):
        parent = separator.getparent()
        if parent is None or parent not in measures:
            continue
        tail = [el for el in separator.itersiblings() if measures.get(el) and measures[el].chars]
        tail_chars = sum(measures[el].chars for el in tail)
        if not tail or tail_chars > MAX_TAIL_SHARE * measures[parent].chars:
            continue
        # Prose only: a headline line is neither cut off nor finished.
        texts = [element_text(el) for el in tail]
        paragraphs = [
            t for t in texts if len(t) >= MIN_CUT_CHARS or (len(t.split()) >= 8 and breaks_off(t))
        ]
        cut = sum(breaks_off(text) for text in paragraphs)
        if cut >= MIN_CUT_PARAGRAPHS and cut >= MIN_CUT_SHARE * len(paragraphs):
            yield separator
            yield from tail
        elif len(paragraphs) >= MIN_CUT_PARAGRAPHS:
            story = content_words(text_before(separator))
            if all(off_topic(text, story) for text in paragraphs):
                yield separator
                yield from tail
