"""The interface of crawl state backends."""

from __future__ import annotations

import abc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from contextlib import AbstractContextManager

    from newscorpus.dedup import DedupIndex


class StateStore(abc.ABC):
    """URLs already handled (emitted or dropped as duplicates), the dedup index and the length
    of each corpus file, changed together in one transaction per record so that they always
    agree with each other."""

    @abc.abstractmethod
    def seen(self, url: str) -> str | None:
        """The id of the record that ``url`` (canonicalized), or the URL it redirected to,
        gave; None if neither was handled."""

    @abc.abstractmethod
    def mark_seen(self, urls: Iterable[str], record_id: str) -> None:
        """Remember that ``urls`` gave the record ``record_id`` (emitted or duplicate)."""

    @abc.abstractmethod
    def remember_redirects(self, sources: Iterable[str], target: str) -> None:
        """Remember that ``sources`` redirected to ``target``: from now on :meth:`seen` of a
        source answers what it answers for ``target`` (the redirect itself claims no record,
        so it may be kept before the record of ``target`` is)."""

    @abc.abstractmethod
    def dedup_index(self) -> DedupIndex:
        """The near-duplicate index kept in this store."""

    @abc.abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """Group changes: all of them are kept, or none (on an exception)."""

    @abc.abstractmethod
    def stage(self) -> None:
        """From now on, keep changes staged until :meth:`commit`: a crash (or :meth:`close`)
        before it forgets them. The crawl stages what it marks done and commits only once the
        records are durably in its output."""

    @abc.abstractmethod
    def commit(self) -> None:
        """Keep everything staged so far (a no-op unless :meth:`stage` was called)."""

    @abc.abstractmethod
    def output_size(self, path: str) -> int | None:
        """The length of the corpus file ``path`` when the state was last committed."""

    @abc.abstractmethod
    def set_output_size(self, path: str, size: int) -> None:
        """Remember that the corpus file ``path`` is ``size`` bytes long (kept on commit)."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release the store; pending changes outside a transaction are kept."""

    def seen_count(self) -> int:
        """How many URLs the store remembers (for reports)."""
        return 0

    def __enter__(self) -> StateStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @staticmethod
    def _unique(urls: Iterable[str]) -> Iterator[str]:
        yield from dict.fromkeys(urls)
