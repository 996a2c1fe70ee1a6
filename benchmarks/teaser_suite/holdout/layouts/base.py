"""What a held-out layout adds to `..layouts.base.Layout`: pull quotes, embeds, lists, spans."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...layouts.base import Item, Layout

if TYPE_CHECKING:
    from collections.abc import Callable


def pull_quote(text: str) -> str:
    """A pull quote repeating a body sentence."""
    return f'<blockquote class="pullquote"><p>{text}</p></blockquote>'


def bullets(items: list[str]) -> str:
    """A bulleted list of body lines."""
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def as_is(html: str) -> str:
    """An embed as its own markup."""
    return html


@dataclass(frozen=True)
class HoldoutLayout(Layout):
    """A held-out page template: a Layout plus how it shows the body's extras."""

    quote: Callable[[str], str] = pull_quote  # escaped body sentence -> pull quote
    embed: Callable[[str], str] = as_is  # embedded post -> its block
    listing: Callable[[list[str]], str] = bullets  # inner HTML of body lines -> list
    spans: float = 0.1  # share of paragraphs split across <span>s
    dropcap: bool = False  # the first paragraph opens with a drop-cap <span>


def chunks(items: list[Item], size: int) -> list[tuple[bool, list[Item]]]:
    """Body items in groups of about `size` text blocks, a new group at each subhead;
    `teaser-out` items stand alone between groups, as (loose, items)."""
    groups: list[tuple[bool, list[Item]]] = [(False, [])]
    count = 0
    for item in items:
        if item.kind == "teaser-out":
            groups += [(True, [item]), (False, [])]
            count = 0
            continue
        if (item.kind == "h" or count >= size) and groups[-1][1] and item.kind in ("p", "h"):
            groups.append((False, []))
            count = 0
        groups[-1][1].append(item)
        count += item.kind in ("p", "list")
    return [g for g in groups if g[1]]
