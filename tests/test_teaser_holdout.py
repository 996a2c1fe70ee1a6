"""The teaser suite's held-out set keeps its own promises: deterministic pages in layouts and
teaser markup the main set does not use, each showing its body and teasers; and building it
leaves the main set exactly as it was."""

from __future__ import annotations

import hashlib
import itertools
import subprocess
import sys
from collections import Counter
from pathlib import Path

import lxml.html
import pytest

from benchmarks.teaser_suite import FORMS, LAYOUTS, TextIndex, build_cases, score
from benchmarks.teaser_suite.corpus import DEFAULT_AEB
from benchmarks.teaser_suite.holdout import HOLDOUT_LAYOUTS, KINDS
from benchmarks.teaser_suite.holdout import labels as holdout_labels
from benchmarks.teaser_suite.labels import HEADINGS
from benchmarks.teaser_suite.text import normalise

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(
    not (DEFAULT_AEB / "ground-truth.json").is_file(), reason="AEB ground truth not available"
)
# The main set's digest (as in test_teaser_suite.py) when the held-out set was added: the
# held-out code must never change a byte of the main set.
MAIN_DIGEST = "4846783427b8df0347f71b1aceef1b6a95fe36769587f968b09808a06d0a4add"
DIGEST = """
import hashlib, time
from benchmarks.teaser_suite import build_cases
start = time.perf_counter()
cases = build_cases(holdout=True)
elapsed = time.perf_counter() - start
h = hashlib.sha256()
for c in cases:
    h.update((c.id + c.url + c.html + c.body + "|".join(c.teasers) + "|".join(c.teaser_kinds))
             .encode())
print(h.hexdigest(), elapsed)
"""


@pytest.fixture(scope="module")
def cases():
    return build_cases(holdout=True)


def digest(cases, kinds: bool = True) -> str:
    h = hashlib.sha256()
    for c in cases:
        extra = "|".join(c.teaser_kinds) if kinds else ""
        h.update((c.id + c.url + c.html + c.body + "|".join(c.teasers) + extra).encode())
    return h.hexdigest()


def test_building_is_deterministic_and_fast(cases) -> None:
    again = subprocess.run(
        [sys.executable, "-c", DIGEST], cwd=REPO, capture_output=True, text=True, check=True,
        env={"PYTHONHASHSEED": "999", "PATH": ""}, timeout=60,
    )  # fmt: skip
    hexdigest, seconds = again.stdout.split()
    assert hexdigest == digest(cases)
    assert float(seconds) < 3


def test_main_set_is_unchanged() -> None:
    assert digest(build_cases(), kinds=False) == MAIN_DIGEST


def test_its_own_layouts_seed_and_headings(cases) -> None:
    assert len(HOLDOUT_LAYOUTS) >= 8
    assert not set(HOLDOUT_LAYOUTS) & set(LAYOUTS)
    assert {c.layout for c in cases} == set(HOLDOUT_LAYOUTS)
    main = {n for names in HEADINGS.values() for n in names}
    assert not main & {n for names in holdout_labels.HEADINGS.values() for n in names}
    assert not {c.url for c in cases} & {c.url for c in build_cases()[::10]}


def test_every_form_and_variant_on_several_pages(cases) -> None:
    assert 300 <= len(cases) <= 420
    pairs = Counter((c.layout, f) for c in cases for f in c.forms)
    assert all(pairs[(layout, form)] >= 5 for layout in HOLDOUT_LAYOUTS for form in FORMS)
    assert all(set(c.teaser_forms) == set(c.forms) for c in cases)
    assert all(len(c.teaser_forms) == len(c.teaser_kinds) == len(c.teasers) for c in cases)
    variants = Counter(
        (f, k.split("@")[0].removesuffix("+bodyclass"))
        for c in cases
        for f, k in zip(c.teaser_forms, c.teaser_kinds, strict=True)
    )
    for form, names in KINDS.items():
        assert all(variants[(form, name)] >= 10 for name in names), (form, variants)
    kinds = {k.split("@")[0] for c in cases for k in c.teaser_kinds}
    assert sum(k.endswith("+bodyclass") for k in kinds) >= 10
    assert sum(k.startswith("main.") for k in kinds) >= 10  # some blocks in the main markup
    places = Counter(k.split("@")[1].split("/")[0] for c in cases for k in c.teaser_kinds)
    assert {"inside", "after", "sidebar", "early", "middle", "late", "end"} <= set(places)


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
            assert not body.leaks(teaser), (case.id, teaser)


def test_body_markup_varies(cases) -> None:
    pages = [c.html for c in cases]
    for marker in ('class="twitter-tweet"', "pullquote", 'class="dropcap"', "<li>", "<br><br>",
                   '<span class="article-dateline', 'dir="rtl"', "<hr>"):  # fmt: skip
        assert sum(marker in html for html in pages) >= 5, marker
    styled = [c.html for c in cases if c.layout == "styled"]
    assert all(html.count("class=") == html.count('class="twitter-tweet"') for html in styled)


def test_full_leads_end_on_a_full_stop(cases) -> None:
    """A full-lead box shows a lead, or a headline then a lead; the lead is never cut."""
    boxes = [
        [t[-1] in ".!?。！？" for t, k in zip(c.teasers, c.teaser_kinds, strict=True)
         if k.startswith("full-lead")]
        for c in cases
    ]  # fmt: skip
    boxes = [ends for ends in boxes if ends]
    assert len(boxes) >= 10
    for ends in boxes:
        assert ends[-1] and all(a or b for a, b in itertools.pairwise(ends))


def test_scorer_counts_holdout_leaks(cases) -> None:
    sample = cases[::15]
    by_url = {c.url: c for c in sample}
    perfect = score(lambda html, url: by_url[url].body, sample)
    assert (perfect.leaked_pages, perfect.empty, perfect.body_recall) == (0, 0, 1.0)
    leaky = score(lambda html, url: by_url[url].body + "\n" + by_url[url].teasers[0], sample)
    assert leaky.leaked_pages == len(sample) and leaky.leaked_teasers >= len(sample)
    assert sum(leaked for _, leaked in leaky.by_kind.values()) == leaky.leaked_teasers
    assert {c.layout for c in sample} <= set(leaky.by_layout)
