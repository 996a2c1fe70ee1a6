#!/usr/bin/env python3
"""Crawl throughput: newscorpus against a plain Scrapy spider on the same loopback site.

    .venv/bin/python benchmarks/throughput.py [--articles 2000] [--rounds 3]
        [--aeb ../shared/benchmarks/aeb] [--only newscorpus,plain] [-s NAME=VALUE ...]
        [--before CHECKOUT]

The site (:mod:`benchmarks.throughput_site`: ``--articles`` pages of 57 KB with about 61
same-site links each, a sitemap listing every article) is built once and served by the
fixture server on 127.0.0.1 from this process. Each round crawls it with ``scrapy crawl
news`` (newscorpus, fresh state) and with ``scrapy runspider benchmarks/plain_spider.py``
(which follows the sitemap and runs ``trafilatura.extract`` per page), each as its own
process with the same settings (:data:`COMMON`, unthrottled), in alternating order. ``-s``
settings go to the newscorpus crawl only. ``--before CHECKOUT`` adds a third system,
``before``: the same crawl run from another checkout of newscorpus (``git worktree add
--detach DIR COMMIT``; its package first on ``PYTHONPATH``), interleaved with the others, for
before/after figures from the same run.

Per run: wall time from process start to exit, pages fetched (``response_received_count``),
records written, CPU seconds per page (user + system of the crawl process, as ``wait4``
reports it, plus that of its descendants, as last sampled: worker processes started by a
fork server are not waited for by the crawl process), peak memory (the sum of the PSS of
the crawl's process tree, sampled every 0.1 s; for one process, its RSS). The
ratio is newscorpus's pages/s over the plain spider's in the same round; the summary gives the
median over rounds. The machine is shared: compare ratios, not absolute speeds.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import throughput_site  # noqa: E402
from tests.fixture_site import FixtureServer  # noqa: E402

SCRAPY = Path(sys.executable).parent / "scrapy"
DEFAULT_AEB = REPO.parent / "shared" / "benchmarks" / "aeb"
#: The settings both crawls run with: unthrottled, the same concurrency.
COMMON = {
    "AUTOTHROTTLE_ENABLED": "False",
    "DOWNLOAD_DELAY": "0",
    "CONCURRENT_REQUESTS": "16",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "ROBOTSTXT_OBEY": "True",
    "LOG_LEVEL": "INFO",
    "TELNETCONSOLE_ENABLED": "False",
}
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


@dataclass
class Run:
    system: str
    round: int
    wall: float
    cpu: float
    pages: int
    records: int
    peak_pss: int  # bytes, summed over the process tree
    returncode: int
    own_cpu: float = 0.0  # the crawl process's own (as last sampled): not the workers'

    @property
    def own_cpu_per_page(self) -> float:
        return self.own_cpu / max(1, self.pages)

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.wall

    @property
    def cpu_per_page(self) -> float:
        return self.cpu / max(1, self.pages)


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def tree_usage(root: int, cpu: dict[int, float]) -> int:
    """Memory of ``root`` and all its descendants (the sum of their proportional set sizes:
    pages shared between processes, as forked workers share, are counted once); the CPU
    seconds each of them has used so far (its own, not its children's) go into ``cpu`` (by
    pid)."""
    parents: dict[int, int] = {}
    usage: dict[int, tuple[int, float]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        pid = int(entry.name)
        parents[pid] = int(fields[1])
        seconds = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
        usage[pid] = (int(fields[21]) * PAGE_SIZE, seconds)
    total = 0
    for pid, (rss, seconds) in usage.items():
        walk = pid
        while walk not in (root, 0, 1) and walk in parents:
            walk = parents[walk]
        if walk == root:
            total += proportional_size(pid) or rss
            cpu[pid] = seconds
    return total


def proportional_size(pid: int) -> int | None:
    """The PSS of a process in bytes (None if the kernel does not tell)."""
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return None
    match = re.search(r"^Pss:\s+(\d+) kB", rollup, re.MULTILINE)
    return int(match.group(1)) * 1024 if match else None


def stat_value(log: str, name: str) -> int:
    match = re.search(rf"'{re.escape(name)}': (\d+)", log)
    return int(match.group(1)) if match else 0


def run(
    system: str,
    command: list[str],
    cwd: Path,
    round_no: int,
    log: Path,
    env: dict[str, str] | None = None,
) -> Run:
    """Run one crawl process; sample its tree's memory while it runs."""
    peak = 0
    descendants: dict[int, float] = {}
    start = time.perf_counter()
    with log.open("w") as err:
        process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err, env=env)
        done = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not done.wait(0.1):
                peak = max(peak, tree_usage(process.pid, descendants))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        done.set()
        sampler.join()
        process.returncode = os.waitstatus_to_exitcode(status)
    text = log.read_text(errors="replace")
    own = descendants.pop(process.pid, 0.0)  # as last sampled
    return Run(
        system,
        round_no,
        wall,
        usage.ru_utime + usage.ru_stime + sum(descendants.values()),
        stat_value(text, "response_received_count"),
        stat_value(text, "item_scraped_count"),
        peak,
        process.returncode,
        own,
    )


