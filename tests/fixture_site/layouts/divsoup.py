"""An old hand-made CMS: nested divs, `div.story-body > p`, a text-only date, no metadata."""

from __future__ import annotations

from ..chrome import (
    display_date,
    nav_items,
    newsletter_box,
    page_title,
    share_bar,
    site_footer,
)
from ..text import esc
from .base import ArticleView, Layout, bold_subhead, plain_paragraph


def figure(src: str, caption: str) -> str:
    """Lead image with caption."""
    return (
        f'<figure class="img-wrap"><img src="{src}" width="640" height="360" alt="">'
        f"<figcaption>{esc(caption)}</figcaption></figure>"
    )


def page(v: ArticleView) -> str:
    """Full HTML document."""
    ctype = f"text/html; charset={v.charset}"
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="{ctype}">
<title>{esc(page_title(v.title))}</title>
<link rel="stylesheet" href="/css/main.css">
</head>
<body>
<div id="wrapper">
<div id="hdr"><div class="logo"><a href="/">Example News</a></div>
<div class="menu"><ul>{nav_items(v.section)}</ul></div></div>
<div id="main">
<div class="col-left">
<div class="story">
<div class="story-headline"><h1>{esc(v.title)}</h1></div>
<div class="story-meta"><div class="author-line">{esc(v.byline)}</div>
<span class="dt">Published: {display_date(v.published, "uk")}</span></div>
{share_bar("share-tools")}
<div class="story-body">
{v.body_html}
</div>
</div>
{v.after_html}
</div>
<div class="col-right">{newsletter_box("nl-box")}</div>
</div>
{site_footer("ftr")}
</div>
</body>
</html>
"""


LAYOUT = Layout("divsoup", plain_paragraph, bold_subhead, figure, page)
