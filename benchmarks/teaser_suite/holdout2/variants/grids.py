"""Story grids and lists (form 3): most-popular tabs, numbered trending lists, captioned photo
cards, Jetpack related posts, theme "You may also like" rows, onward-journey containers..."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...forms import Block
from ...text import esc
from .. import labels, leads
from ..site import link

if TYPE_CHECKING:
    from ...corpus import Story
    from ..site import Ctx

ACTIVE = ' class="active"'


def popular_tabs(stories: list[Story], ctx: Ctx) -> Block:
    """A BLOX-style "Most Popular" card: Read/Commented/Shared tabs, linked headlines."""
    items = "".join(
        f'<li><div class="card-container"><div class="card-image"><a href="{esc(ctx.href(s))}">'
        f'{ctx.img(s, "img-responsive", 100, 75)}</a></div><div class="card-headline">'
        f'<h5 class="tnt-headline">{link(ctx.href(s), s.title)}</h5></div><div class="card-meta">'
        f'<ul class="list-inline"><li class="card-date">{ctx.when()}</li></ul></div></div></li>'
        for s in stories
    )
    tabs = "".join(
        f'<li{ACTIVE if k == 0 else ""}><a href="#most-popular-{t.lower()}" data-toggle="tab">'
        f"{t}</a></li>"
        for k, t in enumerate(("Read", "Commented", "Shared", "Emailed"))
    )
    html = (
        f'<div class="tnt-most-popular card"><div class="card-header"><h3 class="card-title">'
        f'{esc(ctx.label("popular"))}</h3></div><ul class="nav nav-tabs" role="tablist">{tabs}'
        '</ul><div class="tab-content"><div class="tab-pane active" id="most-popular-read">'
        f'<ul class="list-unstyled">{items}</ul></div><div class="tab-pane" '
        'id="most-popular-commented"></div></div></div>'
    )
    return Block.of(html, [s.title for s in stories], "cards", "popular-tabs")


def trending(stories: list[Story], ctx: Ctx) -> Block:
    """A numbered "Trending" list: rank, linked headline, sometimes a time."""
    style = ctx.rng.randrange(3)
    items = []
    for k, s in enumerate(stories, 1):
        a = link(ctx.href(s), s.title, "trending__link")
        if style == 0:
            items.append(
                f'<li class="trending__item"><span class="trending__rank">{k}</span>{a}</li>'
            )
        elif style == 1:
            items.append(f'<li><span class="num">{k:02d}</span><h4>{a}</h4><time>{ctx.when()}'
                         "</time></li>")  # fmt: skip
        else:
            items.append(f"<li>{a}</li>")  # numbers from <ol>
    html = (
        f'<section class="trending" data-module="trending"><h2 class="trending__title">'
        f'{esc(ctx.label("popular"))}</h2><ol class="trending__list">{"".join(items)}</ol>'
        "</section>"
    )
    return Block.of(html, [s.title for s in stories], "cards", "trending")


def caption_cards(stories: list[Story], ctx: Ctx) -> Block:
    """Image-led cards: the photo is the link, the headline an unlinked caption under it."""
    items = "".join(
        f'<figure class="photo-card"><a href="{esc(ctx.href(s))}">{ctx.img(s, "", 300, 200)}</a>'
        f"<figcaption>{esc(s.title)}</figcaption></figure>"
        for s in stories
    )
    html = (
        f'<div class="photo-cards"><h2 class="photo-cards__title">{esc(ctx.label("more"))}</h2>'
        f'<div class="photo-cards__row">{items}</div></div>'
    )
    return Block.of(html, [s.title for s in stories], "cards", "caption-cards")


def jetpack(stories: list[Story], ctx: Ctx) -> Block:
    """Jetpack related posts, appended inside the post content: thumb, title, excerpt, date."""
    excerpts = ctx.rng.random() < 0.6
    shown, items = [], []
    for k, s in enumerate(stories):
        href = esc(f"{ctx.href(s)}?relatedposts_hit=1&relatedposts_position={k}")
        shown.append(s.title)
        excerpt = ""
        if excerpts:
            text, dots = leads.summary(s, ctx.rng, ctx.rng.choice(("cut", "dots")), 90, 170)
            shown.append(text)
            excerpt = f'<p class="jp-relatedposts-post-excerpt">{esc(text)}{dots}</p>'
        items.append(
            f'<div class="jp-relatedposts-post jp-relatedposts-post{k} jp-relatedposts-post-thumbs"'
            f' data-post-id="{ctx.rng.randint(1000, 99999)}" data-post-format="false">'
            f'<a class="jp-relatedposts-post-a" href="{href}" rel="nofollow" data-position="{k}">'
            f"{ctx.img(s, 'jp-relatedposts-post-img', 350, 200)}</a>"
            '<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" '
            f'href="{href}" rel="nofollow">{esc(s.title)}</a></h4>{excerpt}'
            f'<p class="jp-relatedposts-post-date">{ctx.when()}</p>'
            f'<p class="jp-relatedposts-post-context">In "{esc((s.section or "News").title())}"'
            "</p></div>"
        )
    heading = ctx.rng.choice(("Related", "Related Posts", ctx.label("related")))
    html = (
        '<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;">'
        f'<h3 class="jp-relatedposts-headline"><em>{esc(heading)}</em></h3>'
        '<div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">'
        f"{''.join(items)}</div></div>"
    )
    return Block.of(html, shown, "cards", "jetpack")


def ymal(stories: list[Story], ctx: Ctx) -> Block:
    """A news theme's "You may also like" row: thumbnail, category link, linked title."""
    items = "".join(
        '<div class="td-related-span4"><div class="td_module_related_posts td_mod_related_posts">'
        f'<div class="td-module-image"><div class="td-module-thumb"><a href="{esc(ctx.href(s))}" '
        f'class="td-image-wrap">{ctx.img(s, "entry-thumb", 218, 150)}</a></div>'
        f'<a href="/category/{esc(s.section or "news")}/" class="td-post-category">'
        f'{esc((s.section or "News").title())}</a></div><div class="item-details"><h3 '
        f'class="entry-title td-module-title">{link(ctx.href(s), s.title)}</h3></div></div></div>'
        for s in stories
    )
    heading = ctx.rng.choice(("You may also like", "RELATED ARTICLES", ctx.label("more")))
    html = (
        '<div class="td_block_wrap td_block_related_posts td-pb-border-top '
        f'td_block_template_1"><h4 class="td-related-title td-block-title"><a '
        f'class="td-related-left td-cur-simple-item" href="#">{esc(heading)}</a><a '
        'class="td-related-right" href="#">MORE FROM AUTHOR</a></h4><div class="td_block_inner">'
        f'<div class="td-related-row">{items}</div></div></div>'
    )
    return Block.of(html, [s.title for s in stories], "cards", "ymal")


