"""Teaser texts as real sites cut them: whole first sentences, word-boundary cuts, "…" cuts.

Every text is taken from the opening `Story.lead` cuts from, so a target that passed
`pick_targets` never shares a run of words with the host's body.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..corpus import LEAD_MAX
from ..text import SPACE

if TYPE_CHECKING:
    import random

    from ..corpus import Story

SENTENCE_END = re.compile(r"[.!?][”’\"'»)]*(?=\s|$)|[。！？][」』）]*")
ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Z][a-z]{0,3}|(?:[A-Za-z]\.)+[A-Za-z]?|No|St)\.$")
DOTS = ("…", "…", " …", "...", " [...]", " [&hellip;]")
SHORTEST = 40  # a shown lead is at least this long


def opening(story: Story) -> str:
    """The text `Story.lead` cuts from: leading paragraphs, short openers skipped."""
    text = ""
    for para in story.paragraphs:
        if len(text) > LEAD_MAX + 80:
            break
        if len(para) >= 40 or text:
            text = f"{text} {para}" if text else para
    return SPACE.sub(" ", text or story.body.replace("\n", " ")).strip()


def sentences(story: Story, limit: int) -> str:
    """Whole opening sentences, at most `limit` characters, or '' when the first is longer."""
    text = opening(story)[: min(limit, LEAD_MAX - 20) + 1]
    best = ""
    for match in SENTENCE_END.finditer(text):
        end = match.end()
        head = text[:end].rstrip()
        if end <= limit and len(head) >= SHORTEST and not ABBREVIATION.search(head):
            best = head
    return best


def cut(story: Story, rng: random.Random, low: int, high: int) -> str:
    """The opening cut at a word boundary, `low`-`high` characters long."""
    return story.lead(rng.randint(low, high))


def summary(
    story: Story, rng: random.Random, mode: str, low: int = 90, high: int = 260
) -> tuple[str, str]:
    """(text, ellipsis) of a teaser lead: "sentence" (whole sentences, else cut with "…"),
    "cut" (word boundary, nothing after) or "dots" (word boundary and an ellipsis)."""
    if mode == "sentence":
        text = sentences(story, high)
        if text:
            return text, ""
        mode = "dots"
    text = cut(story, rng, low, high)
    return text, rng.choice(DOTS) if mode == "dots" else ""


def paragraphs(story: Story, limit: int = 420) -> list[str]:
    """The target's first paragraphs as an infinite scroll shows them, `limit` characters in
    all; a first paragraph longer than that is cut after whole sentences (or mid-sentence)."""
    paras = [p for p in story.paragraphs if p.strip()]
    while paras and len(paras[0]) < 40:
        paras = paras[1:]
    shown: list[str] = []
    total = 0
    for para in paras:
        total += len(para) + 1
        if total > limit or len(para) < 25:
            break
        shown.append(para)
    return shown or [sentences(story, limit) or story.lead(limit - 20)]
