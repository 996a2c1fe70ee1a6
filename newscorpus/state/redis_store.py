"""Crawl state on a Redis server, shared by any number of workers (``NEWSCORPUS_REDIS_URL``).

The seen URLs and the dedup index (:class:`~newscorpus.dedup.redis_index.RedisIndex`) are
shared: a worker's change is seen by the others at once, so two workers never both keep a
story. Each worker writes its own corpus file; the state remembers each file's committed
length under ``<host>:<path>``.

Staged changes (:meth:`RedisStateStore.stage`) are journalled per worker in the same atomic
step as the change itself, and the journal is emptied by :meth:`RedisStateStore.commit`,
which the crawl calls once the records are fsync'd in its corpus file, together with the
acknowledgement of the requests they came from (:class:`~newscorpus.state.redis_lease.Lease`).
A worker that dies before that is reclaimed (:meth:`Lease.reclaim`): its journal undone, its
unfinished requests requeued, its corpus file cut back to the committed length, so the
records it had not committed are crawled again by another worker and kept exactly once.

Keys (prefix ``P``, ``NEWSCORPUS_REDIS_PREFIX``): ``P:seen`` (HASH url key -> record id),
``P:redirects`` (HASH url key -> the url key it redirected to; not journalled: a redirect
claims no record), ``P:outputs`` (HASH ``host:path`` -> committed length), ``P:idx:*`` (the
dedup index) and the lease keys of :mod:`newscorpus.state.redis_lease`.
"""

from __future__ import annotations

import json
import logging
from contextlib import contextmanager
from typing import TYPE_CHECKING

import redis

from newscorpus.dedup.redis_index import RedisIndex
from newscorpus.state.base import Fetch, StateStore
from newscorpus.state.redis_lease import Lease
from newscorpus.state.sqlite import url_key

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from newscorpus.corpusfile import Tail

logger = logging.getLogger(__name__)

#: ARGV: seen key, journal key ('' for none), record id, url keys. Sets each url key not set
#: yet (journalled as ``s <key> <id>``); returns those it set.
_MARK_LUA = """
local seen, journal, id = ARGV[1], ARGV[2], ARGV[3]
local set = {}
for i = 4, #ARGV do
  if redis.call('HSETNX', seen, ARGV[i], id) == 1 then
    set[#set + 1] = ARGV[i]
    if journal ~= '' then redis.call('RPUSH', journal, 's ' .. ARGV[i] .. ' ' .. id) end
  end
end
return set
"""


#: ARGV: seen key, redirects key, url keys. The record id of each url key, or of the url key
#: it redirected to; false (nil) where neither gave one. One round trip for a page's links.
_SEEN_LUA = """
local seen, redirects = ARGV[1], ARGV[2]
local found = {}
for i = 3, #ARGV do
  local id = redis.call('HGET', seen, ARGV[i])
  if not id then
    local target = redis.call('HGET', redirects, ARGV[i])
    if target then id = redis.call('HGET', seen, target) end
  end
  found[#found + 1] = id or false
end
return found
"""
#: url keys asked about in one script call at most (the script blocks the server meanwhile)
SEEN_BATCH = 500


def connect(url: str) -> redis.Redis:
    """A client for ``url`` (``redis://host:port/db``), checked with a PING; OSError if the
    server cannot be reached."""
    try:
        client = redis.Redis.from_url(url, socket_timeout=30, socket_connect_timeout=10)
        client.ping()
    except (redis.RedisError, ValueError) as exc:
        raise OSError(f"cannot reach Redis at {url}: {exc}") from exc
    return client


