#!/usr/bin/env python3
"""Headlines exactly right: newscorpus's record title against WCXB's ground-truth title.

Runs :class:`newscorpus.extract.Extractor` over the WCXB dev article pages and compares the
record's title with the truth (case and white space folded, as ``extraction.py`` does; a page
rejected as not an article has no record, so no title). Prints the exact-match share and sorts
the misses by what went wrong:

- ``rejected``: the page got no record;
- ``empty``: the record has no title;
- ``typography``: the same words, other quotes, dashes, ellipses or entities;
- ``site name kept``: ours is the truth plus a separated part naming the site;
- ``date kept``: ours is the truth plus a separated part that is a date;
- ``other part kept``: ours is the truth plus some other part (a section, a series);
- ``part of candidate``: ours is only part of the truth (cut too much);
- ``h1 vs title``: the truth is another of the page's candidates (its ``<h1>`` or a
  metadata title), ours the wrong one;
- ``other``.

``--aeb`` adds the AEB pages (no title truth: listed with ``--compare`` only). ``--out FILE``
saves every page's title (JSON lines); ``--compare FILE`` lists the pages whose title changed
since, with the truth beside it, and counts those fixed and broken.

    .venv/bin/python benchmarks/titles.py [--aeb] [--out FILE] [--compare FILE] [--misses]
"""

from __future__ import annotations

import argparse
import html as htmllib
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from lxml.html import HtmlElement, fromstring

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wcxb
from extraction import DEFAULT_AEB, load_pages

from newscorpus.extract import Extraction, Extractor
from newscorpus.extract.headline import DATE_PART, heading_text, metadata_titles
from newscorpus.extract.text import TITLE_SEPARATOR

QUOTES = str.maketrans(
    {c: '"' for c in "“”„‟«»‹›〞〝＂"} | {c: "'" for c in "‘’‚‛′`´"} | {c: "-" for c in "–—‐‑‒―"}
)
MISS_CLASSES = (
    "rejected",
    "empty",
    "typography",
    "site name kept",
    "date kept",
    "other part kept",
    "part of candidate",
    "h1 vs title",
    "other",
)


def typographic(title: str) -> str:
    """A title with quotes, dashes, ellipses, entities and accents' forms folded."""
    text = htmllib.unescape(htmllib.unescape(title))
    text = unicodedata.normalize("NFKC", text).translate(QUOTES).replace("...", "…")
    return wcxb.normalise_title(text)


def _key(text: str) -> str:
    return re.sub(r"\W", "", text.casefold())


def _site_keys(tree: HtmlElement | None, url: str) -> set[str]:
    """Names of the site: its host's labels, ``og:site_name``, ``application-name``."""
    keys = set()
    host = urlsplit(url).hostname or ""
    labels = [label for label in host.split(".") if label not in {"www", "m", "amp"}]
    keys.update(label for label in labels[:-1] if len(label) >= 2)
    if tree is not None:
        names = tree.xpath(
            "//meta[@property='og:site_name' or @name='application-name' or "
            "@name='apple-mobile-web-app-title']/@content"
        )
        keys.update(_key(str(name)) for name in names if len(_key(str(name))) >= 2)
    return keys


def _extra(ours: str, truth: str) -> str | None:
    """What ours has beyond the truth, when ours is the truth plus something before or after."""
    if ours == truth or truth not in ours:
        return None
    start = ours.find(truth)
    return (ours[:start] + " " + ours[start + len(truth) :]).strip()


