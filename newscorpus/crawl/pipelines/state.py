"""Crawl state for the Scrapy components: one store per crawl, committed only once the
records it marks done are durably in the corpus files, and skipping URLs already done."""

from __future__ import annotations

import glob
import logging
import time
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from scrapy import Request, signals
from scrapy.exceptions import NotConfigured, UsageError
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware
from twisted.internet.task import LoopingCall

from newscorpus import corpusfile
from newscorpus.crawl.checks import (
    NO_OUTPUT,
    Output,
    check_compressed,
    check_outputs,
    local_outputs,
)
from newscorpus.crawl.counters import count, site_label
from newscorpus.state import Fetch, SqliteStateStore, StateStore
from newscorpus.state.redis_store import RedisStateStore
from newscorpus.versions import fingerprint

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable, Iterable, Iterator
    from typing import Self

    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.settings import BaseSettings
    from scrapy.signalmanager import SignalManager
    from scrapy.statscollectors import StatsCollector

    from newscorpus.dedup import Deduplicator

logger = logging.getLogger(__name__)


class CrawlState:
    """Extension that opens the state store in ``NEWSCORPUS_STATE_DIR`` for the crawl's
    components when the crawler is built (so a state in use by another crawl stops this one
    at once) and closes it when the crawl ends. A crawl that would empty its corpus is refused
    (:func:`check_outputs`); one without any output is warned about.

    Once the crawl opens (:meth:`recover`), what the components mark done is staged, and
    every ``NEWSCORPUS_COMMIT_INTERVAL`` seconds the corpus files are flushed and fsync'd and
    then the state committed, with each file's length: the state never claims a record its
    output does not hold. A killed crawl leaves at most the records of one interval written
    but not committed, and maybe a torn last line; the next run takes those records into the
    state and cuts the torn line (:meth:`recover`)."""

    def __init__(
        self,
        state_dir: str,
        stats: StatsCollector | None = None,
        interval: float = 1.0,
        store: StateStore | None = None,
    ) -> None:
        self.state_dir = state_dir  # or the Redis URL of a shared state
        self.stats = stats
        self.interval = interval
        self._store: StateStore | None = store or SqliteStateStore(state_dir)
        self._files: dict[str, IO[bytes]] = {}  # corpus files open for writing, by path
        self._sizes: dict[str, int] = {}  # their lengths once closed
        self._compressed: set[str] = set()  # compressed ones open: no commit until closed
        self._closing = False  # the crawl is over, a compressed output still closing
        self._unwritten: set[int] = set()  # ids of items marked done, not yet exported
        self._due = False
        self._syncs: list[Callable[[], None]] = []  # other files' syncs, before each commit
        self._loop: LoopingCall | None = None
        self.outputs: list[Output] = []  # the local corpus files
        self.signals: SignalManager | None = None
        logger.info("Crawl state: %s", state_dir)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        state_dir, store = settings.get("NEWSCORPUS_STATE_DIR"), None
        fresh = not SqliteStateStore.exists(state_dir)
        if url := settings.get("NEWSCORPUS_REDIS_URL"):
            fresh = False
            state_dir = url
            store = RedisStateStore(
                url,
                settings.get("NEWSCORPUS_REDIS_PREFIX"),
                settings.getfloat("NEWSCORPUS_REDIS_LEASE"),
            )
        extension = cls(
            state_dir, crawler.stats, settings.getfloat("NEWSCORPUS_COMMIT_INTERVAL", 1.0), store
        )
        try:
            check_compressed(crawler.settings)
            check_outputs(crawler.settings, extension.store, extension.state_dir, fresh)
        except UsageError:
            extension.spider_closed()
            raise
        if not crawler.settings.getdict("FEEDS"):
            logger.warning("No FEEDS: %s", NO_OUTPUT)
        extension.outputs = local_outputs(crawler.settings)
        extension.signals = crawler.signals
        crawler.signals.connect(extension.engine_started, signal=signals.engine_started)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.feed_exporter_closed, signal=signals.feed_exporter_closed)
        return extension

    def engine_started(self) -> None:
        """Start committing; the item handlers are connected now, after the feed exporter's,
        so an item counts as written once the exporter has had it."""
        if self.signals is not None:
            for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
                self.signals.connect(self.item_done, signal=signal)
        self._loop = LoopingCall(self.checkpoint)
        self._loop.start(self.interval, now=False)

    def recover(self, dedup: Deduplicator | None) -> None:
        """Bring the state and the corpus files into agreement, then stage from now on:
        records past a file's committed length are taken into the state (their URLs marked,
        their text indexed), a torn last line is cut, an overwritten file starts at 0."""
        store = self.store
        fixed = [o.path for o in self.outputs if not o.templated and not o.compressed]
        for tail in store.claim_outputs(fixed).values():
            self._count("newscorpus/output/uncommitted_cut", len(tail.records))
            self._count("newscorpus/output/torn_lines", tail.torn)
        with store.transaction():
            for output in self.outputs:
                if not output.templated:
                    self._recover_file(Path(output.path), output.overwrite, dedup)
                    continue
                for match in sorted(glob.glob(output.path)):  # noqa: PTH207 (absolute)
                    path = Path(match).resolve()
                    if output.compressed:
                        self._recover_compressed(path, dedup)
                    else:
                        self._recover_file(path, False, dedup, unknown_from_start=True)
        store.stage()

    def _recover_file(
        self,
        path: Path,
        overwrite: bool,
        dedup: Deduplicator | None,
        unknown_from_start: bool = False,
    ) -> None:
        store = self.store
        size = path.stat().st_size if path.is_file() else 0
        committed = store.output_size(str(path))
        if committed is None and unknown_from_start:
            committed = 0  # a run's file never committed: all its records are uncommitted
        if overwrite or committed is None:
            store.set_output_size(str(path), 0 if overwrite else size)
            return
        if size < committed:
            self._count("newscorpus/output/shorter_than_state")
            logger.warning(
                "Corpus file %s is shorter than the state remembers (%d bytes, not %d): "
                "records were removed from it; the state still counts them as done",
                path,
                size,
                committed,
            )
        elif size > committed:
            tail = corpusfile.read_tail(path, committed)
            for record in tail.records:
                self._adopt(record, dedup)
            if tail.end < size:
                corpusfile.cut(path, tail.end)
            self._count("newscorpus/output/recovered_records", len(tail.records))
            self._count("newscorpus/output/torn_lines", tail.torn)
            logger.warning(
                "Corpus file %s: %d records written by an interrupted run taken into the "
                "state; %d torn or unreadable lines%s",
                path,
                len(tail.records),
                tail.torn,
                f" (torn last line cut: {size - tail.end} bytes)" if tail.end < size else "",
            )
            size = tail.end
        store.set_output_size(str(path), size)

    def _recover_compressed(self, path: Path, dedup: Deduplicator | None) -> None:
        """A compressed file of a templated output: known at its length, taken in whole
        (complete but not committed), or moved aside (cut short)."""
        store = self.store
        size = path.stat().st_size
        if store.output_size(str(path)) == size:
            return
        try:
            if corpusfile.compression_of(path) is None:  # not even a header: cut before it
                raise corpusfile.IncompleteFile(f"{path}: no compressed stream")
            for _line in corpusfile.read_lines(path):  # complete? (read once, then adopt)
                pass
        except corpusfile.IncompleteFile as exc:
            aside = path.with_name(path.name + ".incomplete")
            path.replace(aside)
            self._count("newscorpus/output/incomplete_files")
            logger.warning(
                "%s; moved to %s (a run was interrupted before closing it; its records were "
                "never committed and are fetched again)",
                exc,
                aside,
            )
            return
        records = 0
        for line in corpusfile.read_lines(path):
            record = corpusfile.parse_line(line)
            if record is not None:
                self._adopt(record, dedup)
                records += 1
        store.set_output_size(str(path), size)
        self._count("newscorpus/output/recovered_records", records)
        logger.warning(
            "Corpus file %s: complete but not committed; its %d records taken into the state",
            path,
            records,
        )

    def _adopt(self, record: dict[str, Any], dedup: Deduplicator | None) -> None:
        store = self.store
        record_id = str(record.get("id") or "")
        if not record_id:
            return
        urls = [record["url"], record.get("fetched_url") or record["url"]]
        version = int(record.get("version") or 1)
        text = record.get("text") if isinstance(record.get("text"), str) else None
        if version > 1:  # a new version of a known story: only its fetch is news
            latest = store.last_fetch(record["url"])
            if text is not None and (latest is None or latest.version < version):
                first = latest.first_fetched if latest else _timestamp(record)
                store.record_fetch(
                    urls, Fetch(record_id, version, first, _timestamp(record), fingerprint(text))
                )
            return
        if store.seen(record["url"]) is not None:
            return
        store.mark_seen(urls, record_id)
        if text is not None:
            when = _timestamp(record)
            store.record_fetch(urls, Fetch(record_id, 1, when, when, fingerprint(text)))
            if dedup is not None:
                dedup.add(record_id, text)

    def hold(self, item: Any) -> None:
        """``item`` is marked done in the staged state; commit only once it is exported."""
        self._unwritten.add(id(item))

    def item_done(self, item: Any) -> None:
        """The feed exporter has had ``item`` (or a later component dropped it)."""
        self._unwritten.discard(id(item))
        if self._due and not self._unwritten:
            self.checkpoint()

    def open_file(self, path: str, file: IO[bytes], compressed: bool = False) -> None:
        """A corpus file the feed exporter opened for writing (synced before each commit; a
        compressed one holds commits off until it is closed)."""
        key = str(Path(path).resolve())
        self._files[key] = file
        if compressed:
            self._compressed.add(key)

    def close_file(self, path: str, file: IO[bytes]) -> None:
        """Sync and close a corpus file the feed exporter is done with."""
        key = str(Path(path).resolve())
        self._sizes[key] = corpusfile.sync(file)
        self._files.pop(key, None)
        file.close()
        if key in self._compressed:
            self._compressed.discard(key)
            self.checkpoint()

    def sync_before_commit(self, sync: Callable[[], None]) -> None:
        """Call ``sync`` (which makes another output durable) before each state commit."""
        self._syncs.append(sync)

    def checkpoint(self) -> None:
        """Flush and fsync the corpus files, then commit the state with their lengths; put
        off while an item marked done has not reached the exporter yet."""
        if self._store is None:
            return
        if self._unwritten:
            self._due = True
            return
        if self._compressed:  # committed when the compressed files are closed
            return
        self._due = False
        for path, file in self._files.items():
            if not file.closed:
                self._sizes[path] = corpusfile.sync(file)
        for sync in self._syncs:
            sync()
        for path, size in self._sizes.items():
            self._store.set_output_size(path, size)
        self._store.commit()
        self._count("newscorpus/output/commits")

    def _count(self, key: str, count: int = 1) -> None:
        if self.stats is not None and count:
            self.stats.inc_value(key, count)

    @property
    def store(self) -> StateStore:
        if self._store is None:
            raise RuntimeError(f"crawl state {self.state_dir} is closed")
        return self._store

    def spider_closed(self) -> None:
        if self._loop is not None and self._loop.running:
            self._loop.stop()
        self._unwritten.clear()  # the crawl is over: every item went where it goes
        if self._compressed and self._store is not None:
            self._closing = True  # commit once the feed exporter has closed them
            return
        self.close()

    def feed_exporter_closed(self) -> None:
        """Every output is closed: the last commit, if the crawl waited for it."""
        if self._closing:
            self._compressed.clear()  # a feed closed without storing holds no record
            self.close()

    def close(self) -> None:
        """Commit what is staged and close the store."""
        if self._store is not None:
            self.checkpoint()
            self._store.close()
            self._store = None

    @staticmethod
    def get(crawler: Crawler) -> CrawlState:
        """The :class:`CrawlState` extension of ``crawler``'s crawl."""
        extension = crawler.get_extension(CrawlState)
        if extension is None:
            raise NotConfigured(
                "newscorpus needs the newscorpus.crawl.pipelines.state.CrawlState extension"
            )
        return extension

    @staticmethod
    def of(crawler: Crawler) -> StateStore:
        """The state store of ``crawler``'s crawl."""
        return CrawlState.get(crawler).store


