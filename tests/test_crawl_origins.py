"""Where the crawl found a page (``newscorpus.origin``) reaches the not-an-article decision and
the stats: each request says its origin, a page a feed lists keeps the feed as its origin
when a link led to it first, and a crawl of the fixture site counts its decisions by origin."""

from __future__ import annotations

import asyncio

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, TextResponse, XmlResponse
from scrapy.utils.test import get_crawler

from newscorpus.article import NotArticleReason
from newscorpus.crawl.spiders.news import NewsSpider
from newscorpus.extract import Extractor
from newscorpus.origin import META, Origin
from newscorpus.records import FetchedPage
from newscorpus.settings import NEWSCORPUS_DEFAULTS
from tests.conftest import run_crawl
from tests.fixture_site import build_news_site

BASE = "http://127.0.0.1:8000"
EMITTED_KINDS = {"article", "follow-up"}
FEED = "/rss.xml"


@pytest.fixture(scope="module")
def site():
    return build_news_site(BASE)


def spider_for(urls: str) -> NewsSpider:
    crawler = get_crawler(NewsSpider, NEWSCORPUS_DEFAULTS)
    spider = NewsSpider.from_crawler(crawler, urls=urls)
    crawler.spider = spider
    return spider


def response(site, path: str, request: Request | None = None) -> TextResponse:
    """The fixture site's response for ``path``, as the answer to ``request``."""
    page = site.pages[path]
    request = request or Request(site.url(path))
    kind = HtmlResponse if page.content_type.startswith("text/html") else XmlResponse
    if path.endswith(".txt"):
        kind = TextResponse
    headers = {"Content-Type": page.content_type}
    return kind(site.url(path), body=page.body, headers=headers, request=request)


def requests_of(spider: NewsSpider, answer: TextResponse) -> dict[str, str]:
    """The URLs the spider requests after ``answer``, with their origins."""
    return {r.url: r.meta[META] for r in spider.parse(answer) if isinstance(r, Request)}


def test_every_request_says_its_origin_and_a_sitemap_index_lists_sitemaps(site) -> None:
    spider = spider_for(f"{BASE}/,{BASE}{FEED}")
    starts = asyncio.run(_starts(spider))
    assert {r.url: r.meta[META] for r in starts} == {
        f"{BASE}/": "start",
        f"{BASE}{FEED}": "start",
        f"{BASE}/robots.txt": "start",
    }
    assert set(requests_of(spider, response(site, "/robots.txt")).values()) == {"sitemap"}
    # the index's children are sitemaps whatever they list; their entries say what they are
    children = requests_of(spider, response(site, "/sitemap.xml"))
    assert children == {
        f"{BASE}/sitemap-news.xml": "sitemap",
        f"{BASE}/sitemap-articles.xml": "sitemap",
    }
    news = requests_of(spider, response(site, "/sitemap-news.xml"))
    assert news and set(news.values()) == {"news_sitemap"}
    plain = requests_of(spider, response(site, "/sitemap-articles.xml"))
    assert plain and set(plain.values()) == {"sitemap"}
    assert not set(plain) & set(news)  # requested once, as the news sitemap's
    linked = requests_of(spider, response(site, "/"))
    assert linked and set(linked.values()) == {"link"}


def test_a_page_a_feed_lists_keeps_the_feed_as_origin_when_a_link_led_to_it_first(site) -> None:
    spider = spider_for(f"{BASE}/")
    linked = requests_of(spider, response(site, "/"))
    path = next(
        p
        for p, a in site.articles.items()
        if {"html", "rss"} <= a.found_in and site.url(p) in linked
    )
    request = Request(site.url(path), meta={META: linked[site.url(path)]})
    assert request.meta[META] == "link"
    assert site.url(path) not in requests_of(spider, response(site, FEED))  # requested already
    pages = [p for p in spider.parse(response(site, path, request)) if isinstance(p, FetchedPage)]
    assert [p.origin for p in pages] == [Origin.FEED]
    # a page no feed lists keeps the origin of its request
    section = Request(site.url("/world/"), meta={META: "link"})
    answer = response(site, "/world/", section)
    assert [p.origin for p in spider.parse(answer) if isinstance(p, FetchedPage)] == [Origin.LINK]


