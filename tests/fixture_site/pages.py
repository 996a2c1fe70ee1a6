"""The news site: every page of it and its ground truth, built for one base URL."""

from __future__ import annotations

import dataclasses

from . import feeds, listings, sitemaps
from .article_page import ArticleSpec, render_article
from .articles import all_stories, source_of
from .chrome import SECTIONS
from .discovery import link_sources
from .model import ExpectedArticle, Page, Site
from .plan import PLANS, PagePlan, main_path
from .shell import error_html
from .teasers import Target, count_for
from .text import LINK_RE

MISSING_PATH = "/world/2026/03/01/ferry-timetable-changes.html"  # linked, answers 404
ERROR_PATH = "/business/2026/03/13/live-market-updates.html"  # linked, answers 500
BROKEN_FEED = "/feeds/broken.xml"  # truncated XML
EXTERNAL_URL = "https://other-news.example/story.html"
FEED_SIZE = 12
NEWS_SITEMAP_SIZE = 8
HTML = "text/html; charset=utf-8"
XML = "application/xml; charset=utf-8"


def html_page(text: str, status: int = 200) -> Page:
    """A UTF-8 HTML page."""
    return Page(status, HTML, text.encode("utf-8"))


def xml_page(text: str, content_type: str = XML) -> Page:
    """A UTF-8 XML document."""
    return Page(200, content_type, text.encode("utf-8"))


