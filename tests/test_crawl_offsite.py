"""Never off-site, and faults handled as users expect: crawls of the fixture news site on
127.0.0.1 with redirects and meta refreshes to another host (a second server on 127.0.0.2),
robots.txt answering 5xx, 4xx or nothing, and 429/503 answers with ``Retry-After``."""

from __future__ import annotations

import pytest

from tests.conftest import run_crawl
from tests.fixture_site import DROP, FixtureServer, Page, build_news_site

ONLY_START_URLS = ("NEWSCORPUS_FOLLOW_LINKS=False", "NEWSCORPUS_ROBOTS_SITEMAPS=False")
HTML = "text/html; charset=utf-8"


@pytest.fixture
def server():
    with FixtureServer(build_news_site) as srv:
        yield srv


@pytest.fixture
def other_host():
    with FixtureServer(build_news_site, host="127.0.0.2") as srv:
        yield srv


def an_article(site) -> str:
    return next(p for p, a in site.articles.items() if a.kind == "article")


def paths(server) -> set[str]:
    return {r.split("?")[0] for r in server.requested}


def test_redirects_and_meta_refreshes_stay_on_the_site(server, other_host, tmp_path) -> None:
    site, away = server.site, other_host.base_url + "/"
    article = an_article(site)
    site.pages["/away"] = Page(302, HTML, b"", {"Location": away})
    refresh = f'<html><head><meta http-equiv="refresh" content="0; url={away}"></head></html>'
    site.pages["/refresh"] = Page(200, HTML, refresh.encode())
    site.pages["/moved"] = Page(301, HTML, b"", {"Location": site.url(article)})
    urls = [site.url(p) for p in ("/away", "/refresh", "/moved")]
    result = run_crawl(urls, tmp_path / "state", tmp_path / "out.jsonl", *ONLY_START_URLS)
    assert other_host.requested == [], "a redirect left the site"
    assert result.stats.get("offsite/filtered", 0) == 2
    assert [r["url"] for r in result.records] == [site.url(site.articles[article].canonical_path)]


@pytest.mark.parametrize(
    ("robots", "why"),
    [(Page(503, "text/plain", b"busy"), "5xx"), (DROP, "unreachable")],
)
def test_a_robots_txt_that_fails_disallows_the_whole_site(server, tmp_path, robots, why) -> None:
    server.site.pages["/robots.txt"] = robots
    result = run_crawl([server.base_url + "/"], tmp_path / "state", tmp_path / "out.jsonl")
    assert paths(server) == {"/robots.txt"}, why
    assert result.records == []
    assert result.stats.get("newscorpus/robots/unreachable") == 1
    assert "RFC 9309" in result.log


def test_a_robots_txt_that_is_not_found_allows_everything(server, tmp_path) -> None:
    site = server.site
    # The body of a 4xx answer is no robots.txt, even when it reads like one.
    site.pages["/robots.txt"] = Page(404, "text/plain", b"User-agent: *\nDisallow: /\n")
    article = an_article(site)
    site.pages["/hidden"] = Page(301, HTML, b"", {"Location": site.url(article)})
    urls = [site.url("/hidden")]
    result = run_crawl(urls, tmp_path / "state", tmp_path / "out.jsonl", *ONLY_START_URLS)
    assert len(result.records) == 1
    assert result.stats.get("robotstxt/forbidden", 0) == 0


def test_retry_after_is_waited_for(server, tmp_path) -> None:
    article = an_article(server.site)
    server.inject(article, Page(503, HTML, b"busy", {"Retry-After": "3"}))
    url = server.site.url(article)
    result = run_crawl([url], tmp_path / "state", tmp_path / "out.jsonl", *ONLY_START_URLS)
    assert len(result.records) == 1
    times = [t for t, target in server.timeline if target.split("?")[0] == article]
    assert len(times) == 2 and times[1] - times[0] >= 3
    assert result.stats.get("newscorpus/retry_after/waited") == 1


def test_a_retry_after_beyond_the_cap_gives_the_page_up_at_once(server, tmp_path) -> None:
    article = an_article(server.site)
    server.inject(article, Page(429, HTML, b"slow down", {"Retry-After": "3600"}))
    url = server.site.url(article)
    result = run_crawl([url], tmp_path / "state", tmp_path / "out.jsonl", *ONLY_START_URLS)
    assert result.records == []
    assert [r for r in server.requested if r.split("?")[0] == article] == [article]
    assert result.stats.get("newscorpus/retry_after/over_max") == 1
    assert "NEWSCORPUS_RETRY_AFTER_MAX" in result.log
