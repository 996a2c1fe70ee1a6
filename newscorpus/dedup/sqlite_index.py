"""SQLite backend of the dedup index, sharing the crawl's connection and transaction."""

from __future__ import annotations

import json
import logging
import re
from typing import TYPE_CHECKING, Any

import numpy as np

from newscorpus.dedup.index import DedupIndex, Entry
from newscorpus.dedup.minhash import SIGNATURE_DTYPE

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Iterable, Sequence

logger = logging.getLogger(__name__)

_PREFIX = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_CHUNK = 500  # bound parameters per IN (...) query, well below SQLite's limit
_CONFIG_KEY = "config"


def _signed64(value: int) -> int:
    """Map an unsigned 64-bit integer to SQLite's signed INTEGER range."""
    return value - (1 << 64) if value >= 1 << 63 else value


def _chunks(items: list[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


class SqliteIndex(DedupIndex):
    """Dedup index in an open :class:`sqlite3.Connection` owned by the caller.

    The index never commits or rolls back: the caller commits it together with the rest of
    its state (one transaction per record during a crawl). ``close()`` leaves the connection
    open. Tables (``prefix`` defaults to ``dedup_``)::

        meta(key TEXT PRIMARY KEY, value TEXT)            -- the DedupConfig as JSON
        docs(n INTEGER PRIMARY KEY, id TEXT UNIQUE,       -- n: compact reference for bands
             content_hash INTEGER, shingles INTEGER, signature BLOB)
        bands(key INTEGER, doc INTEGER, PRIMARY KEY (key, doc)) WITHOUT ROWID

    plus an index on ``docs(content_hash)``. Content hashes and band keys are stored as
    8-byte integers and signatures as little-endian uint32 blobs (NULL for short texts).
    """

    def __init__(
        self, conn: sqlite3.Connection, *, prefix: str = "dedup_", create: bool = True
    ) -> None:
        if not _PREFIX.match(prefix):
            raise ValueError(f"invalid table prefix {prefix!r}")
        self._conn = conn
        self._meta = f"{prefix}meta"
        self._docs = f"{prefix}docs"
        self._bands = f"{prefix}bands"
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
            " id TEXT NOT NULL UNIQUE, content_hash INTEGER NOT NULL,"
            " shingles INTEGER NOT NULL, signature BLOB)",
            f"CREATE INDEX IF NOT EXISTS {prefix}docs_content_hash ON {prefix}docs (content_hash)",
            f"CREATE TABLE IF NOT EXISTS {prefix}bands (key INTEGER NOT NULL,"
            " doc INTEGER NOT NULL, PRIMARY KEY (key, doc)) WITHOUT ROWID",
        )
        for statement in statements:  # not executescript(): that would COMMIT first
            conn.execute(statement)

    def add(
        self,
        doc_id: str,
        content_hash: str,
        signature: np.ndarray | None,
        band_keys: Sequence[int],
        shingle_count: int,
    ) -> None:
        blob = None if signature is None else signature.astype(SIGNATURE_DTYPE).tobytes()
        cursor = self._conn.execute(
            f"INSERT OR IGNORE INTO {self._docs} (id, content_hash, shingles, signature)"
            " VALUES (?, ?, ?, ?)",
            (doc_id, _signed64(int(content_hash, 16)), shingle_count, blob),
        )
        if cursor.rowcount == 0:
            logger.debug("dedup index already has %s", doc_id)
            return
        row = cursor.lastrowid
        self._conn.executemany(
            f"INSERT OR IGNORE INTO {self._bands} (key, doc) VALUES (?, ?)",
            [(key, row) for key in band_keys],
        )

    def find_exact(self, content_hash: str) -> str | None:
        row = self._conn.execute(
            f"SELECT id FROM {self._docs} WHERE content_hash = ? ORDER BY n LIMIT 1",
            (_signed64(int(content_hash, 16)),),
        ).fetchone()
        return row[0] if row else None

    def candidates(self, band_keys: Sequence[int]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(list(band_keys)):
            marks = ", ".join("?" * len(chunk))
            rows = self._conn.execute(
                f"SELECT DISTINCT d.id FROM {self._bands} AS b"
                f" JOIN {self._docs} AS d ON d.n = b.doc WHERE b.key IN ({marks})",
                chunk,
            )
            found.update(doc_id for (doc_id,) in rows)
        return found

    def get(self, doc_id: str) -> Entry | None:
        return self.get_many([doc_id]).get(doc_id)

    def get_many(self, doc_ids: Iterable[str]) -> dict[str, Entry]:
        found: dict[str, Entry] = {}
        for chunk in _chunks(list(doc_ids)):
            marks = ", ".join("?" * len(chunk))
            rows = self._conn.execute(
                f"SELECT id, signature, shingles FROM {self._docs} WHERE id IN ({marks})",
                chunk,
            )
            for doc_id, blob, shingles in rows:
                signature = None if blob is None else np.frombuffer(blob, dtype=SIGNATURE_DTYPE)
                found[doc_id] = (signature, shingles)
        return found

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
