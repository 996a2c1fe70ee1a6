"""An AMP copy of an article: <html amp>, amp-img, canonical link to the main URL."""

from __future__ import annotations

from ..chrome import display_date, newsletter_box, share_bar, site_footer
from ..text import esc
from .base import ArticleView, Layout, basic_head, plain_paragraph

AMP_BOILERPLATE = (
    '<script async src="https://cdn.ampproject.org/v0.js"></script>'
    "<style amp-boilerplate>body{visibility:hidden}</style>"
)


def subhead(text: str) -> str:
    """An in-article subhead."""
    return f"<h2>{esc(text)}</h2>"


def figure(src: str, caption: str) -> str:
    """Lead image with caption."""
    return (
        f'<figure class="amp-fig"><amp-img src="{src}" width="640" height="360" '
        f'layout="responsive"></amp-img><figcaption>{esc(caption)}</figcaption></figure>'
    )


def page(v: ArticleView) -> str:
    """Full HTML document."""
    return f"""<!doctype html>
<html amp lang="{v.language}">
<head>{basic_head(v, AMP_BOILERPLATE)}</head>
<body>
<header class="amp-hdr"><a href="/">Example News</a></header>
<article class="amp-article">
<h1 class="amp-title">{esc(v.title)}</h1>
<div class="amp-byline">{esc(v.byline)}</div>
<time datetime="{v.published}">{display_date(v.published, "long")}</time>
<div class="amp-article-body">
{v.body_html}
</div>
{share_bar("amp-social")}
</article>
{v.after_html}
{newsletter_box("amp-nl")}
{site_footer("amp-ftr")}
</body>
</html>
"""


LAYOUT = Layout("amp", plain_paragraph, subhead, figure, page)