def _timestamp(record: dict[str, Any]) -> float:
    """The UNIX time a corpus record was fetched (now, when it does not say)."""
    try:
        return datetime.fromisoformat(str(record.get("crawled_at"))).timestamp()
    except ValueError:
        return time.time()


def revisit_seconds(settings: BaseSettings) -> float:
    """``NEWSCORPUS_REVISIT_HOURS`` in seconds (0: no revisits)."""
    return settings.getfloat("NEWSCORPUS_REVISIT_HOURS", 0.0) * 3600


def is_recent(fetch: Fetch | None, window: float, now: float | None = None) -> bool:
    """Whether an article last emitted as ``fetch`` is revisited: its first version was
    fetched less than ``window`` seconds ago."""
    if fetch is None or window <= 0:
        return False
    return (now if now is not None else time.time()) - fetch.first_fetched < window


class SkipSeenUrls(BaseSpiderMiddleware):
    """Drops requests for pages whose URL already gave a record in this or an earlier run, so
    an incremental crawl fetches only what is new; except, with ``NEWSCORPUS_REVISIT_HOURS``,
    recent articles (:func:`is_recent`), fetched again (``newscorpus/revisit/requested``) to
    see whether they changed. Feeds, sitemaps and index pages never give records, so they are
    fetched every run. The requests of one callback are looked up together
    (:meth:`StateStore.seen_many`), up to :data:`BATCH` at a time. The URLs a response was
    redirected from (HTTP or meta refresh) are remembered as leading to it, so a later run
    skips a link that redirects to a page already done without asking the site again."""

    BATCH = 256

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.window = revisit_seconds(crawler.settings)
        self.started = time.time()
        self.revisited: set[str] = set()  # counted once each, however often linked

    def process_spider_output(
        self, response: Response | None, result: Iterable[Any]
    ) -> Iterator[Any]:
        batch: list[Request] = []
        for o in result:
            if not isinstance(o, Request):
                yield o
                continue
            batch.append(o)
            if len(batch) >= self.BATCH:
                yield from self._unseen(batch)
                batch = []
        yield from self._unseen(batch)

    async def process_spider_output_async(
        self, response: Response | None, result: AsyncIterator[Any]
    ) -> AsyncIterator[Any]:
        batch: list[Request] = []
        async for o in result:
            if not isinstance(o, Request):
                yield o
                continue
            batch.append(o)
            if len(batch) >= self.BATCH:
                for request in self._unseen(batch):
                    yield request
                batch = []
        for request in self._unseen(batch):
            yield request

    def process_spider_input(self, response: Response) -> None:
        request = response.request
        sources = request.meta.get("redirect_urls") if request is not None else None
        if sources:
            CrawlState.of(self.crawler).remember_redirects(sources, response.url)

    def get_processed_request(self, request: Request, response: Response | None) -> Any:
        return next(iter(self._unseen([request])), None)

    def _unseen(self, requests: list[Request]) -> list[Request]:
        """The requests whose URL the crawl state has not seen; the others counted, logged."""
        if not requests:
            return []
        store = CrawlState.of(self.crawler)
        seen = store.seen_many(r.url for r in requests)
        if not seen:
            return requests
        assert self.crawler.stats is not None
        kept = []
        for request in requests:
            if request.url not in seen:
                kept.append(request)
                continue
            latest = store.last_fetch(request.url) if self.window else None
            if (
                latest is not None
                and is_recent(latest, self.window)
                and (latest.last_fetched < self.started)
            ):
                if request.url not in self.revisited:
                    self.revisited.add(request.url)
                    self.crawler.stats.inc_value("newscorpus/revisit/requested")
                kept.append(request)
                continue
            self.crawler.stats.inc_value("newscorpus/skipped/seen_url")
            count(self.crawler.stats, site_label(self.crawler.spider, request.url), "skipped")
            logger.debug("Skipped %s: already in the corpus", request.url)
        return kept
