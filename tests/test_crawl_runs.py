"""Honest runs: one crawl per state at a time, an incremental crawl never destroys its corpus,
and the exit code tells how the crawl went (cron relies on it)."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import time

import pytest

from newscorpus.cli import main as newscorpus
from newscorpus.state import SqliteStateStore
from tests.conftest import REPO, crawl_command, run_crawl
from tests.fixture_site import FixtureServer, Page, build_news_site, build_seed_site


@pytest.fixture
def server():
    with FixtureServer(build_news_site) as srv:
        yield srv


def lines(path) -> list[str]:
    return path.read_text("utf-8").splitlines()


def error_line(log: str) -> str:
    """The last line of a refused run's stderr: its one-line error."""
    return log.strip().splitlines()[-1]


def test_a_crawl_on_a_state_in_use_fails_at_once(server, tmp_path) -> None:
    state = tmp_path / "state"
    with SqliteStateStore(state):
        result = run_crawl([server.base_url + "/"], state, tmp_path / "out.jsonl")
    assert result.returncode == 2
    assert "is in use by another crawl" in error_line(result.log)
    assert server.requested == []


def test_offline_dedup_refuses_a_state_in_use_and_writes_nothing(tmp_path, capsys) -> None:
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(json.dumps({"id": "1" * 16, "text": "a story " * 20}) + "\n", "utf-8")
    state, out = tmp_path / "state", tmp_path / "out.jsonl"
    with SqliteStateStore(state):
        assert newscorpus(["dedup", str(corpus), "-o", str(out), "--state", str(state)]) == 1
    assert "is in use" in capsys.readouterr().err
    assert not out.exists()


def test_overwriting_the_corpus_of_an_incremental_crawl_is_refused(server, tmp_path) -> None:
    urls, state, corpus = [server.base_url + "/"], tmp_path / "state", tmp_path / "corpus.jsonl"
    first = run_crawl(urls, state, corpus)
    assert first.returncode == 0 and first.records
    again = run_crawl(urls, state, corpus)
    assert again.returncode == 2
    assert "use -o" in error_line(again.log) and str(corpus) in error_line(again.log)
    assert len(lines(corpus)) == len(first.records), "the corpus was touched"
    appended = run_crawl(urls, state, corpus, output="-o")
    assert appended.returncode == 0
    assert len(lines(corpus)) == len(first.records)


def test_appending_to_a_corpus_with_a_new_state_is_refused(server, tmp_path) -> None:
    """Run from another folder (a relative state) or after deleting the state, a crawl would
    know none of the corpus's records and write every one of them again."""
    urls, corpus = [server.base_url + "/"], tmp_path / "corpus.jsonl"
    first = run_crawl(urls, tmp_path / "state", corpus)
    assert first.returncode == 0 and first.records
    requested = len(server.requested)
    elsewhere = run_crawl(urls, tmp_path / "other-state", corpus, output="-o")
    assert elsewhere.returncode == 2
    assert "knows none of them" in error_line(elsewhere.log)
    assert str(corpus) in error_line(elsewhere.log)
    assert len(lines(corpus)) == len(first.records), "the corpus was touched"
    assert len(server.requested) == requested, "the refused crawl fetched pages"
    same_state = run_crawl(urls, tmp_path / "state", corpus, output="-o")
    assert same_state.returncode == 0
    assert len(lines(corpus)) == len(first.records)


def test_a_crawl_without_output_is_refused(server, tmp_path) -> None:
    command = crawl_command([server.base_url + "/"], tmp_path / "state", None)
    run = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert error_line(run.stderr).endswith("never written anywhere")
    assert server.requested == []


def test_a_site_that_is_down_exits_non_zero(tmp_path) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = run_crawl([f"http://127.0.0.1:{port}/"], tmp_path / "state", tmp_path / "o.jsonl")
    assert result.returncode == 3
    assert "nothing could be fetched" in result.log


def test_a_site_whose_pages_all_fail_exits_non_zero(server, tmp_path) -> None:
    server.site.pages["/"] = Page(500, "text/html", b"down")
    result = run_crawl(
        [server.base_url + "/"], tmp_path / "state", tmp_path / "o.jsonl",
        "NEWSCORPUS_ROBOTS_SITEMAPS=False",
    )  # fmt: skip
    assert result.returncode == 3


def test_an_interrupted_crawl_exits_non_zero(server, tmp_path) -> None:
    slow = ("DOWNLOAD_DELAY=0.25", "AUTOTHROTTLE_ENABLED=False", "CONCURRENT_REQUESTS_PER_DOMAIN=1")
    command = crawl_command(
        [server.base_url + "/"], tmp_path / "state", tmp_path / "o.jsonl", *slow
    )
    crawl = subprocess.Popen(command, cwd=REPO, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while len(server.requested) < 3 and time.monotonic() < deadline:
        time.sleep(0.1)
    crawl.send_signal(signal.SIGINT)
    _, log = crawl.communicate(timeout=120)
    assert crawl.returncode == 4, log[-2000:]
    assert "interrupted (shutdown)" in log


def test_records_that_no_output_stored_exit_non_zero(tmp_path) -> None:
    (tmp_path / "file").write_text("not a folder", "utf-8")
    unwritable = tmp_path / "file" / "corpus.jsonl"
    with FixtureServer(build_seed_site) as seeds:
        command = crawl_command([seeds.base_url + "/"], tmp_path / "state", unwritable)
        run = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert run.returncode == 5
    assert "records lost" in run.stderr


def test_ctrl_c_twice_exits_non_zero_and_a_restart_loses_nothing(server, tmp_path) -> None:
    """The second Ctrl-C stops Scrapy at once, without closing the spider: the state must
    still hold only what the corpus holds."""
    urls = [server.base_url + "/", server.base_url + "/rss.xml"]
    whole = run_crawl(urls, tmp_path / "whole-state", tmp_path / "whole.jsonl")
    state, corpus = tmp_path / "state", tmp_path / "corpus.jsonl"
    command = crawl_command(urls, state, corpus, output="-o")
    crawl = subprocess.Popen(command, cwd=REPO, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not (corpus.exists() and lines(corpus)) and time.monotonic() < deadline:
        time.sleep(0.02)
    crawl.send_signal(signal.SIGINT)
    time.sleep(0.1)
    crawl.send_signal(signal.SIGINT)
    _, log = crawl.communicate(timeout=120)
    assert crawl.returncode != 0, log[-2000:]
    again = run_crawl(urls, state, corpus, output="-o")
    assert again.returncode == 0, again.log[-2000:]
    # each story once, as in the uninterrupted crawl (of a syndicated story's two copies,
    # either may be the one kept)
    stories = [server.site.story_of(json.loads(line)["url"]) for line in lines(corpus)]
    assert sorted(stories) == sorted(server.site.story_of(r["url"]) for r in whole.records)
