"""The ``newscorpus`` command: offline work on corpora (crawling is ``scrapy crawl news``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import NoReturn

from newscorpus import __version__
from newscorpus.export import CorpusError, export_txt


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
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "export-txt":
            count = export_txt(args.corpus, args.out_dir)
            print(f"wrote {count} files to {args.out_dir}")
    except (OSError, CorpusError) as exc:
        print(f"newscorpus: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
