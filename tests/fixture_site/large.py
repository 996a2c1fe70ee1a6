"""A large generated news site: any number of distinct articles, for soak runs.

The front page links numbered archive pages, each linking a page of articles. Each article's
text is made of sentences drawn (seeded by its number) from the words of the project's story
files, so every article is distinct from every other: none is a near duplicate, and the
records an uninterrupted crawl emits do not depend on the order pages arrive in.
"""

from __future__ import annotations

import random
import re
from functools import cache, partial
from typing import TYPE_CHECKING

from .articles import all_stories
from .layouts import LAYOUTS, ArticleView
from .model import ExpectedArticle, Page, Site
from .shell import shell
from .text import esc

if TYPE_CHECKING:
    from collections.abc import Callable

HTML = "text/html; charset=utf-8"
PER_ARCHIVE_PAGE = 50
PARAGRAPHS = 6
SENTENCES_PER_PARAGRAPH = 3


@cache
def vocabulary() -> tuple[str, ...]:
    """The distinct lower-case words of the English fixture stories."""
    words = {
        word.lower()
        for story in all_stories().values()
        if story.language == "en"
        for word in re.findall(r"[A-Za-z]{3,}", story.text)
    }
    return tuple(sorted(words))


def sentence(rng: random.Random) -> str:
    """A sentence of 10 to 18 words from :func:`vocabulary`."""
    words = rng.choices(vocabulary(), k=rng.randint(10, 18))
    return " ".join(words).capitalize() + "."


def article_path(number: int) -> str:
    return f"/news/{number // 100:03d}/story-{number:05d}.html"


def render_article(number: int, base: str) -> tuple[Page, ExpectedArticle]:
    """The page of article ``number`` and its expected record."""
    rng = random.Random(number)
    path = article_path(number)
    title = " ".join(rng.choices(vocabulary(), k=7)).capitalize()
    paragraphs = [
        " ".join(sentence(rng) for _ in range(SENTENCES_PER_PARAGRAPH)) for _ in range(PARAGRAPHS)
    ]
    published = f"2026-{1 + number % 12:02d}-{1 + number % 28:02d}T08:00:00+00:00"
    layout = LAYOUTS["taipei"]
    view = ArticleView(
        title=title,
        byline="By Staff Writer",
        authors=("Staff Writer",),
        published=published,
        section="news",
        language="en",
        description=paragraphs[0][:150],
        canonical_url=base + path,
        image="",
        tags=(),
        body_html="\n".join(layout.paragraph(esc(p), None) for p in paragraphs),
        after_html="",
    )
    expected = ExpectedArticle(
        path=path,
        title=title,
        text="\n".join(paragraphs),
        published=published,
        authors=("Staff Writer",),
        language="en",
        teasers=(),
        canonical_path=path,
        duplicate_of=None,
        kind="article",
        section="news",
        layout="taipei",
        found_in=frozenset({"html"}),
    )
    return Page(200, HTML, layout.page(view).encode("utf-8")), expected


def listing_page(title: str, links: list[tuple[str, str]]) -> Page:
    items = "".join(f'<li><a href="{href}">{esc(text)}</a></li>' for href, text in links)
    return Page(200, HTML, shell(title, f"<h1>{esc(title)}</h1><ul>{items}</ul>").encode())


def build_large_site(base_url: str, articles: int = 2000) -> Site:
    """A site of ``articles`` distinct articles served at ``base_url``."""
    base = base_url.rstrip("/")
    pages: dict[str, Page] = {}
    expected: dict[str, ExpectedArticle] = {}
    for number in range(articles):
        path = article_path(number)
        pages[path], expected[path] = render_article(number, base)
    numbers = list(range(articles))
    archives = [numbers[i : i + PER_ARCHIVE_PAGE] for i in range(0, articles, PER_ARCHIVE_PAGE)]
    for index, chunk in enumerate(archives):
        links = [(article_path(n), expected[article_path(n)].title) for n in chunk]
        pages[f"/archive/{index}/"] = listing_page(f"Archive page {index + 1}", links)
    pages["/"] = listing_page(
        "Archives", [(f"/archive/{i}/", f"Archive page {i + 1}") for i in range(len(archives))]
    )
    pages["/robots.txt"] = Page(200, "text/plain; charset=utf-8", b"User-agent: *\nDisallow:\n")
    listings = frozenset({"/", *(f"/archive/{i}/" for i in range(len(archives)))})
    return Site(base, pages, expected, listings, frozenset())


def large_site(articles: int) -> Callable[[str], Site]:
    """A :class:`FixtureServer` builder of a large site with ``articles`` articles."""
    return partial(build_large_site, articles=articles)
