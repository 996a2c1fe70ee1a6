"""The SQLite dedup index: persistence, transactions owned by the caller, config checks, size."""

from __future__ import annotations

import random
import sqlite3
from collections import Counter
from typing import TYPE_CHECKING

import numpy as np
import pytest

from newscorpus.dedup import (
    DedupConfig,
    Deduplicator,
    IndexConfigMismatch,
    MemoryIndex,
    SqliteIndex,
)
from newscorpus.dedup.index import ShingleCounter
from tests import dedup_corpus as corpus

if TYPE_CHECKING:
    from pathlib import Path


def doc_id(n: int) -> str:
    return f"{n:016x}"


def open_dedup(
    path: Path, config: DedupConfig | None = None
) -> tuple[sqlite3.Connection, Deduplicator]:
    conn = sqlite3.connect(path)
    return conn, Deduplicator(SqliteIndex(conn), config)


def labelled_docs() -> list[tuple[str, str]]:
    rng = random.Random(9)
    docs = []
    for paragraphs in corpus.STORIES.values():
        docs.append(corpus.text(paragraphs))
        docs.append(corpus.syndicate(paragraphs, rng, dateline="LONDON (Reuters) - ", drop=2))
        docs.append(corpus.recrawl(paragraphs, corpus.SIDEBARS[1]))
    docs += [follow_up for _, follow_up in map(corpus.follow_up, corpus.FOLLOW_UPS)]
    docs += [corpus.football_story(rng) for _ in range(6)]
    docs += ["Short note.", "short NOTE"]
    return [(doc_id(n), text) for n, text in enumerate(docs)]


def test_index_persists_across_close_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "crawl.sqlite"
    paragraphs = corpus.STORIES["strike"]
    conn, dedup = open_dedup(path)
    assert dedup.check_and_add(doc_id(1), corpus.text(paragraphs)) is None
    assert dedup.check_and_add(doc_id(2), "Too short to shingle.") is None
    conn.commit()
    conn.close()

    conn, dedup = open_dedup(path)
    copy = corpus.syndicate(paragraphs, random.Random(1), dateline="PARIS (AFP) - ")
    verdict = dedup.check(doc_id(3), copy)
    assert verdict is not None and (verdict.duplicate_of, verdict.kind) == (doc_id(1), "near")
    assert dedup.check(doc_id(4), "too SHORT to shingle").duplicate_of == doc_id(2)
    assert len(dedup.index) == 2 and doc_id(2) in dedup.index
    conn.close()


def test_index_never_commits_on_its_own(tmp_path: Path) -> None:
    path = tmp_path / "crawl.sqlite"
    conn, dedup = open_dedup(path)
    conn.commit()  # schema and config
    text = corpus.text(corpus.STORIES["tram"])
    dedup.check_and_add_many([(doc_id(1), text), (doc_id(2), corpus.text(corpus.STORIES["rates"]))])
    assert conn.in_transaction
    reader = sqlite3.connect(path)
    assert reader.execute("SELECT count(*) FROM dedup_docs").fetchone() == (0,)
    reader.close()
    conn.rollback()
    assert len(dedup.index) == 0
    assert dedup.check(doc_id(3), text) is None
    conn.close()


def test_rolled_back_first_transaction_leaves_no_config(tmp_path: Path) -> None:
    path = tmp_path / "crawl.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE crawl_state (url TEXT)")
    conn.execute("INSERT INTO crawl_state VALUES ('https://example.org/')")
    dedup = Deduplicator(SqliteIndex(conn), DedupConfig(num_perm=64))
    dedup.add(doc_id(1), corpus.text(corpus.STORIES["tram"]))
    conn.rollback()  # takes back the crawl state, the dedup tables and the stored config
    assert conn.execute("SELECT name FROM sqlite_schema WHERE name LIKE 'dedup%'").fetchall() == []
    index = SqliteIndex(conn)
    assert index.stored_config() is None and len(index) == 0
    Deduplicator(index, DedupConfig())  # so a fresh start may pick other parameters
    conn.close()


