#!/usr/bin/env python3
"""A digest of every extraction output, to show a performance change leaves outputs unchanged.

Runs :class:`newscorpus.extract.Extractor` over the WCXB dev pages, the AEB pages and the
teaser suite's cases, and writes one line per page: its id and the sha256 of everything the
extraction returned (the article's text, title and other fields, the rejection reason, the
cut counters, the page-type features). ``--compare`` names an earlier digest file and lists
the pages whose output differs. ``--ignore-title`` leaves the record's title (and the
page-type feature counting its words) out, to show a change of titles alone changes nothing
else.

    .venv/bin/python benchmarks/extraction_equivalence.py OUT.tsv [--compare BEFORE.tsv]
        [--sets wcxb,aeb,suite] [--ignore-title]
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wcxb
from extraction import DEFAULT_AEB, load_pages
from teaser_suite import SETS, load_cases

from newscorpus.extract import Extractor
from newscorpus.extract.pagetype import FEATURES

if TYPE_CHECKING:
    from collections.abc import Iterator

    from newscorpus.article import Extraction


def pages(sets: set[str], aeb_dir: Path, wcxb_dir: Path) -> Iterator[tuple[str, str, str | None]]:
    """(id, html, url) of every page of the chosen sets."""
    if "wcxb" in sets:
        for page in wcxb.load_pages(wcxb_dir):
            yield f"wcxb/{page.id}", page.html, page.url or None
    if "aeb" in sets:
        html, _, urls = load_pages(aeb_dir)
        for pid, text in html.items():
            yield f"aeb/{pid}", text, urls.get(pid)
    if "suite" in sets:
        for name in SETS:
            for case in load_cases(name):
                yield f"{name}/{case.id}", case.html, case.url


def digest(extraction: Extraction, *, ignore_title: bool = False) -> str:
    """The sha256 of all an extraction returned (without its title, with ``ignore_title``)."""
    record = dataclasses.asdict(extraction)
    if ignore_title:
        if record["article"] is not None:
            record["article"]["title"] = None
        if record["features"] is not None:
            record["features"][FEATURES.index("title_words")] = None
    blob = json.dumps(record, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="digest file to write (TSV: page, sha256)")
    parser.add_argument("--compare", type=Path, help="an earlier digest file")
    parser.add_argument("--sets", default="wcxb,aeb,suite", help="comma-separated")
    parser.add_argument("--aeb", type=Path, default=DEFAULT_AEB)
    parser.add_argument("--wcxb", type=Path, default=wcxb.DEFAULT_WCXB)
    parser.add_argument("--ignore-title", action="store_true", help="leave the title out")
    args = parser.parse_args(argv)

    extractor = Extractor()
    rows: dict[str, str] = {}
    start = time.perf_counter()
    for pid, html, url in pages(set(args.sets.split(",")), args.aeb, args.wcxb):
        rows[pid] = digest(extractor.extract(html, url), ignore_title=args.ignore_title)
    seconds = time.perf_counter() - start
    args.out.write_text("".join(f"{p}\t{d}\n" for p, d in rows.items()), encoding="utf-8")
    total = hashlib.sha256("".join(rows.values()).encode()).hexdigest()
    print(f"{len(rows)} pages in {seconds:.0f} s, digest {total[:16]}")
    if args.compare is None:
        return 0
    before = dict(
        line.split("\t") for line in args.compare.read_text(encoding="utf-8").splitlines()
    )
    changed = [p for p in rows if before.get(p) != rows[p]]
    missing = [p for p in before if p not in rows]
    for pid in changed:
        print(f"changed: {pid}")
    print(f"{len(changed)} changed, {len(missing)} not run, of {len(before)} before")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
