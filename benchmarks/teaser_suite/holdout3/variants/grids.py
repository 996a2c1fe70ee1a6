"""Form 3 of holdout3, grids: story cards below or beside the article: a broadcaster's
feature grid, Substack's post list, React recommendation grids, Gutenberg's Query Loop,
related-posts plugins (Contextual Related Posts, YARPP thumbnails), portal headline strips
and related cards, G1's feed, a TV station's video playlist."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...text import esc
from .. import leads

if TYPE_CHECKING:
    from ...corpus import Story
    from ..site import Ctx

Shown = tuple[str, list[str]]


def features(stories: list[Story], ctx: Ctx) -> Shown:
    """A "Features" grid: image, linked headline, now and then a summary sentence."""
    c = ctx.cls
    items, shown = [], []
    for story in stories:
        shown.append(story.title)
        summary = ""
        if ctx.rng.random() < 0.35:
            shown.append(leads.sentences(story, ctx.rng, 160))
            summary = f'<p class="{c("ft/summary", "summary")}">{esc(shown[-1])}</p>'
        items.append(
            f'<li class="{c("ft/li", "")}"><div class="{c("ft/img", "")}">{ctx.img(story)}</div>'
            + ctx.a(story, f"<span>{esc(story.title)}</span>", f' class="{c("ft/link", "")}"')
            + f"{summary}</li>"
        )
    return (
        f'<section class="{c("ft", "features")}"><h2>{esc(ctx.say("features"))}</h2>'
        f'<ul role="list">{"".join(items)}</ul></section>',
        shown,
    )


def post_list(stories: list[Story], ctx: Ctx) -> Shown:
    """Substack's archive list under a post: linked title, linked subtitle, meta, image."""
    items, shown = [], []
    for story in stories:
        sub = leads.sentences(story, ctx.rng, 200)
        shown += [story.title, sub]
        items.append(
            '<div class="post-preview portable-archive-post has-image"><div class="post-preview-'
            'content">'
            + ctx.a(story, esc(story.title), ' class="post-preview-title newsletter"')
            + '<div class="post-preview-description-wrapper">'
            + ctx.a(story, esc(sub), ' class="post-preview-description"')
            + f'</div><div class="post-meta"><time>{esc(ctx.when())}</time> · '
            f'{ctx.rng.randint(2, 300)} likes</div></div><div class="post-preview-image">'
            f"{ctx.img(story, 150, 100)}</div></div>"
        )
    tabs = "".join(f'<button class="tab">{t}</button>' for t in ("Top", "Latest", "Discussions"))
    return (
        f'<div class="portable-archive"><div class="portable-archive-tabs">{tabs}</div>'
        f'<div class="portable-archive-list">{"".join(items)}</div>'
        '<a class="portable-archive-more" href="/archive">See all</a></div>',
        shown,
    )


def recommended(stories: list[Story], ctx: Ctx) -> Shown:
    """A recommendation grid: image link, kicker, headline link, standfirst cut short."""
    c = ctx.cls
    items, shown = [], []
    for story in stories:
        stand = leads.cut(story, ctx.rng, 90, 180)
        shown += [story.title, stand]
        dots = "…" if ctx.rng.random() < 0.5 else ""
        items.append(
            f'<div class="{c("rc/card", "card")}">{ctx.a(story, ctx.img(story, 400, 225))}'
            f'<span class="{c("rc/kicker", "kicker")}">{esc(ctx.say("kicker"))}</span>'
            + ctx.a(story, f'<h3 class="{c("rc/h", "")}">{esc(story.title)}</h3>')
            + f'<p class="{c("rc/stand", "")}">{esc(stand)}{dots}</p></div>'
        )
    return (
        f'<section class="{c("rc", "recommended")}"><h2>{esc(ctx.say("recommended"))}</h2>'
        f'<div class="{c("rc/grid", "grid")}">{"".join(items)}</div></section>',
        shown,
    )


def query_loop(stories: list[Story], ctx: Ctx) -> Shown:
    """Gutenberg's Query Loop grid: featured image, title, trimmed excerpt, date."""
    items, shown = [], []
    for story in stories:
        excerpt = leads.words(story, ctx.rng.choice((18, 20, 25)))
        shown += [story.title, excerpt]
        pid = ctx.rng.randint(1000, 99999)
        items.append(
            f'<li class="wp-block-post post-{pid} post type-post status-publish format-standard '
            'has-post-thumbnail hentry category-news"><figure class="wp-block-post-featured-'
            'image">'
            + ctx.a(
                story,
                ctx.img(
                    story, 600, 400, "attachment-post-thumbnail size-post-thumbnail wp-post-image"
                ),
            )
            + '</figure><h3 class="wp-block-post-title '
            'has-medium-font-size">'
            + ctx.a(story, esc(story.title), ' target="_self"')
            + '</h3><div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">'
            f'{esc(excerpt)}&hellip; </p></div><div class="wp-block-post-date"><time>'
            f"{esc(ctx.when())}</time></div></li>"
        )
    return (
        '<div class="wp-block-query is-layout-flow"><h2 class="wp-block-heading">'
        f'{esc(ctx.say("recommended"))}</h2><ul class="columns-3 wp-block-post-template '
        'is-layout-grid wp-block-post-template-is-layout-grid">'
        f"{''.join(items)}</ul></div>",
        shown,
    )