@pytest.mark.parametrize(
    ("changed", "field"),
    [
        (DedupConfig(shingle_size=4), "shingle_size"),
        (DedupConfig(num_perm=256), "num_perm"),
        (DedupConfig(number_weight=4), "number_weight"),
        (DedupConfig(signature_bits=8), "signature_bits"),
        (DedupConfig(opening_words=30), "opening_words"),
        (DedupConfig(lsh_threshold=0.5), "bands"),
        (DedupConfig(sample_size=64), "sample_size"),
    ],
)
def test_reopening_with_other_parameters_raises(
    tmp_path: Path, changed: DedupConfig, field: str
) -> None:
    path = tmp_path / "crawl.sqlite"
    conn, dedup = open_dedup(path)
    dedup.add(doc_id(1), corpus.text(corpus.STORIES["drought"]))
    conn.commit()
    conn.close()
    conn = sqlite3.connect(path)
    with pytest.raises(IndexConfigMismatch, match=field) as info:
        Deduplicator(SqliteIndex(conn), changed)
    assert field in info.value.differences
    stored = DedupConfig.from_dict(SqliteIndex(conn).stored_config())
    assert Deduplicator(SqliteIndex(conn), stored).check(doc_id(2), "x") is None
    conn.close()


def test_a_state_from_another_datasketch_or_normalisation_version_is_refused() -> None:
    index = MemoryIndex()
    Deduplicator(index)
    stored = index.stored_config()
    index.store_config({**stored, "datasketch_version": "1.6.5", "text_version": 1})
    with pytest.raises(IndexConfigMismatch) as info:
        Deduplicator(index)
    assert set(info.value.differences) == {"datasketch_version", "text_version"}


def test_a_state_from_before_shingle_samples_is_refused_by_name(tmp_path: Path) -> None:
    """Issue 4's states hold no shingle samples and symmetric thresholds: opening one says
    which parameter differs, whatever thresholds it stored."""
    conn = sqlite3.connect(tmp_path / "crawl.sqlite")
    old = DedupConfig().to_dict()
    del old["sample_size"], old["verify_coverage"], old["verify_lead_coverage"]
    old |= {"verify_containment": 0.55, "verify_lead_containment": 0.5}
    SqliteIndex(conn).store_config(old)
    del old["shingle_counts"], old["common_docs"]
    SqliteIndex(conn).store_config(old)
    with pytest.raises(IndexConfigMismatch, match="sample_size: index has None") as info:
        Deduplicator(SqliteIndex(conn))
    assert set(info.value.differences) == {"sample_size", "shingle_counts"}
    conn.close()


def test_sqlite_and_memory_backends_agree() -> None:
    docs = labelled_docs()
    memory = Deduplicator(MemoryIndex()).check_and_add_many(docs)
    conn = sqlite3.connect(":memory:")
    sqlite = Deduplicator(SqliteIndex(conn)).check_and_add_many(docs)
    assert sqlite == memory
    assert sum(v is None for v in memory) == 4 + 2 + 6 + 1
    conn.close()


def test_both_backends_count_the_documents_holding_each_sampled_shingle(tmp_path: Path) -> None:
    docs = labelled_docs()
    memory = Deduplicator(MemoryIndex())
    memory.check_and_add_many(docs)
    path = tmp_path / "crawl.sqlite"
    conn = sqlite3.connect(path)
    Deduplicator(SqliteIndex(conn)).check_and_add_many(docs)
    conn.commit()
    conn.close()
    conn = sqlite3.connect(path)
    stored = SqliteIndex(conn)
    most = 0
    for _, text in docs[: 3 * len(corpus.STORIES) : 3]:  # the stories, each kept
        sample = memory.prepare([text]).entry(0).sample
        counts = memory.index.shingle_counts(sample)
        assert (stored.shingle_counts(sample) == counts).all()
        assert counts.min() >= 1  # copies are not indexed: the story alone holds most
        most = max(most, counts.max())
    assert most == 2  # background a kept follow-up quotes
    assert stored.shingle_counts(np.array([7], dtype=np.uint32)).tolist() == [0]
    conn.close()