class RedisStateStore(StateStore):
    """State on the Redis server at ``url`` under ``prefix``; this process is one worker,
    with its own :class:`Lease` (heartbeat ``lease_seconds``)."""

    def __init__(self, url: str, prefix: str = "newscorpus", lease_seconds: float = 30.0) -> None:
        self.url = url
        self.client = connect(url)
        self.prefix = prefix
        self.seen_key = f"{prefix}:seen"
        self.redirects_key = f"{prefix}:redirects"
        self.outputs_key = f"{prefix}:outputs"
        self.fetches_key = f"{prefix}:fetches"
        self.lease = Lease(self.client, prefix, lease_seconds)
        self._index = RedisIndex(self.client, f"{prefix}:idx")
        self._index.on_add = self._added
        self._mark = self.client.register_script(_MARK_LUA)
        self._seen = self.client.register_script(_SEEN_LUA)
        self._journal = ""  # the lease's journal key once staging
        self._undo: list[tuple[str, ...]] | None = None  # this transaction's changes
        self._sizes: dict[str, int] = {}  # output lengths to keep on the next commit

    def output_key(self, path: str) -> str:
        """How the state names a corpus file: ``<host>:<absolute path>``."""
        return f"{self.lease.host}:{path}"

    def seen(self, url: str) -> str | None:
        return self.seen_many([url]).get(url)

    def seen_many(self, urls: Iterable[str]) -> dict[str, str]:
        keys: dict[str, list[str]] = {}
        for url in self._unique(urls):
            keys.setdefault(str(url_key(url)), []).append(url)
        found: dict[str, str] = {}
        batch = list(keys)
        for start in range(0, len(batch), SEEN_BATCH):
            chunk = batch[start : start + SEEN_BATCH]
            ids = self._seen(args=[self.seen_key, self.redirects_key, *chunk])
            for key, record_id in zip(chunk, ids, strict=True):
                if record_id is not None:
                    found.update((url, record_id.decode("utf-8")) for url in keys[key])
        return found

    def remember_redirects(self, sources: Iterable[str], target: str) -> None:
        target_key = str(url_key(target))
        mapping = {key: target_key for key in {str(url_key(u)) for u in sources}}
        mapping.pop(target_key, None)
        if mapping:
            self.client.hset(self.redirects_key, mapping=mapping)

    def mark_seen(self, urls: Iterable[str], record_id: str) -> None:
        keys = [str(url_key(url)) for url in urls]
        keys = list(dict.fromkeys(keys))
        done = self._mark(args=[self.seen_key, self._journal, record_id, *keys])
        if self._undo is not None:
            self._undo += [("s", key.decode("ascii"), record_id) for key in done]

    def last_fetch(self, url: str) -> Fetch | None:
        value = self.client.hget(self.fetches_key, str(url_key(url)))
        if value is None:
            return None
        data = json.loads(value)
        return Fetch(
            data["record_id"],
            data["version"],
            data["first_fetched"],
            data["last_fetched"],
            bytes.fromhex(data["fingerprint"]),
        )

    def record_fetch(self, urls: Iterable[str], fetch: Fetch) -> None:
        """Written at once, not journalled: a fetch outliving an undone record only tells a
        later revisit what was fetched, and the record's next fetch replaces it."""
        value = json.dumps(
            {
                "record_id": fetch.record_id,
                "version": fetch.version,
                "first_fetched": fetch.first_fetched,
                "last_fetched": fetch.last_fetched,
                "fingerprint": fetch.fingerprint.hex(),
            }
        )
        keys = dict.fromkeys(str(url_key(url)) for url in urls)
        self.client.hset(self.fetches_key, mapping=dict.fromkeys(keys, value))

    def _added(self, n: int) -> None:
        if self._undo is not None:
            self._undo.append(("d", str(n)))

    def dedup_index(self) -> RedisIndex:
        return self._index

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Changes are applied at once (the other workers must see them); on an exception,
        those made inside are undone."""
        if self._undo is not None:  # nested: part of the outer one
            yield
            return
        self._undo = []
        try:
            yield
        except BaseException:
            self.lease.undo([" ".join(change) for change in self._undo], self.seen_key)
            raise
        finally:
            self._undo = None

    def stage(self) -> None:
        self._journal = self._index.journal = self.lease.journal_key

    def commit(self) -> None:
        if self._journal:
            self.lease.commit(self.outputs_key, self._output_fields(self._sizes))
            self._sizes.clear()

    def _output_fields(self, sizes: dict[str, int]) -> dict[str, int]:
        return {self.output_key(path): size for path, size in sizes.items()}

    def output_size(self, path: str) -> int | None:
        size = self.client.hget(self.outputs_key, self.output_key(path))
        return None if size is None else int(size)

    def set_output_size(self, path: str, size: int) -> None:
        if self._journal:
            self._sizes[path] = size
        else:
            self.client.hset(self.outputs_key, self.output_key(path), size)

    def claim_outputs(self, paths: Iterable[str]) -> dict[str, Tail]:
        """Take the corpus files ``paths`` for this worker (see :meth:`Lease.claim`): an
        earlier worker that wrote one and died is reclaimed and the file cut back to its
        committed length. Returns what was cut from each file that had an uncommitted tail."""
        return self.lease.claim(list(paths), self.outputs_key, self.seen_key)

    def reclaim_dead(self) -> tuple[int, int]:
        """Reclaim dead workers (:meth:`Lease.reclaim_dead`): requests requeued, records cut."""
        return self.lease.reclaim_dead(self.outputs_key, self.seen_key)

    def seen_count(self) -> int:
        return int(self.client.hlen(self.seen_key))

    def close(self) -> None:
        """Leave the crawl: what is staged but not committed is undone and the requests not
        finished go back to the queue, for another worker."""
        self.lease.leave(self.outputs_key, self.seen_key)
        self.client.close()
