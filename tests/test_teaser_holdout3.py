"""The teaser suite's third held-out set: imitations of real news sites no other set uses,
most teasers linked, some behind an unlinked label, a minority unlinked (what every set
promises is in ``test_teaser_sets.py``)."""

from __future__ import annotations

from collections import Counter

import lxml.html
import pytest

from benchmarks.teaser_suite import FORMS, LAYOUTS, build_cases
from benchmarks.teaser_suite.corpus import DEFAULT_AEB, load_stories, teaser_sources
from benchmarks.teaser_suite.forms import CARD_KINDS, INBODY_KINDS, LINKBOX_KINDS
from benchmarks.teaser_suite.holdout import HOLDOUT_LAYOUTS
from benchmarks.teaser_suite.holdout import KINDS as HOLDOUT_KINDS
from benchmarks.teaser_suite.holdout2 import KINDS as HOLDOUT2_KINDS
from benchmarks.teaser_suite.holdout2 import SITES as HOLDOUT2_SITES
from benchmarks.teaser_suite.holdout3 import KINDS, SITES, VARIANTS
from benchmarks.teaser_suite.text import normalise

pytestmark = pytest.mark.skipif(
    not (DEFAULT_AEB / "ground-truth.json").is_file(), reason="AEB ground truth not available"
)
MAIN_KINDS = {*LINKBOX_KINDS, *INBODY_KINDS, *CARD_KINDS, "kicker", "strong-kicker", "bare"}
UNLINKED = ("label-unlinked", "earlier", "watch-video")  # variants whose teasers have no link
LABELLED = ("label-link", "label-list", "closing-list", "more-colon", "read-more-sub",
            "read-more-end", "arrow-lines")  # fmt: skip


@pytest.fixture(scope="module")
def cases():
    return build_cases(set_name="holdout3")


@pytest.fixture(scope="module")
def pages(cases):
    return {c.id: lxml.html.fromstring(c.html) for c in cases}


def variant(kind: str) -> str:
    return kind.split("@")[0]


def test_its_own_sites_and_variants(cases) -> None:
    assert len(SITES) >= 10
    assert not set(SITES) & (set(LAYOUTS) | set(HOLDOUT_LAYOUTS) | set(HOLDOUT2_SITES))
    assert {c.layout for c in cases} == set(SITES)
    others = MAIN_KINDS | {k for kinds in (HOLDOUT_KINDS, HOLDOUT2_KINDS) for names in
                           kinds.values() for k in names}  # fmt: skip
    assert not set(VARIANTS) & others
    assert all(name in VARIANTS for site in SITES.values() for names in site.variants.values()
               for name in names)  # fmt: skip
    used = {(c.layout, variant(k)) for c in cases for k in c.teaser_kinds}
    for name, site in SITES.items():
        assert {(name, v) for names in site.variants.values() for v in names} <= used, name
    seen = {c.url for c in cases}
    assert len(seen) == len(cases)
    assert not seen & {c.url for c in build_cases(set_name="holdout2")[::10]}


def test_every_site_form_and_variant_on_several_pages(cases) -> None:
    assert 300 <= len(cases) <= 370
    pairs = Counter((c.layout, f) for c in cases for f in c.forms)
    assert all(pairs[(site, form)] >= 5 for site in SITES for form in FORMS)
    assert all(set(c.teaser_forms) == set(c.forms) for c in cases)
    assert all(len(c.teaser_forms) == len(c.teaser_kinds) == len(c.teasers) for c in cases)
    shown = Counter(
        (f, variant(k)) for c in cases for f, k in zip(c.teaser_forms, c.teaser_kinds, strict=True)
    )
    for form, names in KINDS.items():
        assert all(shown[(form, name)] >= 5 for name in names), (form, shown)
    places = Counter(k.split("@")[1] for c in cases for k in c.teaser_kinds)
    assert set(places) == {"inside", "after", "below", "sidebar", "early", "middle", "late", "end"}
    assert len({c.lang for c in cases}) >= 6


def test_most_teasers_linked_some_labelled_a_minority_unlinked(cases, pages) -> None:
    linked, total = Counter(), Counter()
    for case in cases:
        anchors = [normalise(a.text_content()) for a in pages[case.id].iter("a")]
        for teaser, kind in zip(case.teasers, case.teaser_kinds, strict=True):
            total[variant(kind)] += 1
            linked[variant(kind)] += any(normalise(teaser) in a for a in anchors)
    share = sum(linked.values()) / sum(total.values())
    assert 0.75 <= share <= 0.92, share
    assert all(linked[name] == 0 for name in UNLINKED)
    assert all(linked[name] == total[name] > 0 for name in LABELLED)
    assert sum(total[name] for name in UNLINKED) >= 40
    assert sum(total[name] for name in LABELLED) >= 300


def test_leads_are_cut_or_whole_sentences(cases) -> None:
    titles = {s.title for s in teaser_sources(load_stories())}
    leads = [t for c in cases for t in c.teasers if t not in titles]
    whole = sum(t[-1] in '.!?。”’"' for t in leads)
    assert len(leads) >= 200 and 0.25 < whole / len(leads) < 0.65
    assert sum("…" in c.html or "&hellip;" in c.html or "..." in c.html for c in cases) >= 80


def test_words_in_the_sites_languages(cases) -> None:
    def html(site: str, lang: str = "") -> str:
        return "\n".join(c.html for c in cases if c.layout == site and lang in ("", c.lang))

    assert "관련기사" in html("naver") and "함께 볼만한 뉴스" in html("naver")
    assert "Читайте также" in html("ruportal", "ru") and "сообщалось" in html("ruportal", "ru")
    assert "Baca juga" in html("idportal", "id") and "populer" in html("idportal", "id").lower()
    assert "LEIA TAMBÉM" in html("g1portal") or "Leia também" in html("g1portal")
    assert "Ready for more?" in html("substack") and "Subscribers only" in html("lemonde")
    assert "More on this story" in html("broadcaster") and "yarpp" in html("techblog")
