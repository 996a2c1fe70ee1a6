"""The teaser suite's second held-out set keeps its promises: deterministic pages in site
layouts and teaser markup neither other set uses, each showing its body and its teasers (about
three quarters of them linked); and adding it leaves the other sets exactly as they were."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections import Counter
from pathlib import Path

import lxml.html
import pytest

from benchmarks.teaser_suite import FORMS, LAYOUTS, SETS, TextIndex, build_cases, score
from benchmarks.teaser_suite.corpus import DEFAULT_AEB, load_stories, teaser_sources
from benchmarks.teaser_suite.forms import CARD_KINDS, INBODY_KINDS, LINKBOX_KINDS
from benchmarks.teaser_suite.holdout import HOLDOUT_LAYOUTS
from benchmarks.teaser_suite.holdout import KINDS as HOLDOUT_KINDS
from benchmarks.teaser_suite.holdout2 import KINDS, SITES, VARIANTS
from benchmarks.teaser_suite.text import normalise

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(
    not (DEFAULT_AEB / "ground-truth.json").is_file(), reason="AEB ground truth not available"
)
# The main set's digest (as in test_teaser_suite.py): no set may change a byte of it.
MAIN_DIGEST = "4846783427b8df0347f71b1aceef1b6a95fe36769587f968b09808a06d0a4add"
DIGEST = """
import hashlib, time
from benchmarks.teaser_suite import build_cases
start = time.perf_counter()
cases = build_cases(set_name="holdout2")
elapsed = time.perf_counter() - start
h = hashlib.sha256()
for c in cases:
    h.update((c.id + c.url + c.html + c.body + "|".join(c.teasers) + "|".join(c.teaser_kinds))
             .encode())
