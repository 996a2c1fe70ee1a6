"""Checks before a crawl starts: an incremental crawl never destroys its corpus."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from scrapy.exceptions import UsageError

from newscorpus.settings import NEWSCORPUS_DEFAULTS

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings

    from newscorpus.state import StateStore

NO_OUTPUT = (
    "no output: give -o FILE.jsonl (records are appended to it); without one, what the crawl "
    "finds would be recorded as done in the state and never written anywhere"
)


#: Numeric settings and their ranges (inclusive; None: unbounded).
RANGES: dict[str, tuple[float, float | None]] = {
    "NEWSCORPUS_COMMIT_INTERVAL": (0.01, None),
    "NEWSCORPUS_RETRY_AFTER_MAX": (0, None),
    "NEWSCORPUS_EXTRACT_MIN_WORDS": (0, None),
    "NEWSCORPUS_BOILERPLATE_MIN_PAGES": (1, None),
    "NEWSCORPUS_DEDUP_NUM_PERM": (2, None),
    "NEWSCORPUS_DEDUP_SHINGLE_SIZE": (1, None),
    "NEWSCORPUS_DEDUP_NUMBER_WEIGHT": (1, None),
    "NEWSCORPUS_DEDUP_MIN_WORDS": (0, None),
    "NEWSCORPUS_DEDUP_LSH_THRESHOLD": (0, 1),
    "NEWSCORPUS_DEDUP_VERIFY_JACCARD": (0, 1),
    "NEWSCORPUS_DEDUP_VERIFY_COVERAGE": (0, 1),
    "NEWSCORPUS_DEDUP_VERIFY_LEAD_COVERAGE": (0, 1),
    "NEWSCORPUS_DEDUP_VERIFY_MARGIN": (0, 1),
    "NEWSCORPUS_DEDUP_SAMPLE_SIZE": (0, None),
    "NEWSCORPUS_DEDUP_COMMON_DOCS": (0, None),
}


def newscorpus_setting(settings: BaseSettings, name: str) -> object:
    """A ``NEWSCORPUS_*`` setting as the crawl will see it: the add-on's default unless set
    (before a crawler exists, the add-on has not applied its defaults yet)."""
    return settings.get(name, NEWSCORPUS_DEFAULTS[name])


def check_ranges(settings: BaseSettings) -> None:
    """Refuse (:class:`UsageError`) a numeric setting that is no number or out of range."""
    for name, (low, high) in RANGES.items():
        value = newscorpus_setting(settings, name)
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise UsageError(f"{name}: not a number: {value!r}", print_help=False) from None
        if number < low or (high is not None and number > high):
            upper = "" if high is None else f" and at most {high}"
            raise UsageError(
                f"{name} is {value!r}: it must be at least {low}{upper}", print_help=False
            )


def local_file(uri: str) -> Path | None:
    """The file a feed URI writes to, when it is a local file."""
    parts = urlsplit(uri)
    if parts.scheme == "file":
        return Path(parts.path)
    return Path(uri) if not parts.scheme or len(parts.scheme) == 1 else None


def check_outputs(settings: BaseSettings, store: StateStore, state_dir: str) -> None:
    """Refuse (:class:`UsageError`) a crawl that would empty a corpus: ``-O FILE`` onto a
    non-empty file while the state in ``state_dir`` remembers earlier runs, whose records that
    file holds and which this run would never write again."""
    if store.seen_count() == 0:
        return
    for uri, options in settings.getdict("FEEDS").items():
        path = local_file(str(uri))
        if options.get("overwrite") and path is not None and _non_empty(path):
            raise UsageError(
                f"refusing -O {uri}: it holds the corpus of earlier runs with the state "
                f"{state_dir}, which this run would empty; use -o {uri} to append, another "
                f"file, or delete {state_dir} to start afresh",
                print_help=False,
            )


def _non_empty(path: Path) -> bool:
    return path.is_file() and path.stat().st_size > 0
