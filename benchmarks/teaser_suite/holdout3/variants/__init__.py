"""The third holdout's teaser variants: how each renders, where real sites put it, how many
stories it shows. Names never reuse those of the other sets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...corpus import Story
from ...forms import FORMS, Block
from ..site import Ctx
from . import closers, grids, inline, promos, rails

Draw = Callable[[list[Story], Ctx], tuple[str, list[str]]]  # -> (HTML, texts shown)
IN_TEXT = ("early", "middle", "late")
SLOTS = ("after", "below", "sidebar", "inside", *IN_TEXT, "end")


@dataclass(frozen=True)
class Variant:
    """One kind of teaser markup."""

    name: str
    form: str
    draw: Draw  # -> (HTML, texts shown)
    places: tuple[str, ...]  # where it may go, from SLOTS
    count: tuple[int, int]  # stories shown, fewest and most

    def render(self, stories: list[Story], ctx: Ctx) -> Block:
        """The block showing `stories`."""
        html, shown = self.draw(stories, ctx)
        return Block.of(html, shown, self.form, self.name)


def _v(
    name: str, form: str, draw: Draw, places: tuple[str, ...], count: tuple[int, int]
) -> tuple[str, Variant]:
    """A registry entry."""
    return name, Variant(name, form, draw, places, count)


VARIANTS: dict[str, Variant] = dict(
    (
        _v("more-on-story", "linkbox", promos.more_on_story, ("after",), (2, 4)),
        _v("read-next", "linkbox", promos.read_next, ("after", "after", "below"), (1, 2)),
        _v("closing-embed", "linkbox", promos.closing_embed, ("inside",), (1, 2)),
        _v("latest-posts", "linkbox", promos.latest_posts, ("after", "sidebar"), (3, 4)),
        _v("yarpp-list", "linkbox", promos.yarpp_list, ("inside",), (3, 5)),
        _v("together-news", "linkbox", promos.together, ("after", "below"), (3, 4)),
        _v("partner-news", "linkbox", promos.partner_news, ("below", "after"), (3, 4)),
        _v("mgid", "linkbox", promos.mgid, ("below", "after"), (3, 4)),
        _v("same-topic", "linkbox", promos.same_topic, ("below",), (2, 3)),
        _v("article-list", "linkbox", promos.article_list, ("after", "below"), (3, 4)),
        _v("label-list", "inbody", inline.labelled_list, IN_TEXT, (2, 3)),
        _v("label-link", "inbody", inline.label_link, IN_TEXT, (1, 2)),
        _v("label-unlinked", "inbody", inline.label_unlinked, IN_TEXT, (1, 2)),
        _v("related-story", "inbody", inline.related_story, IN_TEXT, (1, 1)),
        _v("embed-post", "inbody", inline.embed_post, IN_TEXT, (1, 1)),
        _v("wp-embed", "inbody", inline.wp_embed, IN_TEXT, (1, 1)),
        _v("inline-recirc", "inbody", inline.inline_recirc, IN_TEXT, (1, 2)),
        _v("inline-article", "inbody", inline.inline_article, IN_TEXT, (1, 2)),
        _v("go-deeper", "inbody", inline.go_deeper, IN_TEXT, (1, 2)),
        _v("read-more-sub", "inbody", inline.read_more_sub, IN_TEXT, (1, 2)),
        _v("top-stories", "cards", rails.top_stories, ("sidebar",), (4, 6)),
        _v("features", "cards", grids.features, ("below",), (4, 6)),
        _v("post-list", "cards", grids.post_list, ("below",), (3, 5)),
        _v("most-read", "cards", rails.most_read, ("sidebar", "sidebar", "below"), (5, 5)),
        _v("recommended", "cards", grids.recommended, ("below", "after"), (3, 4)),
        _v("query-loop", "cards", grids.query_loop, ("after", "below"), (3, 3)),
        _v("crp", "cards", grids.crp, ("inside",), (3, 4)),
        _v("yarpp-thumbs", "cards", grids.yarpp_thumbs, ("inside",), (4, 4)),
        _v("press-headlines", "cards", grids.press_headlines, ("below",), (4, 6)),
        _v("top-read", "cards", rails.top_read, ("sidebar", "sidebar", "below"), (5, 5)),
        _v("related-cards", "cards", grids.related_cards, ("after",), (3, 5)),
        _v("thumb-rail", "cards", rails.thumb_rail, ("sidebar",), (4, 6)),
        _v("feed-posts", "cards", grids.feed_posts, ("below",), (3, 5)),
        _v("video-playlist", "cards", grids.video_playlist, ("sidebar", "after"), (3, 5)),
        _v("top-headlines", "cards", rails.top_headlines, ("sidebar",), (5, 6)),
        _v("closing-list", "tail", closers.closing_list, ("end",), (2, 4)),
        _v("more-colon", "tail", closers.more_lines, ("end",), (1, 3)),
        _v("reading-list", "tail", closers.reading_list, ("end",), (2, 4)),
        _v("arrow-lines", "tail", closers.arrow_lines, ("end",), (2, 4)),
        _v("earlier", "tail", closers.earlier, ("end",), (1, 2)),
        _v("watch-video", "tail", closers.watch_video, ("end",), (1, 1)),
        _v("read-more-end", "tail", closers.read_more_end, ("end",), (1, 2)),
    )
)
KINDS: dict[str, tuple[str, ...]] = {
    form: tuple(name for name, v in VARIANTS.items() if v.form == form) for form in FORMS
}

__all__ = ["IN_TEXT", "KINDS", "SLOTS", "VARIANTS", "Variant"]
