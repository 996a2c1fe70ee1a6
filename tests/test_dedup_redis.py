"""The Redis dedup index against a real redis-server: same verdicts as the other backends,
and a check-and-insert that stays atomic when several workers add near-copies at once."""

from __future__ import annotations

import multiprocessing
import random

import pytest
import redis

from newscorpus.dedup import ConcurrentChange, Deduplicator, MemoryIndex
from newscorpus.dedup.redis_index import RedisIndex
from tests import dedup_corpus as corpus
from tests.test_dedup_sqlite import labelled_docs

PREFIX = "t:idx"


def redis_dedup(url: str) -> Deduplicator:
    return Deduplicator(RedisIndex(redis.Redis.from_url(url), PREFIX))


def test_redis_and_memory_backends_agree(redis_url) -> None:
    docs = labelled_docs()
    memory = Deduplicator(MemoryIndex()).check_and_add_many(docs)
    shared = redis_dedup(redis_url)
    assert shared.check_and_add_many(docs) == memory
    assert len(shared.index) == sum(v is None or not v.is_duplicate for v in memory)
    # a second worker opening the same index sees every document the first one kept
    other = redis_dedup(redis_url)
    again = [other.check(doc_id + "-again", text) for doc_id, text in docs]
    assert all(verdict is not None for verdict in again)


def test_add_after_a_stale_check_is_refused_and_the_recheck_sees_the_copy(redis_url) -> None:
    story = corpus.text(corpus.STORIES["strike"])
    copy = corpus.syndicate(corpus.STORIES["strike"], random.Random(1), dateline="OSLO (AP) -")
    first, second = redis_dedup(redis_url), redis_dedup(redis_url)
    assert first.check("a", story) is None  # worker 1 looks: nothing there
    entry = first.prepare([story]).entry(0)
    assert second.check_and_add("b", copy) is None  # worker 2 keeps its copy meanwhile
    with pytest.raises(ConcurrentChange):
        first.index.add("a", entry)
    verdict = first.check_and_add("a", story)
    assert verdict is not None and verdict.is_duplicate and verdict.duplicate_of == "b"
    assert "a" not in first.index


def test_add_without_a_check_is_unconditional(redis_url) -> None:
    dedup = redis_dedup(redis_url)
    text = corpus.text(corpus.STORIES["strike"])
    dedup.add("a", text)
    dedup.add("b", text)  # recovery adds what a corpus file holds, whatever it is
    assert "a" in dedup.index and "b" in dedup.index


def _keep_all(url: str, docs: list[tuple[str, str]], start, kept) -> None:
    dedup = redis_dedup(url)
    start.wait()
    for doc_id, text in docs:
        while True:
            try:
                verdict = dedup.check_and_add(doc_id, text)
                break
            except ConcurrentChange:
                continue
        if verdict is None or not verdict.is_duplicate:
            kept.append(doc_id)


def test_workers_adding_copies_at_once_keep_one_of_each(redis_url) -> None:
    rng = random.Random(5)
    names = list(corpus.STORIES)
    copies = {
        name: [
            corpus.syndicate(corpus.STORIES[name], rng, dateline=f"CITY{i} (Reuters) -")
            for i in range(3)
        ]
        for name in names
    }
    workers = 3
    context = multiprocessing.get_context("spawn")
    start, manager = context.Barrier(workers), context.Manager()
    kept = manager.list()
    processes = []
    for w in range(workers):  # each worker gets one copy of every story, all at once
        docs = [(f"{name}-{w}", copies[name][w]) for name in names]
        processes.append(context.Process(target=_keep_all, args=(redis_url, docs, start, kept)))
    for process in processes:
        process.start()
    for process in processes:
        process.join(120)
    assert all(process.exitcode == 0 for process in processes)
    assert sorted(doc_id.rsplit("-", 1)[0] for doc_id in kept) == sorted(names)


def test_redis_joins_a_dropped_copys_sample_as_memory_does(redis_url) -> None:
    story = corpus.STORIES["strike"]
    wire, whole = corpus.text(story[:-2]), corpus.text(story)
    samples = []
    for dedup in (Deduplicator(MemoryIndex()), redis_dedup(redis_url)):
        dedup.check_and_add("1", wire)
        entry = dedup.prepare([whole]).entry(0)
        before = dedup.index.candidates(entry.band_keys).samples[0]
        assert dedup.check_and_add("2", whole).kind == "near"
        after = dedup.index.candidates(entry.band_keys).samples[0]
        assert len(after) > len(before)
        samples.append((after, dedup.index.shingle_counts(entry.sample)))
    assert (samples[0][0] == samples[1][0]).all() and (samples[0][1] == samples[1][1]).all()
