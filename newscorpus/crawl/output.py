"""Feed storage for local corpus files whose writes the crawl state can wait for."""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any

from scrapy.extensions.feedexport import FileFeedStorage

from newscorpus.crawl.pipelines.state import CrawlState

if TYPE_CHECKING:
    from typing import Self

    from scrapy import Spider
    from scrapy.crawler import Crawler


class DurableFileFeedStorage(FileFeedStorage):
    """Scrapy's file storage, with the open file handed to :class:`CrawlState`, which flushes
    and fsyncs it before each state commit, and syncs it before closing (a compressed one,
    whose bytes are only complete once closed, holds the commits off until then)."""

    def __init__(
        self, uri: str, *, feed_options: dict[str, Any] | None = None, crawler: Crawler | None
    ) -> None:
        super().__init__(uri, feed_options=feed_options)
        self.compressed = bool((feed_options or {}).get("postprocessing"))
        self.crawler = crawler
        self.state: CrawlState | None = None

    @classmethod
    def from_crawler(
        cls, crawler: Crawler, uri: str, *, feed_options: dict[str, Any] | None = None
    ) -> Self:
        return cls(uri, feed_options=feed_options, crawler=crawler)

    def open(self, spider: Spider) -> IO[bytes]:
        file = super().open(spider)
        if self.crawler is not None:  # extensions exist by now (not when FEEDS are checked)
            self.state = self.crawler.get_extension(CrawlState)
        if self.state is not None:
            self.state.open_file(self.path, file, compressed=self.compressed)
        return file

    def store(self, file: IO[bytes]) -> None:
        if self.state is not None:
            self.state.close_file(self.path, file)
        else:
            file.close()
