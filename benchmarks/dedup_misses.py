#!/usr/bin/env python3
"""The copies newscorpus keeps although they duplicate a kept document, and why, by kind.

    .venv/bin/python benchmarks/dedup_misses.py [--seed 1] [--orders 5] [--config JSON] [--list]

Runs the labelled set of ``benchmarks/dedup.py`` in each arrival order and, for every true
duplicate that was kept, looks at the kept documents of its story at that moment: whether one
was a candidate at all, and against the best of them the measures verification used (Jaccard,
coverage, the share of the kept text it holds, the coverage it needed, whether the two open
alike) and the exact unweighted coverage of the whole texts (no sample, no neutral shingles).
Prints a count per (copy kind, kind of the kept document, reason) and with ``--list`` one line
per miss.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.dedup import signed
from benchmarks.dedup_data import labelled, sources
from newscorpus.dedup import DedupConfig, Deduplicator, MemoryIndex
from newscorpus.dedup import text as dedup_text
from newscorpus.dedup.engine import opens_alike

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = 5) -> set[str]:
    words = dedup_text.normalize(text).split()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def exact_coverage(text: str, kept: str, weight: int = 1) -> float:
    """The share of the text's shingles in the kept text's, numbered ones weighing ``weight``."""
    mine, theirs = shingles(text), shingles(kept)

    def size(values: set[str]) -> int:
        return sum(weight if any(c.isdigit() for c in v) else 1 for v in values)

    return size(mine & theirs) / max(size(mine), 1)


def reason(row: dict) -> str:
    if not row["candidate"]:
        return "not a candidate"
    if row["jaccard"] < row["min_jaccard"]:
        return "jaccard below floor"
    if row["coverage"] < row["needed"]:
        gap = row["needed"] - row["coverage"]
        return f"coverage short by {'<0.05' if gap < 0.05 else '<0.1' if gap < 0.1 else '>=0.1'}"
    return "passes (another verdict won)"


def misses(config: DedupConfig, docs: list[labelled.Doc], orders: int) -> list[dict]:
    prepared = signed(config, docs)
    rows = []
    for order in range(orders):
        stream = labelled.shuffled(docs, order)
        dedup = Deduplicator(MemoryIndex(), config)
        kept: dict[str, labelled.Doc] = {}
        seen: set[int] = set()
        for doc in stream:
            entry = prepared[doc.id].entry(0)
            is_duplicate = doc.cluster in seen
            seen.add(doc.cluster)
            seen.update(doc.contains)
            if is_duplicate:
                row = diagnose(dedup, entry, doc, kept)
                mine = set(entry.band_keys)
                row["bands"] = max(
                    (
                        len(mine & set(prepared[k].entry(0).band_keys))
                        for k, d in kept.items()
                        if d.cluster == doc.cluster or doc.cluster in d.contains
                    ),
                    default=0,
                )
            verdict = dedup.check_and_add_entry(doc.id, entry)
            if verdict is None or not verdict.is_duplicate:
                kept[doc.id] = doc
                if is_duplicate:
                    rows.append({"order": order, **row})
    return rows


def diagnose(dedup: Deduplicator, entry, doc: labelled.Doc, kept: dict) -> dict:
    """How the copy measures against the kept documents of its story, before it is added."""
    config = dedup.config
    same = [d for d in kept.values() if d.cluster == doc.cluster or doc.cluster in d.contains]
    row = {
        "kind": doc.kind,
        "kept_kinds": ",".join(sorted({d.kind for d in same})),
        "words": len(doc.text.split()),
        "candidate": False,
        "jaccard": 0.0,
        "coverage": 0.0,
        "covered": 0.0,
        "needed": config.verify_coverage,
        "min_jaccard": config.verify_jaccard,
        "exact": max((exact_coverage(doc.text, d.text) for d in same), default=0.0),
        "text": doc.text[:100].replace("\n", " | "),
    }
    if entry.signature is None:
        return row
    candidates = dedup.index.candidates(entry.band_keys)
    ids = {d.id for d in same}
    at = [i for i, c in enumerate(candidates.ids) if c in ids]
    if not at:
        return row
    jaccard, coverage, covered = dedup._measure(entry, candidates, common=True)
    needed = dedup._needed(entry, candidates, covered)
    alike = opens_alike(entry.opening, candidates.openings)
    best = max(at, key=lambda i: (coverage[i] - needed[i], jaccard[i]))
    row.update(
        candidate=True,
        alike=bool(alike[best]),
        jaccard=float(jaccard[best]),
        coverage=float(coverage[best]),
        covered=float(covered[best]),
        needed=float(needed[best]),
        best_kind=kept[candidates.ids[best]].kind,
        best_exact=exact_coverage(doc.text, kept[candidates.ids[best]].text),
        best_weighted=exact_coverage(
            doc.text, kept[candidates.ids[best]].text, config.number_weight
        ),
        best_text=kept[candidates.ids[best]].text[:100].replace("\n", " | "),
    )
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--aeb", type=Path, default=sources.DEFAULT_AEB)
    parser.add_argument("--seeds", type=Path, default=sources.DEFAULT_SEEDS)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--orders", type=int, default=5)
    parser.add_argument("--config", default="{}", help="DedupConfig overrides as JSON")
    parser.add_argument("--list", action="store_true", help="one line per miss")
    args = parser.parse_args()
    config = DedupConfig(**json.loads(args.config))
    docs = labelled.build(args.aeb, args.seeds, args.seed)
    rows = misses(config, docs, args.orders)
    print(f"seed {args.seed}: {len(rows)} misses over {args.orders} orders\n")
    counts = Counter((r["kind"], r.get("best_kind", r["kept_kinds"]), reason(r)) for r in rows)
    print("| copy kind | kept kind | reason | misses |\n| --- | --- | --- | --- |")
    for (kind, kept_kind, why), n in counts.most_common():
        print(f"| {kind} | {kept_kind} | {why} | {n} |")
    if args.list:
        print()
        for r in sorted(rows, key=lambda r: (r["kind"], r["order"])):
            print(
                f"o{r['order']} {r['kind']:<18} vs {r.get('best_kind', r['kept_kinds']):<18}"
                f" J {r['jaccard']:.2f} cov {r['coverage']:.2f}/{r['needed']:.2f}"
                f" covd {r['covered']:.2f} exact {r['exact']:.2f}"
                f" best {r.get('best_exact', 0):.2f}/{r.get('best_weighted', 0):.2f}"
                f" words {r['words']} bands {r['bands']}"
                f"{' alike' if r.get('alike') else ''}"
                f"\n    new:  {r['text']}\n    kept: {r.get('best_text', '')}"
            )
    exact = np.array([r["exact"] for r in rows])
    if len(exact):
        print(f"\nexact coverage of the misses: quartiles {np.percentile(exact, [25, 50, 75])}")


if __name__ == "__main__":
    main()
