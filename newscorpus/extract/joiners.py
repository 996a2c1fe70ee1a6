"""Keep the joiners trafilatura would remove.

trafilatura drops every character Python does not call printable, to keep its XML valid. That
includes the zero-width joiner (U+200D), which is part of an emoji sequence ("👨‍👩‍👧" is one
family, not three people), and the zero-width non-joiner (U+200C), which is part of how Persian,
Kurdish and Indic words are spelled. Both are valid XML. :func:`keep_joiners` makes trafilatura's
filter keep them, for the whole process (the filter is a module global that its cached line
processing and its fallback extractor look up at call time); all else it filters stays filtered.
"""

from __future__ import annotations

from trafilatura import baseline, utils

JOINERS = frozenset("\u200c\u200d")
_original = utils.remove_control_characters


def _remove_control_characters(string: str) -> str:
    """trafilatura's filter, with the joiners kept."""
    if string.isprintable() or not JOINERS.intersection(string):
        return _original(string)
    return "".join(c if c in JOINERS else _original(c) for c in string)


def keep_joiners() -> None:
    """Install the filter (idempotent)."""
    if utils.remove_control_characters is not _remove_control_characters:
        utils.remove_control_characters = _remove_control_characters
        baseline.remove_control_characters = _remove_control_characters  # its own binding
        utils.line_processing.cache_clear()
