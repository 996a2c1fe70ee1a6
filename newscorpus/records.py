"""Corpus records: what one line of the JSONL corpus holds, and the page it comes from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from newscorpus.urls import canonicalize_url, record_id, site_of

if TYPE_CHECKING:
    from collections.abc import Mapping

    from newscorpus.article import Article
    from newscorpus.dedup import Entry
    from newscorpus.origin import Origin


@dataclass(slots=True)
class FetchedPage:
    """An HTML page as fetched, before extraction."""

    url: str
    html: str
    crawled_at: str = field(default_factory=lambda: now_iso())
    source: str | None = None  # the name of its site (sites file, or registered domain)
    origin: Origin | None = None  # how the crawl came to it; None: unknown (a WARC file)

    @property
    def site(self) -> str:
        """The site its per-site numbers are kept under: ``source``, else the registered
        domain of its URL (:func:`site_key`)."""
        return self.source or site_key(self.url)


class SignedRecord(dict):
    """A corpus record (a plain dict to exporters) that carries the dedup entry of its text
    and the text's version fingerprint (:func:`newscorpus.versions.fingerprint`), made where
    it was extracted (:mod:`newscorpus.pagework`), for the dedup step."""

    __slots__ = ("entry", "fingerprint")

    def __init__(
        self, record: dict[str, Any], entry: Entry | None, fingerprint: bytes | None = None
    ) -> None:
        super().__init__(record)
        self.entry = entry
        self.fingerprint = fingerprint


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


def site_key(record_or_url: Mapping[str, Any] | str) -> str:
    """The group a record, or a page by its URL, is counted under in per-site numbers (crawl
    progress, report, ``newscorpus stats``): the record's ``site``, for a page the site of its
    URL (:func:`site_of`, the same registered domain)."""
    if isinstance(record_or_url, str):
        return site_of(record_or_url)
    site = record_or_url.get("site")
    if isinstance(site, str) and site:
        return site
    url = record_or_url.get("url")
    return site_of(url) if isinstance(url, str) else "(unknown)"


#: The day of a record without a publication date, in per-day numbers.
UNKNOWN_DAY = "unknown"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def publication_day(record: Mapping[str, Any]) -> str:
    """The ``YYYY-MM-DD`` a record was published, or :data:`UNKNOWN_DAY`."""
    published = record.get("published")
    if isinstance(published, str) and _DATE.match(published):
        return published[:10]
    return UNKNOWN_DAY
