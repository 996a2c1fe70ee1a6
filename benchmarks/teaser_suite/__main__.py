"""Teaser suite: plain trafilatura, trafilatura precision mode and newscorpus side by side.

.venv/bin/python -m benchmarks.teaser_suite [--set main|holdout|holdout2|holdout3]
    [--per-case out.jsonl] [--examples N] [--dump-html DIR]

`--set holdout` scores the held-out set (new layouts and teaser markup, never used to tune
the extractor) instead of the main set; `--set holdout2` the second held-out set (layouts
imitating real news sites, never used to tune the extractor either); `--set holdout3` the third
(real-site imitations in other CMS families and countries, never used to tune it either).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import trafilatura

import newscorpus

from . import FORMS, SETS, load_cases, score
from .scorer import Breakdown, SuiteResult


def newscorpus_extract(html: str, url: str) -> str | None:
    """newscorpus's body text, or None when it finds no article."""
    article = newscorpus.extract_article(html, url)
    return article.text if article else None


SYSTEMS = {
    "trafilatura": lambda html, url: trafilatura.extract(html, include_comments=False),
    "trafilatura precision": lambda html, url: trafilatura.extract(
        html, include_comments=False, favor_precision=True
    ),
    "newscorpus": newscorpus_extract,
}


def table(results: dict[str, SuiteResult]) -> str:
    """The side-by-side summary."""
    lines = [
        f"{'system':<22} {'pages':>5} {'leaked pages':>12} {'leaked teasers':>14} "
        f"{'body recall':>11} {'empty':>5} {'pages/s':>8}"
    ]
    for name, r in results.items():
        lines.append(
            f"{name:<22} {r.pages:>5} {r.leaked_pages:>12} "
            f"{f'{r.leaked_teasers}/{r.teasers}':>14} {r.body_recall:>11.4f} {r.empty:>5} "
            f"{r.pages_per_s:>8.1f}"
        )
    return "\n".join(lines)


def breakdown(title: str, groups: dict[str, Breakdown]) -> str:
    """Leaks and recall per layout or per form."""
    lines = [
        f"{title:<12} {'pages':>5} {'leaked pages':>12} {'leaked teasers':>14} "
        f"{'body recall':>11} {'empty':>5}"
    ]
    for name, g in groups.items():
        lines.append(
            f"{name:<12} {g.pages:>5} {g.leaked_pages:>12} "
            f"{f'{g.leaked_teasers}/{g.teasers}':>14} {g.body_recall:>11.4f} {g.empty:>5}"
        )
    return "\n".join(lines)


def by_variant(result: SuiteResult) -> str:
    """Teasers shown and leaked per markup variant, placements merged."""
    merged: dict[str, list[int]] = {}
    for kind, (shown, leaked) in result.by_kind.items():
        counts = merged.setdefault(kind.split("@")[0], [0, 0])
        counts[0] += shown
        counts[1] += leaked
    lines = [f"  {'form:variant':<44} {'leaked':>6}/{'shown'}"]
    for kind, (shown, leaked) in sorted(merged.items()):
        lines.append(f"  {kind:<44} {leaked:>6}/{shown}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=SETS, default="main", dest="suite",
                        help="which set of pages to score")  # fmt: skip
    parser.add_argument("--per-case", type=Path, help="write per-page results here (JSONL)")
    parser.add_argument("--examples", type=int, default=5, help="newscorpus leaks to show")
    parser.add_argument("--dump-html", type=Path, help="write every page's HTML to this folder")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    cases = load_cases(args.suite)
    loaded = time.perf_counter() - start
    langs = Counter(c.lang for c in cases)
    print(
        f"# teaser suite, {args.suite} set: {len(cases)} pages, "
        f"{len({c.layout for c in cases})} layouts, "
        f"{len(FORMS)} forms, {sum(len(c.teasers) for c in cases)} teasers, languages "
        f"{dict(langs.most_common())}; loaded in {loaded:.2f} s · newscorpus "
        f"{newscorpus.__version__} · trafilatura {trafilatura.__version__}"
    )
    if args.dump_html:
        args.dump_html.mkdir(parents=True, exist_ok=True)
        for case in cases:
            (args.dump_html / f"{case.id}.html").write_text(case.html, encoding="utf-8")
    results = {name: score(extract, cases) for name, extract in SYSTEMS.items()}
    print(table(results))
    ours = results["newscorpus"]
    print("\nnewscorpus, by form (teasers of that form, on the pages showing it)")
    print(breakdown("form", ours.by_form))
    print("\nnewscorpus, by layout")
    print(breakdown("layout", ours.by_layout))
    print("\nnewscorpus, by markup variant (placements merged)")
    print(by_variant(ours))
    print("\nnewscorpus, markup variants that leaked (form:variant@placement leaked/shown)")
    leaky = sorted(((v[1], k, v[0]) for k, v in ours.by_kind.items() if v[1]), reverse=True)
    for leaked, kind, shown in leaky:
        print(f"  {kind:<44} {leaked:>4}/{shown}")
    leaks = [(c, t, k) for c in ours.cases for t, k in zip(c.leaked, c.leaked_kinds, strict=True)]
    if leaks and args.examples:
        print(f"\nnewscorpus leaks, {args.examples} of {len(leaks)} (spread over the list):")
        step = max(1, len(leaks) // args.examples)
        for case, text, kind in leaks[::step][: args.examples]:
            print(f"  {case.id} [{kind}] {text[:100]!r}")
    if args.per_case:
        with args.per_case.open("w", encoding="utf-8") as fh:
            for name, result in results.items():
                for c in result.cases:
                    row = {"system": name, "id": c.id, "layout": c.layout, "forms": c.forms,
                           "recall": round(c.recall, 4), "empty": c.empty,
                           "leaked": c.leaked, "leaked_forms": c.leaked_forms,
                           "leaked_kinds": c.leaked_kinds}  # fmt: skip
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
