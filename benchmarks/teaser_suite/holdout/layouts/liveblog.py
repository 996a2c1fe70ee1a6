"""A live blog: the body cut into timestamped entries (the time as each entry's heading), a
"key events" jump list of times, pinned-post and "show more" chrome."""

from __future__ import annotations

from ...layouts.base import Item, View, head, p_tag, simple_figure
from ...text import esc
from .base import HoldoutLayout, chunks

SITE = "The Daily Current"


def assemble(items: list[Item]) -> str:
    """Groups of 1-3 text blocks as entries, newest first in time, each headed by its time."""
    groups = chunks(items, 2)
    entries = sum(not loose for loose, _ in groups)
    out = []
    number = 0
    for loose, group in groups:
        inner = "\n".join(i.html for i in group)
        if loose:
            out.append(inner)
            continue
        minutes = 17 * 60 + 50 - 9 * number - 4 * (number % 3)
        stamp = f"{minutes // 60:02d}:{minutes % 60:02d}"
        out.append(
            f'<div class="block" id="block-{entries - number}" data-entry="{number}">'
            f'<header class="block-time"><h3><time datetime="2020-03-11T{stamp}:00Z">{stamp} GMT'
            f'</time></h3><span class="block-share">Share</span></header>'
            f'<div class="block-elements">\n{inner}\n</div></div>'
        )
        number += 1
    return "\n".join(out)


def page(v: View) -> str:
    """Full document."""
    return f"""<!DOCTYPE html>
<html lang="{v.lang}">
<head>{head(v, SITE, '<meta property="article:content_tier" content="free">')}</head>
<body class="live-page">
<header class="masthead"><a href="/" class="brand">{SITE}</a>
<nav><a href="/live/">Live</a> <a href="/{v.section.lower()}/">{v.section}</a>
<a href="/video/">Video</a> <a href="/podcasts/">Podcasts</a></nav></header>
<div class="live-header"><span class="live-badge">LIVE</span><h1>{esc(v.title)}</h1>
<p class="live-updated">Updated <time datetime="{v.published}">{v.published[11:16]}</time></p>
<p class="live-authors">{esc(v.author)} and agencies</p></div>
<div class="live-layout">
<aside class="key-events"><h2>Key events</h2><ul><li><a href="#block-3">Show key events only</a>
</li></ul><label><input type="checkbox"> Please turn on JavaScript to use this feature</label>
</aside>
<div class="live-blog" id="liveblog-body" aria-live="polite">
{v.body}
</div>
<div class="live-pager"><a href="?page=2">Older posts</a> <button>Show 12 more updates</button>
</div>
{v.after}
<div class="live-rail">{v.sidebar}</div>
</div>
<footer class="site-foot"><p>© 2020 {SITE} · <a href="/help/">Help</a></p></footer>
</body></html>
"""


LAYOUT = HoldoutLayout(
    "liveblog", SITE, "https://www.dailycurrent.example.co.uk", "plain", p_tag(),
    lambda text: f"<h2>{text}</h2>", simple_figure("element-image"), page, assemble,
    path="/{section}/live/{date}/{slug}",
    embed=lambda html: f'<figure class="element element-tweet">{html}</figure>',
)  # fmt: skip
