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


#: Exit codes of ``scrapy crawl`` (newscorpus's command) besides Scrapy's 0, 1 and 2.
EXIT_NOTHING_FETCHED = 3
EXIT_INTERRUPTED = 4
EXIT_RECORDS_LOST = 5


def outcome(stats: dict[str, object]) -> tuple[int, str]:
    """The exit code of a crawl with these stats, and why: records lost (item errors, a feed
    that failed or never stored what was scraped) before an interrupted crawl before one that
    fetched nothing."""
    failed = _sum(stats, "feedexport/failed_count/") + _sum(stats, "newscorpus/errors/item")
    unstored = _sum(stats, "item_scraped_count") and not _sum(stats, "feedexport/success_count/")
    reason = str(stats.get("finish_reason", "unknown"))
    if failed or unstored:
        return EXIT_RECORDS_LOST, (
            f"records lost: {failed} item errors or failed outputs"
            + ("; no output stored the records scraped" if unstored else "")
        )
    if reason != "finished" and not reason.startswith("closespider_"):
        return EXIT_INTERRUPTED, f"the crawl was interrupted ({reason}); run it again to finish"
    if not _sum(stats, "newscorpus/discovery/"):
        return EXIT_NOTHING_FETCHED, "nothing could be fetched (sites down, refused or disallowed)"
    return 0, "finished"


def summarize(stats: dict[str, object]) -> str:
    """A one-paragraph summary of a crawl's stats."""
    exceptions = _by_kind(stats, "downloader/exception_type_count/")
    exceptions.pop("scrapy.exceptions.IgnoreRequest", None)  # robots.txt refusals, shown apart
    errors = {
        **exceptions,
        **{f"HTTP {k}": v for k, v in _by_kind(stats, HTTP_ERRORS).items()},
        **{f"extraction {k}": v for k, v in _by_kind(stats, "newscorpus/extract/error/").items()},
        **{f"feed {k} failed": v for k, v in _by_kind(stats, "feedexport/failed_count/").items()},
    }
    if undecodable := stats.get("newscorpus/extract/undecodable"):
        errors["text in no charset"] = undecodable
    if item_errors := stats.get("newscorpus/errors/item"):
        errors["item errors"] = item_errors
    skipped = {
        "already in the corpus": stats.get("newscorpus/skipped/seen_url", 0),
        "disallowed by robots.txt": stats.get("robotstxt/forbidden", 0),
        "not HTML": stats.get("newscorpus/skipped/not_html", 0),
        "body cut short": stats.get("newscorpus/skipped/cut_short", 0),
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
        crawler.signals.connect(report.item_error, signal=signals.item_error)
        return report

    def item_error(self) -> None:
        """A pipeline raised on an item (not a drop): that record is lost."""
        self.stats.inc_value("newscorpus/errors/item")

    def spider_closed(self, reason: str) -> None:
        stats = self.stats.get_stats()
        logger.info(summarize(stats))
        if self.report_file is not None:
            report = {"finish_reason": reason, "stats": stats}
            self.report_file.parent.mkdir(parents=True, exist_ok=True)
            self.report_file.write_text(json.dumps(report, indent=1, default=str), "utf-8")
