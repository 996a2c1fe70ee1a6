#!/usr/bin/env python3
"""Where newscorpus wins and loses against plain trafilatura on WCXB dev articles, by stage.

For each article page, the body is recorded after each stage of ``Extractor.draft`` (the
trafilatura pass and whether its fallback ran, the chunk merge, each teaser detector's cuts,
each line rule's cuts, the page-type decision). Each family's F1 effect on a page is what the
page's final F1 would gain if that family's cuts were put back (the lines it cut, nothing else),
or, for the extraction itself, the final F1 minus the F1 the same cuts would give on plain
trafilatura's body. Families are ranked by their summed effect over the pages; for each, the
pages it costs most are listed with the words it took that the ground truth holds (recall
loss) or kept that it does not (precision loss, with the line that kept them).

    .venv/bin/python benchmarks/wcxb_stages.py [--wcxb DIR] [--pages 0023,0284] [--top 8]
        [--cache trafilatura.json] [--json out.json]

Plain trafilatura's outputs are cached (``--cache``), since they do not change between runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import trafilatura
from trafilatura import load_html

import newscorpus.extract as extract_module
from newscorpus.extract import furniture
from newscorpus.extract import lines as line_rules
from newscorpus.extract.related import is_related_label

if TYPE_CHECKING:
    from lxml.html import HtmlElement

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wcxb


@dataclass(slots=True)
class Trace:
    """What each stage did to one page's body."""

    raw: list[str] = field(default_factory=list)  # trafilatura's body, as newscorpus ran it
    fallback: bool = False
    merged: bool = False
    cuts: list[tuple[str, str]] = field(default_factory=list)  # (family, line)


TRACE = Trace()


def _install_probes() -> None:
    """Record each stage's input and output (module-level functions wrapped in place)."""
    ext = extract_module.Extractor
    original_trafilatura = ext._trafilatura
    original_bare = ext._bare_extraction
    original_add_recall = ext._add_recall_lines
    original_decide = extract_module.decide
    original_merge = extract_module.merge_body_chunks

    def bare(self, tree, url, fast, recall=False):  # type: ignore[no-untyped-def]
        if not fast:
            TRACE.fallback = True
        return original_bare(self, tree, url, fast, recall)

    def add_recall(self, tree, url, body, cut_by):  # type: ignore[no-untyped-def]
        TRACE.raw = original_add_recall(self, tree, url, body, cut_by)
        return TRACE.raw

    def traf(self, tree, url, room):  # type: ignore[no-untyped-def]
        TRACE.fallback = False
        document = original_trafilatura(self, tree, url, room)
        TRACE.raw = [x.strip() for x in (document.text or "").split("\n") if x.strip()] \
            if document is not None else []  # fmt: skip
        return document

    def merge(content, body):  # type: ignore[no-untyped-def]
        merged = original_merge(content, body)
        TRACE.merged = bool(merged)
        return merged

    def decide(body, claims):  # type: ignore[no-untyped-def]
        kept, cut = original_decide(body, claims)
        kept_set = list(kept)
        for line, detector in zip(body, claims.by_line, strict=True):
            if kept_set and kept_set[0] == line:
                kept_set.pop(0)
            else:
                TRACE.cuts.append((f"teaser:{detector}", line))
        return kept, cut

    def split_never_body(lines):  # type: ignore[no-untyped-def]
        kept, before = original_split(lines)
        for line in lines:
            if line_rules.is_never_body(line):
                TRACE.cuts.append((f"line:{_never_body_reason(line)}", line))
        return kept, before

    def trim_lead(lines, titles):  # type: ignore[no-untyped-def]
        kept, start = original_lead(lines, titles)
        TRACE.cuts.extend(("line:lead", line) for line in lines[:start])
        return kept, start

    def trim_tail(lines, teasers_before=None):  # type: ignore[no-untyped-def]
        kept, n = original_tail(lines, teasers_before)
        TRACE.cuts.extend((f"line:tail-{_tail_reason(line)}", line) for line in lines[len(kept) :])
        return kept, n

    def trace_dropped(stage, lines, kept):  # type: ignore[no-untyped-def]
        """Record as ``stage``'s cuts the lines of ``lines`` that ``kept`` (in order) lacks."""
        left = list(kept)
        for line in lines:
            if left and left[0] == line:
                left.pop(0)
            else:
                TRACE.cuts.append((stage, line))

    def drop_repeated_blocks(lines):  # type: ignore[no-untyped-def]
        kept, n = original_blocks(lines)
        if n:
            trace_dropped("line:repeated-block", lines, kept)
        return kept, n

    def drop_repeated(lines):  # type: ignore[no-untyped-def]
        kept, n = original_repeated(lines)
        if n:
            trace_dropped("line:repeated", lines, kept)
        return kept, n

    original_split = line_rules.split_never_body
    original_lead = line_rules.trim_lead
    original_tail = line_rules.trim_tail
    original_repeated = line_rules.drop_repeated
    original_blocks = line_rules.drop_repeated_blocks
    ext._trafilatura = traf  # type: ignore[method-assign]
    ext._bare_extraction = bare  # type: ignore[method-assign]
    ext._add_recall_lines = add_recall  # type: ignore[method-assign]
    extract_module.decide = decide  # type: ignore[assignment]
    extract_module.merge_body_chunks = merge  # type: ignore[assignment]
    line_rules.split_never_body = split_never_body  # type: ignore[assignment]
    line_rules.trim_lead = trim_lead  # type: ignore[assignment]
    line_rules.trim_tail = trim_tail  # type: ignore[assignment]
    line_rules.drop_repeated = drop_repeated  # type: ignore[assignment]
    line_rules.drop_repeated_blocks = drop_repeated_blocks  # type: ignore[assignment]


