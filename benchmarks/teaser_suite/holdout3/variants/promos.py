"""Form 1 of holdout3: promo blocks after the article (or closing it) that link other stories:
"More on this story" lists, a "Read next" promo, Substack post embeds, WordPress latest-posts
and YARPP lists, portal and native-ad widgets, Le Monde's "On the same topic"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...text import esc
from .. import leads

if TYPE_CHECKING:
    from ...corpus import Story
    from ..site import Ctx

Shown = tuple[str, list[str]]


def more_on_story(stories: list[Story], ctx: Ctx) -> Shown:
    """A broadcaster's "More on this story": linked headlines with their publication time."""
    c = ctx.cls
    items = "".join(
        f'<li class="{c("mos/li", "")}"><div class="{c("mos/promo", "promo")}">'
        + ctx.a(s, f"<span>{esc(s.title)}</span>", f' class="{c("mos/link", "promo-link")}"')
        + f'<div class="{c("mos/meta", "meta")}"><span class="visually-hidden">Published</span>'
        f"<time>{esc(ctx.ago())}</time></div></div></li>"
        for s in stories
    )
    head = ctx.say("more_story")
    return (
        f'<section data-component="links-block" class="{c("mos", "related-links")}">'
        f'<h2 class="{c("mos/h", "")}">{esc(head)}</h2><ul role="list">{items}</ul></section>',
        [s.title for s in stories],
    )


def read_next(stories: list[Story], ctx: Ctx) -> Shown:
    """One or two big "Read next" promos: a link around image, kicker, headline, standfirst."""
    c = ctx.cls
    shown: list[str] = []
    cards = []
    for story in stories:
        stand = leads.sentences(story, ctx.rng, 220)
        shown += [story.title, stand]
        kicker = esc(ctx.say("kicker"))
        cards.append(
            ctx.a(
                story,
                f'<div class="{c("rn/img", "")}">{ctx.img(story, 640, 360)}</div>'
                f'<div class="{c("rn/text", "")}"><span class="{c("rn/kicker", "kicker")}">{kicker}'
                f'</span><h3 class="{c("rn/h", "")}">{esc(story.title)}</h3>'
                f'<p class="{c("rn/stand", "")}">{esc(stand)}</p></div>',
                f' class="{c("rn/a", "read-next")}"',
            )
        )
    head = esc(ctx.say("read_next"))
    return (
        f'<aside class="{c("rn", "read-next-wrap")}" data-testid="read-next"><h2>{head}</h2>'
        f"{''.join(cards)}</aside>",
        shown,
    )


def embedded_post(story: Story, ctx: Ctx) -> Shown:
    """A Substack embedded-post card: the link around title, subtitle and meta."""
    sub = leads.sentences(story, ctx.rng, 200)
    pub = esc(ctx.say("publication"))
    likes = ctx.rng.randint(3, 400)
    when = f"{ctx.rng.randint(2, 4)} years ago" if ctx.rng.random() < 0.5 else ctx.when()
    attrs = esc(
        f'{{"id":{ctx.rng.randint(10**7, 10**8)},"url":"{ctx.href(story)}",'
        f'"publication_name":"{ctx.say("publication")}","bylines":[]}}'
    )
    inner = (
        f'<div class="embedded-post-header"><img class="embedded-post-publication-logo" '
        f'src="/img/pub-logo.png" loading="lazy"><span class="embedded-post-publication-name">'
        f'{pub}</span></div><div class="embedded-post-title-wrapper"><div class="embedded-post-'
        f'title">{esc(story.title)}</div></div><div class="embedded-post-body">{esc(sub)}</div>'
        '<div class="embedded-post-cta-wrapper"><span class="embedded-post-cta">Read more</span>'
        f'</div><div class="embedded-post-meta">{when} · {likes} likes · '
        f"{ctx.rng.randint(0, 90)} comments</div>"
    )
    link = ctx.a(story, inner, ' class="embedded-post" native="true"')
    html = (
        f'<div class="embedded-post-wrap" data-attrs="{attrs}" data-component-name='
        f'"EmbeddedPostToDOM">{link}</div>'
    )
    return html, [story.title, sub]


def closing_embed(stories: list[Story], ctx: Ctx) -> Shown:
    """A newsletter closing on "my previous posts" as embedded-post cards."""
    html, shown = [], []
    if ctx.rng.random() < 0.6:
        html.append(f"<p>{esc(ctx.say('previously'))}</p>")
    for story in stories:
        card, texts = embedded_post(story, ctx)
        html.append(card)
        shown += texts
    return "\n".join(html), shown


def latest_posts(stories: list[Story], ctx: Ctx) -> Shown:
    """The Gutenberg Latest Posts block with dates and trimmed excerpts."""
    items, shown = [], []
    more = esc(ctx.say("read_more"))
    for story in stories:
        excerpt = leads.words(story, ctx.rng.choice((20, 25, 30)))
        shown += [story.title, excerpt]
        items.append(
            "<li>"
            + ctx.a(story, esc(story.title), ' class="wp-block-latest-posts__post-title"')
            + f'<time class="wp-block-latest-posts__post-date">{esc(ctx.when())}</time>'
            f'<div class="wp-block-latest-posts__post-excerpt">{esc(excerpt)} … '
            + ctx.a(story, more, ' class="wp-block-latest-posts__read-more" rel="noopener"')
            + "</div></li>"
        )
    head = esc(ctx.say("latest"))
    return (
        f'<div class="wp-block-group"><h2 class="wp-block-heading">{head}</h2>'
        '<ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">'
        f"{''.join(items)}</ul></div>",
        shown,
    )


