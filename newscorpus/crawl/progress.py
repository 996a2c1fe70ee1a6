"""Crawl progress: a log line every ``NEWSCORPUS_PROGRESS_INTERVAL`` seconds (and one per
site with ``NEWSCORPUS_PROGRESS_SITES``), and on a terminal a live table pinned below the log
(rich), both from the counters of :mod:`newscorpus.crawl.counters`."""

from __future__ import annotations

import logging
import sys
import time
from collections import deque
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet.task import LoopingCall

from newscorpus.crawl.counters import Counts, by_site, totals

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Self

    from rich.live import Live
    from rich.table import Table
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

#: Seconds between refreshes of the live display, and the window its pages/min is taken over.
LIVE_REFRESH = 1.0
LIVE_WINDOW = 60.0
#: Sites shown in the live table (the most fetched); the rest are summed up in one row.
LIVE_SITES = 15


class Rate:
    """A counter's increase per minute over the last ``window`` seconds of samples."""

    def __init__(self, window: float) -> None:
        self.window = window
        self.samples: deque[tuple[float, int]] = deque()

    def per_minute(self, now: float, value: int) -> float:
        self.samples.append((now, value))
        while len(self.samples) > 2 and now - self.samples[1][0] >= self.window:
            self.samples.popleft()
        then, before = self.samples[0]
        return 60.0 * (value - before) / (now - then) if now > then else 0.0


def progress_line(counts: Counts, pages_per_minute: float) -> str:
    """The numbers of a progress line."""
    return (
        f"{pages_per_minute:.0f} pages/min ({counts.fetched} fetched), "
        f"{counts.written} articles written, {counts.duplicates} duplicates dropped, "
        f"{counts.teasers} teasers cut, {counts.errors} errors"
    )


COLUMNS = ("pages/min", "fetched", "written", "dups", "teasers", "errors")


def progress_table(
    total: Counts, total_rate: float, sites: dict[str, tuple[Counts, float]], elapsed: float
) -> Table:
    """The live display: a row per site (the :data:`LIVE_SITES` most fetched) and the total."""
    from rich.table import Table

    minutes, seconds = divmod(int(elapsed), 60)
    table = Table(title=f"newscorpus crawl, {minutes}:{seconds:02d} elapsed", title_justify="left")
    table.add_column("site", overflow="fold")  # a long name wraps, never cut
    for column in COLUMNS:
        table.add_column(column, justify="right")

    def cells(counts: Counts, rate: float) -> list[str]:
        numbers = (counts.fetched, counts.written, counts.duplicates, counts.teasers)
        errors = f"[red]{counts.errors}[/red]" if counts.errors else "0"
        return [f"{rate:.0f}", *map(str, numbers), errors]

    ranked = sorted(sites.items(), key=lambda kv: -kv[1][0].fetched)
    for site, (counts, rate) in ranked[:LIVE_SITES]:
        table.add_row(site, *cells(counts, rate))
    if len(ranked) > LIVE_SITES:
        table.add_row(f"… {len(ranked) - LIVE_SITES} more sites", *[""] * len(COLUMNS))
    table.add_section()
    table.add_row("[bold]all sites[/bold]", *cells(total, total_rate))
    return table


def live_wanted(settings: BaseSettings, stream: Any = None) -> bool:
    """``NEWSCORPUS_PROGRESS_LIVE``: ``auto`` (on when stderr is a terminal), true or false."""
    value = str(settings.get("NEWSCORPUS_PROGRESS_LIVE", "auto")).strip().lower()
    if value == "auto":
        stream = sys.stderr if stream is None else stream
        return bool(getattr(stream, "isatty", lambda: False)())
    return value in {"1", "true", "yes", "on"}


