#!/usr/bin/env python3
"""Does ``newscorpus dedup`` keep its speed as the corpus grows?

    .venv/bin/python benchmarks/dedup_scaling.py [--sizes 20000,100000] [--corpus FILE]
        [--aeb ../shared/benchmarks/aeb]

The corpus is the dedup benchmark's speed corpus: its labelled "tune" set (stories with their
copies, follow-ups, updates, template stories) plus unique filler stories
(:mod:`benchmarks.dedup_data.filler`: AEB bodies with every word replaced), shuffled; the
filler is written once to ``--corpus`` (reused when it exists and is long enough; ``--filler-
only`` leaves the labelled set out). For each size, the first N documents go through
``newscorpus dedup`` as a whole process (docs/s over its wall time), and, in this process,
the last 500 documents of the N are looked up in a :class:`MemoryIndex` of the N before them
to count the LSH candidates per lookup. docs/s should stay within 20 % across sizes.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.dedup_data import filler, labelled  # noqa: E402
from newscorpus.dedup import Deduplicator, MemoryIndex  # noqa: E402

NEWSCORPUS = Path(sys.executable).parent / "newscorpus"
DEFAULT_AEB = REPO.parent / "shared" / "benchmarks" / "aeb"
DEFAULT_SEEDS = REPO.parent / "shared" / "seeds"
PROBES = 500


def filler_lines(path: Path, size: int, aeb: Path) -> list[bytes]:
    if path.exists():
        lines = path.read_bytes().splitlines(keepends=True)
        if len(lines) >= size:
            return lines[:size]
    texts = filler.filler_texts(aeb, size)
    lines = [
        json.dumps({"id": f"f{n:015x}", "url": None, "text": t}).encode() + b"\n"
        for n, t in enumerate(texts)
    ]
    path.write_bytes(b"".join(lines))
    return lines


def corpus(path: Path, size: int, aeb: Path, filler_only: bool) -> list[bytes]:
    """``size`` documents: the labelled set and filler, shuffled (prefixes keep the mix)."""
    docs = [] if filler_only else labelled.build(aeb, DEFAULT_SEEDS, 1)
    lines = [
        json.dumps({"id": d.id, "url": d.url, "text": d.text}, ensure_ascii=False).encode() + b"\n"
        for d in docs
    ]
    lines += filler_lines(path, max(0, size - len(lines)), aeb)
    np.random.default_rng(3).shuffle(lines)  # type: ignore[arg-type]
    return lines[:size]


def candidates_per_lookup(lines: list[bytes]) -> float:
    texts = [json.loads(line)["text"] for line in lines]
    dedup = Deduplicator(MemoryIndex())
    indexed = texts[:-PROBES]
    for start in range(0, len(indexed), 256):
        prepared = dedup.prepare(indexed[start : start + 256])
        for i in range(len(prepared)):
            dedup.index.add(f"d{start + i}", prepared.entry(i))
    prepared = dedup.prepare(texts[-PROBES:])
    counts = [len(dedup.index.candidates(prepared.entry(i).band_keys).ids) for i in range(PROBES)]
    return float(np.mean(counts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="20000,100000")
    parser.add_argument("--corpus", type=Path, default=Path(tempfile.gettempdir()) / "filler.jsonl")
    parser.add_argument("--aeb", type=Path, default=DEFAULT_AEB)
    parser.add_argument("--skip-candidates", action="store_true")
    parser.add_argument("--filler-only", action="store_true")
    parser.add_argument(
        "--newscorpus", default=str(NEWSCORPUS), help="the command to run (another checkout's)"
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    lines = corpus(args.corpus, max(sizes), args.aeb, args.filler_only)
    print("| documents | wall s | docs/s | duplicates dropped | candidates per lookup |")
    print("| --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            source, out, dups = (Path(tmp) / name for name in ("in.jsonl", "out.jsonl", "d.jsonl"))
            source.write_bytes(b"".join(lines[:size]))
            start = time.perf_counter()
            command = [*shlex.split(args.newscorpus), "dedup", str(source), "-o", str(out)]
            command += ["--dups", str(dups)]
            subprocess.run(command, check=True, capture_output=True)
            wall = time.perf_counter() - start
            dropped = len(dups.read_bytes().splitlines())
            found = "" if args.skip_candidates else f"{candidates_per_lookup(lines[:size]):.1f}"
            print(f"| {size} | {wall:.1f} | {size / wall:.0f} | {dropped} | {found} |", flush=True)


if __name__ == "__main__":
    main()
