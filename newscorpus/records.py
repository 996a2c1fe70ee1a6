"""Corpus records: what one line of the JSONL corpus holds, and the page it comes from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from newscorpus.urls import canonicalize_url, record_id, site_of

if TYPE_CHECKING:
    from newscorpus.article import Article
    from newscorpus.dedup import Entry


@dataclass(slots=True)
class FetchedPage:
    """An HTML page as fetched, before extraction."""

    url: str
    html: str
    crawled_at: str = field(default_factory=lambda: now_iso())


class SignedRecord(dict):
    """A corpus record (a plain dict to exporters) that carries the dedup entry of its text,
    signed where it was extracted (:mod:`newscorpus.pagework`), for the dedup pipeline."""

    __slots__ = ("entry",)

    def __init__(self, record: dict[str, Any], entry: Entry) -> None:
        super().__init__(record)
        self.entry = entry


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
    }
