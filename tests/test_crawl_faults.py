"""Faults handled as users expect, crawled from the fixture news site on 127.0.0.1: links
that redirect, bodies cut short, charsets declared wrongly, a page with a huge number of
links."""

from __future__ import annotations

import pytest

from tests.conftest import run_crawl
from tests.fixture_site import FixtureServer, Page, build_news_site

HTML = "text/html; charset=utf-8"
#: Only the start pages and the pages they link to.
ONE_HOP = ("DEPTH_LIMIT=1", "NEWSCORPUS_ROBOTS_SITEMAPS=False")


@pytest.fixture
def server():
    with FixtureServer(build_news_site) as srv:
        yield srv


def articles(site) -> list[str]:
    return [p for p, a in site.articles.items() if a.kind == "article"]


def paths(requested: list[str]) -> set[str]:
    return {r.split("?")[0] for r in requested}


def listing(links: list[str]) -> bytes:
    """A bare HTML page linking to ``links``."""
    anchors = "".join(f'<li><a href="{link}">story {i}</a></li>' for i, link in enumerate(links))
    return f"<html><body><h1>Moved stories</h1><ul>{anchors}</ul></body></html>".encode()


def test_a_second_run_asks_for_no_article_behind_a_redirect_again(server, tmp_path) -> None:
    site, stories = server.site, articles(server.site)
    for path in stories:  # the old address of each story redirects to its page
        site.pages["/old" + path] = Page(301, HTML, b"", {"Location": site.url(path)})
    site.pages["/moved"] = Page(200, HTML, listing(["/old" + path for path in stories]))
    start, state, corpus = [site.url("/moved")], tmp_path / "state", tmp_path / "corpus.jsonl"
    first = run_crawl(start, state, corpus, *ONE_HOP)
    assert first.returncode == 0, first.log[-2000:]
    assert {r["url"] for r in first.records} == {
        site.url(site.articles[p].canonical_path) for p in stories
    }
    server.requested.clear()
    second = run_crawl(start, state, corpus, *ONE_HOP, output="-o")
    assert second.returncode == 0, second.log[-2000:]
    asked_again = paths(server.requested) & {*stories, *("/old" + p for p in stories)}
    assert asked_again == set()
    assert second.stats.get("newscorpus/skipped/seen_url") == len(stories)
    assert len(second.records) == len(first.records), "the corpus is whole"
