"""The ``news`` spider: ``scrapy crawl news -a urls=U1,U2,...`` or ``-a sites=sites.toml``
(:mod:`newscorpus.sites`), optionally ``-a since=YYYY-MM-DD``.

Each start URL may be a home or section page, a feed, a sitemap (index), a robots.txt or an
article; the response tells which. Links are followed within the sites of the start URLs only.
HTML pages go to the item pipelines as :class:`FetchedPage` items; extraction decides which
are articles.

Every request carries the ``name`` of its site in ``meta["source"]`` (with ``-a urls``, the
site's registered domain); :meth:`NewsSpider.site_name_for` gives it for any URL. Feed and
sitemap entries dated before the site's cutoff (``since``, ``max_age_days``) are not fetched.

Every request also carries its :class:`~newscorpus.origin.Origin` in
``meta["newscorpus_origin"]`` (a start URL, a feed item, a news or plain sitemap entry, a
followed link), and its page carries it to the not-an-article decision; a URL a feed or a
news sitemap lists keeps that origin when a link led to it first. A page only a link led to
counts as link-only on a site whose feed or news sitemap the crawl has read; elsewhere its
origin is unknown, since there every article is reached by links.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from scrapy import Request, Spider
from scrapy.exceptions import UsageError
from scrapy.http import TextResponse

from newscorpus import discovery
from newscorpus.body import is_cut_short
from newscorpus.crawl.links import LinkFilter, page_feeds, page_links
from newscorpus.crawl.responses import page_text, response_kind
from newscorpus.discovery import Kind
from newscorpus.origin import LISTS_ARTICLES, Origin, strongest
from newscorpus.origin import META as ORIGIN
from newscorpus.origin import parse as parse_origin
from newscorpus.records import FetchedPage
from newscorpus.sites import Site, SiteList, SitesError, load_sites
from newscorpus.urls import site_of

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterable, Iterator, Mapping

    from scrapy.http import Response

    from newscorpus.discovery import Listed

logger = logging.getLogger(__name__)

#: Request meta: the ``name`` of the request's site.
SOURCE = "source"
#: Request meta: a start URL or a sitemap listed by an index or robots.txt, which the site's
#: ``allow``/``deny`` and ``max_pages`` never hold back.
DISCOVERY = "newscorpus_discovery"
#: The request priority of feeds, sitemaps and robots.txt files (pages have 0): the scheduler
#: hands them out first, so what they list is known (its origin, feed or news sitemap) when the
#: pages a link led to first are parsed.
LISTING_PRIORITY = 10
#: The elements whose links the spider follows.
ANCHORS = "//a[@href]|//area[@href]"


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


def parse_since(since: str) -> datetime | None:
    """The cutoff of ``-a since=YYYY-MM-DD`` (midnight UTC), or None when not given."""
    if not since.strip():
        return None
    try:
        day = date.fromisoformat(since.strip())
    except ValueError:
        raise UsageError(f"news spider: since must be a date YYYY-MM-DD, not {since!r}") from None
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def site_list_from_arguments(urls: str = "", sites: str = "") -> SiteList:
    """The sites of ``-a urls=...`` or ``-a sites=FILE``; a :class:`UsageError` otherwise."""
    if urls and sites:
        raise UsageError("news spider: give -a urls=... or -a sites=FILE, not both")
    if sites:
        try:
            return load_sites(sites)
        except SitesError as exc:
            raise UsageError(str(exc)) from None
    if not urls:
        raise UsageError(
            "news spider: give start URLs with -a urls=URL1,URL2,... or a sites file with "
            "-a sites=sites.toml"
        )
    return SiteList.from_urls(parse_url_list(urls))


class NewsSpider(Spider):
    """Finds and fetches article pages of the sites of the start URLs."""

    name = "news"

    @classmethod
    def check_arguments(
        cls, urls: str = "", sites: str = "", since: str = "", **_kwargs: Any
    ) -> None:
        """Raise :class:`UsageError` for missing or malformed ``-a urls|sites|since=...``."""
        site_list_from_arguments(urls, sites)
        parse_since(since)

    def __init__(
        self, urls: str = "", sites: str = "", since: str = "", *args: Any, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.site_list = site_list_from_arguments(urls, sites)
        self.sites_file = sites or None
        self.since = parse_since(since)
        self.start_urls = self.site_list.start_urls
        self.sites = self.site_list.domains
        self.links = LinkFilter(self.on_site)
        self.listing_sites: set[str | None] = set()  # sites a feed or news sitemap listed for
        self.started = datetime.now(UTC)

    def site_name_for(self, url: str) -> str | None:
        """The ``name`` of the site ``url`` belongs to (None for a URL off the crawl's sites):
        what ``meta["source"]`` of its request holds."""
        return self.site_list.site_name_for(url)

    def cutoff(self, site: Site | None) -> datetime | None:
        """Feed and sitemap entries dated before this are not fetched: the later of
        ``-a since`` and the site's ``max_age_days`` before the crawl started."""
        limits = [self.since] if self.since else []
        if site is not None and site.max_age_days is not None:
            limits.append(self.started - timedelta(days=site.max_age_days))
        return max(limits) if limits else None

    async def start(self) -> AsyncIterator[Any]:
        """The start URLs and robots.txt files: discovery, fetched again by every run, also
        one resumed with ``JOBDIR`` (:class:`RunDupeFilter` keeps no ``requests.seen``; not
        ``dont_filter``, which would exempt their redirects from the off-site check)."""
        for url in self.start_urls:
            yield self._request(url, Origin.START, discovery=True)
        if self.settings.getbool("NEWSCORPUS_ROBOTS_SITEMAPS"):
            roots = {urljoin(url, "/robots.txt") for url in self.start_urls}
            for robots in sorted(roots - set(self.start_urls)):
                yield self._request(robots, Origin.START, discovery=True)

    def parse(self, response: Response) -> Iterator[Any]:
        kind, body = response_kind(response)
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(f"newscorpus/discovery/{kind.value}")
        if kind is Kind.SITEMAP_INDEX:
            # its entries are sitemaps, plain or news: what they list tells, not the index
            entries = self._recent(discovery.sitemap_entries(body, response.url), response.url)
            sitemaps = (entry.url for entry in entries)
            yield from self._follow(response, sitemaps, Origin.SITEMAP, discovery=True)
        elif kind is Kind.SITEMAP:
            entries = list(
                self._recent(discovery.sitemap_entries(body, response.url), response.url)
            )
            news = [entry.url for entry in entries if entry.news]
            yield from self._follow(response, news, Origin.NEWS_SITEMAP)
            plain = [entry.url for entry in entries if not entry.news]
            yield from self._follow(response, plain, Origin.SITEMAP)
        elif kind is Kind.FEED:
            entries = self._recent(discovery.feed_entries(body, response.url), response.url)
            yield from self._follow(response, (entry.url for entry in entries), Origin.FEED)
        elif kind is Kind.ROBOTS:
            sitemaps = discovery.robots_sitemaps(body, response.url)
            yield from self._follow(response, sitemaps, Origin.SITEMAP, discovery=True)
        elif kind is Kind.HTML and isinstance(response, TextResponse):
            flooded = self._link_flood(response)
            if not flooded and (page := self._page(response)):
                page.source = response.meta.get(SOURCE)
                yield page
            if self.settings.getbool("NEWSCORPUS_FOLLOW_LINKS"):
                cap = self.settings.getint("NEWSCORPUS_MAX_LINKS_PER_PAGE")
                links = page_links(response, cap)
                # the feeds first: a feed the page also links to is still fetched first
                yield from self._follow(response, page_feeds(response), Origin.LINK, listing=True)
                yield from self._follow(response, links, Origin.LINK, response.encoding)
        else:
            self.crawler.stats.inc_value("newscorpus/skipped/not_html")
            content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
            logger.info(
                "Skipped %s: neither HTML, feed nor sitemap (%s)", response.url, content_type
            )

    def _recent(self, entries: Iterable[Listed], listing: str) -> Iterator[Listed]:
        """The ``entries`` not dated before their site's cutoff; the others counted
        (``newscorpus/skipped/too_old``, and per site) and summed up in one log line."""
        skipped = 0
        for entry in entries:
            site = self.site_list.site_for(entry.url)
            cutoff = self.cutoff(site)
            if cutoff is None or entry.modified is None or entry.modified >= cutoff:
                yield entry
                continue
            skipped += 1
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("newscorpus/skipped/too_old")
            if site is not None:
                self.crawler.stats.inc_value(f"newscorpus/site/{site.name}/skipped/too_old")
        if skipped:
            logger.info(
                "Skipped %d entries of %s dated before the cutoff (since / max_age_days)",
                skipped,
                listing,
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
        html, decoded = page_text(response)
        origin = self.origin_of(response.url, response.meta)
        if decoded is None:
            stats.inc_value("newscorpus/charset/undecodable")
            return FetchedPage(url=response.url, html=html, origin=origin)
        if decoded.detected:
            stats.inc_value("newscorpus/charset/from_content")
            logger.info(
                "Read %s as %s: it does not decode as the %s it declares",
                response.url,
                decoded.encoding,
                response.encoding,
            )
        return FetchedPage(url=response.url, html=html, origin=origin)

    def origin_of(self, url: str, meta: Mapping[str, Any]) -> Origin | None:
        """The origin of the page fetched from ``url`` by a request with ``meta``: the
        request's, or a feed's or news sitemap's that listed it (or a URL that redirected to
        it) after a link led to it. A link says something only on a site a feed or news
        sitemap has listed pages for, where articles come listed: on a site without one, every
        article is link-only, and the page's origin is unknown (None) instead."""
        urls = [*meta.get("redirect_urls", ()), url]
        listed = (self.links.listed_origin(u) for u in urls)
        origin = strongest(parse_origin(meta.get(ORIGIN)), *listed)
        if origin is Origin.LINK and self.site_name_for(url) not in self.listing_sites:
            return None  # no feed of its site read: only a link leads to every article there
        return origin

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

    def on_site(self, url: str) -> bool:
        """Whether the crawl may request ``url``: an http(s) URL on one of its sites. Links
        are followed, and redirects honoured (:class:`SameSiteOnly`), by this rule alike."""
        return urlsplit(url).scheme in {"http", "https"} and site_of(url) in self.sites

    def _request(
        self, url: str, origin: Origin, discovery: bool = False, listing: bool = False
    ) -> Request:
        """The request for ``url`` from ``origin``; ``discovery``: a start URL, robots.txt or
        sitemap (fetched again by every run); ``listing``: a feed or sitemap, fetched first."""
        meta: dict[str, Any] = {SOURCE: self.site_name_for(url), ORIGIN: origin.value}
        if discovery:
            meta[DISCOVERY] = True
        priority = LISTING_PRIORITY if discovery or listing else 0
        return Request(url, callback=self.parse, meta=meta, priority=priority)

    def _follow(
        self,
        response: Response,
        urls: Iterable[str],
        origin: Origin,
        page_encoding: str | None = None,
        discovery: bool = False,
        listing: bool = False,
    ) -> Iterator[Request]:
        """Requests for the same-site URLs among ``urls`` not yet requested in this run,
        canonicalized (``page_encoding``: links of an HTML page, see :class:`LinkFilter`),
        from ``origin``; a feed or news sitemap's URLs are remembered as its, requested or
        not."""
        depth = response.meta.get("depth", 0) + 1
        listed_by = origin if origin in LISTS_ARTICLES else None
        if listed_by is not None:
            self.listing_sites.add(self.site_name_for(response.url))
        for url in self.links.new(urls, depth, page_encoding, listed_by):
            yield self._request(url, origin, discovery, listing)
