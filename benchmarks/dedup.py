#!/usr/bin/env python3
"""Near-duplicate removal: newscorpus vs plain datasketch, quality and speed in the same run.

    .venv/bin/python benchmarks/dedup.py [--aeb ../shared/benchmarks/aeb] [--seeds ../shared/seeds]
        [--seed 1] [--check-seed 2] [--orders 5] [--speed-docs 10000] [--repeats 2]
        [--skip-sweep] [--skip-speed] [--config JSON]

Quality is measured on labelled sets built at run time from real news text (the 181 AEB
ground-truth bodies, the fixture site's stories, the shared seed articles; no text is stored):
originals, exact and near copies, follow-ups, updates, stories sharing a table of figures and
template stories (the construction is described in :mod:`benchmarks.dedup_data.labelled`).
Each set is run in ``--orders`` arrival orders (order 0 as built, the others shuffled) and
scored per order: the figures must hold in every one. Thresholds were chosen on the
``--seed`` set; the ``--check-seed`` set is built the same way from other random draws and
only reported. The sweeps give the worst figure over the first three orders.

Speed: ``newscorpus dedup`` as a whole process (start-up, JSON in and out) on ``--speed-docs``
documents against the plain datasketch loop run in this process on the same file, with the
same JSON in and out (its start-up is not counted), interleaved and repeated ``--repeats``
times (the median is shown). The documents are the labelled set plus unique filler stories
(:mod:`benchmarks.dedup_data.filler`). Bytes per document: the state file of ``newscorpus
dedup --state`` over the documents it indexed, with and without shingle samples, and RAM of
datasketch's ``MinHashLSH`` and of newscorpus's ``MemoryIndex`` measured with ``tracemalloc``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import platform
import statistics
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
from benchmarks.dedup_data.scoring import (
    HARD_KINDS,
    Score,
    datasketch_sketches,
    datasketch_verdicts,
    hard_kind,
    plain_datasketch,
    score,
)
from newscorpus.dedup import DedupConfig, Deduplicator, MemoryIndex, Prepared
from newscorpus.dedup.shingles import Ragged

NEWSCORPUS = Path(sys.executable).parent / "newscorpus"
BATCH = 256
SWEEP_ORDERS = 3  # the sweeps' worst figures: enough orders to show the spread, and quick
Sets = dict[str, list[labelled.Doc]]


def table(header: list[str], rows: list[list[object]]) -> None:
    print("| " + " | ".join(header) + " |")
    print("|" + " --- |" * len(header))
    for row in rows:
        cells = [f"{c:.3f}" if isinstance(c, float) else str(c) for c in row]
        print("| " + " | ".join(cells) + " |")
    print()


def signed(config: DedupConfig, docs: list[labelled.Doc]) -> dict[str, Prepared]:
    """Each document signed once (in batches), by id: reused for every order and threshold."""
    signer = Deduplicator(MemoryIndex(), config)
    out = {}
    for i in range(0, len(docs), BATCH):
        batch = docs[i : i + BATCH]
        prepared = signer.prepare([d.text for d in batch])
        out.update((d.id, _one(prepared, n)) for n, d in enumerate(batch))
    return out


def _one(prepared: Prepared, i: int) -> Prepared:
    """Row ``i`` of a batch as a batch of one."""
    fields = {}
    for f in dataclasses.fields(Prepared):
        value = getattr(prepared, f.name)
        fields[f.name] = value.one(i) if isinstance(value, Ragged) else value[i : i + 1]
    return Prepared(**fields)


def run_engine(
    config: DedupConfig, docs: list[labelled.Doc], prepared: dict[str, Prepared]
) -> Score:
    dedup = Deduplicator(MemoryIndex(), config)
    verdicts = [dedup.check_and_add_prepared([d.id], prepared[d.id])[0] for d in docs]
    result = score(docs, [v.duplicate_of if v and v.is_duplicate else None for v in verdicts])
    result.extending = sum(v is not None and not v.is_duplicate for v in verdicts)
    return result


def jsonl(docs: list[labelled.Doc]) -> list[bytes]:
    return [json.dumps({"id": d.id, "url": d.url, "text": d.text}).encode() + b"\n" for d in docs]


def composition(sets: Sets) -> None:
    print("## Labelled sets: documents (of which true duplicates, in the order as built)\n")
    counts = []
    for docs in sets.values():
        seen: set[int] = set()
        count: Counter[str] = Counter()
        for doc in docs:
            kind = doc.kind if doc.kind.startswith("copy") else hard_kind(doc.kind) or doc.kind
            kind = kind.split(":")[0] if kind.startswith("seed") else kind
            duplicate = doc.cluster in seen
            seen.add(doc.cluster)
            seen.update(doc.contains)
            for name in (kind, "total"):
                count[name] += 1
                count[f"{name}/dup"] += duplicate
        counts.append(count)
    kinds = [*sorted({k for c in counts for k in c if "/" not in k} - {"total"}), "total"]
    rows = [[kind, *[f"{c[kind]} ({c[kind + '/dup']})" for c in counts]] for kind in kinds]
    table(["kind", *sets], rows)


def quality(sets: Sets, config: DedupConfig, orders: int) -> None:
    print(f"## Quality in {orders} arrival orders\n")
    rows = []
    for name, docs in sets.items():
        prepared = signed(config, docs)
        texts = (d.text for d in docs)
        sketches = dict(zip((d.id for d in docs), datasketch_sketches(texts), strict=True))
        missed: Counter[str] = Counter()
        for order in range(orders):
            stream = labelled.shuffled(docs, order)
            ours = run_engine(config, stream, prepared)
            ids = [d.id for d in stream]
            theirs = score(stream, datasketch_verdicts(ids, [sketches[i] for i in ids]))
            missed += ours.missed
            for system, s in (("plain datasketch", theirs), ("**newscorpus**", ours)):
                hard = [
                    f"{s.negatives[k] - s.negatives_kept[k]}/{s.negatives[k]}" for k in HARD_KINDS
                ]
                flagged = s.flagged - s.found
                rows.append(
                    [name, order, system, f"{s.precision:.4f}", f"{s.recall:.4f}", flagged,
                     s.duplicates - s.found, *hard, f"{s.kept():.4f}", s.extending]
                )  # fmt: skip
        print(f"newscorpus misses on {name}, all orders: {dict(missed.most_common())}\n")
    header = ["set", "order", "system", "precision", "recall", "false dups", "missed"]
    hard = [f"{k} dropped" for k in HARD_KINDS]
    table([*header, *hard, "hard negatives kept", "kept as extending"], rows)


def worst(
    config: DedupConfig, sets: Sets, prepared: dict[str, dict[str, Prepared]], orders: int
) -> list[str]:
    """Worst precision, recall and hard negatives kept over the orders, per set."""
    cells = []
    for name, docs in sets.items():
        scores = [
            run_engine(config, labelled.shuffled(docs, o), prepared[name]) for o in range(orders)
        ]
        cells += [
            f"{min(s.precision for s in scores):.4f}",
            f"{min(s.recall for s in scores):.4f}",
            f"{min(s.kept() for s in scores):.4f}",
        ]
    return cells


def sweep(sets: Sets, config: DedupConfig, orders: int) -> None:
    orders = min(orders, SWEEP_ORDERS)
    print(f"## Worst over {orders} orders vs verification thresholds\n")
    prepared = {name: signed(config, docs) for name, docs in sets.items()}
    grid = [
        (c, config.verify_jaccard, lead)
        for c in (0.45, 0.5, 0.55, 0.6, 0.65)
        for lead in (0.3, 1.0)
    ]
    grid += [(config.verify_coverage, j, config.verify_lead_coverage) for j in (0.05, 0.2, 0.3)]
    grid += [(config.verify_coverage, config.verify_jaccard, lead) for lead in (0.2, 0.4, 0.5)]
    rows = []
    for coverage, jaccard, lead in grid:
        tuned = dataclasses.replace(
            config, verify_coverage=coverage, verify_jaccard=jaccard, verify_lead_coverage=lead
        )
        rule = "none" if lead >= coverage else lead
        rows.append([coverage, jaccard, rule, *worst(tuned, sets, prepared, orders)])
    metrics = ("P", "R", "HN kept")
    header = ["verify_coverage", "verify_jaccard", "verify_lead_coverage (same page)"]
    table([*header, *[f"{n} {m}" for n in sets for m in metrics]], rows)

    common_sweep(sets, config, orders, prepared)

    print(f"## Precise verification: shingle samples and margin (worst over {orders} orders)\n")
    rows = []
    for sample_size, margin in (
        (0, 0.0),
        (64, 0.1),
        (128, 0.1),
        (256, 0.0),
        (256, 0.05),
        (256, 0.1),
        (256, 0.2),
        (512, 0.1),
    ):
        variant = dataclasses.replace(config, sample_size=sample_size, verify_margin=margin)
        variant_prepared = {name: signed(variant, docs) for name, docs in sets.items()}
        sample_bytes = np.mean(
            [4 * len(p.samples.values) for p in variant_prepared[next(iter(sets))].values()]
        )
        rows.append(
            [
                sample_size,
                margin,
                f"{sample_bytes:.0f}",
                *worst(variant, sets, variant_prepared, orders),
            ]
        )
    header = ["sample_size", "verify_margin", "sample bytes per document"]
    table([*header, *[f"{n} {m}" for n in sets for m in metrics]], rows)

    print(f"## Signature variants at the default thresholds (worst over {orders} orders)\n")
    rows = []
    for num_perm, bits, weight in [
        (128, 32, 8),
        (256, 8, 8),
        (512, 4, 4),
        (512, 4, 5),
        (512, 4, 8),
        (512, 4, 16),
        (1024, 2, 8),
    ]:
        variant = dataclasses.replace(
            config, num_perm=num_perm, signature_bits=bits, number_weight=weight
        )
        variant_prepared = {name: signed(variant, docs) for name, docs in sets.items()}
        label = f"{num_perm} x {bits} bit, numbers x{weight}"
        rows.append([label, num_perm * bits // 8, *worst(variant, sets, variant_prepared, orders)])
    table(["signature", "bytes", *[f"{n} {m}" for n in sets for m in metrics]], rows)


def common_sweep(
    sets: Sets,
    config: DedupConfig,
    orders: int,
    prepared: dict[str, dict[str, Prepared]] | None = None,
) -> None:
    """Worst figures against ``common_docs`` (0: no shingle is neutral)."""
    orders = min(orders, SWEEP_ORDERS)
    print(f"## Worst over {orders} orders vs common_docs\n")
    prepared = prepared or {name: signed(config, docs) for name, docs in sets.items()}
    rows = []
    for common in (0, 1, 2, 3, 5):
        variant = dataclasses.replace(config, common_docs=common)
        rows.append([common, *worst(variant, sets, prepared, orders)])
    metrics = ("P", "R", "HN kept")
    table(["common_docs", *[f"{n} {m}" for n in sets for m in metrics]], rows)


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
    verdicts = dedup.check_and_add_many((d.id, d.text) for d in docs)
    ours = sum(v is None or not v.is_duplicate for v in verdicts)
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
    print(f"## Speed and size: {args.speed_docs} documents, median of {args.repeats} runs\n")
    lines = speed_corpus(docs, args)
    count = len(lines)
    runs = {
        "newscorpus dedup": [],
        "newscorpus dedup --workers 1": ["--workers", "1"],
        "newscorpus dedup --state DIR": ["--state"],
        "newscorpus dedup --sample-size 0 (signatures only)": ["--sample-size", "0"],
        "newscorpus dedup --sample-size 0 --state DIR": ["--sample-size", "0", "--state"],
    }
    walls: dict[str, list[float]] = {"plain datasketch loop (in-process)": []}
    walls.update((label, []) for label in runs)
    dropped: dict[str, int] = {}
    state_bytes: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "in.jsonl"
        source.write_bytes(b"".join(lines))
        for repeat in range(args.repeats):  # interleaved: every system once per round
            kept_path, dups_path = folder / "kept.jsonl", folder / "dups.jsonl"
            start = time.perf_counter()
            with (
                source.open("rb") as read,
                kept_path.open("wb") as kept,
                dups_path.open("wb") as out,
            ):
                theirs = plain_datasketch(read, kept, out)
            walls["plain datasketch loop (in-process)"].append(time.perf_counter() - start)
            dropped["plain datasketch loop (in-process)"] = count - theirs.count(None)
            for label, extra in runs.items():
                out, dups = folder / "out.jsonl", folder / "dups.jsonl"
                state = folder / f"state-{repeat}-{len(extra)}"
                extra = [*extra[:-1], "--state", str(state)] if extra[-1:] == ["--state"] else extra
                command = [
                    str(NEWSCORPUS),
                    "dedup",
                    str(source),
                    "-o",
                    str(out),
                    "--dups",
                    str(dups),
                ]
                start = time.perf_counter()
                subprocess.run([*command, *extra], check=True, capture_output=True)
                walls[label].append(time.perf_counter() - start)
                dropped[label] = len(dups.read_bytes().splitlines())
                if state.exists():
                    size = (state / "state.sqlite3").stat().st_size
                    state_bytes[label] = size / (count - dropped[label])
    baseline = statistics.median(walls["plain datasketch loop (in-process)"])
    rows = []
    for label, times in walls.items():
        wall = statistics.median(times)
        size = f"{state_bytes[label]:.0f}" if label in state_bytes else ""
        rows.append(
            [
                label,
                f"{wall:.1f}",
                f"{count / wall:.0f}",
                f"{baseline / wall:.1f}",
                dropped[label],
                size,
            ]
        )
    table(
        [
            "system",
            "wall s",
            "docs/s",
            "speed x",
            "duplicates dropped",
            "state bytes per kept document",
        ],
        rows,
    )
    theirs_ram, ours_ram = memory_per_doc(docs)
    table(
        ["index", "RAM bytes per indexed document"],
        [
            ["datasketch MinHashLSH (threshold 0.8, 128 perm)", f"{theirs_ram:.0f}"],
            ["newscorpus MemoryIndex", f"{ours_ram:.0f}"],
        ],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--aeb", type=Path, default=sources.DEFAULT_AEB)
    parser.add_argument("--seeds", type=Path, default=sources.DEFAULT_SEEDS)
    parser.add_argument("--seed", type=int, default=1, help="the set thresholds were chosen on")
    parser.add_argument("--check-seed", type=int, default=2, help="a second set, only reported")
    parser.add_argument("--orders", type=int, default=5, help="arrival orders per set")
    parser.add_argument("--speed-docs", type=int, default=10000)
    parser.add_argument("--repeats", type=int, default=2, help="interleaved speed rounds")
    parser.add_argument("--skip-sweep", action="store_true")
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
    quality(sets, config, args.orders)
    if not args.skip_sweep:
        sweep(sets, config, args.orders)
    if not args.skip_speed:
        speed(next(iter(sets.values())), args)


if __name__ == "__main__":
    main()
