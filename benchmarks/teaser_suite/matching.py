"""Leak matching and body recall, on the suite's normalised words.

A teaser leaks into a text when a run of LEAK_RUN consecutive words of the teaser (or the whole
teaser, if it is shorter) appears in the text. Both are compared after NFKC, casefolding and
whitespace collapsing, word by word (punctuation ignored; a CJK character is a word).
Body recall is the AEB metric's: word 4-gram multiset recall, words as `\\w+` runs, case kept.
"""

from __future__ import annotations

import re
from collections import Counter

from .text import tokens

LEAK_RUN = 8
SHINGLE = 4
_WORD = re.compile(r"\w+", re.UNICODE)
_SEP = "\x1f"


class TextIndex:
    """A text prepared for many `leaks(teaser)` questions."""

    def __init__(self, text: str | None) -> None:
        words = tokens(text or "")
        self.joined = _SEP + _SEP.join(words) + _SEP
        self.runs = {tuple(words[i : i + LEAK_RUN]) for i in range(len(words) - LEAK_RUN + 1)}

    def leaks(self, teaser: str) -> bool:
        """True if the teaser's text (a long enough run of it) appears in this text."""
        words = tokens(teaser)
        if not words:
            return False
        if len(words) < LEAK_RUN:
            return _SEP + _SEP.join(words) + _SEP in self.joined
        return any(
            tuple(words[i : i + LEAK_RUN]) in self.runs for i in range(len(words) - LEAK_RUN + 1)
        )


def shingles(text: str | None) -> Counter[tuple[str, ...]]:
    """Multiset of word 4-grams, as aeb_score.shingle_bag."""
    words = _WORD.findall(text or "")
    if not words:
        return Counter()
    if len(words) <= SHINGLE:
        return Counter({tuple(words): 1})
    return Counter(tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


def doc_counts(truth: str | None, pred: str | None) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of one page, as aeb_score.doc_counts."""
    t_bag, p_bag = shingles(truth), shingles(pred)
    tp = sum((t_bag & p_bag).values())
    fp = sum((p_bag - t_bag).values())
    fn = sum((t_bag - p_bag).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def recall(truth: str, pred: str | None) -> float:
    """Word 4-gram recall of the expected body in the output (0.0 for an empty output)."""
    tp, _, fn = doc_counts(truth, pred)
    return tp / (tp + fn) if tp + fn else 0.0
