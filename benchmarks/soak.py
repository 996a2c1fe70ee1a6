"""Soak: ``kill -9`` a crawl at random moments, restart it each time, and compare the corpus
with an uninterrupted crawl of the same site.

    .venv/bin/python benchmarks/soak.py [--articles 2000] [--kills 40] [--modes plain,jobdir]

A generated site of ``--articles`` distinct articles (``tests.fixture_site.large``) is served
on 127.0.0.1. One crawl runs uninterrupted (the baseline). Then, for each mode (``plain``: the
same state and ``-o`` corpus each run; ``jobdir``: also Scrapy's ``JOBDIR``), the crawl is
started ``--kills`` times and killed with SIGKILL at a random moment (a quarter during start-up
and recovery, the rest a random moment after the run first adds to the corpus), then run to
its end.
Printed per mode: records, lost (baseline ids missing), doubled (extra copies of an id), torn
(lines that are no JSON), extra (ids the baseline lacks), the final run's exit code, and
how many of the killed runs had written records. Run it under ``nice``; it takes a while.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.conftest import crawl_command  # noqa: E402
from tests.fixture_site import FixtureServer  # noqa: E402
from tests.fixture_site.large import large_site  # noqa: E402

#: A loopback site needs no politeness: fetch as fast as the crawl can extract.
FAST = ("AUTOTHROTTLE_ENABLED=False", "DOWNLOAD_DELAY=0", "CONCURRENT_REQUESTS_PER_DOMAIN=8")
#: Share of kills at a random moment from the start (start-up, recovery of the last kill);
#: the others come a random moment after the run first adds to the corpus.
EARLY_SHARE = 0.25
#: How long a run may take to write its first record before it is killed anyway.
WRITE_TIMEOUT_S = 120


@dataclass
class Outcome:
    mode: str
    kills: int
    killed_with_output: int
    records: int
    lost: int
    doubled: int
    torn: int
    extra: int
    exit_code: int
    seconds: float


def read_corpus(path: Path) -> tuple[Counter[str], int]:
    """Ids in the corpus (with their counts) and the number of lines that are no JSON."""
    ids: Counter[str] = Counter()
    torn = 0
    if not path.exists():
        return ids, torn
    for line in path.read_text("utf-8", errors="replace").splitlines():
        try:
            ids[json.loads(line)["id"]] += 1
        except (json.JSONDecodeError, KeyError, TypeError):
            torn += 1
    return ids, torn


def size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


def run(
    command: list[str], log: Path, kill_after: float | None = None, watch: Path | None = None
) -> int | None:
    """Run a crawl and kill it with SIGKILL ``kill_after`` seconds after it starts or, with
    ``watch``, after that corpus file first grows; its exit code, or None when killed."""
    with log.open("ab") as err:
        crawl = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=err)
        if watch is not None:
            before, deadline = size(watch), time.monotonic() + WRITE_TIMEOUT_S
            while crawl.poll() is None and size(watch) <= before and time.monotonic() < deadline:
                time.sleep(0.05)
        try:
            return crawl.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            crawl.kill()
            crawl.wait()
            return None


def soak(
    urls: list[str], work: Path, mode: str, kills: int, delays: tuple[float, float], seed: int
) -> tuple[Counter[str], int, int, int, float]:
    """Kill and restart one crawl; the final corpus's ids, torn lines, final exit code, the
    number of killed runs that had written records, and the wall time."""
    rng = random.Random(seed)
    state, out, log = work / f"{mode}-state", work / f"{mode}.jsonl", work / f"{mode}.log"
    settings = [*FAST]
    if mode == "jobdir":
        settings.append(f"JOBDIR={work / 'jobdir'}")
    command = crawl_command(urls, state, out, *settings, output="-o")
    started, productive = time.monotonic(), 0
    for kill in range(kills):
        before = size(out)
        # A quarter of the kills hit start-up and recovery, the rest a crawl writing records.
        early = rng.random() < EARLY_SHARE
        delay = rng.uniform(*delays) if early else rng.uniform(0, delays[1] / 2)
        code = run(command, log, delay, watch=None if early else out)
        productive += size(out) > before
        print(f"  {mode}: kill {kill + 1}/{kills} ({'early' if early else 'writing'}, "
              f"{delay:.1f} s): {'killed' if code is None else code}, corpus {size(out)} bytes",
              file=sys.stderr, flush=True)  # fmt: skip
    code = run(command, log)
    ids, torn = read_corpus(out)
    return ids, torn, code if code is not None else -9, productive, time.monotonic() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--kills", type=int, default=40)
    parser.add_argument("--modes", default="plain,jobdir")
    parser.add_argument("--min-delay", type=float, default=0.5, help="earliest early kill (s)")
    parser.add_argument("--max-delay", type=float, default=12.0, help="latest early kill (s)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", help="folder for states, corpora and logs (default: temp)")
    args = parser.parse_args(argv)
    work = Path(args.keep or tempfile.mkdtemp(prefix="soak-"))
    work.mkdir(parents=True, exist_ok=True)
    outcomes = []
    with FixtureServer(large_site(args.articles)) as server:
        urls = [server.base_url + "/"]
        started = time.monotonic()
        base_out = work / "baseline.jsonl"
        command = crawl_command(urls, work / "baseline-state", base_out, *FAST)
        base_code = run(command, work / "baseline.log")
        baseline, base_torn = read_corpus(base_out)
        print(f"baseline: {len(baseline)} records of {len(server.site.articles)} articles, "
              f"exit {base_code}, {time.monotonic() - started:.0f} s", flush=True)  # fmt: skip
        for index, mode in enumerate(args.modes.split(",")):
            delays = (args.min_delay, args.max_delay)
            ids, torn, code, productive, seconds = soak(
                urls, work, mode, args.kills, delays, args.seed + index
            )
            outcomes.append(
                Outcome(
                    mode,
                    args.kills,
                    productive,
                    sum(ids.values()),
                    len(set(baseline) - set(ids)),
                    sum(n - 1 for n in ids.values() if n > 1),
                    torn,
                    len(set(ids) - set(baseline)),
                    code,
                    seconds,
                )
            )
    print(f"\n{args.articles} articles, baseline {len(baseline)} records ({base_torn} torn); "
          f"kill delays {args.min_delay}-{args.max_delay} s; work folder {work}\n")  # fmt: skip
    print("| mode | kills | killed runs that wrote records | records | lost | doubled | torn "
          "| extra | final exit | wall s |")  # fmt: skip
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for o in outcomes:
        cells = (o.mode, o.kills, o.killed_with_output, o.records, o.lost, o.doubled, o.torn,
                 o.extra, o.exit_code, f"{o.seconds:.0f}")  # fmt: skip
        print("| " + " | ".join(map(str, cells)) + " |")
    clean = all(o.lost == o.doubled == o.torn == o.extra == 0 for o in outcomes)
    return 0 if clean and base_code == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
