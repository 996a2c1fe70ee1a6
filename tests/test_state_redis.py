"""The shared crawl state on a real redis-server: what a worker commits stays, what it
staged and requests it took are handed back when it dies."""

from __future__ import annotations

import time

from scrapy import Request

from newscorpus.dedup import Deduplicator
from newscorpus.state.redis_store import RedisStateStore
from tests import dedup_corpus as corpus

QUEUE = "t:news:requests"


def test_a_dead_workers_uncommitted_work_is_undone_and_its_requests_requeued(redis_url) -> None:
    dead = RedisStateStore(redis_url, "t", lease_seconds=0.5)
    alive = RedisStateStore(redis_url, "t", lease_seconds=30)
    for path in ("/a", "/b", "/c"):
        alive.client.zadd(QUEUE, {path.encode(): 0})
    dedup = Deduplicator(dead.dedup_index())
    story, other = (corpus.text(paragraphs) for paragraphs in list(corpus.STORIES.values())[:2])
    dead.stage()
    taken = [dead.lease.pop(QUEUE) for _ in range(2)]  # two requests in flight
    dead.lease.finished = lambda: [taken[0][0]]  # the first one is done at the commit
    with dead.transaction():
        dead.mark_seen(["https://example.org/story"], "s1")
        assert dedup.check_and_add("s1", story) is None
    dead.commit()
    with dead.transaction():  # staged, never committed: the worker dies
        dead.mark_seen(["https://example.org/other"], "s2")
        assert dedup.check_and_add("s2", other) is None
    assert alive.seen("https://example.org/other") == "s2"  # the others see it at once
    dead.lease.stop_heartbeat()  # as a frozen or killed worker's
    time.sleep(0.7)  # and it expires

    assert alive.reclaim_dead() == (1, 0)
    assert alive.seen("https://example.org/story") == "s1"
    assert "s1" in alive.dedup_index()
    assert alive.seen("https://example.org/other") is None
    assert "s2" not in alive.dedup_index()
    assert Deduplicator(alive.dedup_index()).check("s2", other) is None
    queued = alive.client.zrange(QUEUE, 0, -1)
    assert sorted(queued) == sorted([taken[1][1], b"/c"])  # the unfinished one is back
    alive.close()


def test_a_live_worker_is_not_reclaimed(redis_url) -> None:
    first = RedisStateStore(redis_url, "t", lease_seconds=30)
    second = RedisStateStore(redis_url, "t", lease_seconds=30)
    first.client.zadd(QUEUE, {b"/a": 0})
    assert first.lease.pop(QUEUE) is not None
    assert second.reclaim_dead() == (0, 0)
    assert second.lease.in_flight() == 1
    first.close()  # leaving hands back what it did not finish
    assert second.client.zrange(QUEUE, 0, -1) == [b"/a"]
    second.close()


def test_requests_survive_the_round_trip_through_the_lease(redis_url) -> None:
    from scrapy import Spider

    from newscorpus.crawl.redis_scheduler import LeasedQueue

    store = RedisStateStore(redis_url, "t")
    queue = LeasedQueue(store.client, Spider("news"), QUEUE)
    queue.lease = store.lease
    queue.push(Request("https://example.org/low", priority=0))
    queue.push(Request("https://example.org/high", priority=5, meta={"depth": 2}))
    request, token = queue.pop_leased()
    assert (request.url, request.meta["depth"]) == ("https://example.org/high", 2)
    assert store.client.hexists(store.lease.inflight_key, token)
    store.close()


def test_a_worker_reclaimed_while_alive_cannot_commit_and_undoes_what_it_staged(
    redis_url,
) -> None:
    import pytest

    from newscorpus.state.redis_lease import LeaseLost

    slow = RedisStateStore(redis_url, "t", lease_seconds=0.5)
    other = RedisStateStore(redis_url, "t", lease_seconds=30)
    slow.lease.stop_heartbeat()  # frozen past its lease (a long pause)
    time.sleep(0.7)
    other.reclaim_dead()
    slow.stage()  # it wakes up and goes on
    with slow.transaction():
        slow.mark_seen(["https://example.org/late"], "late")
    with pytest.raises(LeaseLost):
        slow.commit()
    slow.close()
    assert other.seen("https://example.org/late") is None  # crawled again by a live worker
    other.close()


def test_a_corpus_file_is_written_by_one_worker_only(redis_url, tmp_path) -> None:
    from newscorpus.state import StateInUse

    path = str(tmp_path / "corpus.jsonl")
    first = RedisStateStore(redis_url, "t")
    second = RedisStateStore(redis_url, "t")
    first.claim_outputs([path])
    try:
        second.claim_outputs([path])
    except StateInUse as exc:
        assert "another worker" in str(exc)
    else:
        raise AssertionError("two workers claimed one corpus file")
    first.close()
    assert second.claim_outputs([path]) == {}  # free once the first one left
    second.close()


def test_seen_urls_are_looked_up_in_one_batch_and_follow_redirects(redis_url) -> None:
    """As the SQLite state: a batch answers as one lookup per URL does, and a link that
    redirected to a page already done is seen (the next run does not fetch it again)."""
    store = RedisStateStore(redis_url, "t")
    done = [f"https://e.com/{i}.html" for i in range(0, 1200, 2)]
    store.mark_seen(done, "00000000000000aa")
    asked = [f"https://e.com/{i}.html" for i in range(1200)] + ["https://e.com/4.html?utm_source=x"]
    found = store.seen_many(asked)
    assert found == {url: record for url in asked if (record := store.seen(url))}
    assert len(found) == 601
    old, new = "https://e.com/b/1", "https://e.com/b/1/"
    store.remember_redirects([old, new], new)
    assert store.seen(old) is None  # the target gave no record yet
    store.mark_seen([new], "00000000000000bb")
    again = RedisStateStore(redis_url, "t")
    assert again.seen(old) == "00000000000000bb"
    assert again.seen_many([old, "https://e.com/0.html"]) == {
        old: "00000000000000bb",
        "https://e.com/0.html": "00000000000000aa",
    }
    assert again.seen_count() == 601  # a redirect is no record's URL
    store.close()
    again.close()
