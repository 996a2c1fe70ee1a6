"""The teaser suite's third held-out set keeps its promises: deterministic pages on imitations
of real news sites neither other set uses, each showing its body and its teasers (most linked,
some behind an unlinked label, a minority unlinked); and adding it leaves the other sets
exactly as they were."""

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
from benchmarks.teaser_suite.holdout2 import KINDS as HOLDOUT2_KINDS
from benchmarks.teaser_suite.holdout2 import SITES as HOLDOUT2_SITES
from benchmarks.teaser_suite.holdout3 import KINDS, SITES, VARIANTS
from benchmarks.teaser_suite.text import normalise

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(
    not (DEFAULT_AEB / "ground-truth.json").is_file(), reason="AEB ground truth not available"
)
# Digests of the other sets when this one was added: it must not change a byte of them.
MAIN_DIGEST = "4846783427b8df0347f71b1aceef1b6a95fe36769587f968b09808a06d0a4add"
HOLDOUT_DIGEST = "dbe3009b7bcb91addf4541d79248812c051243be0f7dda3fcc41b1d9862a595d"
HOLDOUT2_DIGEST = "d143ac3f31553658151f896c0a6ce089d3fb291a090f50a3b292225e7b85e20b"
DIGEST = """
import hashlib, time
from benchmarks.teaser_suite import build_cases
start = time.perf_counter()
cases = build_cases(set_name="holdout3")
elapsed = time.perf_counter() - start
h = hashlib.sha256()
for c in cases:
    h.update((c.id + c.url + c.html + c.body + "|".join(c.teasers) + "|".join(c.teaser_kinds))
             .encode())
print(h.hexdigest(), elapsed)
"""
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
        env={"PYTHONHASHSEED": "31337", "PATH": ""}, timeout=60,
    )  # fmt: skip
    hexdigest, seconds = again.stdout.split()
    assert hexdigest == digest(cases)
    assert float(seconds) < 3


def test_selectable_by_name_and_the_others_unchanged() -> None:
    assert SETS == ("main", "holdout", "holdout2", "holdout3")
    assert digest(build_cases(set_name="main"), kinds=False) == MAIN_DIGEST
    assert digest(build_cases(), kinds=False) == MAIN_DIGEST
    assert digest(build_cases(holdout=True)) == HOLDOUT_DIGEST
    assert digest(build_cases(set_name="holdout2")) == HOLDOUT2_DIGEST
    with pytest.raises(ValueError, match="contradicts"):
        build_cases(holdout=True, set_name="holdout3")


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


def test_scorer_counts_holdout3_leaks(cases) -> None:
    sample = cases[::15]
    by_url = {c.url: c for c in sample}
    perfect = score(lambda html, url: by_url[url].body, sample)
    assert (perfect.leaked_pages, perfect.empty, perfect.body_recall) == (0, 0, 1.0)
    leaky = score(lambda html, url: by_url[url].body + "\n" + by_url[url].teasers[-1], sample)
    assert leaky.leaked_pages == len(sample) and leaky.leaked_teasers >= len(sample)
    assert sum(leaked for _, leaked in leaky.by_kind.values()) == leaky.leaked_teasers
    assert {c.layout for c in sample} <= set(leaky.by_layout)
    assert all(variant(k.split(":")[1]) in VARIANTS for k in leaky.by_kind)
