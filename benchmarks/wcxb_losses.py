#!/usr/bin/env python3
"""Where newscorpus's F1 goes on WCXB dev articles: the loss 1 - F1, split into classes.

On one page, ``1 - F1 = (FN + FP) / (2 TP + FN + FP)`` over the metric's bags of words, so
each word missed (FN) or kept in excess (FP) costs the page the same share, and the macro loss
(the mean over pages) splits exactly into classes of words:

- ``none``: pages given no text (the whole page lost);
- missed words, by the truth line they belong to: lines newscorpus's stages cut although
  trafilatura kept them (``cut: newscorpus``), lines neither kept, by the element that holds
  them on the page (``dropped: list item / heading / caption / table / paragraph``), and
  words missed in lines mostly kept (``missed: scattered``);
- extra words: on pages whose truth covers only part of what both keep (recall >= 0.9,
  precision < 0.6: ``extra: truth covers only part``), else by the container of the line
  that kept them (``extra: comment / related/teasers / ...``, as ``wcxb_stages.py`` names).

    .venv/bin/python benchmarks/wcxb_losses.py [--wcxb DIR] [--cache trafilatura.json]
        [--no-recall] [--json out.json] [--against old.json] [--pages 0023,0284]

Also prints F1, precision, recall, None and the pages whose recall falls more than 0.10 below
plain trafilatura's (whose outputs are cached with ``--cache``); ``--against`` lists the pages
whose F1 moved most from an earlier ``--json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

import trafilatura
from trafilatura import load_html

import newscorpus.extract as extract_module
from newscorpus.extract import ExtractionOptions, Extractor
from newscorpus.extract.recall import shows_gaps

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wcxb
from wcxb_stages import _container_kind

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: A line is kept (truth) or in the truth (output) when at least this share of its words is.
COVERED = 0.5
GRAM = 3
PART_RECALL, PART_PRECISION = 0.9, 0.6
WORSE_BY = 0.1
ELEMENT_KINDS = {"li": "list item", "dt": "list item", "dd": "list item", "figcaption": "caption",
                 "caption": "caption", "td": "table", "th": "table", "h1": "heading",
                 "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
                 "h6": "heading"}  # fmt: skip


def _grams(words: list[str]) -> set[tuple[str, ...]]:
    """The line's word n-grams (of :data:`GRAM` words; the whole line when shorter)."""
    if len(words) <= GRAM:
        return {tuple(words)}
    return {tuple(words[i : i + GRAM]) for i in range(len(words) - GRAM + 1)}


def _covered(words: list[str], grams: set[tuple[str, ...]]) -> float:
    """The share of the line's n-grams found in ``grams`` (those of a whole text)."""
    own = _grams(words)
    return sum(g in grams for g in own) / max(1, len(own))


def _text_grams(text: str) -> set[tuple[str, ...]]:
    """The n-grams of ``text``'s lines, and each short line whole."""
    found: set[tuple[str, ...]] = set()
    words = wcxb.WORD.findall(text.lower())
    found.update(_grams(words))
    for line in text.split("\n"):
        line_words = wcxb.WORD.findall(line.lower())
        if 0 < len(line_words) < GRAM:
            found.add(tuple(line_words))
    return found


def _element_kind(tree: HtmlElement, line: str) -> str:
    """What element holds the truth line ``line`` on the page (the innermost that holds its
    first 40 characters), by kind."""
    key = "".join(line.split())[:40]
    best = None
    for element in tree.iter(*ELEMENT_KINDS, "p", "div", "span", "blockquote", "figure"):
        if key in "".join(element.text_content().split()):
            best = element  # later matches are deeper or later; keep the innermost of a chain
    if best is None:
        return "paragraph"
    for node in (best, *best.iterancestors()):
        if node.tag in ELEMENT_KINDS:
            return ELEMENT_KINDS[node.tag]
        if node.tag == "figure" or "caption" in (node.get("class") or "").lower():
            return "caption"
    return "paragraph"


