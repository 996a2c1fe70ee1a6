"""Redis backend of the dedup index, shared by every worker of a crawl, with an atomic
check-and-insert.

A check (:class:`~newscorpus.dedup.Deduplicator`) looks the text up (``__contains__``,
:meth:`RedisIndex.find_exact`, :meth:`RedisIndex.candidates`) and then adds it; two workers
checking near-copies at the same moment would both find nothing and both add. So the lookup
notes the index's sequence number, and :meth:`RedisIndex.add` is a Lua script (atomic on the
server) that refuses, with :class:`ConcurrentChange`, when a document indexed since then
shares the id, the content hash or a band key: the caller checks again and now sees it. Any
outcome is one a single worker could have produced in some order of arrival.

Keys (``prefix`` ``P``, all binary-safe)::

    P:seq            last document number n (INCR)
    P:config         the DedupConfig as JSON
    P:ids            HASH doc id -> n
    P:exact          HASH content hash (8 bytes) -> first n with it
    P:b:<band key>   SET of n (band key: 4 bytes)
    P:d:<n>          HASH id, v (hash, size, sample level, signature, opening, sample),
                     b (band keys)

Writes may be journalled: with :attr:`RedisIndex.journal` set (a list key), each add pushes
``d <n>``, so that :data:`UNDO_LUA`'s ``undo`` can take the document out again (a worker's
staged records, when it dies before they reach its corpus file).
"""

from __future__ import annotations

import json
import struct
from typing import TYPE_CHECKING, Any

import numpy as np

