"""Form 3 of holdout3, rails: ranked and timed headline lists beside the article: "Top
Stories", numbered most-read lists, portal rankings with view counts, a "Latest News" rail
with thumbnails, a sports site's "Top Headlines"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...text import esc

if TYPE_CHECKING:
    from ...corpus import Story
    from ..site import Ctx

Shown = tuple[str, list[str]]


def top_stories(stories: list[Story], ctx: Ctx) -> Shown:
    """A "Top Stories" rail: linked headlines and their times."""
    c = ctx.cls
    items = "".join(
        f'<li class="{c("ts/li", "")}">'
        + ctx.a(s, f"<span>{esc(s.title)}</span>", f' class="{c("ts/link", "")}"')
        + f'<span class="{c("ts/time", "time")}">{esc(ctx.ago())}</span></li>'
        for s in stories
    )
    return (
        f'<section class="{c("ts", "top-stories")}" data-component="top-stories">'
        f'<h2>{esc(ctx.say("top"))}</h2><ul role="list">{items}</ul></section>',
        [s.title for s in stories],
    )


def most_read(stories: list[Story], ctx: Ctx) -> Shown:
    """A numbered most-read list."""
    c = ctx.cls
    items = "".join(
        f'<li class="{c("mr/li", "")}"><span class="{c("mr/n", "rank")}">{k}</span>'
        + ctx.a(s, esc(s.title), f' class="{c("mr/link", "")}"')
        + "</li>"
        for k, s in enumerate(stories, 1)
    )
    return (
        f'<section class="{c("mr", "most-read")}" data-testid="most-read"><h2 class='
        f'"{c("mr/h", "")}">{esc(ctx.say("most_read"))}</h2><ol>{items}</ol></section>',
        [s.title for s in stories],
    )


def top_read(stories: list[Story], ctx: Ctx) -> Shown:
    """A portal's ranking: number, linked headline, view count."""
    items = "".join(
        f'<li><em class="num">{k}</em>'
        + ctx.a(s, esc(s.title))
        + f' <span class="views">{ctx.rng.randint(1, 99)},{ctx.rng.randint(100, 999)}</span></li>'
        for k, s in enumerate(stories, 1)
    )
    return (
        f'<div class="{ctx.cls("top-read", "ranking")}"><h3>{esc(ctx.say("most_read"))}</h3>'
        f"<ol>{items}</ol></div>",
        [s.title for s in stories],
    )


def thumb_rail(stories: list[Story], ctx: Ctx) -> Shown:
    """A news portal's "Latest News" rail: thumbnail and headline links, update time."""
    items = "".join(
        '<li class="rail-item">'
        + ctx.a(s, ctx.img(s, 100, 75), ' class="rail-thumb"')
        + '<div class="rail-text">'
        + ctx.a(s, f"<h3>{esc(s.title)}</h3>")
        + f'<span class="rail-date">Updated: {esc(ctx.ago())}</span></div></li>'
        for s in stories
    )
    return (
        f'<div class="{ctx.cls("thumb-rail", "latest-news-rail")}"><h2>'
        f"{esc(ctx.say('latest'))}</h2><ul>{items}</ul></div>",
        [s.title for s in stories],
    )


def top_headlines(stories: list[Story], ctx: Ctx) -> Shown:
    """A sports site's "Top Headlines" stack."""
    attrs = ' data-mptype="story"'
    items = "".join(f"<li>{ctx.a(s, esc(s.title), attrs)}</li>" for s in stories)
    return (
        '<section class="col-c headlineStack"><header class="headlineStack__header"><h2>'
        f'{esc(ctx.say("top"))}</h2></header><ul class="headlineStack__list">{items}</ul>'
        "</section>",
        [s.title for s in stories],
    )
