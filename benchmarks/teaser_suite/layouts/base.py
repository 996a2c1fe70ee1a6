"""What every layout implements, and the view of one page it renders."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..text import esc

if TYPE_CHECKING:
    from collections.abc import Callable


@dataclass(frozen=True)
class Item:
    """One block of the article body: a paragraph, subhead, figure, ad or teaser block."""

    kind: str  # "p", "h", "figure", "ad" or "teaser"
    html: str


@dataclass(frozen=True)
class View:
    """Everything a layout needs to render one page."""

    title: str
    author: str
    published: str  # ISO 8601 datetime
    lang: str
    url: str
    section: str
    description: str
    body: list[Item]
    after: str  # teaser blocks following the body
    sidebar: str  # teaser blocks in a sidebar
    variant: int  # a small page-level number layouts use to vary their chrome


def join(items: list[Item]) -> str:
    """Body items, one per line."""
    return "\n".join(item.html for item in items)


@dataclass(frozen=True)
class Layout:
    """A page template imitating one kind of CMS."""

    name: str
    site: str  # site name
    host: str  # scheme and host
    style: str  # markup flavour of teaser blocks: "plain", "hashed", "table", "amp"
    paragraph: Callable[[str], str]  # inner HTML -> body paragraph
    subhead: Callable[[str], str]  # escaped text -> subhead block
    figure: Callable[[str, str], str]  # (src, caption) -> figure block
    page: Callable[[View], str]  # view -> full HTML document
    assemble: Callable[[list[Item]], str] = join
    path: str = "/{section}/{date}/{slug}/"


def p_tag(cls: str = "") -> Callable[[str], str]:
    """A paragraph renderer `<p class=...>`."""
    attr = f' class="{esc(cls)}"' if cls else ""
    return lambda inner: f"<p{attr}>{inner}</p>"


def simple_figure(cls: str = "", caption_tag: str = "figcaption") -> Callable[[str, str], str]:
    """A figure renderer `<figure><img><figcaption>`."""
    attr = f' class="{esc(cls)}"' if cls else ""
    return lambda src, caption: (
        f'<figure{attr}><img src="{src}" alt=""><{caption_tag}>{esc(caption)}</{caption_tag}>'
        "</figure>"
    )


def head(v: View, site: str, extra: str = "") -> str:
    """Common <head> contents."""
    return (
        '<meta charset="utf-8"><meta name="viewport" content="width=device-width">'
        f"<title>{esc(v.title)} | {esc(site)}</title>"
        f'<meta name="description" content="{esc(v.description)}">'
        f'<link rel="canonical" href="{esc(v.url)}">{extra}'
    )
