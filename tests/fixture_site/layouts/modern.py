"""A WordPress-like template: <article>, <time datetime>, entry-content, reader comments."""

from __future__ import annotations

from ..chrome import (
    SECTIONS,
    display_date,
    newsletter_box,
    share_bar,
    site_footer,
    site_header,
)
from ..text import esc
from .base import ArticleView, Layout, basic_head, plain_paragraph, tag_links

COMMENTS = (
    ("harbourview", "This is exactly what happened in our town last year. Good to see it covered."),
    ("k.marsh", "Thanks for the clear reporting, it explains a lot more than the TV news did."),
)
COMMENT_HEADING = "2 comments"


def subhead(text: str) -> str:
    """An in-article subhead."""
    return f'<h2 class="wp-block-heading">{esc(text)}</h2>'


def figure(src: str, caption: str) -> str:
    """Lead image with caption."""
    return (
        f'<figure class="wp-block-image size-large"><img src="{src}" alt="" loading="lazy">'
        f'<figcaption class="wp-element-caption">{esc(caption)}</figcaption></figure>'
    )


def comments() -> str:
    """Reader comments below the article (anchor target of #comments links)."""
    items = "".join(
        f'<li class="comment"><div class="comment-author">{esc(who)}</div>'
        f'<div class="comment-content"><p>{esc(text)}</p></div></li>'
        for who, text in COMMENTS
    )
    return (
        f'<section id="comments" class="comments-area"><h2 class="comments-title">'
        f'{COMMENT_HEADING}</h2><ol class="comment-list">{items}</ol></section>'
    )


def page(v: ArticleView) -> str:
    """Full HTML document."""
    section = SECTIONS.get(v.section, v.section.title())
    shown = display_date(v.published, "long")
    return f"""<!DOCTYPE html>
<html lang="{v.language}">
<head>{basic_head(v, '<meta property="og:type" content="article">')}</head>
<body class="post-template-default single single-post">
{site_header("site-header", v.section)}
<main id="primary" class="site-main">
<article class="post type-post status-publish format-standard hentry">
<header class="entry-header">
<a class="cat-links" href="/{v.section}/">{section}</a>
<h1 class="entry-title">{esc(v.title)}</h1>
<div class="entry-meta"><span class="byline">{esc(v.byline)}</span>
<time class="entry-date published" datetime="{v.published}">{shown}</time>
</div>
</header>
{share_bar("sharedaddy sd-sharing-enabled")}
<div class="entry-content">
{v.body_html}
</div>
<footer class="entry-footer"><span class="tags-links">Tagged: {tag_links(v.tags)}</span></footer>
</article>
{v.after_html}
{newsletter_box("widget widget_newsletter")}
{comments()}
</main>
{site_footer("site-footer")}
</body>
</html>
"""


LAYOUT = Layout(
    "modern",
    plain_paragraph,
    subhead,
    figure,
    page,
    extras=(COMMENT_HEADING, *(who for who, _ in COMMENTS), *(text for _, text in COMMENTS)),
)
