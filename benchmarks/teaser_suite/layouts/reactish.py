"""A React/CSS-in-JS page: #__next, hashed class names only, each paragraph in a wrapper div."""

from __future__ import annotations

import json

from .. import chrome
from ..text import esc
from .base import Layout, View

SITE = "Brightline"
P_WRAP, P = "css-53u6y8", "css-at9mc1 evys1bk0"


def paragraph(inner: str) -> str:
    """A paragraph inside its own styled wrapper."""
    return f'<div class="{P_WRAP}"><p class="{P}">{inner}</p></div>'


def subhead(text: str) -> str:
    """A subhead in a wrapper."""
    return f'<div class="{P_WRAP}"><h2 class="css-1k7ap4v e1h9rw200">{text}</h2></div>'


def figure(src: str, caption: str) -> str:
    """Image and caption, no semantic tags."""
    return (
        f'<div class="css-79elbk"><div class="css-1xdhyk6"><img class="css-rq4mmj" src="{src}" '
        f'alt=""></div><span class="css-16f3y1r e13ogyst0">{esc(caption)}</span></div>'
    )


def page(v: View) -> str:
    """Full document."""
    nav = "".join(f'<a class="css-1wjnrbv" href="/{s.lower()}">{s}</a>' for s in chrome.SECTIONS)
    shares = "".join(f'<button class="css-tkwi90" aria-label="{s}"></button>' for s in chrome.SHARE)
    data = json.dumps({"props": {"pageProps": {"id": v.variant, "section": v.section}}})
    return f"""<!DOCTYPE html>
<html lang="{v.lang}"><head><meta charset="utf-8"><title>{esc(v.title)} - {SITE}</title>
<link rel="canonical" href="{esc(v.url)}"><style data-emotion="css">.css-53u6y8{{margin:0}}</style>
</head>
<body><div id="__next"><div class="css-k008qs">
<div class="css-1d3w5wq"><a class="css-nuvmzp" href="/">{SITE}</a>
<div class="css-1f2oq9v">{nav}</div></div>
<div class="css-1l4spti"><div class="css-uh2ztb"><div class="css-9e2d5r">
<a class="css-1ozq7g5" href="/{v.section.lower()}">{v.section}</a></div>
<h1 class="css-1r9o8ui e1h9rw201">{esc(v.title)}</h1>
<div class="css-x6swh6"><span class="css-1baulvz">By {esc(v.author)}</span>
<span class="css-1sbuyqj">{chrome.show_date(v.published, "%b. %d, %Y")}</span></div>
<div class="css-9ykbxf">{shares}</div>
<div class="css-1fanzo5 e1rl6ps40">
{v.body}
</div>
<div class="css-1wu6dx3">{v.after}</div>
</div><div class="css-1h9ifra">{v.sidebar}</div></div>
<div class="css-1ylu0xo"><div class="css-1g2v7ok">{chrome.cookie_notice("css-2a9w8u")}</div>
<div class="css-5ae4cq">© 2019 {SITE} Media · <a class="css-1t3bbu5" href="/privacy">Privacy</a>
· <a class="css-1t3bbu5" href="/terms">Terms</a></div></div>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{data}</script>
</body></html>
"""


LAYOUT = Layout(
    "reactish", SITE, "https://www.brightline.example.com", "hashed", paragraph, subhead,
    figure, page, path="/{section}/{slug}-{n}",
)  # fmt: skip