print(h.hexdigest(), elapsed)
"""
MAIN_KINDS = {*LINKBOX_KINDS, *INBODY_KINDS, *CARD_KINDS, "kicker", "strong-kicker", "bare"}


@pytest.fixture(scope="module")
def cases():
    return build_cases(set_name="holdout2")


@pytest.fixture(scope="module")
def pages(cases):
    return {c.id: lxml.html.fromstring(c.html) for c in cases}


def digest(cases, kinds: bool = True) -> str:
    h = hashlib.sha256()
    for c in cases:
        extra = "|".join(c.teaser_kinds) if kinds else ""
        h.update((c.id + c.url + c.html + c.body + "|".join(c.teasers) + extra).encode())
    return h.hexdigest()


def variant(kind: str) -> str:
    return kind.split("@")[0]


def test_building_is_deterministic_and_fast(cases) -> None:
    again = subprocess.run(
        [sys.executable, "-c", DIGEST], cwd=REPO, capture_output=True, text=True, check=True,
        env={"PYTHONHASHSEED": "4242", "PATH": ""}, timeout=60,
    )  # fmt: skip
    hexdigest, seconds = again.stdout.split()
    assert hexdigest == digest(cases)
    assert float(seconds) < 3


def test_sets_by_name_and_the_others_unchanged() -> None:
    assert SETS[:3] == ("main", "holdout", "holdout2")  # later sets may follow
    assert digest(build_cases(set_name="main"), kinds=False) == MAIN_DIGEST
    assert digest(build_cases(holdout=True)) == digest(build_cases(set_name="holdout"))
    with pytest.raises(ValueError, match="unknown set"):
        build_cases(set_name="holdout9")
    with pytest.raises(ValueError, match="contradicts"):
        build_cases(holdout=True, set_name="holdout2")


def test_its_own_layouts_and_variants(cases) -> None:
    assert len(SITES) >= 8
    assert not set(SITES) & (set(LAYOUTS) | set(HOLDOUT_LAYOUTS))
    assert {c.layout for c in cases} == set(SITES)
    others = MAIN_KINDS | {k for names in HOLDOUT_KINDS.values() for k in names}
    assert not set(VARIANTS) & others
    assert not {c.url for c in cases} & {c.url for c in build_cases(holdout=True)[::10]}


def test_every_layout_form_and_variant_on_several_pages(cases) -> None:
    assert 300 <= len(cases) <= 370
    pairs = Counter((c.layout, f) for c in cases for f in c.forms)
    assert all(pairs[(layout, form)] >= 5 for layout in SITES for form in FORMS)
    assert all(set(c.teaser_forms) == set(c.forms) for c in cases)
    assert all(len(c.teaser_forms) == len(c.teaser_kinds) == len(c.teasers) for c in cases)
    shown = Counter(
        (f, variant(k)) for c in cases for f, k in zip(c.teaser_forms, c.teaser_kinds, strict=True)
    )
    for form, names in KINDS.items():
        assert all(shown[(form, name)] >= 10 for name in names), (form, shown)
    used = {(c.layout, variant(k)) for c in cases for k in c.teaser_kinds}
    for name, site in SITES.items():
        assert {(name, v) for names in site.variants.values() for v in names} <= used, name
    places = Counter(k.split("@")[1] for c in cases for k in c.teaser_kinds)
    assert set(places) == {"inside", "after", "below", "sidebar", "early", "middle", "late",
                           "end", "next"}  # fmt: skip


def test_pages_show_their_body_and_teasers(cases, pages) -> None:
    for case in cases:
        shown = normalise(pages[case.id].text_content())
        for line in case.body.split("\n"):
            assert normalise(line) in shown, (case.id, line)
        assert case.teasers, case.id
        body = TextIndex(case.body)
        for teaser in case.teasers:
            assert normalise(teaser) in shown, (case.id, teaser)
            assert 20 <= len(teaser) <= 430, (case.id, teaser)
            assert not body.leaks(teaser), (case.id, teaser)


def test_most_teasers_are_linked_some_not(cases, pages) -> None:
    """About three quarters of teaser texts sit inside a link; some variants never do."""
    linked, total = Counter(), Counter()
    for case in cases:
        anchors = [normalise(a.text_content()) for a in pages[case.id].iter("a")]
        for teaser, kind in zip(case.teasers, case.teaser_kinds, strict=True):
            total[variant(kind)] += 1
            linked[variant(kind)] += any(normalise(teaser) in a for a in anchors)
    assert 0.7 <= sum(linked.values()) / sum(total.values()) <= 0.8
    unlinked = {"related-plain", "unlinked-list", "caption-cards"}
    assert all(linked[name] == 0 for name in unlinked)
    assert linked["next-article"] < total["next-article"] / 3
    assert all(linked[name] == total[name] for name in ("outbrain", "taboola", "interstitial"))


def test_leads_are_cut_or_whole_sentences(cases) -> None:
    titles = {s.title for s in teaser_sources(load_stories())}
    leads = [t for c in cases for t in c.teasers if t not in titles]
    whole = sum(t[-1] in '.!?。”’"' for t in leads)
    assert len(leads) >= 200 and 0.2 < whole / len(leads) < 0.6
    assert sum("…" in c.html or "[&hellip;]" in c.html or "..." in c.html for c in cases) >= 100


def test_labels_in_the_pages_languages(cases) -> None:
    euro = "\n".join(c.html for c in cases if c.layout == "euregio")
    found = [w for w in ("Lesen Sie auch", "Auch interessant", "Mehr zum Thema", "Lire aussi",
                         "Te puede interesar", "Leggi anche", "Potrebbe interessarti",
                         "Leia também", "Veja também") if w in euro]  # fmt: skip
    assert len(found) >= 4, found
    japan = "\n".join(c.html for c in cases if c.layout == "japortal")
    assert "関連記事" in japan and "アクセスランキング" in japan
    promoted = sum(">Promoted<" in c.html or "| Promoted<" in c.html for c in cases)
    assert promoted >= 10


def test_scorer_counts_holdout2_leaks(cases) -> None:
    sample = cases[::15]
    by_url = {c.url: c for c in sample}
    perfect = score(lambda html, url: by_url[url].body, sample)
    assert (perfect.leaked_pages, perfect.empty, perfect.body_recall) == (0, 0, 1.0)
    leaky = score(lambda html, url: by_url[url].body + "\n" + by_url[url].teasers[-1], sample)
    assert leaky.leaked_pages == len(sample) and leaky.leaked_teasers >= len(sample)
    assert sum(leaked for _, leaked in leaky.by_kind.values()) == leaky.leaked_teasers
    assert {c.layout for c in sample} <= set(leaky.by_layout)
    assert all(k.split(":")[1].split("@")[0] in VARIANTS for k in leaky.by_kind)
