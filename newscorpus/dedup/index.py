"""The dedup index interface and the in-memory backend.

An index stores an :class:`Entry` per document: its content hash (for the exact check), its
stored signature bytes, distinct element count, opening shingles and shingle sample (for
verification) and its LSH band keys (for the candidate lookup), and counts how many indexed
documents' samples hold each sampled shingle. It knows nothing about texts
or thresholds; :class:`~newscorpus.dedup.Deduplicator` does. Backends: :class:`MemoryIndex`,
:class:`~newscorpus.dedup.SqliteIndex` and, later, a Redis one for many workers: a check is
one :meth:`DedupIndex.find_exact`, one :meth:`DedupIndex.candidates` and, with candidates,
one :meth:`DedupIndex.shingle_counts` call.
"""

from __future__ import annotations

import abc
import copy
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from newscorpus.dedup.shingles import trailing_zeros

if TYPE_CHECKING:
    from collections.abc import Sequence


@dataclass(frozen=True, eq=False)
class Entry:
    """What an index keeps of one document.

    ``signature`` is a row of bytes, the same length for every document of an index, or
    ``None`` (with no band keys) for a text too short to sign, which only takes part in the
    exact check. Hashes are signed 64-bit integers, band keys signed 32-bit ones. ``opening``
    holds the hashes of the shingles within the text's first words (uint32, sorted, distinct:
    33 for 37 words), ``sample`` the shingle sample (uint32, taken at ``sample_level``; empty
    when unsigned or when the config keeps none).
    """

    content_hash: int
    size: int
    signature: np.ndarray | None
    band_keys: Sequence[int]
    opening: np.ndarray = field(default_factory=lambda: np.empty(0, np.uint32))
    sample: np.ndarray = field(default_factory=lambda: np.empty(0, np.uint32))
    sample_level: int = 0


@dataclass(frozen=True, eq=False)
class Candidates:
    """Signed documents sharing a band key with a query, in indexing order."""

    ids: list[str]
    signatures: np.ndarray
    sizes: np.ndarray
    openings: list[np.ndarray]
    samples: list[np.ndarray]
    sample_levels: np.ndarray

    @classmethod
    def empty(cls, width: int = 0) -> Candidates:
        nothing = np.empty(0, dtype=np.int64)
        return cls([], np.empty((0, width), dtype=np.uint8), nothing, [], [], nothing)


class ConcurrentChange(RuntimeError):
    """Raised by :meth:`DedupIndex.add` of a shared index when another writer indexed a
    possible match between this check and its add: check again (nothing was added)."""


#: Candidates a lookup takes from one band key at most: the newest documents with it. Keys
#: of phrases common to many texts (a minimum hash landing on a stock phrase) gather ever
#: more documents as the index grows, and a lookup would verify them all; near copies share
#: many bands (about 8 of 32 at Jaccard 0.5), most of them rare keys.
BAND_CANDIDATES = 8


class DedupIndex(abc.ABC):
    """Storage of indexed documents. Adding a ``doc_id`` that is already indexed is a no-op."""

    @abc.abstractmethod
    def add(self, doc_id: str, entry: Entry) -> None:
        """Index one document."""

    @abc.abstractmethod
    def find_exact(self, content_hash: int) -> str | None:
        """Return the first indexed document with this content hash, if any."""

    @abc.abstractmethod
    def candidates(self, band_keys: Sequence[int]) -> Candidates:
        """Return the signed documents sharing at least one band key (of each key, the
        :data:`BAND_CANDIDATES` newest)."""

    @abc.abstractmethod
    def absorb(self, doc_id: str, values: np.ndarray) -> None:
        """Add to indexed ``doc_id``'s sample the ``values`` (a dropped copy's sample) at its
        sample level that it lacks, and count them as held by it (a no-op if not indexed)."""

    @abc.abstractmethod
    def shingle_counts(self, values: np.ndarray) -> np.ndarray:
        """For each sample value, how many indexed documents' samples hold it (int64)."""

    @abc.abstractmethod
    def __contains__(self, doc_id: object) -> bool:
        """Whether ``doc_id`` is indexed."""

    @abc.abstractmethod
    def __len__(self) -> int:
        """Return the number of indexed documents."""

    @abc.abstractmethod
    def stored_config(self) -> dict[str, Any] | None:
        """Return the config dict stored with the index, or ``None`` for a new index."""

    @abc.abstractmethod
    def store_config(self, config: dict[str, Any]) -> None:
        """Store the config dict with the index."""

    def close(self) -> None:  # noqa: B027 - optional hook, a no-op by default
        """Release resources held by the index."""


