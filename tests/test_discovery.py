"""Telling feeds, sitemaps, robots.txt and HTML apart from the response, and reading them."""

from __future__ import annotations

import gzip

import pytest

from newscorpus.discovery import (
    Kind,
    classify,
    feed_links,
    maybe_gunzip,
    robots_sitemaps,
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
