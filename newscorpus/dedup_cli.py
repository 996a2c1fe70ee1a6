"""``newscorpus dedup``: the crawl's dedup engine over JSONL dumps, offline.

Two passes over the inputs. The first runs the engine over the records in order, as a crawl
meets them, which finds each story's copies. The second writes one record of each story to
the output unchanged (the input line, byte for byte), the best copy (:mod:`.dedup_best`: the
most complete by default), and every other copy to the ``--dups`` file as ``{"id", "url",
"duplicate_of", "kind", "similarity", "coverage"}``, ``duplicate_of`` the copy kept (copies of
a story whose kept copy is not its first are compared with the kept one again). With
``--state DIR`` the crawl state's dedup index takes part: records duplicating what a crawl (or
an earlier run) indexed are duplicates, and the kept ones are indexed (a story's first copy
too, when another is kept), all in one transaction that is committed only once the output is
complete. Signing runs in ``workers`` processes; decisions are made in order in this one, so
the result does not depend on the worker count.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import sqlite3
import tempfile
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import AbstractContextManager, ExitStack, contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from newscorpus.dedup import (
    DedupConfig,
    DedupIndex,
    Deduplicator,
    MemoryIndex,
    Prepared,
    SqliteIndex,
)
from newscorpus.dedup_best import Prefer, Seen, best_copies, stories
from newscorpus.export import ANY_ID, CorpusError, parse_record
from newscorpus.state import SqliteStateStore

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from newscorpus.dedup import Entry

logger = logging.getLogger(__name__)

#: DedupConfig fields that are code versions, never taken from a stored index config.
_CODE_FIELDS = ("text_version", "datasketch_version", "hash_func", "scheme")
_SIGNER: Deduplicator | None = None
#: Inputs up to this size (bytes) get a scratch index in RAM (``MemoryIndex``: about 9 KB per
#: indexed news-length document, ~2.5 times the JSONL: 640 MB at most), larger ones one in a
#: scratch SQLite file. The RAM index saves the SQLite round trips (a third of the decisions'
#: time on 10,000 documents).
MEMORY_INDEX_BYTES = 256 << 20


@dataclass
class Batch:
    """Lines of one input file, as read: where they start, and their raw bytes."""

    path: str
    first_line: int
    lines: list[bytes]


@dataclass
class Summary:
    """What a run did; with a state, how many documents its index holds and its file's size."""

    read: int = 0
    kept: int = 0
    duplicates: dict[str, int] = field(default_factory=lambda: {"exact": 0, "near": 0})
    extending: int = 0
    replaced: int = 0
    indexed: int = 0
    state_bytes: int = 0


@dataclass
class Records:
    """The records of a batch: their line positions in it, ids, urls and texts."""

    positions: list[int] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    urls: list[Any] = field(default_factory=list)
    published: list[str | None] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)


def parse(batch: Batch) -> Records:
    """The records of a batch (blank lines skipped), checked for an ``id`` and a ``text``."""
    records = Records()
    for position, line in enumerate(batch.lines):
        number = batch.first_line + position
        if not line.strip():
            continue
        record = parse_record(line, f"{batch.path}:{number}", ANY_ID, "an 'id' string")
        records.positions.append(position)
        records.ids.append(record["id"])
        records.urls.append(record.get("url"))
        published = record.get("published")
        records.published.append(published if isinstance(published, str) else None)
        records.texts.append(record["text"])
    return records


def _init_worker(config: DedupConfig) -> None:
    global _SIGNER
    _SIGNER = Deduplicator(MemoryIndex(), config)


def sign(batch: Batch) -> tuple[Records, Prepared]:
    """Parse and sign one batch (in a worker process); texts are not sent back."""
    assert _SIGNER is not None
    records = parse(batch)
    prepared = _SIGNER.prepare(records.texts)
    records.texts = []
    return records, prepared


def batches(paths: Sequence[Path], size: int) -> Iterator[Batch]:
    """The inputs' lines in batches of ``size``, file after file."""
    for path in paths:
        with path.open("rb") as lines:
            first = 1
            while chunk := list(islice(lines, size)):
                yield Batch(str(path), first, chunk)
                first += len(chunk)


def config_for(stored: dict[str, Any] | None, options: dict[str, Any]) -> DedupConfig:
    """The config of a run: a state's stored parameters (code versions excepted), then the
    options given. An index-defining option that differs from the state is an error later,
    when the index is opened."""
    values = {}
    if stored is not None:
        current = DedupConfig().to_dict()
        values = {k: v for k, v in stored.items() if k not in _CODE_FIELDS and k in current}
        if "lsh_threshold" in options or "lsh_slots" in options:
            values.pop("bands", None)
            values.pop("rows", None)
    values.update(options)
    return DedupConfig.from_dict(values)


def run(
    inputs: Sequence[Path],
    output: Path,
    dups: Path | None = None,
    state: Path | None = None,
    options: dict[str, Any] | None = None,
    workers: int = 1,
    batch_size: int = 256,
    prefer: Prefer = "complete",
) -> Summary:
    """Deduplicate ``inputs`` into ``output`` (see the module docstring).

    Without a state, the index is in RAM when the inputs total at most
    :data:`MEMORY_INDEX_BYTES` (the index takes about 2.5 times their size), else a scratch
    SQLite file beside ``output`` (deleted at the end), so memory stays bounded however large
    the inputs are.
    """
    for path in inputs:
        if not path.is_file():
            raise CorpusError(f"{path}: no such file")
    with ExitStack() as stack:
        if state is not None:
            store = stack.enter_context(SqliteStateStore(state))
            index: DedupIndex = store.dedup_index()
            transaction: AbstractContextManager[None] = store.transaction()
        elif sum(path.stat().st_size for path in inputs) <= MEMORY_INDEX_BYTES:
            index = MemoryIndex()
            transaction = nullcontext()
        else:
            index = stack.enter_context(_scratch_index(output.parent))
            transaction = nullcontext()
        dedup = Deduplicator(index, config_for(index.stored_config(), options or {}))
        with transaction:
            summary = _write(dedup, inputs, output, dups, workers, batch_size, prefer)
        if state is not None:
            summary.indexed = len(index)
            summary.state_bytes = store.path.stat().st_size
    return summary


