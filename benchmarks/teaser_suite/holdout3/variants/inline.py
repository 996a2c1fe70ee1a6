"""Form 2 of holdout3: blocks between body paragraphs pointing at other stories: labelled
lists and one-liners (linked, or unlinked as syndicated copies print them), ABC's "Related
Story", Substack and WordPress post embeds, React inline recirculation cards, RIA's inline
article card, The Athletic's "Go deeper", Le Monde's "Read more"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...text import esc
from .promos import embedded_post

if TYPE_CHECKING:
    from ...corpus import Story
    from ..site import Ctx

Shown = tuple[str, list[str]]


def labelled_list(stories: list[Story], ctx: Ctx, key: str = "also") -> Shown:
    """A bold label paragraph, then a list of linked headlines, in the body's own markup."""
    label = esc(ctx.say(key))
    items = [ctx.a(s, esc(s.title)) for s in stories]
    html = ctx.site.para(f"<b>{label}</b>", False) + ctx.site.line_break + ctx.site.listing(items)
    return html, [s.title for s in stories]


def label_link(stories: list[Story], ctx: Ctx, key: str = "also") -> Shown:
    """One-liners "Label: <a>Headline</a>", the label outside the link."""
    label = esc(ctx.say(key))
    strong = ctx.rng.random() < 0.7
    lines = [
        ctx.site.para(
            f"<strong>{label}</strong> {ctx.a(s, esc(s.title))}"
            if strong
            else f"{label} {ctx.a(s, esc(s.title))}",
            False,
        )
        for s in stories
    ]
    return ctx.site.line_break.join(lines), [s.title for s in stories]


def label_unlinked(stories: list[Story], ctx: Ctx) -> Shown:
    """One-liners "Also Read: Headline" with no link, as syndicated feeds print them."""
    label = esc(ctx.say("also"))
    pattern = ctx.rng.choice(
        ("<strong>{l} {t}</strong>", "<strong>{l}</strong> {t}", "{l} {t}", "<em>{l} {t}</em>")
    )
    lines = [ctx.site.para(pattern.format(l=label, t=esc(s.title)), False) for s in stories]
    return ctx.site.line_break.join(lines), [s.title for s in stories]


def related_story(stories: list[Story], ctx: Ctx) -> Shown:
    """ABC's floated "Related Story" box: one link around label and headline."""
    side = ctx.rng.choice(("left", "right"))
    items = "".join(
        f'<div class="inline-content story {side}">'
        + ctx.a(
            s,
            f'{ctx.img(s, 140, 79)}<span class="source">Related Story:</span> '
            f"<strong>{esc(s.title)}</strong>",
        )
        + "</div>"
        for s in stories
    )
    return items, [s.title for s in stories]


def embed_post(stories: list[Story], ctx: Ctx) -> Shown:
    """A Substack embedded post between paragraphs."""
    html, shown = [], []
    for story in stories:
        card, texts = embedded_post(story, ctx)
        html.append(card)
        shown += texts
    return "\n".join(html), shown


def wp_embed(stories: list[Story], ctx: Ctx) -> Shown:
    """A WordPress post embed block: a blockquote fallback link beside the sandboxed iframe."""
    out = []
    provider = ctx.cls("wp-embed", "site")
    for story in stories:
        secret = "".join(
            ctx.rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGH23456789") for _ in range(10)
        )
        href, t = esc(ctx.href(story)), esc(story.title)
        out.append(
            f'<figure class="wp-block-embed is-type-wp-embed is-provider-{provider} '
            f'wp-block-embed-{provider}"><div class="wp-block-embed__wrapper">\n'
            f'<blockquote class="wp-embedded-content" data-secret="{secret}"><a href="{href}">'
            f'{t}</a></blockquote><iframe class="wp-embedded-content" sandbox="allow-scripts" '
            'security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" '
            f'title="&#8220;{t}&#8221; &#8212; {esc(ctx.say("publication"))}" '
            f'src="{href}embed/#?secret={secret}" data-secret="{secret}" width="600" '
            'height="338" frameborder="0" marginwidth="0" marginheight="0" scrolling="no">'
            "</iframe>\n</div></figure>"
        )
    return "\n".join(out), [s.title for s in stories]


def inline_recirc(stories: list[Story], ctx: Ctx) -> Shown:
    """A React site's inline recirculation card: label, image link, kicker, headline link."""
    c = ctx.cls
    items = "".join(
        f'<div class="{c("ir/item", "recirc-item")}">{ctx.a(s, ctx.img(s, 120, 80))}<div>'
        f'<span class="{c("ir/kicker", "kicker")}">{esc(ctx.say("kicker"))}</span>'
        f"{ctx.a(s, f'<h3>{esc(s.title)}</h3>', '')}</div></div>"
        for s in stories
    )
    return (
        f'<aside class="{c("ir", "inline-recirc")}" data-testid="inline-recirc"><p class="'
        f'{c("ir/label", "label")}">{esc(ctx.say("related"))}</p>{items}</aside>',
        [s.title for s in stories],
    )


def inline_article(stories: list[Story], ctx: Ctx) -> Shown:
    """RIA's inline article block: image link, title link, time."""
    items = "".join(
        '<div class="article__block" data-type="article"><div class="article__article m-image">'
        + ctx.a(s, ctx.img(s, 120, 68), ' class="article__article-image"')
        + '<div class="article__article-desc">'
        + ctx.a(
            s,
            f'<span class="article__article-title">{esc(s.title)}</span>',
            ' class="article__article-link color-font-hover-only"',
        )
        + f'<div class="article__article-info"><div class="article__article-info-date">'
        f"{ctx.rng.randint(0, 23):02d}:{ctx.rng.randint(0, 59):02d}</div></div></div></div></div>"
        for s in stories
    )
    return items, [s.title for s in stories]


def go_deeper(stories: list[Story], ctx: Ctx) -> Shown:
    """The Athletic's "GO DEEPER" card: label, then a link around image and headline."""
    items = "".join(
        '<div class="go-deeper" data-testid="go-deeper"><p class="go-deeper__label">GO DEEPER</p>'
        + ctx.a(
            s,
            f'<div class="go-deeper__img">{ctx.img(s, 160, 107)}</div><div '
            f'class="go-deeper__title">{esc(s.title)}</div>',
            ' class="go-deeper__link"',
        )
        + "</div>"
        for s in stories
    )
    return items, [s.title for s in stories]


def read_more_sub(stories: list[Story], ctx: Ctx) -> Shown:
    """Le Monde's "Read more" paragraphs, some flagged for subscribers."""
    lines = []
    for story in stories:
        flag = (
            '<span class="icon__premium"></span><span class="article__status">'
            f"{esc(ctx.say('subscribers'))}</span> "
            if ctx.rng.random() < 0.5
            else ""
        )
        lines.append(
            '<p class="article__paragraph article__paragraph--lire-aussi"><span class='
            f'"article__lire-aussi">{esc(ctx.say("read_more"))}</span> {flag}'
            + ctx.a(story, esc(story.title), ' class="js-article-read-also"')
            + "</p>"
        )
    return "\n".join(lines), [s.title for s in stories]
