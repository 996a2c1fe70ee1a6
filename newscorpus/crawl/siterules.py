"""Downloader middleware: each site's ``allow``/``deny`` patterns and ``max_pages`` (sites file)."""

from __future__ import annotations

import logging
from collections import Counter
from typing import TYPE_CHECKING

from scrapy.exceptions import IgnoreRequest

from newscorpus.crawl.spiders.news import DISCOVERY

if TYPE_CHECKING:
    from typing import Self

    from scrapy import Request
    from scrapy.crawler import Crawler

    from newscorpus.sites import Site, SiteList

logger = logging.getLogger(__name__)

#: Request meta: the URL this middleware let through (a retry is not counted again, a
#: redirect's target is checked against the patterns again).
CHECKED = "newscorpus_site_checked"


class SiteRules:
    """Holds back the requests a site's rules refuse, just before they are downloaded (after
    the duplicate filter, the skip of URLs already in the corpus and robots.txt, so only
    pages really fetched count towards ``max_pages``): a URL its ``deny`` patterns match or
    its ``allow`` patterns do not, and every page past ``max_pages`` in this run. Start URLs,
    listed sitemaps and robots.txt are never held back. Counted as
    ``newscorpus/skipped/{denied,max_pages}`` and per site under
    ``newscorpus/site/<name>/skipped/...``; pages let through as
    ``newscorpus/site/<name>/requested``."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.requested: Counter[str] = Counter()
        self.full: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        site_list: SiteList | None = getattr(self.crawler.spider, "site_list", None)
        meta = request.meta
        if site_list is None or meta.get(DISCOVERY) or meta.get("dont_obey_robotstxt"):
            return
        if meta.get(CHECKED) == request.url or (site := site_list.site_for(request.url)) is None:
            return
        if not site.allows(request.url):
            self._skip(site, "denied", request)
        if CHECKED not in meta:
            if site.max_pages is not None and self.requested[site.name] >= site.max_pages:
                if site.name not in self.full:
                    self.full.add(site.name)
                    logger.info(
                        "Site %s: max_pages (%d) reached; its further pages are skipped this "
                        "run (counted in newscorpus/site/%s/skipped/max_pages)",
                        site.name,
                        site.max_pages,
                        site.name,
                    )
                self._skip(site, "max_pages", request)
            self.requested[site.name] += 1
            self._count(f"newscorpus/site/{site.name}/requested")
        meta[CHECKED] = request.url

    def _skip(self, site: Site, reason: str, request: Request) -> None:
        self._count(f"newscorpus/skipped/{reason}")
        self._count(f"newscorpus/site/{site.name}/skipped/{reason}")
        logger.debug("Skipped %s: %s by site %s's rules", request.url, reason, site.name)
        raise IgnoreRequest(f"{reason} by site {site.name}'s rules")

    def _count(self, key: str) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(key)