def _charge(words: list[str], left: Counter, losses: dict[str, float], kind: str) -> None:
    """Charge to ``kind`` each of ``words`` still ``left`` uncharged (one count per word)."""
    for w in words:
        if left[w] > 0:
            left[w] -= 1
            losses[kind] += 1


def page_losses(page: wcxb.Page, ours: str | None, theirs: str | None) -> dict[str, float]:
    """The page's loss 1 - F1, split into classes (summing to it)."""
    if not ours:
        return {"none": 1.0}
    want, got = wcxb.bag(page.body), wcxb.bag(ours)
    tp = sum((want & got).values())
    fn, fp = want - got, got - want
    denom = 2 * tp + sum(fn.values()) + sum(fp.values())
    if not denom:
        return {}
    losses: dict[str, float] = defaultdict(float)
    tree = None
    got_words, their_words = _text_grams(ours), _text_grams(theirs or "")
    # missed words: dropped truth lines first, then what is left is scattered
    lines = [line for line in page.body.split("\n") if line.strip()]
    for line in sorted(lines, key=lambda x: _covered(wcxb.WORD.findall(x.lower()), got_words)):
        words = wcxb.WORD.findall(line.lower())
        if _covered(words, got_words) >= COVERED:
            break
        if _covered(words, their_words) >= COVERED:
            kind = "cut: newscorpus"
        else:
            tree = tree if tree is not None else load_html(page.html)
            kind = f"dropped: {_element_kind(tree, line)}"
        _charge(words, fn, losses, kind)
    losses["missed: scattered"] += sum(fn.values())
    # extra words
    score = wcxb.score_page(page.body, ours)
    if score.recall >= PART_RECALL and score.precision < PART_PRECISION:
        losses["extra: truth covers only part"] += sum(fp.values())
    else:
        truth_words = _text_grams(page.body)
        for line in ours.split("\n"):
            words = wcxb.WORD.findall(line.lower())
            if not words or _covered(words, truth_words) >= COVERED:
                continue
            tree = tree if tree is not None else load_html(page.html)
            kind = f"extra: {_container_kind(tree, line)}"
            _charge(words, fp, losses, kind)
        losses["extra: scattered"] += sum(fp.values())
    return {k: v / denom for k, v in losses.items() if v}


ADDED: list[str] = []  # the lines the recall pass added to the page being extracted
SIGNS: set[str] = set()  # {"gap"} when recall.shows_gaps on the page


