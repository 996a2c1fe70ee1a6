"""Logs never hold page HTML: a dropped or failed page is one short line naming the reason,
the URL and the record it duplicates; a crawl logs under 1 KB a page at INFO."""

from __future__ import annotations

import logging
import re

import pytest
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from newscorpus.crawl.pipelines.dedup import DuplicateContent
from newscorpus.crawl.pipelines.extract import ExtractionFailed
from newscorpus.crawl.pipelines.state import CrawlState
from newscorpus.crawl.spiders.news import NewsSpider
from newscorpus.records import FetchedPage
from tests.conftest import run_crawl

ADDON = {"newscorpus.crawl.addon.NewsCorpus": 0}
URL = "http://127.0.0.1:8000/a/huge"
HUGE = "<html><body>" + "<p>word word word</p>" * 700_000 + "</body></html>"  # about 15 MB
LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \[", re.MULTILINE)


def rendered(entry) -> str:
    return entry["msg"] % entry["args"]


@pytest.fixture
def formatter_and_spider(tmp_path):
    crawler = get_crawler(NewsSpider, {"ADDONS": ADDON, "NEWSCORPUS_STATE_DIR": str(tmp_path)})
    yield crawler.logformatter, NewsSpider.from_crawler(crawler, urls=URL)
    crawler.get_extension(CrawlState).spider_closed()


def test_a_page_that_fails_extraction_is_one_short_line(formatter_and_spider) -> None:
    formatter, spider = formatter_and_spider
    page = FetchedPage(url=URL, html=HUGE)
    failure = ExtractionFailed(f"extraction failed on {URL}: ValueError({HUGE[:5000]!r})")
    response = HtmlResponse(URL, body=HUGE.encode())
    entry = formatter.dropped(page, failure, response, spider)
    line = rendered(entry)
    assert entry["level"] == logging.WARNING
    assert "\n" not in line and len(line.encode()) < 1024
    assert line.startswith(f"Dropped: extraction failed on {URL}")
    error = rendered(formatter.item_error(page, ValueError("boom"), response, spider))
    assert error == f"Error processing {URL}"


def test_a_duplicate_names_its_url_and_the_record_it_duplicates(formatter_and_spider) -> None:
    formatter, spider = formatter_and_spider
    record = {"id": "0123456789abcdef", "url": URL, "text": "body " * 100_000}
    reason = DuplicateContent(
        f"near duplicate: 0123456789abcdef ({URL}) duplicates fedcba9876543210"
    )
    line = rendered(formatter.dropped(record, reason, None, spider))
    assert line == f"Dropped: {reason}"
    scraped = rendered(formatter.scraped(record, HtmlResponse(URL, body=b""), spider))
    assert "body body" not in scraped and "0123456789abcdef" in scraped


def test_a_debug_crawl_logs_no_html_and_a_short_line_per_drop(news_server, tmp_path) -> None:
    base = news_server.base_url
    result = run_crawl(
        [f"{base}/", f"{base}/rss.xml"], tmp_path / "state", tmp_path / "out.jsonl",
        "LOG_LEVEL=DEBUG",
    )  # fmt: skip
    assert result.returncode == 0, result.log[-2000:]
    assert not re.search(r"<(html|body|div|p)\b", result.log)
    drops = [
        m
        for m in re.split(LOG_LINE, result.log)
        if m.split("] ", 1)[-1].startswith(
            ("DEBUG: Dropped:", "INFO: Dropped:", "WARNING: Dropped:")
        )
    ]
    assert len(drops) >= 5
    for entry in drops:
        assert entry.count("\n") == 1 and len(entry.encode()) < 1024, entry[:300]


def test_an_info_crawl_logs_under_1_kb_a_page(news_server, tmp_path) -> None:
    base = news_server.base_url
    result = run_crawl([f"{base}/", f"{base}/rss.xml"], tmp_path / "state", tmp_path / "o.jsonl")
    pages = result.stats["response_received_count"]
    assert len(result.log.encode()) / pages < 1024
