"""Corpus records: what one line of the JSONL corpus holds, and the page it comes from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from newscorpus.urls import canonicalize_url, record_id, site_of

if TYPE_CHECKING:
    from newscorpus.article import Article


@dataclass(slots=True)
class FetchedPage:
    """An HTML page as fetched, before extraction."""

    url: str
    html: str
    crawled_at: str = field(default_factory=lambda: now_iso())
    source: str | None = None  # the name of its site (sites file, or registered domain)


def now_iso() -> str:
    """The current UTC time, ISO 8601, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def build_record(article: Article, fetched_url: str, crawled_at: str) -> dict[str, Any]:
    """The corpus record of an article fetched at ``fetched_url``; its id and ``url`` come from
    the canonical URL, so the same article under two URLs gets one id."""
    url = article.canonical_url or canonicalize_url(fetched_url)
    return {
        "id": record_id(url),
        "url": url,
        "title": article.title,
        "text": article.text,
        "published": article.published,
        "authors": list(article.authors),
        "language": article.language,
        "site": site_of(url),
        "site_name": article.site_name,
        "crawled_at": crawled_at,
        "fetched_url": fetched_url,
        # A story fetched again and changed (NEWSCORPUS_REVISIT_HOURS) is a new record: its
        # version number and the id of the version before it.
        "version": 1,
        "previous_id": None,
    }
