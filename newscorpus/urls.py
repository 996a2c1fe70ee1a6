"""URL canonicalisation, site identity and record ids.

Duplicates from URL variants (www or not, tracking parameters, fragments, AMP copies) are the
most common complaint about news crawlers, so every URL the crawl stores or compares goes
through :func:`canonicalize_url` first.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from urllib.parse import urldefrag, urljoin, urlsplit

from courlan import extract_domain, normalize_url


@lru_cache(maxsize=1 << 14)
def canonicalize_url(url: str) -> str:
    """The comparable form of ``url``: lower-cased host, default port and fragment dropped,
    tracking parameters (utm_*, fbclid, ...) removed, remaining query parameters sorted.
    Memoized (bounded): the crawl compares the same URLs many times."""
    url = url.strip()
    try:
        normalized = normalize_url(url)
    except ValueError:
        normalized = url
    return urldefrag(normalized)[0]


def site_of(url: str) -> str:
    """The site a URL belongs to: its registered domain (``www.bbc.co.uk`` → ``bbc.co.uk``),
    or ``host:port`` for hosts without one (IP addresses, ``localhost``)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    domain = extract_domain(url) if host else None
    if domain:
        return domain.lower()
    return f"{host}:{parts.port}" if parts.port else host


def same_site(url: str, other: str) -> bool:
    """Whether two URLs belong to the same site (see :func:`site_of`)."""
    return site_of(url) == site_of(other)


def resolve_canonical(page_url: str, declared: str | None) -> str:
    """The canonical URL of a page fetched at ``page_url``.

    A ``<link rel=canonical>`` (``declared``) is honoured when it stays on the same site and
    is an http(s) URL; otherwise the fetched URL is used. Both are canonicalized.
    """
    if declared:
        absolute = urljoin(page_url, declared.strip())
        if urlsplit(absolute).scheme in {"http", "https"} and same_site(absolute, page_url):
            return canonicalize_url(absolute)
    return canonicalize_url(page_url)


def record_id(canonical_url: str) -> str:
    """The 16-hex-character id of the record for an article at ``canonical_url``."""
    return hashlib.blake2b(canonical_url.encode("utf-8"), digest_size=8).hexdigest()