def _record_additions(signs: bool) -> None:
    """Record the lines the recall pass adds, and (``signs``) whether the gate would open."""
    original = extract_module.recall_additions
    original_add = Extractor._add_recall_lines

    def add_recall_lines(self, tree, url, body, cut_by):  # type: ignore[no-untyped-def]
        if signs and shows_gaps(tree, body):
            SIGNS.add("gap")
        return original_add(self, tree, url, body, cut_by)

    Extractor._add_recall_lines = add_recall_lines  # type: ignore[method-assign]

    def recall_additions(body, recall_body):  # type: ignore[no-untyped-def]
        added = original(body, recall_body)
        ADDED.extend(line for _, line in added)
        return added

    extract_module.recall_additions = recall_additions  # type: ignore[assignment]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wcxb", type=Path, default=wcxb.DEFAULT_WCXB)
    parser.add_argument("--cache", type=Path, help="JSON cache of plain trafilatura's outputs")
    parser.add_argument("--no-recall", action="store_true", help="without the recall pass")
    parser.add_argument("--no-gate", action="store_true", help="the recall pass on every page")
    parser.add_argument("--json", type=Path, help="write the per-page rows here")
    parser.add_argument("--against", type=Path, help="an earlier --json to compare with")
    parser.add_argument("--pages", help="comma-separated page ids (default: all articles)")
    args = parser.parse_args(argv)
    pages = wcxb.load_articles(args.wcxb, args.pages)
    cache = json.loads(args.cache.read_text()) if args.cache and args.cache.exists() else {}
    options = ExtractionOptions(recall_lines=not args.no_recall, recall_gate=not args.no_gate)
    extractor = Extractor(options)
    rows, seconds = [], 0.0
    _record_additions(signs=args.no_gate)
    for page in pages:
        ADDED.clear()
        SIGNS.clear()
        start = time.perf_counter()
        extraction = extractor.extract(page.html, page.url)
        seconds += time.perf_counter() - start
        ours = extraction.article.text if extraction.article else None
        if page.id not in cache:
            cache[page.id] = trafilatura.extract(page.html, include_comments=False)
        theirs = cache[page.id]
        s, t = wcxb.score_page(page.body, ours), wcxb.score_page(page.body, theirs)
        rows.append({"id": page.id, "f1": s.f1, "precision": s.precision, "recall": s.recall,
                     "trafilatura_f1": t.f1, "trafilatura_recall": t.recall,
                     "none": ours is None, "added": extraction.cut_by.get("recall-added", 0),
                     "added_lines": list(ADDED), "signs": sorted(SIGNS),
                     "losses": page_losses(page, ours, theirs)})  # fmt: skip
    if args.cache:
        args.cache.write_text(json.dumps(cache))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    n = max(1, len(rows))

    def mean(key: str) -> float:
        return sum(r[key] for r in rows) / n

    worse = [r["id"] for r in rows if r["recall"] < r["trafilatura_recall"] - WORSE_BY]
    print(f"{len(rows)} article pages · newscorpus F1 {mean('f1'):.4f} (P {mean('precision'):.4f}"
          f" R {mean('recall'):.4f}) · trafilatura F1 {mean('trafilatura_f1'):.4f} · None "
          f"{sum(r['none'] for r in rows)} · worse by > {WORSE_BY} recall {len(worse)} · "
          f"recall lines added on {sum(r['added'] > 0 for r in rows)} pages "
          f"({sum(r['added'] for r in rows)} lines) · extraction {seconds:.1f} s")  # fmt: skip
    print(f"worse: {' '.join(worse)}")
    if args.no_gate:
        signed = [r for r in rows if r["signs"]]
        missed = " ".join(r["id"] for r in rows if r["added"] and not r["signs"]) or "-"
        print(f"the gate opens on {len(signed)} pages; lines added where it does not: {missed}")
    totals: dict[str, float] = defaultdict(float)
    pages_of: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for r in rows:
        for kind, loss in r["losses"].items():
            totals[kind] += loss / n
            pages_of[kind].append((loss, r["id"]))
    print(f"\nF1 loss {sum(totals.values()):.4f}, by class:")
    for kind, loss in sorted(totals.items(), key=lambda kv: -kv[1]):
        worst = " ".join(f"{pid}:{x:.2f}" for x, pid in sorted(pages_of[kind], reverse=True)[:6])
        print(f"  {kind:<34} {loss:.4f} on {len(pages_of[kind]):>3} pages  e.g. {worst}")
    if args.against and args.against.exists():
        old = {r["id"]: r for r in json.loads(args.against.read_text())}
        moved = sorted((r["f1"] - old[r["id"]]["f1"], r["id"]) for r in rows if r["id"] in old)
        better, worse_n = sum(d > 1e-9 for d, _ in moved), sum(d < -1e-9 for d, _ in moved)
        print(f"\nagainst {args.against}: F1 {sum(d for d, _ in moved) / n:+.4f}; "
              f"better {better}, worse {worse_n}")  # fmt: skip
        print("  most worse: " + " ".join(f"{p}:{d:+.3f}" for d, p in moved[:10]))
        print("  most better: " + " ".join(f"{p}:{d:+.3f}" for d, p in moved[::-1][:10]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
