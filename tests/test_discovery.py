"""Telling feeds, sitemaps, robots.txt and HTML apart from the response, and reading them."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime

import pytest

from newscorpus.discovery import (
    Kind,
    classify,
    feed_entries,
    feed_links,
    maybe_gunzip,
    robots_sitemaps,
    sitemap_entries,
    sitemap_links,
)

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>t</title>
<item><title>a</title><link>https://e.com/a.html</link></item>
<item><title>b</title><link> /b.html </link></item></channel></rss>"""
ATOM = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><link rel="alternate" href="https://e.com/c.html"/><link rel="edit" href="/edit/c"/></entry>
</feed>"""
SITEMAP = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
 xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://e.com/d.html</loc><news:news><news:title>d</news:title></news:news></url>
</urlset>"""
INDEX = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://e.com/sitemap-1.xml</loc></sitemap></sitemapindex>"""


@pytest.mark.parametrize(
    ("url", "content_type", "body", "kind"),
    [
        ("https://e.com/rss", "application/xml", RSS, Kind.FEED),
        ("https://e.com/feed", "text/xml", ATOM, Kind.FEED),
        ("https://e.com/s.xml", "application/xml", SITEMAP, Kind.SITEMAP),
        ("https://e.com/s.xml", "text/plain", INDEX, Kind.SITEMAP_INDEX),
        ("https://e.com/robots.txt", "text/plain", b"User-agent: *\nDisallow:", Kind.ROBOTS),
        ("https://e.com/", "text/html; charset=utf-8", b"<!DOCTYPE html><html></html>", Kind.HTML),
        ("https://e.com/x", "", b"<!-- c --><html><body>x</body></html>", Kind.HTML),
        ("https://e.com/x.pdf", "application/pdf", b"%PDF-1.4 binary", Kind.OTHER),
    ],
)
def test_classify_by_content_not_url(url: str, content_type: str, body: bytes, kind: Kind) -> None:
    assert classify(url, content_type, body) is kind


def test_feed_links_from_rss_and_atom_are_absolute() -> None:
    assert list(feed_links(RSS, "https://e.com/rss")) == [
        "https://e.com/a.html",
        "https://e.com/b.html",
    ]
    assert list(feed_links(ATOM, "https://e.com/feed")) == ["https://e.com/c.html"]


def test_sitemap_and_index_links() -> None:
    assert list(sitemap_links(SITEMAP, "https://e.com/s.xml")) == ["https://e.com/d.html"]
    assert list(sitemap_links(INDEX, "https://e.com/s.xml")) == ["https://e.com/sitemap-1.xml"]


def test_gzipped_sitemap_is_read() -> None:
    body = maybe_gunzip(gzip.compress(SITEMAP))
    assert classify("https://e.com/s.xml.gz", "application/gzip", body) is Kind.SITEMAP


