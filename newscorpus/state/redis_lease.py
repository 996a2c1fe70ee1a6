"""A worker's lease on its share of a Redis crawl: reliable hand-off of requests.

scrapy-redis pops a request off the shared queue; a worker killed then loses it. Here a pop
moves the request, in one Lua step, into the worker's in-flight hash; the crawl acknowledges
(removes) it only in the commit that follows the fsync of the records it gave. Each worker
keeps a heartbeat key that expires ``lease_seconds`` after its last beat. A worker whose
heartbeat expired (or, on the same host, whose process is gone) is *reclaimed* by any other
worker, in one Lua step: its journal of uncommitted state changes is undone, its in-flight
requests go back to the queue, and it is struck off; its corpus file, when it is on this host
and no process holds its lock, is cut back to the committed length. Nothing it took is lost,
nothing it had not committed stays counted.

Keys (prefix ``P``): ``P:workers`` (HASH worker -> JSON host, pid, files),
``P:alive:<worker>`` (heartbeat, with a TTL), ``P:journal:<worker>`` (LIST of undo entries),
``P:inflight:<worker>`` (HASH token -> ``<queue> <score>\\n<request>``), ``P:tokens``,
``P:owners`` (HASH ``host:path`` -> the worker writing that corpus file).
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import socket
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from newscorpus import corpusfile
from newscorpus.dedup.redis_index import UNDO_LUA
from newscorpus.state.lock import StateInUse, StateLock

if TYPE_CHECKING:
    from collections.abc import Callable

    import redis

logger = logging.getLogger(__name__)

#: ARGV: queue key, in-flight key, tokens key. Moves the first request of the queue into the
#: in-flight hash; returns (token, request) or nil.
_POP_LUA = """
local r = redis.call('ZRANGE', ARGV[1], 0, 0, 'WITHSCORES')
if #r == 0 then return false end
redis.call('ZREM', ARGV[1], r[1])
local t = tostring(redis.call('INCR', ARGV[3]))
redis.call('HSET', ARGV[2], t, ARGV[1] .. ' ' .. r[2] .. '\\n' .. r[1])
return {t, r[1]}
"""

#: ARGV: prefix, worker, seen key, force ('1': even with a live heartbeat, or struck off
#: already: a worker leaving after it lost its lease undoes what it staged since). Undoes the
#: worker's journal (newest first), requeues its in-flight requests, strikes it off. Returns
#: the number requeued, -1 (heartbeat alive) or -2 (not registered).
_RECLAIM_LUA = (
    UNDO_LUA
    + """
local P, w, seen, force = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
if force ~= '1' then
  if redis.call('HEXISTS', P .. ':workers', w) == 0 then return -2 end
  if redis.call('EXISTS', P .. ':alive:' .. w) == 1 then return -1 end
end
local j, f = P .. ':journal:' .. w, P .. ':inflight:' .. w
local entries = redis.call('LRANGE', j, 0, -1)
for i = #entries, 1, -1 do undo(P .. ':idx', seen, entries[i]) end
local items = redis.call('HGETALL', f)
local n = 0
for i = 2, #items, 2 do
  local v = items[i]
  local nl = string.find(v, '\\n', 1, true)
  local q, s = string.match(string.sub(v, 1, nl - 1), '^(%S+) (%S+)$')
  redis.call('ZADD', q, s, string.sub(v, nl + 1))
  n = n + 1
end
redis.call('DEL', j, f, P .. ':alive:' .. w)
redis.call('HDEL', P .. ':workers', w)
return n
"""
)

#: ARGV: prefix, worker, seen key, then undo entries. Undoes them (newest first).
_UNDO_LUA = (
    UNDO_LUA
    + """
