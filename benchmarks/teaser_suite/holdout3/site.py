"""What a holdout3 site is made of, the page view its template renders, and what teaser
variants get from the page."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..text import esc
from . import labels

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..corpus import Story


@dataclass(frozen=True)
class Item:
    """One block of the article container: "p", "h", "figure", "embed", "quote", "ad",
    "box" (a teaser block between paragraphs) or "end" (one closing the body)."""

    kind: str
    html: str


def join_items(items: list[Item]) -> str:
    """Body items, one per line."""
    return "\n".join(item.html for item in items)


@dataclass(frozen=True)
class Page:
    """Everything a site template needs to render one page."""

    title: str
    author: str
    published: str  # ISO 8601, local time
    modified: str
    lang: str  # the body's language
    label_lang: str  # the language of the page's own words
    url: str
    section: str
    description: str
    body: str  # the article container's contents
    after: str  # teaser blocks right after the article container
    below: str  # teaser blocks further down, past share bars and comments
    sidebar: str  # teaser blocks in a rail beside the article
    variant: int  # a small number templates use to vary their chrome


@dataclass(frozen=True)
class Site:
    """One imitated news site: how it marks up a body, its page template, its teasers."""

    name: str
    host: str
    path: str  # str.format with section, slug, date (yyyy/mm/dd), d (yyyy-mm-dd), n, m, hex
    para: Callable[[str, bool], str]  # (inner HTML, is first paragraph) -> paragraph block
    subhead: Callable[[str], str]  # escaped text -> subhead block
    figure: Callable[[str, str, str], str]  # (src, caption, credit) -> figure block
    page: Callable[[Page], str]
    variants: dict[str, tuple[str, ...]]  # form -> variant names the site shows
    langs: tuple[str, ...] = ("en",)  # body languages the site publishes; "*" any
    prefer: tuple[str, ...] = ()  # body languages (or sections) it takes first when queued
    label_langs: tuple[str, ...] = ("en",)  # languages of its own words; first is the default
    words: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    classes: dict[str, str] = field(default_factory=dict)  # variant -> container class
    extras: dict[str, float] = field(default_factory=dict)  # body extra -> chance per page
    embed: Callable[[str, str], str] = lambda kind, html: html  # wraps tweets, videos...
    listing: Callable[[list[str]], str] = lambda xs: (
        "<ul>" + "".join(f"<li>{x}</li>" for x in xs) + "</ul>"
    )
    line_break: str = "\n"  # between one-line teasers; "<br><br>" on sites without <p>
    assemble: Callable[[list[Item]], str] = join_items
    years: tuple[int, int] = (2019, 2024)
    sections: tuple[str, ...] = ("News", "World", "Business", "Politics", "Health")
    link_words: str = "/topic/{word}/"  # in-text links of body paragraphs


@dataclass
class Ctx:
    """What a teaser variant gets from the page: randomness, words, links, images."""

    rng: random.Random
    lang: str  # language of the page's own words
    site: Site
    href: Callable[[Story], str]
    year: int  # the page's year; teasers show dates up to it

    def say(self, key: str) -> str:
        """One of the site's (or the common) words for `key` in the page's language."""
        table = self.site.words.get(key) or labels.WORDS[key]
        options = table.get(self.lang) or table.get(self.site.label_langs[0]) or table["en"]
        return self.rng.choice(options)

    def cls(self, variant: str, default: str) -> str:
        """The container class the site gives a variant."""
        return self.site.classes.get(variant, default)

    def ago(self) -> str:
        """A relative time as the site prints it."""
        return labels.ago(self.rng, self.lang)

    def when(self) -> str:
        """A publication date of an earlier story, as the site prints dates."""
        year = self.year - (self.rng.random() < 0.2)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if self.lang == "en":
            return f"{labels.MONTHS[month - 1][:3]} {day}, {year}"
        return f"{day:02d}.{month:02d}.{year}"

    def img(self, story: Story, width: int = 300, height: int = 169, cls: str = "") -> str:
        """A lazy thumbnail of the story."""
        src = f"/images/{story.id[:10]}-{self.rng.randint(100, 999)}-{width}x{height}.jpg"
        attr = f' class="{cls}"' if cls else ""
        lazy = self.rng.choice((' loading="lazy"', ' loading="lazy" decoding="async"', ""))
        return f'<img{attr} src="{src}" width="{width}" height="{height}" alt=""{lazy}>'

    def a(self, story: Story, inner: str, attrs: str = "") -> str:
        """A link to the story around `inner` (already HTML)."""
        return f'<a href="{esc(self.href(story))}"{attrs}>{inner}</a>'
