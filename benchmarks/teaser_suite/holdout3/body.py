"""A holdout3 article container: the AEB body's lines in the site's markup, with figures,
embeds, pull quotes and ads as the site has them, and the teaser blocks placed in it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..generator import is_subhead
from ..text import esc, wrap_words
from . import embeds, labels
from .site import Item

if TYPE_CHECKING:
    import random

    from ..corpus import Story
    from .site import Site

IN_TEXT = ("early", "middle", "late")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
BODY_EXTRAS = ("tweet", "instagram", "youtube", "video")


def spot_line(spot: str, host: Story, rng: random.Random) -> int:
    """The body line an in-text block follows: never the last, not right under a subhead."""
    n = len(host.paragraphs)
    k = {"early": min(rng.choice((0, 1, 1)), n - 2), "middle": n // 2 - 1, "late": n - 2}[spot]
    k = max(k, 0)
    return k + (k < n - 2 and is_subhead(host.paragraphs[k], k, n))


def inline_html(line: str, rng: random.Random, site: Site) -> str:
    """A paragraph's inner HTML: now and then a few words linked or emphasised."""
    roll = rng.random()
    if roll < 0.25:
        word = re.sub(r"\W+", "-", line.split()[0].lower()).strip("-") or "news"
        return wrap_words(line, rng, site.link_words.format(word=word))
    if roll < 0.3:
        return wrap_words(line, rng, "", rng.choice(("em", "strong", "i", "b")))
    return esc(line)


def pull_quote(host: Story, rng: random.Random) -> str:
    """A sentence of the body to repeat as a pull quote, or ''."""
    found = [
        sentence
        for p in host.paragraphs
        for sentence in SENTENCE_END.split(p)
        if 60 <= len(sentence) <= 200 and sentence[-1] in ".!?"
    ]
    return rng.choice(found) if found else ""


def extras(
    host: Story, site: Site, rng: random.Random, lang: str, year: int
) -> dict[int, list[Item]]:
    """Figures, embeds, pull quotes and ads keyed by the body line they follow (-1: first)."""
    n = len(host.paragraphs)
    out: dict[int, list[Item]] = {}
    chance = site.extras
    if rng.random() < chance.get("figure", 0.0):
        src = f"/images/{host.id[:12]}-{rng.randint(1000, 9999)}.jpg"
        fig = site.figure(src, labels.caption(rng, lang), rng.choice(labels.CREDITS))
        out.setdefault(rng.choice((-1, -1, 0)), []).append(Item("figure", fig))
    if n > 5 and rng.random() < chance.get("figure2", 0.0):
        src = f"/images/{host.id[:12]}-{rng.randint(1000, 9999)}-2.jpg"
        fig = site.figure(src, labels.caption(rng, lang), rng.choice(labels.CREDITS))
        out.setdefault(rng.randint(2, n - 2), []).append(Item("figure", fig))
    for kind in BODY_EXTRAS:
        if n > 3 and rng.random() < chance.get(kind, 0.0):
            html = site.embed(kind, embeds.make(kind, rng, year))
            out.setdefault(rng.randint(1, n - 2), []).append(Item("embed", html))
    if n > 6 and rng.random() < chance.get("quote", 0.0):
        quote = pull_quote(host, rng)
        if quote:
            out.setdefault(rng.randint(2, n - 3), []).append(
                Item("quote", site.embed("quote", esc(quote)))
            )
    if n > 4 and rng.random() < chance.get("ad", 0.0):
        for k in sorted({rng.randint(1, n - 2) for _ in range(1 + (n > 12))}):
            out.setdefault(k, []).append(Item("ad", site.embed("ad", str(rng.randint(1, 9)))))
    return out


def body_items(
    host: Story,
    site: Site,
    rng: random.Random,
    label_lang: str,
    year: int,
    boxes: list[tuple[str, int]],
    closing: list[str],
) -> list[Item]:
    """The container's items: lines as paragraphs or subheads, extras and in-text teaser
    blocks after their lines, closing teaser blocks last."""
    paras = host.paragraphs
    n = len(paras)
    after = extras(host, site, rng, label_lang, year)
    for html, k in boxes:
        after.setdefault(k, []).append(Item("box", html))
    items = list(after.get(-1, []))
    for k, line in enumerate(paras):
        if is_subhead(line, k, n):
            items.append(Item("h", site.subhead(esc(line))))
        else:
            items.append(Item("p", site.para(inline_html(line, rng, site), k == 0)))
        items += after.get(k, [])
    items += [Item("end", html) for html in closing]
    return items


BLOCK = re.compile(r"<(div|figure|aside|section|ul|ol|table|blockquote|iframe|span class=\"end_)")


def br_join(items: list[Item]) -> str:
    """Paragraphs as runs of text parted by <br><br>, as older portals print article text;
    block elements (figures, boxes) stand between them without breaks."""
    out: list[str] = []
    for k, item in enumerate(items):
        if k:
            inline = not BLOCK.match(items[k - 1].html) and not BLOCK.match(item.html)
            out.append("<br><br>\n" if inline else "\n")
        out.append(item.html)
    return "".join(out)
