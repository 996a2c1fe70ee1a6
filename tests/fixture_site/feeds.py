"""RSS 2.0 and Atom feeds with absolute URLs, plus a deliberately truncated one."""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from .chrome import SITE_NAME

if TYPE_CHECKING:
    from .teasers import Target


def rss(base: str, entries: list[Target], self_path: str = "/rss.xml") -> str:
    """An RSS 2.0 feed of the entries."""
    items = []
    for t in entries:
        s = t.story
        url = escape(base + t.path)
        items.append(
            f"<item><title>{escape(s.title)}</title><link>{url}</link>"
            f'<guid isPermaLink="true">{url}</guid>'
            f"<pubDate>{format_datetime(datetime.fromisoformat(s.published))}</pubDate>"
            f"<dc:creator>{escape(', '.join(s.authors))}</dc:creator>"
            f"<category>{escape(s.section.title())}</category>"
            f"<description>{escape(s.standfirst)}</description></item>"
        )
    joined = "\n".join(items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>{SITE_NAME}</title>
<link>{escape(base)}/</link>
<description>The latest stories from {SITE_NAME}</description>
<language>en</language>
<atom:link href="{escape(base + self_path)}" rel="self" type="application/rss+xml"/>
{joined}
</channel>
</rss>
"""


def atom(base: str, entries: list[Target]) -> str:
    """An Atom feed of the entries."""
    items = []
    for t in entries:
        s = t.story
        url = escape(base + t.path)
        authors = "".join(f"<author><name>{escape(a)}</name></author>" for a in s.authors)
        items.append(
            f'<entry><title>{escape(s.title)}</title><link rel="alternate" href="{url}"/>'
            f"<id>{url}</id><published>{s.published}</published>"
            f"<updated>{s.published}</updated>{authors}"
            f"<summary>{escape(s.standfirst)}</summary></entry>"
        )
    updated = max(t.story.published for t in entries)
    joined = "\n".join(items)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<title>{SITE_NAME}</title>
<id>{escape(base)}/</id>
<updated>{updated}</updated>
<link rel="self" href="{escape(base)}/atom.xml"/>
<link rel="alternate" href="{escape(base)}/"/>
{joined}
</feed>
"""


def truncated(feed: str) -> str:
    """The first two thirds of a feed: XML that ends in the middle of an element."""
    cut = len(feed) * 2 // 3
    return feed[:cut]
