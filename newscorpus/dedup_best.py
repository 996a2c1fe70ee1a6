"""Which copy of each story ``newscorpus dedup`` keeps: the first, the most complete or the
earliest published, chosen once every copy has been seen."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from newscorpus.dedup import Verdict

Prefer = Literal["complete", "earliest", "first"]
PREFER: tuple[Prefer, ...] = ("complete", "earliest", "first")


@dataclass
class Seen:
    """What the first pass learnt of each record, by position (blank lines not counted)."""

    ids: list[str] = field(default_factory=list)
    urls: list[object] = field(default_factory=list)
    published: list[str | None] = field(default_factory=list)
    words: list[int] = field(default_factory=list)
    verdicts: list[Verdict | None] = field(default_factory=list)


def stories(seen: Seen) -> dict[int, list[int]]:
    """{position of a story's first kept record: positions of it and of its copies}."""
    first_kept: dict[str, int] = {}
    members: dict[int, list[int]] = {}
    for n, verdict in enumerate(seen.verdicts):
        if verdict is None or not verdict.is_duplicate:
            first_kept.setdefault(seen.ids[n], n)
            members[n] = [n]
        elif (root := first_kept.get(verdict.duplicate_of)) is not None:
            members[root].append(n)
    return members


def best_copies(seen: Seen, prefer: Prefer) -> dict[int, int]:
    """{position of a story's first record: position of the copy to keep}, for the stories
    where that is another copy. ``complete``: the most words (then the first);
    ``earliest``: the earliest ``published`` (undated last; then the most words, the first)."""
    if prefer == "first":
        return {}

    def rank(n: int) -> tuple[object, ...]:
        if prefer == "complete":
            return (-seen.words[n], n)
        published = seen.published[n]
        return (published is None, published or "", -seen.words[n], n)

    chosen = {}
    for root, members in stories(seen).items():
        best = min(members, key=rank)
        if best != root:
            chosen[root] = best
    return chosen