def onward(stories: list[Story], ctx: Ctx) -> Block:
    """A Guardian-style onward-journey container: kicker + headline link, standfirst, age,
    and the card's invisible overlay link repeating the headline."""
    standfirsts = ctx.rng.random() < 0.7
    shown, items = [], []
    for s in stories:
        href = esc(ctx.href(s))
        shown.append(s.title)
        standfirst = ""
        if standfirsts:
            text, dots = leads.summary(s, ctx.rng, "sentence", 80, 200)
            shown.append(text)
            standfirst = (
                '<div class="fc-item__standfirst-wrapper"><div class="fc-item__standfirst">'
                f"{esc(text)}{dots}</div></div>"
            )
        items.append(
            '<li class="fc-slice__item l-row__item l-row__item--span-1 u-faux-block-link">'
            '<div class="fc-item fc-item--has-image fc-item--type-article js-fc-item" '
            'data-link-name="article"><div class="fc-item__container"><div '
            f'class="fc-item__media-wrapper">{ctx.img(s, "responsive-img", 300, 180)}</div>'
            '<div class="fc-item__content"><div class="fc-item__header"><h3 class="fc-item__title">'
            f'<a href="{href}" class="fc-item__link" data-link-name="article"><span '
            f'class="fc-item__kicker">{esc((s.section or "News").title())}</span> <span '
            f'class="u-faux-block-link__cta fc-item__headline"><span class="js-headline-text">'
            f"{esc(s.title)}</span></span></a></h3></div>{standfirst}"
            f'<div class="fc-item__meta"><time class="fc-item__timestamp">{ctx.when()}</time>'
            "</div></div>"
            f'<a href="{href}" class="u-faux-block-link__overlay js-headline-text" '
            f'tabindex="-1" aria-hidden="true">{esc(s.title)}</a></div></div></li>'
        )
    heading = ctx.rng.choice(("More on this story", "Related stories", "More from this section"))
    html = (
        '<section class="fc-container fc-container--tag" data-component="more-on-this-story">'
        '<div class="fc-container__inner"><div class="fc-container__header"><h2 '
        f'class="fc-container__header__title"><span>{esc(heading)}</span></h2></div>'
        '<div class="fc-container__body"><ul class="u-unstyled l-row l-row--cols-4 fc-slice">'
        f"{''.join(items)}</ul></div></div></section>"
    )
    return Block.of(html, shown, "cards", "onward")