def crp(stories: list[Story], ctx: Ctx) -> Shown:
    """Contextual Related Posts with thumbnails, appended to the post content."""
    thumb = "crp_featured crp_thumb crp_correctratio"
    items = "".join(
        "<li>"
        + ctx.a(
            s,
            f'<figure>{ctx.img(s, 150, 150, thumb)}</figure><span class="crp_title">'
            f"{esc(s.title)}</span>",
            f' class="crp_link post-{ctx.rng.randint(100, 9999)}"',
        )
        + "</li>"
        for s in stories
    )
    return (
        '<div class="crp_related     crp-rounded-thumbs"><h3>'
        f'{esc(ctx.say("related_posts"))}</h3><ul>{items}</ul><div class="crp_clear"></div>'
        "</div>",
        [s.title for s in stories],
    )


def yarpp_thumbs(stories: list[Story], ctx: Ctx) -> Shown:
    """YARPP's thumbnails template, appended to the post content."""
    items = "".join(
        ctx.a(
            s,
            f"{ctx.img(s, 120, 120, 'attachment-yarpp-thumbnail size-yarpp-thumbnail')}"
            f'<span class="yarpp-thumbnail-title">{esc(s.title)}</span>',
            f" class='yarpp-thumbnail' rel='norewrite' title='{esc(s.title)}'",
        )
        + "\n"
        for s in stories
    )
    return (
        "<div class='yarpp yarpp-related yarpp-related-website yarpp-template-thumbnails'>\n"
        f"<!-- YARPP Thumbnails -->\n<h3>{esc(ctx.say('related_posts'))}</h3>\n"
        f'<div class="yarpp-thumbnails-horizontal">\n{items}</div>\n</div>',
        [s.title for s in stories],
    )


def press_headlines(stories: list[Story], ctx: Ctx) -> Shown:
    """A portal's strip of the publisher's main stories: thumbnail and title in one link."""
    items = "".join(
        '<li class="press_edit_news_item">'
        + ctx.a(
            s,
            f'<span class="press_edit_news_thumb">'
            f'{ctx.img(s, 140, 94)}</span><span class="press_edit_news_text"><span '
            f'class="press_edit_news_title">{esc(s.title)}</span></span>',
            ' class="press_edit_news_link"',
        )
        + "</li>"
        for s in stories
    )
    return (
        f'<div class="press_edit_news"><h4 class="press_edit_news_title">'
        f'{esc(ctx.say("press_main"))}</h4><ul class="press_edit_news_list">{items}</ul></div>',
        [s.title for s in stories],
    )


def related_cards(stories: list[Story], ctx: Ctx) -> Shown:
    """An Indonesian portal's "Berita Terkait": image, headline link, channel and date."""
    items = "".join(
        '<article class="list-content__item"><div class="media media--left">'
        + ctx.a(s, ctx.img(s, 146, 82), ' class="media__link"')
        + '<div class="media__text"><h3 class="media__title">'
        + ctx.a(s, esc(s.title), ' class="media__link"')
        + f'</h3><div class="media__date"><span>{esc(ctx.say("channel"))}</span> | '
        f"<span>{esc(ctx.when())}</span></div></div></div></article>"
        for s in stories
    )
    return (
        f'<div class="{ctx.cls("related-cards", "list-content")}"><h2 class="title">'
        f"{esc(ctx.say('closing'))}</h2>{items}</div>",
        [s.title for s in stories],
    )


def feed_posts(stories: list[Story], ctx: Ctx) -> Shown:
    """G1's feed under an article: kicker, headline link, summary sentence, time and section."""
    items, shown = [], []
    for story in stories:
        summary = leads.sentences(story, ctx.rng, 180) if ctx.rng.random() < 0.7 else ""
        shown += [story.title, summary] if summary else [story.title]
        resumo = f'<div class="feed-post-body-resumo">{esc(summary)}</div>' if summary else ""
        items.append(
            '<div class="bastian-feed-item"><div class="feed-post"><div class="feed-post-header">'
            f'<span class="feed-post-header-chapeu">{esc(ctx.say("kicker"))}</span></div>'
            '<div class="feed-post-body"><div class="feed-post-body-title"><div class="_evt">'
            + ctx.a(
                story, esc(story.title), ' class="feed-post-link gui-color-primary gui-color-hover"'
            )
            + f'</div></div>{resumo}<div class="feed-post-metadata">'
            f'<span class="feed-post-datetime">{esc(ctx.ago())}</span><span class="feed-post-'
            f'metadata-section"> {esc(ctx.say("section"))} </span></div></div></div></div>'
        )
    return (
        f'<div class="bastian-page"><h2 class="bastian-title">{esc(ctx.say("recommended"))}'
        f'</h2><div class="_evg">{"".join(items)}</div></div>',
        shown,
    )


def video_playlist(stories: list[Story], ctx: Ctx) -> Shown:
    """A TV station's video playlist: link around thumbnail, duration and title."""
    items = "".join(
        '<li class="video-playlist__item">'
        + ctx.a(
            s,
            f'<div class="video-playlist__thumb">'
            f'{ctx.img(s, 240, 135)}<span class="video-playlist__duration">{ctx.rng.randint(0, 4)}:'
            f'{ctx.rng.randint(0, 59):02d}</span></div><h4 class="video-playlist__title">'
            f"{esc(s.title)}</h4>",
        )
        + "</li>"
        for s in stories
    )
    return (
        f'<section class="video-playlist"><h2>{esc(ctx.say("video"))}</h2><p class="video-'
        'playlist__now">Now Playing</p><ul class="video-playlist__list">'
        f"{items}</ul></section>",
        [s.title for s in stories],
    )
