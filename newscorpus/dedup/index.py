"""The dedup index interface and the in-memory backend.

An index stores, per document: its content hash (for the exact check), its MinHash
signature and distinct-shingle count (for verification) and its LSH band keys (for the
candidate lookup). It knows nothing about texts or thresholds; :class:`Deduplicator` does.
"""

from __future__ import annotations

import abc
import copy
from collections import defaultdict
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

#: What :meth:`DedupIndex.get` returns: (signature or None for short texts, shingle count).
Entry = tuple[np.ndarray | None, int]


class DedupIndex(abc.ABC):
    """Storage of indexed documents. Backends: memory, SQLite, (later) Redis.

    ``content_hash`` is a 16-hex-digit string, band keys are signed 64-bit integers and
    signatures uint32 arrays. Adding a ``doc_id`` that is already indexed is a no-op.
    """

    @abc.abstractmethod
    def add(
        self,
        doc_id: str,
        content_hash: str,
        signature: np.ndarray | None,
        band_keys: Sequence[int],
        shingle_count: int,
    ) -> None:
        """Index one document."""

    @abc.abstractmethod
    def find_exact(self, content_hash: str) -> str | None:
        """Return the first indexed document with this content hash, if any."""

    @abc.abstractmethod
    def candidates(self, band_keys: Sequence[int]) -> set[str]:
        """Return the ids of documents sharing at least one band key."""

    @abc.abstractmethod
    def get(self, doc_id: str) -> Entry | None:
        """Return ``(signature, shingle_count)`` of a document, or ``None`` if not indexed."""

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

    def get_many(self, doc_ids: Iterable[str]) -> dict[str, Entry]:
        """Return ``{doc_id: (signature, shingle_count)}`` for the indexed ``doc_ids``."""
        found = {}
        for doc_id in doc_ids:
            entry = self.get(doc_id)
            if entry is not None:
                found[doc_id] = entry
        return found

    def __contains__(self, doc_id: object) -> bool:
        return isinstance(doc_id, str) and self.get(doc_id) is not None


class MemoryIndex(DedupIndex):
    """Dict-based index for tests and one-shot offline runs."""

    def __init__(self) -> None:
        self._docs: dict[str, Entry] = {}
        self._by_hash: dict[str, str] = {}
        self._bands: defaultdict[int, list[str]] = defaultdict(list)
        self._config: dict[str, Any] | None = None

    def add(
        self,
        doc_id: str,
        content_hash: str,
        signature: np.ndarray | None,
        band_keys: Sequence[int],
        shingle_count: int,
    ) -> None:
        if doc_id in self._docs:
            return
        self._docs[doc_id] = (signature, shingle_count)
        self._by_hash.setdefault(content_hash, doc_id)
        for key in band_keys:
            self._bands[key].append(doc_id)

    def find_exact(self, content_hash: str) -> str | None:
        return self._by_hash.get(content_hash)

    def candidates(self, band_keys: Sequence[int]) -> set[str]:
        found: set[str] = set()
        for key in band_keys:
            found.update(self._bands.get(key, ()))
        return found

    def get(self, doc_id: str) -> Entry | None:
        return self._docs.get(doc_id)

    def __len__(self) -> int:
        return len(self._docs)

    def stored_config(self) -> dict[str, Any] | None:
        return copy.deepcopy(self._config)

    def store_config(self, config: dict[str, Any]) -> None:
        self._config = copy.deepcopy(config)
