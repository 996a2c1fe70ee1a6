"""The article body in a site's markup: paragraphs, subheads, a photo, ads, in-body teasers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..generator import is_subhead
from ..layouts.base import Item
from ..text import esc, wrap_words
from . import labels

if TYPE_CHECKING:
    import random

    from ..corpus import Story
    from .site import Site

SPOTS = ("early", "middle", "late")


def spot_line(spot: str, host: Story, rng: random.Random) -> int:
    """The body line an in-body block follows: never the last, not right under a subhead."""
    n = len(host.paragraphs)
    k = {"early": min(rng.choice((0, 1, 1, 2)), n - 2), "middle": n // 2 - 1, "late": n - 2}[spot]
    return max(k + (k < n - 2 and is_subhead(host.paragraphs[k], k, n)), 0)


def inner(line: str, rng: random.Random, section: str) -> str:
    """A paragraph's inner HTML: now and then a few words linked to a tag page, or bold."""
    roll = rng.random()
    if roll < 0.22:
        return wrap_words(line, rng, f"/tag/{section.lower()}/{rng.randint(100, 999)}/")
    if roll < 0.26:
        return wrap_words(line, rng, "", rng.choice(("em", "strong", "b")))
    return esc(line)


def body_items(
    host: Story,
    site: Site,
    rng: random.Random,
    section: str,
    boxes: list[tuple[str, int]],
    closing: list[str],
) -> list[Item]:
    """Body paragraphs with `boxes` (html, line it follows) between them, then `closing`."""
    paras = host.paragraphs
    n = len(paras)
    extra: dict[int, list[Item]] = {}
    if rng.random() < 0.65:
        src = f"/uploads/2019/11/{host.id[:12]}-1024x683.jpg"
        where = rng.choice((-1, -1, 0))
        extra.setdefault(where, []).append(
            Item("figure", site.figure(src, rng.choice(labels.CAPTIONS)))
        )
    if n > 5 and rng.random() < 0.55:
        extra.setdefault(rng.randint(2, n - 3), []).append(Item("ad", site.ad(rng.randint(1, 9))))
    for html, k in boxes:
        extra.setdefault(k, []).append(Item("teaser", site.embed(html, rng)))
    items = extra.get(-1, [])
    for k, line in enumerate(paras):
        if is_subhead(line, k, n):
            items.append(Item("h", site.subhead(esc(line))))
        else:
            items.append(Item("p", site.paragraph(inner(line, rng, section))))
        items += extra.get(k, [])
    return items + [Item("teaser", html) for html in closing]
