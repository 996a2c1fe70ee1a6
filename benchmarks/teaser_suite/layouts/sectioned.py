"""A long-form feature: the body split into <section>s, each opened by its subhead."""

from __future__ import annotations

from .. import chrome
from ..text import esc
from .base import Item, Layout, View, head, simple_figure

SITE = "Longitude Magazine"
CHUNK = 5  # paragraphs per section when the text has no subheads


def paragraph(inner: str) -> str:
    """A body paragraph."""
    return f"<p>{inner}</p>"


def assemble(items: list[Item]) -> str:
    """Group body items into sections; a `teaser-out` item sits between two sections."""
    has_heads = any(item.kind == "h" for item in items)
    groups: list[tuple[bool, list[str]]] = [(False, [])]
    paragraphs = 0
    for item in items:
        if item.kind == "teaser-out":
            groups += [(True, [item.html]), (False, [])]
            paragraphs = 0
            continue
        starts = item.kind == "h" if has_heads else item.kind == "p" and paragraphs >= CHUNK
        if starts and groups[-1][1]:
            groups.append((False, []))
            paragraphs = 0
        groups[-1][1].append(item.html)
        paragraphs += item.kind == "p"
    out = []
    number = 0
    for loose, blocks in (g for g in groups if g[1]):
        if loose:
            out += blocks
            continue
        number += 1
        inner = "\n".join(blocks)
        out.append(f'<section class="chapter" id="part-{number}">\n{inner}\n</section>')
    return "\n".join(out)


def page(v: View) -> str:
    """Full document."""
    return f"""<!DOCTYPE html>
<html lang="{v.lang}">
<head>{head(v, SITE)}</head>
<body class="longform">
<header class="site-head"><a class="brand" href="/">{SITE}</a>{chrome.nav()}</header>
<main>
<article class="feature">
<header class="feature-hero"><h1>{esc(v.title)}</h1>
<p class="credits">Words by <a href="/people/{v.variant}/">{esc(v.author)}</a> ·
<time datetime="{v.published}">{chrome.show_date(v.published, "%d %B %Y")}</time></p></header>
{chrome.share("share")}
<div class="feature-body">
{v.body}
</div>
<footer class="feature-end"><p class="bio">{esc(v.author)} is a contributing writer.</p></footer>
</article>
{v.after}
{v.sidebar}
</main>
{chrome.newsletter("signup")}
{chrome.footer(SITE)}
</body></html>
"""


LAYOUT = Layout(
    "sectioned", SITE, "https://longitude.example.net", "plain", paragraph,
    lambda text: f"<h2>{text}</h2>", simple_figure("wide"), page, assemble,
    path="/features/{slug}",
)  # fmt: skip
