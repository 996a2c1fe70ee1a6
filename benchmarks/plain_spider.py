"""The throughput benchmark's baseline: a plain Scrapy spider that follows a sitemap and runs
``trafilatura.extract`` on every page, as a Scrapy user without newscorpus would write it.

    scrapy runspider benchmarks/plain_spider.py -a sitemap=URL -O out.jsonl
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import trafilatura
from scrapy.spiders import SitemapSpider

if TYPE_CHECKING:
    from collections.abc import Iterator

    from scrapy.http import Response


class PlainSpider(SitemapSpider):
    name = "plain"

    def __init__(self, sitemap: str = "", *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sitemap_urls = [sitemap]

    def parse(self, response: Response) -> Iterator[dict[str, Any]]:
        text = trafilatura.extract(response.text, include_comments=False)
        if text:
            yield {"url": response.url, "text": text}