class Progress:
    """Extension: logs :func:`progress_line` every ``interval`` seconds (0: never), one more
    line per site when ``per_site``; with ``live``, a :func:`progress_table` pinned below the
    log, redrawn every second."""

    def __init__(
        self,
        stats: StatsCollector,
        interval: float,
        per_site: bool = False,
        live: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stats = stats
        self.interval = interval
        self.per_site = per_site
        self.live = live
        self.clock = clock
        self.started = clock()
        self._rates: dict[str, Rate] = {}
        self._live_rates: dict[str, Rate] = {}
        self._loops: list[LoopingCall] = []
        self._display: Live | None = None
        self._swapped: list[tuple[logging.StreamHandler[Any], Any]] = []

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        interval = settings.getfloat("NEWSCORPUS_PROGRESS_INTERVAL")
        live = live_wanted(settings)
        if interval <= 0 and not live:
            raise NotConfigured("NEWSCORPUS_PROGRESS_INTERVAL is 0 and no live display")
        assert crawler.stats is not None
        progress = cls(crawler.stats, interval, settings.getbool("NEWSCORPUS_PROGRESS_SITES"), live)
        crawler.signals.connect(progress.engine_started, signal=signals.engine_started)
        crawler.signals.connect(progress.spider_closed, signal=signals.spider_closed)
        return progress

    def engine_started(self) -> None:
        self.started = self.clock()
        self.sample(self._rates)
        if self.interval > 0:
            loop = LoopingCall(self.log_progress)
            loop.start(self.interval, now=False)
            self._loops.append(loop)
        if self.live:
            self.start_live()

    def sample(
        self, rates: dict[str, Rate], window: float | None = None
    ) -> tuple[tuple[Counts, float], dict[str, tuple[Counts, float]]]:
        """The totals and each site's counts, each with its pages/min since the last sample
        (or over the last ``window`` seconds)."""
        now = self.clock()
        stats = self.stats.get_stats()

        def rated(key: str, counts: Counts) -> tuple[Counts, float]:
            if key not in rates:  # a site seen first now: counted from 0 at the start
                rates[key] = Rate(window or self.interval)
                rates[key].samples.append((self.started, 0))
            rate = rates[key]
            return counts, rate.per_minute(now, counts.fetched)

        sites = {site: rated(site, counts) for site, counts in by_site(stats).items()}
        return rated("", totals(stats)), sites

    def log_progress(self) -> None:
        (total, rate), sites = self.sample(self._rates)
        logger.info("Progress: %s", progress_line(total, rate))
        if self.per_site:
            for site, (counts, site_rate) in sites.items():
                logger.info("Progress of %s: %s", site, progress_line(counts, site_rate))

    def table(self) -> Table:
        (total, rate), sites = self.sample(self._live_rates, LIVE_WINDOW)
        return progress_table(total, rate, sites, self.clock() - self.started)

    def start_live(self) -> None:
        """Pin the table below the log: log lines to stderr go above it."""
        from rich.console import Console
        from rich.live import Live

        original = sys.stderr
        self._display = Live(
            self.table(),
            console=Console(file=original, soft_wrap=True),  # log lines never rewrapped
            auto_refresh=False,  # redrawn from the reactor: the stats are read in one thread
            redirect_stdout=False,
            redirect_stderr=True,
        )
        self._display.start()
        for handler in logging.getLogger().handlers:
            if isinstance(handler, logging.StreamHandler) and handler.stream is original:
                self._swapped.append((handler, handler.setStream(sys.stderr)))
        loop = LoopingCall(self.refresh_live)
        loop.start(LIVE_REFRESH, now=False)
        self._loops.append(loop)

    def refresh_live(self) -> None:
        if self._display is not None:
            self._display.update(self.table(), refresh=True)

    def spider_closed(self) -> None:
        for loop in self._loops:
            if loop.running:
                loop.stop()
        self._loops.clear()
        if self._display is not None:
            self.refresh_live()
            for handler, stream in self._swapped:
                handler.setStream(stream)
            self._swapped.clear()
            self._display.stop()
            self._display = None
