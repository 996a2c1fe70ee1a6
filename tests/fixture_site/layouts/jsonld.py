"""A modern app-style news site: JSON-LD NewsArticle, one div per text block."""

from __future__ import annotations

import json

from ..chrome import (
    SITE_NAME,
    display_date,
    newsletter_box,
    share_bar,
    site_footer,
    site_header,
)
from ..text import esc
from .base import ArticleView, Layout, basic_head, class_attr


def paragraph(inner: str, cls: str | None) -> str:
    """A body paragraph wrapped in a text-block div."""
    return f'<div data-component="text-block" class="blk"><p{class_attr(cls)}>{inner}</p></div>'


def subhead(text: str) -> str:
    """An in-article subhead."""
    return f'<div data-component="subheadline-block"><h2 class="sub">{esc(text)}</h2></div>'


def figure(src: str, caption: str) -> str:
    """Lead image with caption."""
    return (
        f'<div data-component="image-block"><figure><img src="{src}" alt="">'
        f'<figcaption class="cap">{esc(caption)}</figcaption></figure></div>'
    )


def json_ld(v: ArticleView) -> str:
    """schema.org NewsArticle metadata."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": v.title,
        "description": v.description,
        "datePublished": v.published,
        "dateModified": v.published,
        "inLanguage": v.language,
        "author": [{"@type": "Person", "name": name} for name in v.authors],
        "publisher": {"@type": "Organization", "name": SITE_NAME},
        "mainEntityOfPage": v.canonical_url,
        "image": [v.image],
        "articleSection": v.section.title(),
    }
    text = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


def page(v: ArticleView) -> str:
    """Full HTML document."""
    return f"""<!DOCTYPE html>
<html lang="{v.language}">
<head>{basic_head(v, json_ld(v))}</head>
<body>
<div id="root">
{site_header("hdr-wrap", v.section)}
<main id="main-content">
<div class="l-container">
<div class="hdl"><h1 data-testid="headline">{esc(v.title)}</h1></div>
<div class="meta"><div class="meta__byline">{esc(v.byline)}</div>
<div class="meta__ts">{display_date(v.published, "short")}</div></div>
{share_bar("shr")}
<div class="content-wrap">
{v.body_html}
</div>
{v.after_html}
{newsletter_box("nl-cta")}
</div>
</main>
{site_footer("ftr-wrap")}
</div>
</body>
</html>
"""


LAYOUT = Layout("jsonld", paragraph, subhead, figure, page)
