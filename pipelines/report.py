"""End-of-crawl report: one readable summary of what the crawl did, from its stats."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from scrapy import signals

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

HTTP_ERRORS = "httperror/response_ignored_status_count/"


def _sum(stats: dict[str, object], prefix: str) -> int:
    return sum(int(v) for k, v in stats.items() if k.startswith(prefix) and isinstance(v, int))


def _by_kind(stats: dict[str, object], prefix: str) -> dict[str, int]:
    return {
        k[len(prefix) :]: int(v)
        for k, v in stats.items()
        if k.startswith(prefix) and isinstance(v, int)
    }


def summarize(stats: dict[str, object]) -> str:
    """A one-paragraph summary of a crawl's stats."""
    exceptions = _by_kind(stats, "downloader/exception_type_count/")
    exceptions.pop("scrapy.exceptions.IgnoreRequest", None)  # robots.txt refusals, shown apart
    errors = {
        **exceptions,
        **{f"HTTP {k}": v for k, v in _by_kind(stats, HTTP_ERRORS).items()},
        **{f"extraction {k}": v for k, v in _by_kind(stats, "newscorpus/extract/error/").items()},
    }
    skipped = {
        "already in the corpus": stats.get("newscorpus/skipped/seen_url", 0),
        "disallowed by robots.txt": stats.get("robotstxt/forbidden", 0),
        "not HTML": stats.get("newscorpus/skipped/not_html", 0),
    }
    not_articles = _by_kind(stats, "newscorpus/extract/not_article/")
    teaser_pages = int(stats.get("newscorpus/teasers/pages_with_teasers", 0))  # type: ignore[call-overload]
    teasers = _sum(stats, "newscorpus/teasers/") - teaser_pages
    dedup = {kind: stats.get(f"newscorpus/dedup/{kind}", 0) for kind in ("url", "exact", "near")}
    lines = [
        f"pages fetched: {stats.get('response_received_count', 0)}",
        f"article pages: {stats.get('newscorpus/extract/articles', 0)}; not articles: "
        f"{sum(not_articles.values())} {not_articles or ''}".rstrip(),
        f"teasers cut: {teasers} on {teaser_pages} pages; "
        f"boilerplate paragraphs cut: {stats.get('newscorpus/boilerplate/paragraphs_cut', 0)}",
        "duplicates dropped: "
        + ", ".join(f"{k} {v}" for k, v in dedup.items())
        + f"; kept extending an earlier record: {stats.get('newscorpus/dedup/extends', 0)}",
        f"records written: {stats.get('item_scraped_count', 0)}",
        "URLs skipped: " + ", ".join(f"{k} {v}" for k, v in skipped.items()),
        "errors: " + (", ".join(f"{k} ×{v}" for k, v in sorted(errors.items())) or "none"),
    ]
    return "\n  ".join(["newscorpus summary:", *lines])


class CrawlReport:
    """Logs :func:`summarize` of the crawl stats when the crawl ends, and writes all stats as
    JSON to ``NEWSCORPUS_REPORT_FILE`` when that is set (for scheduled crawls and checks)."""

    def __init__(self, stats: StatsCollector, report_file: str | None = None) -> None:
        self.stats = stats
        self.report_file = Path(report_file) if report_file else None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        assert crawler.stats is not None
        report = cls(crawler.stats, crawler.settings.get("NEWSCORPUS_REPORT_FILE"))
        crawler.signals.connect(report.spider_closed, signal=signals.spider_closed)
        return report

    def spider_closed(self, reason: str) -> None:
        stats = self.stats.get_stats()
        logger.info(summarize(stats))
        if self.report_file is not None:
            report = {"finish_reason": reason, "stats": stats}
            self.report_file.parent.mkdir(parents=True, exist_ok=True)
            self.report_file.write_text(json.dumps(report, indent=1, default=str), "utf-8")
