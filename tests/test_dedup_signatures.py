"""Signatures: identical to datasketch's MinHash, batch-independent, good Jaccard estimates."""

from __future__ import annotations

import random
import re
import statistics
import unicodedata

import numpy as np
import pytest
from datasketch import MinHash
from datasketch.lsh import _optimal_param

from newscorpus.dedup import DedupConfig, Deduplicator, MemoryIndex, Signer
from newscorpus.dedup import text as dedup_text
from newscorpus.dedup.lsh import optimal_param
from newscorpus.dedup.minhash import pack, permutations, unpack
from newscorpus.dedup.shingles import shingle_hash
from tests import dedup_corpus as corpus

TEXTS = [
    *(corpus.text(p) for p in corpus.STORIES.values()),
    corpus.earnings_story(random.Random(1)),
    "Kurz: 12 Tote, 3,5 Mio. \u20ac Schaden \u2014 sagte die Polizei am Montag in M\u00fcnchen.",
    "\u6771\u4eac\u3067 iPhone 12 \u304c\u767a\u58f2\u3055\u308c\u305f\u3002"
    "\u4fa1\u683c\u306f 9 \u4e07\u5186\u3002",
    "Too short to sign.",
    "",
]


def reference_elements(text: str, config: DedupConfig) -> set[tuple[str, int]]:
    """The set of a text spelt out: (shingle, copy number), numbered shingles weighted."""
    words = dedup_text.words(text)
    elements = set()
    for i in range(len(words) - config.shingle_size + 1):
        shingle = " ".join(words[i : i + config.shingle_size])
        numbered = any("0" <= c <= "9" for c in shingle)
        copies = config.number_weight if numbered else 1
        elements.update((shingle, copy) for copy in range(copies))
    return elements


@pytest.mark.parametrize(
    "config",
    [DedupConfig(), DedupConfig(number_weight=1, num_perm=128, signature_bits=32)],
    ids=["default", "unweighted-128"],
)
def test_signatures_are_datasketch_minhashes(config: DedupConfig) -> None:
    signatures = Signer(config).signatures(TEXTS)
    for i, text in enumerate(TEXTS):
        elements = reference_elements(text, config)
        assert signatures.sizes[i] == len({shingle_hash(*e) for e in elements})
        if not signatures.signed[i]:
            assert len(dedup_text.words(text)) < config.min_words
            continue
        reference = MinHash(
            num_perm=config.num_perm, seed=config.seed, hashfunc=lambda e: shingle_hash(*e)
        )
        reference.update_batch(sorted(elements))
        assert reference.scheme == config.scheme
        assert np.array_equal(signatures.hashvalues[i], reference.hashvalues)


def test_permutations_are_datasketchs() -> None:
    for num_perm, seed in ((128, 1), (512, 1), (64, 7)):
        a, b = permutations(num_perm, seed)
        reference = MinHash(num_perm=num_perm, seed=seed).permutations
        assert np.array_equal(a, reference[0]) and np.array_equal(b, reference[1])


def test_banding_parameters_are_datasketchs() -> None:
    for threshold in (0.2, 0.25, 0.3, 0.5, 0.8):
        for num_perm in (32, 64, 128):
            expected = _optimal_param(threshold, num_perm, 0.2, 0.8)
            assert optimal_param(threshold, num_perm, 0.2, 0.8) == expected
    assert (DedupConfig().bands, DedupConfig().rows) == _optimal_param(0.18, 128, 0.2, 0.8)


def test_a_texts_signature_does_not_depend_on_its_batch() -> None:
    signer = Signer(DedupConfig())
    together = signer.signatures(TEXTS)
    for i, text in enumerate(TEXTS):
        alone = signer.signatures([text])
        assert np.array_equal(alone.hashvalues[0], together.hashvalues[i])
        assert alone.content_hash[0] == together.content_hash[i]
        assert np.array_equal(alone.openings.of(0), together.openings.of(i))


def test_normalisation_matches_word_regex_outside_cjk() -> None:
    rng = random.Random(5)
    pieces = [
        "Caf\u00e9",
        "na\u00efve",
        "\u00a0",
        "\u2026",
        "e\u0301",
        "x_y",
        "\U0001f600",
        "\ufb01ne",
    ]
    pieces += ["\u201cQuote\u201d", "3,5", "--", "\u0416\u0443\u043a", "A.B.", "\t", "\n"]
    for _ in range(200):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        prepared = dedup_text.strip_dateline(unicodedata.normalize("NFKC", text)).lower()
        expected = " ".join(re.findall(r"\w+", prepared))
        assert dedup_text.normalize(text) == expected, text


