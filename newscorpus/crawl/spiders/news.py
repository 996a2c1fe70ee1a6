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
from scrapy.linkextractors import LinkExtractor

from newscorpus import discovery
from newscorpus.body import decode_html, is_cut_short
from newscorpus.discovery import Kind
from newscorpus.records import FetchedPage
from newscorpus.urls import canonicalize_url, site_of

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterable, Iterator

    from scrapy.http import Response

logger = logging.getLogger(__name__)

#: The elements whose links the spider follows.
ANCHORS = "//a[@href]|//area[@href]"
FEED_LINKS = "//link[@rel='alternate'][contains(@type, 'rss') or contains(@type, 'atom')]/@href"


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
        self._link_extractor: LinkExtractor | None = None  # once settings are known

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
            yield from self._follow(discovery.sitemap_links(body, response.url))
        elif kind is Kind.FEED:
            yield from self._follow(discovery.feed_links(body, response.url))
        elif kind is Kind.ROBOTS:
            yield from self._follow(discovery.robots_sitemaps(body, response.url))
        elif kind is Kind.HTML and isinstance(response, TextResponse):
            flooded = self._link_flood(response)
            if not flooded and (page := self._page(response)):
                yield page
            if self.settings.getbool("NEWSCORPUS_FOLLOW_LINKS"):
                yield from self._follow(self._links(response))
        else:
            self.crawler.stats.inc_value("newscorpus/skipped/not_html")
            logger.info(
                "Skipped %s: neither HTML, feed nor sitemap (%s)", response.url, content_type
            )

    def _page(self, response: TextResponse) -> FetchedPage | None:
        """The page for extraction; None for a body cut short (never a truncated record).
        The text is read in the charset the content shows when the declared one does not
        decode it cleanly; when no charset does, Scrapy's text (with replacement characters,
        which extraction drops)."""
        stats = self.crawler.stats
        assert stats is not None
        if "dataloss" in response.flags or is_cut_short(response.body):
            stats.inc_value("newscorpus/skipped/cut_short")
            logger.warning(
                "Skipped %s: the body ends before the page does (%d bytes received, "
                "Content-Length %s); a later run fetches it again",
                response.url,
                len(response.body),
                response.headers.get(b"Content-Length", b"none").decode("latin-1"),
            )
            return None
        decoded = decode_html(response.body, response.encoding)
        if decoded is None:
            stats.inc_value("newscorpus/charset/undecodable")
            return FetchedPage(url=response.url, html=response.text)
        if decoded.detected:
            stats.inc_value("newscorpus/charset/from_content")
            logger.info(
                "Read %s as %s: it does not decode as the %s it declares",
                response.url,
                decoded.encoding,
                response.encoding,
            )
        return FetchedPage(url=response.url, html=decoded.text)

    def _link_flood(self, response: TextResponse) -> bool:
        """Whether the page has more links than ``NEWSCORPUS_MAX_LINKS_PER_PAGE``: an index
        of that size is no article, and extracting text or links from all of it would stall
        the crawl for minutes; only the first links are followed, and the page is not
        extracted."""
        count = int(float(response.xpath(f"count({ANCHORS})").get() or 0))
        cap = self.settings.getint("NEWSCORPUS_MAX_LINKS_PER_PAGE")
        if count <= cap:
            return False
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("newscorpus/skipped/link_flood")
        self.crawler.stats.inc_value("newscorpus/links/over_cap", count - cap)
        logger.warning(
            "%s has %d links, more than NEWSCORPUS_MAX_LINKS_PER_PAGE (%d): following the "
            "first %d, not extracting the page",
            response.url,
            count,
            cap,
            cap,
        )
        return True

    def _links(self, response: TextResponse) -> list[str]:
        """The page's first ``NEWSCORPUS_MAX_LINKS_PER_PAGE`` links (in page order) and its
        feed links."""
        if self._link_extractor is None:
            cap = self.settings.getint("NEWSCORPUS_MAX_LINKS_PER_PAGE")
            self._link_extractor = LinkExtractor(
                tags=("a", "area"),
                attrs=("href",),
                unique=True,
                restrict_xpaths=f"({ANCHORS})[position() <= {cap}]",
            )
        links = [link.url for link in self._link_extractor.extract_links(response)]
        return links + [response.urljoin(u) for u in response.xpath(FEED_LINKS).getall()]

    def on_site(self, url: str) -> bool:
        """Whether the crawl may request ``url``: an http(s) URL on one of its sites. Links
        are followed, and redirects honoured (:class:`SameSiteOnly`), by this rule alike."""
        return urlsplit(url).scheme in {"http", "https"} and site_of(url) in self.sites

    def _follow(self, urls: Iterable[str]) -> Iterator[Request]:
        """Requests for the same-site URLs among ``urls``, canonicalized."""
        for url in urls:
            if self.on_site(url):
                yield Request(canonicalize_url(url), callback=self.parse)
