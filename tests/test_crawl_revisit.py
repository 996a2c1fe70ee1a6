"""Revisits (NEWSCORPUS_REVISIT_HOURS): a recent story that changed is emitted again as its next
version, one that did not is counted and left out; older stories are not fetched again."""

from __future__ import annotations

import html
import time

from newscorpus.state import SqliteStateStore
from newscorpus.versions import changed_share, fingerprint
from tests.conftest import run_crawl
from tests.fixture_site import FixtureServer, Page, build_news_site

CORRECTION = (
    "Correction: an earlier version of this story gave the wrong figures for the harbour "
    "authority, which has since published its own account of the night's events"
)


def article_requests(server) -> list[str]:
    return [t for t in server.requested if t in server.site.articles]


def correct_a_paragraph(server, record: dict) -> tuple[str, str]:
    """Replace one paragraph of the article page behind ``record``; (old, new) paragraph."""
    path = record["url"].removeprefix(server.base_url)
    page = server.site.pages[path]
    body = page.body.decode("utf-8")
    for paragraph in record["text"].split("\n"):
        if len(paragraph.split()) > 12 and body.count(html.escape(paragraph, quote=False)) == 1:
            changed = body.replace(html.escape(paragraph, quote=False), CORRECTION)
            server.site.pages[path] = Page(page.status, page.content_type, changed.encode())
            return paragraph, CORRECTION
    raise AssertionError(f"no paragraph of {path} appears once, verbatim, in its page")


def test_a_changed_story_is_a_new_version_and_an_unchanged_one_is_counted(tmp_path) -> None:
    with FixtureServer(build_news_site) as server:
        urls, state, corpus = [server.base_url + "/"], tmp_path / "state", tmp_path / "c.jsonl"
        revisit = "NEWSCORPUS_REVISIT_HOURS=24"
        first = run_crawl(urls, state, corpus, revisit, output="-o")
        assert first.returncode == 0 and first.records
        assert {(r["version"], r["previous_id"]) for r in first.records} == {(1, None)}
        utf8 = [r for r in first.records if "utf-8" in server.site.pages[
            r["url"].removeprefix(server.base_url)].content_type]  # fmt: skip
        target = utf8[0]
        old, new = correct_a_paragraph(server, target)

        server.requested.clear()
        second = run_crawl(urls, state, corpus, revisit, output="-o")
        assert second.returncode == 0
        added = second.records[len(first.records) :]
        assert [r["url"] for r in added] == [target["url"]]
        version = added[0]
        assert version["version"] == 2 and version["previous_id"] == target["id"]
        assert version["id"] != target["id"]
        assert new in version["text"].split("\n") and old not in version["text"]
        stats = second.stats
        assert stats["newscorpus/revisit/changed"] == 1
        assert stats["newscorpus/revisit/unchanged"] >= 1
        assert stats["newscorpus/revisit/requested"] == len(article_requests(server)) > 1
        with SqliteStateStore(state) as store:
            latest = store.last_fetch(target["url"])
        assert latest is not None and (latest.record_id, latest.version) == (version["id"], 2)

        # Older than the window: not fetched again.
        time.sleep(1.0)
        server.requested.clear()
        third = run_crawl(urls, state, corpus, "NEWSCORPUS_REVISIT_HOURS=0.0002", output="-o")
        assert third.returncode == 0
        assert len(third.records) == len(second.records)
        assert article_requests(server) == []
        assert "newscorpus/revisit/requested" not in third.stats


def test_a_changed_paragraph_counts_and_punctuation_or_case_does_not() -> None:
    story = "\n".join(
        f"Paragraph {i} of the story says something about the harbour, the strike and the city."
        for i in range(10)
    )
    same = story.replace(",", " ,").upper()
    assert changed_share(fingerprint(story), fingerprint(same)) == 0.0
    one_changed = story.replace("Paragraph 3 of the story", "Paragraph 3 of the new story")
    assert 0.05 < changed_share(fingerprint(story), fingerprint(one_changed)) < 0.15
    added = story + "\nA new paragraph with the latest figures from the harbour authority."
    assert changed_share(fingerprint(story), fingerprint(added)) > 0.02
