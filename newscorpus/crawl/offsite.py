"""Downloader middleware: every request stays on the crawl's sites, links and redirects alike."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware

if TYPE_CHECKING:
    from scrapy import Request, Spider


class SameSiteOnly(OffsiteMiddleware):
    """Scrapy's :class:`OffsiteMiddleware` with the spider's own notion of its sites: a
    request goes out only when the spider's ``on_site(url)`` allows it. Being a downloader
    middleware, it sees what links, sitemaps, HTTP redirects and ``<meta http-equiv=refresh>``
    ask for alike, so none of them leaves the sites (nor reaches a private or link-local
    address, which is another site unless a start URL is on it). Spiders without ``on_site``
    get Scrapy's ``allowed_domains`` rule."""

    def should_follow(self, request: Request, spider: Spider) -> bool:
        on_site = getattr(spider, "on_site", None)
        if on_site is None:
            return super().should_follow(request, spider)
        return bool(on_site(request.url))
