#!/usr/bin/env python3
"""``newscorpus warc`` speed and memory, against plain trafilatura on the same records.

Builds a gzip WARC (once; kept in ``--dir``) of the fixture site's HTML pages, each copied
under 64 host names and many URLs, and padded like real news pages with a 48 KB inline
``<script>`` data blob (random base64, so a record compresses to ~40 KB, as CC-NEWS records
do). Then, on its first ``--sample`` response records:

- **speed**: plain trafilatura in one process (warcio reads the records,
  ``trafilatura.extract(body, include_comments=False)``), and ``newscorpus warc`` with 1 and 2
  workers (reading, decoding, extraction, dedup, writing; the command as a user runs it, its
  CPU time and its workers' sampled from /proc), taking turns, ``--repeat`` rounds; the ratio
  to trafilatura is per round; ``--before CHECKOUT`` adds ``--workers 2`` of another checkout
  of newscorpus (``git worktree add --detach DIR COMMIT``), for before/after in one run;
- **memory**: ``newscorpus warc --workers 2`` over the whole WARC (``--size-mb``, 1 GB by
  default) as a user runs it, the resident memory of it and its workers summed, sampled every
  0.2 s: the peak over the first tenth of the records and over the whole run.

    .venv/bin/python benchmarks/warc.py [--size-mb 1024] [--sample 1500] [--repeat 3]
        [--dir output/bench-warc] [--skip-memory] [--skip-aeb] [--before CHECKOUT]
"""

from __future__ import annotations

import argparse
import base64
import gzip
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import trafilatura
from warcio.archiveiterator import ArchiveIterator

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.throughput import tree_usage  # noqa: E402
from newscorpus.warc.read import gzip_members  # noqa: E402
from tests.fixture_site import build_news_site  # noqa: E402
from tests.fixture_site.model import Page  # noqa: E402
from tests.warc_files import response_member  # noqa: E402

HOSTS = 64
PAD_BYTES = 48 * 1024


