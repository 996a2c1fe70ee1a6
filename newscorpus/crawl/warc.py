"""``NEWSCORPUS_WARC_DIR``: the extension that archives every fetched HTML page to WARC."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from scrapy import signals
from scrapy.exceptions import NotConfigured

from newscorpus import __version__
from newscorpus.crawl.pipelines.state import CrawlState
from newscorpus.crawl.responses import response_kind
from newscorpus.discovery import Kind
from newscorpus.warc.archive import Exchange, WarcFiles, repair_folder

if TYPE_CHECKING:
    from typing import Self

    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Headers, Response
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)


def header_pairs(headers: Headers) -> list[tuple[str, str]]:
    """Scrapy headers as (name, value) strings, one pair per value."""
    return [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, values in headers.items()
        for value in values
    ]


class WarcArchive:
    """Writes the request and response records of every HTML page fetched with a 2xx status
    (what the spider extracts) to rotating WARC files in ``NEWSCORPUS_WARC_DIR``
    (``NEWSCORPUS_WARC_MAX_SIZE`` bytes each). The files are fsync'd before each commit of the
    crawl state, so a URL the state counts as done is in the archive."""

    def __init__(self, files: WarcFiles, stats: StatsCollector) -> None:
        self.files = files
        self.stats = stats
        self.crawler: Crawler | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        folder = crawler.settings.get("NEWSCORPUS_WARC_DIR")
        if not folder:
            raise NotConfigured("NEWSCORPUS_WARC_DIR is not set")
        assert crawler.stats is not None
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for path, cut in repair_folder(folder):
            crawler.stats.inc_value("newscorpus/warc/repaired_files")
            logger.warning(
                "WARC file %s left open by an interrupted crawl: finished (%d bytes of a torn "
                "last record cut)",
                path,
                cut,
            )
        software = f"newscorpus/{__version__}"
        files = WarcFiles(folder, crawler.settings.getint("NEWSCORPUS_WARC_MAX_SIZE"), software)
        extension = cls(files, crawler.stats)
        extension.crawler = crawler
        crawler.signals.connect(extension.engine_started, signal=signals.engine_started)
        crawler.signals.connect(extension.response_received, signal=signals.response_received)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def engine_started(self) -> None:
        """Have the crawl state sync the archive before each commit (extensions exist now)."""
        if self.crawler is not None and (state := self.crawler.get_extension(CrawlState)):
            state.sync_before_commit(self.files.sync)

    def response_received(self, response: Response, request: Request) -> None:
        if not 200 <= response.status < 300:
            return
        if response_kind(response)[0] is not Kind.HTML:
            return
        exchange = Exchange(
            url=response.url,
            method=request.method,
            request_headers=header_pairs(request.headers),
            request_body=request.body,
            status=response.status,
            protocol=response.protocol or "HTTP/1.1",
            response_headers=header_pairs(response.headers),
            body=response.body,
            ip_address=str(response.ip_address) if response.ip_address else None,
            origin=self._origin(response, request),
        )
        try:
            self.files.write(exchange)
        except OSError as exc:  # a full disk: the crawl goes on, the archive misses the page
            self.stats.inc_value("newscorpus/warc/errors")
            logger.error("WARC archive: could not write %s: %s", response.url, exc)
            return
        self.stats.inc_value("newscorpus/warc/archived")

    def _origin(self, response: Response, request: Request) -> str | None:
        """The page's origin as the spider will give it (its ``origin_of``), if it tells."""
        spider = self.crawler.spider if self.crawler is not None else None
        origin_of = getattr(spider, "origin_of", None)
        origin = origin_of(response.url, request.meta) if origin_of is not None else None
        return origin.value if origin is not None else None

    def spider_closed(self) -> None:
        self.files.finish()
