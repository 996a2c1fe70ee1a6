"""Crawl state: persists across runs, changes all-or-nothing, agrees with the dedup index."""

from __future__ import annotations

import pytest

from newscorpus.dedup import Deduplicator
from newscorpus.state import Fetch, SqliteStateStore

BODY = " ".join(f"word{i} of a long enough story about the harbour strike" for i in range(40))


def test_seen_urls_survive_a_restart_and_match_url_variants(tmp_path) -> None:
    with SqliteStateStore(tmp_path) as store, store.transaction():
        store.mark_seen(["https://e.com/a.html", "https://e.com/amp/a.html"], "00000000000000aa")
    with SqliteStateStore(tmp_path) as store:
        assert store.seen("https://e.com/a.html?utm_source=x#top") == "00000000000000aa"
        assert store.seen("https://e.com/amp/a.html") == "00000000000000aa"
        assert store.seen("https://e.com/b.html") is None
        assert store.seen_count() == 2


def test_a_batch_lookup_answers_as_one_lookup_per_url(tmp_path) -> None:
    done = [f"https://e.com/{i}.html" for i in range(0, 1200, 2)]
    with SqliteStateStore(tmp_path) as store, store.transaction():
        store.mark_seen(done, "00000000000000aa")
    asked = [f"https://e.com/{i}.html" for i in range(1200)] + ["https://e.com/4.html?utm_source=x"]
    with SqliteStateStore(tmp_path) as store:
        found = store.seen_many(asked)
        assert found == {url: record for url in asked if (record := store.seen(url))}
        assert len(found) == 601


def test_a_redirect_leads_to_what_its_target_gave_once_that_is_done(tmp_path) -> None:
    old, new = "https://e.com/a/1", "https://e.com/a/1/"
    with SqliteStateStore(tmp_path) as store, store.transaction():
        store.remember_redirects([old, new], new)
        assert store.seen(old) is None  # the target gave no record yet
        store.mark_seen([new], "00000000000000aa")
    with SqliteStateStore(tmp_path) as store:
        assert store.seen(old) == "00000000000000aa"
        assert store.seen_count() == 1  # a redirect is no record's URL


def test_a_failed_transaction_leaves_neither_urls_nor_index_entries(tmp_path) -> None:
    with SqliteStateStore(tmp_path) as store:
        dedup = Deduplicator(store.dedup_index())
        with pytest.raises(RuntimeError), store.transaction():
            store.mark_seen(["https://e.com/a.html"], "00000000000000aa")
            dedup.add("00000000000000aa", BODY)
            raise RuntimeError("killed mid-record")
        assert store.seen("https://e.com/a.html") is None
        assert dedup.check("00000000000000bb", BODY) is None


def test_dedup_index_persists_with_the_state(tmp_path) -> None:
    with SqliteStateStore(tmp_path) as store, store.transaction():
        Deduplicator(store.dedup_index()).add("00000000000000aa", BODY)
    with SqliteStateStore(tmp_path) as store:
        verdict = Deduplicator(store.dedup_index()).check("00000000000000bb", BODY)
        assert verdict is not None and verdict.duplicate_of == "00000000000000aa"


def test_unusable_state_dir_is_a_clear_error(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(OSError, match="cannot open crawl state"):
        SqliteStateStore(blocker / "state")


def test_the_latest_fetch_of_an_article_survives_a_restart_and_is_replaced(tmp_path) -> None:
    first = Fetch("00000000000000aa", 1, 1000.0, 1000.0, b"\x01" * 12)
    with SqliteStateStore(tmp_path) as store, store.transaction():
        store.record_fetch(["https://e.com/a.html", "https://e.com/amp/a.html"], first)
    with SqliteStateStore(tmp_path) as store:
        assert store.last_fetch("https://e.com/a.html?utm_source=x") == first
        assert store.last_fetch("https://e.com/b.html") is None
        second = Fetch("00000000000000bb", 2, 1000.0, 2000.0, b"\x02" * 12)
        with store.transaction():
            store.record_fetch(["https://e.com/a.html"], second)
        assert store.last_fetch("https://e.com/a.html") == second
        assert store.last_fetch("https://e.com/amp/a.html") == first
