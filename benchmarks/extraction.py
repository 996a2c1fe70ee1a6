#!/usr/bin/env python3
"""Extraction quality and speed: newscorpus vs plain trafilatura, measured in the same run.

Real pages nobody here built come first and weigh most:

- WCXB's development split (``benchmarks/wcxb.py``): its 793 article pages scored with WCXB's
  bag-of-words metric (precision, recall, F1, pages given no text, pages where newscorpus's
  recall falls more than 0.10 below trafilatura's, must-not snippets leaked, headlines exactly
  right); its 704 other pages: the share newscorpus rejects as not an article, by page type and
  reason.
- the Zyte Article Extraction Benchmark (181 real news pages with ground-truth bodies), with the
  benchmark's own metric (``aeb_score.py``: word 4-gram precision, recall, F1 and exact-match
  accuracy); both systems are also timed on these pages, single process.

Beside them, as a check of teaser leaks only, the teaser suite (``benchmarks/teaser_suite``:
frozen data, AEB bodies in invented layouts with teasers of other stories in every form; leaked
pages and teasers, body recall). Its held-out sets (other layouts and teaser markup by
developers who never saw the extractor) are scored on rows of their own: ``holdout`` and
``holdout2`` have since been used to develop against, ``holdout3`` has not.

    .venv/bin/python benchmarks/extraction.py [--aeb ../shared/benchmarks] [--repeat 3]
        [--n-bootstrap 200] [--per-doc out.jsonl]
        [--suite all|main|holdout|holdout2|holdout3|both|none] [--wcxb DIR] [--skip-wcxb]
        [--without-recall]

``--without-recall`` adds rows for newscorpus without its recall pass (``recall.py``) and with
it run on every page (no gate), timed in the same turns.

Plain trafilatura runs as the benchmark's own trafilatura runner does
(``extract(html, include_comments=False)``), and with ``favor_precision=True`` beside it.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import platform
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

import trafilatura

import newscorpus
from newscorpus import extract_article

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wcxb
from teaser_suite import load_cases, score

from newscorpus.extract import ExtractionOptions, Extractor

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType

HERE = Path(__file__).resolve().parent
# --suite choices -> the teaser-suite sets they score
SUITES = {"main": ("main",), "holdout": ("holdout",), "holdout2": ("holdout2",),
          "holdout3": ("holdout3",), "both": ("main", "holdout"),
          "all": ("main", "holdout", "holdout2", "holdout3"), "none": ()}  # fmt: skip
DEFAULT_AEB = HERE.parent.parent / "shared" / "benchmarks"


def load_scorer(aeb_dir: Path) -> ModuleType:
    """Import the benchmark's scorer module from its folder."""
    spec = importlib.util.spec_from_file_location("aeb_score", aeb_dir / "aeb_score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"error: no aeb_score.py in {aeb_dir}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_pages(aeb_dir: Path) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """({id: html}, {id: true body}, {id: url}) of the AEB pages."""
    truth = json.loads((aeb_dir / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {}
    for path in sorted((aeb_dir / "aeb" / "html").glob("*.html.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            pages[path.name.split(".")[0]] = fh.read()
    bodies = {k: v["articleBody"] for k, v in truth.items()}
    urls = {k: v.get("url") for k, v in truth.items()}
    return pages, bodies, urls


def predict(
    extract: Callable[[str, str | None], str | None], pages: dict[str, str], urls: dict[str, str]
) -> dict[str, str | None]:
    """Every page's prediction."""
    return {pid: extract(html, urls.get(pid)) for pid, html in pages.items()}


def timed_passes(
    systems: dict[str, Callable[[str, str | None], str | None]],
    pages: dict[str, str],
    urls: dict[str, str],
    repeat: int,
) -> dict[str, list[float]]:
    """Seconds each system spends on all pages, per pass.

    The systems take turns page by page (in rotating order), so that a change in machine load
    (the benchmark often shares the machine) hits all of them alike."""
    names = list(systems)
    seconds = {name: [0.0] * repeat for name in names}
    for r in range(repeat):
        for i, (pid, html) in enumerate(pages.items()):
            shift = i % len(names)
            for name in names[shift:] + names[:shift]:
                start = time.perf_counter()
                systems[name](html, urls.get(pid))
                seconds[name][r] += time.perf_counter() - start
    return seconds


def newscorpus_extract(html: str, url: str | None) -> str | None:
    article = extract_article(html, url)
    return article.text if article else None


SYSTEMS: dict[str, Callable[[str, str | None], str | None]] = {
    "trafilatura": lambda html, url: trafilatura.extract(html, include_comments=False),
    "trafilatura precision": lambda html, url: trafilatura.extract(
        html, include_comments=False, favor_precision=True
    ),
    "newscorpus": newscorpus_extract,
}


def with_options(options: ExtractionOptions) -> Callable[[str, str | None], str | None]:
    """newscorpus with other extraction options."""
    extractor = Extractor(options)

    def extract(html: str, url: str | None) -> str | None:
        article = extractor.extract(html, url).article
        return article.text if article else None

    return extract


def wcxb_table(wcxb_dir: Path) -> None:
    """Score newscorpus and plain trafilatura on the WCXB dev split, and print the tables."""
    pages = wcxb.load_pages(wcxb_dir)
    extractor = Extractor()
    summaries = {"trafilatura": wcxb.Summary(), "newscorpus": wcxb.Summary()}
    worse, titles, articles = [], 0, 0
    rejected: dict[str, Counter[str]] = defaultdict(Counter)
    for page in pages:
        extraction = extractor.extract(page.html, page.url)
        ours = extraction.article.text if extraction.article else None
        if page.type != "article":
            rejected[page.type][str(extraction.reason) if ours is None else "kept"] += 1
            continue
        articles += 1
        theirs = trafilatura.extract(page.html, include_comments=False)
        for name, text in (("trafilatura", theirs), ("newscorpus", ours)):
            summaries[name].add(wcxb.score_page(page.body, text), text is None,
                                wcxb.leaked(page, text), len(page.without_snippets))  # fmt: skip
        if (
            summaries["newscorpus"].scores[-1].recall
            < summaries["trafilatura"].scores[-1].recall - 0.1
        ):
            worse.append(page.id)
        title = extraction.article.title if extraction.article else None
        titles += wcxb.normalise_title(title) == wcxb.normalise_title(page.title)
    print(f"\n## WCXB dev: {articles} article pages")
    print(f"{'system':<12} | {'prec':>6} {'recall':>6} {'F1':>6} | {'None':>4} | "
          f"{'leaked snippets':>15} | {'worse by >0.10 recall':>21} | titles exact")  # fmt: skip
    for name, s in summaries.items():
        ours_only = name == "newscorpus"
        print(
            f"{name:<12} | {s.mean('precision'):>6.3f} {s.mean('recall'):>6.3f} "
            f"{s.mean('f1'):>6.3f} | "
            f"{s.none:>4} | {s.leaked / max(1, s.snippets):>14.1%}  | "
            f"{(str(len(worse)) if ours_only else ''):>21} | "
            f"{(f'{titles / articles:.1%}' if ours_only else '')}"
        )
    if worse:
        print(f"pages worse than trafilatura by > 0.10 recall: {' '.join(worse)}")
    total = sum(sum(c.values()) for c in rejected.values())
    kept = sum(c["kept"] for c in rejected.values())
    print(f"\n## WCXB dev: {total} other pages, rejected as not an article: {total - kept} "
          f"({(total - kept) / max(1, total):.1%})")  # fmt: skip
    for kind in sorted(rejected):
        counts = rejected[kind]
        n = sum(counts.values())
        reasons = ", ".join(f"{r} {c}" for r, c in counts.most_common() if r != "kept")
        print(
            f"{kind:<14} {n - counts['kept']:>4}/{n:<4} ({(n - counts['kept']) / n:.0%})  {reasons}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--aeb", type=Path, default=DEFAULT_AEB, help="folder of aeb_score.py")
    parser.add_argument("--repeat", type=int, default=3, help="timing passes")
    parser.add_argument("--n-bootstrap", type=int, default=200)
    parser.add_argument("--per-doc", type=Path, help="write per-page AEB scores here (JSONL)")
    parser.add_argument("--suite", choices=tuple(SUITES), default="all",
                        help="teaser-suite set(s) to score: one set, both (main + holdout), "
                             "all, or none (real pages only)")  # fmt: skip
    parser.add_argument("--wcxb", type=Path, default=wcxb.DEFAULT_WCXB, help="WCXB dev folder")
    parser.add_argument("--skip-wcxb", action="store_true", help="AEB and the suite only")
    parser.add_argument("--without-recall", action="store_true",
                        help="also newscorpus without its recall pass, and ungated")  # fmt: skip
    args = parser.parse_args(argv)
    if args.without_recall:
        SYSTEMS["newscorpus no recall"] = with_options(ExtractionOptions(recall_lines=False))
        SYSTEMS["newscorpus ungated"] = with_options(ExtractionOptions(recall_gate=False))

    if not args.skip_wcxb:
        wcxb_table(args.wcxb)
        print()
    scorer = load_scorer(args.aeb)
    pages, bodies, urls = load_pages(args.aeb)
    names = SUITES[args.suite]
    suites = {name: load_cases(name) for name in names}
    sizes = " + ".join(f"{len(cases)} {name}" for name, cases in suites.items()) or "none"
    print(
        f"# {len(pages)} AEB pages, teaser-suite pages: {sizes} · newscorpus "
        f"{newscorpus.__version__} · trafilatura {trafilatura.__version__} · Python "
        f"{platform.python_version()} · {platform.machine()}"
    )
    # Quality from one pass each; speed from --repeat passes with the systems taking turns
    # page by page: pages/s over all passes, and the ratio to trafilatura in each pass.
    predictions = {name: predict(extract, pages, urls) for name, extract in SYSTEMS.items()}
    seconds = timed_passes(SYSTEMS, pages, urls, args.repeat)
    speeds = {name: len(pages) * args.repeat / sum(s) for name, s in seconds.items()}
    ratios = {
        name: [base / own for base, own in zip(seconds["trafilatura"], s, strict=True)]
        for name, s in seconds.items()
    }
    rows = {}
    per_doc: dict[str, list[dict]] = {}
    for name, extract in SYSTEMS.items():
        metrics = scorer.score(bodies, predictions[name], n_bootstrap=args.n_bootstrap)
        per_doc[name] = metrics.pop("per_doc")
        rows[name] = (metrics, speeds[name], {s: score(extract, c) for s, c in suites.items()})

    base_speed = rows["trafilatura"][1]
    print(
        f"{'':<22} | {'AEB':^34} | {'teaser suite':^43} | {'AEB speed':^25}\n"
        f"{'system':<22} | {'F1':>6} {'prec':>6} {'recall':>6} {'acc':>6} {'empty':>5} | "
        f"{'set':<8} {'leaked pages':>12} {'teasers':>9} {'recall':>6} {'empty':>4} | "
        f"{'pages/s':>7} {'ratio':>6} {'per pass':>10}"
    )
    for name, (m, speed, results) in rows.items():
        for k, (set_name, suite) in enumerate(results.items() or [("", None)]):
            aeb, timing = f"{'':<34}", ""
            if k == 0:
                aeb = (
                    f"{m['f1']:>6.3f} {m['precision']:>6.3f} {m['recall']:>6.3f} "
                    f"{m['accuracy']:>6.3f} {m['n_empty_pred']:>5}"
                )
                low, high = min(ratios[name]), max(ratios[name])
                timing = f"{speed:>7.1f} {speed / base_speed:>6.2f} {f'{low:.2f}-{high:.2f}':>10}"
            teasers = (
                f"{suite.leaked_pages:>12} {suite.leaked_teasers:>4}/{suite.teasers:<4} "
                f"{suite.body_recall:>6.3f} {suite.empty:>4}"
                if suite
                else f"{'':>34}"
            )
            row = f"{name if k == 0 else '':<22} | {aeb} | {set_name:<8} {teasers} | {timing}"
            print(row.rstrip())
    if args.per_doc:
        with args.per_doc.open("w", encoding="utf-8") as fh:
            for name, docs in per_doc.items():
                for row in docs:
                    fh.write(json.dumps({"system": name, **row}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
