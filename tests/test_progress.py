"""Crawl progress: the rate behind pages/min, the counters per site in-process, and the live
display a terminal gets (a real crawl under a pseudo-terminal)."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import time

from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from newscorpus.crawl.counters import by_site, count, totals
from newscorpus.crawl.progress import Progress, Rate, live_wanted, progress_line
from newscorpus.crawl.spiders.news import NewsSpider
from tests.conftest import REPO, crawl_command

ADDON = {"newscorpus.crawl.addon.NewsCorpus": 0}


def test_pages_per_minute_is_the_increase_over_the_window() -> None:
    rate = Rate(window=30)
    assert rate.per_minute(0.0, 0) == 0.0
    assert rate.per_minute(30.0, 15) == 30.0
    assert rate.per_minute(60.0, 15) == 0.0  # nothing new in the last 30 s
    assert rate.per_minute(90.0, 45) == 60.0


def test_progress_lines_give_totals_and_each_sites_numbers(tmp_path, caplog) -> None:
    crawler = get_crawler(
        NewsSpider,
        {
            "ADDONS": ADDON,
            "NEWSCORPUS_STATE_DIR": str(tmp_path),
            "NEWSCORPUS_PROGRESS_SITES": True,
            "NEWSCORPUS_PROGRESS_LIVE": False,
        },
    )
    clock = iter([0.0, 0.0, 30.0]).__next__
    progress = Progress(crawler.stats, 30, per_site=True, clock=clock)
    progress.sample(progress._rates)
    stats = crawler.stats
    for site, fetched, written, errors in (("a.example", 20, 5, 1), ("b.example", 10, 0, 3)):
        count(stats, site, "fetched", fetched)
        count(stats, site, "written", written)
        count(stats, site, "errors", errors)
    stats.set_value("item_scraped_count", 5)
    with caplog.at_level("INFO", logger="newscorpus.crawl.progress"):
        progress.log_progress()
    lines = [r.getMessage() for r in caplog.records if r.name == "newscorpus.crawl.progress"]
    assert lines[0] == "Progress: " + progress_line(totals(stats.get_stats()), 60.0)
    assert "60 pages/min (30 fetched), 5 articles written" in lines[0]
    assert lines[0].endswith("4 errors")
    sites = by_site(stats.get_stats())
    assert lines[1] == "Progress of a.example: " + progress_line(sites["a.example"], 40.0)
    assert lines[2] == "Progress of b.example: " + progress_line(sites["b.example"], 20.0)


def test_live_display_is_on_for_a_terminal_only(tmp_path) -> None:
    auto = Settings({"NEWSCORPUS_PROGRESS_LIVE": "auto"})
    master, slave = pty.openpty()
    with (tmp_path / "file").open("w") as not_a_tty, os.fdopen(slave, "w") as tty:
        assert not live_wanted(auto, not_a_tty)
        assert live_wanted(auto, tty)
        assert not live_wanted(Settings({"NEWSCORPUS_PROGRESS_LIVE": False}), tty)
        assert live_wanted(Settings({"NEWSCORPUS_PROGRESS_LIVE": "true"}), not_a_tty)
    os.close(master)


def read_terminal(command: list[str], timeout: float = 120) -> tuple[str, int]:
    """Run ``command`` with stdout and stderr on a pseudo-terminal; what it showed."""
    master, slave = pty.openpty()
    process = subprocess.Popen(
        command, cwd=REPO, stdin=subprocess.DEVNULL, stdout=slave, stderr=slave
    )
    os.close(slave)
    shown = bytearray()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:  # the other side closed
                break
            if not data:
                break
            shown += data
        elif process.poll() is not None:
            break
    process.wait(timeout=30)
    os.close(master)
    return shown.decode("utf-8", "replace"), process.returncode


def test_a_terminal_gets_a_live_table_with_each_site_and_the_log_above_it(
    news_server, tmp_path
) -> None:
    base = news_server.base_url
    command = crawl_command([f"{base}/", f"{base}/rss.xml"], tmp_path / "s", tmp_path / "o.jsonl")
    shown, code = read_terminal(command)
    assert code == 0, shown[-2000:]
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown)
    assert "newscorpus crawl" in plain and "elapsed" in plain
    site = base.removeprefix("http://")
    assert re.search(rf"{re.escape(site)}\s*│", plain)  # a row for the site
    assert "all sites" in plain
    records = len((tmp_path / "o.jsonl").read_text("utf-8").splitlines())
    last = plain.rsplit("all sites", 1)[1].splitlines()[0]
    numbers = [int(n) for n in re.findall(r"\d+", last)]
    assert numbers[2] == records  # pages/min, fetched, written, ...: the final redraw
    assert "newscorpus summary:" in plain  # the log still reaches the terminal
