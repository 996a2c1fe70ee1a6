"""The held-out teaser variants of each form, and the share drawn from the main set's markup."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..forms import RENDER, Block
from .boxes import (
    aside_list,
    embed_cards,
    figure_teasers,
    full_leads,
    quote_cards,
    section_table,
    timed_articles,
    unlinked,
    up_next,
)
from .lists import (
    after_rule,
    datelines,
    headlines,
    labelled_leads,
    ranked,
    sponsored,
    tabs,
    timed_grid,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..corpus import Story
    from ..forms import Ctx

VARIANTS: dict[str, tuple[Callable[[list[Story], Ctx], Block], ...]] = {
    "linkbox": (up_next, timed_articles, full_leads, quote_cards),
    "inbody": (aside_list, figure_teasers, unlinked, section_table, embed_cards),
    "cards": (sponsored, ranked, headlines, timed_grid, tabs),
    "tail": (after_rule, labelled_leads, datelines),
}
KINDS = {
    "linkbox": ("up-next", "timed-articles", "full-lead", "quote-card"),
    "inbody": ("aside-list", "figure-teaser", "no-link", "section-table", "embed-card"),
    "cards": ("sponsored", "ranked", "headlines", "timed-grid", "tabs"),
    "tail": ("after-hr", "labelled", "dateline"),
}  # the variant names the renderers above record, before any "+bodyclass"
MAIN_SHARE = 0.25  # blocks rendered with the main set's markup ("main." variants)
CLASS_ATTR = re.compile(r'\sclass="[^"]*"')


def render(form: str, stories: list[Story], ctx: Ctx) -> Block:
    """A block of `form` showing `stories`: a held-out variant, or now and then a main one."""
    if ctx.rng.random() < MAIN_SHARE:
        block = RENDER[form](stories, ctx)
        block = Block(block.html, block.teasers, form, tuple(f"main.{k}" for k in block.kinds))
    else:
        block = ctx.rng.choice(VARIANTS[form])(stories, ctx)
    if ctx.style == "inline":  # pages without a single class attribute
        return Block(CLASS_ATTR.sub("", block.html), block.teasers, form, block.kinds)
    return block