class NewsSiteBuilder:
    """Builds pages and expected articles from the stories and the page plans."""

    def __init__(self, base_url: str) -> None:
        self.base = base_url.rstrip("/")
        self.stories = all_stories()
        self.paths = {p: main_path(p, *self.story_meta(p)) for p in PLANS}
        self.main = {p.slug: self.paths[p] for p in PLANS if not p.is_amp}
        self.pages: dict[str, Page] = {}
        self.expected: dict[str, ExpectedArticle] = {}

    def story_meta(self, plan: PagePlan) -> tuple[str, str]:
        """Publication date and section of a plan's story."""
        story = self.stories[plan.slug]
        return story.published, story.section

    def target(self, plan: PagePlan) -> Target:
        """A plan's page as a link target."""
        return Target(self.paths[plan], self.stories[plan.slug])

    def listed(self, listing: str = "normal") -> list[Target]:
        """Pages with the given listing, newest first."""
        found = [self.target(p) for p in PLANS if p.listing == listing]
        return sorted(found, key=lambda t: t.story.published, reverse=True)

    def resolve(self, ref: str) -> str:
        """Path for an inline-link reference `story:slug` or `tag:name`."""
        kind, _, value = ref.partition(":")
        return self.main[value] if kind == "story" else f"/tag/{value}/"

    def teaser_pool(self) -> list[Target]:
        """Stories other pages may tease: normally listed English news articles."""
        return [
            self.target(p)
            for p in PLANS
            if p.kind == "article" and p.listing == "normal"
            if self.stories[p.slug].language == "en"
        ]

    def choose_targets(self, plan: PagePlan, seed: int) -> dict[str, list[Target]]:
        """Distinct teaser targets for each form on one page, never the page's own story."""
        family = {plan.slug, source_of(plan.slug)}
        pool = [t for t in self.teaser_pool() if t.story.slug not in family]
        start = (seed * 3) % len(pool)
        rotated = pool[start:] + pool[:start]
        chosen: dict[str, list[Target]] = {}
        for form in plan.forms:
            n = count_for(form, seed)
            if n > len(rotated):
                raise ValueError(f"not enough teaser targets for {plan.slug}")
            chosen[form], rotated = rotated[:n], rotated[n:]
        return chosen

    def add_articles(self) -> None:
        """Render every planned article page."""
        for seed, plan in enumerate(PLANS):
            path = self.paths[plan]
            source = source_of(plan.slug)
            if plan.is_amp:
                canonical, duplicate_of = self.main[plan.slug], self.main[plan.slug]
            elif plan.kind == "syndicated" and source:
                canonical, duplicate_of = path, self.main[source]
            else:
                canonical, duplicate_of = path, None
            spec = ArticleSpec(
                plan=plan,
                story=self.stories[plan.slug],
                path=path,
                canonical_path=canonical,
                duplicate_of=duplicate_of,
                seed=seed,
                targets=self.choose_targets(plan, seed),
            )
            self.pages[path], self.expected[path] = render_article(spec, self.base, self.resolve)

    def all_tags(self) -> list[str]:
        """Every tag used by a story or an inline link."""
        tags = {t for s in self.stories.values() for t in s.tags}
        for story in self.stories.values():
            for par in story.paragraphs:
                tags |= {m.group(2)[4:] for m in LINK_RE.finditer(par) if m.group(2)[:4] == "tag:"}
        return sorted(tags)

    def add_listings(self) -> set[str]:
        """Front, section and tag pages; returns their paths."""
        listed = self.listed()
        modern = next(t for t in listed if self.layout_of(t.path) == "modern")
        odd_links = {
            MISSING_PATH: "Ferry timetable changes announced for spring",
            ERROR_PATH: "Live: markets react to the rate decision",
            EXTERNAL_URL: "Partner site: the view from Other News",
        }
        self.pages["/"] = html_page(
            listings.front_page(
                listed,
                tracked=listed[:2],
                commented=modern,
                private=self.listed("private")[0],
                odd_links=odd_links,
                tags=self.all_tags(),
            )
        )
        extras = {
            self.main[t.story.slug]: f'<a class="lite" href="{t.path}">Lite version</a>'
            for t in self.listed("section")
        }
        for key in SECTIONS:
            feed = BROKEN_FEED if key == "sport" else ""
            entries = [t for t in listed if t.story.section == key]
            self.pages[f"/{key}/"] = html_page(listings.section_page(key, entries, extras, feed))
        for tag in self.all_tags():
            entries = [t for t in listed if tag in t.story.tags]
            self.pages[f"/tag/{tag}/"] = html_page(listings.tag_page(tag, entries))
        for name in ("about", "terms"):
            self.pages[f"/{name}/"] = html_page(listings.prose_page(name))
        self.pages[listings.LATEST] = html_page(listings.latest_page(listed))
        return (
            {"/", "/about/", "/terms/", listings.LATEST}
            | {p for p in self.pages if p.startswith("/tag/")}
            | {f"/{key}/" for key in SECTIONS}
        )

    def layout_of(self, path: str) -> str:
        """Layout name of a rendered article page."""
        return self.expected[path].layout

    def add_feeds_and_sitemaps(self) -> None:
        """RSS, Atom, the truncated feed, sitemaps, robots.txt and the page that fails."""
        in_feeds = sorted(
            self.listed() + self.listed("feed-only"),
            key=lambda t: t.story.published,
            reverse=True,
        )[:FEED_SIZE]
        if not any(t in in_feeds for t in self.listed("feed-only")):
            raise ValueError("the feed-only article fell out of the feed")
        self.pages["/rss.xml"] = xml_page(
            feeds.rss(self.base, in_feeds), "application/rss+xml; charset=utf-8"
        )
        self.pages["/atom.xml"] = xml_page(
            feeds.atom(self.base, in_feeds), "application/atom+xml; charset=utf-8"
        )
        sport = [t for t in in_feeds if t.story.section == "sport"]
        broken = feeds.truncated(feeds.rss(self.base, sport, BROKEN_FEED))
        self.pages[BROKEN_FEED] = xml_page(broken, "application/rss+xml; charset=utf-8")
        newest = in_feeds[0].story.published
        self.pages["/sitemap.xml"] = xml_page(sitemaps.sitemap_index(self.base, newest))
        self.pages["/sitemap-news.xml"] = xml_page(
            sitemaps.news_sitemap(self.base, self.listed()[:NEWS_SITEMAP_SIZE])
        )
        urls: list[tuple[str, str | None]] = [("/", None)]
        urls += [(f"/{key}/", None) for key in SECTIONS]
        urls += [(t.path, t.story.published) for t in self.listed() + self.listed("sitemap-only")]
        self.pages["/sitemap-articles.xml"] = xml_page(sitemaps.url_sitemap(self.base, urls))
        robots = f"User-agent: *\nDisallow: /private/\n\nSitemap: {self.base}/sitemap.xml\n"
        self.pages["/robots.txt"] = Page(200, "text/plain; charset=utf-8", robots.encode())
        self.pages[ERROR_PATH] = html_page(error_html(500), status=500)

    def build(self) -> Site:
        """The finished site."""
        self.add_articles()
        non_articles = self.add_listings()
        self.add_feeds_and_sitemaps()
        sources = link_sources(self.base, self.pages)
        articles = {
            path: dataclasses.replace(e, found_in=frozenset(sources.get(path, ())))
            for path, e in self.expected.items()
        }
        return Site(
            base_url=self.base,
            pages=self.pages,
            articles=articles,
            non_articles=frozenset(non_articles),
            link_only=frozenset({listings.LATEST}),
            disallowed=frozenset(p for p in self.pages if p.startswith("/private/")),
            external=frozenset({EXTERNAL_URL}),
            broken=frozenset({MISSING_PATH, ERROR_PATH, BROKEN_FEED}),
        )


def build_news_site(base_url: str) -> Site:
    """Build the fictional news site served at `base_url` (e.g. http://127.0.0.1:8000)."""
    return NewsSiteBuilder(base_url).build()
