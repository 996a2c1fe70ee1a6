"""Link selection before requests are built: once per URL and run, canonical, same-site."""

from __future__ import annotations

from scrapy.http import HtmlResponse

from newscorpus.crawl.links import LinkFilter, page_feeds, page_links
from newscorpus.origin import Origin


def on_site(url: str) -> bool:
    return url.startswith(("http://e.com/", "https://e.com/"))


def test_a_page_links_each_same_site_page_once_in_canonical_form() -> None:
    html = b"""<html><head><base href="http://e.com/news/">
    <link rel="alternate" type="application/rss+xml" href="/feed.rss"></head><body>
    <a href="a.html?utm_source=x#top">A</a> <a href=" a.html ">A again</a>
    <area href="/b.html"> <a href="https://other.org/c.html">off-site</a>
    <a href="/photo.JPG">a file</a> <a href="mailto:x@e.com">mail</a></body></html>"""
    response = HtmlResponse("http://e.com/news/index.html", body=html, encoding="utf-8")
    links = LinkFilter(on_site)
    assert links.new(page_links(response), 1, response.encoding) == [
        "http://e.com/news/a.html",
        "http://e.com/b.html",
    ]
    assert links.new(page_feeds(response), 1) == ["http://e.com/feed.rss"]


def test_a_link_is_requested_again_only_from_a_shallower_page() -> None:
    links = LinkFilter(on_site)
    assert links.new(["http://e.com/a.html"], depth=5) == ["http://e.com/a.html"]
    assert links.new(["http://e.com/a.html"], depth=5) == []
    assert links.new(["http://e.com/a.html"], depth=6) == []
    # first met beyond a depth limit, then linked from a page nearer the start
    assert links.new(["http://e.com/a.html"], depth=2) == ["http://e.com/a.html"]


def test_a_url_a_feed_lists_keeps_the_feed_as_origin_even_when_linked_first() -> None:
    links = LinkFilter(on_site)
    assert links.new(["http://e.com/a.html?utm_source=x"], depth=1) == ["http://e.com/a.html"]
    assert links.listed_origin("http://e.com/a.html") is None
    # the feed lists it after a link led to it: no second request, but the feed is remembered
    assert links.new(["http://e.com/a.html"], depth=1, listed_by=Origin.FEED) == []
    assert links.new(["http://e.com/b.html"], depth=1, listed_by=Origin.NEWS_SITEMAP) == [
        "http://e.com/b.html"
    ]
    assert links.new(["http://e.com/b.html"], depth=1, listed_by=Origin.FEED) == []
    assert links.listed_origin("http://e.com/a.html#top") is Origin.FEED
    assert links.listed_origin("http://e.com/b.html") is Origin.NEWS_SITEMAP  # the strongest
    assert links.listed_origin("http://e.com/c.html") is None
