"""The end-of-run report and the progress lines of a real crawl of two fixture sites and one
that is down, checked against the corpus the crawl wrote."""

from __future__ import annotations

import json
import re
import socket
from collections import Counter
from html.parser import HTMLParser

import pytest

from newscorpus.records import publication_day, site_key
from tests.conftest import CrawlResult, run_crawl


def free_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def crawl(news_server, seed_server, tmp_path_factory) -> tuple[CrawlResult, dict, str, object]:
    folder = tmp_path_factory.mktemp("report")
    down = f"http://127.0.0.1:{free_port()}/"
    urls = [f"{news_server.base_url}/", f"{news_server.base_url}/rss.xml"]
    urls += [f"{seed_server.base_url}/", down]
    result = run_crawl(
        urls,
        folder / "state",
        folder / "corpus.jsonl",
        "NEWSCORPUS_PROGRESS_INTERVAL=0.5",
        "NEWSCORPUS_PROGRESS_SITES=True",
        "RETRY_TIMES=0",
    )
    report = json.loads((folder / "state" / "report.json").read_text("utf-8"))
    html = (folder / "state" / "report.html").read_text("utf-8")
    return result, report, html, down


def test_the_report_counts_each_sites_records_as_the_corpus_holds_them(crawl) -> None:
    result, report, _, _ = crawl
    assert result.returncode == 0, result.log[-2000:]
    written = Counter(site_key(r) for r in result.records)
    assert len(written) == 2
    for site, n in written.items():
        assert report["sites"][site]["written"] == n
        assert report["sites"][site]["flag"] is None
        days = Counter(publication_day(r) for r in result.records if site_key(r) == site)
        assert report["sites"][site]["days"] == dict(days)
    assert report["totals"]["written"] == len(result.records)
    assert sum(s["duplicates"] for s in report["sites"].values()) == report["totals"]["duplicates"]
    assert sum(s["teasers"] for s in report["sites"].values()) == report["totals"]["teasers"]


def test_a_site_that_produced_nothing_is_flagged_in_the_report_and_the_log(crawl) -> None:
    result, report, html, down = crawl
    site = site_key(down)
    assert report["sites"][site]["written"] == 0
    assert report["sites"][site]["flag"].startswith("nothing fetched")
    assert report["sites"][site]["errors"] >= 1
    assert f"Site {site} produced nothing: nothing fetched" in result.log
    assert "Sites that produced nothing" in html and site in html


class _Page(HTMLParser):
    """What a browser would load from elsewhere: src/href attributes, and the text."""

    def __init__(self) -> None:
        super().__init__()
        self.external: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.external += [v or "" for k, v in attrs if k in {"src", "href"}]
        if tag in {"script", "link", "img", "iframe"}:
            self.external.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_the_html_report_is_self_contained_and_shows_every_sites_numbers(crawl) -> None:
    _, report, html, _ = crawl
    page = _Page()
    page.feed(html)
    assert page.external == []  # nothing fetched from anywhere: readable offline
    text = " ".join(page.text)
    for site, numbers in report["sites"].items():
        assert site in text
        assert f"{numbers['written']:,}" in text
    assert html.count("<svg") >= len(report["sites"]) * 5 + 1  # 5 bars a site + the days


def test_progress_lines_give_the_numbers_of_the_run_in_one_line_each(crawl) -> None:
    result, report, _, _ = crawl
    lines = re.findall(
        r"Progress: (\d+) pages/min \((\d+) fetched\), (\d+) articles written", result.log
    )
    assert lines, result.log[-2000:]
    fetched = [int(f) for _, f, _ in lines]
    assert fetched == sorted(fetched)  # running totals
    assert int(lines[-1][2]) <= report["totals"]["written"]
    for site in report["sites"]:
        assert f"Progress of {site}: " in result.log
    assert "\x1b[" not in result.log  # no live display when stderr is no terminal


def test_a_second_run_that_finds_nothing_new_says_so_for_the_site(news_server, tmp_path):
    urls = [f"{news_server.base_url}/", f"{news_server.base_url}/rss.xml"]
    state = tmp_path / "state"
    first = run_crawl(urls, state, tmp_path / "corpus.jsonl", output="-o")
    assert first.returncode == 0 and first.records
    second = run_crawl(urls, state, tmp_path / "corpus.jsonl", output="-o")
    assert second.returncode == 0, second.log[-2000:]
    report = json.loads((state / "report.json").read_text("utf-8"))
    numbers = report["sites"][site_key(urls[0])]
    assert numbers["written"] == 0 and numbers["skipped"] > 0
    assert numbers["flag"].startswith("nothing new")
