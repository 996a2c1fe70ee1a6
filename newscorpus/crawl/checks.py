"""Checks before a crawl starts: an incremental crawl never destroys its corpus."""

from __future__ import annotations

import glob
import re
from dataclasses import dataclass
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
    "NEWSCORPUS_PROGRESS_INTERVAL": (0, None),
    "NEWSCORPUS_WARC_MAX_SIZE": (1, None),
    "NEWSCORPUS_REDIS_LEASE": (0.5, None),
    "NEWSCORPUS_WORKERS": (0, None),
    "NEWSCORPUS_RETRY_AFTER_MAX": (0, None),
    "NEWSCORPUS_REVISIT_HOURS": (0, None),
    "NEWSCORPUS_REVISIT_MIN_CHANGE": (0, 1),
    "NEWSCORPUS_MAX_LINKS_PER_PAGE": (0, None),
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


#: A FEEDS URI parameter: ``%(time)s``, ``%(batch_id)05d``, ...
URI_PARAM = re.compile(r"%\([^)]*\)[#0\- +]*\d*(?:\.\d+)?[a-zA-Z]")


#: Feed post-processing for an output whose name ends so, when it names none itself.
COMPRESSION_BY_SUFFIX = {
    ".gz": "scrapy.extensions.postprocessing.GzipPlugin",
    ".zst": "newscorpus.crawl.compression.ZstdPlugin",
}


def postprocessing(uri: str, options: dict[str, object]) -> list[str]:
    """The post-processing plugins of a ``FEEDS`` output: as its options name them, else
    the compression its name's suffix says (:data:`COMPRESSION_BY_SUFFIX`), else none."""
    named = options.get("postprocessing")
    if named:
        return list(named)  # type: ignore[call-overload]
    plugin = COMPRESSION_BY_SUFFIX.get("." + uri.rsplit(".", 1)[-1])
    return [plugin] if plugin else []


@dataclass(frozen=True)
class Output:
    """A local corpus file among ``FEEDS``: ``path`` is absolute, a glob pattern matching the
    files of every run when the URI is templated (``%(time)s`` ...)."""

    path: str
    overwrite: bool  # -O
    templated: bool  # a new file each run (or batch)
    compressed: bool  # FEEDS postprocessing (gzip, zstd, ...): no JSONL tail to recover


def local_outputs(settings: BaseSettings) -> list[Output]:
    """The local files among ``FEEDS``."""
    outputs = []
    for uri, options in settings.getdict("FEEDS").items():
        path = local_file(str(uri))
        if path is None:
            continue
        pieces = URI_PARAM.split(str(path))
        templated = len(pieces) > 1
        where = "*".join(glob.escape(p) for p in pieces) if templated else str(path)
        absolute = str(Path(where).absolute() if templated else Path(where).resolve())
        compressed = bool(postprocessing(str(uri), options))
        outputs.append(Output(absolute, bool(options.get("overwrite")), templated, compressed))
    return outputs


def check_compressed(settings: BaseSettings) -> None:
    """Refuse (:class:`UsageError`) a compressed local output with a fixed name: a crawl
    killed while appending to it would leave its stream cut short, so only a new file each
    run is written crash-safe."""
    for uri, options in settings.getdict("FEEDS").items():
        compressed = postprocessing(str(uri), options)
        if compressed and local_file(str(uri)) and not URI_PARAM.search(str(uri)):
            raise UsageError(
                f"refusing FEEDS {uri}: compressed output is crash-safe only as a new file "
                "each run: put %(time)s (or %(batch_id)d with batch_item_count) in its name",
                print_help=False,
            )


def check_outputs(
    settings: BaseSettings, store: StateStore, state_dir: str, fresh: bool = False
) -> None:
    """Refuse (:class:`UsageError`) a crawl that would empty or double a corpus: ``-O FILE``
    onto a non-empty file while the state in ``state_dir`` remembers earlier runs, whose
    records that file holds and which this run would never write again; or ``-o FILE`` onto a
    non-empty file with a state just created (``fresh``: run from another folder, or the state
    deleted), which knows none of its records and would write them all again."""
    for uri, options in settings.getdict("FEEDS").items():
        path = local_file(str(uri))
        if path is None or not _non_empty(path) or URI_PARAM.search(str(uri)):
            continue
        if options.get("overwrite") and store.seen_count():
            raise UsageError(
                f"refusing -O {uri}: it holds the corpus of earlier runs with the state "
                f"{state_dir}, which this run would empty; use -o {uri} to append, another "
                f"file, or delete {state_dir} to start afresh",
                print_help=False,
            )
        if fresh and not options.get("overwrite") and not options.get("postprocessing"):
            raise UsageError(
                f"refusing -o {uri}: it already holds records, and the state {state_dir} is "
                "new and knows none of them, so this run would write them all again; give "
                "the state that wrote it (-s NEWSCORPUS_STATE_DIR=...), -O to start the "
                "corpus afresh, or another file",
                print_help=False,
            )


def _non_empty(path: Path) -> bool:
    return path.is_file() and path.stat().st_size > 0
