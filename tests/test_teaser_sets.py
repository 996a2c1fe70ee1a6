"""What every set of the teaser suite promises: it is chosen by name, builds the same pages
every time (and fast), never changes unnoticed, shows each page's body and teasers, and is
scored as documented. Each set's own file checks what makes that set what it is."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from functools import cache
from pathlib import Path

import lxml.html
import pytest

from benchmarks.teaser_suite import SETS, TextIndex, build_cases, score
from benchmarks.teaser_suite.corpus import DEFAULT_AEB
from benchmarks.teaser_suite.generator import Case
from benchmarks.teaser_suite.text import normalise

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(
    not (DEFAULT_AEB / "ground-truth.json").is_file(), reason="AEB ground truth not available"
)
# Every benchmark figure is comparable across runs only while its set stays as it is: a set
# changes on purpose, with its digest here and a note in BENCHMARKS.md.
PINNED = {
    "main": "ed8d7c1bbce316efe2900ff3652db347f2895b6ac1b13e34fa34f0ff72d92f39",
    "holdout": "dbe3009b7bcb91addf4541d79248812c051243be0f7dda3fcc41b1d9862a595d",
    "holdout2": "d143ac3f31553658151f896c0a6ce089d3fb291a090f50a3b292225e7b85e20b",
    "holdout3": "a6ae96401322e74f941e5bf5809c37aeef50a0f3c660d20db294b3fe48372b7c",
}
DIGEST = """
import time
from benchmarks.teaser_suite import build_cases
from tests.test_teaser_sets import digest
start = time.perf_counter()
cases = build_cases(set_name={name!r})
print(digest(cases), time.perf_counter() - start)
"""
MAX_BUILD_SECONDS = 5


@cache
def cases_of(name: str) -> tuple[Case, ...]:
    return tuple(build_cases(set_name=name))


def digest(cases) -> str:
    h = hashlib.sha256()
    for c in cases:
        parts = (c.id, c.url, c.html, c.body, "|".join(c.teasers), "|".join(c.teaser_kinds))
        h.update("".join(parts).encode())
    return h.hexdigest()


def test_sets_are_chosen_by_name() -> None:
    assert tuple(PINNED) == SETS
    assert digest(build_cases()) == digest(cases_of("main"))
    assert digest(build_cases(holdout=True)) == digest(cases_of("holdout"))
    with pytest.raises(ValueError, match="unknown set"):
        build_cases(set_name="holdout9")
    with pytest.raises(ValueError, match="contradicts"):
        build_cases(holdout=True, set_name="holdout2")


@pytest.mark.parametrize("name", SETS)
def test_building_is_deterministic_fast_and_pinned(name: str) -> None:
    again = subprocess.run(
        [sys.executable, "-c", DIGEST.format(name=name)], cwd=REPO, capture_output=True,
        text=True, check=True, env={"PYTHONHASHSEED": "4242", "PATH": ""}, timeout=60,
    )  # fmt: skip
    hexdigest, seconds = again.stdout.split()
    assert hexdigest == digest(cases_of(name)) == PINNED[name]
    assert float(seconds) < MAX_BUILD_SECONDS


@pytest.mark.parametrize("name", SETS)
def test_pages_show_their_body_and_teasers(name: str) -> None:
    for case in cases_of(name):
        shown = normalise(lxml.html.fromstring(case.html).text_content())
        for line in case.body.split("\n"):
            assert normalise(line) in shown, (case.id, line)
        assert case.teasers, case.id
        assert len(case.teasers) == len(case.teaser_forms) == len(case.teaser_kinds), case.id
        body = TextIndex(case.body)
        for teaser in case.teasers:
            assert normalise(teaser) in shown, (case.id, teaser)
            assert 20 <= len(teaser) <= 430, (case.id, teaser)
            assert not body.leaks(teaser), (case.id, teaser)  # a perfect output never leaks


@pytest.mark.parametrize("name", SETS)
def test_scorer_counts_leaks_recall_and_empties(name: str) -> None:
    sample = cases_of(name)[::15]
    by_url = {c.url: c for c in sample}
    perfect = score(lambda html, url: by_url[url].body, sample)
    assert (perfect.leaked_pages, perfect.empty, perfect.body_recall) == (0, 0, 1.0)
    leaky = score(lambda html, url: by_url[url].body + "\n" + by_url[url].teasers[-1], sample)
    assert leaky.leaked_pages == len(sample) and leaky.leaked_teasers >= len(sample)
    assert sum(g.leaked_teasers for g in leaky.by_layout.values()) == leaky.leaked_teasers
    assert sum(leaked for _, leaked in leaky.by_kind.values()) == leaky.leaked_teasers
    assert {c.layout for c in sample} <= set(leaky.by_layout)
    empty = score(lambda html, url: None, sample)
    assert (empty.empty, empty.body_recall, empty.leaked_pages) == (len(sample), 0.0, 0)
