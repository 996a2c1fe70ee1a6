"""Teaser blocks for OTHER stories, in the four forms real news sites use.

Each renderer returns a Block: its HTML and every teaser string it shows. Teaser texts are a
kicker or headline plus the other story's lead, cut off mid-sentence. Most blocks use
neutral class names; `labeled=True` gives the tell-tale ones ("related", "promo", "teaser").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .text import cut_mid_sentence, esc

if TYPE_CHECKING:
    from collections.abc import Callable

    from .story import Story

BOX_CLASSES = ("box", "", "mod-12", "bx-list")
BOX_HEADINGS = ("", "Read more", "", "Latest")
INLINE_CLASSES = ("mod-7", "", "ins-links")
INLINE_HEADINGS = ("Related", "Read more", "More on this story")
CARD_CLASSES = ("bottom", "grid-3", "row-x")
CARD_HEADINGS = ("More from Example News", "You may also like", "Elsewhere on the site")
LABELED = {"boxes": "promo-links", "inline": "related-content", "cards": "teaser-grid"}


@dataclass(frozen=True)
class Target:
    """Another story a teaser points to."""

    path: str
    story: Story

    def lead(self, limit: int) -> str:
        """The story's first one or two paragraphs, cut mid-sentence at `limit` chars."""
        return cut_mid_sentence(" ".join(self.story.prose[:2]), limit)


@dataclass(frozen=True)
class Block:
    """Rendered teaser block: HTML, the teaser strings shown, and headings shown."""

    html: str
    strings: tuple[str, ...]
    headings: tuple[str, ...] = ()


def pick(options: tuple[str, ...], seed: int) -> str:
    """Deterministic choice of a variant."""
    return options[seed % len(options)]


def opening(tag: str, cls: str) -> str:
    """An opening tag with an optional class."""
    return f'<{tag} class="{cls}">' if cls else f"<{tag}>"


def heading_html(tag: str, text: str) -> str:
    """A block heading, or nothing."""
    return f"<{tag}>{esc(text)}</{tag}>" if text else ""


def boxes(targets: list[Target], seed: int, labeled: bool) -> Block:
    """Form 1: link-wrapped boxes after the body, `KICKER: lead cut mid-sentence`."""
    cls = LABELED["boxes"] if labeled else pick(BOX_CLASSES, seed)
    links = [
        (t.path, f"{t.story.kicker}: {t.lead(150 + (seed * 37 + j * 61) % 251)}")
        for j, t in enumerate(targets)
    ]
    return link_boxes(links, cls, pick(BOX_HEADINGS, seed))


def link_boxes(links: list[tuple[str, str]], cls: str, heading: str) -> Block:
    """Link-wrapped boxes `<a href><div><p>text</p></div></a>` for (href, text) pairs."""
    items = [f'<a href="{esc(href)}"><div><p>{esc(text)}</p></div></a>' for href, text in links]
    html = opening("div", cls) + heading_html("h4", heading) + "\n".join(items) + "</div>"
    return Block(html, tuple(text for _, text in links), (heading,) if heading else ())


def inline(targets: list[Target], seed: int, labeled: bool) -> Block:
    """Form 2: a related box between body paragraphs, headlines with an occasional snippet."""
    cls = LABELED["inline"] if labeled else pick(INLINE_CLASSES, seed)
    heading = pick(INLINE_HEADINGS, seed)
    strings = []
    items = []
    for j, t in enumerate(targets):
        strings.append(t.story.title)
        snippet = ""
        if (seed + j) % 2 == 0:
            text = t.lead(90 + (seed * 13 + j * 29) % 50)
            strings.append(text)
            snippet = f'<br><span class="s">{esc(text)}</span>'
        items.append(f'<li><a href="{t.path}">{esc(t.story.title)}</a>{snippet}</li>')
    html = f"{opening('div', cls)}<h4>{esc(heading)}</h4><ul>{''.join(items)}</ul></div>"
    return Block(html, tuple(strings), (heading,))


def cards(targets: list[Target], seed: int, labeled: bool) -> Block:
    """Form 3: a grid of story cards after the body: image, <h3><a> headline, cut summary."""
    cls = LABELED["cards"] if labeled else pick(CARD_CLASSES, seed)
    card_cls = "teaser-card" if labeled else "c"
    heading = pick(CARD_HEADINGS, seed)
    strings = []
    items = []
    for j, t in enumerate(targets):
        summary = t.lead(100 + (seed * 29 + j * 43) % 101)
        strings += [t.story.title, summary]
        items.append(
            f'<div class="{card_cls}"><a href="{t.path}"><img src="/img/{t.story.slug}-thumb.jpg" '
            f'alt=""></a><h3><a href="{t.path}">{esc(t.story.title)}</a></h3>'
            f"<p>{esc(summary)}</p></div>"
        )
    html = (
        f"{opening('section', cls)}<h2>{esc(heading)}</h2>"
        f'<div class="g">{"".join(items)}</div></section>'
    )
    return Block(html, tuple(strings), (heading,))


def tail(targets: list[Target], seed: int, paragraph: Callable[[str, str | None], str]) -> Block:
    """Form 4: plain paragraphs at the end of the body, no links, cut mid-sentence."""
    strings = []
    for j, t in enumerate(targets):
        lead = t.lead(150 + (seed * 53 + j * 71) % 201)
        strings.append(lead if (seed + j) % 3 == 2 else f"{t.story.kicker}: {lead}")
    html = "\n".join(paragraph(esc(s), None) for s in strings)
    return Block(html, tuple(strings))


def count_for(form: str, seed: int) -> int:
    """How many teasers a block of this form shows on page number `seed`."""
    base, spread = {"boxes": (3, 2), "inline": (2, 2), "cards": (3, 4), "tail": (2, 3)}[form]
    return base + seed % spread
