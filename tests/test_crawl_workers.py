"""Extraction and signing in worker processes give the records the crawl process gives."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from newscorpus.dedup import DedupConfig, Deduplicator, MemoryIndex
from newscorpus.extract import Extractor, SiteBoilerplate
from newscorpus.pagework import PageSetup, PageWork
from newscorpus.urls import site_of
from tests.conftest import run_crawl
from tests.fixture_site import build_news_site

COMPARED = ("id", "url", "title", "text", "published", "authors", "language", "site")


def html_pages(site) -> list[tuple[bytes, str]]:
    return [
        (page.body, site.url(path))
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
    for (html, url), outcome in zip(pages, outcomes, strict=True):
        if outcome.draft is not None:
            body, cut = boilerplate.process(site_of(url), url, outcome.draft.body)
            if cut:
                cut_pages += 1
                outcome = work.finish([(outcome.draft, body, len(cut))])[0]
        expected = single.extract(html, url)
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
def test_a_crawl_with_worker_processes_writes_the_same_records(crawls, workers) -> None:
    def keyed(records: list[dict]) -> dict[str, tuple]:
        return {r["id"]: tuple(str(r[k]) for k in COMPARED) for r in records}

    assert len(crawls[workers]) == len(keyed(crawls[workers]))
    assert keyed(crawls[workers]) == keyed(crawls[0])
