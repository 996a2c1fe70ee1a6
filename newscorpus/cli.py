"""The ``newscorpus`` command: crawls of a sites file, and offline work on corpora."""

from __future__ import annotations

import argparse
import glob
import os
import sys
from pathlib import Path
from typing import NoReturn

from newscorpus import __version__
from newscorpus.corpusstats import corpus_stats, format_stats, json_stats
from newscorpus.dedup import DedupConfig, IndexConfigMismatch
from newscorpus.dedup_best import PREFER
from newscorpus.dedup_cli import run
from newscorpus.export import CorpusError, export_txt
from newscorpus.settings import DEDUP_TUNABLE_FIELDS
from newscorpus.sites import SitesError, load_sites
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
    add_sites_parsers(commands)
    stats = commands.add_parser(
        "stats",
        help="count records per site, day and language, and their lengths",
        description="Count the records of JSONL corpora (plain, .gz or .zst) per site, "
        "publication day and language, and give the quantiles of their lengths in words and "
        "characters; one streaming pass, in memory that does not grow with the corpus "
        "(quantiles to within 1 %%).",
    )
    stats.add_argument("inputs", type=Path, nargs="+", metavar="CORPUS", help="JSONL corpora")
    stats.add_argument("--json", action="store_true", help="print the counts as JSON")
    stats.add_argument(
        "--top",
        type=int,
        metavar="N",
        help="list only the N largest sites and languages, and the latest N days",
    )
    add_warc_parser(commands)
    return parser


def add_sites_parsers(commands: argparse._SubParsersAction) -> None:
    sites = commands.add_parser(
        "sites", help="check a sites file", description="Work with a sites file."
    )
    actions = sites.add_subparsers(dest="action", required=True, parser_class=_Parser)
    check = actions.add_parser(
        "check",
        help="check a sites file before a long run",
        description="Read and check a sites file: exit code 0 and one line per site when it "
        "is usable, else one line naming the line, site and field at fault and exit code 1.",
    )
    check.add_argument("sites", type=Path, metavar="SITES", help="the sites file (TOML)")
    crawl = commands.add_parser(
        "crawl",
        help="crawl the sites of a sites file",
        description="Crawl every site of SITES: `scrapy crawl news -a sites=SITES -o OUT` "
        "with the state in DIR, run here. Records are appended to OUT. Exit code 0 when the "
        "crawl finished, 2 for bad input, 3 when nothing could be fetched, 4 when it was "
        "interrupted, 5 when records were lost.",
    )
    crawl.add_argument("sites", type=Path, metavar="SITES", help="the sites file (TOML)")
    crawl.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUT",
        help="the JSONL corpus records are appended to (default: SITES with .jsonl)",
    )
    crawl.add_argument(
        "--state",
        type=Path,
        metavar="DIR",
        help="the crawl state folder (default: SITES' folder/<name>-state)",
    )
    crawl.add_argument(
        "--since", metavar="YYYY-MM-DD", help="skip feed and sitemap entries dated before this day"
    )
    add_setting_option(crawl, "a Scrapy or NEWSCORPUS_* setting for this run (repeatable)")


def add_setting_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    """The ``-s NAME=VALUE`` option, as ``scrapy crawl`` has it (repeatable)."""
    parser.add_argument(
        "-s",
        "--set",
        dest="settings",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help=help_text,
    )


def crawl_arguments(args: argparse.Namespace) -> list[str]:
    """The ``scrapy crawl`` command line of ``newscorpus crawl``: absolute paths, so the
    crawl does not depend on the folder it is started from."""
    sites = args.sites.resolve()
    output = (args.output or sites.with_suffix(".jsonl")).resolve()
    state = (args.state or sites.with_name(f"{sites.stem}-state")).resolve()
    argv = ["scrapy", "crawl", "news", "-a", f"sites={sites}", "-o", str(output)]
    if args.since:
        argv += ["-a", f"since={args.since}"]
    argv += ["-s", f"NEWSCORPUS_STATE_DIR={state}"]
    for name, value in setting_pairs(args.settings).items():
        argv += ["-s", f"{name}={value}"]
    return argv


def run_crawl(argv: list[str]) -> int:
    """Run newscorpus's ``scrapy crawl`` command line ``argv`` in this process; its exit code."""
    from scrapy.cmdline import execute  # imported here: only crawls need Scrapy loaded

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "newscorpus.crawl.project")
    try:
        execute(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else 1
    return 0


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
    add_setting_option(warc, "a NEWSCORPUS_* setting, as for scrapy crawl (repeatable)")


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
    if args.command in {"sites", "crawl"}:
        try:
            site_list = load_sites(args.sites)
        except SitesError as exc:
            print(f"newscorpus: error: {exc}", file=sys.stderr)
            return 1 if args.command == "sites" else 2
        if args.command == "crawl":
            try:
                argv = crawl_arguments(args)
            except ValueError as exc:
                print(f"newscorpus: error: {exc}", file=sys.stderr)
                return 2
            return run_crawl(argv)
        for site in site_list.sites:
            print(f"{site.name}: {len(site.urls)} URLs, {', '.join(sorted(site.domains))}")
        print(f"{args.sites}: {len(site_list)} sites, OK")
        return 0
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
        elif args.command == "stats":
            stats = corpus_stats(args.inputs)
            print(json_stats(stats) if args.json else format_stats(stats, args.top))
            if stats.unreadable:
                print(
                    f"newscorpus: warning: {stats.unreadable} unreadable lines skipped, the "
                    f"first at {stats.first_unreadable}",
                    file=sys.stderr,
                )
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
