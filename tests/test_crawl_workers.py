"""Extraction and signing in worker processes give the records the crawl process gives."""

from __future__ import annotations

import dataclasses
import itertools
import subprocess
import time
from pathlib import Path

import numpy as np
import pytest

from newscorpus.dedup import DedupConfig, Deduplicator, MemoryIndex
from newscorpus.extract import Extractor, SiteBoilerplate
from newscorpus.origin import Origin
from newscorpus.pagework import PageSetup, PageWork
from newscorpus.urls import site_of
from tests.conftest import REPO, crawl_command, run_crawl
from tests.fixture_site import build_news_site

COMPARED = ("id", "url", "title", "text", "published", "authors", "language", "site")


def html_pages(site) -> list[tuple[bytes, str, Origin | None]]:
    """The site's HTML pages as page jobs, each of another origin in turn (or none)."""
    origins = itertools.cycle([None, *Origin])
    return [
        (page.body, site.url(path), next(origins))
        for path, page in sorted(site.pages.items())
        if page.status == 200 and page.content_type.startswith("text/html")
    ]


def test_the_page_work_and_the_boilerplate_after_it_extract_as_the_extractor_does() -> None:
    site = build_news_site("http://127.0.0.1:9")
    pages = html_pages(site)
    single = Extractor(boilerplate=SiteBoilerplate(2))
    work, boilerplate = PageWork(PageSetup(dedup=DedupConfig())), SiteBoilerplate(2)
    signer = Deduplicator(MemoryIndex())
    outcomes = work.draft(pages)
    cut_pages = 0
    for (html, url, origin), outcome in zip(pages, outcomes, strict=True):
        if outcome.draft is not None:
            body, cut = boilerplate.process(site_of(url), url, outcome.draft.body)
            if cut:
                cut_pages += 1
                outcome = work.finish([(outcome.draft, body, len(cut))])[0]
        expected = single.extract(html, url, origin)
        assert dataclasses.asdict(outcome.extraction) == dataclasses.asdict(expected), url
        if expected.article is not None:
            alone = signer.prepare([expected.article.text]).entry(0)
            assert outcome.entry is not None
            assert np.array_equal(outcome.entry.signature, alone.signature)
            assert list(outcome.entry.band_keys) == list(alone.band_keys)
    assert cut_pages, "the site's boilerplate was never cut: the finish path went untested"


@pytest.fixture(scope="module")
def crawls(news_server, tmp_path_factory) -> dict[int, list[dict]]:
    base = news_server.base_url
    out = {}
    for workers in (0, 1, 2):
        folder = tmp_path_factory.mktemp(f"workers{workers}")
        result = run_crawl(
            [f"{base}/", f"{base}/rss.xml"],
            folder / "state",
            folder / "out.jsonl",
            f"NEWSCORPUS_WORKERS={workers}",
        )
        assert result.returncode == 0, result.log[-2000:]
        assert "Traceback" not in result.log
        out[workers] = result.records
    return out


@pytest.mark.parametrize("workers", [1, 2])
def test_a_crawl_with_worker_processes_writes_the_same_records(
    crawls, news_server, workers
) -> None:
    """The same records, each story once. Of a story's copies (a syndicated one) the kept
    one is the first to reach dedup, with or without workers: either copy may be kept."""
    site = news_server.site

    def by_story(records: list[dict]) -> dict[str, dict[str, tuple]]:
        stories: dict[str, dict[str, tuple]] = {}
        for r in records:
            stories.setdefault(site.story_of(r["url"]), {})[r["url"]] = tuple(
                str(r[k]) for k in COMPARED
            )
        assert [story for story, kept in stories.items() if len(kept) > 1] == []
        return stories

    alone, with_workers = by_story(crawls[0]), by_story(crawls[workers])
    assert set(with_workers) == set(alone)
    same_copy = [story for story in alone if alone[story].keys() == with_workers[story].keys()]
    copied = {a.duplicate_of for a in site.articles.values() if a.duplicate_of}
    assert len(same_copy) >= len(alone) - len(copied)
    assert {s: with_workers[s] for s in same_copy} == {s: alone[s] for s in same_copy}


def descendants(root: int) -> set[int]:
    """The pids of ``root``'s descendants, from /proc."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat[stat.rindex(")") + 2 :].split()[1])
    found, frontier = set(), {root}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def test_a_crawl_killed_with_kill_9_leaves_no_worker_processes(news_server, tmp_path) -> None:
    command = crawl_command(
        [f"{news_server.base_url}/"],
        tmp_path / "state",
        tmp_path / "out.jsonl",
        "DOWNLOAD_DELAY=0.3",
        "AUTOTHROTTLE_ENABLED=False",
        "CONCURRENT_REQUESTS_PER_DOMAIN=1",
    )
    crawl = subprocess.Popen(command, cwd=REPO, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    deadline = time.monotonic() + 120
    while not workers and time.monotonic() < deadline:  # the pool starts with the first page
        time.sleep(0.2)
        workers = descendants(crawl.pid)
    assert workers, "the crawl started no worker processes"
    time.sleep(1)
    workers = descendants(crawl.pid)
    crawl.kill()
    crawl.wait()
    deadline = time.monotonic() + 30
    while (alive := {p for p in workers if Path(f"/proc/{p}").exists()}) and (
        time.monotonic() < deadline
    ):
        time.sleep(0.2)
    assert not alive, f"left running after the crawl was killed: {sorted(alive)}"
