"""Ghost / Medium-like publishing: gh-content, kg-cards, <hr> section breaks, drop caps,
pull quotes as kg-blockquote-alt, a read-next section after the post."""

from __future__ import annotations

import re

from ...layouts.base import Item, View, head
from ...text import esc
from .base import HoldoutLayout, chunks

SITE = "Slow Signal"


def figure(src: str, caption: str) -> str:
    """An image card."""
    return (
        '<figure class="kg-card kg-image-card kg-card-hascaption">'
        f'<img src="{src}" class="kg-image" alt="" loading="lazy">'
        f"<figcaption>{esc(caption)}</figcaption></figure>"
    )


def subhead(text: str) -> str:
    """A subhead with a slug id."""
    return f'<h2 id="{re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40]}">{text}</h2>'


def assemble(items: list[Item]) -> str:
    """Body items with an <hr> between every few paragraphs."""
    return "\n<hr>\n".join("\n".join(i.html for i in group) for _, group in chunks(items, 6))


def page(v: View) -> str:
    """Full document."""
    minutes = 3 + v.variant % 8
    return f"""<!DOCTYPE html>
<html lang="{v.lang}">
<head>{head(v, SITE, '<meta name="generator" content="Ghost 3.12">')}</head>
<body class="post-template tag-{v.section.lower()}">
<div class="site-wrapper">
<header class="site-header"><div class="outer site-nav-main"><nav class="site-nav">
<a class="site-nav-logo" href="/">{SITE}</a><ul class="nav"><li class="nav-home">
<a href="/">Home</a></li><li class="nav-about"><a href="/about/">About</a></li>
<li class="nav-archive"><a href="/archive/">Archive</a></li></ul>
<a class="subscribe-button" href="#/portal/">Subscribe</a>
</nav></div></header>
<main id="site-main" class="site-main outer">
<article class="article post">
<header class="article-header gh-canvas"><section class="article-tag"><a
href="/tag/{v.section.lower()}/">{v.section}</a></section>
<h1 class="article-title">{esc(v.title)}</h1>
<div class="article-byline"><span class="author-name">{esc(v.author)}</span>
<time class="byline-meta-date" datetime="{v.published[:10]}">{v.published[:10]}</time>
<span class="byline-reading-time">{minutes} min read</span></div></header>
<section class="gh-content gh-canvas">
{v.body}
</section>
</article>
<section class="footer-cta outer"><div class="inner"><h2>Sign up for {SITE}</h2>
<a class="footer-cta-button" href="#/portal/">Subscribe</a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
{v.after}
{v.sidebar}
</div></aside>
</main>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="/">{SITE}</a> © 2020</section><div class="gh-powered-by">
<a href="https://ghost.org/">Powered by Ghost</a></div>
</div></footer>
</div></body></html>
"""


LAYOUT = HoldoutLayout(
    "ghost", SITE, "https://slowsignal.example.blog", "plain", lambda inner: f"<p>{inner}</p>",
    subhead, figure, page, assemble,
    path="/{slug}/",
    quote=lambda text: f'<blockquote class="kg-blockquote-alt">{text}</blockquote>',
    embed=lambda html: f'<figure class="kg-card kg-embed-card">{html}</figure>',
    dropcap=True,
)  # fmt: skip
