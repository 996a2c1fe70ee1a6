"""Sitemap index, Google News sitemap and a plain URL-set sitemap."""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from .chrome import SITE_NAME

if TYPE_CHECKING:
    from .teasers import Target

NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
CHILDREN = ("/sitemap-news.xml", "/sitemap-articles.xml")


def sitemap_index(base: str, lastmod: str) -> str:
    """The index at /sitemap.xml pointing to the two child sitemaps."""
    items = "".join(
        f"<sitemap><loc>{escape(base + path)}</loc><lastmod>{lastmod}</lastmod></sitemap>"
        for path in CHILDREN
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="{NS}">\n'
        f"{items}\n</sitemapindex>\n"
    )


def news_sitemap(base: str, entries: list[Target]) -> str:
    """A Google News sitemap (news: namespace) of recent articles."""
    items = []
    for t in entries:
        s = t.story
        items.append(
            f"<url><loc>{escape(base + t.path)}</loc><news:news><news:publication>"
            f"<news:name>{SITE_NAME}</news:name><news:language>{s.language}</news:language>"
            f"</news:publication><news:publication_date>{s.published}"
            f"</news:publication_date><news:title>{escape(s.title)}</news:title>"
            "</news:news></url>"
        )
    joined = "\n".join(items)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{NS}" xmlns:news="{NEWS_NS}">\n'
        f"{joined}\n</urlset>\n"
    )


def url_sitemap(base: str, urls: list[tuple[str, str | None]]) -> str:
    """A plain URL set of (path, lastmod or None)."""
    items = []
    for path, lastmod in urls:
        mod = f"<lastmod>{lastmod}</lastmod>" if lastmod else ""
        items.append(f"<url><loc>{escape(base + path)}</loc>{mod}</url>")
    joined = "\n".join(items)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{NS}">\n{joined}\n</urlset>\n'
