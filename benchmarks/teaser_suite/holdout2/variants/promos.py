"""Link blocks after the article (form 1): recommendation widgets, next-story promos, the
previous/next post pair, press-release lists, "Recommended from Medium" cards."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...forms import Block
from ...text import esc
from .. import labels, leads
from ..site import link

if TYPE_CHECKING:
    from ...corpus import Story
    from ..site import Ctx

OLDER = {"de": "Vorheriger Artikel", "fr": "Article précédent", "es": "Artículo anterior",
         "it": "Articolo precedente", "pt": "Artigo anterior"}  # fmt: skip


def with_ads(stories: list[Story], ctx: Ctx) -> list[Story | None]:
    """The stories with one to three paid items (None) among them, as widgets mix them."""
    items: list[Story | None] = list(stories)
    for _ in range(ctx.rng.randint(1, 3)):
        items.insert(ctx.rng.randint(1, len(items)), None)
    return items


def outbrain(stories: list[Story], ctx: Ctx) -> Block:
    """An Outbrain widget: whole-item links, image, headline, source; paid items labelled."""
    widget = ctx.rng.choice(("AR_1", "AR_2", "SB_1", "SF_1"))
    described = ctx.rng.random() < 0.3
    shown, items = [], []
    for k, story in enumerate(with_ads(stories, ctx)):
        if story is None:
            title, source = ctx.rng.choice(labels.ADS)
            href, kind = f"https://paid.outbrain.com/network/redir?p={k}", "ob-o"
            extra = f'<span class="ob-unit ob-rec-label">{esc(ctx.label("promoted"))}</span>'
        else:
            title, source, href, kind = story.title, ctx.site.site, ctx.href(story), "ob-p"
            extra = ""
            shown.append(story.title)
            if described:
                text, dots = leads.summary(story, ctx.rng, "dots", 80, 140)
                shown.append(text)
                extra = f'<span class="ob-unit ob-rec-description">{esc(text)}{dots}</span>'
        items.append(
            f'<li class="ob-dynamic-rec-container ob-recIdx-{k} {kind}">'
            f'<a class="ob-dynamic-rec-link" href="{esc(href)}" data-redirect="null">'
            f'<span class="ob-unit ob-rec-image-container"><div class="ob-image-ratio"></div>'
            f'<img class="ob-rec-image ob-show" src="https://images.outbrainimg.com/transform/v3/'
            f'{ctx.rng.randint(10**8, 10**9)}.jpg" alt="" title="{esc(title)}"></span>'
            f'<span class="ob-unit ob-rec-text" title="{esc(title)}">{esc(title)}</span>'
            f'<span class="ob-unit ob-rec-source">{esc(source)}</span>{extra}</a></li>'
        )
    heading = ctx.rng.choice((ctx.label("more"), f"More from {ctx.site.site}", "Around the Web"))
    html = (
        f'<div class="OUTBRAIN" data-widget-id="{widget}" data-ob-template="{esc(ctx.site.site)}">'
        f'<div class="ob-widget ob-grid-layout {widget}"><div class="ob-widget-header">'
        f'<span class="ob-grid-header"><span>{esc(heading)}</span></span></div>'
        f'<div class="ob-widget-section ob-first"><ul class="ob-widget-items-container">'
        f'{"".join(items)}</ul></div><div class="ob_what"><a href="https://www.outbrain.com/'
        'what-is/default/en" rel="nofollow">Recommended by <span class="ob_logo"></span></a>'
        "</div></div></div>"
    )
    return Block.of(html, shown, "linkbox", "outbrain")


def taboola(stories: list[Story], ctx: Ctx) -> Block:
    """A Taboola feed: thumbnail link and label link per item, "Sponsored | Brand" on ads."""
    items = []
    for k, story in enumerate(with_ads(stories, ctx)):
        if story is None:
            title, brand = ctx.rng.choice(labels.ADS)
            href = f"https://trc.taboola.com/redirect?i={k}"
            branding, cls = f"{brand} | {ctx.label('promoted')}", "syndicatedItem"
        else:
            title, href, branding, cls = (
                story.title,
                ctx.href(story),
                ctx.site.site,
                "trc_excludable",
            )
        h, t = esc(href), esc(title)
        items.append(
            f'<div class="videoCube trc_spotlight_item origin-default thumbnail_top {cls} '
            f'videoCube_{k + 1}_child"><a title="{t}" href="{h}" class="item-thumbnail-href">'
            '<div class="thumbBlock_holder"><span class="thumbBlock"></span></div></a>'
            f'<a title="{t}" href="{h}" class="item-label-href"><span class="video-label-box '
            f'trc-main-label"><span class="video-label video-title trc_ellipsis">{t}</span>'
            f'<span class="branding">{esc(branding)}</span></span></a></div>'
        )
    heading = ctx.rng.choice(("You May Like", "Sponsored Links", "Promoted Links",
                              ctx.label("more")))  # fmt: skip
    html = (
        '<div id="taboola-below-article-thumbnails" class="trc_related_container '
        'tbl-feed-container"><div class="trc_rbox_container"><div class="trc_rbox thumbnails-a">'
        f'<div class="trc_rbox_header"><div class="trc_rbox_header_span">{esc(heading)}</div>'
        '<span class="trc_logos_v_align"><a class="trc_desktop_attribution_link" rel="nofollow" '
        'href="https://popup.taboola.com/en/">by Taboola</a></span></div>'
        f'<div class="trc_rbox_outer"><div class="trc_rbox_div">{"".join(items)}</div></div>'
        "</div></div></div>"
    )
    return Block.of(html, [s.title for s in stories], "linkbox", "taboola")


def next_promo(stories: list[Story], ctx: Ctx) -> Block:
    """A "Next story" promo: one link around label, image, headline and its description."""
    shown, items = [], []
    for story in stories:
        mode = ctx.rng.choice(("sentence", "sentence", "dots", "cut"))
        text, dots = leads.summary(story, ctx.rng, mode, 90, 220)
        shown += [story.title, text]
        items.append(
            f'<a class="next-story" href="{esc(ctx.href(story))}" data-track="next-story">'
            f'<span class="next-story__label">{esc(ctx.label("next"))}</span>'
            f'<span class="next-story__media">{ctx.img(story, "next-story__img", 240, 135)}</span>'
            f'<span class="next-story__text"><h3 class="next-story__headline">{esc(story.title)}'
            f'</h3><p class="next-story__dek">{esc(text)}{dots}</p></span></a>'
        )
    html = f'<div class="next-stories" data-module="next-story">{"".join(items)}</div>'
    return Block.of(html, shown, "linkbox", "next-promo")


def prev_next(stories: list[Story], ctx: Ctx) -> Block:
    """A WordPress theme's previous/next post pair: linked titles under small labels."""
    before, after = stories[0], stories[-1]
    older = OLDER.get(ctx.lang, "Previous article")
    if ctx.site.amp:
        html = (
            '<div class="amp-post-pagination"><ul class="clearfix"><li class="amp-post-pagination-'
            f'prev"><span>{esc(older)}</span> {link(ctx.href(before), before.title)}</li><li '
            f'class="amp-post-pagination-next"><span>{esc(ctx.label("next"))}</span> '
            f"{link(ctx.href(after), after.title)}</li></ul></div>"
        )
        return Block.of(html, [before.title, after.title], "linkbox", "prev-next")
    html = (
        '<div class="td-block-row td-post-next-prev"><div class="td-block-span6 '
        f'td-post-prev-post"><div class="td-post-next-prev-content"><span>{esc(older)}</span>'
        f"{link(ctx.href(before), before.title)}</div></div><div "
        'class="td-next-prev-separator"></div><div class="td-block-span6 td-post-next-post">'
        f'<div class="td-post-next-prev-content"><span>{esc(ctx.label("next"))}</span>'
        f"{link(ctx.href(after), after.title)}</div></div></div>"
    )
    return Block.of(html, [before.title, after.title], "linkbox", "prev-next")


