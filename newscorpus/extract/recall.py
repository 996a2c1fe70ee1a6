"""Lines of the article that trafilatura's default pass drops and its recall pass keeps.

trafilatura's default (balanced) pass leaves out parts of a real body: a list between two
paragraphs, a subheading, a block in a teaser-like container. Its ``favor_recall`` pass keeps
them, and much else (sidebars, link lists). Here we take from the recall pass only the lines
that sit *between* two lines of the default body, in the recall body's order, and that are
new (less than :data:`MAX_KNOWN_SHARE` of their words already in the default body): inside the
article, not around it. They go into the default body where they stood, before the teaser and
line rules run, which judge them as any other line.
"""

from __future__ import annotations

from newscorpus.extract.text import WORD, paragraph_key

#: A recall line more than this share of whose words the default body already holds is a
#: copy (re-cut or merged paragraphs), not a line the default pass dropped.
MAX_KNOWN_SHARE = 0.8


def _words(line: str) -> list[str]:
    return WORD.findall(line.casefold())


def recall_additions(body: list[str], recall_body: list[str]) -> list[tuple[int, str]]:
    """The lines of ``recall_body`` to add to ``body``: ``(i, line)`` pairs, each line to go
    right after ``body[i]``, in order.

    The default body's lines are found in the recall body in order (by :func:`paragraph_key`);
    a recall line not found is a candidate when a found line comes before it and another one
    after it, and is added when it is new."""
    keys = [paragraph_key(line) for line in body]
    position: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        position.setdefault(key, []).append(i)
    known = {w for line in body for w in _words(line)}
    anchored: list[tuple[int | None, str]] = []  # (index in body, or None) per recall line
    next_index = 0
    for line in recall_body:
        found = next((i for i in position.get(paragraph_key(line), ()) if i >= next_index), None)
        if found is not None:
            next_index = found + 1
        anchored.append((found, line))
    added: list[tuple[int, str]] = []
    previous: int | None = None
    pending: list[str] = []
    for found, line in anchored:
        if found is None:
            if previous is not None:
                pending.append(line)
            continue
        # a found line closes the gap: what lay in it is between two lines of the body
        added.extend((previous, x) for x in pending if _is_new(x, known))  # type: ignore[misc]
        pending = []
        previous = found
    return added


def _is_new(line: str, known: set[str]) -> bool:
    words = _words(line)
    if not words:
        return False
    return sum(w in known for w in words) < MAX_KNOWN_SHARE * len(words)


def with_additions(body: list[str], added: list[tuple[int, str]]) -> list[str]:
    """``body`` with the ``added`` lines (from :func:`recall_additions`) in place."""
    after: dict[int, list[str]] = {}
    for i, line in added:
        after.setdefault(i, []).append(line)
    out: list[str] = []
    for i, line in enumerate(body):
        out.append(line)
        out.extend(after.get(i, ()))
    return out
