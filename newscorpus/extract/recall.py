"""Lines of the article that trafilatura's default pass drops and its recall pass keeps.

trafilatura's default (balanced) pass leaves out parts of a real body: a list between two
paragraphs, a subheading, a block in a teaser-like container. Its ``favor_recall`` pass keeps
them, and much else (sidebars, link lists). Here we take from the recall pass only the lines
that sit *between* two lines of the default body, in the recall body's order, and that are
new (less than :data:`MAX_KNOWN_SHARE` of their words already in the default body): inside the
article, not around it. They go into the default body where they stood, before the teaser and
line rules run, which judge them as any other line.

The recall pass is a second trafilatura run; it runs only on pages that show a gap
(:func:`shows_gaps`): a list item or a heading missing from the default body between two
blocks that are in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscorpus.extract.page import LANDMARK_TAGS
from newscorpus.extract.text import WORD, element_text, paragraph_key

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: A recall line more than this share of whose words the default body already holds is a
#: copy (re-cut or merged paragraphs), not a line the default pass dropped.
MAX_KNOWN_SHARE = 0.8


#: The blocks whose place in the page tells whether the default pass left a gap: paragraphs
#: and list items and headings; a list item or a heading missing from the body between two
#: blocks that are in it is a gap.
BLOCKS = ("p", "li", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "blockquote")
GAP_BLOCKS = frozenset({"li", "h2", "h3", "h4", "h5", "h6", "dt", "dd"})
#: Words of a block's start looked up in the body, and the fewest a block needs to count.
KEY_WORDS = 8
MIN_BLOCK_WORDS = 3


def shows_gaps(tree: HtmlElement, body: list[str]) -> bool:
    """Whether the page has a list item or a heading (of :data:`MIN_BLOCK_WORDS` words or
    more) that the default ``body`` lacks, between two blocks that it holds, in page order:
    the sign that the recall pass may find lines inside the body (it costs a second
    trafilatura pass, run only then)."""
    text = "\n".join(paragraph_key(line) for line in body)
    seen_body, missing = False, False
    for element in tree.iter(*BLOCKS):
        words = paragraph_key(element_text(element)).split()
        if len(words) < MIN_BLOCK_WORDS:
            continue
        if " ".join(words[:KEY_WORDS]) in text:
            if missing:
                return True
            seen_body = True
        elif seen_body and element.tag in GAP_BLOCKS and not _in_landmark(element):
            missing = True
    return False


def _in_landmark(element: HtmlElement) -> bool:
    return any(a.tag in LANDMARK_TAGS for a in element.iterancestors())


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
