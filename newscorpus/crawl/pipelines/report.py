"""End-of-crawl report: one readable summary of what the crawl did, from its stats."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import signals

from newscorpus import __version__
from newscorpus.crawl.counters import Counts, by_site, count, count_written, site_label, totals
from newscorpus.reporthtml import render

if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Self

    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

HTTP_ERRORS = "httperror/response_ignored_status_count/"
REVISIT_OUTCOMES = ("requested", "changed", "unchanged")


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
    if stats.get("newscorpus/redis/dequeued") == 0:  # one worker of many, given nothing
        return 0, "finished: the other workers of the shared crawl took every request"
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
        "listed before the cutoff": stats.get("newscorpus/skipped/too_old", 0),
        "denied by a site's rules": stats.get("newscorpus/skipped/denied", 0),
        "beyond a site's max_pages": stats.get("newscorpus/skipped/max_pages", 0),
        "body cut short": stats.get("newscorpus/skipped/cut_short", 0),
    }
    not_articles = _by_kind(stats, "newscorpus/extract/not_article/")
    teaser_pages = int(stats.get("newscorpus/teasers/pages_with_teasers", 0))  # type: ignore[call-overload]
    dedup = {kind: stats.get(f"newscorpus/dedup/{kind}", 0) for kind in ("url", "exact", "near")}
    total = totals(stats)
    lines = [
        f"pages fetched: {total.fetched}; failed: {total.errors}",
        f"article pages: {total.articles}; not articles: "
        f"{total.not_articles} {not_articles or ''}".rstrip(),
        f"teasers cut: {total.teasers} on {teaser_pages} pages; "
        f"boilerplate paragraphs cut: {stats.get('newscorpus/boilerplate/paragraphs_cut', 0)}",
        f"duplicates dropped: {total.duplicates} ("
        + ", ".join(f"{k} {v}" for k, v in dedup.items())
        + f"); kept extending an earlier record: {stats.get('newscorpus/dedup/extends', 0)}",
        f"records written: {total.written}",
        "revisits: {} fetched again, {} changed (new versions), {} unchanged".format(
            *(stats.get(f"newscorpus/revisit/{k}", 0) for k in REVISIT_OUTCOMES)
        ),
        "URLs skipped: " + ", ".join(f"{k} {v}" for k, v in skipped.items()),
        "errors: " + (", ".join(f"{k} ×{v}" for k, v in sorted(errors.items())) or "none"),
    ]
    return "\n  ".join(["newscorpus summary:", *lines])


def _pages(n: int) -> str:
    return f"{n} page" if n == 1 else f"{n} pages"


def nothing_produced(counts: Counts) -> str | None:
    """Why a site wrote no record this run, or None when it wrote some."""
    if counts.written:
        return None
    if not counts.fetched:
        failed = f" ({_pages(counts.errors)} failed)" if counts.errors else ""
        return f"nothing fetched{failed}"
    if counts.articles and counts.duplicates >= counts.articles:
        if counts.articles == 1:
            return "its one article was a duplicate of a record already kept"
        return f"all {counts.articles} articles were duplicates of records already kept"
    if not counts.articles and counts.skipped:
        return (
            f"nothing new: no article among {_pages(counts.pages)} fetched; "
            f"{counts.skipped} links to pages already in the corpus not followed"
        )
    if not counts.pages:
        return f"{counts.fetched} responses, none an HTML page ({counts.errors} failed)"
    if not counts.articles:
        return f"no article among {counts.pages} HTML pages"
    return f"{counts.articles} articles, none written ({counts.errors} errors)"


def build_report(
    stats: dict[str, object], reason: str, sites: Iterable[str] = ()
) -> dict[str, Any]:
    """The run's report: totals, each site's numbers (also of ``sites`` the crawl started
    from that yielded nothing) with ``flag`` saying why one produced nothing, and all stats."""
    per_site = by_site(stats)
    for site in sites:
        per_site.setdefault(site, Counts())
    return {
        "version": __version__,
        "finish_reason": reason,
        "started": _time(stats.get("start_time")),
        "finished": _time(stats.get("finish_time")),
        "elapsed_seconds": stats.get("elapsed_time_seconds"),
        "totals": totals(stats).as_dict(),
        "sites": {
            site: {**counts.as_dict(), "flag": nothing_produced(counts)}
            for site, counts in sorted(per_site.items())
        },
        "stats": stats,
    }


def _time(value: object) -> str | None:
    isoformat = getattr(value, "isoformat", None)
    return None if isoformat is None else str(isoformat(timespec="seconds"))


def write_report(report: dict[str, Any], folder: Path) -> None:
    """``report.json`` and ``report.html`` in ``folder``, each replaced whole (never half)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (
        ("report.json", json.dumps(report, indent=1, default=str)),
        ("report.html", render(report)),
    ):
        part = folder / f".{name}.part"
        part.write_text(text, "utf-8")
        part.replace(folder / name)


def report_dir(settings: BaseSettings) -> Path | None:
    """``NEWSCORPUS_REPORT_DIR``: empty for the state folder, ``-`` for no report."""
    folder = str(settings.get("NEWSCORPUS_REPORT_DIR") or "")
    if folder == "-":
        return None
    return Path(folder or str(settings.get("NEWSCORPUS_STATE_DIR")))


class CrawlReport:
    """Logs :func:`summarize` of the crawl stats when the crawl ends and writes the run's
    report (:func:`build_report`) as ``report.json`` and ``report.html`` to
    ``NEWSCORPUS_REPORT_DIR``, and as JSON to ``NEWSCORPUS_REPORT_FILE`` when that is set; counts
    the records written and the items lost to errors, per site."""

    def __init__(
        self,
        stats: StatsCollector,
        report_file: str | None = None,
        folder: Path | None = None,
    ) -> None:
        self.stats = stats
        self.report_file = Path(report_file) if report_file else None
        self.folder = folder

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        assert crawler.stats is not None
        settings = crawler.settings
        report = cls(crawler.stats, settings.get("NEWSCORPUS_REPORT_FILE"), report_dir(settings))
        crawler.signals.connect(report.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(report.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(report.item_error, signal=signals.item_error)
        return report

    def item_scraped(self, item: Any, spider: Spider) -> None:
        """A record passed every pipeline: the outputs have it."""
        if isinstance(item, dict) and isinstance(url := item.get("url"), str):
            count_written(self.stats, site_label(spider, url), item)

    def item_error(self, item: Any, spider: Spider) -> None:
        """A pipeline raised on an item (not a drop): that record is lost."""
        self.stats.inc_value("newscorpus/errors/item")
        url = item.get("url") if isinstance(item, dict) else getattr(item, "url", None)
        if isinstance(url, str):
            count(self.stats, site_label(spider, url), "errors")

    def spider_closed(self, spider: Spider, reason: str) -> None:
        stats = self.stats.get_stats()
        logger.info(summarize(stats))
        site_list = getattr(spider, "site_list", None)
        names = [site.name for site in site_list.sites] if site_list is not None else []
        report = build_report(stats, reason, names)
        for site, numbers in report["sites"].items():
            if numbers["flag"]:
                logger.warning("Site %s produced nothing: %s", site, numbers["flag"])
        if self.report_file is not None:
            self.report_file.parent.mkdir(parents=True, exist_ok=True)
            self.report_file.write_text(json.dumps(report, indent=1, default=str), "utf-8")
        if self.folder is not None:
            try:
                write_report(report, self.folder)
            except OSError as exc:
                self.stats.inc_value("newscorpus/errors/report")
                logger.error("Report not written to %s: %s", self.folder, exc)
            else:
                logger.info("Report: %s", self.folder / "report.html")
