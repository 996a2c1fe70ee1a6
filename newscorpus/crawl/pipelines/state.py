"""Crawl state for the Scrapy components: one store per crawl, and skipping URLs already done."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from scrapy import Request, signals
from scrapy.exceptions import NotConfigured, UsageError
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware

from newscorpus.crawl.checks import NO_OUTPUT, check_outputs
from newscorpus.state import SqliteStateStore, StateStore

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)


class CrawlState:
    """Extension that opens the state store in ``NEWSCORPUS_STATE_DIR`` for the crawl's
    components when the crawler is built (so a state in use by another crawl stops this one
    at once) and closes it when the crawl ends. A crawl that would empty its corpus is refused
    (:func:`check_outputs`); one without any output is warned about."""

    def __init__(self, state_dir: str) -> None:
        self.state_dir = state_dir
        self._store: StateStore | None = SqliteStateStore(state_dir)
        logger.info("Crawl state: %s", state_dir)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        extension = cls(crawler.settings.get("NEWSCORPUS_STATE_DIR"))
        try:
            check_outputs(crawler.settings, extension.store, extension.state_dir)
        except UsageError:
            extension.spider_closed()
            raise
        if not crawler.settings.getdict("FEEDS"):
            logger.warning("No FEEDS: %s", NO_OUTPUT)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    @property
    def store(self) -> StateStore:
        if self._store is None:
            raise RuntimeError(f"crawl state {self.state_dir} is closed")
        return self._store

    def spider_closed(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    @staticmethod
    def of(crawler: Crawler) -> StateStore:
        """The state store of ``crawler``'s crawl."""
        extension = crawler.get_extension(CrawlState)
        if extension is None:
            raise NotConfigured(
                "newscorpus needs the newscorpus.crawl.pipelines.state.CrawlState extension"
            )
        return extension.store


class SkipSeenUrls(BaseSpiderMiddleware):
    """Drops requests for pages whose URL already gave a record in this or an earlier run, so
    an incremental crawl fetches only what is new. Feeds, sitemaps and index pages never give
    records, so they are fetched every run."""

    def get_processed_request(self, request: Request, response: Response | None) -> Any:
        store = CrawlState.of(self.crawler)
        if store.seen(request.url) is None:
            return request
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("newscorpus/skipped/seen_url")
        logger.debug("Skipped %s: already in the corpus", request.url)
        return None
