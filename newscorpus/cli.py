"""The ``newscorpus`` command: offline work on corpora (crawling is ``scrapy crawl news``)."""

from __future__ import annotations

import argparse
import glob
import os
import sys
from pathlib import Path
from typing import NoReturn

from newscorpus import __version__
from newscorpus.dedup import DedupConfig, IndexConfigMismatch
from newscorpus.dedup_best import PREFER
from newscorpus.dedup_cli import run
from newscorpus.export import CorpusError, export_txt
from newscorpus.settings import DEDUP_TUNABLE_FIELDS
from newscorpus.warc import build as warc_build


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="newscorpus", description=__doc__)
    parser.add_argument("--version", action="version", version=f"newscorpus {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    export = commands.add_parser(
        "export-txt",
        help="write each record's text to DIR/NNN_<id>.txt",
        description="Write each record's text to DIR/NNN_<id>.txt (NNN from 000, in corpus "
        "order), byte for byte as stored: paragraphs one per line, no trailing newline.",
    )
    export.add_argument("corpus", type=Path, help="the JSONL corpus")
    export.add_argument("out_dir", type=Path, metavar="DIR", help="folder for the text files")
    add_dedup_parser(commands)
    add_warc_parser(commands)
    return parser


def add_warc_parser(commands: argparse._SubParsersAction) -> None:
    warc = commands.add_parser(
        "warc",
        help="build a JSONL corpus from WARC files (a crawl's archive, CC-NEWS)",
        description="Extract, keep the articles of and dedup the HTML response records of WARC "
        "files (.warc.gz or .warc) as the crawl does its fetched pages, and write the records, "
        "in input order, to OUT (replaced once complete). A quoted glob ('CC-NEWS/*.warc.gz') "
        "is expanded here, in name order. Damaged data is counted and skipped.",
    )
    warc.add_argument("inputs", nargs="+", metavar="IN", help="WARC files or quoted globs")
    warc.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    warc.add_argument(
        "--state",
        type=Path,
        metavar="DIR",
        help="dedup against, and add to, this crawl state (default: a fresh one)",
    )
    warc.add_argument(
        "--workers",
        type=int,
        default=min(2, os.cpu_count() or 1),
        help="extraction processes (default: %(default)s)",
    )
    warc.add_argument(
        "-s",
        dest="settings",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a NEWSCORPUS_* setting, as for scrapy crawl (repeatable)",
    )


def warc_inputs(patterns: list[str]) -> list[Path]:
    """The files of ``patterns``: a pattern holding ``*?[`` is a glob, expanded in name
    order; a glob that matches nothing is an error."""
    paths: list[Path] = []
    for pattern in patterns:
        if any(c in pattern for c in "*?["):
            matches = sorted(glob.glob(pattern))  # noqa: PTH207 (absolute patterns too)
            if not matches:
                raise ValueError(f"{pattern}: no file matches")
            paths += [Path(m) for m in matches]
        else:
            paths.append(Path(pattern))
    return paths


def setting_pairs(pairs: list[str]) -> dict[str, str]:
    """``NAME=VALUE`` options as a dict; ValueError for one without ``=``."""
    settings = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise ValueError(f"-s {pair}: give NAME=VALUE")
        settings[name.strip()] = value
    return settings


#: ``newscorpus dedup`` options: the ``NEWSCORPUS_DEDUP_*`` settings' DedupConfig fields, and
#: the threshold of the same-lead rule (a field with no setting yet).
DEDUP_OPTIONS = tuple(dict.fromkeys((*DEDUP_TUNABLE_FIELDS, "verify_lead_coverage")))


def add_dedup_parser(commands: argparse._SubParsersAction) -> None:
    dedup = commands.add_parser(
        "dedup",
        help="drop exact and near duplicates from JSONL corpora",
        description="Keep one record of each story from the inputs (the most complete copy, "
        "or as --prefer says) and write it unchanged to OUT, in input order; the other copies "
        "go to --dups with the id of the copy kept. The same engine and settings as the "
        "crawl (option --X-Y is setting NEWSCORPUS_DEDUP_X_Y).",
    )
    dedup.add_argument("inputs", type=Path, nargs="+", metavar="IN", help="JSONL corpora")
    dedup.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    dedup.add_argument("--dups", type=Path, metavar="DUPS", help="write duplicates here (JSONL)")
    dedup.add_argument(
        "--state",
        type=Path,
        metavar="DIR",
        help="also dedup against, and add the kept records to, this crawl state's index",
    )
    defaults = DedupConfig()
    for name in DEDUP_OPTIONS:
        default = getattr(defaults, name)
        like = f"NEWSCORPUS_DEDUP_{name.upper()}" if name in DEDUP_TUNABLE_FIELDS else name
        dedup.add_argument(
            f"--{name.replace('_', '-')}",
            type=type(default),
            metavar=type(default).__name__.upper(),
            help=f"as {like} (default: {default}, or the state's)",
        )
    dedup.add_argument(
        "--prefer",
        choices=PREFER,
        default="complete",
        help="which copy of a story to keep: the one with the most words, the earliest "
        "'published' (then the most words), or the first in input order (default: %(default)s)",
    )
    dedup.add_argument(
        "--workers",
        type=int,
        default=min(2, os.cpu_count() or 1),
        help="signing processes (default: %(default)s)",
    )


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "export-txt":
            count = export_txt(args.corpus, args.out_dir)
            print(f"wrote {count} files to {args.out_dir}")
        elif args.command == "dedup":
            options = {k: getattr(args, k) for k in DEDUP_OPTIONS if getattr(args, k) is not None}
            summary = run(
                args.inputs,
                args.output,
                args.dups,
                args.state,
                options,
                args.workers,
                prefer=args.prefer,
            )
            message = (
                f"kept {summary.kept} of {summary.read} records in {args.output} "
                f"({summary.replaced} instead of an earlier copy, {summary.extending} "
                f"extending another); duplicates: {summary.duplicates['exact']} exact, "
                f"{summary.duplicates['near']} near"
            )
            if args.state:
                size = summary.state_bytes / max(summary.indexed, 1)
                message += f"; state: {summary.indexed} documents, {size:.0f} bytes each"
            print(message)
        elif args.command == "warc":
            if args.workers < 1:
                raise ValueError("--workers must be at least 1")
            built = warc_build.run(
                warc_inputs(args.inputs),
                args.output,
                args.state,
                setting_pairs(args.settings),
                args.workers,
            )
            print(warc_build.describe(built, args.output))
    except (OSError, CorpusError, IndexConfigMismatch, ValueError) as exc:
        print(f"newscorpus: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
