"""Behaviour of the near-duplicate engine on labelled news-like text (in-memory index)."""

from __future__ import annotations

import json
import random
import statistics

import numpy as np
import pytest
import xxhash
from datasketch import MinHash
from datasketch.lsh import _optimal_param

from newscorpus.dedup import (
    DedupConfig,
    Deduplicator,
    IndexConfigMismatch,
    MemoryIndex,
    Signer,
    Verdict,
)
from newscorpus.dedup import text as dedup_text
from tests import dedup_corpus as corpus


def make(config: DedupConfig | None = None) -> Deduplicator:
    return Deduplicator(MemoryIndex(), config)


def doc_id(n: int) -> str:
    return f"{n:016x}"


def true_jaccard(a: str, b: str, number_weight: int) -> float:
    sa = set(dedup_text.shingles(dedup_text.words(a), 5, number_weight))
    sb = set(dedup_text.shingles(dedup_text.words(b), 5, number_weight))
    return len(sa & sb) / len(sa | sb)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("LONDON (Reuters) - Shares rose.", ["shares", "rose"]),
        ("BRUSSELS, March 3 (Reuters) \u2014 Shares rose.", ["shares", "rose"]),
        ("NEW YORK/PARIS (AFP) -- Shares rose.", ["shares", "rose"]),
        ("WASHINGTON \u2014 Shares rose.", ["shares", "rose"]),
        ("(AP) - Shares rose.", ["shares", "rose"]),
        (
            "Shares rose 4.5% in Z\u00fcrich - a record.",
            ["shares", "rose", "4", "5", "in", "z\u00fcrich", "a", "record"],
        ),
        ("\uff2c\uff2f\uff2e\uff24\uff2f\uff2e (Reuters) - \uff11\uff10 shares", ["10", "shares"]),
    ],
)
def test_words_strip_dateline_and_normalise(raw: str, expected: list[str]) -> None:
    assert dedup_text.words(raw) == expected


def test_exact_copy_ignores_whitespace_case_and_punctuation() -> None:
    dedup = make()
    original = corpus.text(corpus.STORIES["strike"])
    assert dedup.check_and_add(doc_id(1), original) is None
    variant = "  " + original.upper().replace(",", "").replace("\n", "\n\n  ") + " ..."
    assert dedup.check(doc_id(2), variant) == Verdict(doc_id(1), "exact", 1.0, 1.0)


def test_syndicated_copies_are_near_duplicates() -> None:
    rng = random.Random(1)
    dedup = make()
    for n, paragraphs in enumerate(corpus.STORIES.values()):
        dedup.add(doc_id(n), corpus.text(paragraphs))
    for n, (name, paragraphs) in enumerate(corpus.STORIES.items()):
        for dateline in corpus.DATELINES:
            light = corpus.syndicate(paragraphs, rng, dateline=dateline, drop=1, edits=4)
            heavy = corpus.syndicate(paragraphs, rng, dateline=dateline, drop=2, edits=10)
            for copy in (light, heavy):
                verdict = dedup.check(doc_id(100), copy)
                assert verdict is not None, (name, copy)
                assert (verdict.duplicate_of, verdict.kind) == (doc_id(n), "near")
                # the usual LSH threshold of 0.8 would have missed all of these
                assert 0.4 < verdict.similarity < 0.9
                assert verdict.containment > 0.7


def test_recrawl_with_a_different_sidebar_is_a_duplicate() -> None:
    dedup = make()
    for n, paragraphs in enumerate(corpus.STORIES.values()):
        assert (
            dedup.check_and_add(doc_id(n), corpus.recrawl(paragraphs, corpus.SIDEBARS[n])) is None
        )
    for n, paragraphs in enumerate(corpus.STORIES.values()):
        recrawled = corpus.recrawl(paragraphs, corpus.SIDEBARS[(n + 1) % len(corpus.SIDEBARS)])
        verdict = dedup.check(doc_id(100), recrawled)
        assert verdict is not None
        assert (verdict.duplicate_of, verdict.kind) == (doc_id(n), "near")


def test_trimmed_copy_is_caught_by_containment() -> None:
    dedup = make()
    paragraphs = corpus.STORIES["tram"]
    dedup.add(doc_id(1), corpus.text(paragraphs))
    verdict = dedup.check(doc_id(2), corpus.text(paragraphs[:3]))
    assert verdict is not None and verdict.duplicate_of == doc_id(1)
    assert verdict.similarity < 0.5 < 0.9 < verdict.containment


