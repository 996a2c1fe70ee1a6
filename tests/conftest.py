"""Shared test helpers: running the real ``scrapy crawl news`` against a fixture server."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.fixture_site import FixtureServer, build_news_site, build_seed_site

REPO = Path(__file__).resolve().parent.parent


@dataclass
class CrawlResult:
    """What one crawl left behind: its records, stats and log."""

    records: list[dict]
    stats: dict
    finish_reason: str | None
    log: str
    returncode: int

    def by_path(self, site_url: str) -> dict[str, dict]:
        return {r["url"].removeprefix(site_url): r for r in self.records}


def crawl_command(
    urls: list[str], state_dir: Path, out: Path | None, *settings: str, output: str = "-O"
) -> list[str]:
    """``scrapy crawl news -a urls=... -O out`` (``output="-o"`` appends; no ``out``, no
    output), writing its stats to ``out``'s ``.report.json``."""
    report = (out or state_dir).with_suffix(".report.json")
    command = [
        sys.executable, "-m", "scrapy", "crawl", "news",
        "-a", "urls=" + ",".join(urls),
        "-s", f"NEWSCORPUS_STATE_DIR={state_dir}",
        "-s", f"NEWSCORPUS_REPORT_FILE={report}",
    ]  # fmt: skip
    if out is not None:
        command += [output, str(out)]
    for setting in settings:
        command += ["-s", setting]
    return command


def run_crawl(
    urls: list[str], state_dir: Path, out: Path, *settings: str, output: str = "-O"
) -> CrawlResult:
    """Run ``scrapy crawl news -a urls=... -O out`` from the repo root, as a user does."""
    report = out.with_suffix(".report.json")
    report.unlink(missing_ok=True)
    command = crawl_command(urls, state_dir, out, *settings, output=output)
    run = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300)
    records = []
    if out.exists():
        records = [json.loads(line) for line in out.read_text("utf-8").splitlines() if line]
    summary = json.loads(report.read_text("utf-8")) if report.exists() else {}
    return CrawlResult(
        records, summary.get("stats", {}), summary.get("finish_reason"), run.stderr, run.returncode
    )


@pytest.fixture(scope="module")
def news_server():
    with FixtureServer(build_news_site) as server:
        yield server


@pytest.fixture(scope="module")
def seed_server():
    with FixtureServer(build_seed_site) as server:
        yield server


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory):
    """A real redis-server on 127.0.0.1 (``make test`` installs it when missing)."""
    from tests.redis_server import RedisServer

    try:
        server = RedisServer(tmp_path_factory.mktemp("redis"))
    except FileNotFoundError as exc:
        pytest.skip(str(exc))
    yield server
    server.stop()


@pytest.fixture
def redis_url(redis_server):
    """The URL of an empty database on the test redis-server."""
    redis_server.client.flushall()
    return redis_server.url


def story_of(site, url: str) -> str:
    """The story a fixture-site page tells: its original's path for a syndicated copy (of
    two copies either may be the one a crawl keeps: the page workers, or a resumed queue,
    hand pages to dedup in another order from run to run)."""
    path = urlsplit(url).path
    return site.articles[path].duplicate_of or path
