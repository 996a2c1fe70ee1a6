"""The WCXB development split: loading its pages and scoring extractions with its metric.

WCXB (Web Content eXtraction Benchmark, CC-BY-4.0) gives, per page, the HTML, its URL, its
page type (article, listing, collection, forum, product, documentation, service) and the
ground-truth main content, title and must / must-not snippets (``../shared/benchmarks/wcxb-dev``,
``NOTICE.md`` there). Its metric: lower-cased ``\\w+`` bag-of-words precision, recall and F1
per page, macro-averaged over pages; a page with no output scores 0. ``extraction.py`` prints
the tables; ``train_pagetype.py`` learns the page types from the same pages.
"""

from __future__ import annotations

import ast
import gzip
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

HERE = Path(__file__).resolve().parent
DEFAULT_WCXB = HERE.parent.parent / "shared" / "benchmarks" / "wcxb-dev"
WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Page:
    """One WCXB page with its ground truth."""

    id: str
    url: str
    type: str
    html: str
    body: str
    title: str
    with_snippets: tuple[str, ...] = ()
    without_snippets: tuple[str, ...] = ()


def _snippets(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        try:
            value = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            return (value,) if value else ()
    if isinstance(value, list | tuple):
        return tuple(str(v) for v in value if str(v).strip())
    return ()


def load_pages(wcxb_dir: Path = DEFAULT_WCXB, types: Iterable[str] | None = None) -> list[Page]:
    """The split's pages (of the given types), in id order."""
    wanted = set(types) if types is not None else None
    pages = []
    for truth_path in sorted((wcxb_dir / "dev" / "ground-truth").glob("*.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        page_type = truth["_internal"]["page_type"]["primary"]
        if wanted is not None and page_type not in wanted:
            continue
        page_id = truth_path.stem
        with gzip.open(
            wcxb_dir / "dev" / "html" / f"{page_id}.html.gz", "rt", encoding="utf-8"
        ) as fh:
            html = fh.read()
        gt = truth["ground_truth"]
        pages.append(
            Page(
                id=page_id,
                url=truth.get("url") or "",
                type=page_type,
                html=html,
                body=gt.get("main_content") or "",
                title=gt.get("title") or "",
                with_snippets=_snippets(gt.get("with")),
                without_snippets=_snippets(gt.get("without")),
            )
        )
    return pages


def load_articles(wcxb_dir: Path = DEFAULT_WCXB, ids: str | None = None) -> list[Page]:
    """The split's article pages, or those of them whose ids ``ids`` lists (comma-separated:
    the ``--pages`` option of the scripts that study them)."""
    pages = load_pages(wcxb_dir, types=("article",))
    wanted = set(ids.split(",")) if ids else None
    return [p for p in pages if wanted is None or p.id in wanted]


def bag(text: str) -> Counter[str]:
    """The metric's bag of words: lower-cased ``\\w+`` tokens."""
    return Counter(WORD.findall(text.lower()))


@dataclass(frozen=True, slots=True)
class PageScore:
    """Bag-of-words precision, recall and F1 of one page (0 for no output)."""

    precision: float
    recall: float
    f1: float


def score_page(truth: str, predicted: str | None) -> PageScore:
    """The WCXB metric on one page."""
    if not predicted:
        return PageScore(0.0, 0.0, 0.0)
    want, got = bag(truth), bag(predicted)
    common = sum((want & got).values())
    if not common:
        return PageScore(0.0, 0.0, 0.0)
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return PageScore(precision, recall, 2 * precision * recall / (precision + recall))


def leaked(page: Page, predicted: str | None) -> int:
    """How many of the page's must-not snippets the output holds."""
    if not predicted:
        return 0
    flat = " ".join(predicted.split()).lower()
    return sum(" ".join(s.split()).lower() in flat for s in page.without_snippets)


def normalise_title(title: str | None) -> str:
    return " ".join((title or "").split()).casefold()


@dataclass(slots=True)
class Summary:
    """Macro averages over pages, plus counts."""

    scores: list[PageScore] = field(default_factory=list)
    none: int = 0
    leaked: int = 0
    snippets: int = 0

    def add(self, score: PageScore, is_none: bool, leaked: int, snippets: int) -> None:
        self.scores.append(score)
        self.none += is_none
        self.leaked += leaked
        self.snippets += snippets

    def mean(self, name: str) -> float:
        return sum(getattr(s, name) for s in self.scores) / max(1, len(self.scores))
