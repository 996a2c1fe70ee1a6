"""The four teaser forms of issue 2, rendered as HTML blocks that show other stories.

1. `linkbox`: a link wrapping a block (kicker + lead cut mid-sentence), after the body.
2. `inbody`: "Related"/"Read more" boxes and one-liners between body paragraphs.
3. `cards`: a grid of story cards (image, linked headline, short summary), after or beside.
4. `tail`: plain paragraphs `KICKER: lead cut mid-sentence` (or no kicker) ending the body.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import labels
from .text import esc

if TYPE_CHECKING:
    from collections.abc import Callable

    from .corpus import Story

FORMS = ("linkbox", "inbody", "cards", "tail")
ELLIPSES = (" …", "…", "...", " [...]")
LINKBOX_KINDS = ("kicker+lead", "kicker:lead", "list:headline+lead", "card:headline+lead",
                 "table:kicker:lead")  # fmt: skip
INBODY_KINDS = ("box:headlines", "oneliner:label", "oneliner:bare", "box:headline+lead",
                "box:thumbs")  # fmt: skip
CARD_KINDS = ("grid", "list", "linked-card", "meta-card")


@dataclass(frozen=True)
class Block:
    """A rendered teaser block: its HTML and the teaser texts it shows."""

    html: str
    teasers: tuple[str, ...]
    form: str
    kinds: tuple[str, ...] = ()  # the markup variant of each teaser, parallel to `teasers`

    @classmethod
    def of(cls, html: str, teasers: list[str], form: str, kind: str) -> Block:
        """A block whose teasers all share one markup variant."""
        return cls(html, tuple(teasers), form, (kind,) * len(teasers))


@dataclass
class Ctx:
    """What a form needs from the page: randomness, language, markup style, links."""

    rng: random.Random
    lang: str
    style: str  # "plain", "hashed", "table" or "amp"
    paragraph: Callable[[str], str]  # inner HTML -> a body paragraph in the layout's markup
    href: Callable[[Story], str]

    def cls(self, form: str) -> str:
        """` class="..."` for a teaser container, or nothing."""
        name = labels.container_class(self.rng, form, self.style)
        return f' class="{esc(name)}"' if name else ""

    def inner_cls(self) -> str:
        """A class for an item inside a teaser block: hashed, short, or none."""
        if self.style == "hashed":
            return f' class="{labels.hashed(self.rng)}"'
        return self.rng.choice(("", "", ' class="i"', ' class="item"', ' class="t"'))

    def img(self, story: Story) -> str:
        """A thumbnail in the layout's markup."""
        src = f"/media/{story.id[:10]}-{self.rng.randint(100, 999)}.jpg"
        if self.style == "amp":
            return f'<amp-img src="{src}" width="320" height="180" layout="responsive"></amp-img>'
        if self.style == "table":
            return f'<img src="{src}" width="90" height="60" border="0" alt="">'
        lazy = self.rng.choice(("", ' loading="lazy"', ' decoding="async"'))
        return f'<img src="{src}" alt=""{lazy}>'

    def lead(self, story: Story, low: int, high: int) -> str:
        """The story's lead cut mid-sentence, `low`-`high` characters long."""
        return story.lead(self.rng.randint(low, high))

    def ellipsis(self, share: float) -> str:
        """An ellipsis after a cut lead, on a `share` of teasers."""
        return self.rng.choice(ELLIPSES) if self.rng.random() < share else ""


def linkbox(stories: list[Story], ctx: Ctx) -> Block:
    """Form 1: each teaser is a link wrapping a block, kicker + lead, maybe a headline."""
    variant = ctx.rng.randrange(5 if ctx.style == "table" else 4)
    items, shown = [], []
    for story in stories:
        kicker = labels.kicker(ctx.rng, ctx.lang, story.section)
        lead = ctx.lead(story, 100, 400)
        tail = esc(ctx.ellipsis(0.25))
        href = esc(ctx.href(story))
        if variant == 0:
            shown.append(lead)
            items.append(
                f'<a href="{href}"{ctx.inner_cls()}><div><span>{esc(kicker)}</span>'
                f"<p>{esc(lead)}{tail}</p></div></a>"
            )
        elif variant in (1, 4):
            shown.append(f"{kicker}: {lead}")
            items.append(f'<a href="{href}"><div{ctx.inner_cls()}>{esc(shown[-1])}{tail}</div></a>')
        elif variant == 2:
            shown += [story.title, lead]
            items.append(
                f'<li><a href="{href}"><strong>{esc(story.title)}</strong>'
                f"<p>{esc(lead)}{tail}</p></a></li>"
            )
        else:
            shown += [story.title, lead]
            items.append(
                f'<a href="{href}"{ctx.inner_cls()}><article><header><span>{esc(kicker)}</span>'
                f"<h3>{esc(story.title)}</h3></header><p>{esc(lead)}{tail}</p></article></a>"
            )
    title = labels.heading(ctx.rng, ctx.lang) if ctx.rng.random() < 0.5 else ""
    head = f"<h4>{esc(title)}</h4>" if title else ""
    if variant == 2:
        body = f"{head}<ul>{''.join(items)}</ul>"
    elif variant == 4:
        rows = "".join(f"<tr><td>{item}</td></tr>" for item in items)
        body = f'{head}<table width="100%" cellpadding="4">{rows}</table>'
    else:
        body = head + "\n".join(items)
    html = f"<div{ctx.cls('linkbox')}>{body}</div>"
    return Block.of(html, shown, "linkbox", LINKBOX_KINDS[variant])