@contextmanager
def _scratch_index(folder: Path) -> Iterator[SqliteIndex]:
    """A throw-away SQLite index in ``folder``: no journal, no syncing, a 64 MiB page cache."""
    with tempfile.TemporaryDirectory(prefix=".newscorpus-dedup-", dir=folder) as scratch:
        conn = sqlite3.connect(Path(scratch) / "index.sqlite3", isolation_level=None)
        try:
            for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-65536"):
                conn.execute(f"PRAGMA {pragma}")
            index = SqliteIndex(conn, counts_in_memory=True)
            conn.execute("BEGIN")
            yield index
        finally:
            conn.close()


def _write(
    dedup: Deduplicator,
    inputs: Sequence[Path],
    output: Path,
    dups: Path | None,
    workers: int,
    batch_size: int,
    prefer: Prefer,
) -> Summary:
    targets = [p for p in (output, dups) if p is not None]
    temporary = [p.with_name(f".{p.name}.{os.getpid()}.tmp") for p in targets]
    try:
        with temporary[0].open("wb") as kept, _open(temporary[1:]) as dropped:
            seen = _first_pass(dedup, inputs, workers, batch_size)
            summary = _second_pass(dedup, inputs, seen, prefer, kept, dropped, batch_size)
        for source, target in zip(temporary, targets, strict=True):
            source.replace(target)
    finally:
        for path in temporary:
            path.unlink(missing_ok=True)
    return summary


def _open(paths: list[Path]) -> BinaryIO:
    return paths[0].open("wb") if paths else open(os.devnull, "wb")  # noqa: PTH123


def _first_pass(dedup: Deduplicator, inputs: Sequence[Path], workers: int, batch_size: int) -> Seen:
    """Run the engine over every record in order; keep what choosing a copy needs."""
    seen = Seen()
    for _, (records, prepared) in _signed(dedup, batches(inputs, batch_size), workers):
        seen.verdicts += dedup.check_and_add_prepared(records.ids, prepared)
        seen.ids += records.ids
        seen.urls += records.urls
        seen.published += records.published
        seen.words += prepared.words.tolist()
    return seen


def _second_pass(
    dedup: Deduplicator,
    inputs: Sequence[Path],
    seen: Seen,
    prefer: Prefer,
    kept: BinaryIO,
    dropped: BinaryIO,
    batch_size: int,
) -> Summary:
    """Write each story's chosen copy and list the others; re-sign only the copies of the
    stories whose chosen copy is not the first, to compare them with it."""
    chosen = best_copies(seen, prefer)
    story_of = {n: root for root, ns in stories(seen).items() if root in chosen for n in ns}
    keep = {n for n, v in enumerate(seen.verdicts) if v is None or not v.is_duplicate}
    keep = (keep - set(chosen)) | set(chosen.values())
    entries: dict[int, Entry] = {}
    n = 0
    for batch in batches(inputs, batch_size):
        wanted: list[tuple[int, str]] = []
        for number, line in enumerate(batch.lines, batch.first_line):
            if not line.strip():
                continue
            if n in keep:
                kept.write(line if line.endswith(b"\n") else line + b"\n")
            if n in story_of:
                record = parse_record(line, f"{batch.path}:{number}", ANY_ID, "an 'id' string")
                wanted.append((n, record["text"]))
            n += 1
        if wanted:
            prepared = dedup.prepare([text for _, text in wanted])
            entries.update((m, prepared.entry(i)) for i, (m, _) in enumerate(wanted))
    for best in chosen.values():
        dedup.index.add(seen.ids[best], entries[best])
    summary = Summary(read=len(seen.ids), kept=len(keep), replaced=len(chosen))
    for n, verdict in enumerate(seen.verdicts):
        if n in keep:
            summary.extending += verdict is not None and not verdict.is_duplicate
            continue
        if n in story_of:
            best = chosen[story_of[n]]
            verdict = replace(dedup.compare(entries[n], entries[best]), duplicate_of=seen.ids[best])
        assert verdict is not None
        summary.duplicates[verdict.kind] += 1
        record = verdict.record(seen.ids[n], seen.urls[n])
        dropped.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
    logger.info(
        "dedup: %d records, %d kept (%d a more complete copy than the first, %d extending "
        "another), %d exact and %d near duplicates",
        summary.read,
        summary.kept,
        summary.replaced,
        summary.extending,
        summary.duplicates["exact"],
        summary.duplicates["near"],
    )
    return summary


def _signed(
    dedup: Deduplicator, source: Iterator[Batch], workers: int
) -> Iterator[tuple[Batch, tuple[Records, Prepared]]]:
    """Each batch with its parsed and signed records, in order; ``workers`` > 1 signs in a
    process pool with a bounded number of batches in flight."""
    if workers <= 1:
        for batch in source:
            records = parse(batch)
            yield batch, (records, dedup.prepare(records.texts))
        return
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_init_worker, initargs=(dedup.config,)
    ) as pool:
        pending: deque[tuple[Batch, Future[Any]]] = deque()
        for batch in source:
            pending.append((batch, pool.submit(sign, batch)))
            if len(pending) >= 2 * workers:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()