def _never_body_reason(line: str) -> str:
    if line_rules.is_kicker_teaser(line):
        return "kicker"
    if furniture.is_furniture_line(line):
        return "furniture"
    if furniture.is_call_to_action(line):
        return "call-to-action"
    return "announcement"


def _tail_reason(line: str) -> str:
    for name, test in (
        ("credit", furniture.is_credit),
        ("taxonomy", furniture.is_taxonomy),
        ("call-to-action", furniture.is_call_to_action),
        ("announcement", furniture.is_announcement),
        ("dateline", lambda x: bool(line_rules.DATELINE.match(x))),
        ("related-label", is_related_label),
        ("label", furniture.is_label),
        ("cut-off", line_rules.is_cut_off),
    ):
        if test(line):
            return name
    return "after-related-label"


def _f1(truth: str, lines: list[str] | None) -> float:
    return wcxb.score_page(truth, "\n".join(lines) if lines else None).f1


def _put_back(final: list[str], raw: list[str], cuts: set[str]) -> list[str]:
    """The body with the lines in ``cuts`` put back where they stood in ``raw`` (each copy of a
    line the body kept stays once: ``final`` is matched in order)."""
    out, k = [], 0
    for line in raw:
        if k < len(final) and line == final[k]:
            out.append(line)
            k += 1
        elif line in cuts:
            out.append(line)
    return out + final[k:]


#: Class and id words that say what a container is, for the lines kept that the truth lacks.
CONTAINER_KINDS = {
    "comment": ("comment", "reply", "disqus", "respond"),
    "author box": ("author", "bio", "byline", "profile"),
    "newsletter/sign-up": ("newsletter", "subscribe", "signup", "sign-up", "optin", "mailchimp"),
    "related/teasers": ("related", "recommend", "more-", "popular", "trending", "read-next"),
    "share/social": ("share", "social", "follow"),
    "caption/figure": ("caption", "figure", "gallery", "credit"),
    "meta/taxonomy": ("meta", "tag", "categor", "date", "breadcrumb", "posted"),
    "navigation/footer/sidebar": ("nav", "menu", "footer", "sidebar", "widget", "header"),
    "promo/ad": ("promo", "advert", "sponsor", "banner", "cta", "affiliate"),
    "table": ("table",),
    "toc": ("toc", "table-of-contents", "ez-toc"),
}
#: A kept line is precision loss when less than this share of its words is in the truth.
MAX_EXTRA_SHARE = 0.5
MIN_EXTRA_WORDS = 3


