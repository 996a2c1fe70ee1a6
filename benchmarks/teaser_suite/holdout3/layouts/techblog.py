"""A WordPress tech blog, 2019-2023 (GeneratePress theme, classic editor): wp-caption figures,
Ad Inserter AdSense blocks and YouTube iframes in the text, related-posts plugins (YARPP list
or thumbnails, Contextual Related Posts) appended to the post content, widgets in a sidebar."""

from __future__ import annotations

from ...text import esc
from ..furniture import json_ld, meta
from ..labels import us_date
from ..site import Page, Site

NAME = "ByteSized"


def figure(src: str, caption: str, credit: str) -> str:
    """A classic-editor captioned image."""
    wid = sum(map(ord, src)) % 90000 + 10000
    return (
        f'<figure id="attachment_{wid}" aria-describedby="caption-attachment-{wid}" style="width: '
        f'1024px" class="wp-caption aligncenter"><img loading="lazy" class="size-large wp-image-'
        f'{wid}" src="{src}" alt="" width="1024" height="576"><figcaption id="caption-attachment-'
        f'{wid}" class="wp-caption-text">{esc(caption)} Image: {esc(credit)}</figcaption></figure>'
    )


def embed(kind: str, html: str) -> str:
    """Ad Inserter code blocks and video containers."""
    if kind == "ad":
        return (
            f'<div class="code-block code-block-{html}" style="margin: 8px auto; text-align: '
            'center; display: block; clear: both;"><ins class="adsbygoogle" style="display:block" '
            'data-ad-client="ca-pub-3940256099942544" data-ad-slot="6300978111" data-ad-format='
            '"auto" data-full-width-responsive="true"></ins><script>(adsbygoogle = '
            "window.adsbygoogle || []).push({});</script></div>"
        )
    return f'<div class="video-container">{html}</div>' if kind == "youtube" else html


def page(p: Page) -> str:
    """Full document."""
    cats = ("Android", "Apple", "Windows", "Gaming", "How To", "Reviews", "Deals")
    menu = "".join(
        f'<li class="menu-item"><a href="/category/{c.lower().replace(" ", "-")}/">{c}</a></li>'
        for c in cats
    )
    pid = 40000 + p.variant * 13
    widgets = "".join(
        f'<li class="cat-item"><a href="/category/{c.lower()}/">{c}</a></li>' for c in cats[:5]
    )
    return f"""<!DOCTYPE html>
<html lang="{p.lang}"><head><meta charset="UTF-8"><title>{esc(p.title)} - {NAME}</title>
{meta(p, NAME)}{json_ld(p, NAME, "BlogPosting")}<link rel='stylesheet' id='yarppRelatedCss-css'
href='/wp-content/plugins/yet-another-related-posts-plugin/style/related.css?ver=5.30.2'
media='all'>
<link rel='stylesheet' id='crp-style-rounded-thumbs-css'
href='/wp-content/plugins/contextual-related-posts/css/rounded-thumbs.min.css?ver=3.3.3'
media='all'>
</head><body class="post-template-default single single-post postid-{pid} single-format-standard
right-sidebar nav-float-right separate-containers header-aligned-left"
itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header" id="masthead"><div class="inside-header grid-container"><div
class="site-branding"><p class="main-title" itemprop="headline"><a href="/"
rel="home">{NAME}</a></p>
</div><nav class="main-navigation sub-menu-right" id="site-navigation"><div
class="inside-navigation">
<ul id="menu-primary" class="menu sf-menu">{menu}</ul></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main"><article id="post-{pid}"
class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry
category-{p.section.lower()}" itemtype="https://schema.org/CreativeWork" itemscope><div
class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline"
>{esc(p.title)}</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date
published" datetime="{p.published}" itemprop="datePublished">{us_date(p.published)}</time></span>
<span class="byline">by <span class="author vcard" itemprop="author"><a class="url fn n"
href="/author/{p.author.split()[0].lower()}/" rel="author"><span class="author-name" itemprop="name"
>{esc(p.author)}</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
{p.body}
</div>
<footer class="entry-meta"><span class="cat-links"><span class="screen-reader-text">Categories
</span><a href="/category/{p.section.lower()}/" rel="category
tag">{esc(p.section)}</a></span></footer>
</div></article>
{p.after}
<div class="comments-area"><div id="comments"><div id="respond" class="comment-respond"><h3
id="reply-title" class="comment-reply-title">Leave a Comment</h3><form
action="/wp-comments-post.php"
method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><textarea
id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input
name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div
class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get"
class="search-form"
action="/"><input type="search" class="search-field" name="s"><button class="search-submit">Search
</button></form></aside>{p.sidebar}<aside id="categories-2" class="widget inner-padding
widget_categories"><h2 class="widget-title">Categories</h2><ul>{widgets}</ul></aside></div></div>
</div></div>{p.below}
<div class="site-footer"><footer class="site-info"><div class="inside-site-info grid-container"><div
class="copyright-bar"><span class="copyright">&copy; {p.published[:4]} {NAME}</span> &bull; Built
with <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
</body></html>
"""


SITE = Site(
    "techblog",
    "https://bytesized.example.net",
    "/{slug}/",
    lambda inner, first: f"<p>{inner}</p>",
    lambda text: f"<h2>{text}</h2>",
    figure,
    page,
    variants={
        "linkbox": ("yarpp-list",),
        "inbody": ("label-link", "wp-embed"),
        "cards": ("crp", "yarpp-thumbs"),
        "tail": ("closing-list",),
    },
    langs=("*",),
    label_langs=("en", "de", "it", "pt", "ja", "id", "ru", "ko"),
    words={
        "also": {"en": ("Also read:", "See also:", "Related:", "Also Read:")},
        "closing": {"en": ("Related:", "You might also like:", "More on this:")},
        "publication": {"en": (NAME,)},
    },
    classes={"wp-embed": "bytesized"},
    extras={"figure": 0.75, "figure2": 0.5, "youtube": 0.25, "tweet": 0.1, "ad": 0.6},
    embed=embed,
    years=(2019, 2023),
    link_words="/tag/{word}/",
)
