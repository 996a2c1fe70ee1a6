"""Crawl state in one SQLite file: embedded, crash-safe (WAL, one transaction per record),
used by one process at a time (:class:`StateLock`)."""

from __future__ import annotations

import logging
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import xxhash

from newscorpus.dedup import SqliteIndex
from newscorpus.state.base import Fetch, StateStore
from newscorpus.state.lock import StateLock
from newscorpus.urls import canonicalize_url

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

logger = logging.getLogger(__name__)

STATE_FILE = "state.sqlite3"
SCHEMA = """
CREATE TABLE IF NOT EXISTS seen_urls (
    url_key INTEGER PRIMARY KEY,  -- xxh3_64 of the canonical URL, as a signed 64-bit integer
    record_id TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS fetches (
    url_key INTEGER PRIMARY KEY,  -- as in seen_urls: a URL of an emitted record
    record_id TEXT NOT NULL,      -- the record of its latest version
    version INTEGER NOT NULL,
    first_fetched REAL NOT NULL,  -- UNIX time of the first version's fetch
    last_fetched REAL NOT NULL,   -- UNIX time of the latest fetch (changed or not)
    fingerprint BLOB NOT NULL     -- newscorpus.versions.fingerprint of the latest version
);
CREATE TABLE IF NOT EXISTS redirects (
    url_key INTEGER PRIMARY KEY,  -- a URL that redirected (HTTP or meta refresh) ...
    target_key INTEGER NOT NULL   -- ... to this one, both keyed as in seen_urls
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS outputs (
    path TEXT PRIMARY KEY,  -- absolute path of a corpus file the crawl appends to
    size INTEGER NOT NULL   -- its length when the state was last committed
) WITHOUT ROWID;
"""
#: Keys per query of :meth:`SqliteStateStore.seen_many` (SQLite allows 32,766 parameters).
MAX_PARAMETERS = 500


def url_key(url: str) -> int:
    """The 64-bit key a URL is remembered by (its canonical form, hashed)."""
    return xxhash.xxh3_64_intdigest(canonicalize_url(url).encode("utf-8")) - (1 << 63)


#: SQLite's page cache of the state, at most (KiB).
CACHE_KIB = 16 * 1024