def _container_kind(tree: HtmlElement, line: str) -> str:
    """What kind of container holds ``line`` on the page, from its ancestors' tags, classes
    and ids (the innermost that says), or "body" when none does."""
    key = "".join(line.removeprefix("- ").split())[:40]
    for element in tree.iter("p", "li", "td", "th", "h1", "h2", "h3", "h4", "figcaption", "div",
                             "span", "a", "blockquote", "dd", "dt"):  # fmt: skip
        if key not in "".join(element.text_content().split()):
            continue
        for node in (element, *element.iterancestors()):
            words = f"{node.tag} {node.get('class', '')} {node.get('id', '')}".lower()
            if node.tag in {"table", "figure", "figcaption", "nav", "footer", "aside", "header"}:
                return {"figcaption": "caption/figure", "figure": "caption/figure",
                        "table": "table"}.get(node.tag, "navigation/footer/sidebar")  # fmt: skip
            for kind, needles in CONTAINER_KINDS.items():
                if any(n in words for n in needles):
                    return kind
        return "body"
    return "not found"


def extra_lines(page: wcxb.Page, final: list[str]) -> dict[str, int]:
    """Words newscorpus keeps that the truth lacks, by the kind of container they come from
    (lines of which less than half the words are in the truth)."""
    truth = wcxb.bag(page.body)
    tree = None
    found: dict[str, int] = defaultdict(int)
    for line in final:
        words = wcxb.bag(line)
        n = sum(words.values())
        if n < MIN_EXTRA_WORDS or sum((words & truth).values()) >= MAX_EXTRA_SHARE * n:
            continue
        if tree is None:
            tree = load_html(page.html)
        found[_container_kind(tree, line)] += n
    return dict(found)


def analyse(pages: list[wcxb.Page], cache: dict[str, str | None]) -> list[dict]:
    _install_probes()
    extractor = extract_module.Extractor()
    rows = []
    for page in pages:
        TRACE.cuts.clear()
        TRACE.merged = False
        extraction = extractor.extract(page.html, page.url)
        final = extraction.article.text.split("\n") if extraction.article else None
        if page.id not in cache:
            cache[page.id] = trafilatura.extract(page.html, include_comments=False)
        theirs = cache[page.id]
        ours_f1 = _f1(page.body, final)
        effects: dict[str, float] = {}
        body = final or []
        if final is None:
            # the page-type decision: what the cleaned body would have scored
            all_cut = {c for _, c in TRACE.cuts}
            body = [x for x in TRACE.raw if x not in all_cut]
            effects[f"not-article:{extraction.reason}"] = -_f1(page.body, body)
        by_family: dict[str, set[str]] = defaultdict(set)
        for family, line in TRACE.cuts:
            by_family[family].add(line)
        base = _f1(page.body, body)
        for family, lines in by_family.items():
            effects[family] = base - _f1(page.body, _put_back(body, TRACE.raw, lines))
        # the extraction: the same cuts on plain trafilatura's body
        all_cut = {c for _, c in TRACE.cuts}
        theirs_lines = [x.strip() for x in (theirs or "").split("\n") if x.strip()]
        to_cut = Counter(c for _, c in TRACE.cuts)
        theirs_cut = []
        for x in theirs_lines:
            if to_cut[x] > 0:
                to_cut[x] -= 1
            else:
                theirs_cut.append(x)
        extraction_family = "extract:fallback" if TRACE.fallback else "extract:fast"
        if TRACE.merged:
            extraction_family += "+merged"
        effects[extraction_family] = base - _f1(page.body, theirs_cut)
        truth_bag = wcxb.bag(page.body)
        lost = {
            family: sum((wcxb.bag("\n".join(lines)) & truth_bag).values())
            for family, lines in by_family.items()
        }
        rows.append(
            {
                "id": page.id,
                "f1": ours_f1,
                "trafilatura_f1": _f1(page.body, theirs_lines or None),
                "recall": wcxb.score_page(page.body, "\n".join(final) if final else None).recall,
                "trafilatura_recall": wcxb.score_page(page.body, theirs).recall,
                "none": final is None,
                "reason": str(extraction.reason) if final is None else None,
                "effects": effects,
                "truth_words_cut": lost,
                "extra_words": extra_lines(page, final or []),
                "cuts": [[f, line[:160]] for f, line in TRACE.cuts],
            }
        )
    return rows