@pytest.mark.parametrize("bits", [1, 2, 4, 8, 16, 32])
def test_packed_signatures_keep_the_low_bits(bits: int) -> None:
    values = np.random.default_rng(bits).integers(0, 2**32, (3, 64), dtype=np.uint64)
    values = values.astype(np.uint32)
    packed = pack(values, bits)
    assert packed.shape == (3, 64 * bits // 8) and packed.dtype == np.uint8
    assert np.array_equal(unpack(packed, bits), values & np.uint32(2**bits - 1))


def true_jaccard(a: str, b: str, config: DedupConfig) -> float:
    sa, sb = reference_elements(a, config), reference_elements(b, config)
    return len(sa & sb) / len(sa | sb)


def test_estimated_similarity_tracks_true_jaccard_better_than_128_full_values() -> None:
    """The reason for 512 values of 4 bits: the same pairs, half the bytes of 128 x 32 bits,
    about half the estimation error."""
    rng = random.Random(3)
    pairs = []
    for name, paragraphs in corpus.STORIES.items():
        original = corpus.text(paragraphs)
        pairs.append((original, corpus.syndicate(paragraphs, rng, dateline="PARIS (AFP) - ")))
        pairs.append((original, corpus.text(paragraphs[:4])))
        pairs.append((corpus.recrawl(paragraphs, corpus.SIDEBARS[0]), original))
        other = corpus.STORIES["drought" if name != "drought" else "tram"]
        pairs.append((original, corpus.text(paragraphs[:3] + other)))
    pairs += [
        (corpus.text(corpus.STORIES[o]), f) for o, f in map(corpus.follow_up, corpus.FOLLOW_UPS)
    ]
    pairs += [(corpus.earnings_story(rng), corpus.earnings_story(rng)) for _ in range(5)]
    errors = {}
    signatures_only = DedupConfig(sample_size=0)
    for config in (signatures_only, DedupConfig(num_perm=128, signature_bits=32, sample_size=0)):
        dedup = Deduplicator(MemoryIndex(), config)
        errors[config.num_perm] = [
            abs(dedup.similarity(a, b)[0] - true_jaccard(a, b, config)) for a, b in pairs
        ]
    assert statistics.mean(errors[512]) < 0.02 and max(errors[512]) < 0.06
    assert statistics.mean(errors[512]) < 0.7 * statistics.mean(errors[128])


def exact_measures(a: str, b: str, config: DedupConfig) -> tuple[float, float, float]:
    """(Jaccard, share of a in b, share of b in a): unweighted, or the smaller of weighted and
    unweighted where the numbers disagree (fewer than half of the numbered shingles of the
    text with fewer in both, or more than a tenth of a's shingles numbered ones of its own)."""
    measures = []
    for weight in (1, config.number_weight):
        weighted = DedupConfig(number_weight=weight)
        sa, sb = reference_elements(a, weighted), reference_elements(b, weighted)
        shared = len(sa & sb)
        measures.append((shared / len(sa | sb), shared / len(sa), shared / len(sb)))
    plain = DedupConfig(number_weight=1)
    sa, sb = reference_elements(a, plain), reference_elements(b, plain)
    numbered_a = {x for x in sa if any("0" <= c <= "9" for c in x[0])}
    numbered_b = {x for x in sb if any("0" <= c <= "9" for c in x[0])}
    shared_numbered = len(numbered_a & numbered_b)
    agree = shared_numbered >= 0.5 * min(len(numbered_a), len(numbered_b))
    agree &= len(numbered_a) - shared_numbered <= 0.1 * len(sa)
    return measures[0] if agree else tuple(min(m) for m in zip(*measures, strict=True))


def test_samples_measure_short_texts_exactly_and_long_ones_without_bias() -> None:
    """Near a threshold the engine measures overlap on its shingle samples: exact for texts of
    at most ``sample_size`` shingles, an unbiased share of the sampled ones beyond."""
    rng = random.Random(8)
    strike, tram = corpus.STORIES["strike"], corpus.STORIES["tram"]
    short = DedupConfig(sample_size=1000)
    dedup = Deduplicator(MemoryIndex(), short)
    pairs = [
        (corpus.text(strike[:5]), corpus.text(strike)),
        (corpus.text(strike), corpus.text(strike[2:] + tram[:3])),
        (corpus.syndicate(strike, rng, dateline="PARIS (AFP) - "), corpus.text(strike)),
    ]
    for a, b in pairs:
        first, second = dedup.prepare([a, b]).entry(0), dedup.prepare([b]).entry(0)
        assert first.sample_level == second.sample_level == 0
        measured = dedup.compare(first, second)
        assert (measured.similarity, measured.coverage, measured.covered) == pytest.approx(
            exact_measures(a, b, short)
        )
    sampled = Deduplicator(MemoryIndex(), DedupConfig(sample_size=64))
    errors = []
    for a, b in pairs:
        first, second = sampled.prepare([a, b]).entry(0), sampled.prepare([b]).entry(0)
        assert len(first.sample) <= 64 and first.sample_level > 0
        errors.append(sampled.compare(first, second).coverage - exact_measures(a, b, short)[1])
    assert max(map(abs, errors)) < 0.15
