"""The Scrapy glue in-process: the add-on, the pipelines and the seen-URL middleware, each built
from a crawler (``get_crawler`` + ``build_from_crawler``) and fed pages of the fixture site."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from newscorpus.crawl.offsite import SameSiteOnly
from newscorpus.crawl.pipelines.dedup import DedupPipeline, DuplicateUrl
from newscorpus.crawl.pipelines.extract import ExtractPipeline, NotAnArticle
from newscorpus.crawl.pipelines.state import CrawlState, SkipSeenUrls
from newscorpus.crawl.retry import retry_after
from newscorpus.crawl.spiders.news import NewsSpider
from newscorpus.records import FetchedPage
from newscorpus.urls import record_id
from tests.fixture_site import build_news_site

BASE = "http://127.0.0.1:8000"
ADDON = {"newscorpus.crawl.addon.NewsCorpus": 0}


@pytest.fixture(scope="module")
def site():
    return build_news_site(BASE)


def crawler_for(state_dir, urls: str = f"{BASE}/", **settings):
    """A crawler whose components run in this process (worker processes need a running
    reactor: tests/test_crawl_workers.py crawls with them)."""
    defaults = {"ADDONS": ADDON, "NEWSCORPUS_STATE_DIR": str(state_dir), "NEWSCORPUS_WORKERS": 0}
    crawler = get_crawler(NewsSpider, {**defaults, **settings})
    crawler.spider = NewsSpider.from_crawler(crawler, urls=urls)
    return crawler


def page(site, path: str) -> FetchedPage:
    return FetchedPage(url=site.url(path), html=site.pages[path].body.decode("utf-8"))


def test_addon_switches_on_the_components_and_project_settings_win(tmp_path) -> None:
    crawler = crawler_for(tmp_path, DEPTH_LIMIT=2)
    assert crawler.settings.getint("DEPTH_LIMIT") == 2
    assert crawler.settings.getbool("ROBOTSTXT_OBEY")
    assert set(crawler.settings.getdict("ITEM_PIPELINES")) == {
        "newscorpus.crawl.pipelines.extract.ExtractPipeline",
        "newscorpus.crawl.pipelines.dedup.DedupPipeline",
    }
    assert "newscorpus.crawl.spiders" in crawler.settings.getlist("SPIDER_MODULES")
    assert crawler.get_extension(CrawlState) is not None


def test_extract_pipeline_turns_an_article_into_a_record(site, tmp_path) -> None:
    crawler = crawler_for(tmp_path)
    pipeline = build_from_crawler(ExtractPipeline, crawler)
    path, article = next((p, a) for p, a in site.articles.items() if a.kind == "article")
    record = pipeline.process_item(page(site, path))
    assert record["url"] == site.url(article.canonical_path)
    assert record["id"] == record_id(record["url"])
    assert record["title"] == article.title
    assert crawler.stats.get_value("newscorpus/extract/articles") == 1


def test_extract_pipeline_drops_a_page_that_is_no_article(site, tmp_path) -> None:
    crawler = crawler_for(tmp_path)
    pipeline = build_from_crawler(ExtractPipeline, crawler)
    with pytest.raises(NotAnArticle, match="not an article"):
        pipeline.process_item(page(site, "/"))
    assert crawler.stats.get_value("newscorpus/extract/not_article/listing") == 1  # front page


def test_a_record_seen_once_is_a_duplicate_later_and_its_url_skipped_next_run(
    site, tmp_path
) -> None:
    path = next(p for p, a in site.articles.items() if a.kind == "article")
    crawler = crawler_for(tmp_path)
    record = build_from_crawler(ExtractPipeline, crawler).process_item(page(site, path))
    dedup = build_from_crawler(DedupPipeline, crawler)
    assert dedup.process_item(dict(record)) == record
    with pytest.raises(DuplicateUrl, match=record["id"]):
        dedup.process_item(dict(record))
    assert crawler.stats.get_value("newscorpus/dedup/kept") == 1
    assert crawler.stats.get_value("newscorpus/dedup/url") == 1
    crawler.get_extension(CrawlState).spider_closed()

    later = crawler_for(tmp_path)
    skip = build_from_crawler(SkipSeenUrls, later)
    assert skip.get_processed_request(Request(record["fetched_url"]), None) is None
    fresh = Request(site.url("/never-seen"))
    assert skip.get_processed_request(fresh, None) is fresh
    assert later.stats.get_value("newscorpus/skipped/seen_url") == 1
    later.get_extension(CrawlState).spider_closed()


@pytest.mark.parametrize(
    ("start", "target", "allowed"),
    [
        (f"{BASE}/", f"{BASE}/a/1", True),
        (f"{BASE}/", "http://127.0.0.1:9000/", False),  # another port is another site
        (f"{BASE}/", "http://169.254.169.254/latest/meta-data/", False),
        (f"{BASE}/", "http://10.0.0.5/", False),
        ("http://10.0.0.5/", "http://10.0.0.5/a/1", True),  # a start URL is on it
        ("https://www.example-news.com/", "https://cdn.example-news.com/a/1", True),
        ("https://www.example-news.com/", "https://example.org/a/1", False),
        ("https://www.example-news.com/", "ftp://www.example-news.com/a/1", False),
    ],
)
def test_requests_leave_neither_the_sites_nor_reach_private_hosts(
    tmp_path, start, target, allowed
) -> None:
    crawler = crawler_for(tmp_path, urls=start)
    middleware = build_from_crawler(SameSiteOnly, crawler)
    request = Request(target)
    if allowed:
        assert middleware.process_request(request) is None
    else:
        with pytest.raises(IgnoreRequest):
            middleware.process_request(request)
        assert crawler.stats.get_value("offsite/filtered") == 1


def test_retry_after_reads_seconds_and_http_dates() -> None:
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert retry_after(b"120", now) == 120
    assert retry_after(b"Thu, 01 Jan 2026 12:01:30 GMT", now) == 90
    assert retry_after(b"Wed, 31 Dec 2025 12:00:00 GMT", now) == 0
    assert retry_after(b"soon", now) is None
    assert retry_after(None, now) is None


def test_a_sites_file_language_counts_records_in_another(site, tmp_path) -> None:
    sites = tmp_path / "sites.toml"
    sites.write_text(f'[[site]]\nname = "fixture"\nurls = ["{BASE}/"]\nlanguage = "en"\n')
    crawler = get_crawler(
        NewsSpider,
        {
            "ADDONS": ADDON,
            "NEWSCORPUS_STATE_DIR": str(tmp_path / "state"),
            "NEWSCORPUS_WORKERS": 0,
        },
    )
    crawler.spider = NewsSpider.from_crawler(crawler, sites=str(sites))
    pipeline = build_from_crawler(ExtractPipeline, crawler)
    languages = {}
    for path, article in site.articles.items():
        if article.kind == "article" and article.language not in languages:
            languages[article.language] = pipeline.process_item(page(site, path))["language"]
    assert languages.keys() > {"en"}, "the fixture needs an article in another language"
    assert languages == {language: language for language in languages}  # kept as identified
    others = len(languages) - 1
    assert crawler.stats.get_value("newscorpus/site/fixture/other_language") == others
