"""The main set of the teaser suite: every form in every layout, in-body boxes at several
depths, headings in many languages, and the leak and recall rules the scorer applies (what
every set promises is in ``test_teaser_sets.py``)."""

from __future__ import annotations

import importlib.util
from collections import Counter

import lxml.html
import pytest

from benchmarks.teaser_suite import FORMS, LAYOUTS, TextIndex, build_cases
from benchmarks.teaser_suite.corpus import DEFAULT_AEB
from benchmarks.teaser_suite.labels import HEADINGS
from benchmarks.teaser_suite.matching import doc_counts
from benchmarks.teaser_suite.text import normalise

pytestmark = pytest.mark.skipif(
    not (DEFAULT_AEB / "ground-truth.json").is_file(), reason="AEB ground truth not available"
)


@pytest.fixture(scope="module")
def cases():
    return build_cases()


def test_every_form_in_every_layout_on_several_pages(cases) -> None:
    assert 300 <= len(cases) <= 600
    assert len(LAYOUTS) >= 8
    pairs = Counter((c.layout, f) for c in cases for f in c.forms)
    assert all(pairs[(layout, form)] >= 5 for layout in LAYOUTS for form in FORMS)
    combined = Counter(f for c in cases if len(c.forms) > 1 for f in c.forms)
    assert all(combined[form] >= 20 for form in FORMS)
    assert all(set(c.teaser_forms) == set(c.forms) for c in cases)
    assert all(len(c.teaser_forms) == len(c.teaser_kinds) == len(c.teasers) for c in cases)
    places = Counter(k.split("@")[1].split("/")[0] for c in cases for k in c.teaser_kinds)
    assert {"inside", "after", "sidebar", "early", "middle", "late", "end"} <= set(places)
    assert len({c.lang for c in cases}) >= 6


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


def test_headings_in_many_languages(cases) -> None:
    pages = "\n".join(c.html for c in cases)
    used = {lang for lang, names in HEADINGS.items() if any(f">{n}" in pages for n in names)}
    assert len(used) >= 8


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
