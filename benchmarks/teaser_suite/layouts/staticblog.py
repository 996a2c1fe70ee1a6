"""A static-site blog (Hugo-like): h-entry microformats, anchored subheads, Disqus."""

from __future__ import annotations

import re

from ..text import esc
from .base import Layout, View, head, p_tag, simple_figure

SITE = "field notes"


def subhead(text: str) -> str:
    """A subhead with a self-link anchor."""
    anchor = re.sub(r"\W+", "-", text.lower()).strip("-")[:40] or "section"
    return f'<h2 id="{anchor}">{text} <a class="anchor" href="#{anchor}">#</a></h2>'


def page(v: View) -> str:
    """Full document."""
    minutes = 2 + v.variant % 9
    return f"""<!DOCTYPE html>
<html lang="{v.lang}">
<head>{head(v, SITE, '<meta name="generator" content="Hugo 0.59.1">')}</head>
<body>
<header class="site-header"><a class="site-title" href="/">{SITE}</a>
<nav><a href="/posts/">Posts</a> <a href="/about/">About</a> <a href="/index.xml">RSS</a></nav>
</header>
<main class="container">
<article class="post h-entry">
<header><h1 class="post-title p-name">{esc(v.title)}</h1>
<p class="post-meta"><time class="dt-published" datetime="{v.published}">
{v.published[:10]}</time> · <span class="p-author h-card">{esc(v.author)}</span> ·
{minutes} min read</p></header>
<div class="post-content e-content">
{v.body}
</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/{v.section.lower()}/">
{v.section.lower()}</a></li></ul></footer>
</article>
{v.after}
<div id="disqus_thread"></div><noscript>Please enable JavaScript to view the comments.</noscript>
</main>
{v.sidebar}
<footer class="site-footer"><p>© 2019 {SITE} · Powered by Hugo</p></footer>
</body></html>
"""


LAYOUT = Layout(
    "staticblog", SITE, "https://notes.example.org", "plain", p_tag(), subhead,
    simple_figure(), page, path="/posts/{slug}/",
)  # fmt: skip
