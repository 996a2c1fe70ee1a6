"""Quality on a labelled set of real news text: copies found, follow-ups and templates kept.

The set is the benchmark's (``benchmarks/dedup.py``), built from the shared AEB bodies with a
seed the thresholds were not chosen on; the fixture site's stories alone make a small set
that needs nothing outside the repository.
"""

from __future__ import annotations

import pytest

from benchmarks.dedup_data import labelled, sources
from benchmarks.dedup_data.scoring import score
from newscorpus.dedup import Deduplicator, MemoryIndex

HAVE_SHARED = (sources.DEFAULT_AEB / "ground-truth.json").is_file()


def run(docs: list[labelled.Doc]) -> list[str | None]:
    verdicts = Deduplicator(MemoryIndex()).check_and_add_many((d.id, d.text) for d in docs)
    return [v and v.duplicate_of for v in verdicts]


@pytest.mark.skipif(not HAVE_SHARED, reason="shared AEB ground truth not present")
def test_labelled_aeb_set() -> None:
    docs = labelled.build(sources.DEFAULT_AEB, sources.DEFAULT_SEEDS, seed=11)
    result = score(docs, run(docs))
    assert len(docs) > 2500 and result.duplicates > 1000
    assert result.precision >= 0.99
    assert result.recall >= 0.975
    assert result.kept() >= 0.99
    assert result.kept("follow-up") >= 0.95 and result.kept("template") >= 0.99


def test_fixture_stories_and_their_copies() -> None:
    docs = labelled.build_from_fixture(seed=3)
    result = score(docs, run(docs))
    assert result.duplicates > 50
    assert result.precision == 1.0
    assert result.recall >= 0.95
