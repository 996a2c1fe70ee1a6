"""Held-out markup of forms 3 and 4: widgets and lists beside or after the body, unlinked
paragraphs ending it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..forms import Block
from ..text import esc
from . import labels as hl
from .leads import full_lead, some_lead

if TYPE_CHECKING:
    from ..corpus import Story
    from ..forms import Ctx

OWN_DATELINE = re.compile(r"^[A-Z][\w.,' ]+ \([\w ]+\) [-—–] ")


def sponsored(stories: list[Story], ctx: Ctx) -> Block:
    """An Outbrain/Taboola-like widget: "Recommended by", headlines with source names."""
    attrs, suffix = hl.container(ctx.rng, "cards", ctx.style)
    items = []
    for story in stories:
        tag = ctx.rng.choice(hl.SPONSOR_TAGS) if ctx.rng.random() < 0.4 else ""
        tag_html = f" <em>{tag}</em>" if tag else ""
        items.append(
            f'<a href="{esc(ctx.href(story))}?utm_source=widget" rel="sponsored nofollow">'
            f"{ctx.img(story)}<span>{esc(story.title)}</span>"
            f"<span>{ctx.rng.choice(hl.SOURCES)}{tag_html}</span></a>"
        )
    label = ctx.rng.choice(hl.SPONSORED)
    html = f"<div{attrs}><div><span>{label}</span></div><div>{''.join(items)}</div></div>"
    return Block.of(html, [s.title for s in stories], "cards", "sponsored" + suffix)


def ranked(stories: list[Story], ctx: Ctx) -> Block:
    """A numbered "Most read" <ol>: rank numbers, linked headlines, sometimes a lead."""
    attrs, suffix = hl.container(ctx.rng, "cards", ctx.style)
    shown, items = [], []
    rank = ctx.rng.choice(("<span>{}</span>", "<strong>{:02d}</strong>", "<b>{}.</b>", ""))
    for number, story in enumerate(stories, 1):
        lead = story.lead(ctx.rng.randint(90, 160)) if ctx.rng.random() < 0.3 else ""
        shown += [story.title, lead] if lead else [story.title]
        p = f"<p>{esc(lead)}</p>" if lead else ""
        items.append(
            f'<li>{rank.format(number)}<a href="{esc(ctx.href(story))}">{esc(story.title)}</a>'
            f"{p}</li>"
        )
    head = esc(hl.heading(ctx.rng, ctx.lang))
    html = f"<section{attrs}><h3>{head}</h3><ol>{''.join(items)}</ol></section>"
    return Block.of(html, shown, "cards", "ranked" + suffix)


def headlines(stories: list[Story], ctx: Ctx) -> Block:
    """Headlines only, no leads: "Trending"/"Popular" in many languages, <br> or list."""
    attrs, suffix = hl.container(ctx.rng, "cards", ctx.style)
    links = [f'<a href="{esc(ctx.href(s))}">{esc(s.title)}</a>' for s in stories]
    join = ctx.rng.randrange(3)
    if join == 0:
        inner = "<br>\n".join(links)
    elif join == 1:
        inner = "<ul>" + "".join(f"<li>{a}</li>" for a in links) + "</ul>"
    else:
        inner = " · ".join(links)
    head = ctx.rng.choice(("<h2>{}</h2>", "<div><b>{}</b></div>", "<h5>{}</h5>"))
    html = f"<div{attrs}>{head.format(esc(hl.heading(ctx.rng, ctx.lang)))}{inner}</div>"
    return Block.of(html, [s.title for s in stories], "cards", "headlines" + suffix)


def timed_grid(stories: list[Story], ctx: Ctx) -> Block:
    """<article> cards with a <time> and a summary that is not cut off."""
    attrs, suffix = hl.container(ctx.rng, "cards", ctx.style)
    shown, items = [], []
    for story in stories:
        summary = full_lead(story, ctx.rng, 60, 220)
        shown += [story.title, summary]
        h = esc(ctx.href(story))
        items.append(
            f'<article{ctx.inner_cls()}><a href="{h}">{ctx.img(story)}</a>'
            f'<h3><a href="{h}">{esc(story.title)}</a></h3><p>{esc(summary)}</p>'
            f"<time>{ctx.rng.choice(hl.TIMES)}</time></article>"
        )
    html = f"<div{attrs}>{''.join(items)}</div>"
    return Block.of(html, shown, "cards", "timed-grid" + suffix)


def tabs(stories: list[Story], ctx: Ctx) -> Block:
    """A tabbed "Latest / Popular" widget: two lists of linked headlines, both in the markup."""
    attrs, suffix = hl.container(ctx.rng, "cards", ctx.style)
    half = (len(stories) + 1) // 2
    names = ctx.rng.choice(
        (("Latest", "Popular"), ("Récents", "Populaires"), ("Nieuw", "Populair"))
    )
    buttons = "".join(f'<button role="tab">{n}</button>' for n in names)
    panels = "".join(
        '<div role="tabpanel"><ul>'
        + "".join(f'<li><a href="{esc(ctx.href(s))}">{esc(s.title)}</a></li>' for s in part)
        + "</ul></div>"
        for part in (stories[:half], stories[half:])
    )
    html = f'<div{attrs}><div role="tablist">{buttons}</div>{panels}</div>'
    return Block.of(html, [s.title for s in stories], "cards", "tabs" + suffix)


def after_rule(stories: list[Story], ctx: Ctx) -> Block:
    """After an <hr> closing the body, no label: each story's headline and lead, no link."""
    shown, paras = [], []
    bold = ctx.rng.random() < 0.5
    for story in stories:
        lead = some_lead(story, ctx.rng, 100, 350, 0.4)
        shown += [story.title, lead]
        if bold:
            paras.append(ctx.paragraph(f"<b>{esc(story.title)}</b>"))
            paras.append(ctx.paragraph(esc(lead)))
        else:
            paras.append(ctx.paragraph(f"<strong>{esc(story.title)}</strong> {esc(lead)}"))
    return Block.of("<hr>\n" + "\n".join(paras), shown, "tail", "after-hr")


def labelled_leads(stories: list[Story], ctx: Ctx) -> Block:
    """A label paragraph in another language, then bare leads (complete or cut)."""
    label = hl.heading(ctx.rng, ctx.lang)
    shown = [some_lead(s, ctx.rng, 100, 350, 0.5) for s in stories]
    paras = [ctx.paragraph(f"<strong>{esc(label)}</strong>")]
    paras += [ctx.paragraph(esc(lead)) for lead in shown]
    return Block.of("\n".join(paras), shown, "tail", "labelled")


def datelines(stories: list[Story], ctx: Ctx) -> Block:
    """Wire-style closing briefs: "CITY (Agency) — lead." in plain paragraphs."""
    shown = []
    for story in stories:
        agency = ctx.rng.choice(hl.AGENCIES)
        city = ctx.rng.choice(hl.CITIES) + (f" {agency}" if agency else "")
        lead = some_lead(story, ctx.rng, 100, 300, 0.6)
        shown.append(lead if OWN_DATELINE.match(lead) else f"{city} — {lead}")
    html = "\n".join(ctx.paragraph(esc(text)) for text in shown)
    return Block.of(html, shown, "tail", "dateline")
