"""A Taipei-Times-like archive page: div.archives, h1, div.name byline, bare <p> body."""

from __future__ import annotations

from ..chrome import (
    display_date,
    newsletter_box,
    page_title,
    share_bar,
    site_footer,
    site_header,
)
from ..text import esc
from .base import ArticleView, Layout, bold_subhead, plain_paragraph


def figure(src: str, caption: str) -> str:
    """Lead image with caption."""
    return (
        f'<figure class="imgboxa"><img src="{src}" alt="">'
        f"<figcaption>{esc(caption)}</figcaption></figure>"
    )


def page(v: ArticleView) -> str:
    """Full HTML document."""
    return f"""<!DOCTYPE html>
<html lang="{v.language}">
<head>
<meta charset="{v.charset}">
<title>{esc(page_title(v.title))}</title>
<meta name="pubdate" content="{v.published}">
<link rel="canonical" href="{esc(v.canonical_url)}">
</head>
<body>
{site_header("header", v.section)}
<div class="wrap">
<div class="archives">
<h1>{esc(v.title)}</h1>
<div class="name">{esc(v.byline)}</div>
<span class="time">{display_date(v.published, "slash")}</span>
{share_bar("shareBox")}
{v.body_html}
</div>
{v.after_html}
{newsletter_box("subscribe")}
</div>
{site_footer("footer")}
</body>
</html>
"""


LAYOUT = Layout("taipei", plain_paragraph, bold_subhead, figure, page)