class SqliteStateStore(StateStore):
    """State kept in ``<state_dir>/state.sqlite3``; the dedup index lives in the same file, so
    one transaction covers both."""

    @staticmethod
    def exists(state_dir: str | Path) -> bool:
        """Whether a state was kept in ``state_dir`` already."""
        return (Path(state_dir) / STATE_FILE).is_file()

    def __init__(self, state_dir: str | Path) -> None:
        self.path = Path(state_dir) / STATE_FILE
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OSError(f"cannot open crawl state {self.path}: {exc}") from exc
        self._lock = StateLock(self.path.parent)  # StateInUse when another process has it
        try:
            self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            # the dedup index's band and shingle tables are read and updated at random keys
            # for every record: a cache of SQLite's default 2 MB has them read again from the
            # file ever more often as they grow (2.8 -> 2.0 ms of CPU a record at 2,000)
            self._conn.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
            self._conn.executescript(SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            self._lock.release()
            raise OSError(f"cannot open crawl state {self.path}: {exc}") from exc
        self._index = SqliteIndex(self._conn)
        self._depth = 0
        self._staging = False

    def seen(self, url: str) -> str | None:
        key = url_key(url)
        row = self._conn.execute(
            "SELECT record_id FROM seen_urls WHERE url_key = ?1 UNION ALL "
            "SELECT s.record_id FROM redirects AS r JOIN seen_urls AS s "
            "ON s.url_key = r.target_key WHERE r.url_key = ?1 LIMIT 1",
            (key,),
        ).fetchone()
        return row[0] if row else None

    def seen_many(self, urls: Iterable[str]) -> dict[str, str]:
        keys: dict[int, list[str]] = {}
        for url in self._unique(urls):
            keys.setdefault(url_key(url), []).append(url)
        found = {}
        batch = list(keys)
        for start in range(0, len(batch), MAX_PARAMETERS):
            chunk = batch[start : start + MAX_PARAMETERS]
            rows = self._conn.execute(
                "SELECT url_key, record_id FROM seen_urls WHERE url_key IN ({q}) UNION ALL "
                "SELECT r.url_key, s.record_id FROM redirects AS r JOIN seen_urls AS s "
                "ON s.url_key = r.target_key WHERE r.url_key IN ({q})".format(
                    q=", ".join("?" * len(chunk))
                ),
                chunk + chunk,
            )
            found.update((url, record) for key, record in rows for url in keys[key])
        return found

    def remember_redirects(self, sources: Iterable[str], target: str) -> None:
        target_key = url_key(target)
        self._conn.executemany(
            "INSERT INTO redirects (url_key, target_key) VALUES (?, ?) "
            "ON CONFLICT (url_key) DO UPDATE SET target_key = excluded.target_key",
            [(key, target_key) for key in {url_key(u) for u in sources} if key != target_key],
        )

    def mark_seen(self, urls: Iterable[str], record_id: str) -> None:
        self._conn.executemany(
            "INSERT OR IGNORE INTO seen_urls (url_key, record_id) VALUES (?, ?)",
            [(url_key(url), record_id) for url in self._unique(urls)],
        )

    def last_fetch(self, url: str) -> Fetch | None:
        row = self._conn.execute(
            "SELECT record_id, version, first_fetched, last_fetched, fingerprint FROM fetches "
            "WHERE url_key = ?",
            (url_key(url),),
        ).fetchone()
        return None if row is None else Fetch(row[0], row[1], row[2], row[3], bytes(row[4]))

    def record_fetch(self, urls: Iterable[str], fetch: Fetch) -> None:
        self._conn.executemany(
            "INSERT OR REPLACE INTO fetches (url_key, record_id, version, first_fetched, "
            "last_fetched, fingerprint) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    url_key(url),
                    fetch.record_id,
                    fetch.version,
                    fetch.first_fetched,
                    fetch.last_fetched,
                    fetch.fingerprint,
                )
                for url in self._unique(urls)
            ],
        )

    def dedup_index(self) -> SqliteIndex:
        return self._index

    def output_size(self, path: str) -> int | None:
        row = self._conn.execute("SELECT size FROM outputs WHERE path = ?", (path,)).fetchone()
        return None if row is None else int(row[0])

    def set_output_size(self, path: str, size: int) -> None:
        self._conn.execute(
            "INSERT INTO outputs (path, size) VALUES (?, ?) "
            "ON CONFLICT (path) DO UPDATE SET size = excluded.size",
            (path, size),
        )

    def stage(self) -> None:
        if not self._staging:
            self._conn.execute("BEGIN IMMEDIATE")
            self._staging = True

    def commit(self) -> None:
        if self._staging:
            self._conn.execute("COMMIT")
            self._conn.execute("BEGIN IMMEDIATE")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        begin, keep, undo = "BEGIN IMMEDIATE", "COMMIT", "ROLLBACK"
        if self._staging:  # one record's changes, inside the staged batch
            begin, keep, undo = "SAVEPOINT record", "RELEASE record", "ROLLBACK TO record"
        self._conn.execute(begin)
        self._depth = 1
        try:
            yield
        except BaseException:
            self._conn.execute(undo)
            if self._staging:
                self._conn.execute(keep)
            raise
        else:
            self._conn.execute(keep)
        finally:
            self._depth = 0

    def seen_count(self) -> int:
        return int(self._conn.execute("SELECT COUNT(*) FROM seen_urls").fetchone()[0])

    def close(self) -> None:
        if self._staging:  # what was staged since the last commit() is not in the output
            self._conn.execute("ROLLBACK")
            self._staging = False
        self._index.close()
        self._conn.close()
        self._lock.release()