def results_list(stories: list[Story], ctx: Ctx) -> Block:
    """An Arc "More Stories" results list: image link, headline link, description, byline."""
    shown, items = [], []
    for s in stories:
        href = esc(ctx.href(s))
        shown.append(s.title)
        desc = ""
        if ctx.rng.random() < 0.7:
            text, dots = leads.summary(s, ctx.rng, ctx.rng.choice(("sentence", "cut")), 90, 200)
            shown.append(text)
            desc = f'<p class="c-paragraph b-results-list__description">{esc(text)}{dots}</p>'
        items.append(
            f'<div class="b-results-list__item"><a class="c-link" href="{href}" aria-hidden="true"'
            f' tabindex="-1">{ctx.img(s, "c-image", 274, 154)}</a><div class="c-stack '
            f'b-results-list__headline-container"><h2 class="c-heading"><a class="c-link" '
            f'href="{href}">{esc(s.title)}</a></h2>{desc}<div class="c-attribution">By '
            f'{esc(ctx.rng.choice(labels.AUTHORS))}</div><time class="c-date">{ctx.when()}</time>'
            "</div></div>"
        )
    html = (
        f'<div class="b-results-list"><h2 class="c-heading b-results-list__title">'
        f"{esc(ctx.label('more'))}</h2>{''.join(items)}</div>"
    )
    return Block.of(html, shown, "cards", "results-list")


def ranking(stories: list[Story], ctx: Ctx) -> Block:
    """A portal's access ranking: whole-item links, rank, headline, source and time."""
    items = "".join(
        f'<li class="ranking__item"><a class="ranking__link" href="{esc(ctx.href(s))}">'
        f'<span class="ranking__num">{k}</span><div class="ranking__text"><p '
        f'class="ranking__headline">{esc(s.title)}</p><span class="ranking__source">'
        f"{esc(ctx.site.site)}</span> <time>{ctx.when()}</time></div>"
        f"{ctx.img(s, 'ranking__thumb', 80, 80)}</a></li>"
        for k, s in enumerate(stories, 1)
    )
    html = (
        f'<section class="ranking"><h2 class="ranking__title">{esc(ctx.label("popular"))}</h2>'
        f'<ol class="ranking__list">{items}</ol></section>'
    )
    return Block.of(html, [s.title for s in stories], "cards", "ranking")


def more_from(stories: list[Story], ctx: Ctx) -> Block:
    """Medium's "More from <author>": linked title, subtitle outside the link, read time."""
    shown, items = [], []
    for s in stories:
        shown.append(s.title)
        sub = ""
        if ctx.rng.random() < 0.7:
            text, dots = leads.summary(s, ctx.rng, "sentence", 60, 150)
            shown.append(text)
            sub = f'<div class="pw-subtitle-paragraph">{esc(text)}{dots}</div>'
        items.append(
            f'<div class="ln lo"><a href="{esc(ctx.href(s))}" rel="noopener follow"><h2 '
            f'class="bf lp lq">{esc(s.title)}</h2></a>{sub}<span class="lr">'
            f"{ctx.rng.randint(3, 12)} min read · {ctx.when()}</span></div>"
        )
    author = ctx.rng.choice(labels.AUTHORS)
    html = (
        f'<div class="lg lh"><h2 class="bf li">More from {esc(author)}</h2><div class="lj">'
        f'{"".join(items)}</div><a href="/@{author.split()[0].lower()}">See all from '
        f"{esc(author)}</a></div>"
    )
    return Block.of(html, shown, "cards", "more-from")


def amp_related(stories: list[Story], ctx: Ctx) -> Block:
    """An AMP plugin's related posts: amp-img, linked title and a 15-word excerpt with …."""
    shown, items = [], []
    for s in stories:
        href = ctx.href(s)
        href = esc(href if href.endswith("/amp/") else href.rstrip("/") + "/amp/")
        text = s.lead(ctx.rng.randint(80, 110))
        shown += [s.title, text]
        items.append(
            f'<li class="has_related_thumbnail"><div class="related-post_image"><a href="{href}" '
            f'rel="bookmark"><amp-img src="/uploads/{s.id[:8]}-220x134.jpg" width="220" '
            'height="134" layout="responsive" alt=""></amp-img></a></div><div class="related_link">'
            f'<a href="{href}">{esc(s.title)}</a><p>{esc(text)}&hellip;</p></div></li>'
        )
    html = (
        '<div class="amp-wp-content relatedpost"><div class="related_posts"><ol class="clearfix">'
        f'<span class="related-title">{esc(ctx.label("related"))}</span>{"".join(items)}</ol>'
        "</div></div>"
    )
    return Block.of(html, shown, "cards", "amp-related")


def tiles(stories: list[Story], ctx: Ctx) -> Block:
    """Image tiles with linked headlines and no summary (CNN-era "cd" cards)."""
    items = "".join(
        f'<article class="cd cd--card cd--article cd--idx-{k}"><div class="cd__wrapper"><div '
        f'class="media"><a href="{esc(ctx.href(s))}">{ctx.img(s, "media__image", 300, 169)}</a>'
        '</div><div class="cd__content"><h3 class="cd__headline"><a href='
        f'"{esc(ctx.href(s))}"><span class="cd__headline-text">{esc(s.title)}</span></a></h3>'
        "</div></div></article>"
        for k, s in enumerate(stories)
    )
    html = (
        f'<section class="zn zn-more-stories"><h2 class="zn-header__text">'
        f'{esc(ctx.label("more"))}</h2><div class="zn__containers">{items}</div></section>'
    )
    return Block.of(html, [s.title for s in stories], "cards", "tiles")
