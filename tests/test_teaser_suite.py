"""The teaser suite keeps its own promises: deterministic pages that really show their body
and their teasers, every form in every layout, and a scorer that counts leaks as documented."""

from __future__ import annotations

import hashlib
import importlib.util
import subprocess
import sys
from collections import Counter
from pathlib import Path

import lxml.html
import pytest

from benchmarks.teaser_suite import FORMS, LAYOUTS, TextIndex, build_cases, score
from benchmarks.teaser_suite.corpus import DEFAULT_AEB
from benchmarks.teaser_suite.labels import HEADINGS
from benchmarks.teaser_suite.matching import doc_counts
from benchmarks.teaser_suite.text import normalise

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(
    not (DEFAULT_AEB / "ground-truth.json").is_file(), reason="AEB ground truth not available"
)
DIGEST = """
import hashlib, time
from benchmarks.teaser_suite import build_cases
start = time.perf_counter()
cases = build_cases()
elapsed = time.perf_counter() - start
h = hashlib.sha256()
for c in cases:
    h.update((c.id + c.url + c.html + c.body + "|".join(c.teasers)).encode())
print(h.hexdigest(), elapsed)
"""


@pytest.fixture(scope="module")
def cases():
    return build_cases()


def digest(cases) -> str:
    h = hashlib.sha256()
    for c in cases:
        h.update((c.id + c.url + c.html + c.body + "|".join(c.teasers)).encode())
    return h.hexdigest()


def test_building_is_deterministic_and_fast(cases) -> None:
    again = subprocess.run(
        [sys.executable, "-c", DIGEST], cwd=REPO, capture_output=True, text=True, check=True,
        env={"PYTHONHASHSEED": "12345", "PATH": ""}, timeout=60,
    )  # fmt: skip
    hexdigest, seconds = again.stdout.split()
    assert hexdigest == digest(cases)
    assert float(seconds) < 5


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


def test_pages_show_their_body_and_teasers(cases) -> None:
    for case in cases:
        shown = normalise(lxml.html.fromstring(case.html).text_content())
        for line in case.body.split("\n"):
            assert normalise(line) in shown, (case.id, line)
        assert case.teasers, case.id
        body = TextIndex(case.body)
        for teaser in case.teasers:
            assert normalise(teaser) in shown, (case.id, teaser)
            assert 20 <= len(teaser) <= 430, (case.id, teaser)
            assert not body.leaks(teaser), (case.id, teaser)  # a perfect output never leaks


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


def test_scorer_counts_leaks_recall_and_empties(cases) -> None:
    sample = cases[::20]
    by_url = {c.url: c for c in sample}
    perfect = score(lambda html, url: by_url[url].body, sample)
    assert (perfect.leaked_pages, perfect.empty, perfect.body_recall) == (0, 0, 1.0)
    leaky = score(lambda html, url: by_url[url].body + "\n" + by_url[url].teasers[-1], sample)
    assert leaky.leaked_pages == len(sample) and leaky.leaked_teasers >= len(sample)
    assert leaky.by_form and sum(g.leaked_teasers for g in leaky.by_layout.values()) == (
        leaky.leaked_teasers
    )
    empty = score(lambda html, url: None, sample)
    assert (empty.empty, empty.body_recall, empty.leaked_pages) == (len(sample), 0.0, 0)


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
