"""SQLite backend of the dedup index, sharing the crawl's connection and transaction."""

from __future__ import annotations

import json
import logging
import re
from typing import TYPE_CHECKING, Any

import numpy as np

from newscorpus.dedup.index import (
    BAND_CANDIDATES,
    Candidates,
    DedupIndex,
    Entry,
    ShingleCounter,
    bytes_values,
    joined_sample,
    value_bytes,
)

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Sequence

logger = logging.getLogger(__name__)

_PREFIX = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_CHUNK = 500  # band keys per lookup: bound parameters, well below SQLite's limit
_CONFIG_KEY = "config"


class SqliteIndex(DedupIndex):
    """Dedup index in an open :class:`sqlite3.Connection` owned by the caller.

    The index never commits or rolls back: the caller commits it together with the rest of
    its state (one transaction per record during a crawl). ``close()`` leaves the connection
    open. Tables (``prefix`` defaults to ``dedup_``)::

        meta(key TEXT PRIMARY KEY, value TEXT)            -- the DedupConfig as JSON
        docs(n INTEGER PRIMARY KEY, id TEXT UNIQUE,       -- n: compact reference for bands
             content_hash INTEGER, size INTEGER, signature BLOB, opening BLOB,
             sample_level INTEGER, sample BLOB)
        bands(key INTEGER, doc INTEGER, PRIMARY KEY (key, doc)) WITHOUT ROWID
        shingles(value INTEGER PRIMARY KEY, docs INTEGER) WITHOUT ROWID -- documents holding
                                                          -- each sampled shingle

    plus an index on ``docs(content_hash)``. Hashes are 8-byte integers, band keys 4-byte
    ones, signatures the stored bytes (NULL for short texts), openings and samples their uint32
    values (little-endian): about 800 bytes per document, 132 for its opening (33 shingles)
    plus 4 per sampled shingle and ~10 per distinct sampled shingle counted. A candidate
    lookup is one query (the newest :data:`BAND_CANDIDATES` of each band key, read backwards
    along the primary key); nothing is held in memory beyond SQLite's page cache, unless
    ``counts_in_memory`` (a throw-away index: the counts in RAM, not stored, ~8 bytes a
    distinct value).
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        *,
        prefix: str = "dedup_",
        create: bool = True,
        counts_in_memory: bool = False,
    ) -> None:
        if not _PREFIX.match(prefix):
            raise ValueError(f"invalid table prefix {prefix!r}")
        self._conn = conn
        self._meta = f"{prefix}meta"
        self._docs = f"{prefix}docs"
        self._bands = f"{prefix}bands"
        self._shingles = f"{prefix}shingles"
        self._counter = ShingleCounter() if counts_in_memory else None
        if create:
            self.create_schema(conn, prefix=prefix)

    @staticmethod
    def create_schema(conn: sqlite3.Connection, *, prefix: str = "dedup_") -> None:
        """Create the tables if missing (part of the caller's transaction, if one is open)."""
        if not _PREFIX.match(prefix):
            raise ValueError(f"invalid table prefix {prefix!r}")
        statements = (
            f"CREATE TABLE IF NOT EXISTS {prefix}meta"
            " (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
            f"CREATE TABLE IF NOT EXISTS {prefix}docs (n INTEGER PRIMARY KEY,"
            " id TEXT NOT NULL UNIQUE, content_hash INTEGER NOT NULL, size INTEGER NOT NULL,"
            " signature BLOB, opening BLOB NOT NULL, sample_level INTEGER NOT NULL,"
            " sample BLOB NOT NULL)",
            f"CREATE INDEX IF NOT EXISTS {prefix}docs_content_hash ON {prefix}docs (content_hash)",
            f"CREATE TABLE IF NOT EXISTS {prefix}bands (key INTEGER NOT NULL,"
            " doc INTEGER NOT NULL, PRIMARY KEY (key, doc)) WITHOUT ROWID",
            f"CREATE TABLE IF NOT EXISTS {prefix}shingles (value INTEGER PRIMARY KEY,"
            " docs INTEGER NOT NULL) WITHOUT ROWID",
        )
        for statement in statements:  # not executescript(): that would COMMIT first
            conn.execute(statement)

    def add(self, doc_id: str, entry: Entry) -> None:
        blob = None if entry.signature is None else entry.signature.tobytes()
        cursor = self._conn.execute(
            f"INSERT OR IGNORE INTO {self._docs}"
            " (id, content_hash, size, signature, opening, sample_level, sample)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                doc_id,
                entry.content_hash,
                entry.size,
                blob,
                value_bytes(entry.opening),
                entry.sample_level,
                value_bytes(entry.sample),
            ),
        )
        if cursor.rowcount == 0:
            logger.debug("dedup index already has %s", doc_id)
            return
        row = cursor.lastrowid
        self._conn.executemany(
            f"INSERT OR IGNORE INTO {self._bands} (key, doc) VALUES (?, ?)",
            [(key, row) for key in entry.band_keys],
        )
        self._count(entry.sample)

    def _count(self, values: np.ndarray) -> None:
        """One more document holds each of ``values``."""
        if self._counter is not None:
            self._counter.add(values)
        elif len(values):
            self._conn.executemany(
                f"INSERT INTO {self._shingles} (value, docs) VALUES (?, 1)"
                " ON CONFLICT (value) DO UPDATE SET docs = docs + 1",
                [(value,) for value in values.tolist()],
            )

    def absorb(self, doc_id: str, values: np.ndarray) -> None:
        row = self._conn.execute(
            f"SELECT n, sample_level, sample FROM {self._docs} WHERE id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            return
        sample = bytes_values(row[2])
        new = joined_sample(sample, row[1], values)
        if len(new):
            joined = value_bytes(np.sort(np.concatenate([sample, new])))
            self._conn.execute(f"UPDATE {self._docs} SET sample = ? WHERE n = ?", (joined, row[0]))
            self._count(new)

    def find_exact(self, content_hash: int) -> str | None:
        row = self._conn.execute(
            f"SELECT id FROM {self._docs} WHERE content_hash = ? ORDER BY n LIMIT 1",
            (content_hash,),
        ).fetchone()
        return row[0] if row else None

    def candidates(self, band_keys: Sequence[int]) -> Candidates:
        keys = list(band_keys)
        if not keys or len(keys) > _CHUNK:
            raise ValueError(f"between 1 and {_CHUNK} band keys per lookup, got {len(keys)}")
        newest = " UNION ALL ".join(
            f"SELECT doc FROM (SELECT doc FROM {self._bands} WHERE key = ?"
            f" ORDER BY doc DESC LIMIT {BAND_CANDIDATES})"
            for _ in keys
        )
        rows = self._conn.execute(
            f"SELECT id, signature, size, opening, sample_level, sample FROM {self._docs}"
            f" WHERE n IN ({newest}) AND signature IS NOT NULL ORDER BY n",
            keys,
        ).fetchall()
        if not rows:
            return Candidates.empty()
        ids, blobs, sizes, openings, levels, samples = zip(*rows, strict=True)
        signatures = np.frombuffer(b"".join(blobs), dtype=np.uint8).reshape(len(rows), -1)
        return Candidates(
            list(ids),
            signatures,
            np.array(sizes, np.int64),
            [bytes_values(opening) for opening in openings],
            [bytes_values(sample) for sample in samples],
            np.array(levels, np.int64),
        )

    def shingle_counts(self, values: np.ndarray) -> np.ndarray:
        if self._counter is not None:
            return self._counter.counts(values)
        found: dict[int, int] = {}
        listed = values.tolist()
        for start in range(0, len(listed), _CHUNK):
            chunk = listed[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            found.update(
                self._conn.execute(
                    f"SELECT value, docs FROM {self._shingles} WHERE value IN ({marks})", chunk
                ).fetchall()
            )
        return np.fromiter((found.get(v, 0) for v in listed), dtype=np.int64, count=len(listed))

    def __contains__(self, doc_id: object) -> bool:
        row = self._conn.execute(f"SELECT 1 FROM {self._docs} WHERE id = ?", (doc_id,)).fetchone()
        return row is not None

    def __len__(self) -> int:
        return self._conn.execute(f"SELECT count(*) FROM {self._docs}").fetchone()[0]

    def stored_config(self) -> dict[str, Any] | None:
        row = self._conn.execute(
            f"SELECT value FROM {self._meta} WHERE key = ?", (_CONFIG_KEY,)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def store_config(self, config: dict[str, Any]) -> None:
        self._conn.execute(
            f"INSERT OR REPLACE INTO {self._meta} (key, value) VALUES (?, ?)",
            (_CONFIG_KEY, json.dumps(config, sort_keys=True)),
        )
