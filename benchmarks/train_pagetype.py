#!/usr/bin/env python3
"""Train the page-type model (is this page an article?) on WCXB's development split.

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python benchmarks/train_pagetype.py [--wcxb DIR]
        [--out newscorpus/extract/pagetype.json] [--max-article-loss 0.003] [--folds 5]

Each page goes through newscorpus's extraction (teaser claims, line rules) to get the features
of :mod:`newscorpus.extract.pagetype`; a gradient-boosted tree ensemble (scikit-learn, one tree
per page type and stage) learns the seven WCXB page types from them. The rejection threshold on
P(article) is set from out-of-fold predictions: the highest threshold at which at most
``--max-article-loss`` of the articles fall below it. The printed table gives, out of fold (the
estimate for pages the model has not seen), the share of each page type rejected at that
threshold. The model is written as JSON, evaluated at run time in plain Python.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wcxb

from newscorpus.extract import Extractor, pagetype

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent / "newscorpus" / "extract" / "pagetype.json"
PARAMS = {"n_estimators": 120, "max_depth": 3, "learning_rate": 0.1, "subsample": 0.8}

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
    oof: np.ndarray, is_article: np.ndarray, supported: np.ndarray, max_loss: float
) -> tuple[float, float]:
    """(threshold for every page, threshold for pages without any sign of an article), the pair
    that rejects the most non-articles out of fold while losing at most ``max_loss`` of the
    articles."""
    budget = int(max_loss * is_article.sum())
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


def to_json(model, threshold: float, unsupported: float) -> dict:
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
        "threshold": round(threshold, 4),
        "threshold_unsupported": round(unsupported, 4),
        "stages": stages,
        "trained_on": "WCXB dev split",
        "params": PARAMS,
    }


def main(argv: list[str] | None = None) -> int:
    from sklearn.model_selection import StratifiedKFold

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wcxb", type=Path, default=wcxb.DEFAULT_WCXB)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--max-article-loss", type=float, default=0.003)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)

    ids, x, y = collect(args.wcxb)
    labels = np.array(y)
    oof = np.zeros(len(ids))
    for train, test in StratifiedKFold(args.folds, shuffle=True, random_state=0).split(x, labels):
        model = fit(x[train], list(labels[train]))
        column = list(model.classes_).index("article")
        oof[test] = model.predict_proba(x[test])[:, column]
    supported = np.array([pagetype.has_article_support(row) for row in x])
    is_article = labels == "article"
    threshold, unsupported = choose_thresholds(oof, is_article, supported, args.max_article_loss)
    np.save(HERE / "pagetype_oof.npy", np.column_stack([oof, is_article, supported]))
    model = fit(x, y)
    exported = to_json(model, threshold, unsupported)
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
        rejected = int(((oof < threshold) | (~supported & (oof < unsupported)))[mask].sum())
        totals["non" if kind != "article" else "art"] += rejected
        print(f"{kind:<14} {int(mask.sum()):>5} {rejected:>10} ({rejected / mask.sum():.1%})")
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
