"""The teaser suite (issue 3): real article bodies in invented layouts, with teasers of other
stories in every form of issue 2, and a scorer for "no teaser text in any output".

API (stable; `benchmarks/extraction.py` imports it):

    from benchmarks.teaser_suite import build_cases, score   # or `from teaser_suite import ...`
    cases = build_cases(aeb_dir)        # list[Case]; aeb_dir holds ground-truth.json (or its
                                        # parent); None means ../shared/benchmarks/aeb
    held_out = build_cases(aeb_dir, holdout=True)  # the held-out set (see below)
    second = build_cases(aeb_dir, set_name="holdout2")  # the second held-out set; SETS names all
    third = build_cases(aeb_dir, set_name="holdout3")  # the third held-out set
    result = score(extract, cases)      # extract(html, url) -> str | None
    result.leaked_pages, result.leaked_teasers, result.body_recall, result.empty,
    result.pages_per_s, result.by_form, result.by_layout, result.cases

`Case(id, layout, forms, url, html, body, teasers, teaser_forms, lang, source)`: `body` is the
AEB body (non-blank lines joined by "\\n"), `teasers` each teaser's text as shown on the page.
Forms: FORMS = ("linkbox", "inbody", "cards", "tail"); layouts: LAYOUTS.
Run `python -m benchmarks.teaser_suite` for the comparison table.

The held-out set (`holdout/`, `--set holdout`) is built the same way from its own seed, in 11
other layouts (Drupal, Ghost, wire agency, Blogger, live blog, CJK portal, RTL, inline styles
only, landmark roles, site builder, print view) with its own teaser markup variants (`KINDS`)
beside a quarter of blocks in the main set's ("main." variants); container classes that look
like body text are recorded as "+bodyclass". It is for measuring only: never tune on it.

The second held-out set (`holdout2/`, `--set holdout2`) imitates real news sites of 2019-2025
in 12 layouts (BLOX regional daily, Arc XP, Guardian-like onward journeys, European regional
paper, Japanese portal, WordPress theme with Jetpack, Medium-like blog, div paragraphs,
infinite scroll, AMP, live updates, press-release wire) with the teasers such sites show
(`holdout2.KINDS`: recommendation widgets, interstitial and "RELATED:" lines, in-article cards,
most-popular tabs, the next article of an infinite scroll...), about three quarters of them
linked. Measuring only, like the first.

The third held-out set (`holdout3/`, `--set holdout3`) imitates real sites of 2019-2025 in 14
CMS families and countries the others leave out (public broadcasters, Substack, Next.js,
WordPress block theme and related-posts plugins, Korean, Russian, Indonesian, Indian and
Brazilian portals, US local TV, sports, a French daily's English edition), with those sites'
teasers (`holdout3.KINDS`), most linked, some behind a label, a minority unlinked. Measuring
only, like the others.
"""

from __future__ import annotations

from .corpus import DEFAULT_AEB
from .forms import FORMS
from .generator import SETS, Case, build_cases
from .layouts import LAYOUTS
from .matching import LEAK_RUN, TextIndex
from .scorer import Breakdown, CaseResult, SuiteResult, score

__all__ = [
    "DEFAULT_AEB",
    "FORMS",
    "LAYOUTS",
    "LEAK_RUN",
    "SETS",
    "Breakdown",
    "Case",
    "CaseResult",
    "SuiteResult",
    "TextIndex",
    "build_cases",
    "score",
]