def settings_args(settings: dict[str, str]) -> list[str]:
    return [arg for name, value in settings.items() for arg in ("-s", f"{name}={value}")]


def commands(
    base: str, work: Path, extra: list[str], before: Path | None = None
) -> dict[str, tuple[list[str], Path]]:
    """The command line of each system and the directory it runs in. The plain spider runs
    outside the checkout, so no project settings (newscorpus's add-on) apply to it; the
    ``before`` crawl in the other checkout."""
    common = settings_args(COMMON)
    newscorpus = [
        str(SCRAPY), "crawl", "news", "-a", f"urls={base}/sitemap.xml",
        "-s", f"NEWSCORPUS_STATE_DIR={work}/state", "-O", f"{work}/newscorpus.jsonl",
        *common, *extra,
    ]  # fmt: skip
    plain = [
        str(SCRAPY), "runspider", str(REPO / "benchmarks" / "plain_spider.py"),
        "-a", f"sitemap={base}/sitemap.xml", "-O", f"{work}/plain.jsonl", *common,
    ]  # fmt: skip
    systems = {"newscorpus": (newscorpus, REPO), "plain": (plain, work)}
    if before is not None:
        systems["before"] = (newscorpus, before)
    return systems


def environment(system: str, before: Path | None) -> dict[str, str] | None:
    """The environment of a system's process: the other checkout's package first for
    ``before``."""
    if system != "before" or before is None:
        return None
    return {**os.environ, "PYTHONPATH": str(before)}


def table(runs: list[Run], plain: dict[int, Run]) -> None:
    header = ["system", "round", "wall s", "pages", "pages/s", "records", "CPU ms/page"]
    print("| " + " | ".join([*header, "crawl process CPU ms/page", "peak PSS MB", "ratio"]) + " |")
    print("|" + " --- |" * 10)
    for r in runs:
        base = plain.get(r.round)
        ratio = f"{r.pages_per_s / base.pages_per_s:.2f}x" if base and r.system != "plain" else ""
        flag = "" if r.returncode == 0 else f" (exit {r.returncode})"
        print(
            f"| {r.system}{flag} | {r.round} | {r.wall:.1f} | {r.pages} | {r.pages_per_s:.1f} | "
            f"{r.records} | {1000 * r.cpu_per_page:.1f} | {1000 * r.own_cpu_per_page:.1f} | "
            f"{r.peak_pss / 2**20:.0f} | {ratio} |"
        )
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--aeb", type=Path, default=DEFAULT_AEB)
    parser.add_argument("--only", default="newscorpus,plain", help="systems to run")
    parser.add_argument("-s", dest="settings", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--keep", type=Path, help="keep outputs and logs in this directory")
    parser.add_argument("--before", type=Path, help="also crawl with this checkout's newscorpus")
    args = parser.parse_args()
    systems = [s for s in args.only.split(",") if s]
    before = args.before.resolve() if args.before else None
    if before is not None and "before" not in systems:
        systems.insert(1, "before")
    extra = [arg for setting in args.settings for arg in ("-s", setting)]
    print(
        f"# Throughput, {args.articles} articles, {args.rounds} rounds: Python "
        f"{platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores; "
        f"newscorpus settings {args.settings or 'default'}, common {COMMON}\n"
    )
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        built = time.perf_counter()
        with FixtureServer(throughput_site.builder(args.aeb, args.articles)) as server:
            print(f"site built in {time.perf_counter() - built:.0f} s at {server.base_url}\n")
            runs: list[Run] = []
            for round_no in range(1, args.rounds + 1):
                order = systems if round_no % 2 else systems[::-1]
                for system in order:
                    for leftover in ("state", f"{system}.jsonl"):
                        subprocess.run(["rm", "-rf", str(work / leftover)], check=True)
                    command, cwd = commands(server.base_url, work, extra, before)[system]
                    log = work / f"{system}-{round_no}.log"
                    env = environment(system, before)
                    runs.append(run(system, command, cwd, round_no, log, env))
                    print(f"  {runs[-1]}", file=sys.stderr, flush=True)
    plain = {r.round: r for r in runs if r.system == "plain"}
    table(runs, plain)
    print("| system | median pages/s | median CPU ms/page | max peak PSS MB | median ratio |")
    print("|" + " --- |" * 5)
    for system in systems:
        mine = [r for r in runs if r.system == system]
        ratios = [r.pages_per_s / plain[r.round].pages_per_s for r in mine if r.round in plain]
        ratio = f"{statistics.median(ratios):.2f}x" if ratios and system != "plain" else ""
        print(
            f"| {system} | {statistics.median(r.pages_per_s for r in mine):.1f} | "
            f"{1000 * statistics.median(r.cpu_per_page for r in mine):.1f} | "
            f"{max(r.peak_pss for r in mine) / 2**20:.0f} | {ratio} |"
        )


if __name__ == "__main__":
    main()
