"""The interface of crawl state backends."""

from __future__ import annotations

import abc
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from contextlib import AbstractContextManager

    from newscorpus.corpusfile import Tail
    from newscorpus.dedup import DedupIndex


@dataclass(frozen=True, slots=True)
class Fetch:
    """What the crawl last emitted for an article URL: the record id of its latest version,
    that version's number and text fingerprint (:func:`newscorpus.versions.fingerprint`),
    when the first version was fetched and when the URL was last fetched (UNIX times)."""

    record_id: str
    version: int
    first_fetched: float
    last_fetched: float
    fingerprint: bytes


class StateStore(abc.ABC):
    """URLs already handled (emitted or dropped as duplicates), what was fetched at the URLs
    of emitted records (for revisits), the dedup index and the length of each corpus file,
    changed together in one transaction per record so that they always agree."""

    @abc.abstractmethod
    def seen(self, url: str) -> str | None:
        """The id of the record that ``url`` (canonicalized), or the URL it redirected to,
        gave; None if neither was handled."""

    def seen_many(self, urls: Iterable[str]) -> dict[str, str]:
        """:meth:`seen` for many URLs at once: ``{url: record id}`` of those handled before.
        Backends answer it in as few lookups as they can (one query, one round trip)."""
        return {url: record for url in self._unique(urls) if (record := self.seen(url))}

    @abc.abstractmethod
    def mark_seen(self, urls: Iterable[str], record_id: str) -> None:
        """Remember that ``urls`` gave the record ``record_id`` (emitted or duplicate)."""

    @abc.abstractmethod
    def last_fetch(self, url: str) -> Fetch | None:
        """What was last emitted for ``url`` (canonicalized), or None: never emitted (new, or
        only ever a duplicate), or emitted before the store kept fetches."""

    @abc.abstractmethod
    def record_fetch(self, urls: Iterable[str], fetch: Fetch) -> None:
        """Remember ``fetch`` as the latest of ``urls``, replacing what was there."""

    def remember_redirects(self, sources: Iterable[str], target: str) -> None:  # noqa: B027
        """Remember that ``sources`` redirected to ``target``: from now on :meth:`seen` of a
        source answers what it answers for ``target`` (the redirect itself claims no record,
        so it may be kept before the record of ``target`` is). A store that keeps no
        redirects (this default) has redirecting links fetched again each run."""

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

    def claim_outputs(self, paths: Iterable[str]) -> dict[str, Tail]:
        """Take the corpus files ``paths`` for this writer before recovery; a shared store
        cuts what a dead writer left uncommitted in them (returned by path). The embedded
        store has one writer, its lock held already: nothing to do."""
        return {}

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
