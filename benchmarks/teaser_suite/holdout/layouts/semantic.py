"""Accessible HTML5 with few classes: landmark roles, <section>s with aria-labelledby subheads,
<aside role="complementary"> for everything beside the text."""

from __future__ import annotations

import re

from ...layouts.base import Item, View, head, simple_figure
from ...text import esc
from .base import HoldoutLayout, chunks

SITE = "Civic Ledger"


def subhead(text: str) -> str:
    """A subhead with an id the section refers to."""
    return f'<h2 id="h-{re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:32]}">{text}</h2>'


def assemble(items: list[Item]) -> str:
    """A <section> per group of paragraphs; loose in-body boxes between sections."""
    out = []
    for loose, group in chunks(items, 4):
        inner = "\n".join(i.html for i in group)
        if loose:
            out.append(inner)
        else:
            heading = (
                re.search(r'<h2 id="([^"]+)"', group[0].html) if group[0].kind == "h" else None
            )
            label = f' aria-labelledby="{heading.group(1)}"' if heading else ""
            out.append(f"<section{label}>\n{inner}\n</section>")
    return "\n".join(out)


def page(v: View) -> str:
    """Full document."""
    return f"""<!DOCTYPE html>
<html lang="{v.lang}">
<head>{head(v, SITE)}</head>
<body>
<a href="#story" class="sr-only">Skip to story</a>
<header role="banner"><p><a href="/" rel="home">{SITE}</a></p>
<nav aria-label="Sections"><ul><li><a href="/city/">City</a></li><li><a href="/schools/">Schools
</a></li><li><a href="/courts/">Courts</a></li><li><a href="/data/">Data</a></li></ul></nav>
<form role="search" action="/search"><label>Search <input type="search" name="q"></label></form>
</header>
<main role="main" id="story">
<article aria-labelledby="headline">
<header><p><a href="/{v.section.lower()}/">{v.section}</a></p><h1 id="headline">{esc(v.title)}</h1>
<p>By <a rel="author" href="/staff/{v.variant}">{esc(v.author)}</a> ·
<time datetime="{v.published}">{v.published[:10]}</time></p></header>
<div role="region" aria-label="Story text">
{v.body}
</div>
<footer><p><small>Corrections: write to corrections@civicledger.example.org</small></p></footer>
</article>
{v.after}
</main>
<aside role="complementary" aria-label="More">{v.sidebar}
<section aria-label="Donate"><h2>Support nonprofit news</h2><p><a href="/donate/">Donate</a></p>
</section></aside>
<footer role="contentinfo"><p>{SITE} is a nonprofit newsroom. © 2020</p></footer>
</body></html>
"""


LAYOUT = HoldoutLayout(
    "semantic", SITE, "https://civicledger.example.org", "plain", lambda inner: f"<p>{inner}</p>",
    subhead, simple_figure(), page, assemble, path="/{date}/{slug}/",
    quote=lambda text: f'<aside aria-label="Pull quote"><blockquote>{text}</blockquote></aside>',
)  # fmt: skip
