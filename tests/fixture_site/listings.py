"""Listing pages: the front page, section pages, tag pages and the latest stories (never
articles)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from .chrome import SECTIONS
from .shell import shell
from .text import esc

if TYPE_CHECKING:
    from .teasers import Target

TRACKING = "?utm_source=homepage&utm_medium=x"
PROSE_DIR = Path(__file__).parent / "prose"
LATEST = "/latest/"
LATEST_LINK = f'<p class="all-latest"><a href="{LATEST}">All the latest stories</a></p>'
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")


def item_html(t: Target, href: str = "", extra: str = "") -> str:
    """Headline link plus standfirst."""
    return (
        f'<div class="item"><h3><a href="{esc(href or t.path)}">{esc(t.story.title)}</a></h3>'
        f'<p class="standfirst">{esc(t.story.standfirst)}</p>{extra}</div>'
    )


def front_page(
    listed: list[Target],
    *,
    tracked: list[Target],
    commented: Target,
    private: Target,
    odd_links: dict[str, str],
    tags: list[str],
) -> str:
    """The home page: top stories with tracking links, section blocks, most read, topics."""
    top = "".join(item_html(t, t.path + TRACKING) for t in tracked)
    comments = f'<a class="cmt" href="{commented.path}#comments">2 comments</a>'
    blocks = []
    for key, label in SECTIONS.items():
        items = "".join(
            item_html(t, extra=comments if t is commented else "")
            for t in listed
            if t.story.section == key
        )
        blocks.append(
            f'<section class="sec"><h2><a href="/{key}/">{label}</a></h2>{items}</section>'
        )
    most_read = "".join(
        f'<li><a href="{esc(h)}">{esc(text)}</a></li>' for h, text in odd_links.items()
    )
    topics = "".join(f'<li><a href="/tag/{t}/">{esc(t.title())}</a></li>' for t in tags)
    content = (
        '<h1 class="sr-only">Example News</h1>'
        f'<div class="top">{top}</div>'
        f'<div class="exclusive"><span class="flag">Exclusive</span>{item_html(private)}</div>'
        f"{''.join(blocks)}"
        f'<aside class="most-read"><h2>Most read</h2><ol>{most_read}</ol></aside>'
        f'<nav class="topics"><h2>Topics</h2><ul>{topics}</ul></nav>{LATEST_LINK}'
    )
    return shell("Example News", content, full_title=False)


def section_page(key: str, entries: list[Target], extras: dict[str, str], feed: str = "") -> str:
    """A section page listing its stories; `extras` adds HTML under an entry's item."""
    items = "".join(item_html(t, extra=extras.get(t.path, "")) for t in entries)
    label = SECTIONS[key]
    content = f'<h1 class="section-title">{label}</h1><div class="list">{items}</div>{LATEST_LINK}'
    head = ""
    if feed:
        head = f'<link rel="alternate" type="application/rss+xml" title="{label}" href="{feed}">'
        content += f'<p class="feed"><a href="{feed}">{label} RSS feed</a></p>'
    return shell(label, content, active=key, head_extra=head)


def tag_page(tag: str, entries: list[Target]) -> str:
    """A tag page listing the stories with that tag."""
    items = "".join(item_html(t) for t in entries) or "<p>No stories yet.</p>"
    content = f'<h1 class="tag-title">Topic: {esc(tag.title())}</h1><div class="list">{items}</div>'
    return shell(f"Topic: {tag.title()}", content)


def latest_page(entries: list[Target]) -> str:
    """/latest/: each story's headline, standfirst, lead (its first two sentences, cut off)
    and a "Read more" link. A listing, but its long lines of finished sentences read like an
    article's: the page-type model alone takes it for one (only a link leads to it)."""
    items = "".join(
        f'<li><h3><a href="{esc(t.path)}">{esc(t.story.title)}</a></h3>'
        f"<p>{esc(t.story.standfirst)}</p><p>{esc(lead(t))}</p>"
        f'<a class="more" href="{esc(t.path)}">Read more</a></li>'
        for t in entries
    )
    content = f'<h1 class="latest-title">Latest stories</h1><ul class="latest">{items}</ul>'
    return shell("Latest stories", content)


def lead(t: Target) -> str:
    """The first two sentences of a story's first paragraph, and an ellipsis."""
    return " ".join(SENTENCE_BREAK.split(t.story.prose[0])[:2]) + " …"


def prose_page(name: str) -> str:
    """/about/ or /terms/: long prose that is not an article (no date, og:type website)."""
    title, _, body = (PROSE_DIR / f"{name}.txt").read_text(encoding="utf-8").partition("\n\n")
    paragraphs = "".join(f"<p>{esc(line)}</p>" for line in body.splitlines() if line.strip())
    content = f'<div class="page-content"><h1>{esc(title.strip())}</h1>{paragraphs}</div>'
    return shell(title.strip(), content)
