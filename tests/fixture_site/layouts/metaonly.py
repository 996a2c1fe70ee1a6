"""A grid-CSS site whose only date is <meta property="article:published_time">."""

from __future__ import annotations

from ..chrome import newsletter_box, share_bar, site_footer, site_header
from ..text import esc
from .base import ArticleView, Layout, basic_head, class_attr


def paragraph(inner: str, cls: str | None) -> str:
    """A body paragraph."""
    return f'<p class="{esc(cls)}">{inner}</p>' if cls else f'<p class="par">{inner}</p>'


def subhead(text: str) -> str:
    """An in-article subhead."""
    return f'<h3 class="par-h">{esc(text)}</h3>'


def figure(src: str, caption: str) -> str:
    """Lead image with caption."""
    return (
        f'<figure class="c-media"><img src="{src}" alt="">'
        f'<figcaption class="c-media__cap">{esc(caption)}</figcaption></figure>'
    )


def og_meta(v: ArticleView) -> str:
    """Open Graph and article:* meta tags."""
    authors = "".join(
        f'<meta property="article:author" content="{esc(name)}">' for name in v.authors
    )
    return (
        '<meta property="og:type" content="article">'
        f'<meta property="og:title" content="{esc(v.title)}">'
        f'<meta property="og:url" content="{esc(v.canonical_url)}">'
        f'<meta property="og:image" content="{esc(v.image)}">'
        f'<meta property="article:published_time" content="{v.published}">'
        f'<meta property="article:section" content="{esc(v.section.title())}">{authors}'
    )


def page(v: ArticleView) -> str:
    """Full HTML document."""
    return f"""<!DOCTYPE html>
<html lang="{v.language}"{class_attr("no-js")}>
<head>{basic_head(v, og_meta(v))}</head>
<body class="pg pg--art">
<div class="page">
{site_header("pg-top", v.section)}
<div class="c-row">
<div class="c-8">
<h1 class="t-head">{esc(v.title)}</h1>
<p class="by">{esc(v.byline)}</p>
{share_bar("c-share")}
<div id="art-body" class="c-12">
{v.body_html}
</div>
{v.after_html}
</div>
<div class="c-4">{newsletter_box("c-nl")}</div>
</div>
{site_footer("pg-foot")}
</div>
</body>
</html>
"""


LAYOUT = Layout("metaonly", paragraph, subhead, figure, page)
