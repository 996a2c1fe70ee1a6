"""The throughput benchmark's site: many heavy article pages that link to each other.

Each article page is about 57 KB, as a news page with its scripts, styles and furniture is,
and holds about 61 same-site links (navigation, trending bar, links in the body, related
cards, most read, more from the section, footer); a sitemap index and one URL-set sitemap
list every article, robots.txt names the index. The article texts are the unique filler
stories of the dedup benchmark (:mod:`benchmarks.dedup_data.filler`: AEB bodies with every
word replaced), so no two are duplicates. Served by the fixture server
(:class:`tests.fixture_site.FixtureServer`).
"""

from __future__ import annotations

import html
import json
import random
from dataclasses import dataclass
from typing import TYPE_CHECKING

from benchmarks.dedup_data import filler
from tests.fixture_site import Page, Site

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

SECTIONS = (
    "world", "uk", "business", "politics", "tech", "science",
    "health", "sport", "culture", "travel", "climate", "opinion",
)  # fmt: skip
SERVICE = ("about", "contact", "terms", "privacy", "careers", "advertise")
HTML = "text/html; charset=utf-8"
XML = "application/xml; charset=utf-8"
PAGE_BYTES = 57_000  # what an article page weighs, scripts and styles included
LINKS = {"trending": 9, "inline": 3, "related": 6, "most_read": 10, "more": 13}


@dataclass(frozen=True)
class Story:
    path: str
    title: str
    section: str
    published: str
    paragraphs: list[str]


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def stories(texts: list[str], seed: int = 3) -> list[Story]:
    """One story per filler text, spread over the sections and November 2026."""
    rng = random.Random(seed)
    out = []
    for i, text in enumerate(texts):
        paragraphs = text.split("\n")
        words = paragraphs[0].split()[:9]
        title = " ".join(words).rstrip(".,;:")
        ascii_words = [w for w in words if w.isascii() and w.isalpha()]
        slug = "-".join(w.lower() for w in ascii_words[:6]) or "story"
        section = SECTIONS[i % len(SECTIONS)]
        day = 1 + rng.randrange(28)
        published = f"2026-11-{day:02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00+00:00"
        path = f"/{section}/2026/11/{day:02d}/{slug}-{i}.html"
        out.append(Story(path, title, section, published, paragraphs))
    return out


def _style(rng: random.Random) -> str:
    rules = [
        f".c{i}-{rng.randrange(10**6):06d}{{margin:{rng.randrange(40)}px;"
        f"padding:{rng.randrange(20)}px {rng.randrange(20)}px;color:#{rng.randrange(16**6):06x};"
        f"font:{rng.randrange(10, 30)}px/1.{rng.randrange(9)} Georgia,serif}}"
        for i in range(60)
    ]
    return "<style>" + "".join(rules) + "</style>"


def _state_script(rng: random.Random, size: int) -> str:
    """An inline script of page state, as the news CMSs embed (ads, experiments, tracking)."""
    slots = []
    while sum(len(s) for s in slots) < size:
        slots.append(
            json.dumps(
                {
                    "slot": f"ad-{rng.randrange(10**8)}",
                    "sizes": [[300, 250], [728, 90]],
                    "targeting": {"kw": [f"k{rng.randrange(10**5)}" for _ in range(6)]},
                    "experiment": f"{rng.randrange(16**12):012x}",
                }
            )
        )
    return f"<script>window.__STATE__=[{','.join(slots)}];</script>"


def _link(story: Story) -> str:
    return f'<a href="{story.path}">{_esc(story.title)}</a>'


def _nav() -> str:
    items = '<li><a href="/">Home</a></li>' + "".join(
        f'<li><a href="/{s}/">{s.title()}</a></li>' for s in SECTIONS
    )
    return f'<header class="masthead"><nav aria-label="Main"><ul>{items}</ul></nav></header>'


def _footer() -> str:
    items = "".join(f'<li><a href="/{s}/">{s.title()}</a></li>' for s in SERVICE)
    items += '<li><a href="/rss.xml">RSS</a></li><li><a href="/sitemap.xml">Sitemap</a></li>'
    return f'<footer class="site-footer"><ul>{items}</ul><p>© 2026 Bench News</p></footer>'


