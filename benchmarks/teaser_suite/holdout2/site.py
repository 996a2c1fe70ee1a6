"""What a second-holdout layout declares, the page view it renders, and what teasers need."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..layouts.base import View, join
from ..text import esc
from . import labels

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..corpus import Story
    from ..layouts.base import Item


@dataclass(frozen=True)
class Page(View):
    """A page's view with the slots real sites have below the article."""

    below: str = ""  # feeds and widgets under the article (Taboola, onward journeys)
    next: str = ""  # the next article an infinite scroll appends
    label_lang: str = "en"  # the language of the page's labels


def no_embed(html: str, rng: random.Random) -> str:
    """In-body blocks as they are."""
    return html


@dataclass(frozen=True)
class Site:
    """A page template imitating one real kind of news site, and the teasers it shows."""

    name: str
    site: str  # site name
    host: str  # scheme and host
    path: str  # format string: {section} {date} {slug} {n} {uid} {hex}
    paragraph: Callable[[str], str]  # inner HTML -> body paragraph
    subhead: Callable[[str], str]  # escaped text -> subhead
    figure: Callable[[str, str], str]  # (src, caption) -> figure
    ad: Callable[[int], str]  # slot number -> in-body ad
    page: Callable[[Page], str]  # view -> full HTML document
    variants: dict[str, tuple[str, ...]]  # form -> the teaser variants this site shows
    body_class: str = "article-body"  # class of its body container (next articles reuse it)
    label_langs: tuple[str, ...] = ("en",)  # its label languages for bodies in English
    langs: tuple[str, ...] = ()  # body languages it prefers (its own edition's)
    assemble: Callable[[list[Item]], str] = join
    embed: Callable[[str, random.Random], str] = no_embed  # how in-body blocks are embedded
    amp: bool = False  # images as <amp-img>


@dataclass
class Ctx:
    """What a teaser renderer needs from the page."""

    rng: random.Random
    lang: str  # the language of labels
    site: Site
    href: Callable[[Story], str]
    date: str  # the page's date, ISO

    def label(self, role: str) -> str:
        """A label for `role` in the page's label language."""
        return labels.label(self.rng, self.lang, role)

    def para(self, inner: str) -> str:
        """A body paragraph in the site's markup."""
        return self.site.paragraph(inner)

    def img(self, story: Story, cls: str = "", width: int = 400, height: int = 225) -> str:
        """A thumbnail of `story`, lazy-loaded as CMSs emit them."""
        src = f"/resizer/{self.rng.randint(10**5, 10**6)}/{story.id[:10]}.jpg"
        attr = f' class="{cls}"' if cls else ""
        if self.site.amp:
            return (f'<amp-img{attr} src="{src}" width="{width}" height="{height}" '
                    'layout="responsive" alt=""></amp-img>')  # fmt: skip
        lazy = self.rng.choice((' loading="lazy"', ' loading="lazy" decoding="async"', ""))
        return f'<img{attr} src="{src}" width="{width}" height="{height}" alt=""{lazy}>'

    def when(self) -> str:
        """A short date or age as teaser lists print it."""
        day = self.rng.randint(1, 28)
        if self.lang == "ja":
            return f"11/{day}(火) {self.rng.randint(6, 23)}:{self.rng.randint(0, 59):02d}"
        return self.rng.choice((f"Nov {day}, 2019", f"{self.rng.randint(2, 23)}h ago",
                                f"{day}.11.2019", f"November {day}, 2019"))  # fmt: skip


def link(href: str, text: str, cls: str = "") -> str:
    """`<a>` with escaped text."""
    attr = f' class="{cls}"' if cls else ""
    return f'<a{attr} href="{esc(href)}">{esc(text)}</a>'


def jsonld(v: Page, publisher: str) -> str:
    """The NewsArticle JSON-LD most CMSs put in the head (no body text in it)."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": v.title,
        "datePublished": v.published,
        "author": {"@type": "Person", "name": v.author},
        "publisher": {"@type": "Organization", "name": publisher},
        "mainEntityOfPage": v.url,
    }
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'