def test_truncated_feed_gives_what_it_can_and_never_raises() -> None:
    assert list(feed_links(RSS[: len(RSS) // 2], "https://e.com/rss")) in (
        [],
        ["https://e.com/a.html"],
    )
    assert list(feed_links(b"\x00\x01 not xml", "https://e.com/rss")) == []


def test_robots_txt_sitemaps() -> None:
    robots = (
        b"User-agent: *\nDisallow: /private/\nSitemap: /sitemap.xml\nsitemap: https://e.com/n.xml\n"
    )
    assert list(robots_sitemaps(robots, "https://e.com/robots.txt")) == [
        "https://e.com/sitemap.xml",
        "https://e.com/n.xml",
    ]


DATED_RSS = b"""<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><item><link>https://e.com/a.html</link><pubDate>Tue, 10 Mar 2026 14:05:00 +0100</pubDate>
</item><item><link>https://e.com/b.html</link><dc:date>2026-03-11</dc:date></item>
<item><link>https://e.com/c.html</link><pubDate>sometime soon</pubDate></item></channel></rss>"""
DATED_ATOM = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry>
<link href="https://e.com/d.html"/><published>2026-03-01T00:00:00Z</published>
<updated>2026-03-12T08:00:00-05:00</updated></entry></feed>"""
DATED_SITEMAP = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
 xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://e.com/e.html</loc><news:news><news:publication_date>2026-03-13T10:00:00+00:00
</news:publication_date></news:news></url>
<url><loc>https://e.com/f.html</loc><lastmod>2026-03</lastmod></url></urlset>"""


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def test_feed_and_sitemap_entries_carry_their_dates_in_utc() -> None:
    assert [(e.url, e.modified) for e in feed_entries(DATED_RSS, "https://e.com/rss")] == [
        ("https://e.com/a.html", utc(2026, 3, 10, 13, 5)),
        ("https://e.com/b.html", utc(2026, 3, 11)),
        ("https://e.com/c.html", None),  # unreadable: treated as new
    ]
    # Atom: the last update counts, not the first publication.
    assert [e.modified for e in feed_entries(DATED_ATOM, "https://e.com/feed")] == [
        utc(2026, 3, 12, 13)
    ]
    assert [(e.url, e.modified) for e in sitemap_entries(DATED_SITEMAP, "https://e.com/")] == [
        ("https://e.com/e.html", utc(2026, 3, 13, 10)),
        ("https://e.com/f.html", utc(2026, 3, 1)),
    ]


JSON_FEED = b"""{"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": [
 {"id": "1", "url": "https://e.com/g.html", "date_published": "2026-03-10T09:00:00+01:00",
  "date_modified": "2026-03-11T09:00:00Z"},
 {"id": "2", "external_url": "/h.html"}, {"id": "3"}]}"""
TEXT_SITEMAP = b"https://e.com/i.html\n\nhttps://e.com/j.html?x=1\n"


def test_json_feeds_and_text_sitemaps_are_read() -> None:
    assert classify("https://e.com/feed.json", "application/feed+json", JSON_FEED) is Kind.FEED
    assert classify("https://e.com/sitemap.txt", "text/plain", TEXT_SITEMAP) is Kind.SITEMAP
    not_a_sitemap = b"https://e.com/i.html\nsome words\n"
    assert classify("https://e.com/notes.txt", "text/plain", not_a_sitemap) is Kind.OTHER
    assert classify("https://e.com/x.json", "application/json", b'{"a": 1}') is Kind.OTHER
    assert [(e.url, e.modified) for e in feed_entries(JSON_FEED, "https://e.com/f")] == [
        ("https://e.com/g.html", utc(2026, 3, 11, 9)),
        ("https://e.com/h.html", None),
    ]
    assert list(sitemap_links(TEXT_SITEMAP, "https://e.com/sitemap.txt")) == [
        "https://e.com/i.html",
        "https://e.com/j.html?x=1",
    ]


NEWS_INDEX = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
 xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<sitemap><loc>https://e.com/sitemap-news.xml</loc><news:news/></sitemap>
<sitemap><loc>https://e.com/sitemap-pages.xml</loc></sitemap></sitemapindex>"""


def test_news_sitemap_entries_are_marked_news_and_an_index_entry_never_is() -> None:
    assert [(e.url, e.news) for e in sitemap_entries(DATED_SITEMAP, "https://e.com/")] == [
        ("https://e.com/e.html", True),  # <news:news>: an article
        ("https://e.com/f.html", False),  # a plain entry beside it
    ]
    # an index naming the news namespace (even on an entry) lists sitemaps, not articles
    assert [e.news for e in sitemap_entries(NEWS_INDEX, "https://e.com/sitemap.xml")] == [
        False,
        False,
    ]
    assert not any(e.news for e in sitemap_entries(TEXT_SITEMAP, "https://e.com/s.txt"))
    assert not any(e.news for e in feed_entries(DATED_RSS, "https://e.com/rss"))
