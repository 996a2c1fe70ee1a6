"""The crawl's numbers, in one place: per-site counters kept in Scrapy's stats as
``newscorpus/site/<site>/<counter>`` (and ``.../day/<YYYY-MM-DD>`` for records written by
publication day), the totals that progress lines, the end-of-run summary and the report show,
and the downloader middleware that counts fetches and failed pages per site.

A site is the ``name`` its sites file gives it (with ``-a urls``, its registered domain):
:func:`site_label`. Every per-site number of a crawl is kept under that one name."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest

from newscorpus.records import publication_day, site_key

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Self

    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.statscollectors import StatsCollector

SITE_PREFIX = "newscorpus/site/"
DAY = "day/"


@dataclass
class Counts:
    """What a crawl (or one site of it) did so far."""

    fetched: int = 0  # responses received (after redirects and retries)
    pages: int = 0  # HTML pages given to extraction
    articles: int = 0  # ... that were articles
    not_articles: int = 0  # ... that were not (index pages, stubs, ...)
    teasers: int = 0  # teaser blocks cut from article pages
    duplicates: int = 0  # articles dropped as duplicates (URL, exact, near)
    written: int = 0  # records that reached the outputs
    skipped: int = 0  # URLs not fetched: already in the corpus
    errors: int = 0  # pages lost: download failures, HTTP errors, extraction and item errors
    days: dict[str, int] = field(default_factory=dict)  # records written by publication day

    @property
    def yield_rate(self) -> float | None:
        """The share of HTML pages that were articles."""
        return self.articles / self.pages if self.pages else None

    @property
    def duplicate_rate(self) -> float | None:
        """The share of articles dropped as duplicates, of those that were kept or dropped."""
        decided = self.duplicates + self.written
        return self.duplicates / decided if decided else None

    def as_dict(self) -> dict[str, Any]:
        numbers: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self)}
        numbers["yield_rate"] = self.yield_rate
        numbers["duplicate_rate"] = self.duplicate_rate
        return numbers


#: The per-site counter names (the int fields of :class:`Counts`).
COUNTERS = tuple(f.name for f in fields(Counts) if f.name != "days")


def count(stats: StatsCollector, site: str, counter: str, n: int = 1) -> None:
    """Add ``n`` to ``counter`` of ``site``."""
    if n:
        stats.inc_value(f"{SITE_PREFIX}{site}/{counter}", n)


def site_label(spider: object, url: str) -> str:
    """The site per-site numbers of ``url`` are kept under: the name of its site in the
    spider's sites (``site_name_for``), else :func:`newscorpus.records.site_key` of it."""
    name_for = getattr(spider, "site_name_for", None)
    name = name_for(url) if name_for is not None else None
    return name if isinstance(name, str) else site_key(url)


def count_written(stats: StatsCollector, site: str, record: Mapping[str, Any]) -> None:
    """A record of ``site`` reached the outputs."""
    count(stats, site, "written")
    count(stats, site, DAY + publication_day(record))


def _int(value: object) -> int:
    return value if isinstance(value, int) else 0


def by_site(stats: Mapping[str, object]) -> dict[str, Counts]:
    """The counters of each site, by site name, sorted."""
    sites: dict[str, Counts] = {}
    for key, value in stats.items():
        if not key.startswith(SITE_PREFIX):
            continue
        site, _, counter = key[len(SITE_PREFIX) :].rpartition("/")
        if counter and site.endswith("/" + DAY.rstrip("/")):  # .../<site>/day/<date>
            site = site[: -len(DAY)]
            sites.setdefault(site, Counts()).days[counter] = _int(value)
        elif counter in COUNTERS:
            setattr(sites.setdefault(site, Counts()), counter, _int(value))
    return dict(sorted(sites.items()))


def _sum(stats: Mapping[str, object], prefix: str) -> int:
    return sum(_int(v) for k, v in stats.items() if k.startswith(prefix))


def totals(stats: Mapping[str, object]) -> Counts:
    """The crawl's totals: the pipelines' own counters where they exist, the sum over the
    sites for fetched pages, errors and days."""
    teaser_pages = _int(stats.get("newscorpus/teasers/pages_with_teasers"))
    sites = by_site(stats).values()
    days: dict[str, int] = {}
    for site in sites:
        for day, n in site.days.items():
            days[day] = days.get(day, 0) + n
    return Counts(
        fetched=sum(site.fetched for site in sites),
        pages=_int(stats.get("newscorpus/extract/pages")),
        articles=_int(stats.get("newscorpus/extract/articles")),
        not_articles=_sum(stats, "newscorpus/extract/not_article/"),
        teasers=_sum(stats, "newscorpus/teasers/") - teaser_pages,
        duplicates=sum(_int(stats.get(f"newscorpus/dedup/{k}")) for k in ("url", "exact", "near")),
        written=_int(stats.get("item_scraped_count")),
        skipped=_int(stats.get("newscorpus/skipped/seen_url")),
        errors=sum(site.errors for site in sites),
        days=dict(sorted(days.items())),
    )


def _is_robots_txt(url: str) -> bool:
    return urlsplit(url).path == "/robots.txt"


class SiteCounter:
    """Downloader middleware, next to the engine: counts each site's responses (``fetched``)
    and its pages that failed for good (``errors``: an HTTP error status, or an exception
    after the retries), but not the requests refused on purpose (robots.txt, off-site) nor a
    missing robots.txt."""

    def __init__(self, crawler: Crawler) -> None:
        assert crawler.stats is not None
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        site = site_label(self.crawler.spider, request.url)
        count(self.stats, site, "fetched")
        if response.status >= 400 and not _is_robots_txt(request.url):
            count(self.stats, site, "errors")
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        if not isinstance(exception, IgnoreRequest):
            count(self.stats, site_label(self.crawler.spider, request.url), "errors")
