#!/usr/bin/env python3
"""Train the page-type model (is this page an article?) on WCXB's development split.

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python benchmarks/train_pagetype.py [--wcxb DIR]
        [--out newscorpus/extract/pagetype.json] [--max-article-loss 0.003] [--folds 5]
        [--listed-article-loss 0] [--link-article-loss 0.02] [--origins-only]

Each page goes through newscorpus's extraction (teaser claims, line rules) to get the features
of :mod:`newscorpus.extract.pagetype`; a gradient-boosted tree ensemble (scikit-learn, one tree
per page type and stage) learns the seven WCXB page types from them. The rejection threshold on
P(article) is set from out-of-fold predictions: the highest threshold at which at most
``--max-article-loss`` of the articles fall below it. The printed table gives, out of fold (the
estimate for pages the model has not seen), the share of each page type rejected at that
threshold. The model is written as JSON, evaluated at run time in plain Python.

Where the crawl found a page (:mod:`newscorpus.origin`) gets its own thresholds, chosen the
same way from the same out-of-fold predictions with another share of articles one accepts to
lose: ``--listed-article-loss`` for a page a feed or news sitemap lists (nearly all such pages
are articles: lose next to none), ``--link-article-loss`` for a page only a link led to (a
home or section page links listings as much as articles: a few articles may go, most
listings should). Start URLs, plain sitemaps and pages of unknown origin keep the thresholds
of ``--max-article-loss``. The out-of-fold predictions are saved beside this script
(``pagetype_oof.npz``) for ``pagetype_origins.py``. ``--origins-only`` keeps the model of
``--out`` and its thresholds, and writes only the origins' thresholds into it.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wcxb

from newscorpus.extract import Extractor, pagetype
from newscorpus.origin import Origin

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent / "newscorpus" / "extract" / "pagetype.json"
PARAMS = {"n_estimators": 120, "max_depth": 3, "learning_rate": 0.1, "subsample": 0.8}
OOF_FILE = HERE / "pagetype_oof.npz"

_PAGES: dict[str, wcxb.Page] = {}


def _init(wcxb_dir: Path) -> None:
    _PAGES.update({p.id: p for p in wcxb.load_pages(wcxb_dir)})


def _features(page_id: str) -> tuple[str, list[float] | None]:
    page = _PAGES[page_id]
    extraction = Extractor(page_model=False).extract(page.html, page.url)
    return page_id, extraction.features


def collect(wcxb_dir: Path, workers: int = 2) -> tuple[list[str], np.ndarray, list[str]]:
    """(page ids, feature matrix, page types) of the pages that give any text."""
    _init(wcxb_dir)
    with Pool(workers, initializer=_init, initargs=(wcxb_dir,)) as pool:
        found = dict(pool.map(_features, sorted(_PAGES), chunksize=8))
    ids = [pid for pid in sorted(found) if found[pid] is not None]
    return ids, np.array([found[pid] for pid in ids]), [_PAGES[pid].type for pid in ids]


def fit(x: np.ndarray, y: list[str], seed: int = 0):
    from sklearn.ensemble import GradientBoostingClassifier

    model = GradientBoostingClassifier(init="zero", random_state=seed, **PARAMS)
    return model.fit(x, y)


def choose_thresholds(
    oof: np.ndarray,
    is_article: np.ndarray,
    supported: np.ndarray,
    max_loss: float,
    articles: int | None = None,
) -> tuple[float, float]:
    """(threshold for every page, threshold for pages without any sign of an article), the pair
    that rejects the most non-articles out of fold while losing at most ``max_loss`` of the
    articles (of ``articles``, when the pages given are a part of them all)."""
    budget = int(max_loss * (is_article.sum() if articles is None else articles))
    articles = np.sort(oof[is_article])
    best = (0.0, 0.0, -1)
    for lost_everywhere in range(budget + 1):
        strict = float(articles[lost_everywhere]) if lost_everywhere < len(articles) else 1.0
        # articles without support that pass the strict threshold, lowest first
        exposed = np.sort(oof[is_article & ~supported & (oof >= strict)])
        room = budget - lost_everywhere
        loose = float(exposed[room]) if room < len(exposed) else 1.0
        loose = max(loose, strict)
        rejected = (oof < strict) | (~supported & (oof < loose))
        score = int((~is_article & rejected).sum())
        if score > best[2]:
            best = (strict, loose, score)
    return best[0], best[1]


def out_of_fold(x: np.ndarray, labels: np.ndarray, folds: int) -> np.ndarray:
    """P(article) of each page by a model fitted on the other folds (stratified, seeded)."""
    from sklearn.model_selection import StratifiedKFold

    oof = np.zeros(len(labels))
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=0).split(x, labels):
        model = fit(x[train], list(labels[train]))
        column = list(model.classes_).index("article")
        oof[test] = model.predict_proba(x[test])[:, column]
    return oof


def rejected(oof: np.ndarray, supported: np.ndarray, pair: tuple[float, float]) -> np.ndarray:
    """Which pages a (threshold, threshold without support) pair rejects."""
    threshold, unsupported = pair
    return (oof < threshold) | (~supported & (oof < unsupported))


def origin_thresholds(
    oof: np.ndarray, x: np.ndarray, is_article: np.ndarray, losses: dict[str, float]
) -> dict[str, tuple[float, float]]:
    """For each origin (value of :class:`Origin`) its thresholds, at the share of articles
    ``losses`` gives for it (a link's on the pages without a dated URL: those with one keep
    the thresholds of no origin, see :meth:`pagetype.PageTypeModel.needed`)."""
    supported = np.array([pagetype.has_article_support(row) for row in x])
    undated = x[:, pagetype.FEATURES.index("dated_url")] == 0
    found = {}
    for origin, loss in losses.items():
        within = undated if origin == Origin.LINK else np.ones(len(oof), dtype=bool)
        found[origin] = choose_thresholds(
            oof[within], is_article[within], supported[within], loss, int(is_article.sum())
        )
    return found


def to_json(
    model, threshold: float, unsupported: float, origins: dict[str, tuple[float, float]]
) -> dict:
    """The fitted ensemble as plain arrays (what :class:`pagetype.PageTypeModel` reads)."""
    stages = []
    for stage in model.estimators_:
        trees = []
        for estimator in stage:
            tree = estimator.tree_
            trees.append(
                {
                    "feature": [int(f) for f in tree.feature],
                    "threshold": [round(float(t), 6) for t in tree.threshold],
                    "left": [int(c) for c in tree.children_left],
                    "right": [int(c) for c in tree.children_right],
                    "value": [round(float(v), 6) for v in tree.value[:, 0, 0]],
                }
            )
        stages.append(trees)
    return {
        "classes": [str(c) for c in model.classes_],
        "features": list(pagetype.FEATURES),
        "learning_rate": model.learning_rate,
        "threshold": _floor(threshold),
        "threshold_unsupported": _floor(unsupported),
        "origins": origins_json(origins),
        "stages": stages,
        "trained_on": "WCXB dev split",
        "params": PARAMS,
    }


def origins_json(origins: dict[str, tuple[float, float]]) -> dict[str, dict[str, float]]:
    """The origins' thresholds as :class:`pagetype.PageTypeModel` reads them."""
    return {
        origin: {"threshold": _floor(t), "threshold_unsupported": _floor(u)}
        for origin, (t, u) in sorted(origins.items())
    }


