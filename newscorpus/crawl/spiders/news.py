"""The ``news`` spider: ``scrapy crawl news -a urls=U1,U2,...``.

Each start URL may be a home or section page, a feed, a sitemap (index), a robots.txt or an
article; the response tells which. Links are followed within the sites of the start URLs only.
HTML pages go to the item pipelines as :class:`FetchedPage` items; extraction decides which
are articles.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from scrapy import Request, Spider
from scrapy.exceptions import UsageError
from scrapy.http import TextResponse

from newscorpus import discovery
from newscorpus.crawl.links import LinkFilter, page_feeds, page_links
from newscorpus.discovery import Kind
from newscorpus.records import FetchedPage
from newscorpus.urls import site_of

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterable, Iterator

    from scrapy.http import Response

logger = logging.getLogger(__name__)


def parse_url_list(urls: str) -> list[str]:
    """The start URLs of ``-a urls=U1,U2,...``; a clear error for anything else."""
    parsed = [u.strip() for u in urls.split(",") if u.strip()]
    if not parsed:
        raise UsageError("news spider: give start URLs with -a urls=URL1,URL2,...")
    for url in parsed:
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            raise UsageError(f"news spider: not an http(s) URL: {url!r}")
    return parsed


class NewsSpider(Spider):
    """Finds and fetches article pages of the sites of the start URLs."""

    name = "news"

    @classmethod
    def check_arguments(cls, urls: str = "", **_kwargs: Any) -> None:
        """Raise :class:`UsageError` for missing or malformed ``-a urls=...``."""
        parse_url_list(urls)

    def __init__(self, urls: str = "", *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.start_urls = parse_url_list(urls)
        self.sites = {site_of(url) for url in self.start_urls}
        self.links = LinkFilter(self.on_site)

    async def start(self) -> AsyncIterator[Any]:
        """The start URLs and robots.txt files: discovery, fetched again by every run, also
        one resumed with ``JOBDIR`` (:class:`RunDupeFilter` keeps no ``requests.seen``; not
        ``dont_filter``, which would exempt their redirects from the off-site check)."""
        for url in self.start_urls:
            yield Request(url, callback=self.parse)
        if self.settings.getbool("NEWSCORPUS_ROBOTS_SITEMAPS"):
            roots = {urljoin(url, "/robots.txt") for url in self.start_urls}
            for robots in sorted(roots - set(self.start_urls)):
                yield Request(robots, callback=self.parse)

    def parse(self, response: Response) -> Iterator[Any]:
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
        body = discovery.maybe_gunzip(response.body)
        kind = discovery.classify(response.url, content_type, body)
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(f"newscorpus/discovery/{kind.value}")
        if kind in {Kind.SITEMAP, Kind.SITEMAP_INDEX}:
            yield from self._follow(response, discovery.sitemap_links(body, response.url))
        elif kind is Kind.FEED:
            yield from self._follow(response, discovery.feed_links(body, response.url))
        elif kind is Kind.ROBOTS:
            yield from self._follow(response, discovery.robots_sitemaps(body, response.url))
        elif kind is Kind.HTML and isinstance(response, TextResponse):
            yield FetchedPage(url=response.url, html=response.text)
            if self.settings.getbool("NEWSCORPUS_FOLLOW_LINKS"):
                yield from self._follow(response, page_links(response), response.encoding)
                yield from self._follow(response, page_feeds(response))
        else:
            self.crawler.stats.inc_value("newscorpus/skipped/not_html")
            logger.info(
                "Skipped %s: neither HTML, feed nor sitemap (%s)", response.url, content_type
            )

    def on_site(self, url: str) -> bool:
        """Whether the crawl may request ``url``: an http(s) URL on one of its sites. Links
        are followed, and redirects honoured (:class:`SameSiteOnly`), by this rule alike."""
        return urlsplit(url).scheme in {"http", "https"} and site_of(url) in self.sites

    def _follow(
        self, response: Response, urls: Iterable[str], page_encoding: str | None = None
    ) -> Iterator[Request]:
        """Requests for the same-site URLs among ``urls`` not yet requested in this run,
        canonicalized (``page_encoding``: links of an HTML page, see :class:`LinkFilter`)."""
        depth = response.meta.get("depth", 0) + 1
        for url in self.links.new(urls, depth, page_encoding):
            yield Request(url, callback=self.parse)
