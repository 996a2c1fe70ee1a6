"""Telling what a fetched resource is, and finding the page URLs it lists.

A start URL may be a home or section page, an RSS/Atom or JSON feed, an XML or text sitemap or
a sitemap index, a robots.txt or an article; the crawl tells them apart from the response
itself (its bytes and content type), not from the URL.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from enum import StrEnum
from io import BytesIO
from typing import TYPE_CHECKING
from urllib.parse import urljoin

import lxml.etree
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import sitemap_urls_from_robots

if TYPE_CHECKING:
    from collections.abc import Iterator

logger = logging.getLogger(__name__)

MAX_XML_BYTES = 50 * 1024 * 1024
_XML_ROOT = re.compile(rb"<(?:[\w.-]+:)?([A-Za-z][\w.-]*)[\s>/]")
_TEXT_SITEMAP_LINE = re.compile(r"https?://\S+\Z")
_PARTIAL_DATE = re.compile(r"\A\d{4}(?:-\d{2})?\Z")
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
    if is_json_feed(body):
        return Kind.FEED
    if root is None and text_sitemap_urls(body):
        return Kind.SITEMAP
    return Kind.OTHER


def is_json_feed(body: bytes) -> bool:
    """Whether ``body`` is a JSON Feed (jsonfeed.org): an object naming its version URL."""
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{") and b"jsonfeed.org/version/" in head.replace(b"\\/", b"/")


def text_sitemap_urls(body: bytes) -> list[str]:
    """The URLs of a text sitemap (sitemaps.org: UTF-8, one absolute URL a line), or [] when
    ``body`` is not one (any non-empty line that is not an http(s) URL)."""
    try:
        lines = [line.strip() for line in body.decode("utf-8-sig").splitlines()]
    except UnicodeDecodeError:
        return []
    urls = [line for line in lines if line]
    if not urls or not all(_TEXT_SITEMAP_LINE.match(url) for url in urls):
        return []
    return urls


@dataclass(frozen=True, slots=True)
class Listed:
    """A URL a feed or sitemap lists, with the date it gives for it (UTC), if any: a
    sitemap's ``lastmod`` (or a news sitemap's ``publication_date``), a feed item's
    ``updated`` (Atom), ``pubDate`` or ``dc:date`` (RSS), or ``published``. ``news``: the
    entry is a news sitemap's (it holds a ``<news:news>`` element), and so an article's."""

    url: str
    modified: datetime | None = None
    news: bool = False


def parse_date(value: str | None) -> datetime | None:
    """A feed or sitemap date as an aware UTC datetime: RFC 822 (RSS ``pubDate``) or W3C /
    ISO 8601 (``lastmod``, Atom, ``dc:date``; a bare ``YYYY`` or ``YYYY-MM`` is its first
    day); None when missing or unreadable (the entry is then treated as new)."""
    value = (value or "").strip()
    if not value:
        return None
    parsed: datetime | None = None
    if _PARTIAL_DATE.match(value):
        value = (value + "-01-01")[:10]
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _xml_root(body: bytes) -> lxml.etree._Element | None:
    parser = lxml.etree.XMLParser(
        recover=True, remove_comments=True, resolve_entities=False, no_network=True
    )
    try:
        return lxml.etree.parse(BytesIO(body), parser).getroot()
    except lxml.etree.XMLSyntaxError:
        return None


def _local(element: lxml.etree._Element) -> str:
    tag = element.tag
    return lxml.etree.QName(tag).localname if isinstance(tag, str) else ""


def sitemap_entries(body: bytes, base_url: str) -> Iterator[Listed]:
    """The ``<loc>`` URLs of a sitemap or sitemap index with their dates (alternate-language
    links included, with the date of their entry), those of news sitemap entries marked
    ``news`` (never the child sitemaps of an index, whatever namespaces it declares)."""
    if xml_root_name(body) is None and (urls := text_sitemap_urls(body)):
        yield from (Listed(url) for url in urls)
        return
    root = _xml_root(body)
    if root is None or _local(root) not in {"urlset", "sitemapindex"}:
        logger.warning("Unreadable sitemap %s", base_url)
        return
    for entry in root:
        if _local(entry) not in {"url", "sitemap"}:
            continue
        loc, dates, alternates, news = None, {}, [], False
        for element in entry.iter():
            name = _local(element)
            if name == "loc" and element.getparent() is entry:
                loc = (element.text or "").strip()
            elif name in {"lastmod", "publication_date"}:
                dates[name] = element.text
            elif name == "link" and element.get("href"):
                alternates.append(element.get("href").strip())
            elif name == "news":
                news = _local(entry) == "url"
        modified = parse_date(dates.get("lastmod")) or parse_date(dates.get("publication_date"))
        for url in [loc] * bool(loc) + alternates:
            yield Listed(urljoin(base_url, url), modified, news)


def sitemap_links(body: bytes, base_url: str) -> Iterator[str]:
    """The ``<loc>`` URLs of a sitemap or sitemap index (alternate-language links included)."""
    for entry in sitemap_entries(body, base_url):
        yield entry.url


_FEED_DATES = ("updated", "modified", "pubDate", "date", "published", "issued")


def feed_entries(body: bytes, base_url: str) -> Iterator[Listed]:
    """The item links of an RSS 0.9x/1.0/2.0, Atom or JSON feed, with their dates."""
    if is_json_feed(body):
        yield from json_feed_entries(body, base_url)
        return
    root = _xml_root(body)
    if root is None:
        logger.warning("Unreadable feed %s", base_url)
        return
    for item in root.xpath("//*[local-name()='item' or local-name()='entry']"):
        link, dates = None, {}
        for element in item:
            name = _local(element)
            if name == "link" and link is None:
                if _local(item) == "item":
                    link = (element.text or "").strip() or None
                elif element.get("rel") in {None, "alternate"}:
                    link = (element.get("href") or "").strip() or None
            elif name in _FEED_DATES:
                dates.setdefault(name, element.text)
        if link:
            found = (parse_date(dates[name]) for name in _FEED_DATES if name in dates)
            yield Listed(urljoin(base_url, link), next((d for d in found if d), None))


def json_feed_entries(body: bytes, base_url: str) -> Iterator[Listed]:
    """The item URLs of a JSON Feed (``url``, else ``external_url``), dated by
    ``date_modified``, else ``date_published``."""
    try:
        feed = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        feed = None
    items = feed.get("items") if isinstance(feed, dict) else None
    if not isinstance(items, list):
        logger.warning("Unreadable feed %s", base_url)
        return
    for item in items:
        if not isinstance(item, dict):
            continue
        link = item.get("url") or item.get("external_url")
        if isinstance(link, str) and link.strip():
            dates = (item.get(k) for k in ("date_modified", "date_published"))
            found = (parse_date(d) for d in dates if isinstance(d, str))
            yield Listed(urljoin(base_url, link.strip()), next((d for d in found if d), None))


def feed_links(body: bytes, base_url: str) -> Iterator[str]:
    """The item links of an RSS 0.9x/1.0/2.0 or Atom feed."""
    for entry in feed_entries(body, base_url):
        yield entry.url


def robots_sitemaps(body: bytes, base_url: str) -> Iterator[str]:
    """The sitemaps a robots.txt lists."""
    yield from sitemap_urls_from_robots(body, base_url=base_url)
