"""Which links of a fetched page deserve a request, decided before any request is built.

A news page links ~60 pages of its own site, nearly all of them linked from many other pages
too: building a :class:`scrapy.Request` for each (URL checks, fingerprint, the spider
middlewares, the scheduler's duplicate filter) costs more than the page's extraction. Here a
page's links are read with one XPath, each distinct URL is resolved, checked and canonicalized
once (remembered in a bounded cache, as links repeat from page to page), and only URLs not yet
requested in this run come out; the crawl state's check of earlier runs then sees just those
(:class:`newscorpus.crawl.pipelines.state.SkipSeenUrls`, in batches).

The rules are :class:`scrapy.linkextractors.LinkExtractor`'s for ``<a>`` and ``<area>``
``href``: ``<base href>`` honoured, HTML whitespace stripped, URLs made safe in the page's
encoding, links to files with :data:`scrapy.linkextractors.IGNORED_EXTENSIONS` (images,
archives, documents...) left out.
"""

from __future__ import annotations

import posixpath
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

import xxhash
from lxml import etree
from scrapy.linkextractors import IGNORED_EXTENSIONS
from scrapy.utils.response import get_base_url
from w3lib.html import strip_html5_whitespace
from w3lib.url import safe_url_string

from newscorpus.origin import strongest
from newscorpus.urls import canonicalize_url

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from scrapy.http import TextResponse

    from newscorpus.origin import Origin

#: hrefs as plain strings: lxml's "smart" ones keep their whole page alive (in the cache).
LINKS = etree.XPath("//a/@href | //area/@href", smart_strings=False)
FEED_LINKS = "//link[@rel='alternate'][contains(@type, 'rss') or contains(@type, 'atom')]/@href"
SKIPPED_EXTENSIONS = frozenset(f".{extension}" for extension in IGNORED_EXTENSIONS)
#: Distinct link URLs whose verdict is remembered (a few MB; links repeat across pages).
CACHE_SIZE = 1 << 15


def page_links(response: TextResponse, limit: int | None = None) -> list[str]:
    """The distinct absolute URLs an HTML page links to (``<a>``, ``<area>``), the first
    ``limit`` of them at most (in page order)."""
    base = get_base_url(response)
    parts = urlsplit(base)
    origin = f"{parts.scheme}://{parts.netloc}"
    hrefs = dict.fromkeys(strip_html5_whitespace(h) for h in LINKS(response.selector.root))
    urls: list[str] = []
    for href in hrefs:
        if limit is not None and len(urls) >= limit:
            break
        if href.startswith("/") and not href.startswith("//") and "/." not in href:
            urls.append(origin + href)  # what urljoin gives a root-relative path, quicker
            continue
        try:
            urls.append(urljoin(base, href))
        except ValueError:
            continue  # a bogus link
    return urls


def page_feeds(response: TextResponse) -> list[str]:
    """The absolute URLs of the RSS and Atom feeds an HTML page names in its head."""
    return [response.urljoin(u) for u in response.xpath(FEED_LINKS).getall()]


class LinkFilter:
    """The URLs among those a page lists that this run should request: on the crawl's sites
    (``on_site``: http(s) URLs of its sites), for HTML pages not a file by its extension,
    canonicalized, and not already requested at the same depth or shallower (a URL first met
    beyond ``DEPTH_LIMIT`` is still requested when a shallower page links it). It remembers
    which URLs a feed or news sitemap listed (``listed_by``), requested then or earlier, for
    :meth:`listed_origin`. Memory: one 64-bit key per URL requested and per URL so listed,
    the verdicts of the last :data:`CACHE_SIZE` distinct URLs."""

    def __init__(self, on_site: Callable[[str], bool], cache_size: int = CACHE_SIZE) -> None:
        self.on_site = on_site
        self._requested: dict[int, int] = {}  # key of a canonical URL -> shallowest depth
        self._listed: dict[int, Origin] = {}  # key of a canonical URL -> what listed it
        self._verdict = lru_cache(maxsize=cache_size)(self._canonical)

    def _canonical(self, url: str, page_encoding: str | None) -> str | None:
        """The canonical form of ``url`` if it may be followed, else None; links of an HTML
        page (``page_encoding`` given) follow the link extractor's rules first."""
        if page_encoding is not None:
            try:
                url = safe_url_string(url, encoding=page_encoding)
            except ValueError:
                return None
            if posixpath.splitext(urlsplit(url).path)[1].lower() in SKIPPED_EXTENSIONS:
                return None
        if not self.on_site(url):
            return None
        return canonicalize_url(url)

    def new(
        self,
        urls: Iterable[str],
        depth: int = 0,
        page_encoding: str | None = None,
        listed_by: Origin | None = None,
    ) -> list[str]:
        """The canonical URLs among ``urls`` to request now, for requests at ``depth``:
        links of an HTML page in ``page_encoding``, or else of a sitemap or feed (one that
        lists articles: ``listed_by`` its origin, remembered for each URL)."""
        out = []
        for url in urls:
            canonical = self._verdict(url, page_encoding)
            if canonical is None:
                continue
            key = _key(canonical)
            if listed_by is not None:
                self._listed[key] = strongest(listed_by, self._listed.get(key)) or listed_by
            if self._requested.get(key, depth + 1) <= depth:
                continue
            self._requested[key] = depth
            out.append(canonical)
        return out

    def listed_origin(self, url: str) -> Origin | None:
        """The strongest origin that listed ``url`` (:meth:`new`'s ``listed_by``), if any."""
        return self._listed.get(_key(canonicalize_url(url))) if self._listed else None


def _key(canonical: str) -> int:
    """The 64-bit key a canonical URL is remembered by."""
    return xxhash.xxh3_64_intdigest(canonical.encode("utf-8"))
