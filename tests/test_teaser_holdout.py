"""The teaser suite's held-out set: layouts and teaser markup the main set does not use, every
form and variant on several pages, varied body markup (what every set promises is in
``test_teaser_sets.py``)."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest

from benchmarks.teaser_suite import FORMS, LAYOUTS, build_cases
from benchmarks.teaser_suite.corpus import DEFAULT_AEB
from benchmarks.teaser_suite.holdout import HOLDOUT_LAYOUTS, KINDS
from benchmarks.teaser_suite.holdout import labels as holdout_labels
from benchmarks.teaser_suite.labels import HEADINGS

pytestmark = pytest.mark.skipif(
    not (DEFAULT_AEB / "ground-truth.json").is_file(), reason="AEB ground truth not available"
)


@pytest.fixture(scope="module")
def cases():
    return build_cases(holdout=True)


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
