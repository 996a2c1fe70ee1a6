"""Scores an extractor on the suite: teaser leaks, body recall, empties and speed."""

from __future__ import annotations

import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .cases import FORMS, Case
from .matching import TextIndex, recall

Extract = Callable[[str, str], "str | None"]


@dataclass(frozen=True)
class CaseResult:
    """One page's outcome."""

    id: str
    layout: str
    forms: tuple[str, ...]
    recall: float
    empty: bool
    leaked: tuple[str, ...]  # teaser texts found in the output
    leaked_forms: tuple[str, ...]  # their forms, parallel to `leaked`
    leaked_kinds: tuple[str, ...]  # their "markup variant@placement", parallel to `leaked`
    output: str | None


@dataclass
class Breakdown:
    """Totals over a group of pages (one layout, or the pages showing one form)."""

    pages: int = 0
    leaked_pages: int = 0
    teasers: int = 0
    leaked_teasers: int = 0
    empty: int = 0
    recalls: list[float] = field(default_factory=list)

    @property
    def body_recall(self) -> float:
        """Mean word-4-gram recall of the expected bodies."""
        return statistics.fmean(self.recalls) if self.recalls else 0.0


@dataclass
class SuiteResult:
    """The suite's score for one extractor."""

    pages: int
    leaked_pages: int
    leaked_teasers: int
    teasers: int
    body_recall: float
    empty: int
    pages_per_s: float
    by_layout: dict[str, Breakdown]
    by_form: dict[str, Breakdown]  # teasers and leaks of that form, on pages showing it
    by_kind: dict[str, tuple[int, int]]  # "form:variant@placement" -> (teasers, leaked)
    cases: list[CaseResult]

    def leaks(self) -> list[CaseResult]:
        """The pages that leaked."""
        return [c for c in self.cases if c.leaked]


def judge(case: Case, output: str | None) -> CaseResult:
    """Leaks and recall of one output."""
    index = TextIndex(output)
    forms = case.teaser_forms or ("",) * len(case.teasers)
    kinds = case.teaser_kinds or ("",) * len(case.teasers)
    leaked = [
        (t, f, k) for t, f, k in zip(case.teasers, forms, kinds, strict=True) if index.leaks(t)
    ]
    return CaseResult(
        id=case.id,
        layout=case.layout,
        forms=case.forms,
        recall=recall(case.body, output),
        empty=not (output or "").strip(),
        leaked=tuple(t for t, _, _ in leaked),
        leaked_forms=tuple(f for _, f, _ in leaked),
        leaked_kinds=tuple(k for _, _, k in leaked),
        output=output,
    )


def add(group: Breakdown, result: CaseResult, teasers: int, leaked: int) -> None:
    """Count one page into a group."""
    group.pages += 1
    group.leaked_pages += leaked > 0
    group.teasers += teasers
    group.leaked_teasers += leaked
    group.empty += result.empty
    group.recalls.append(result.recall)


def score(extract: Extract, cases: Iterable[Case]) -> SuiteResult:
    """Run `extract(html, url) -> text | None` on every case and score the outputs.

    A page leaks when any of its teasers' text appears in the output (see `matching`);
    body recall is the mean over pages of word-4-gram recall (the AEB metric's);
    pages/s times the extraction calls only.
    """
    cases = list(cases)
    outputs = []
    start = time.perf_counter()
    for case in cases:
        outputs.append(extract(case.html, case.url))
    elapsed = time.perf_counter() - start
    results = [judge(c, o) for c, o in zip(cases, outputs, strict=True)]
    by_layout: dict[str, Breakdown] = {}
    by_form = {form: Breakdown() for form in FORMS}
    kinds: Counter[str] = Counter()
    leaked_kinds: Counter[str] = Counter()
    for case, result in zip(cases, results, strict=True):
        add(by_layout.setdefault(case.layout, Breakdown()), result, len(case.teasers),
            len(result.leaked))  # fmt: skip
        for form in case.forms:
            shown = sum(f == form for f in case.teaser_forms)
            add(by_form[form], result, shown, sum(f == form for f in result.leaked_forms))
        kinds.update(f"{f}:{k}" for f, k in zip(case.teaser_forms, case.teaser_kinds, strict=True))
        leaked_kinds.update(
            f"{f}:{k}" for f, k in zip(result.leaked_forms, result.leaked_kinds, strict=True)
        )
    return SuiteResult(
        pages=len(cases),
        leaked_pages=sum(bool(r.leaked) for r in results),
        leaked_teasers=sum(len(r.leaked) for r in results),
        teasers=sum(len(c.teasers) for c in cases),
        body_recall=statistics.fmean(r.recall for r in results) if results else 0.0,
        empty=sum(r.empty for r in results),
        pages_per_s=len(cases) / elapsed if elapsed > 0 else float("inf"),
        by_layout=by_layout,
        by_form={f: g for f, g in by_form.items() if g.pages},
        by_kind={k: (kinds[k], leaked_kinds[k]) for k in sorted(kinds)},
        cases=results,
    )