def article_html(base: str, story: Story, all_stories: list[Story], i: int) -> str:
    """One article page, about :data:`PAGE_BYTES` long."""
    rng = random.Random(i)
    others = rng.sample([s for s in all_stories if s is not story], sum(LINKS.values()))
    picks, at = {}, 0
    for name, n in LINKS.items():
        picks[name], at = others[at : at + n], at + n
    body = []
    inline = iter(picks["inline"])
    for n, paragraph in enumerate(story.paragraphs):
        extra = f" See also {_link(link)}." if n % 4 == 2 and (link := next(inline, None)) else ""
        body.append(f"<p>{_esc(paragraph)}{extra}</p>")
    related = "".join(
        f'<div class="card"><a href="{s.path}"><img src="/img/{k}.jpg" alt=""></a>'
        f"<h3>{_link(s)}</h3><p>{_esc(s.paragraphs[0][:140])}</p></div>"
        for k, s in enumerate(picks["related"])
    )
    lists = {
        name: "".join(f"<li>{_link(s)}</li>" for s in picks[name])
        for name in ("trending", "most_read", "more")
    }
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": story.title,
            "datePublished": story.published,
            "author": {"@type": "Person", "name": "Bench Reporter"},
        }
    )
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{_esc(story.title)} | Bench News</title>
<meta name="description" content="{_esc(story.paragraphs[0][:160])}">
<meta property="og:type" content="article"><meta property="og:title" content="{_esc(story.title)}">
<link rel="canonical" href="{base}{story.path}">
<script type="application/ld+json">{ld}</script>
{_style(rng)}
</head><body class="article">
{_nav()}
<div class="trending"><h2>Trending</h2><ul>{lists["trending"]}</ul></div>
<main><article><h1>{_esc(story.title)}</h1>
<p class="byline">By Bench Reporter,
<time datetime="{story.published}">{story.published[:10]}</time></p>
<div class="article-body">{"".join(body)}</div></article>
<section class="related"><h2>Related stories</h2>{related}</section></main>
<aside class="most-read"><h2>Most read</h2><ol>{lists["most_read"]}</ol></aside>
<aside class="more"><h2>More from {story.section.title()}</h2><ul>{lists["more"]}</ul></aside>
{_footer()}
SCRIPT
</body></html>
"""
    room = PAGE_BYTES - len(page.encode("utf-8"))
    return page.replace("SCRIPT", _state_script(rng, max(0, room - 120)))


def listing_html(title: str, entries: list[Story]) -> str:
    """A front or section page: headlines of its newest stories."""
    items = "".join(f"<li>{_link(s)}</li>" for s in entries)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{_esc(title)}</title>'
        f'<meta property="og:type" content="website"></head><body>{_nav()}<main><h1>{_esc(title)}'
        f"</h1><ul>{items}</ul></main>{_footer()}</body></html>"
    )


def build(base: str, texts: list[str]) -> Site:
    """The whole site at ``base`` (no trailing slash)."""
    all_stories = stories(texts)
    pages: dict[str, Page] = {}
    for i, story in enumerate(all_stories):
        pages[story.path] = Page(200, HTML, article_html(base, story, all_stories, i).encode())
    newest = sorted(all_stories, key=lambda s: s.published, reverse=True)
    pages["/"] = Page(200, HTML, listing_html("Bench News", newest[:60]).encode())
    for section in SECTIONS:
        entries = [s for s in newest if s.section == section][:50]
        pages[f"/{section}/"] = Page(200, HTML, listing_html(section.title(), entries).encode())
    for name in SERVICE:
        prose = f"<p>{_esc(name.title())} of Bench News, a site for benchmarks.</p>"
        page = f"<!DOCTYPE html><html><head><title>{name}</title></head><body>{prose}</body></html>"
        pages[f"/{name}/"] = Page(200, HTML, page.encode())
    locs = "".join(f"<url><loc>{base}{s.path}</loc></url>" for s in all_stories)
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    pages["/sitemap-articles.xml"] = Page(
        200, XML, f'<?xml version="1.0" encoding="UTF-8"?><urlset {ns}>{locs}</urlset>'.encode()
    )
    index = f"<sitemap><loc>{base}/sitemap-articles.xml</loc></sitemap>"
    pages["/sitemap.xml"] = Page(
        200, XML, f'<?xml version="1.0"?><sitemapindex {ns}>{index}</sitemapindex>'.encode()
    )
    robots = f"User-agent: *\nAllow: /\n\nSitemap: {base}/sitemap.xml\n"
    pages["/robots.txt"] = Page(200, "text/plain", robots.encode())
    return Site(
        base_url=base,
        pages=pages,
        articles={},
        non_articles=frozenset(),
        disallowed=frozenset(),
    )


def builder(aeb_dir: Path, articles: int) -> Callable[[str], Site]:
    """A :class:`FixtureServer` builder of the site with ``articles`` stories."""
    texts = filler.filler_texts(aeb_dir, articles)
    return lambda base: build(base.rstrip("/"), texts)
