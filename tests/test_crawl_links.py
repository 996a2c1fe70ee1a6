"""Link selection before requests are built: once per URL and run, canonical, same-site."""

from __future__ import annotations

from scrapy.http import HtmlResponse

from newscorpus.crawl.links import LinkFilter, page_feeds, page_links


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