def _floor(threshold: float) -> float:
    """A threshold to 4 decimals, rounded down: the article whose probability set it passes."""
    return math.floor(threshold * 10_000) / 10_000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wcxb", type=Path, default=wcxb.DEFAULT_WCXB)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--max-article-loss", type=float, default=0.003)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument(
        "--listed-article-loss",
        type=float,
        default=0.0,
        help="share of articles a feed or news sitemap lists one accepts to lose",
    )
    parser.add_argument(
        "--link-article-loss",
        type=float,
        default=0.02,
        help="share of articles only a link led to one accepts to lose",
    )
    parser.add_argument(
        "--origins-only",
        action="store_true",
        help="keep the model in --out and its thresholds, (re)choose only the origins'",
    )
    args = parser.parse_args(argv)

    ids, x, y = collect(args.wcxb)
    labels = np.array(y)
    oof = out_of_fold(x, labels, args.folds)
    supported = np.array([pagetype.has_article_support(row) for row in x])
    is_article = labels == "article"
    threshold, unsupported = choose_thresholds(oof, is_article, supported, args.max_article_loss)
    losses = {
        Origin.FEED.value: args.listed_article_loss,
        Origin.NEWS_SITEMAP.value: args.listed_article_loss,
        Origin.LINK.value: args.link_article_loss,
    }
    origins = origin_thresholds(oof, x, is_article, losses)
    np.savez(OOF_FILE, ids=np.array(ids), oof=oof, labels=labels, x=x)
    for origin, (t, u) in sorted(origins.items()):
        print(f"origin {origin}: rejected when P(article) < {t:.4f}, or < {u:.4f} unsupported")
    print(f"out-of-fold predictions in {OOF_FILE}; by origin: benchmarks/pagetype_origins.py")
    if args.origins_only:
        shipped = json.loads(args.out.read_text(encoding="utf-8"))
        shipped["origins"] = origins_json(origins)
        args.out.write_text(json.dumps(shipped, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"origins' thresholds written to {args.out}")
        return 0
    model = fit(x, y)
    exported = to_json(model, threshold, unsupported, origins)
    check = pagetype.PageTypeModel.from_json(exported)
    column = list(model.classes_).index("article")
    sklearn_p = model.predict_proba(x[:50])[:, column]
    ours_p = [check.probabilities(row)["article"] for row in x[:50]]
    assert np.allclose(sklearn_p, ours_p, atol=1e-4), "exported model disagrees with scikit-learn"
    args.out.write_text(json.dumps(exported, separators=(",", ":")) + "\n", encoding="utf-8")

    print(f"# {len(ids)} WCXB dev pages with text; rejected when P(article) < {threshold:.4f}, "
          f"or < {unsupported:.4f} without date, article markup or dated URL")  # fmt: skip
    print(f"{'page type':<14} {'pages':>5} {'rejected (out of fold)':>24}")
    totals = Counter()
    for kind in sorted(set(y)):
        mask = labels == kind
        lost = int(rejected(oof, supported, (threshold, unsupported))[mask].sum())
        totals["non" if kind != "article" else "art"] += lost
        print(f"{kind:<14} {int(mask.sum()):>5} {lost:>10} ({lost / mask.sum():.1%})")
    non = int((labels != "article").sum())
    print(f"{'all non-articles':<14} {non:>5} {totals['non']:>10} ({totals['non'] / non:.1%})")
    importances = sorted(
        zip(model.feature_importances_, pagetype.FEATURES, strict=True), reverse=True
    )
    print("features by importance:", ", ".join(f"{n} {v:.3f}" for v, n in importances[:12]))
    print(f"model written to {args.out} ({args.out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