@pytest.mark.parametrize("name", sorted(corpus.FOLLOW_UPS))
def test_follow_up_repeating_a_third_as_background_is_kept(name: str) -> None:
    original, follow_up = corpus.follow_up(name)
    dedup = make()
    dedup.add(doc_id(1), corpus.text(corpus.STORIES[original]))
    assert dedup.check(doc_id(2), follow_up) is None
    assert 0.15 < true_jaccard(corpus.text(corpus.STORIES[original]), follow_up, 1) < 0.3


@pytest.mark.parametrize("template", sorted(corpus.TEMPLATES))
def test_template_stories_with_other_names_and_numbers_are_kept(template: str) -> None:
    rng = random.Random(2024)
    stories = [corpus.TEMPLATES[template](rng) for _ in range(25)]
    dedup = make()
    verdicts = dedup.check_and_add_many((doc_id(n), s) for n, s in enumerate(stories))
    assert verdicts == [None] * len(stories)
    assert len(dedup.index) == len(stories)


def test_weighting_numbers_separates_template_stories() -> None:
    """Measured reason for ``number_weight``: templates collide without it, copies do not move."""
    rng = random.Random(7)
    weather = [(corpus.weather_story(rng), corpus.weather_story(rng)) for _ in range(40)]
    plain = [true_jaccard(a, b, 1) for a, b in weather]
    weighted = [true_jaccard(a, b, 4) for a, b in weather]
    assert statistics.mean(weighted) < statistics.mean(plain) - 0.1
    paragraphs = corpus.STORIES["rates"]
    copy = corpus.syndicate(paragraphs, rng, dateline=corpus.DATELINES[0])
    original = corpus.text(paragraphs)
    assert abs(true_jaccard(original, copy, 4) - true_jaccard(original, copy, 1)) < 0.05


@pytest.mark.parametrize("number_weight", [1, 4])
def test_estimated_similarity_tracks_true_jaccard(number_weight: int) -> None:
    rng = random.Random(3)
    pairs = []
    for name, paragraphs in corpus.STORIES.items():
        original = corpus.text(paragraphs)
        pairs.append((original, corpus.syndicate(paragraphs, rng, dateline="PARIS (AFP) - ")))
        pairs.append((original, corpus.text(paragraphs[:4])))
        pairs.append((corpus.recrawl(paragraphs, corpus.SIDEBARS[0]), original))
        pairs.append(
            (original, corpus.text(corpus.STORIES["drought" if name != "drought" else "tram"]))
        )
    pairs += [
        (corpus.text(corpus.STORIES[o]), f) for o, f in map(corpus.follow_up, corpus.FOLLOW_UPS)
    ]
    pairs += [(corpus.earnings_story(rng), corpus.earnings_story(rng)) for _ in range(5)]
    signer = Signer(DedupConfig(number_weight=number_weight))
    errors = []
    for a, b in pairs:
        sa, sb = signer.signatures([a, b])
        estimate = np.count_nonzero(sa.hashvalues == sb.hashvalues) / len(sa.hashvalues)
        errors.append(abs(estimate - true_jaccard(a, b, number_weight)))
    assert statistics.mean(errors) < 0.05
    assert max(errors) < 0.15


def test_check_does_not_add() -> None:
    dedup = make()
    text = corpus.text(corpus.STORIES["drought"])
    assert dedup.check(doc_id(1), text) is None
    assert dedup.check(doc_id(2), text) is None
    assert len(dedup.index) == 0


def test_check_and_add_keeps_the_first_occurrence() -> None:
    dedup = make()
    text = corpus.text(corpus.STORIES["drought"])
    assert dedup.check_and_add(doc_id(1), text) is None
    copy = corpus.syndicate(corpus.STORIES["drought"], random.Random(0), dateline="PARIS (AFP) - ")
    assert dedup.check_and_add(doc_id(2), copy).duplicate_of == doc_id(1)
    assert len(dedup.index) == 1 and doc_id(2) not in dedup.index


def test_an_indexed_id_is_an_exact_duplicate_of_itself() -> None:
    dedup = make()
    dedup.add(doc_id(1), corpus.text(corpus.STORIES["tram"]))
    other_text = corpus.text(corpus.STORIES["rates"])
    assert dedup.check_and_add(doc_id(1), other_text) == Verdict(doc_id(1), "exact", 1.0, 1.0)
    dedup.add(doc_id(1), other_text)
    assert len(dedup.index) == 1
    assert dedup.check(doc_id(2), other_text) is None