def report(rows: list[dict], top: int) -> None:
    n = len(rows)
    print(f"{n} article pages · newscorpus F1 {sum(r['f1'] for r in rows) / n:.4f} · "
          f"trafilatura {sum(r['trafilatura_f1'] for r in rows) / n:.4f} · None "
          f"{sum(r['none'] for r in rows)} · worse by > 0.10 recall "
          f"{sum(r['recall'] < r['trafilatura_recall'] - 0.1 for r in rows)}")  # fmt: skip
    totals: dict[str, list[float]] = defaultdict(list)
    for r in rows:
        for family, effect in r["effects"].items():
            totals[family].append(effect)
    print(f"\n{'family':<34} {'pages':>5} {'F1 effect':>10} {'helps':>6} {'costs':>6} "
          f"{'cost sum':>9}")  # fmt: skip
    for family, effects in sorted(totals.items(), key=lambda kv: sum(kv[1])):
        costs = [e for e in effects if e < -1e-9]
        helps = sum(e > 1e-9 for e in effects)
        print(
            f"{family:<34} {len(effects):>5} {sum(effects) / n:>+10.5f} "
            f"{helps:>6} {len(costs):>6} {sum(costs) / n:>+9.5f}"
        )
    extra: dict[str, int] = defaultdict(int)
    extra_pages: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for r in rows:
        for kind, words in r.get("extra_words", {}).items():
            extra[kind] += words
            extra_pages[kind].append((words, r["id"]))
    print("\nwords kept that the truth lacks (lines < half in the truth), by container kind:")
    for kind, words in sorted(extra.items(), key=lambda kv: -kv[1]):
        worst = " ".join(f"{pid}:{w}" for w, pid in sorted(extra_pages[kind], reverse=True)[:6])
        print(f"  {kind:<26} {words:>7} words on {len(extra_pages[kind]):>3} pages  e.g. {worst}")
    for family in sorted(totals, key=lambda f: sum(e for e in totals[f] if e < 0)):
        worst = sorted(
            (r for r in rows if r["effects"].get(family, 0) < -0.005),
            key=lambda r: r["effects"][family],
        )[:top]
        if not worst:
            continue
        print(f"\n### {family}")
        for r in worst:
            sample = [line for f, line in r["cuts"] if f == family][:2]
            words = r["truth_words_cut"].get(family, "-")
            print(
                f"  {r['id']} {r['effects'][family]:+.3f} (F1 {r['f1']:.3f}, traf "
                f"{r['trafilatura_f1']:.3f}) truth words cut {words}: "
                f"{' | '.join(sample)[:200]}"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wcxb", type=Path, default=wcxb.DEFAULT_WCXB)
    parser.add_argument("--pages", help="comma-separated page ids (default: all articles)")
    parser.add_argument("--top", type=int, default=8, help="worst pages listed per family")
    parser.add_argument("--cache", type=Path, help="JSON cache of plain trafilatura's outputs")
    parser.add_argument("--json", type=Path, help="write the per-page rows here")
    args = parser.parse_args(argv)
    pages = wcxb.load_articles(args.wcxb, args.pages)
    cache = json.loads(args.cache.read_text()) if args.cache and args.cache.exists() else {}
    rows = analyse(pages, cache)
    if args.cache:
        args.cache.write_text(json.dumps(cache))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    report(rows, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
