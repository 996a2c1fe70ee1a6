"""The teaser suite's second held-out set: site layouts and teaser markup neither other set
uses, about three quarters of the teasers linked, labels in the pages' languages (what every
set promises is in ``test_teaser_sets.py``)."""

from __future__ import annotations

from collections import Counter

import lxml.html
import pytest

from benchmarks.teaser_suite import FORMS, LAYOUTS, build_cases
from benchmarks.teaser_suite.corpus import DEFAULT_AEB, load_stories, teaser_sources
from benchmarks.teaser_suite.forms import CARD_KINDS, INBODY_KINDS, LINKBOX_KINDS
from benchmarks.teaser_suite.holdout import HOLDOUT_LAYOUTS
from benchmarks.teaser_suite.holdout import KINDS as HOLDOUT_KINDS
from benchmarks.teaser_suite.holdout2 import KINDS, SITES, VARIANTS
from benchmarks.teaser_suite.text import normalise

pytestmark = pytest.mark.skipif(
    not (DEFAULT_AEB / "ground-truth.json").is_file(), reason="AEB ground truth not available"
)
MAIN_KINDS = {*LINKBOX_KINDS, *INBODY_KINDS, *CARD_KINDS, "kicker", "strong-kicker", "bare"}


@pytest.fixture(scope="module")
def cases():
    return build_cases(set_name="holdout2")


@pytest.fixture(scope="module")
def pages(cases):
    return {c.id: lxml.html.fromstring(c.html) for c in cases}


def variant(kind: str) -> str:
    return kind.split("@")[0]


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
