"""What every set of the teaser suite promises: it is chosen by name, loads only while its file
is the one pinned (a changed set never goes unnoticed), shows each page's body and teasers,
covers every form in each of its own layouts, and is scored as documented."""

from __future__ import annotations

import hashlib
import lzma
import shutil
from collections import Counter
from functools import cache

import lxml.html
import pytest

from benchmarks.teaser_suite import (
    DIGESTS,
    FORMS,
    SETS,
    Case,
    DigestMismatch,
    TextIndex,
    load_cases,
    score,
)
from benchmarks.teaser_suite.cases import data_path
from benchmarks.teaser_suite.text import normalise


@cache
def cases_of(name: str) -> tuple[Case, ...]:
    return tuple(load_cases(name))


def test_sets_are_chosen_by_name() -> None:
    assert SETS == ("main", "holdout", "holdout2", "holdout3")
    assert load_cases() == list(cases_of("main"))
    with pytest.raises(ValueError, match="unknown set"):
        load_cases("holdout9")


@pytest.mark.parametrize("name", SETS)
def test_each_file_is_the_pinned_one(name: str) -> None:
    assert hashlib.sha256(data_path(name).read_bytes()).hexdigest() == DIGESTS[name]
    assert 300 <= len(cases_of(name)) <= 420
    assert len({c.id for c in cases_of(name)}) == len(cases_of(name))


def test_a_changed_file_is_refused(tmp_path) -> None:
    """One character of one page changed, or the file missing, and the set does not load."""
    shutil.copy(data_path("main"), tmp_path / "main.jsonl.xz")
    assert load_cases("main", tmp_path) == list(cases_of("main"))
    text = lzma.decompress(data_path("main").read_bytes()).decode("utf-8")
    changed = text.replace("</p>", "</p> ", 1)
    (tmp_path / "main.jsonl.xz").write_bytes(lzma.compress(changed.encode("utf-8")))
    with pytest.raises(DigestMismatch, match="the main set changed"):
        load_cases("main", tmp_path)
    with pytest.raises(FileNotFoundError):
        load_cases("holdout", tmp_path)


def test_sets_share_no_layout_and_no_page() -> None:
    layouts = [{c.layout for c in cases_of(name)} for name in SETS]
    assert sum(len(s) for s in layouts) == len(set().union(*layouts)) >= 40
    urls = [{c.url for c in cases_of(name)} for name in SETS]
    assert sum(len(s) for s in urls) == len(set().union(*urls))


@pytest.mark.parametrize("name", SETS)
def test_every_form_in_every_layout_on_several_pages(name: str) -> None:
    cases = cases_of(name)
    layouts = {c.layout for c in cases}
    pairs = Counter((c.layout, f) for c in cases for f in c.forms)
    assert all(pairs[(layout, form)] >= 5 for layout in layouts for form in FORMS)
    assert all(set(c.teaser_forms) == set(c.forms) for c in cases)
    places = {k.split("@")[1].split("/")[0] for c in cases for k in c.teaser_kinds}
    assert {"inside", "after", "sidebar", "early", "middle", "late", "end"} <= places
    assert len({c.lang for c in cases}) >= 5


@pytest.mark.parametrize("name", SETS)
def test_pages_show_their_body_and_teasers(name: str) -> None:
    for case in cases_of(name):
        assert case.body.strip(), case.id
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
