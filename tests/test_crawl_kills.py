"""A crawl killed with ``kill -9`` and started again loses no record, doubles none and leaves
no half-written line: the state counts a record as done only once the corpus holds it."""

from __future__ import annotations

import json
import subprocess
import time
from collections import Counter

import pytest

from tests.conftest import REPO, crawl_command, run_crawl, story_of
from tests.fixture_site import FixtureServer, build_news_site

KILLS = 3
#: How long a killed run may take to write its next record before it is killed anyway.
MAX_WAIT_S = 60


def _lines(path) -> list[str]:
    return path.read_text("utf-8").splitlines() if path.exists() else []


def _kill_after_next_record(command: list[str], out) -> None:
    """Start a crawl and kill it (SIGKILL) as soon as the corpus gains a line: the moment a
    record is written and its state may not yet be committed."""
    before = len(_lines(out))
    crawl = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + MAX_WAIT_S
    while crawl.poll() is None and time.monotonic() < deadline:
        if len(_lines(out)) > before:
            break
        time.sleep(0.02)
    crawl.kill()
    crawl.wait()


@pytest.mark.parametrize("jobdir", [False, True], ids=["state-only", "with-JOBDIR"])
def test_kill_9_restarts_lose_double_and_tear_nothing(tmp_path, jobdir: bool) -> None:
    """With Scrapy's JOBDIR too: its ``requests.seen`` once hid every start page of a
    resumed run, which then finished at once with nothing."""
    # In the crawl process: with page workers the arrival order, and so which copy of the
    # site's syndicated story is kept, differs from one run to the next.
    settings = ("NEWSCORPUS_WORKERS=0", *((f"JOBDIR={tmp_path / 'job'}",) if jobdir else ()))
    with FixtureServer(build_news_site) as server:
        site = server.site
        urls = [server.base_url + "/", server.base_url + "/rss.xml"]
        whole = run_crawl(urls, tmp_path / "whole-state", tmp_path / "whole.jsonl", *settings[:1])
        assert whole.returncode == 0 and whole.records
        state, out = tmp_path / "state", tmp_path / "out.jsonl"
        command = crawl_command(urls, state, out, *settings, output="-o")
        for _ in range(KILLS):
            _kill_after_next_record(command, out)
        last = run_crawl(urls, state, out, *settings, output="-o")
    assert last.returncode == 0, last.log[-2000:]
    records = [json.loads(line) for line in _lines(out)]  # a torn line fails to parse
    ids = Counter(record["id"] for record in records)
    assert [i for i, n in ids.items() if n > 1] == []
    # Each story once, as in the uninterrupted crawl; of the site's syndicated copies either
    # may be the one kept (a resumed JOBDIR queue hands them out in another order).
    stories = Counter(story_of(site, record["url"]) for record in records)
    assert [s for s, n in stories.items() if n > 1] == []
    assert set(stories) == {story_of(site, record["url"]) for record in whole.records}