def inbody(stories: list[Story], ctx: Ctx) -> Block:
    """Form 2: a related box or one-liners to sit between body paragraphs."""
    variant = ctx.rng.randrange(5)
    label = labels.heading(ctx.rng, ctx.lang, inline=variant in (1, 2))
    links = [(esc(ctx.href(s)), esc(s.title)) for s in stories]
    if variant == 1:  # <p><strong>Read more:</strong> <a>Headline</a></p>, one or two
        html = "\n".join(
            ctx.paragraph(f'<strong>{esc(label)}:</strong> <a href="{h}">{t}</a>') for h, t in links
        )
        return Block.of(html, [s.title for s in stories], "inbody", INBODY_KINDS[variant])
    if variant == 2:  # unlabelled or decorated one-liners
        pattern = ctx.rng.choice(
            ('► <a href="{h}">{t}</a>', '<em>{l}: <a href="{h}">{t}</a></em>',
             '{L} | <a href="{h}">{t}</a>', '<a href="{h}"><b>{t}</b></a>')
        )  # fmt: skip
        html = "\n".join(
            ctx.paragraph(pattern.format(h=h, t=t, l=esc(label), L=esc(label.upper())))
            for h, t in links
        )
        return Block.of(html, [s.title for s in stories], "inbody", INBODY_KINDS[variant])
    tag = ctx.rng.choice(("aside", "div", "section") if ctx.style != "table" else ("div",))
    head = ctx.rng.choice(("<h3>{}</h3>", "<p><strong>{}</strong></p>", "<span>{}</span>"))
    head = head.format(esc(label))
    if variant == 0:
        items = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in links)
        html = f"<{tag}{ctx.cls('inbody')}>{head}<ul>{items}</ul></{tag}>"
        return Block.of(html, [s.title for s in stories], "inbody", INBODY_KINDS[variant])
    shown: list[str] = []
    items_html = []
    for story, (h, t) in zip(stories, links, strict=True):
        if variant == 3:
            lead = ctx.lead(story, 100, 250)
            shown += [story.title, lead]
            items_html.append(f'<a href="{h}"><div><b>{t}</b><p>{esc(lead)}</p></div></a>')
        else:
            shown.append(story.title)
            items_html.append(f'<div{ctx.inner_cls()}><a href="{h}">{ctx.img(story)}</a>'
                              f'<a href="{h}">{t}</a></div>')  # fmt: skip
    html = f"<{tag}{ctx.cls('inbody')}>{head}{''.join(items_html)}</{tag}>"
    return Block.of(html, shown, "inbody", INBODY_KINDS[variant])


def cards(stories: list[Story], ctx: Ctx) -> Block:
    """Form 3: a grid of cards, image + linked headline + short summary (some headline only)."""
    variant = ctx.rng.randrange(4)
    label = labels.heading(ctx.rng, ctx.lang)
    shown: list[str] = []
    items = []
    for story in stories:
        h, t = esc(ctx.href(story)), esc(story.title)
        with_summary = variant != 3 or ctx.rng.random() < 0.4
        summary = ctx.lead(story, 100, 220) if with_summary else ""
        shown += [story.title, summary] if summary else [story.title]
        p = f"<p>{esc(summary)}{esc(ctx.ellipsis(0.3))}</p>" if summary else ""
        ic = ctx.inner_cls()
        if variant == 0:
            items.append(
                f'<div{ic}><a href="{h}">{ctx.img(story)}</a>'
                f'<h3><a href="{h}">{t}</a></h3>{p}</div>'
            )
        elif variant == 1:
            items.append(f'<li{ic}><a href="{h}">{ctx.img(story)}<span>{t}</span></a>{p}</li>')
        elif variant == 2:
            items.append(f'<a{ic} href="{h}"><figure>{ctx.img(story)}</figure><h4>{t}</h4>{p}</a>')
        else:
            kicker = esc(labels.kicker(ctx.rng, ctx.lang, story.section).title())
            items.append(
                f'<article{ic}><a href="{h}">{ctx.img(story)}</a><div><span>{kicker}</span>'
                f'<h3><a href="{h}">{t}</a></h3>{p}<time>{ctx.rng.randint(2, 23)} h</time></div>'
                "</article>"
            )
    grid = f"<ul>{''.join(items)}</ul>" if variant == 1 else f"<div>{''.join(items)}</div>"
    tag = "div" if ctx.style == "table" else ctx.rng.choice(("section", "div", "aside"))
    html = f"<{tag}{ctx.cls('cards')}><h2>{esc(label)}</h2>{grid}</{tag}>"
    return Block.of(html, shown, "cards", CARD_KINDS[variant])


def tail(stories: list[Story], ctx: Ctx) -> Block:
    """Form 4: plain paragraphs closing the body, `KICKER: lead` or a bare lead, no links."""
    shown, paras, kinds = [], [], []
    for story in stories:
        lead = ctx.lead(story, 100, 400)
        kicker = labels.kicker(ctx.rng, ctx.lang, story.section)
        roll = ctx.rng.random()
        kinds.append("kicker" if roll < 0.45 else "strong-kicker" if roll < 0.65 else "bare")
        if roll < 0.45:
            shown.append(f"{kicker}: {lead}")
            paras.append(ctx.paragraph(esc(shown[-1])))
        elif roll < 0.65:
            shown.append(f"{kicker}: {lead}")
            paras.append(ctx.paragraph(f"<strong>{esc(kicker)}:</strong> {esc(lead)}"))
        else:
            shown.append(lead)
            paras.append(ctx.paragraph(esc(lead)))
    return Block("\n".join(paras), tuple(shown), "tail", tuple(kinds))


RENDER: dict[str, Callable[[list[Story], Ctx], Block]] = {
    "linkbox": linkbox,
    "inbody": inbody,
    "cards": cards,
    "tail": tail,
}
COUNTS = {"linkbox": (2, 4), "inbody": (1, 3), "cards": (3, 6), "tail": (1, 3)}
