"""The body of a held-out page: AEB lines in the layout's markup, with pull quotes of the body,
embedded posts, lists, split paragraphs and drop caps, plus figures, ads and teaser blocks."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..generator import is_subhead
from ..layouts import Item
from ..text import esc, tokens, wrap_words
from . import labels as hl

if TYPE_CHECKING:
    import random

    from ..corpus import Story
    from ..forms import Block
    from .layouts.base import HoldoutLayout

LIST_MARK = re.compile(r"^([•·▪●◦*-]|\d{1,2}[.)])\s")
SENTENCE = re.compile(r"[^.!?]+[.!?]")


def list_lines(paras: tuple[str, ...]) -> set[int]:
    """Lines shown as list items: runs of 2+ marked lines, or of 2+ short lines after a colon."""
    found: set[int] = set()
    n, k = len(paras), 1
    while k < n - 1:
        j = k
        if paras[k - 1].endswith(":"):
            while j < n - 1 and len(paras[j]) <= 120 and not paras[j].endswith(":"):
                j += 1
        else:
            while j < n - 1 and LIST_MARK.match(paras[j]):
                j += 1
        if j - k >= 2:
            found.update(range(k, j))
        k = max(j, k + 1)
    return found


def split_spans(line: str, rng: random.Random) -> str:
    """Escaped `line` split into 2-4 <span>s at spaces, the text unchanged."""
    parts = re.split(r"(?<=\s)", line)
    if len(parts) < 6:
        return esc(line)
    cuts = sorted(rng.sample(range(1, len(parts)), rng.randint(1, 3)))
    chunks = ["".join(parts[a:b]) for a, b in zip([0, *cuts], [*cuts, len(parts)], strict=True)]
    return "".join(f"<span>{esc(c)}</span>" for c in chunks)


def inline(line: str, rng: random.Random, layout: HoldoutLayout, section: str, first: bool) -> str:
    """A body line's inner HTML: drop cap, split spans, a link or emphasis, or plain."""
    if first and layout.dropcap and line[:1].isalpha():
        cap = (
            '<span style="float:left;font-size:3em">'
            if layout.style == "inline"
            else ('<span class="dropcap">')
        )
        return f"{cap}{esc(line[0])}</span>{esc(line[1:])}"
    roll = rng.random()
    if roll < layout.spans:
        return split_spans(line, rng)
    if roll < layout.spans + 0.25:
        return wrap_words(line, rng, f"/tag/{section.lower()}/{rng.randint(100, 999)}")
    if roll < layout.spans + 0.3:
        return wrap_words(line, rng, "", rng.choice(("i", "b", "mark")))
    return esc(line)


def quotable(paras: tuple[str, ...], rng: random.Random) -> tuple[int, str] | None:
    """A body sentence of 8-30 words to repeat as a pull quote, and its line, or None."""
    options = [
        (k, m.group().strip())
        for k in range(1, len(paras) - 1)
        for m in SENTENCE.finditer(paras[k])
        if 8 <= len(tokens(m.group())) <= 30
    ]
    return rng.choice(options) if options else None


def tweet(rng: random.Random) -> str:
    """An embedded post (blockquote.twitter-tweet) with the embed script."""
    handle, code = rng.choice(hl.HANDLES), f"{rng.randint(10**9, 10**10)}"
    return (
        f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{rng.choice(hl.TWEETS)} '
        f'<a href="https://t.co/{code[:8]}">pic.twitter.com/{code[2:9]}</a></p>&mdash; '
        f'{handle.title()} (@{handle}) <a href="https://twitter.com/{handle}/status/{code}">'
        f"November {rng.randint(1, 28)}, 2019</a></blockquote><script async "
        'src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'
    )


def ad(rng: random.Random, style: str) -> str:
    """An in-text ad slot with a label."""
    attr = ' style="min-height:250px"' if style == "inline" else ' class="ad-container"'
    return (
        f"<div{attr}><small>{rng.choice(hl.AD_LABELS)}</small><ins "
        f'data-ad-slot="{rng.randint(1000, 9999)}"></ins></div>'
    )


def body_items(
    host: Story,
    layout: HoldoutLayout,
    rng: random.Random,
    section: str,
    boxes: list[tuple[Block, int, str]],
    closing: list[Block],
) -> list[Item]:
    """The body's items: AEB lines, extras between them, in-body `boxes` after their line
    (already wrapped), and the `closing` blocks after the last line."""
    paras = host.paragraphs
    n = len(paras)
    extra: dict[int, list[Item]] = {}
    if rng.random() < 0.6:
        src = f"/img/{host.id[:10]}.jpg"
        caption = rng.choice(hl.CAPTIONS)
        extra.setdefault(rng.choice((-1, 0, n // 2)), []).append(
            Item("figure", layout.figure(src, caption))
        )
    if n > 4 and rng.random() < 0.4:
        extra.setdefault(rng.randint(1, n - 2), []).append(Item("ad", ad(rng, layout.style)))
    quote = quotable(paras, rng) if n > 4 and rng.random() < 0.35 else None
    if quote:
        k, sentence = quote
        extra.setdefault(k + rng.choice((-1, 0)), []).append(
            Item("quote", layout.quote(esc(sentence)))
        )
    if n > 3 and rng.random() < 0.2:
        extra.setdefault(rng.randint(1, n - 2), []).append(Item("embed", layout.embed(tweet(rng))))
    for block, k, out in boxes:
        extra.setdefault(k, []).append(Item("teaser-out" if out else "teaser", block.html))
    listed = list_lines(paras)
    items = extra.get(-1, [])
    pending: list[str] = []
    for k, line in enumerate(paras):
        if k in listed:
            pending.append(inline(line, rng, layout, section, False))
        else:
            if pending:
                items.append(Item("list", layout.listing(pending)))
                pending = []
            if is_subhead(line, k, n):
                items.append(Item("h", layout.subhead(esc(line))))
            else:
                items.append(
                    Item("p", layout.paragraph(inline(line, rng, layout, section, k == 0)))
                )
        if extra.get(k) and pending:
            items.append(Item("list", layout.listing(pending)))
            pending = []
        items += extra.get(k, [])
    return items + [Item("teaser", b.html) for b in closing]