def classify(ours: str | None, truth: str, tree: HtmlElement | None, url: str) -> str:
    """The kind of miss (see the module's docstring), or "exact"."""
    got, want = wcxb.normalise_title(ours), wcxb.normalise_title(truth)
    if got == want:
        return "exact"
    if not got:
        return "empty"
    if typographic(got) == typographic(want):
        return "typography"
    got_t, want_t = typographic(got), typographic(want)
    if (extra := _extra(got_t, want_t)) is not None:
        parts = [p for p in TITLE_SEPARATOR.split(extra) if p.strip()] or [extra]
        keys = _site_keys(tree, url)
        if any(k and (k in _key(p) or _key(p) in k) for p in parts for k in keys if _key(p)):
            return "site name kept"
        if any(DATE_PART.match(p.strip()) or re.search(r"\d{4}", p) for p in parts):
            return "date kept"
        return "other part kept"
    if got_t in want_t:
        return "part of candidate"
    if tree is not None:
        candidates = [heading_text(h1) for h1 in tree.iter("h1")] + metadata_titles(tree, None)
        for candidate in candidates:
            cand = typographic(candidate)
            if want_t == cand or want_t in TITLE_SEPARATOR.split(cand):
                return "h1 vs title"
    return "other"


def run(extractor: Extractor, html: str, url: str | None) -> tuple[str | None, bool]:
    """The record's title (the draft's, when the page is rejected) and whether it was kept."""
    draft = extractor.draft(html, url)
    if isinstance(draft, Extraction):
        return None, False
    extraction = extractor.finish(draft, draft.body)
    return draft.article.title, extraction.article is not None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wcxb", type=Path, default=wcxb.DEFAULT_WCXB)
    parser.add_argument("--aeb", action="store_true", help="add the AEB pages (no truth)")
    parser.add_argument("--aeb-dir", type=Path, default=DEFAULT_AEB)
    parser.add_argument("--out", type=Path, help="save every page's title (JSON lines)")
    parser.add_argument("--compare", type=Path, help="an earlier --out file")
    parser.add_argument("--misses", action="store_true", help="list every miss")
    args = parser.parse_args(argv)

    extractor = Extractor()
    rows: list[dict[str, object]] = []
    for page in wcxb.load_pages(args.wcxb, types=["article"]):
        title, kept = run(extractor, page.html, page.url or None)
        tree = fromstring(page.html) if page.html.strip() else None
        kind = classify(title, page.title, tree, page.url) if kept else "rejected"
        rows.append({"id": f"wcxb/{page.id}", "title": title, "kept": kept,
                     "truth": page.title, "class": kind})  # fmt: skip
    if args.aeb:
        html, _, urls = load_pages(args.aeb_dir)
        for pid, text in html.items():
            title, kept = run(extractor, text, urls.get(pid))
            rows.append({"id": f"aeb/{pid}", "title": title, "kept": kept})

    scored = [row for row in rows if "truth" in row]
    classes = Counter(str(row["class"]) for row in scored)
    print(f"WCXB dev articles: titles exact {classes['exact']}/{len(scored)} "
          f"({classes['exact'] / max(1, len(scored)):.1%})")  # fmt: skip
    for kind in MISS_CLASSES:
        if classes[kind]:
            print(f"  {kind:<18} {classes[kind]:>4}")
    if args.misses:
        for row in scored:
            if row["class"] != "exact":
                print(f"{row['id']}\t{row['class']}")
                print(f"  ours:  {row['title']}\n  truth: {row['truth']}")
    if args.out:
        args.out.write_text(
            "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8"
        )
    if args.compare:
        compare(rows, args.compare)
    return 0


def compare(rows: list[dict[str, object]], path: Path) -> None:
    """List the pages whose title changed since ``path``'s run."""
    before = {
        row["id"]: row for row in map(json.loads, path.read_text(encoding="utf-8").splitlines())
    }
    changes = Counter()
    for row in rows:
        old = before.get(row["id"])
        if old is None or old["title"] == row["title"]:
            continue
        if "truth" in row:
            was, now = old["class"] == "exact", row["class"] == "exact"
            verdict = "fixed" if now and not was else "BROKEN" if was and not now else "changed"
        else:
            verdict = "changed (no truth)"
        changes[verdict] += 1
        print(f"{verdict}: {row['id']}\n  was: {old['title']}\n  now: {row['title']}")
        if "truth" in row:
            print(f"  truth: {row['truth']}  [{old['class']} -> {row['class']}]")
    print(", ".join(f"{n} {verdict}" for verdict, n in changes.items()) or "no title changed")


if __name__ == "__main__":
    sys.exit(main())
