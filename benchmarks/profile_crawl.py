#!/usr/bin/env python3
"""Where the crawl process's time goes: the throughput benchmark's newscorpus crawl sampled
with py-spy (``pip install -e '.[profile]'``), the reactor's share of each function printed.

    .venv/bin/python benchmarks/profile_crawl.py [--articles 2000] [--raw OUT.txt]
        [--top 60] [-s NAME=VALUE ...]

The site and the command are :mod:`benchmarks.throughput`'s. py-spy samples the crawl process
only (not its page workers) 200 times a second, threads that wait left out; a sample counts
for the reactor when its stack runs an event-loop callback (``Handle._run``). Printed: the
reactor's share of all samples, then for each newscorpus, SQLite, lxml/parsel, multiprocessing
and Scrapy component function the share of the reactor's samples whose stack holds it
(inclusive; nested functions count in each). ``--raw`` keeps py-spy's collapsed stacks.
"""

from __future__ import annotations

import argparse
import collections
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import throughput, throughput_site  # noqa: E402
from tests.fixture_site import FixtureServer  # noqa: E402

PY_SPY = Path(sys.executable).parent / "py-spy"
REACTOR = "Handle._run"
SHOWN = re.compile(
    r"newscorpus/|sqlite|json|pickle|parsel|w3lib|courlan|multiprocessing|tld/|logging|"
    r"feedexport|exporters|statscollectors|spidermw|spidermiddlewares|downloadermiddlewares|"
    r"dupefilters|scheduler|http11|twisted/internet/tcp"
)


def reactor_shares(raw: Path) -> tuple[int, int, collections.Counter[str]]:
    """(all samples, the reactor's, the reactor's samples per function, inclusive)."""
    total = reactor = 0
    inclusive: collections.Counter[str] = collections.Counter()
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        n = int(count)
        total += n
        frames = {re.sub(r":\d+\)", ")", frame) for frame in stack.split(";")}
        if not any(REACTOR in frame for frame in frames):
            continue
        reactor += n
        for frame in frames:
            inclusive[frame] += n
    return total, reactor, inclusive


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--aeb", type=Path, default=throughput.DEFAULT_AEB)
    parser.add_argument("--raw", type=Path, help="keep py-spy's collapsed stacks here")
    parser.add_argument("--top", type=int, default=60)
    parser.add_argument("-s", dest="settings", action="append", default=[], metavar="NAME=VALUE")
    args = parser.parse_args()
    extra = [arg for setting in args.settings for arg in ("-s", setting)]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        raw = args.raw or work / "raw.txt"
        with FixtureServer(throughput_site.builder(args.aeb, args.articles)) as server:
            command, cwd = throughput.commands(server.base_url, work, extra)["newscorpus"]
            spy = [str(PY_SPY), "record", "--rate", "200", "--format", "raw", "-o", str(raw)]
            log = work / "crawl.log"
            with log.open("w") as err:
                subprocess.run(
                    [*spy, "--", *command],
                    cwd=cwd,
                    stdout=subprocess.DEVNULL,  # py-spy's progress lines
                    stderr=err,
                    check=True,
                )
        text = log.read_text(errors="replace")
        pages = throughput.stat_value(text, "response_received_count")
        total, reactor, inclusive = reactor_shares(raw)
    print(
        f"{pages} pages; {total} samples, the reactor's {reactor} ({100 * reactor / total:.0f} %)"
    )
    print("\n| reactor's samples | function |\n| --- | --- |")
    shown = [(f, n) for f, n in inclusive.most_common() if SHOWN.search(f)]
    for function, n in shown[: args.top]:
        print(f"| {100 * n / reactor:.1f} % | `{function}` |")


if __name__ == "__main__":
    main()
