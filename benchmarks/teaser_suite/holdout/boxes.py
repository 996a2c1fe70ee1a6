"""Held-out markup of forms 1 and 2: link-wrapped boxes after the body, boxes inside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..forms import Block
from ..labels import kicker
from ..text import esc
from . import labels as hl
from .leads import full_lead, some_lead

if TYPE_CHECKING:
    from ..corpus import Story
    from ..forms import Ctx


def up_next(stories: list[Story], ctx: Ctx) -> Block:
    """An "Up next" / "Continue reading" box: each story a link around headline and lead."""
    attrs, suffix = hl.container(ctx.rng, "linkbox", ctx.style)
    label = ctx.rng.choice(hl.UP_NEXT)
    shown, items = [], []
    for story in stories:
        lead = some_lead(story, ctx.rng, 90, 260, 0.3)
        shown += [story.title, lead]
        items.append(
            f'<a href="{esc(ctx.href(story))}"{ctx.inner_cls()}><div><h3>{esc(story.title)}</h3>'
            f"<p>{esc(lead)}</p></div></a>"
        )
    head = ctx.rng.choice(("<p><b>{}</b></p>", "<span>{}</span>", "<h2>{}</h2>"))
    html = f"<div{attrs}>{head.format(esc(label))}{''.join(items)}</div>"
    return Block.of(html, shown, "linkbox", "up-next" + suffix)


def timed_articles(stories: list[Story], ctx: Ctx) -> Block:
    """Teasers as <article>s with a <time>, each wrapped in its link."""
    attrs, suffix = hl.container(ctx.rng, "linkbox", ctx.style)
    shown, items = [], []
    for story in stories:
        lead = some_lead(story, ctx.rng, 100, 300, 0.4)
        shown += [story.title, lead]
        when = ctx.rng.choice(hl.TIMES)
        items.append(
            f'<a href="{esc(ctx.href(story))}"><article{ctx.inner_cls()}>'
            f'<time datetime="2019-11-{ctx.rng.randint(1, 28):02d}">{when}</time>'
            f"<h3>{esc(story.title)}</h3><p>{esc(lead)}</p></article></a>"
        )
    head = f"<h2>{esc(hl.heading(ctx.rng, ctx.lang))}</h2>" if ctx.rng.random() < 0.6 else ""
    html = f"<section{attrs}>{head}{''.join(items)}</section>"
    return Block.of(html, shown, "linkbox", "timed-articles" + suffix)


def full_leads(stories: list[Story], ctx: Ctx) -> Block:
    """Link boxes whose lead is not cut: whole sentences ending on a full stop."""
    attrs, suffix = hl.container(ctx.rng, "linkbox", ctx.style)
    shown, items = [], []
    for story in stories:
        lead = full_lead(story, ctx.rng)
        if ctx.rng.random() < 0.5:
            shown.append(lead)
            label = esc(kicker(ctx.rng, ctx.lang, story.section).title())
            inner = f"<small>{label}</small><p>{esc(lead)}</p>"
        else:
            shown += [story.title, lead]
            inner = f"<h4>{esc(story.title)}</h4><p>{esc(lead)}</p>"
        items.append(f'<a href="{esc(ctx.href(story))}"{ctx.inner_cls()}><div>{inner}</div></a>')
    html = f"<div{attrs}>{''.join(items)}</div>"
    return Block.of(html, shown, "linkbox", "full-lead" + suffix)


def quote_cards(stories: list[Story], ctx: Ctx) -> Block:
    """Teasers dressed as quotes: a link around a <blockquote> of the lead and a <cite>."""
    attrs, suffix = hl.container(ctx.rng, "linkbox", ctx.style)
    shown, items = [], []
    for story in stories:
        lead = some_lead(story, ctx.rng, 80, 220, 0.5)
        shown += [lead, story.title]
        items.append(
            f'<a href="{esc(ctx.href(story))}"><blockquote><p>“{esc(lead)}”</p></blockquote>'
            f"<cite>{esc(story.title)}</cite></a>"
        )
    html = f"<div{attrs}>{''.join(items)}</div>"
    return Block.of(html, shown, "linkbox", "quote-card" + suffix)


def aside_list(stories: list[Story], ctx: Ctx) -> Block:
    """An <aside> of linked headlines with times, between body paragraphs."""
    attrs, suffix = hl.container(ctx.rng, "inbody", ctx.style)
    items = "".join(
        f'<li><a href="{esc(ctx.href(s))}">{esc(s.title)}</a> '
        f"<time>{ctx.rng.choice(hl.TIMES)}</time></li>"
        for s in stories
    )
    head = f"<h4>{esc(hl.heading(ctx.rng, ctx.lang))}</h4>" if ctx.rng.random() < 0.85 else ""
    html = f"<aside{attrs}>{head}<ul>{items}</ul></aside>"
    return Block.of(html, [s.title for s in stories], "inbody", "aside-list" + suffix)


def figure_teasers(stories: list[Story], ctx: Ctx) -> Block:
    """Each teaser a <figure>: linked picture, the headline in the <figcaption>."""
    attrs, suffix = hl.container(ctx.rng, "inbody", ctx.style)
    figures = []
    for story in stories:
        label = (
            f"<span>{esc(hl.heading(ctx.rng, ctx.lang))}</span> " if ctx.rng.random() < 0.5 else ""
        )
        href = esc(ctx.href(story))
        figures.append(
            f'<figure{attrs}><a href="{href}">{ctx.img(story)}</a><figcaption>{label}'
            f'<a href="{href}">{esc(story.title)}</a></figcaption></figure>'
        )
    html = "\n".join(figures)
    return Block.of(html, [s.title for s in stories], "inbody", "figure-teaser" + suffix)


def unlinked(stories: list[Story], ctx: Ctx) -> Block:
    """One-liners naming other stories without any link: a label, then the headline."""
    label = hl.heading(ctx.rng, ctx.lang)
    pattern = ctx.rng.choice(
        ("<strong>{l}:</strong> {t}", "→ {t}", "<em>{l}</em> — {t}", "<b>{L}</b> {t}")
    )
    html = "\n".join(
        ctx.paragraph(pattern.format(l=esc(label), L=esc(label.upper()), t=esc(s.title)))
        for s in stories
    )
    return Block.of(html, [s.title for s in stories], "inbody", "no-link")


def section_table(stories: list[Story], ctx: Ctx) -> Block:
    """An "Also in this section" <table>: headline cells and time cells."""
    attrs, suffix = hl.container(ctx.rng, "inbody", ctx.style)
    title = ctx.rng.choice(hl.SECTION_TABLE).format(section=ctx.rng.choice(("World", "Business")))
    rows = "".join(
        f'<tr><td><a href="{esc(ctx.href(s))}">{esc(s.title)}</a></td>'
        f"<td>{ctx.rng.choice(hl.TIMES)}</td></tr>"
        for s in stories
    )
    head = (
        f"<caption>{esc(title)}</caption>"
        if ctx.rng.random() < 0.5
        else f'<thead><tr><th colspan="2">{esc(title)}</th></tr></thead>'
    )
    html = f"<table{attrs}>{head}<tbody>{rows}</tbody></table>"
    return Block.of(html, [s.title for s in stories], "inbody", "section-table" + suffix)


def embed_cards(stories: list[Story], ctx: Ctx) -> Block:
    """Bookmark cards (Ghost/oEmbed-like): headline, description, site name, thumbnail."""
    attrs, suffix = hl.container(ctx.rng, "inbody", ctx.style)
    shown, cards = [], []
    for story in stories:
        lead = some_lead(story, ctx.rng, 80, 200, 0.5)
        shown += [story.title, lead]
        cards.append(
            f'<figure{attrs}><a href="{esc(ctx.href(story))}"><div><div>{esc(story.title)}</div>'
            f"<div>{esc(lead)}</div><div><span>{ctx.rng.choice(hl.SOURCES)}</span></div></div>"
            f"<div>{ctx.img(story)}</div></a></figure>"
        )
    return Block.of("\n".join(cards), shown, "inbody", "embed-card" + suffix)
