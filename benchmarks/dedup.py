#!/usr/bin/env python3
"""Near-duplicate removal: newscorpus vs plain datasketch, quality and speed in the same run.

    .venv/bin/python benchmarks/dedup.py [--aeb ../shared/benchmarks/aeb] [--seeds ../shared/seeds]
        [--seed 1] [--check-seed 2] [--speed-docs 20000] [--skip-speed] [--config JSON]

Quality is measured on labelled sets built at run time from real news text (the 181 AEB
ground-truth bodies, the fixture site's stories, the shared seed articles; no text is stored):
originals, exact and near copies, follow-ups and template stories in random order (the
construction is described in :mod:`benchmarks.dedup_data.labelled`). Thresholds were chosen on
the ``--seed`` set; the ``--check-seed`` set is built the same way from other random draws
(other chunks, copies, follow-ups and templates) and only reported.

Speed: ``newscorpus dedup`` as a whole process (start-up, JSON in and out) on ``--speed-docs``
documents against the plain datasketch loop run in this process on the same file, with the
same JSON in and out (its start-up is not counted). The documents are the labelled set plus
unique filler stories (:mod:`benchmarks.dedup_data.filler`). Bytes per document: the state
file of ``newscorpus dedup --state`` over the documents it indexed, and RAM of datasketch's
``MinHashLSH`` and of newscorpus's ``MemoryIndex`` measured with ``tracemalloc``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import platform
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from pathlib import Path

import datasketch
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.dedup_data import filler, labelled, sources
from benchmarks.dedup_data.scoring import Score, hard_kind, plain_datasketch, score
from newscorpus.dedup import DedupConfig, Deduplicator, MemoryIndex, Prepared

NEWSCORPUS = Path(sys.executable).parent / "newscorpus"
BATCH = 256
Sets = dict[str, list[labelled.Doc]]


def table(header: list[str], rows: list[list[object]]) -> None:
    print("| " + " | ".join(header) + " |")
    print("|" + " --- |" * len(header))
    for row in rows:
        cells = [f"{c:.3f}" if isinstance(c, float) else str(c) for c in row]
        print("| " + " | ".join(cells) + " |")
    print()


def prepare(config: DedupConfig, docs: list[labelled.Doc]) -> list[Prepared]:
    signer = Deduplicator(MemoryIndex(), config)
    return [
        signer.prepare([d.text for d in docs[i : i + BATCH]]) for i in range(0, len(docs), BATCH)
    ]


def run_engine(config: DedupConfig, docs: list[labelled.Doc], batches: list[Prepared]) -> Score:
    dedup = Deduplicator(MemoryIndex(), config)
    verdicts = []
    for n, batch in enumerate(batches):
        ids = [d.id for d in docs[n * BATCH : n * BATCH + len(batch)]]
        verdicts += dedup.check_and_add_prepared(ids, batch)
    return score(docs, [v.duplicate_of if v and v.is_duplicate else None for v in verdicts])


def jsonl(docs: list[labelled.Doc]) -> list[bytes]:
    return [json.dumps({"id": d.id, "url": d.url, "text": d.text}).encode() + b"\n" for d in docs]


def composition(sets: Sets) -> None:
    print("## Labelled sets: documents (of which true duplicates)\n")
    counts = []
    for docs in sets.values():
        seen: set[int] = set()
        count: Counter[str] = Counter()
        for doc in docs:
            kind = doc.kind if doc.kind.startswith("copy") else hard_kind(doc.kind) or doc.kind
            kind = kind.split(":")[0] if kind.startswith("seed") else kind
            count[kind] += 1
            count[f"{kind}/dup"] += doc.cluster in seen
            count["total"] += 1
            count["total/dup"] += doc.cluster in seen
            seen.add(doc.cluster)
        counts.append(count)
    kinds = [*sorted({k for c in counts for k in c if "/" not in k} - {"total"}), "total"]
    rows = [[kind, *[f"{c[kind]} ({c[kind + '/dup']})" for c in counts]] for kind in kinds]
    table(["kind", *sets], rows)


def quality(sets: Sets, config: DedupConfig) -> None:
    print("## Quality\n")
    rows = []
    for name, docs in sets.items():
        ours = run_engine(config, docs, prepare(config, docs))
        theirs = score(docs, plain_datasketch(jsonl(docs)))
        for system, s in (("plain datasketch", theirs), ("newscorpus", ours)):
            found = [s.precision, s.recall, s.flagged - s.found, s.duplicates - s.found]
            kept = [s.kept("follow-up"), s.kept("template"), s.kept()]
            rows.append([name, system, *found, *kept])
        print(f"newscorpus misses on {name}: {dict(ours.missed.most_common())}\n")
    header = ["set", "system", "precision", "recall", "false duplicates", "missed"]
    table([*header, "follow-ups kept", "templates kept", "hard negatives kept"], rows)


def sweep(sets: Sets, config: DedupConfig) -> None:
    print("## Precision / recall / hard negatives kept vs verification thresholds\n")
    batches = {name: prepare(config, docs) for name, docs in sets.items()}
    grid = [(c, j, min(c, 0.5)) for c in (0.45, 0.5, 0.55, 0.6, 0.65, 0.7) for j in (0.1, 0.2, 0.3)]
    grid += [(0.55, 0.2, lead) for lead in (0.4, 0.45, 0.55)]  # 0.55: no same-lead rule
    rows = []
    for containment, jaccard, lead in grid:
        tuned = dataclasses.replace(
            config,
            verify_coverage=containment,
            verify_jaccard=jaccard,
            verify_lead_coverage=lead,
        )
        row: list[object] = [containment, jaccard, lead]
        for name, docs in sets.items():
            s = run_engine(tuned, docs, batches[name])
            row += [f"{s.precision:.4f}", f"{s.recall:.4f}", f"{s.kept():.4f}"]
        rows.append(row)
    header = ["verify_containment", "verify_jaccard", "verify_lead_containment"]
    table([*header, *[f"{n} {m}" for n in sets for m in ("P", "R", "HN kept")]], rows)

    print("## Signature variants at the default thresholds\n")
    rows = []
    variants = [(128, 32, 4), (256, 8, 4), (256, 8, 8), (512, 4, 1), (512, 4, 4), (512, 4, 8)]
    for num_perm, bits, weight in [*variants, (512, 4, 16), (1024, 2, 8)]:
        variant = dataclasses.replace(
            config, num_perm=num_perm, signature_bits=bits, number_weight=weight
        )
        row = [f"{num_perm} x {bits} bit, numbers x{weight}", num_perm * bits // 8]
        for docs in sets.values():
            s = run_engine(variant, docs, prepare(variant, docs))
            row += [f"{s.precision:.4f}", f"{s.recall:.4f}", f"{s.kept():.4f}"]
        rows.append(row)
    table(["signature", "bytes", *[f"{n} {m}" for n in sets for m in ("P", "R", "HN")]], rows)


def memory_per_doc(docs: list[labelled.Doc]) -> tuple[float, float]:
    """RAM bytes per indexed document: datasketch's MinHashLSH, newscorpus's MemoryIndex."""
    lines = jsonl(docs)
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    lsh = datasketch.MinHashLSH(threshold=0.8, num_perm=128)
    theirs = plain_datasketch(lines, lsh=lsh).count(None)
    theirs_bytes = (tracemalloc.get_traced_memory()[0] - before) / theirs
    before = tracemalloc.get_traced_memory()[0]
    dedup = Deduplicator(MemoryIndex())
    ours = dedup.check_and_add_many((d.id, d.text) for d in docs).count(None)
    ours_bytes = (tracemalloc.get_traced_memory()[0] - before) / ours
    tracemalloc.stop()
    return theirs_bytes, ours_bytes


def speed_corpus(docs: list[labelled.Doc], args: argparse.Namespace) -> list[bytes]:
    extra = filler.filler_texts(args.aeb, max(0, args.speed_docs - len(docs)))
    records = [{"id": d.id, "url": d.url, "text": d.text} for d in docs]
    records += [{"id": f"f{n:015x}", "url": None, "text": t} for n, t in enumerate(extra)]
    np.random.default_rng(3).shuffle(records)
    records = records[: args.speed_docs]
    words = np.array([len(r["text"].split()) for r in records])
    print(
        f"{len(records)} documents ({len(docs)} labelled, {len(records) - len(docs)} filler), "
        f"words per document: median {np.median(words):.0f}, mean {words.mean():.0f}.\n"
    )
    return [json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records]


def speed(docs: list[labelled.Doc], args: argparse.Namespace) -> None:
    print(f"## Speed and size: {args.speed_docs} documents\n")
    lines = speed_corpus(docs, args)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "in.jsonl"
        source.write_bytes(b"".join(lines))
        start = time.perf_counter()
        kept_path, dups_path = folder / "kept.jsonl", folder / "dups.jsonl"
        with source.open("rb") as read, kept_path.open("wb") as kept, dups_path.open("wb") as out:
            theirs = plain_datasketch(read, kept, out)
        baseline = time.perf_counter() - start
        count = len(lines)
        label = "plain datasketch loop (in-process)"
        rows: list[list[object]] = [
            [label, f"{baseline:.1f}", f"{count / baseline:.0f}", "1.0", count - theirs.count(None)]
        ]
        runs = [
            ("newscorpus dedup", []),
            ("newscorpus dedup --workers 1", ["--workers", "1"]),
            ("newscorpus dedup --state DIR", ["--state", str(folder / "state")]),
        ]
        for label, extra in runs:
            out, dups = folder / "out.jsonl", folder / "dups.jsonl"
            command = [str(NEWSCORPUS), "dedup", str(source), "-o", str(out), "--dups", str(dups)]
            start = time.perf_counter()
            subprocess.run([*command, *extra], check=True, capture_output=True)
            wall = time.perf_counter() - start
            dropped_count = len(dups.read_bytes().splitlines())
            ratio = f"{baseline / wall:.1f}"
            rows.append([label, f"{wall:.1f}", f"{count / wall:.0f}", ratio, dropped_count])
        state_bytes = (folder / "state" / "state.sqlite3").stat().st_size
        indexed = count - dropped_count
    table(["system", "wall s", "docs/s", "speed x", "duplicates dropped"], rows)
    theirs_ram, ours_ram = memory_per_doc(docs)
    table(
        ["index", "bytes per indexed document"],
        [
            ["datasketch MinHashLSH (threshold 0.8, 128 perm), RAM", f"{theirs_ram:.0f}"],
            ["newscorpus MemoryIndex, RAM", f"{ours_ram:.0f}"],
            [f"newscorpus state on disk ({indexed} documents)", f"{state_bytes / indexed:.0f}"],
        ],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--aeb", type=Path, default=sources.DEFAULT_AEB)
    parser.add_argument("--seeds", type=Path, default=sources.DEFAULT_SEEDS)
    parser.add_argument("--seed", type=int, default=1, help="the set thresholds were chosen on")
    parser.add_argument("--check-seed", type=int, default=2, help="a second set, only reported")
    parser.add_argument("--speed-docs", type=int, default=20000)
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--config", default="{}", help="DedupConfig overrides as JSON")
    args = parser.parse_args()
    config = DedupConfig(**json.loads(args.config))
    print(
        f"Python {platform.python_version()}, datasketch {datasketch.__version__}, "
        f"numpy {np.__version__}, {platform.machine()}\n\nConfiguration: {config.to_dict()}\n"
    )
    sets = {
        f"tune (seed {args.seed})": labelled.build(args.aeb, args.seeds, args.seed),
        f"check (seed {args.check_seed})": labelled.build(args.aeb, args.seeds, args.check_seed),
    }
    composition(sets)
    quality(sets, config)
    sweep(sets, config)
    if not args.skip_speed:
        speed(next(iter(sets.values())), args)


if __name__ == "__main__":
    main()
