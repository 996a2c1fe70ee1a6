"""Telling what a fetched resource is, and finding the page URLs it lists.

A start URL may be a home or section page, an RSS/Atom feed, a sitemap or sitemap index, a
robots.txt or an article; the crawl tells them apart from the response itself (its bytes and
content type), not from the URL.
"""

from __future__ import annotations

import logging
import re
from enum import StrEnum
from io import BytesIO
from typing import TYPE_CHECKING
from urllib.parse import urljoin

import lxml.etree
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

if TYPE_CHECKING:
    from collections.abc import Iterator

logger = logging.getLogger(__name__)

MAX_XML_BYTES = 50 * 1024 * 1024
_XML_ROOT = re.compile(rb"<(?:[\w.-]+:)?([A-Za-z][\w.-]*)[\s>/]")
_SKIP_PROLOG = re.compile(rb"\A(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", re.DOTALL)


class Kind(StrEnum):
    """What a fetched resource is."""

    SITEMAP = "sitemap"
    SITEMAP_INDEX = "sitemap_index"
    FEED = "feed"
    ROBOTS = "robots"
    HTML = "html"
    OTHER = "other"


def maybe_gunzip(body: bytes) -> bytes:
    """The body, decompressed if it is gzip data (``sitemap.xml.gz``)."""
    if body[:2] == b"\x1f\x8b":
        return gunzip(body, max_size=MAX_XML_BYTES)
    return body


def xml_root_name(body: bytes) -> str | None:
    """The local name of the first element of an XML or HTML document, lower-cased."""
    head = body[:4096]
    head = head[_SKIP_PROLOG.match(head).end() :]  # type: ignore[union-attr]
    match = _XML_ROOT.match(head)
    return match.group(1).decode("ascii").lower() if match else None


def classify(url: str, content_type: str, body: bytes) -> Kind:
    """What the resource fetched from ``url`` is."""
    content_type = content_type.lower()
    root = xml_root_name(body)
    if root == "urlset":
        return Kind.SITEMAP
    if root == "sitemapindex":
        return Kind.SITEMAP_INDEX
    if root in {"rss", "feed", "rdf"}:
        return Kind.FEED
    if url.rstrip("/").endswith("/robots.txt") and "html" not in content_type:
        return Kind.ROBOTS
    if root == "html" or "html" in content_type:
        return Kind.HTML
    return Kind.OTHER


def sitemap_links(body: bytes, base_url: str) -> Iterator[str]:
    """The ``<loc>`` URLs of a sitemap or sitemap index (alternate-language links included)."""
    try:
        sitemap = Sitemap(body)
    except (lxml.etree.XMLSyntaxError, StopIteration):
        logger.warning("Unreadable sitemap %s", base_url)
        return
    for entry in sitemap:
        if loc := entry.get("loc"):
            yield urljoin(base_url, loc)
        for alternate in entry.get("alternate", []):
            yield urljoin(base_url, alternate)


def feed_links(body: bytes, base_url: str) -> Iterator[str]:
    """The item links of an RSS 0.9x/1.0/2.0 or Atom feed."""
    parser = lxml.etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    try:
        root = lxml.etree.parse(BytesIO(body), parser).getroot()
    except lxml.etree.XMLSyntaxError:
        root = None
    if root is None:
        logger.warning("Unreadable feed %s", base_url)
        return
    rss = "//*[local-name()='item']/*[local-name()='link']/text()"
    atom = "//*[local-name()='entry']/*[local-name()='link'][not(@rel) or @rel='alternate']/@href"
    for link in root.xpath(f"{rss} | {atom}"):
        if link := str(link).strip():
            yield urljoin(base_url, link)


def robots_sitemaps(body: bytes, base_url: str) -> Iterator[str]:
    """The sitemaps a robots.txt lists."""
    yield from sitemap_urls_from_robots(body, base_url=base_url)
