"""From teaser evidence to one decision over the extracted body.

The teaser detectors (:mod:`.teasers`) do not delete anything: they name elements that hold
teasers of other stories. trafilatura then extracts the body from the whole page, as it would
without newscorpus, and here each body line is matched to the candidate elements whose text
holds it. One place decides what goes: a line claimed by a candidate (and found nowhere else
on the page) is cut, unless the cuts together would take most of the body trafilatura found;
such a page is a listicle, a guide or a review whose items look like cards, and the detectors
are wrong about it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from typing import TYPE_CHECKING

from newscorpus.extract.related import is_related_label, is_related_pointer
from newscorpus.extract.text import text_content

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from lxml.html import HtmlElement

#: The cuts together may take at most this share of the body's characters.
MAX_CUT_SHARE = 0.5
#: A candidate's text inside a longer line claims the line when it makes this share of it.
MIN_INLINE_SHARE = 0.6
#: Candidate texts shorter than this are not looked for inside longer lines.
MIN_INLINE_CHARS = 12
SEPARATOR = "\x00"
#: How trafilatura marks a list item in its text output.
LIST_MARKER = re.compile(r"^- ")


def squeeze(text: str) -> str:
    """``text`` without white space: trafilatura and ``text_content()`` space inline elements
    differently, the characters are the same."""
    return "".join(text.split())


@dataclass(slots=True)
class Claims:
    """Which body lines the teaser candidates claim, by detector."""

    by_line: list[str | None] = field(default_factory=list)

    def cut_chars(self, body: Sequence[str]) -> int:
        return sum(len(line) for line, d in zip(body, self.by_line, strict=True) if d)


def claim_lines(
    body: Sequence[str], candidates: Mapping[str, Sequence[HtmlElement]], page_text: str
) -> Claims:
    """The detector claiming each line of ``body``, or None.

    A line is claimed when its text lies within a candidate's text and occurs no more often on
    the whole page than within the candidates (a body line that a teaser box repeats stays),
    or when a candidate's whole text makes most of the line ("Read more: <a>…</a>").
    ``page_text`` is the whole page's text."""
    texts = [(name, squeeze(text_content(e))) for name, elements in candidates.items()
             for e in elements]  # fmt: skip
    texts = [(name, text) for name, text in texts if text]
    claims = Claims()
    if not texts:
        claims.by_line = [None] * len(body)
        return claims
    blob = SEPARATOR.join(text for _, text in texts)
    starts = list(accumulate((len(text) + len(SEPARATOR) for _, text in texts), initial=0))
    page_text = squeeze(page_text)
    for line in body:
        key = squeeze(LIST_MARKER.sub("", line))
        claims.by_line.append(_claimant(key, texts, blob, starts, page_text) if key else None)
    return claims


def _claimant(
    key: str, texts: list[tuple[str, str]], blob: str, starts: list[int], page_text: str
) -> str | None:
    inside = blob.count(key)
    if inside and page_text.count(key) <= inside:
        # the first candidate holding the key holds its first occurrence in the blob
        return texts[bisect_right(starts, blob.find(key)) - 1][0]
    for name, text in texts:
        if (
            len(text) >= MIN_INLINE_CHARS
            and text in key
            and len(text) >= MIN_INLINE_SHARE * len(key)
        ):
            return name
    return None


def decide(body: Sequence[str], claims: Claims) -> tuple[list[str], dict[str, int]]:
    """The body with the claimed lines cut, and how many lines each detector cut.

    A claimed line goes when the evidence holds in context: a line behind a "Read also" label
    always goes, and so does what a "Related" label announces. Hidden elements, the paragraphs
    after an ``<hr>``, and list items that only look like links or cards go only as runs at
    the start or end of the body: a list of links inside the body is, on real pages, the
    article's own (resources, products, sources). A detector that sees a whole box of
    other stories (a card grid, a labelled box, a sign-up form) is trusted elsewhere too; the
    others' claims go as runs at the edges or runs of two or more lines (a box), never a single
    line between body lines, which on real pages is an item of the article itself (a linked
    subhead of a listicle, a linked paragraph). Cuts that rest on shape alone (links, cards,
    hidden elements, an ``<hr>``) may together take at most :data:`MAX_CUT_SHARE` of the body:
    past that the page is a listicle, a guide or a review whose items look like cards, and only
    what a label announces goes."""
    runs = _runs(claims.by_line)
    cuts = [
        d if d and _goes(body, claims.by_line, runs[i], i) else None
        for i, d in enumerate(claims.by_line)
    ]
    total = sum(len(line) for line in body)
    guessed = sum(
        len(line)
        for line, d in zip(body, cuts, strict=True)
        if d and d not in LABELLED_DETECTORS and not _labelled(line)
    )
    if total and guessed > MAX_CUT_SHARE * total:
        # the guess that most of the body is teasers is wrong: only labelled evidence cuts
        cuts = [d if d in LABELLED_DETECTORS or (d and _labelled(line)) else None
                for line, d in zip(body, cuts, strict=True)]  # fmt: skip
    kept: list[str] = []
    cut: dict[str, int] = {}
    for line, detector in zip(body, cuts, strict=True):
        if detector is None:
            kept.append(line)
        else:
            cut[detector] = cut.get(detector, 0) + 1
    return kept, cut


#: Detectors whose evidence is a label ("Related", "More stories", a sign-up form, a class
#: saying related): their cuts need no guard.
LABELLED_DETECTORS = frozenset({"announced", "labelled-box", "signup-form"})
#: Detectors that see a whole box of other stories, trusted line by line.
BOX_DETECTORS = frozenset({"card-grid", "labelled-box", "signup-form"})
#: Detectors that go by shape alone (links, cards), without a label: their list items are
#: trusted only at the edges of the body.
SHAPE_DETECTORS = frozenset({"link-wrapped", "card-grid"})
#: Detectors whose claims are trusted only at the edges of the body.
EDGE_DETECTORS = frozenset({"hidden", "separated-tail"})


def _labelled(line: str) -> bool:
    return is_related_pointer(line) or is_related_label(line)


def _runs(by_line: Sequence[str | None]) -> list[tuple[int, int]]:
    """For each line, the first and last line of the run of claimed lines around it (in one
    pass: a page of thousands of claimed lines costs no more than it has lines)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(by_line):
        end = i
        while by_line[i] and end + 1 < len(by_line) and by_line[end + 1]:
            end += 1
        runs.extend([(i, end)] * (end - i + 1))
        i = end + 1
    return runs


def _goes(body: Sequence[str], by_line: Sequence[str | None], run: tuple[int, int], i: int) -> bool:
    line, detector = body[i], by_line[i]
    if _labelled(line):
        return True
    start, end = run
    at_edge = start == 0 or end == len(body) - 1
    if detector in EDGE_DETECTORS or (LIST_MARKER.match(line) and detector in SHAPE_DETECTORS):
        return at_edge
    return detector in BOX_DETECTORS or at_edge or end > start
