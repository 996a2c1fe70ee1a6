"""Downloader middleware: retries that wait as long as the server's ``Retry-After`` asks."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.asyncio import sleep
from scrapy.utils.response import response_status_message

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.http import Response
    from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)


def retry_after(value: bytes | None, now: datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` header value asks to wait (delay-seconds or an HTTP date),
    or None when there is none or it cannot be read."""
    text = (value or b"").decode("latin-1").strip()
    if not text:
        return None
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class RetryAfterMiddleware(RetryMiddleware):
    """Scrapy's retries; a retried answer (429, 503, ...) with ``Retry-After`` is retried
    after the wait it asks for, when that is at most ``NEWSCORPUS_RETRY_AFTER_MAX`` seconds.
    A longer wait gives the request up at once (nothing is recorded, so a later run tries it
    again); retrying sooner than asked would only fail again."""

    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.max_wait = settings.getfloat("NEWSCORPUS_RETRY_AFTER_MAX")

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        wait = retry_after(response.headers.get(b"Retry-After"))
        if (
            wait is None
            or request.meta.get("dont_retry", False)
            or response.status not in self.retry_http_codes
        ):
            return super().process_response(request, response)
        assert self.crawler.stats is not None
        if wait > self.max_wait:
            self.crawler.stats.inc_value("newscorpus/retry_after/over_max")
            logger.info(
                "Gave up %s: HTTP %d asks to retry after %.0f s, more than "
                "NEWSCORPUS_RETRY_AFTER_MAX (%.0f s)",
                request.url,
                response.status,
                wait,
                self.max_wait,
            )
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        self.crawler.stats.inc_value("newscorpus/retry_after/waited")
        await sleep(wait)
        return retry