def release_links(stories: list[Story], ctx: Ctx) -> Block:
    """A wire service's "More news releases in similar topics": date, headline, summary..."""
    shown, items = [], []
    for story in stories:
        text, dots = leads.summary(story, ctx.rng, "dots", 150, 240)
        dots = dots if ctx.rng.random() < 0.8 else ""
        shown += [story.title, text]
        items.append(
            f'<div class="col-sm-12 card"><a class="newsreleaseconsolidatelink display-outline '
            f'w-100" href="{esc(ctx.href(story))}"><div class="row"><div class="col-sm-4">'
            f'<div class="img-ratio-element">{ctx.img(story)}</div></div><div class="col-sm-8">'
            f"<h3><small>{ctx.when()}, {ctx.rng.randint(6, 18):02d}:00 ET</small> "
            f'{esc(story.title)}</h3><p class="remove-outline">{esc(text)}{dots}</p></div></div>'
            "</a></div>"
        )
    html = (
        '<div class="col-sm-12 card-list card-list-hr"><h2>More news releases in similar '
        f'topics</h2><div class="row newsCards">{"".join(items)}</div></div>'
    )
    return Block.of(html, shown, "linkbox", "release-links")


def medium_rec(stories: list[Story], ctx: Ctx) -> Block:
    """ "Recommended from Medium": author row, then one link around title and subtitle."""
    shown, items = [], []
    for story in stories:
        author = ctx.rng.choice(labels.AUTHORS)
        shown.append(story.title)
        sub = ""
        if ctx.rng.random() < 0.6:
            text, dots = leads.summary(story, ctx.rng, "sentence", 60, 160)
            shown.append(text)
            sub = f'<div class="h k"><h3 class="bf b gz z">{esc(text)}{dots}</h3></div>'
        items.append(
            f'<article class="mr l"><div class="ms"><a href="/@{author.split()[0].lower()}" '
            f'rel="noopener follow"><img alt="{esc(author)}" class="l eg" src="/1*{story.id[:6]}'
            f'.png" width="20" height="20"><p class="bf b dl z">{esc(author)}</p></a></div>'
            f'<a href="{esc(ctx.href(story))}?source=read_next_recirc" rel="noopener follow">'
            f'<div class="ku"><h2 class="bf kv gt z">{esc(story.title)}</h2>{sub}</div></a>'
            f'<div class="kw"><span>{ctx.rng.randint(3, 14)} min read</span>·'
            f"<span>{ctx.when()}</span></div></article>"
        )
    html = (
        f'<div class="ge gf gg"><h2 class="bf gh">Recommended from Medium</h2>'
        f'<div class="kl km">{"".join(items)}</div></div>'
    )
    return Block.of(html, shown, "linkbox", "medium-rec")
