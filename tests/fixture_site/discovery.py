"""Which article paths each kind of page links to: HTML pages, RSS, Atom and sitemaps."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

if TYPE_CHECKING:
    from .model import Page

HREF_RE = re.compile(r'href="([^"]+)"')
RSS_LINK_RE = re.compile(r"<link>([^<]+)</link>")
LOC_RE = re.compile(r"<loc>([^<]+)</loc>")


def source_of(path: str, page: Page) -> tuple[str, re.Pattern[str]] | None:
    """The discovery source a page counts as, and the pattern of its links."""
    if page.status != 200:
        return None
    if path == "/rss.xml":
        return "rss", RSS_LINK_RE
    if path == "/atom.xml":
        return "atom", re.compile(r'<link rel="alternate" href="([^"]+)"')
    if path.startswith("/sitemap"):
        return "sitemap", LOC_RE
    if page.content_type.startswith("text/html"):
        return "html", HREF_RE
    return None


def link_sources(base_url: str, pages: dict[str, Page]) -> dict[str, set[str]]:
    """For every linked same-site path, the sources that link to it (self-links ignored)."""
    host = urlsplit(base_url).netloc
    found: dict[str, set[str]] = {}
    for path, page in pages.items():
        kind = source_of(path, page)
        if kind is None:
            continue
        source, pattern = kind
        text = page.body.decode("utf-8", "replace") if source != "html" else decode(page)
        for raw in pattern.findall(text):
            url = urlsplit(urljoin(base_url + path, html.unescape(raw)))
            if url.netloc == host and url.path != path:
                found.setdefault(url.path, set()).add(source)
    return found


def decode(page: Page) -> str:
    """Page body decoded with the charset of its content type."""
    charset = page.content_type.partition("charset=")[2] or "utf-8"
    return page.body.decode(charset, "replace")