def test_candidate_lookup_is_a_single_query() -> None:
    conn = sqlite3.connect(":memory:")
    dedup = Deduplicator(SqliteIndex(conn))
    dedup.check_and_add_many(labelled_docs())
    entry = dedup.prepare([corpus.text(corpus.STORIES["rates"])]).entry(0)
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    found = dedup.index.candidates(entry.band_keys)
    conn.set_trace_callback(None)
    assert doc_id(9) in found.ids
    assert len(statements) == 1
    conn.close()


def test_storage_per_document_is_bounded(tmp_path: Path) -> None:
    rng = random.Random(4)
    paragraphs = [p for story in corpus.STORIES.values() for p in story]
    docs = [
        (doc_id(n), "\n".join(rng.sample(paragraphs, 10)) + f"\nStory number {n}.")
        for n in range(1000)
    ]
    path = tmp_path / "crawl.sqlite"
    conn = sqlite3.connect(path)
    index = SqliteIndex(conn)
    dedup = Deduplicator(index, DedupConfig(verify_jaccard=1.0))  # keep all
    for n in range(0, len(docs), 100):  # committed in small transactions, never vacuumed
        batch = docs[n : n + 100]
        dedup.check_and_add_prepared([i for i, _ in batch], dedup.prepare([t for _, t in batch]))
        conn.commit()
    size = path.stat().st_size
    assert len(index) == len(docs)
    # ~1,250 B (256 B signature, 64 band rows of ~13 B, an opening of 33 x 4 B) + a sample
    # of at most 256 x 4 B
    assert size / len(docs) < 2600
    conn.close()


def test_counts_held_in_memory_match_a_plain_count(monkeypatch: pytest.MonkeyPatch) -> None:
    """The in-RAM counter of a throw-away index merges its runs as it grows: counts stay exact."""
    monkeypatch.setattr(ShingleCounter, "PENDING", 300)
    monkeypatch.setattr(ShingleCounter, "FANOUT", 3)
    rng = np.random.default_rng(0)
    counter, expected = ShingleCounter(), Counter()
    probe = np.arange(9000, dtype=np.uint32)
    for n in range(400):
        values = np.unique(rng.integers(0, 8000, 100).astype(np.uint32))
        counter.add(values)
        expected.update(values.tolist())
        if n % 37 == 0:
            assert counter.counts(probe).tolist() == [expected[v] for v in probe.tolist()]


def test_both_backends_join_a_dropped_copys_sample_to_the_kept_one() -> None:
    """A near copy's shingles the kept copy lacks join its sample (and counts) in either
    backend alike; an id that is not indexed absorbs nothing."""
    story = corpus.STORIES["strike"]
    wire, whole = corpus.text(story[:-2]), corpus.text(story)
    conn = sqlite3.connect(":memory:")
    samples, counts = [], []
    for index in (MemoryIndex(), SqliteIndex(conn)):
        dedup = Deduplicator(index)
        dedup.check_and_add(doc_id(1), wire)
        entry = dedup.prepare([whole]).entry(0)
        before = index.candidates(entry.band_keys).samples[0]
        assert dedup.check_and_add(doc_id(2), whole).kind == "near"
        index.absorb(doc_id(3), entry.sample)  # not indexed: nothing happens
        after = index.candidates(entry.band_keys).samples[0]
        assert len(after) > len(before) and np.isin(before, after).all()
        samples.append(after)
        counts.append(index.shingle_counts(entry.sample))
    assert (samples[0] == samples[1]).all() and (counts[0] == counts[1]).all()
    assert counts[0].min() == 1
    conn.close()
