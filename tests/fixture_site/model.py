"""Ground-truth records: what the server serves and what a correct crawler must produce."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Page:
    """One HTTP response the fixture server returns for a path."""

    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ExpectedArticle:
    """What the corpus must hold for one article page."""

    path: str
    title: str
    text: str
    published: str | None
    authors: tuple[str, ...]
    language: str
    teasers: tuple[str, ...]
    canonical_path: str
    duplicate_of: str | None
    kind: str
    section: str = ""
    layout: str = ""
    # Where a crawler can discover the page: subset of {"html", "rss", "atom", "sitemap"}.
    found_in: frozenset[str] = frozenset()
    # Other text on the page that must never be extracted: byline, caption, share bar, ...
    boilerplate: tuple[str, ...] = ()


@dataclass
class Site:
    """A whole fixture site for one base URL, plus its ground truth."""

    base_url: str
    pages: dict[str, Page]
    articles: dict[str, ExpectedArticle]
    non_articles: frozenset[str]
    disallowed: frozenset[str]
    # Absolute URLs of other sites that are linked but must never be fetched.
    external: frozenset[str] = frozenset()
    # Linked paths that fail: a 404, a 500 and a truncated feed.
    broken: frozenset[str] = frozenset()
    # Non-articles the page-type model alone takes for articles: a crawl rejects them knowing
    # that only a link led to them (no feed or sitemap lists them).
    link_only: frozenset[str] = frozenset()

    def url(self, path: str) -> str:
        """Absolute URL of a path on this site."""
        return self.base_url + path

    def story_of(self, url: str) -> str:
        """The story the article at ``url`` tells: its original's path for a copy (which of a
        story's copies a crawl keeps depends on the order the pages arrive in)."""
        path = urlsplit(url).path
        return self.articles[path].duplicate_of or path

    def by_kind(self, kind: str) -> list[ExpectedArticle]:
        """The expected articles of one kind."""
        return [a for a in self.articles.values() if a.kind == kind]