def build_warc(path: Path, size_mb: int) -> int:
    """Write the benchmark WARC (``size_mb`` MB compressed); its number of records."""
    base = "http://host.example"
    site = build_news_site(base)
    html = [(p, pg) for p, pg in sorted(site.pages.items()) if "html" in pg.content_type]
    rng = random.Random(13)
    written = count = 0
    part = path.with_suffix(".part")
    with part.open("wb") as out:
        while written < size_mb * 1024 * 1024:
            page_path, page = html[count % len(html)]
            blob = base64.b64encode(rng.randbytes(PAD_BYTES * 3 // 4))
            pad = b'<script type="application/json" id="data">"' + blob + b'"</script></head>'
            body = page.body.replace(b"</head>", pad, 1)
            host = f"http://site{count % HOSTS}.example"
            url = f"{host}{page_path}?copy={count // len(html)}"
            member = response_member(url, Page(200, page.content_type, body))
            out.write(member)
            written += len(member)
            count += 1
    part.replace(path)
    return count


def aeb_warc(aeb_dir: Path, target: Path) -> int:
    """A WARC of the AEB pages (real news pages, their URLs from the ground truth)."""
    truth = json.loads((aeb_dir / "aeb" / "ground-truth.json").read_text("utf-8"))
    count = 0
    with target.open("wb") as out:
        for path in sorted((aeb_dir / "aeb" / "html").glob("*.html.gz")):
            key = path.name.split(".")[0]
            url = (truth.get(key) or {}).get("url") or f"http://aeb.example/{key}"
            body = gzip.decompress(path.read_bytes())
            out.write(response_member(url, Page(200, "text/html; charset=utf-8", body)))
            count += 1
    return count


def sample_warc(source: Path, target: Path, records: int) -> None:
    """The first ``records`` gzip members (response records) of ``source``."""
    with source.open("rb") as src:
        members = gzip_members(src, str(source))
        end = next(offset for n, (offset, _) in enumerate(members) if n == records)
        src.seek(0)
        target.write_bytes(src.read(end))


def plain_trafilatura(path: Path) -> int:
    """Extract every response record of ``path`` with plain trafilatura; records read."""
    count = 0
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type == "response":
                trafilatura.extract(record.content_stream().read(), include_comments=False)
                count += 1
    return count


def newscorpus_warc(path: Path, workers: int, checkout: Path | None = None) -> tuple[int, float]:
    """``newscorpus warc`` on ``path`` as a user runs it (from ``checkout``'s package if
    given): the response records it read and the CPU seconds of it and its workers (started
    by a fork server, so sampled from /proc: it does not wait for them)."""
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.json"
        command = [sys.executable, "-m", "newscorpus.cli", "warc", str(path), "-o",
                   str(Path(scratch) / "out.jsonl"), "--workers", str(workers),
                   "-s", f"NEWSCORPUS_REPORT_FILE={report}"]  # fmt: skip
        env = None if checkout is None else {**os.environ, "PYTHONPATH": str(checkout)}
        cwd = checkout or REPO
        descendants: dict[int, float] = {}
        process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, env=env)
        done = threading.Event()

        def sample() -> None:
            while not done.wait(0.1):
                tree_usage(process.pid, descendants)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        done.set()
        sampler.join()
        if os.waitstatus_to_exitcode(status):
            raise SystemExit(f"newscorpus warc failed ({os.waitstatus_to_exitcode(status)})")
        descendants.pop(process.pid, None)  # in usage already
        stats = json.loads(report.read_text("utf-8"))["stats"]
    cpu = usage.ru_utime + usage.ru_stime + sum(descendants.values())
    return stats["newscorpus/warc/records/response"], cpu


def tree_pss(pid: int) -> int:
    """Proportional set size (resident bytes, pages shared between the forked processes
    counted once in all) of ``pid`` and its descendants."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/smaps_rollup").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("Pss:"):
                total += int(line.split()[1]) * 1024
        todo += [int(c) for c in children]
    return total


def memory_run(path: Path, records: int) -> tuple[float, list[float], float]:
    """(wall s, peak MB in each tenth of the run, records/s)."""
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.json"
        out = Path(scratch) / "out.jsonl"
        command = [sys.executable, "-m", "newscorpus.cli", "warc", str(path), "-o", str(out),
                   "--workers", "2", "-s", f"NEWSCORPUS_REPORT_FILE={report}"]  # fmt: skip
        start = time.monotonic()
        process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL)
        samples: list[tuple[float, int]] = []
        while process.poll() is None:
            samples.append((time.monotonic() - start, tree_pss(process.pid)))
            time.sleep(0.2)
        wall = time.monotonic() - start
        if process.returncode:
            raise SystemExit(f"newscorpus warc failed ({process.returncode})")
    tenths = [0.0] * 10
    for t, pss in samples:
        tenth = min(9, int(10 * t / wall))
        tenths[tenth] = max(tenths[tenth], pss / 2**20)
    return wall, tenths, records / wall


def trafilatura_run(path: Path) -> tuple[int, float]:
    """:func:`plain_trafilatura` in this process: records, CPU seconds."""
    start = time.process_time()
    return plain_trafilatura(path), time.process_time() - start


def speed_table(label: str, path: Path, repeat: int, before: Path | None = None) -> None:
    """Rows of the speed table for the records of ``path``: the systems take turns. Besides
    pages/s, CPU ms a page (all processes) and what two cores to itself would give:
    trafilatura's CPU ms a page over half of the system's (a system of ``n`` processes
    can use at most ``n`` cores). ``before``: also ``--workers 2`` from that checkout."""
    systems = {
        "trafilatura, 1 process": (1, lambda: trafilatura_run(path)),
        "newscorpus warc --workers 1": (1, lambda: newscorpus_warc(path, 1)),
        "newscorpus warc --workers 2": (2, lambda: newscorpus_warc(path, 2)),
    }
    if before is not None:
        systems["before: newscorpus warc --workers 2"] = (
            2,
            lambda: newscorpus_warc(path, 2, before),
        )
    rates: dict[str, list[float]] = {name: [] for name in systems}
    cpu: dict[str, list[float]] = {name: [] for name in systems}
    for _ in range(repeat):
        for name, (_, system) in systems.items():
            start = time.perf_counter()
            done, seconds = system()
            rates[name].append(done / (time.perf_counter() - start))
            cpu[name].append(1000 * seconds / done)
    base, base_cpu = rates["trafilatura, 1 process"], cpu["trafilatura, 1 process"]
    for name, values in rates.items():
        cores = systems[name][0]
        ratios = ", ".join(f"{v / b:.2f}" for v, b in zip(values, base, strict=True))
        ms = cpu[name]
        two = ", ".join(f"{b / (m / cores):.2f}" for m, b in zip(ms, base_cpu, strict=True))
        print(f"| {label} | {name} | {median(values):.1f} | {ratios} | {median(ms):.1f} | {two} |")
        label = ""


def median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--sample", type=int, default=1500)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=REPO / "output" / "bench-warc")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--aeb", type=Path, default=REPO.parent / "shared" / "benchmarks")
    parser.add_argument("--before", type=Path, help="also time this checkout's newscorpus warc")
    parser.add_argument("--skip-aeb", action="store_true")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    big = args.dir / f"fixture-{args.size_mb}mb.warc.gz"
    count_file = big.with_suffix(".count")
    if not big.exists():
        print(f"building {big} ...", file=sys.stderr)
        count_file.write_text(str(build_warc(big, args.size_mb)))
    records = int(count_file.read_text())
    sample = args.dir / f"sample-{args.sample}.warc.gz"
    if not sample.exists():
        sample_warc(big, sample, args.sample)
    print(f"WARC: {big.name}, {big.stat().st_size / 2**20:.0f} MB, {records} response records; "
          f"speed on the first {args.sample}; {os.cpu_count()} cores")  # fmt: skip
    sets = {f"fixture pages ({args.sample})": sample}
    if (args.aeb / "aeb").is_dir() and not args.skip_aeb:
        aeb = args.dir / "aeb.warc.gz"
        sets[f"AEB real pages ({aeb_warc(args.aeb, aeb)})"] = aeb
    print(
        "\n| records | system | pages/s (median) | speed× trafilatura (per round) "
        "| CPU ms a page (median) | speed× on 2 free cores, from CPU time (per round) |"
    )
    print("| --- | --- | --- | --- | --- | --- |")  # fmt: skip
    for label, path in sets.items():
        speed_table(label, path, args.repeat, args.before.resolve() if args.before else None)
    if args.skip_memory:
        return
    wall, tenths, rate = memory_run(big, records)
    print("\n| run | records | wall s | pages/s | peak PSS MB in each tenth of the run | peak |")
    print("| --- | --- | --- | --- | --- | --- |")
    print(f"| newscorpus warc --workers 2, {big.stat().st_size / 2**20:.0f} MB | {records} | "
          f"{wall:.0f} | {rate:.1f} | {' '.join(f'{m:.0f}' for m in tenths)} | "
          f"{max(tenths):.0f} |")  # fmt: skip


if __name__ == "__main__":
    main()