def test_duplicates_within_one_batch_are_caught() -> None:
    rng = random.Random(5)
    strike, rates = corpus.STORIES["strike"], corpus.STORIES["rates"]
    docs = [
        (doc_id(1), corpus.text(strike)),
        (doc_id(2), corpus.syndicate(strike, rng, dateline="LONDON (Reuters) - ")),
        (doc_id(3), corpus.text(rates)),
        (doc_id(4), corpus.text(rates).lower()),
        (doc_id(3), corpus.text(rates)),
        (doc_id(5), corpus.follow_up("rates-cut")[1]),
    ]
    verdicts = make().check_and_add_many(docs, batch_size=2)
    assert [v and (v.duplicate_of, v.kind) for v in verdicts] == [
        None,
        (doc_id(1), "near"),
        None,
        (doc_id(3), "exact"),
        (doc_id(3), "exact"),
        None,
    ]


def test_short_texts_only_get_the_exact_check() -> None:
    dedup = make()
    assert dedup.check_and_add(doc_id(1), "Markets closed higher on Monday.") is None
    signature = dedup.signer.signature("Markets closed higher on Monday.")
    assert signature.hashvalues is None and signature.band_keys == ()
    assert dedup.check(doc_id(2), "MARKETS closed higher on Monday!").kind == "exact"
    assert dedup.check(doc_id(3), "Markets closed lower on Monday.") is None
    assert dedup.check_and_add(doc_id(4), "") is None
    assert dedup.check(doc_id(5), "  ").kind == "exact"


def test_signatures_are_datasketch_minhashes() -> None:
    config = DedupConfig(number_weight=1)
    texts = [corpus.text(p) for p in corpus.STORIES.values()]
    batch = Signer(config).signatures(texts)
    for text, signature in zip(texts, batch, strict=True):
        shingles = set(dedup_text.shingles(dedup_text.words(text), config.shingle_size))
        reference = MinHash(
            num_perm=config.num_perm, seed=config.seed, hashfunc=xxhash.xxh32_intdigest
        )
        reference.update_batch(list(shingles))
        assert reference.scheme == config.scheme
        assert np.array_equal(signature.hashvalues, reference.hashvalues)
        assert signature.shingle_count == len(shingles)
        assert signature.hashvalues.nbytes == 512
        assert len(signature.band_keys) == config.bands
        single = Signer(config).signature(text)
        assert single.band_keys == signature.band_keys
        assert single.content_hash == signature.content_hash


def test_config_round_trips_and_uses_the_datasketch_optimiser() -> None:
    config = DedupConfig()
    assert (config.bands, config.rows) == _optimal_param(0.25, 128, 0.2, 0.8)
    assert config.bands * config.rows <= config.num_perm
    data = json.loads(json.dumps(config.to_dict()))
    assert DedupConfig.from_dict(data) == config
    with pytest.raises(ValueError, match="unknown"):
        DedupConfig.from_dict({**data, "colour": "blue"})


def test_opening_an_index_with_other_parameters_fails_loudly() -> None:
    index = MemoryIndex()
    Deduplicator(index, DedupConfig())
    with pytest.raises(IndexConfigMismatch, match="num_perm") as info:
        Deduplicator(index, DedupConfig(num_perm=64))
    assert set(info.value.differences) >= {"num_perm", "bands"}
    stored = index.stored_config()
    index.store_config({**stored, "datasketch_version": "1.6.5", "scheme": "legacy"})
    with pytest.raises(IndexConfigMismatch) as info:
        Deduplicator(index, DedupConfig())
    assert set(info.value.differences) == {"datasketch_version", "scheme"}
    assert "datasketch_version" in str(info.value)


def test_verification_thresholds_may_change_on_an_existing_index() -> None:
    index = MemoryIndex()
    Deduplicator(index, DedupConfig()).add(doc_id(1), corpus.text(corpus.STORIES["tram"]))
    strict = Deduplicator(index, DedupConfig(verify_jaccard=0.95))
    assert strict.check(doc_id(2), corpus.text(corpus.STORIES["tram"][:-1])) is None


SEEDS = corpus.seed_articles()


@pytest.mark.skipif(len(SEEDS) < 3, reason="shared seed articles not present")
def test_seed_articles_same_story_with_other_sidebars() -> None:
    """Seeds 0 and 1: one story, different 4-line sidebars (about half of each text)."""
    first, second, other = SEEDS[:3]
    body = "\n".join(second.split("\n")[:-4])
    assert dedup_text.words(body) == dedup_text.words("\n".join(first.split("\n")[:-4]))
    dedup = make()
    assert dedup.check_and_add(doc_id(1), first) is None
    recrawl = dedup.check(doc_id(2), second)
    assert recrawl is not None and (recrawl.duplicate_of, recrawl.kind) == (doc_id(1), "near")
    assert 0.3 < recrawl.similarity < 0.5 < recrawl.containment < 0.7  # true: 0.39 / 0.57
    trimmed = dedup.check(doc_id(3), body)
    assert trimmed is not None and trimmed.containment > 0.9
    assert dedup.check_and_add(doc_id(4), other) is None
