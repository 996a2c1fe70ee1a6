"""End to end: ``scrapy crawl news`` on the fixture news site served on 127.0.0.1.

One crawl from the front page and the feed, then the same crawl again with the same state.
Every assertion comes from the site's ground truth (``tests.fixture_site``).
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime

import pytest

from newscorpus.urls import record_id
from tests.conftest import CrawlResult, run_crawl

EMITTED_KINDS = {"article", "follow-up"}


@pytest.fixture(scope="module")
def crawl_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("crawl")


@pytest.fixture(scope="module")
def first(news_server, crawl_dir) -> CrawlResult:
    base = news_server.base_url
    urls = [f"{base}/", f"{base}/rss.xml"]
    dups = f"NEWSCORPUS_DUPS_FILE={crawl_dir / 'dups.jsonl'}"
    return run_crawl(urls, crawl_dir / "state", crawl_dir / "one.jsonl", dups)


@pytest.fixture(scope="module")
def second(first, news_server, crawl_dir) -> tuple[CrawlResult, list[str]]:
    news_server.requested.clear()
    base = news_server.base_url
    result = run_crawl(
        [f"{base}/", f"{base}/rss.xml"], crawl_dir / "state", crawl_dir / "two.jsonl"
    )
    return result, list(news_server.requested)


def expected_records(site):
    return {p: a for p, a in site.articles.items() if a.kind in EMITTED_KINDS}


def test_crawl_finishes_cleanly(first) -> None:
    assert first.returncode == 0, first.log[-2000:]
    assert first.finish_reason == "finished"
    assert "Traceback" not in first.log
    extensions = first.log.split("Enabled extensions:")[1].split("]")[0]
    assert "CrawlState" in extensions
    assert "RemoteControl" not in extensions and "TelnetConsole" not in extensions


def test_every_article_once_with_its_exact_text(first, news_server) -> None:
    site = news_server.site
    got = first.by_path(site.base_url)
    assert len(first.records) == len(got), "two records with one URL"
    expected = expected_records(site)
    assert set(got) == {a.canonical_path for a in expected.values()}
    for path, article in expected.items():
        assert got[article.canonical_path]["text"] == article.text, path


def test_articles_only_in_feed_or_sitemap_are_found(first, news_server) -> None:
    site = news_server.site
    got = first.by_path(site.base_url)
    hidden = [a for a in expected_records(site).values() if "html" not in a.found_in]
    assert hidden, "the fixture should have feed-only and sitemap-only articles"
    for article in hidden:
        assert article.canonical_path in got


def test_no_teaser_or_page_furniture_in_any_text(first, news_server) -> None:
    site = news_server.site
    for record in first.records:
        article = site.articles[record["url"].removeprefix(site.base_url)]
        for teaser in article.teasers:
            assert teaser not in record["text"]
        for furniture in article.boilerplate:
            assert furniture not in record["text"]
        assert article.title not in record["text"].split("\n")


def test_duplicates_are_dropped_and_logged_with_the_id_they_duplicate(first, news_server) -> None:
    site = news_server.site
    copies = [a for a in site.articles.values() if a.duplicate_of]
    assert {a.kind for a in copies} >= {"amp-copy", "syndicated"}
    urls = {r["url"] for r in first.records}
    for copy in copies:
        assert site.url(copy.path) not in urls
    syndicated = next(a for a in copies if a.kind == "syndicated")
    original_id = record_id(site.url(syndicated.duplicate_of))
    assert re.search(rf"duplicates {original_id}", first.log)
    assert first.stats.get("newscorpus/dedup/near", 0) >= 1


def test_dups_file_names_what_each_dropped_copy_duplicates(first, news_server, crawl_dir) -> None:
    site = news_server.site
    lines = (crawl_dir / "dups.jsonl").read_text("utf-8").splitlines()
    listed = {d["url"]: d for d in map(json.loads, lines)}
    dropped = sum(first.stats.get(f"newscorpus/dedup/{k}", 0) for k in ("url", "exact", "near"))
    assert len(lines) == len(listed) == dropped
    syndicated = next(a for a in site.articles.values() if a.kind == "syndicated")
    entry = listed[site.url(syndicated.path)]
    assert entry["duplicate_of"] == record_id(site.url(syndicated.duplicate_of))
    assert entry["kind"] == "near" and 0 < entry["similarity"] <= entry["coverage"] <= 1
    assert set(entry) == {"id", "url", "duplicate_of", "kind", "similarity", "coverage"}
    kept = {r["id"] for r in first.records}
    assert all(d["duplicate_of"] in kept for d in listed.values())


def test_follow_up_story_is_kept(first, news_server) -> None:
    site = news_server.site
    follow_ups = [a for a in site.articles.values() if a.kind == "follow-up"]
    assert follow_ups
    urls = {r["url"] for r in first.records}
    for article in follow_ups:
        assert site.url(article.path) in urls


def test_robots_disallowed_and_offsite_pages_are_never_fetched(first, news_server) -> None:
    requested_paths = {r.split("?")[0] for r in news_server.requested}
    assert requested_paths, "the crawl should have fetched pages"
    for path in news_server.site.disallowed:
        assert not any(p.startswith(path) for p in requested_paths)
    assert first.stats.get("robotstxt/forbidden", 0) >= 1
    assert all(r["site"] == first.records[0]["site"] for r in first.records)


def test_non_article_pages_are_never_emitted(first, news_server) -> None:
    site = news_server.site
    got = first.by_path(site.base_url)
    assert not set(got) & set(site.non_articles)
    prefix = "newscorpus/extract/not_article/"
    rejected = {k.removeprefix(prefix): v for k, v in first.stats.items() if k.startswith(prefix)}
    # front, section and tag pages are counted as listings of other pages
    assert sum(rejected.get(kind, 0) for kind in ("listing", "collection")) >= 1


def test_records_have_the_promised_shape(first, news_server) -> None:
    site = news_server.site
    for record in first.records:
        assert re.fullmatch(r"[0-9a-f]{16}", record["id"])
        assert record["id"] == record_id(record["url"])
        assert "?" not in record["url"] and "#" not in record["url"]
        assert not record["text"].endswith("\n") and "\n\n" not in record["text"]
        expected = site.articles[record["url"].removeprefix(site.base_url)]
        assert record["title"] == expected.title
        assert record["language"] == expected.language
        published = record["published"]
        parsed = (datetime if "T" in published else date).fromisoformat(published)
        assert parsed.isoformat()[:10] == expected.published[:10]
        assert set(record["authors"]) <= set(expected.authors)
        datetime.fromisoformat(record["crawled_at"])


def test_bad_responses_are_counted_not_fatal(first, news_server) -> None:
    statuses = {k for k in first.stats if k.startswith("httperror/response_ignored_status_count/")}
    assert any(k.endswith("/404") for k in statuses)
    assert any(k.endswith("/500") for k in statuses)
    assert "newscorpus summary:" in first.log


def test_second_run_with_same_state_emits_nothing_and_refetches_no_article(
    second, news_server
) -> None:
    result, requested = second
    assert result.returncode == 0, result.log[-2000:]
    assert result.records == []
    article_paths = {a.path for a in news_server.site.articles.values()}
    assert not {r.split("?")[0] for r in requested} & article_paths
    assert result.stats.get("newscorpus/skipped/seen_url", 0) >= len(
        expected_records(news_server.site)
    )
