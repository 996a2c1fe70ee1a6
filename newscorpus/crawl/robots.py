"""Downloader middleware: robots.txt read as RFC 9309 says, not as "allow all" on any trouble."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.robotstxt import RobotParser
from twisted.internet.defer import Deferred

if TYPE_CHECKING:
    from typing import Self

    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)


class DisallowAll(RobotParser):
    """The rules of a site whose robots.txt is unreachable: nothing may be fetched."""

    @classmethod
    def from_crawler(cls, crawler: Crawler, robotstxt_body: bytes) -> Self:
        return cls()

    def allowed(self, url: str | bytes, user_agent: str | bytes) -> bool:
        return False

    def crawl_delay(self, user_agent: str | bytes) -> float | None:
        return None


class Rfc9309RobotsTxt(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, with RFC 9309 section 2.3.1 for failures: a 4xx answer
    ("unavailable") allows everything; a 5xx or 429 answer, after Scrapy's retries, and a
    robots.txt that cannot be fetched at all ("unreachable") disallow everything on that host
    for this crawl (a later run asks again). Scrapy itself parses the error page's body."""

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if response.status >= 500 or response.status == 429:
            self._stats.inc_value("robotstxt/response_count")
            self._stats.inc_value(f"robotstxt/response_status_count/{response.status}")
            self._disallow_all(netloc, f"answered HTTP {response.status}")
            return
        if response.status >= 400:
            response = response.replace(body=b"")
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        if not isinstance(exc, IgnoreRequest):
            self._stats.inc_value(f"robotstxt/exception_count/{type(exc)}")
        self._disallow_all(netloc, f"could not be fetched ({type(exc).__name__})")

    def _disallow_all(self, netloc: str, why: str) -> None:
        """Resolve ``netloc``'s pending parser to :class:`DisallowAll`."""
        self._stats.inc_value("newscorpus/robots/unreachable")
        logger.warning(
            "robots.txt of %s %s: nothing is fetched from %s in this crawl (RFC 9309: an "
            "unreachable robots.txt disallows all)",
            netloc,
            why,
            netloc,
        )
        pending = self._parsers[netloc]
        assert isinstance(pending, Deferred)
        self._parsers[netloc] = parser = DisallowAll()
        pending.callback(parser)
