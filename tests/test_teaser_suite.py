"""The teaser suite's main set puts in-body boxes at several depths, and the scorer applies the
leak and recall rules it documents (what every set promises is in ``test_teaser_sets.py``)."""

from __future__ import annotations

import importlib.util

import lxml.html
import pytest

from benchmarks.dedup_data.sources import DEFAULT_AEB
from benchmarks.teaser_suite import TextIndex, load_cases
from benchmarks.teaser_suite.matching import doc_counts
from benchmarks.teaser_suite.text import normalise


@pytest.fixture(scope="module")
def cases():
    return load_cases("main")


def test_in_body_boxes_sit_at_different_depths(cases) -> None:
    places = []
    for case in cases:
        if "inbody" not in case.forms:
            continue
        lines = case.body.split("\n")
        html = normalise(lxml.html.fromstring(case.html).text_content())
        first, last = html.find(normalise(lines[0])), html.rfind(normalise(lines[-1]))
        teaser = case.teasers[case.teaser_forms.index("inbody")]
        places.append((html.find(normalise(teaser)) - first) / (last - first))
    assert all(0 < p < 1 for p in places)
    assert min(places) < 0.25 and max(places) > 0.75


def test_leak_rule() -> None:
    teaser = "One two three four five six seven eight nine ten"
    assert not TextIndex("x one two three four five six seven y").leaks(teaser)
    assert TextIndex("x ONE two, three four five six seven eight y").leaks(teaser)
    assert TextIndex("Read: short headline here.").leaks("Short  headline")
    assert not TextIndex("a shorter headline").leaks("short headline")
    assert TextIndex("前文。東京都で新しい政策が発表された").leaks("東京都で新しい政策が")
    assert TextIndex("ｆｕｌｌ width text").leaks("full width")


def test_recall_matches_the_aeb_scorer() -> None:
    path = DEFAULT_AEB.parent / "aeb_score.py"
    if not path.is_file():
        pytest.skip("aeb_score.py not available")
    spec = importlib.util.spec_from_file_location("aeb_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    pairs = [("a b c d e f", "a b c d x f"), ("one two", "one two three"), ("", "x"), ("x y", "")]
    for truth, pred in pairs:
        assert doc_counts(truth, pred) == pytest.approx(module.doc_counts(truth, pred))
