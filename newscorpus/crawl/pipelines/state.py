"""Crawl state for the Scrapy components: one store per crawl, committed only once the
records it marks done are durably in the corpus files, and skipping URLs already done."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from scrapy import Request, signals
from scrapy.exceptions import NotConfigured, UsageError
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware
from twisted.internet.task import LoopingCall

from newscorpus import corpusfile
from newscorpus.crawl.checks import NO_OUTPUT, check_outputs, local_file
from newscorpus.state import SqliteStateStore, StateStore

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.settings import BaseSettings
    from scrapy.signalmanager import SignalManager
    from scrapy.statscollectors import StatsCollector

    from newscorpus.dedup import Deduplicator

logger = logging.getLogger(__name__)


def corpus_files(settings: BaseSettings) -> dict[str, bool]:
    """The local files among ``FEEDS`` (absolute paths), each with whether it is overwritten
    (``-O``) rather than appended to; URIs with ``%(...)s`` parameters name a new file each
    run and are left out."""
    files = {}
    for uri, options in settings.getdict("FEEDS").items():
        path = local_file(str(uri))
        if path is not None and "%(" not in str(uri):
            files[str(Path(path).resolve())] = bool(options.get("overwrite"))
    return files


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
        self, state_dir: str, stats: StatsCollector | None = None, interval: float = 1.0
    ) -> None:
        self.state_dir = state_dir
        self.stats = stats
        self.interval = interval
        self._store: StateStore | None = SqliteStateStore(state_dir)
        self._files: dict[str, IO[bytes]] = {}  # corpus files open for writing, by path
        self._sizes: dict[str, int] = {}  # their lengths once closed
        self._unwritten: set[int] = set()  # ids of items marked done, not yet exported
        self._due = False
        self._loop: LoopingCall | None = None
        self.outputs: dict[str, bool] = {}  # corpus files: overwritten (-O) or appended to
        self.signals: SignalManager | None = None
        logger.info("Crawl state: %s", state_dir)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        extension = cls(
            crawler.settings.get("NEWSCORPUS_STATE_DIR"),
            crawler.stats,
            crawler.settings.getfloat("NEWSCORPUS_COMMIT_INTERVAL", 1.0),
        )
        try:
            check_outputs(crawler.settings, extension.store, extension.state_dir)
        except UsageError:
            extension.spider_closed()
            raise
        if not crawler.settings.getdict("FEEDS"):
            logger.warning("No FEEDS: %s", NO_OUTPUT)
        extension.outputs = corpus_files(crawler.settings)
        extension.signals = crawler.signals
        crawler.signals.connect(extension.engine_started, signal=signals.engine_started)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
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
        with store.transaction():
            for path, overwrite in self.outputs.items():
                self._recover_file(Path(path), overwrite, dedup)
        store.stage()

    def _recover_file(self, path: Path, overwrite: bool, dedup: Deduplicator | None) -> None:
        store = self.store
        size = path.stat().st_size if path.is_file() else 0
        committed = store.output_size(str(path))
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

    def _adopt(self, record: dict[str, Any], dedup: Deduplicator | None) -> None:
        store = self.store
        record_id = str(record.get("id") or "")
        if not record_id or store.seen(record["url"]) is not None:
            return
        store.mark_seen([record["url"], record.get("fetched_url") or record["url"]], record_id)
        if dedup is not None and isinstance(record.get("text"), str):
            dedup.add(record_id, record["text"])

    def hold(self, item: Any) -> None:
        """``item`` is marked done in the staged state; commit only once it is exported."""
        self._unwritten.add(id(item))

    def item_done(self, item: Any) -> None:
        """The feed exporter has had ``item`` (or a later component dropped it)."""
        self._unwritten.discard(id(item))
        if self._due and not self._unwritten:
            self.checkpoint()

    def open_file(self, path: str, file: IO[bytes]) -> None:
        """A corpus file the feed exporter opened for writing (synced before each commit)."""
        self._files[str(Path(path).resolve())] = file

    def close_file(self, path: str, file: IO[bytes]) -> None:
        """Sync and close a corpus file the feed exporter is done with."""
        key = str(Path(path).resolve())
        self._sizes[key] = corpusfile.sync(file)
        self._files.pop(key, None)
        file.close()

    def checkpoint(self) -> None:
        """Flush and fsync the corpus files, then commit the state with their lengths; put
        off while an item marked done has not reached the exporter yet."""
        if self._store is None:
            return
        if self._unwritten:
            self._due = True
            return
        self._due = False
        for path, file in self._files.items():
            if not file.closed:
                self._sizes[path] = corpusfile.sync(file)
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
        if self._store is not None:
            self._unwritten.clear()  # the crawl is over: every item went where it goes
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


class SkipSeenUrls(BaseSpiderMiddleware):
    """Drops requests for pages whose URL already gave a record in this or an earlier run, so
    an incremental crawl fetches only what is new. Feeds, sitemaps and index pages never give
    records, so they are fetched every run. The URLs a response was redirected from (HTTP or
    meta refresh) are remembered as leading to it, so a later run skips a link that
    redirects to a page already done without asking the site again."""

    def process_spider_input(self, response: Response) -> None:
        request = response.request
        sources = request.meta.get("redirect_urls") if request is not None else None
        if sources:
            CrawlState.of(self.crawler).remember_redirects(sources, response.url)

    def get_processed_request(self, request: Request, response: Response | None) -> Any:
        store = CrawlState.of(self.crawler)
        if store.seen(request.url) is None:
            return request
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("newscorpus/skipped/seen_url")
        logger.debug("Skipped %s: already in the corpus", request.url)
        return None
