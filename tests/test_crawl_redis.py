"""Several ``scrapy crawl news`` workers on one Redis crawl (``NEWSCORPUS_REDIS_URL``), one of
them killed with ``kill -9`` mid-crawl: the union of their corpus files holds every article
an uninterrupted single crawl keeps, exactly once, with no torn line."""

from __future__ import annotations

import json
import subprocess
import time
from collections import Counter

from tests.conftest import REPO, crawl_command, run_crawl
from tests.fixture_site import FixtureServer, build_news_site

WORKERS = 3
#: Polite enough that the crawl lasts a few seconds: there is a "mid-crawl" to kill it in.
SLOW = ("AUTOTHROTTLE_ENABLED=False", "DOWNLOAD_DELAY=0.3", "CONCURRENT_REQUESTS_PER_DOMAIN=2")
#: Each worker takes no more than it can fetch soon: the others get their share.
SHARE = ("CONCURRENT_REQUESTS=2",)
#: Commits far apart: the kill comes while records are written but not committed yet (the
#: corpus file gains lines when its write buffer fills), maybe half a line.
LATE = ("NEWSCORPUS_COMMIT_INTERVAL=5",)
MAX_WAIT_S = 120


def _lines(path) -> list[str]:
    return path.read_text("utf-8").splitlines() if path.exists() else []


def _stats(out) -> dict:
    report = out.with_suffix(".report.json")
    return json.loads(report.read_text("utf-8"))["stats"] if report.exists() else {}


def test_workers_share_a_crawl_and_a_killed_one_loses_and_doubles_nothing(
    tmp_path, redis_url
) -> None:
    with FixtureServer(build_news_site) as server:
        urls = [server.base_url + "/", server.base_url + "/rss.xml"]
        whole = run_crawl(urls, tmp_path / "whole-state", tmp_path / "whole.jsonl", *SLOW[:1])
        assert whole.returncode == 0 and whole.records
        shared = (
            f"NEWSCORPUS_REDIS_URL={redis_url}",
            "NEWSCORPUS_REDIS_LEASE=2",
            *SLOW,
            *SHARE,
            *LATE,
        )
        outs = [tmp_path / f"worker-{n}.jsonl" for n in range(WORKERS)]
        workers = [
            subprocess.Popen(
                crawl_command(urls, tmp_path / f"state-{n}", out, *shared, output="-o"),
                cwd=REPO,
                stdout=subprocess.DEVNULL,
                stderr=(tmp_path / f"log-{n}").open("w"),
            )
            for n, out in enumerate(outs)
        ]
        # the worker whose records reach its corpus file first is killed (which one that is
        # depends on which started first and on the machine's load)
        deadline = time.monotonic() + MAX_WAIT_S
        writing = []
        while not writing and time.monotonic() < deadline:
            writing = [n for n, out in enumerate(outs) if _lines(out)]
            time.sleep(0.02)
        assert writing, "no worker wrote a record"
        killed = writing[0]
        assert workers[killed].poll() is None, "the worker ended before it could be killed"
        workers[killed].kill()  # SIGKILL: right after its first records reached its file
        workers[killed].wait()
        others = [n for n in range(WORKERS) if n != killed]
        for n in others:
            workers[n].wait(timeout=MAX_WAIT_S)
        site = server.site
    logs = [(tmp_path / f"log-{n}").read_text()[-3000:] for n in others]
    assert [workers[n].returncode for n in others] == [0] * (WORKERS - 1), logs
    records = [json.loads(line) for out in outs for line in _lines(out)]  # torn: fails here
    assert len({record["id"] for record in records}) == len(records)
    # one record per story: which copy of a syndicated story is kept depends on arrival order
    stories = Counter(site.story_of(record["url"]) for record in records)
    assert [story for story, n in stories.items() if n > 1] == []
    assert set(stories) == {site.story_of(r["url"]) for r in whole.records}
    survivors = [_stats(outs[n]) for n in others]
    # the killed worker's unfinished requests were handed to the others, who finished them
    assert sum(stats.get("newscorpus/redis/requeued", 0) for stats in survivors) > 0
    assert sum(stats.get("newscorpus/dedup/kept", 0) for stats in survivors) > 0


def test_an_unreachable_redis_is_a_usage_error_before_the_crawl(seed_server, tmp_path) -> None:
    from tests.redis_server import free_port

    before = len(seed_server.requested)
    url = f"redis://127.0.0.1:{free_port()}/0"
    result = run_crawl(
        [seed_server.base_url + "/"], tmp_path / "state", tmp_path / "out.jsonl",
        f"NEWSCORPUS_REDIS_URL={url}", output="-o",
    )  # fmt: skip
    assert result.returncode == 2
    last = result.log.strip().splitlines()[-1]
    assert "cannot reach Redis" in last and url in last
    assert len(seed_server.requested) == before, "the crawl started"