from newscorpus.dedup.index import (
    Candidates,
    ConcurrentChange,
    DedupIndex,
    Entry,
    bytes_values,
    joined_sample,
    value_bytes,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    import redis

#: Fixed part of a stored document: content hash, size, sample level, signature length,
#: opening length (the signature, the opening and the sample follow).
_HEAD = struct.Struct("<qiHHH")
_BAND = struct.Struct("<i")

#: Lua: ``remove_doc(P, n)`` takes document ``n`` out of the index (a no-op if it is gone),
#: ``undo(P, entry)`` reverses one journal entry (``d <n>``: a document; ``s <key> <id>``: a
#: seen URL, see :mod:`newscorpus.state.redis_store`), in either case only what is still
#: the one this writer put there.
UNDO_LUA = """
local function remove_doc(P, n)
  local d = P .. ':d:' .. n
  local f = redis.call('HMGET', d, 'id', 'v', 'b')
  if not f[1] then return 0 end
  if redis.call('HGET', P .. ':ids', f[1]) == n then redis.call('HDEL', P .. ':ids', f[1]) end
  local h = string.sub(f[2], 1, 8)
  if redis.call('HGET', P .. ':exact', h) == n then redis.call('HDEL', P .. ':exact', h) end
  for i = 1, #f[3], 4 do redis.call('SREM', P .. ':b:' .. string.sub(f[3], i, i + 3), n) end
  redis.call('DEL', d)
  return 1
end
local function undo(P, seen, entry)
  local kind, a, b = string.match(entry, '^(%S+) (%S+) ?(.*)$')
  if kind == 'd' then return remove_doc(P, a) end
  if kind == 's' and redis.call('HGET', seen, a) == b then return redis.call('HDEL', seen, a) end
  return 0
end
"""

#: KEYS: none (one server); ARGV: prefix, id, content hash, value, band keys, snapshot (-1:
#: unconditional), journal key ('' for none). Returns n, 0 (id already indexed, unconditional
#: add) or -1 (a possible match was indexed after the snapshot).
_ADD_LUA = """
local P, id, h, v, bands, snap, journal = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5],
  tonumber(ARGV[6]), ARGV[7]
if redis.call('HEXISTS', P .. ':ids', id) == 1 then
  if snap >= 0 then return -1 end
  return 0
end
if snap >= 0 then
  local first = redis.call('HGET', P .. ':exact', h)
  if first and tonumber(first) > snap then return -1 end
  for i = 1, #bands, 4 do
    for _, m in ipairs(redis.call('SMEMBERS', P .. ':b:' .. string.sub(bands, i, i + 3))) do
      if tonumber(m) > snap then return -1 end
    end
  end
end
local n = redis.call('INCR', P .. ':seq')
redis.call('HSET', P .. ':ids', id, n)
redis.call('HSETNX', P .. ':exact', h, n)
redis.call('HSET', P .. ':d:' .. n, 'id', id, 'v', v, 'b', bands)
for i = 1, #bands, 4 do redis.call('SADD', P .. ':b:' .. string.sub(bands, i, i + 3), n) end
if journal ~= '' then redis.call('RPUSH', journal, 'd ' .. n) end
return n
"""

#: ARGV: prefix, band keys. Returns n, id, v for each signed document sharing one, by n.
_CANDIDATES_LUA = """
local P, bands = ARGV[1], ARGV[2]
local keys = {}
for i = 1, #bands, 4 do keys[#keys + 1] = P .. ':b:' .. string.sub(bands, i, i + 3) end
local found = redis.call('SUNION', unpack(keys))
local rows = {}
for _, n in ipairs(found) do rows[#rows + 1] = tonumber(n) end
table.sort(rows)
local out = {}
for _, n in ipairs(rows) do
  local f = redis.call('HMGET', P .. ':d:' .. n, 'id', 'v')
  if f[1] then out[#out + 1] = f[1]; out[#out + 1] = f[2] end
end
return out
"""

#: ARGV: prefix, n. Removes one document (for :meth:`RedisIndex.remove`).
_REMOVE_LUA = UNDO_LUA + "return remove_doc(ARGV[1], ARGV[2])"


def _hash_bytes(value: int) -> bytes:
    return struct.pack("<q", value)


class RedisIndex(DedupIndex):
    """Dedup index on a Redis server, under the key prefix ``prefix``.

    Every call is one round trip: ``__contains__`` (HEXISTS), :meth:`find_exact` (with the
    snapshot), :meth:`candidates` and :meth:`add` (Lua scripts). ``add`` after a lookup of the
    same content hash is conditional (see the module doc); ``add`` without one, or a second
    ``add`` of that text, indexes unconditionally. :attr:`on_add` (if set) hears of each
    document added, by number, for a caller's undo.
    """

    def __init__(self, client: redis.Redis, prefix: str) -> None:
        self.client = client
        self.prefix = prefix
        self.journal = ""  # list key of the writer's journal ('' : none)
        self.on_add: Callable[[int], None] | None = None
        self._snapshot: tuple[int, int] | None = None  # (content hash, seq) of the last lookup
        self._add = client.register_script(_ADD_LUA)
        self._candidates = client.register_script(_CANDIDATES_LUA)
        self._remove = client.register_script(_REMOVE_LUA)

    def _key(self, name: str) -> str:
        return f"{self.prefix}:{name}"

    def add(self, doc_id: str, entry: Entry) -> None:
        snapshot = -1
        if self._snapshot is not None and self._snapshot[0] == entry.content_hash:
            snapshot = self._snapshot[1]
        self._snapshot = None
        signature = b"" if entry.signature is None else entry.signature.tobytes()
        head = _HEAD.pack(
            entry.content_hash, entry.size, entry.sample_level, len(signature), len(entry.opening)
        )
        value = head + signature + value_bytes(entry.opening) + value_bytes(entry.sample)
        bands = b"".join(_BAND.pack(key) for key in entry.band_keys)
        args = [self.prefix, doc_id, _hash_bytes(entry.content_hash), value, bands, snapshot]
        n = int(self._add(args=[*args, self.journal]))
        if n < 0:
            raise ConcurrentChange(f"dedup index: a possible match of {doc_id} was just indexed")
        if n and self.on_add is not None:
            self.on_add(n)
        if n > 0:
            self._count(entry.sample)

    def _count(self, values: np.ndarray) -> None:
        """How many kept documents hold each sample value (common shingles are furniture); an
        undone add leaves its counts: they only make shared text a little commoner."""
        if not len(values):
            return
        pipe = self.client.pipeline(transaction=False)
        for value in np.unique(values.astype(np.uint32)).tolist():
            pipe.hincrby(self._key("counts"), value, 1)
        pipe.execute()

    def absorb(self, doc_id: str, values: np.ndarray) -> None:
        """Read, join and write back (not atomic: of two workers absorbing into one document
        at once, one's values may be lost, which leaves that sample as it was)."""
        n = self.client.hget(self._key("ids"), doc_id)
        value = None if n is None else self.client.hget(self._key(f"d:{int(n)}"), "v")
        if value is None:
            return
        _, _, level, width, opening = _HEAD.unpack_from(value)
        start = _HEAD.size + width + 4 * opening
        sample = bytes_values(value[start:])
        new = joined_sample(sample, level, values)
        if len(new):
            joined = value_bytes(np.sort(np.concatenate([sample, new])))
            self.client.hset(self._key(f"d:{int(n)}"), "v", value[:start] + joined)
            self._count(new)

    def shingle_counts(self, values: np.ndarray) -> np.ndarray:
        if not len(values):
            return np.zeros(0, dtype=np.int64)
        found = self.client.hmget(self._key("counts"), [int(v) for v in values.tolist()])
        return np.array([int(c) if c is not None else 0 for c in found], dtype=np.int64)

    def remove(self, n: int) -> None:
        """Take document number ``n`` out of the index (undo of an add)."""
        self._remove(args=[self.prefix, n])

    def find_exact(self, content_hash: int) -> str | None:
        pipe = self.client.pipeline(transaction=True)
        pipe.hget(self._key("exact"), _hash_bytes(content_hash))
        pipe.get(self._key("seq"))
        first, seq = pipe.execute()
        self._snapshot = (content_hash, int(seq or 0))
        if first is None:
            return None
        doc_id = self.client.hget(self._key(f"d:{int(first)}"), "id")
        return None if doc_id is None else doc_id.decode("utf-8")

    def candidates(self, band_keys: Sequence[int]) -> Candidates:
        if not band_keys:
            return Candidates.empty()
        bands = b"".join(_BAND.pack(key) for key in band_keys)
        found = self._candidates(args=[self.prefix, bands])
        ids, sizes, levels, signatures, openings, samples = [], [], [], [], [], []
        for doc_id, value in zip(found[::2], found[1::2], strict=True):
            _, size, level, width, opening = _HEAD.unpack_from(value)
            if not width:
                continue  # unsigned: takes part in the exact check only
            ids.append(doc_id.decode("utf-8"))
            sizes.append(size)
            levels.append(level)
            start = _HEAD.size + width
            signatures.append(value[_HEAD.size : start])
            openings.append(bytes_values(value[start : start + 4 * opening]))
            samples.append(bytes_values(value[start + 4 * opening :]))
        if not ids:
            return Candidates.empty()
        return Candidates(
            ids,
            np.frombuffer(b"".join(signatures), dtype=np.uint8).reshape(len(ids), -1),
            np.array(sizes, np.int64),
            openings,
            samples,
            np.array(levels, np.int64),
        )

    def __contains__(self, doc_id: object) -> bool:
        return bool(self.client.hexists(self._key("ids"), str(doc_id)))

    def __len__(self) -> int:
        return int(self.client.hlen(self._key("ids")))

    def stored_config(self) -> dict[str, Any] | None:
        value = self.client.get(self._key("config"))
        return None if value is None else json.loads(value)

    def store_config(self, config: dict[str, Any]) -> None:
        """Store the config unless another worker just did (the first one counts)."""
        self.client.set(self._key("config"), json.dumps(config, sort_keys=True), nx=True)