def yarpp_list(stories: list[Story], ctx: Ctx) -> Shown:
    """YARPP's list template appended to the post content, excerpts in <small>."""
    with_excerpt = ctx.rng.random() < 0.6
    items, shown = [], []
    for story in stories:
        t = esc(story.title)
        shown.append(story.title)
        small = ""
        if with_excerpt:
            shown.append(leads.words(story, ctx.rng.randint(12, 20)))
            small = f" <small>{esc(shown[-1])}...</small>"
        link = ctx.a(story, f"{t} ", f' rel="bookmark" title="{t}"')
        items.append(f"<li>{link}<!-- ({ctx.rng.uniform(2, 9):.1f})-->{small}</li>")
    return (
        "<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'>\n"
        f"<!-- YARPP List -->\n<h3>{esc(ctx.say('related_posts'))}</h3><ol>{''.join(items)}</ol>"
        "\n</div>",
        shown,
    )


def together(stories: list[Story], ctx: Ctx) -> Shown:
    """A portal's "news worth reading together" strip: links around thumb, title, press."""
    items = "".join(
        '<li class="cc_item">'
        + ctx.a(
            s,
            f'<div class="cc_thumb">{ctx.img(s, 150, 100)}'
            f'</div><div class="cc_text"><strong class="cc_title">{esc(s.title)}</strong>'
            f'<span class="cc_press">{esc(ctx.say("press"))}</span></div>',
            ' class="cc_link"',
        )
        + "</li>"
        for s in stories
    )
    head = esc(ctx.say("together"))
    return (
        f'<div class="media_end_linked_more"><h4 class="media_end_linked_more_title">{head}</h4>'
        f'<ul class="cc_list">{items}</ul></div>',
        [s.title for s in stories],
    )


def partner_news(stories: list[Story], ctx: Ctx) -> Shown:
    """A Russian news-exchange widget ("Новости партнеров"): links around image and title."""
    items = "".join(
        '<div class="smi2-item">'
        + ctx.a(
            s,
            f'<div class="smi2-image">{ctx.img(s, 200, 150)}'
            f'</div><div class="smi2-title">{esc(s.title)}</div>',
            ' target="_blank" rel="nofollow"',
        )
        + "</div>"
        for s in stories
    )
    return (
        f'<div class="{ctx.cls("partner-news", "partner-news")}"><div class="partner-news__h">'
        f'{esc(ctx.say("partners"))}</div><div id="smi_teaser_{ctx.rng.randint(1000, 99999)}" '
        f'class="smi2-widget">{items}</div></div>',
        [s.title for s in stories],
    )


def mgid(stories: list[Story], ctx: Ctx) -> Shown:
    """An MGID native-ad widget as its loader renders it."""
    wid = ctx.rng.randint(1_000_000, 1_999_999)
    items = "".join(
        '<div class="mgline"><div class="image-with-text"><div class="mcimg">'
        + ctx.a(s, ctx.img(s, 492, 328, "mcimg"), ' target="_blank" rel="nofollow"')
        + '</div><div class="text-elements"><div class="mcdomain"><a target="_blank" '
        f'href="/ads/{wid}">{esc(ctx.say("advertiser"))}</a></div><div class="mctitle">'
        + ctx.a(s, esc(s.title), ' target="_blank" rel="nofollow"')
        + "</div></div></div></div>"
        for s in stories
    )
    return (
        f'<div data-type="_mgwidget" data-widget-id="{wid}"><div id="mgw{wid}"><div '
        f'class="mgheader"><div class="mghead">{esc(ctx.say("promoted"))}</div></div>'
        f'<div class="mgbox">{items}</div></div></div>',
        [s.title for s in stories],
    )


def same_topic(stories: list[Story], ctx: Ctx) -> Shown:
    """Le Monde's "On the same topic": link-wrapped teasers, title and a sentence."""
    items, shown = [], []
    for story in stories:
        desc = leads.sentences(story, ctx.rng, 240)
        shown += [story.title, desc]
        flag = (
            '<span class="teaser__status">Subscribers only</span>' if ctx.rng.random() < 0.4 else ""
        )
        items.append(
            '<div class="teaser teaser--inline-picture">'
            + ctx.a(
                story,
                f'<figure class="teaser__figure">{ctx.img(story, 224, 112)}</figure>'
                f'<h3 class="teaser__title">{flag}{esc(story.title)}</h3>'
                f'<p class="teaser__desc">{esc(desc)}</p>',
                ' class="teaser__link"',
            )
            + "</div>"
        )
    return (
        '<section class="area area--river"><h2 class="area__title">'
        f"{esc(ctx.say('same_topic'))}</h2>{''.join(items)}</section>",
        shown,
    )


def article_list(stories: list[Story], ctx: Ctx) -> Shown:
    """A local site's "Latest News" list: category link, headline link, time."""
    c = ctx.cls
    link = ' class="article-list__article-link"'
    items = "".join(
        f'<li class="{c("al/li", "article-list__item")}"><article class="article-list__article">'
        f'<div class="article-list__article-thumb">{ctx.a(s, ctx.img(s, 160, 90))}</div>'
        '<div class="article-list__article-text"><p class="article-list__article-category">'
        f'<a href="/news/">{esc(ctx.say("category"))}</a></p><h3 class="article-list__article-'
        f'title">{ctx.a(s, esc(s.title), link)}</h3>'
        f'<time class="article-list__article-date">/ {esc(ctx.ago())}</time></div></article></li>'
        for s in stories
    )
    return (
        f'<section class="{c("al", "article-list article-list--latest")}"><h2 class="article-'
        f'list__heading">{esc(ctx.say("latest"))}</h2><ul class="article-list__list">{items}'
        "</ul></section>",
        [s.title for s in stories],
    )