for i = #ARGV, 4, -1 do undo(ARGV[1] .. ':idx', ARGV[3], ARGV[i]) end
return 0
"""
)

#: ARGV: prefix, worker, outputs key, number of output fields n, n (field, size) pairs, then
#: the tokens acknowledged. Keeps the sizes, empties the journal, drops the tokens; returns 0
#: (and changes nothing) if the worker was reclaimed meanwhile.
_COMMIT_LUA = """
local P, w, outputs, n = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4])
if redis.call('HEXISTS', P .. ':workers', w) == 0 then return 0 end
for i = 5, 4 + 2 * n, 2 do redis.call('HSET', outputs, ARGV[i], ARGV[i + 1]) end
redis.call('DEL', P .. ':journal:' .. w)
for i = 5 + 2 * n, #ARGV do redis.call('HDEL', P .. ':inflight:' .. w, ARGV[i]) end
return 1
"""


class LeaseLost(RuntimeError):
    """This worker was reclaimed by another (its heartbeat expired): what it staged since its
    last commit was undone and its requests requeued."""


class Lease:
    """This process's membership of a Redis crawl (see the module doc)."""

    def __init__(self, client: redis.Redis, prefix: str, lease_seconds: float = 30.0) -> None:
        self.client = client
        self.prefix = prefix
        self.lease_ms = max(1, round(lease_seconds * 1000))
        self.host = socket.gethostname()
        self.worker = f"{self.host}:{os.getpid()}:{secrets.token_hex(3)}"
        self.journal_key = self._key(f"journal:{self.worker}")
        self.inflight_key = self._key(f"inflight:{self.worker}")
        self.files: list[str] = []
        #: Tokens of the requests finished since the last commit (set by the scheduler).
        self.finished: Callable[[], list[str]] | None = None
        self._locks: list[StateLock] = []
        self._pop = client.register_script(_POP_LUA)
        self._reclaim = client.register_script(_RECLAIM_LUA)
        self._undo = client.register_script(_UNDO_LUA)
        self._commit = client.register_script(_COMMIT_LUA)
        #: Set when the heartbeat found this worker reclaimed: it must stop.
        self.lost: LeaseLost | None = None
        self._stop = threading.Event()
        self.beat()
        # A thread, not the reactor: loading models or a long page must not look like death.
        self._heart = threading.Thread(target=self._beat_on, name="newscorpus-lease", daemon=True)
        self._heart.start()

    def stop_heartbeat(self) -> None:
        """Stop renewing the heartbeat: the lease expires ``lease_seconds`` later."""
        self._stop.set()
        self._heart.join()

    def _beat_on(self) -> None:
        while not self._stop.wait(self.lease_ms / 3000):
            try:
                self.beat()
            except LeaseLost as exc:
                self.lost = exc
                return
            except Exception:  # a server hiccup: the next beat tries again
                logger.warning("Heartbeat to Redis failed; retrying", exc_info=True)

    def _key(self, name: str) -> str:
        return f"{self.prefix}:{name}"

    def beat(self) -> None:
        """Renew the heartbeat (and the registration); :class:`LeaseLost` if this worker was
        reclaimed since the last beat."""
        pipe = self.client.pipeline(transaction=True)
        pipe.hexists(self._key("workers"), self.worker)
        pipe.hset(self._key("workers"), self.worker, self._description())
        pipe.set(self._key(f"alive:{self.worker}"), b"1", px=self.lease_ms)
        registered, *_ = pipe.execute()
        if not registered and getattr(self, "_registered", False):
            self.client.hdel(self._key("workers"), self.worker)
            raise LeaseLost(f"worker {self.worker} was reclaimed: its heartbeat had expired")
        self._registered = True

    def _description(self) -> str:
        return json.dumps({"host": self.host, "pid": os.getpid(), "files": self.files})

    def pop(self, queue_key: str) -> tuple[str, bytes] | None:
        """Take the first request of ``queue_key`` into this worker's in-flight hash."""
        found = self._pop(args=[queue_key, self.inflight_key, self._key("tokens")])
        return None if not found else (found[0].decode("ascii"), found[1])

    def in_flight(self) -> int:
        """Requests other workers hold and have not finished (they may yet add more)."""
        workers = [w.decode() for w in self.client.hkeys(self._key("workers"))]
        pipe = self.client.pipeline(transaction=False)
        for worker in workers:
            if worker != self.worker:
                pipe.hlen(self._key(f"inflight:{worker}"))
        return sum(pipe.execute())

    def commit(self, outputs_key: str, sizes: dict[str, int]) -> None:
        """Keep the staged changes with the corpus lengths ``sizes`` and acknowledge the
        requests finished since the last commit, in one step."""
        tokens = self.finished() if self.finished is not None else []
        fields = [x for field_size in sizes.items() for x in field_size]
        args = [self.prefix, self.worker, outputs_key, len(sizes), *fields, *tokens]
        if not self._commit(args=args):
            raise LeaseLost(f"worker {self.worker} was reclaimed: its heartbeat had expired")

    def undo(self, entries: list[str], seen_key: str) -> None:
        """Undo journal entries of this worker (a failed transaction)."""
        if entries:
            self._undo(args=[self.prefix, self.worker, seen_key, *entries])

    def claim(
        self, paths: list[str], outputs_key: str, seen_key: str
    ) -> dict[str, corpusfile.Tail]:
        """Lock each corpus file (``<path>.lock``) for this worker, reclaim the worker that
        wrote it before (it is dead: the lock was free) and cut the file back to its
        committed length. StateInUse if another process on this host writes to one."""
        cuts = {}
        for path in paths:
            lock_dir = Path(path).parent
            lock_dir.mkdir(parents=True, exist_ok=True)
            try:
                self._locks.append(StateLock(lock_dir, Path(path).name + ".lock"))
            except StateInUse:
                raise StateInUse(
                    f"corpus file {path} is written by another worker on this host; "
                    "give each worker its own -o FILE"
                ) from None
            field = f"{self.host}:{path}"
            before = self.client.hget(self._key("owners"), field)
            if before is not None and before.decode() != self.worker:
                self._reclaim_worker(before.decode(), seen_key, force=True)
            self.client.hset(self._key("owners"), field, self.worker)
            cut = _cut_to(Path(path), self.client.hget(outputs_key, field))
            if cut is not None:
                cuts[path] = cut
        self.files = list(paths)
        self.beat()
        return cuts

    def reclaim_dead(self, outputs_key: str, seen_key: str) -> tuple[int, int]:
        """Reclaim every other worker whose heartbeat expired, or whose process on this host
        is gone; returns the requests requeued and the uncommitted records cut."""
        requeued = cut = 0
        for worker, value in self.client.hgetall(self._key("workers")).items():
            name = worker.decode()
            if name == self.worker:
                continue
            about = json.loads(value)
            gone = about.get("host") == self.host and not _process_exists(about.get("pid"))
            count = self._reclaim_worker(name, seen_key, force=gone)
            if count >= 0:
                requeued += count
                cut += self._cut_files(about, outputs_key)
        return requeued, cut

    def _reclaim_worker(self, worker: str, seen_key: str, *, force: bool) -> int:
        count = int(self._reclaim(args=[self.prefix, worker, seen_key, "1" if force else "0"]))
        if count >= 0:
            logger.warning(
                "Reclaimed worker %s: %d unfinished requests requeued, its uncommitted "
                "records undone",
                worker,
                count,
            )
        return count

    def _cut_files(self, about: dict, outputs_key: str) -> int:
        """Cut a reclaimed worker's corpus files on this host back to their committed
        length, each while holding its lock (skipped if a new worker holds it); returns the
        records cut."""
        cut = 0
        if about.get("host") != self.host:
            return cut
        for path in about.get("files", []):
            try:
                lock = StateLock(Path(path).parent, Path(path).name + ".lock")
            except (StateInUse, OSError):
                continue
            try:
                tail = _cut_to(Path(path), self.client.hget(outputs_key, f"{self.host}:{path}"))
                cut += 0 if tail is None else len(tail.records)
            finally:
                lock.release()
        return cut

    def leave(self, outputs_key: str, seen_key: str) -> None:
        """Leave the crawl: undo what is not committed, requeue what is not finished."""
        self.stop_heartbeat()
        self._reclaim_worker_quietly(seen_key)
        for path in self.files:
            self.client.hdel(self._key("owners"), f"{self.host}:{path}")
            _cut_to(Path(path), self.client.hget(outputs_key, f"{self.host}:{path}"))
        for lock in self._locks:
            lock.release()
        self._locks.clear()

    def _reclaim_worker_quietly(self, seen_key: str) -> None:
        count = int(self._reclaim(args=[self.prefix, self.worker, seen_key, "1"]))
        if count > 0:
            logger.warning("Leaving the crawl: %d unfinished requests requeued", count)


def _process_exists(pid: object) -> bool:
    if not isinstance(pid, int):
        return True  # unknown: wait for the heartbeat to expire
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _cut_to(path: Path, committed: bytes | None) -> corpusfile.Tail | None:
    """Cut ``path`` back to the committed length; what was cut (None if nothing)."""
    if committed is None or not path.is_file():
        return None
    size, keep = path.stat().st_size, int(committed)
    if size <= keep:
        return None
    tail = corpusfile.read_tail(path, keep)
    corpusfile.cut(path, keep)
    logger.warning(
        "Corpus file %s: %d records and %d torn lines past its committed length cut (their "
        "state was undone: the crawl fetches them again)",
        path,
        len(tail.records),
        tail.torn,
    )
    return tail
