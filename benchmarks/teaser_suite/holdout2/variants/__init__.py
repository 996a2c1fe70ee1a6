"""The second holdout's teaser variants: how each renders, where real sites put it, how many
stories it shows. Variant names never reuse the main set's or the first holdout's."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import grids, inline, promos, tails

if TYPE_CHECKING:
    from collections.abc import Callable

    from ...corpus import Story
    from ...forms import Block
    from ..site import Ctx

IN_TEXT = ("early", "middle", "late")


@dataclass(frozen=True)
class Variant:
    """One kind of teaser markup."""

    form: str
    render: Callable[[list[Story], Ctx], Block]
    places: tuple[str, ...]  # "after", "below", "sidebar", "inside", IN_TEXT, "end", "next"
    count: tuple[int, int]  # stories shown, fewest and most


VARIANTS: dict[str, Variant] = {
    "outbrain": Variant("linkbox", promos.outbrain, ("below", "below", "after"), (3, 4)),
    "taboola": Variant("linkbox", promos.taboola, ("below",), (3, 4)),
    "next-promo": Variant("linkbox", promos.next_promo, ("after", "after", "inside"), (1, 2)),
    "prev-next": Variant("linkbox", promos.prev_next, ("after",), (2, 2)),
    "release-links": Variant("linkbox", promos.release_links, ("after", "sidebar"), (3, 4)),
    "medium-rec": Variant("linkbox", promos.medium_rec, ("below",), (2, 4)),
    "interstitial": Variant("inbody", inline.interstitial, IN_TEXT, (1, 2)),
    "rich-link": Variant("inbody", inline.rich_link, IN_TEXT, (1, 1)),
    "read-also": Variant("inbody", inline.read_also, IN_TEXT, (1, 2)),
    "related-caps": Variant("inbody", inline.related_caps, IN_TEXT, (1, 2)),
    "related-plain": Variant("inbody", inline.related_plain, IN_TEXT, (1, 2)),
    "related-card": Variant("inbody", inline.related_card, IN_TEXT, (1, 1)),
    "bracket-links": Variant("inbody", inline.bracket_links, IN_TEXT, (1, 3)),
    "teaser-box": Variant("inbody", inline.teaser_box, IN_TEXT, (1, 2)),
    "link-embed": Variant("inbody", inline.link_embed, IN_TEXT, (1, 1)),
    "live-post": Variant("inbody", inline.live_post, IN_TEXT, (1, 1)),
    "popular-tabs": Variant("cards", grids.popular_tabs, ("sidebar", "sidebar", "below"), (4, 5)),
    "trending": Variant("cards", grids.trending, ("sidebar", "after", "below"), (4, 5)),
    "caption-cards": Variant("cards", grids.caption_cards, ("after", "below"), (3, 4)),
    "jetpack": Variant("cards", grids.jetpack, ("inside",), (3, 3)),
    "ymal": Variant("cards", grids.ymal, ("after",), (3, 6)),
    "onward": Variant("cards", grids.onward, ("below",), (4, 4)),
    "results-list": Variant("cards", grids.results_list, ("after", "below", "sidebar"), (3, 5)),
    "ranking": Variant("cards", grids.ranking, ("sidebar", "below"), (5, 5)),
    "more-from": Variant("cards", grids.more_from, ("below",), (2, 4)),
    "amp-related": Variant("cards", grids.amp_related, ("after",), (3, 3)),
    "tiles": Variant("cards", grids.tiles, ("after", "below", "sidebar"), (3, 4)),
    "more-line": Variant("tail", tails.more_line, ("end",), (1, 3)),
    "read-more-list": Variant("tail", tails.read_more_list, ("end",), (2, 4)),
    "unlinked-list": Variant("tail", tails.unlinked_list, ("end",), (2, 3)),
    "kanren-end": Variant("tail", tails.kanren_end, ("end",), (2, 3)),
    "next-article": Variant("tail", tails.next_article, ("next",), (1, 1)),
}
KINDS: dict[str, tuple[str, ...]] = {
    form: tuple(name for name, v in VARIANTS.items() if v.form == form)
    for form in ("linkbox", "inbody", "cards", "tail")
}

__all__ = ["IN_TEXT", "KINDS", "VARIANTS", "Variant"]