def value_bytes(values: np.ndarray) -> bytes:
    """Sample or opening values (uint32) as a backend stores them: little-endian."""
    return values.astype("<u4").tobytes()


def bytes_values(blob: bytes) -> np.ndarray:
    """:func:`value_bytes` back as uint32 values."""
    return np.frombuffer(blob, dtype="<u4").astype(np.uint32)


def joined_sample(sample: np.ndarray, level: int, values: np.ndarray) -> np.ndarray:
    """The ``values`` (distinct) at sample ``level`` that ``sample`` lacks (sorted)."""
    values = values[trailing_zeros(values) >= level]
    return np.setdiff1d(values, sample, assume_unique=True).astype(np.uint32)


def _merge_runs(
    first: tuple[np.ndarray, np.ndarray], second: tuple[np.ndarray, np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    """Two sorted runs of (distinct values, counts) as one."""
    values = np.concatenate([first[0], second[0]])
    counts = np.concatenate([first[1], second[1]])
    order = np.argsort(values, kind="stable")
    values, counts = values[order], counts[order]
    starts = np.flatnonzero(np.concatenate(([True], values[1:] != values[:-1])))
    if not len(values):
        return values, counts
    return values[starts], np.add.reduceat(counts, starts).astype(np.uint32)


class ShingleCounter:
    """How many documents hold each sample value, in RAM (about 8 bytes a distinct value):
    sorted runs of values and counts, each up to :attr:`FANOUT` times the size of the one
    before, the newest values waiting unsorted until :attr:`PENDING` of them are merged in."""

    PENDING = 8192
    FANOUT = 16

    def __init__(self) -> None:
        self._runs: list[tuple[np.ndarray, np.ndarray]] = []
        self._pending: list[np.ndarray] = []
        self._waiting = 0
        self._pending_run: tuple[np.ndarray, np.ndarray] | None = None

    def add(self, values: np.ndarray) -> None:
        """Count one more document holding each of ``values`` (distinct)."""
        self._pending.append(values)
        self._waiting += len(values)
        self._pending_run = None
        if self._waiting >= self.PENDING:
            run = self._newest()
            self._pending, self._waiting, self._pending_run = [], 0, None
            for level in range(len(self._runs) + 1):
                if level == len(self._runs):
                    self._runs.append(run)
                    break
                run = _merge_runs(self._runs[level], run)
                if len(run[0]) <= self.PENDING * self.FANOUT ** (level + 1):
                    self._runs[level] = run
                    break
                self._runs[level] = (run[0][:0], run[1][:0])

    def _newest(self) -> tuple[np.ndarray, np.ndarray]:
        if self._pending_run is None:
            values = np.concatenate(self._pending) if self._pending else np.empty(0, np.uint32)
            unique, counts = np.unique(values.astype(np.uint32), return_counts=True)
            self._pending_run = (unique, counts.astype(np.uint32))
        return self._pending_run

    def counts(self, values: np.ndarray) -> np.ndarray:
        """The count of each of ``values`` (int64)."""
        out = np.zeros(len(values), dtype=np.int64)
        for run_values, run_counts in [*self._runs, self._newest()]:
            if len(run_values):
                at = np.minimum(np.searchsorted(run_values, values), len(run_values) - 1)
                found = run_values[at] == values
                out[found] += run_counts[at[found]].astype(np.int64)
        return out


class MemoryIndex(DedupIndex):
    """Index in RAM, for tests and small one-shot runs: 4.7 KB (the labelled set) to 9.2 KB (10,000
    news-length documents) per indexed document, measured with ``tracemalloc`` (BENCHMARKS.md)."""

    def __init__(self) -> None:
        self._ids: list[str] = []
        self._rows: dict[str, int] = {}
        self._by_hash: dict[int, int] = {}
        self._bands: dict[int, int] = {}  # band key -> first row with it
        self._more: dict[int, list[int]] = {}  # band key -> further rows (rare)
        self._signatures = np.empty((0, 0), dtype=np.uint8)
        self._numbers = np.empty((0, 3), dtype=np.int64)  # signed?, size, sample level
        self._openings: list[np.ndarray] = []
        self._samples: list[np.ndarray] = []
        self._counts = ShingleCounter()
        self._config: dict[str, Any] | None = None

    def add(self, doc_id: str, entry: Entry) -> None:
        if doc_id in self._rows:
            return
        row = len(self._ids)
        signature = entry.signature
        width = 0 if signature is None else signature.size
        if row == len(self._numbers) or width > self._signatures.shape[1]:
            self._grow(width)
        self._ids.append(doc_id)
        self._rows[doc_id] = row
        self._by_hash.setdefault(entry.content_hash, row)
        self._numbers[row] = (signature is not None, entry.size, entry.sample_level)
        self._openings.append(entry.opening)
        self._samples.append(entry.sample)
        self._counts.add(entry.sample)
        if signature is not None:
            self._signatures[row] = signature
        bands = self._bands
        for key in entry.band_keys:
            if bands.setdefault(key, row) != row:
                self._more.setdefault(key, []).append(row)

    def _grow(self, width: int) -> None:
        capacity = len(self._numbers)
        if len(self._ids) == capacity:
            capacity = max(1024, 2 * capacity)
        old = self._signatures
        self._signatures = np.zeros((capacity, max(width, old.shape[1])), dtype=np.uint8)
        self._signatures[: old.shape[0], : old.shape[1]] = old
        numbers = np.zeros((capacity, 3), dtype=np.int64)
        numbers[: len(self._numbers)] = self._numbers
        self._numbers = numbers

    def find_exact(self, content_hash: int) -> str | None:
        row = self._by_hash.get(content_hash)
        return None if row is None else self._ids[row]

    def candidates(self, band_keys: Sequence[int]) -> Candidates:
        found: set[int] = set()
        for key in band_keys:
            more = self._more.get(key, ())
            if len(more) < BAND_CANDIDATES and (first := self._bands.get(key)) is not None:
                found.add(first)
            found.update(more[-BAND_CANDIDATES:])
        rows = np.array(sorted(found), dtype=np.int64)
        rows = rows[self._numbers[rows, 0] == 1]
        if not len(rows):
            return Candidates.empty(self._signatures.shape[1])
        numbers = self._numbers[rows]
        return Candidates(
            [self._ids[r] for r in rows],
            self._signatures[rows],
            numbers[:, 1],
            [self._openings[r] for r in rows],
            [self._samples[r] for r in rows],
            numbers[:, 2],
        )

    def absorb(self, doc_id: str, values: np.ndarray) -> None:
        row = self._rows.get(doc_id)
        if row is None:
            return
        new = joined_sample(self._samples[row], int(self._numbers[row, 2]), values)
        if len(new):
            self._samples[row] = np.sort(np.concatenate([self._samples[row], new]))
            self._counts.add(new)

    def shingle_counts(self, values: np.ndarray) -> np.ndarray:
        return self._counts.counts(values)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._rows

    def __len__(self) -> int:
        return len(self._ids)

    def stored_config(self) -> dict[str, Any] | None:
        return copy.deepcopy(self._config)

    def store_config(self, config: dict[str, Any]) -> None:
        self._config = copy.deepcopy(config)
