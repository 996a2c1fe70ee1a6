#!/usr/bin/env python3
"""The not-an-article decision by page origin, out of fold on WCXB dev.

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python benchmarks/pagetype_origins.py [--oof benchmarks/pagetype_oof.npz]
        [--model newscorpus/extract/pagetype.json] [--wcxb DIR] [--folds 5]

For each origin a page may come from (:class:`newscorpus.origin.Origin`; none: unknown, as
for ``Extractor`` alone and WARC files), every WCXB dev page that gives any text is assumed to
come from there, and judged with that origin's thresholds of ``--model`` on its out-of-fold
P(article) (5 folds, the model's parameters, as ``train_pagetype.py`` fits them): the share
of each type of non-article rejected, and the articles lost. The page-type model alone: the
rules before it (too short, service URL, listing share) are left out, as in
``train_pagetype.py``'s table. ``--oof`` reads the predictions ``train_pagetype.py`` saved
(the same folds); without it the pages are extracted and the folds fitted here (~20 min).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_pagetype
import wcxb

from newscorpus.extract.pagetype import PageTypeModel
from newscorpus.origin import Origin

#: The origins shown: what the decision knows alone, a link, a feed (a news sitemap is judged
#: as a feed), a plain sitemap and a start URL (judged as no origin).
ORIGINS: tuple[Origin | None, ...] = (None, Origin.LINK, Origin.FEED, Origin.NEWS_SITEMAP)
TYPES = ("listing", "collection", "forum", "product", "documentation", "service")


def predictions(args: argparse.Namespace) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(out-of-fold P(article), page types, feature matrix) of the pages with text."""
    if args.oof is not None:
        saved = np.load(args.oof)
        return saved["oof"], saved["labels"], saved["x"]
    _, x, y = train_pagetype.collect(args.wcxb)
    labels = np.array(y)
    return train_pagetype.out_of_fold(x, labels, args.folds), labels, x


def table(model: PageTypeModel, oof: np.ndarray, labels: np.ndarray, x: np.ndarray) -> str:
    """The Markdown table: a row per page type, a column per origin."""
    columns = {}
    for origin in ORIGINS:
        name = origin.value if origin is not None else None
        needed = np.array([model.needed(row, name) for row in x])
        columns[name or "none"] = oof < needed
    header = "| rejected, out of fold | pages | " + " | ".join(columns) + " |"
    lines = [header, "|" + " --- |" * (len(columns) + 2)]

    def row(title: str, mask: np.ndarray) -> str:
        cells = []
        for rejected in columns.values():
            n = int(rejected[mask].sum())
            cells.append(f"{n} ({n / max(1, mask.sum()):.1%})")
        return f"| {title} | {int(mask.sum())} | " + " | ".join(cells) + " |"

    for kind in TYPES:
        lines.append(row(kind, labels == kind))
    lines.append(row("**all non-articles**", labels != "article"))
    lines.append(row("articles lost", labels == "article"))
    thresholds = [
        "/".join(f"{t:.4f}" for t in model.thresholds(name if name != "none" else None))
        for name in columns
    ]
    lines.append("| threshold (unsupported) | | " + " | ".join(thresholds) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--oof", type=Path, help="train_pagetype.py's saved predictions")
    parser.add_argument("--model", type=Path, default=train_pagetype.DEFAULT_OUT)
    parser.add_argument("--wcxb", type=Path, default=wcxb.DEFAULT_WCXB)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    model = PageTypeModel.from_json(json.loads(args.model.read_text(encoding="utf-8")))
    oof, labels, x = predictions(args)
    print(f"# {len(labels)} WCXB dev pages with text, thresholds of {args.model}")
    print(table(model, oof, labels, x))
    return 0


if __name__ == "__main__":
    sys.exit(main())
