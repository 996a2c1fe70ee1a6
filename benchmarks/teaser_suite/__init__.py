"""The teaser suite (issue 3): real article bodies in invented layouts, with teasers of other
stories in every form of issue 2, and a scorer for "no teaser text in any output".

API (stable; `benchmarks/extraction.py` imports it):

    from benchmarks.teaser_suite import load_cases, score   # or `from teaser_suite import ...`
    cases = load_cases("main")          # list[Case]; SETS names all four sets
    held_out = load_cases("holdout")    # the held-out sets: "holdout", "holdout2", "holdout3"
    result = score(extract, cases)      # extract(html, url) -> str | None
    result.leaked_pages, result.leaked_teasers, result.body_recall, result.empty,
    result.pages_per_s, result.by_form, result.by_layout, result.cases

`Case(id, layout, forms, url, html, body, teasers, teaser_forms, teaser_kinds, lang, source)`:
`body` is the AEB body (non-blank lines joined by "\\n"), `teasers` each teaser's text as shown
on the page, `teaser_kinds` its "markup variant@placement". Forms: FORMS = ("linkbox", "inbody",
"cards", "tail"). Run `python -m benchmarks.teaser_suite` for the comparison table.

The sets are frozen data: `data/<set>.jsonl.xz`, one case a line, each file's sha256 pinned in
`cases.DIGESTS` (`load_cases` raises `DigestMismatch` on any other file). They were written once,
case for case, from the page generators as they stood at commit 15e846e (about 10,000 lines of
layouts, teaser markup variants and chrome, seeded, built from the Zyte Article Extraction
Benchmark's bodies and titles in ../shared/benchmarks/aeb; MIT, see data/NOTICE) by a one-off
script, `freeze.py`; commit d513f92 still has it and the generators, deleted right after.
Bodies, titles and teaser leads are AEB's text; layouts, labels, captions and bylines were
invented here.

The main set shows every form in 10 layouts (seed 3), each form alone on 7 pages per layout, then
every combination of forms.

The held-out set (`--set holdout`) was built the same way from its own seed, in 11
other layouts (Drupal, Ghost, wire agency, Blogger, live blog, CJK portal, RTL, inline styles
only, landmark roles, site builder, print view) with its own teaser markup variants
beside a quarter of blocks in the main set's ("main." variants); container classes that look
like body text are recorded as "+bodyclass". It is for measuring only: never tune on it.

The second held-out set (`--set holdout2`) imitates real news sites of 2019-2025
in 12 layouts (BLOX regional daily, Arc XP, Guardian-like onward journeys, European regional
paper, Japanese portal, WordPress theme with Jetpack, Medium-like blog, div paragraphs,
infinite scroll, AMP, live updates, press-release wire) with the teasers such sites show
(recommendation widgets, interstitial and "RELATED:" lines, in-article cards,
most-popular tabs, the next article of an infinite scroll...), about three quarters of them
linked. Measuring only, like the first.

The third held-out set (`--set holdout3`) imitates real sites of 2019-2025 in 14
CMS families and countries the others leave out (public broadcasters, Substack, Next.js,
WordPress block theme and related-posts plugins, Korean, Russian, Indonesian, Indian and
Brazilian portals, US local TV, sports, a French daily's English edition), with those sites'
teasers, most linked, some behind a label, a minority unlinked. Measuring
only, like the others.
"""

from __future__ import annotations

from .cases import DIGESTS, FORMS, SETS, Case, DigestMismatch, load_cases
from .matching import LEAK_RUN, TextIndex
from .scorer import Breakdown, CaseResult, SuiteResult, score

__all__ = [
    "DIGESTS",
    "FORMS",
    "LEAK_RUN",
    "SETS",
    "Breakdown",
    "Case",
    "CaseResult",
    "DigestMismatch",
    "SuiteResult",
    "TextIndex",
    "load_cases",
    "score",
]
