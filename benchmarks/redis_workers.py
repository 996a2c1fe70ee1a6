#!/usr/bin/env python3
"""Many workers on one Redis crawl: pages/s with 1, 2 and 3 workers, Redis memory per
thousand articles, round trips per article.

    .venv/bin/python benchmarks/redis_workers.py [--articles 600] [--rounds 3]
        [--workers 1,2,3] [--aeb ../shared/benchmarks/aeb]

A loopback site of ``--articles`` article pages (unique news-length texts,
:mod:`benchmarks.dedup_data.filler`, in the fixture site's ``taipei`` template, each linking
8 others), a front page and a sitemap listing all of them, is crawled by ``scrapy crawl news``
unthrottled: once by the embedded (SQLite) crawl, the baseline, and by 1, 2 and 3 workers
sharing a fresh ``redis-server`` (``NEWSCORPUS_REDIS_URL``), in rounds that interleave the
setups. Pages/s: responses over the crawl phase (first worker's start_time to last worker's
finish_time, from the crawl reports; process start-up is left out), median over rounds, as a
ratio to the baseline of the same run.

Memory: ``used_memory`` of the server after a 1-worker crawl, minus an empty server's, split
by deleting the request queue and dupefilter, then the seen URLs: what is left is the dedup
index. Round trips: a 1-worker crawl under ``MONITOR``, counting commands the client sent
(a MULTI ... EXEC block as one, commands run inside Lua scripts not at all), per article kept.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

import redis

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.dedup_data import filler
from tests.fixture_site import FixtureServer
from tests.fixture_site.layouts import LAYOUTS, ArticleView
from tests.fixture_site.model import ExpectedArticle, Page, Site
from tests.fixture_site.shell import shell
from tests.fixture_site.text import esc
from tests.redis_server import RedisServer

REPO = Path(__file__).resolve().parent.parent
HTML = "text/html; charset=utf-8"
LINKS_PER_ARTICLE = 8
UNTHROTTLED = (
    "AUTOTHROTTLE_ENABLED=False",
    "CONCURRENT_REQUESTS=16",
    "CONCURRENT_REQUESTS_PER_DOMAIN=16",
    "LOG_LEVEL=INFO",
)


def build_site(texts: list[str]):
    """A site builder: one article page per text, a front page, a sitemap, robots.txt."""

    def build(base_url: str) -> Site:
        layout = LAYOUTS["taipei"]
        rng = random.Random(3)
        paths = [f"/news/2026/03/{1 + i % 28:02d}/story-{i}" for i in range(len(texts))]
        pages, articles = {}, {}
        for i, (path, text) in enumerate(zip(paths, texts, strict=True)):
            lines = text.split("\n")
            others = rng.sample(range(len(paths)), LINKS_PER_ARTICLE)
            related = "".join(
                f'<li><a href="{paths[j]}">{esc(texts[j].split(chr(10))[0][:80])}</a></li>'
                for j in others
                if j != i
            )
            title = lines[0][:90].rsplit(" ", 1)[0]
            view = ArticleView(
                title=title,
                byline="By Staff",
                authors=("Staff",),
                published=f"2026-03-{1 + i % 28:02d}T08:00:00+00:00",
                section="news",
                language="en",
                description=lines[0][:200],
                canonical_url=base_url + path,
                image="",
                tags=(),
                body_html="\n".join(layout.paragraph(esc(line), None) for line in lines),
                after_html=f'<div class="related"><h2>More news</h2><ul>{related}</ul></div>',
            )
            pages[path] = Page(200, HTML, layout.page(view).encode("utf-8"))
            articles[path] = ExpectedArticle(
                path, title, text, view.published, ("Staff",), "en", (), path, None, "article"
            )
        items = "".join(f'<li><a href="{p}">story {i}</a></li>' for i, p in enumerate(paths[:50]))
        pages["/"] = Page(200, HTML, shell("Latest", f"<ul>{items}</ul>").encode("utf-8"))
        urls = "".join(f"<url><loc>{base_url}{p}</loc></url>" for p in paths)
        sitemap = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
        pages["/sitemap.xml"] = Page(200, "application/xml", sitemap.encode("utf-8"))
        robots = f"User-agent: *\nDisallow:\n\nSitemap: {base_url}/sitemap.xml\n"
        pages["/robots.txt"] = Page(200, "text/plain", robots.encode("utf-8"))
        return Site(base_url, pages, articles, frozenset({"/"}), frozenset())

    return build


def crawl_commands(base: str, work: Path, workers: int, redis_url: str | None) -> list[list]:
    """One ``scrapy crawl news`` command per worker (its own corpus file and report)."""
    commands = []
    for n in range(workers):
        command = [
            sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"urls={base}/",
            "-o", str(work / f"out-{n}.jsonl"),
            "-s", f"NEWSCORPUS_STATE_DIR={work / f'state-{n}'}",
            "-s", f"NEWSCORPUS_REPORT_FILE={work / f'report-{n}.json'}",
        ]  # fmt: skip
        if redis_url:
            command += ["-s", f"NEWSCORPUS_REDIS_URL={redis_url}"]
        for setting in UNTHROTTLED:
            command += ["-s", setting]
        commands.append(command)
    return commands


def run(base: str, workers: int, redis_url: str | None) -> dict:
    """Crawl the site with ``workers`` processes; pages, records and crawl-phase seconds."""
    with tempfile.TemporaryDirectory(prefix="nc-bench-") as tmp:
        work = Path(tmp)
        procs = [
            subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for cmd in crawl_commands(base, work, workers, redis_url)
        ]
        codes = [proc.wait() for proc in procs]
        if any(codes):
            raise SystemExit(f"a crawl failed: exit codes {codes}")
        reports = [json.loads((work / f"report-{n}.json").read_text()) for n in range(workers)]
        stats = [r["stats"] for r in reports]
        starts = [datetime.fromisoformat(str(s["start_time"])) for s in stats]
        ends = [datetime.fromisoformat(str(s["finish_time"])) for s in stats]
        records = [
            json.loads(line)["id"]
            for n in range(workers)
            for line in (work / f"out-{n}.jsonl").read_text().splitlines()
        ]
    seconds = (max(ends) - min(starts)).total_seconds()
    pages = sum(int(s.get("downloader/response_count", 0)) for s in stats)
    doubled = sum(n - 1 for n in Counter(records).values() if n > 1)
    return {"pages": pages, "records": len(records), "doubled": doubled, "seconds": seconds}


def measure_memory(server: RedisServer, base: str) -> dict:
    """Server memory after a 1-worker crawl, by part."""
    client = server.client
    client.flushall()
    empty = int(client.info("memory")["used_memory"])
    result = run(base, 1, server.url)
    total = int(client.info("memory")["used_memory"])
    docs = int(client.hlen("newscorpus:idx:ids"))
    urls = int(client.hlen("newscorpus:seen"))
    fingerprints = int(client.scard("newscorpus:news:dupefilter"))
    client.delete("newscorpus:news:dupefilter", "newscorpus:news:requests")
    frontier = total - int(client.info("memory")["used_memory"])
    before_seen = int(client.info("memory")["used_memory"])
    client.delete("newscorpus:seen")
    seen = before_seen - int(client.info("memory")["used_memory"])
    index = int(client.info("memory")["used_memory"]) - empty
    return {
        "docs": docs,
        "urls": urls,
        "fingerprints": fingerprints,
        "index_per_1000": index / docs * 1000,
        "seen_per_1000": seen / urls * 1000,
        "frontier_per_1000": frontier / fingerprints * 1000,
        "records": result["records"],
    }


class Monitor(threading.Thread):
    """Counts the commands clients send, as MONITOR shows them."""

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.client = redis.Redis.from_url(url)
        self.round_trips: Counter[str] = Counter()
        self.in_multi: set[str] = set()
        self.stop = False

    def run(self) -> None:
        with self.client.monitor() as monitor:
            for command in monitor.listen():
                if self.stop:
                    return
                source = str(command.get("client_address", "")) + str(command.get("client_port"))
                if command.get("client_type") == "lua" or "lua" in source:
                    continue
                name = command["command"].split(" ")[0].strip('"').upper()
                if name == "MULTI":
                    self.in_multi.add(source)
                    continue
                if name == "EXEC":
                    self.in_multi.discard(source)
                    self.round_trips["MULTI/EXEC"] += 1
                    continue
                if source in self.in_multi:
                    continue
                self.round_trips[name] += 1


def measure_round_trips(server: RedisServer, base: str) -> tuple[dict, Counter[str]]:
    server.client.flushall()
    monitor = Monitor(server.url)
    monitor.start()
    time.sleep(0.5)
    result = run(base, 1, server.url)
    time.sleep(0.5)
    monitor.stop = True
    server.client.ping()  # wakes the monitor up to see its stop flag
    return result, monitor.round_trips


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", default="1,2,3")
    parser.add_argument("--aeb", type=Path, default=REPO.parent / "shared/benchmarks/aeb")
    args = parser.parse_args()
    if not args.aeb.is_dir():
        args.aeb = Path("/work/shared/benchmarks/aeb")
    counts = [int(n) for n in args.workers.split(",")]
    texts = filler.filler_texts(args.aeb, args.articles)
    print(f"# {platform.node()}: {os.cpu_count()} cores, {args.articles} articles")
    with tempfile.TemporaryDirectory() as redis_dir, FixtureServer(build_site(texts)) as site:
        server = RedisServer(Path(redis_dir))
        try:
            setups = [("embedded (SQLite), 1 process", 1, False)]
            setups += [(f"Redis, {n} worker{'s' * (n > 1)}", n, True) for n in counts]
            results: dict[str, list[dict]] = {name: [] for name, _, _ in setups}
            for round_no in range(args.rounds):
                for name, workers, shared in setups if round_no % 2 == 0 else setups[::-1]:
                    server.client.flushall()
                    result = run(site.base_url, workers, server.url if shared else None)
                    results[name].append(result)
                    print(f"  round {round_no + 1} {name}: {result}", file=sys.stderr)
            base_rate = statistics.median(r["pages"] / r["seconds"] for r in results[setups[0][0]])
            print("| setup | pages/s (median) | ratio to embedded | records | doubled |")
            print("|---|---|---|---|---|")
            for name, _, _ in setups:
                rates = [r["pages"] / r["seconds"] for r in results[name]]
                rate = statistics.median(rates)
                print(
                    f"| {name} | {rate:.1f} ({min(rates):.1f}-{max(rates):.1f}) | "
                    f"{rate / base_rate:.2f}x | {results[name][0]['records']} | "
                    f"{max(r['doubled'] for r in results[name])} |"
                )
            m = measure_memory(server, site.base_url)
            print()
            print("| Redis memory | per 1,000 | of |")
            print("|---|---|---|")
            print(f"| dedup index | {m['index_per_1000'] / 1e6:.2f} MB | articles |")
            print(f"| seen URLs | {m['seen_per_1000'] / 1e3:.1f} KB | URLs |")
            print(f"| frontier (dupefilter) | {m['frontier_per_1000'] / 1e3:.1f} KB | requests |")
            print(f"({m['docs']} articles, {m['urls']} URLs, {m['fingerprints']} requests)")
            result, trips = measure_round_trips(server, site.base_url)
            total, records, pages = sum(trips.values()), result["records"], result["pages"]
            print()
            print(f"Round trips: {total} for {records} articles, {pages} pages:")
            print(f"{total / records:.1f} per article, {total / pages:.1f} per page")
            print("| command | per article |")
            print("|---|---|")
            for name, count in trips.most_common(12):
                print(f"| {name} | {count / records:.2f} |")
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