def test_feeds_and_sitemaps_are_fetched_before_the_pages_links_lead_to(site) -> None:
    """The scheduler hands out higher priorities first: the feeds a page names, sitemaps and
    robots.txt go before the pages its links lead to, so what they list is known in time."""
    spider = spider_for(f"{BASE}/")
    start = [r for r in spider.parse(response(site, "/robots.txt")) if isinstance(r, Request)]
    requests = [r for r in spider.parse(response(site, "/")) if isinstance(r, Request)]
    feeds = [r for r in requests if r.url.endswith((".xml", ".json"))]
    pages = [r for r in requests if r not in feeds]
    assert start and feeds and pages
    assert min(r.priority for r in start + feeds) > max(r.priority for r in pages)


def test_a_linked_page_of_a_site_no_feed_listed_for_has_no_origin(site) -> None:
    """On a site whose feeds the crawl has not read, links lead to every article: a link
    says nothing, and the page is judged as one of unknown origin, not as link-only."""
    spider = spider_for(f"{BASE}/")
    requests_of(spider, response(site, "/"))
    section = Request(site.url("/world/"), meta={META: "link"})
    answer = response(site, "/world/", section)
    assert [p.origin for p in spider.parse(answer) if isinstance(p, FetchedPage)] == [None]
    requests_of(spider, response(site, FEED))
    again = response(site, "/world/", Request(site.url("/world/"), meta={META: "link"}))
    assert [p.origin for p in spider.parse(again) if isinstance(p, FetchedPage)] == [Origin.LINK]


def test_the_link_only_page_is_an_article_to_the_model_alone_and_none_from_a_link(site) -> None:
    """The premise of the crawl below: the model alone keeps /latest/ (a listing of 13
    stories with their leads), its link-only threshold does not; a feed's would."""
    extractor = Extractor()
    for path in site.link_only:
        html = site.pages[path].body
        assert extractor.extract(html, site.url(path)).article is not None
        assert extractor.extract(html, site.url(path), Origin.FEED).article is not None
        linked = extractor.extract(html, site.url(path), Origin.LINK)
        assert linked.reason is NotArticleReason.LINK_ONLY


async def _starts(spider: NewsSpider) -> list[Request]:
    return [request async for request in spider.start()]


@pytest.fixture(scope="module")
def from_the_feed(news_server, tmp_path_factory):
    """A crawl from the feed alone: the section pages are reached only by links."""
    folder = tmp_path_factory.mktemp("origins")
    return run_crawl(
        [news_server.base_url + FEED],
        folder / "state",
        folder / "out.jsonl",
        "NEWSCORPUS_ROBOTS_SITEMAPS=False",
    )


def test_a_crawl_from_a_feed_keeps_its_articles_and_no_section_page_only_a_link_led_to(
    from_the_feed, news_server
) -> None:
    site = news_server.site
    assert from_the_feed.returncode == 0, from_the_feed.log[-2000:]
    got = from_the_feed.by_path(site.base_url)
    # each story the feed lists once (of a story and its syndicated copy, the first one kept)
    in_feed = {
        site.story_of(site.url(a.path))
        for a in site.articles.values()
        if "rss" in a.found_in and a.kind in EMITTED_KINDS
    }
    assert in_feed and in_feed <= {site.story_of(r["url"]) for r in from_the_feed.records}
    sections = {p for p in site.non_articles if p.count("/") == 2 and not p.startswith("/tag/")}
    assert sections and not sections & set(got)
    assert site.link_only <= sections  # /latest/: taken for an article when its origin is unknown
    stats = from_the_feed.stats
    prefix = "newscorpus/extract/origin/"
    assert stats[f"{prefix}feed/articles"] >= len(in_feed)  # before dedup
    assert stats.get(f"{prefix}feed/not_articles", 0) == 0
    assert stats[f"{prefix}link/not_articles"] >= len(sections)
    assert stats["newscorpus/extract/not_article/link_only"] >= len(site.link_only)
    by_origin = sum(v for k, v in stats.items() if k.startswith(prefix))
    assert by_origin == stats["newscorpus/extract/pages"] - stats.get(
        "newscorpus/extract/undecodable", 0
    )
