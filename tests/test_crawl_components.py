"""The Scrapy glue in-process: the add-on, the pipelines and the seen-URL middleware, each built
from a crawler (``get_crawler`` + ``build_from_crawler``) and fed pages of the fixture site."""

from __future__ import annotations

import pytest
from scrapy import Request
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from newscorpus.crawl.pipelines.dedup import DedupPipeline, DuplicateUrl
from newscorpus.crawl.pipelines.extract import ExtractPipeline, NotAnArticle
from newscorpus.crawl.pipelines.state import CrawlState, SkipSeenUrls
from newscorpus.crawl.spiders.news import NewsSpider
from newscorpus.records import FetchedPage
from newscorpus.urls import record_id
from tests.fixture_site import build_news_site

BASE = "http://127.0.0.1:8000"
ADDON = {"newscorpus.crawl.addon.NewsCorpus": 0}


@pytest.fixture(scope="module")
def site():
    return build_news_site(BASE)


def crawler_for(state_dir, **settings):
    crawler = get_crawler(
        NewsSpider, {"ADDONS": ADDON, "NEWSCORPUS_STATE_DIR": str(state_dir), **settings}
    )
    crawler.spider = NewsSpider.from_crawler(crawler, urls=f"{BASE}/")
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
    assert crawler.stats.get_value("newscorpus/extract/not_article/navigation") == 1


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
