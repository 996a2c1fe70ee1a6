"""The interface every article template implements, and the view it renders."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..chrome import page_title
from ..text import esc

if TYPE_CHECKING:
    from collections.abc import Callable


@dataclass(frozen=True)
class ArticleView:
    """Everything a template needs to render one article page."""

    title: str
    byline: str  # "By Jane Doe"
    authors: tuple[str, ...]
    published: str
    section: str
    language: str
    description: str
    canonical_url: str
    image: str
    tags: tuple[str, ...]
    body_html: str  # paragraphs, figure and in-body teaser blocks, in the template's markup
    after_html: str  # teaser blocks that follow the body
    charset: str = "utf-8"


@dataclass(frozen=True)
class Layout:
    """A page template that imitates one CMS."""

    name: str
    paragraph: Callable[[str, str | None], str]  # (inner HTML, class or None) -> block
    subhead: Callable[[str], str]  # plain text -> block
    figure: Callable[[str, str], str]  # (image src, plain caption) -> block
    page: Callable[[ArticleView], str]  # view -> full HTML document
    extras: tuple[str, ...] = ()  # text this template adds outside the body (comments, ...)


def class_attr(cls: str | None) -> str:
    """` class="..."` or nothing."""
    return f' class="{esc(cls)}"' if cls else ""


def plain_paragraph(inner: str, cls: str | None) -> str:
    """A body paragraph: a bare ``<p>``, with its class if it has one."""
    return f"<p{class_attr(cls)}>{inner}</p>"


def bold_subhead(text: str) -> str:
    """An in-article subhead as old templates write it: a bold paragraph."""
    return f"<p><strong>{esc(text)}</strong></p>"


def basic_head(v: ArticleView, extra: str = "") -> str:
    """<head> contents most templates share: charset, title, description, canonical."""
    return (
        f'<meta charset="{v.charset}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(page_title(v.title))}</title>"
        f'<meta name="description" content="{esc(v.description)}">'
        f'<link rel="canonical" href="{esc(v.canonical_url)}">'
        '<link rel="alternate" type="application/rss+xml" title="Example News" href="/rss.xml">'
        f"{extra}"
    )


def tag_links(tags: tuple[str, ...]) -> str:
    """Links to the tag pages of a story."""
    return "".join(f'<a href="/tag/{t}/" rel="tag">{esc(t.title())}</a> ' for t in tags)
