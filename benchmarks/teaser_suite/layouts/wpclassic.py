"""A classic WordPress theme: #page, .entry-content, widget sidebar, comment form."""

from __future__ import annotations

from .. import chrome
from ..text import esc
from .base import Layout, View, head, p_tag

SITE = "Riverside Chronicle"


def figure(src: str, caption: str) -> str:
    """Gutenberg image block."""
    return (
        f'<figure class="wp-block-image size-large"><img src="{src}" alt="" class="wp-image-4411">'
        f'<figcaption class="wp-element-caption">{esc(caption)}</figcaption></figure>'
    )


STYLESHEET = (
    "<link rel='stylesheet' id='wp-block-library-css' "
    "href='/wp-includes/css/dist/block-library/style.min.css' media='all'>"
)


def page(v: View) -> str:
    """Full document."""
    after_in, after_out = (v.after, "") if v.variant % 2 else ("", v.after)
    shown = chrome.show_date(v.published, "%B %d, %Y")
    return f"""<!DOCTYPE html>
<html lang="{v.lang}">
<head>{head(v, SITE, STYLESHEET)}</head>
<body class="post-template-default single single-post postid-{1000 + v.variant}
single-format-standard">
<div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding">
<p class="site-title"><a href="/" rel="home">{SITE}</a></p>
<p class="site-description">News from the valley since 1998</p></div>
{chrome.nav("main-navigation", active=v.section)}</header>
<div id="content" class="site-content"><div id="primary" class="content-area">
<main id="main" class="site-main">
<article id="post-{1000 + v.variant}" class="post type-post status-publish format-standard hentry">
<header class="entry-header"><h1 class="entry-title">{esc(v.title)}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="{esc(v.url)}" rel="bookmark">
<time class="entry-date published" datetime="{v.published}">{shown}</time></a></span>
<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/{v.variant}/">
{esc(v.author)}</a></span></span></div></header>
<div class="entry-content">
{v.body}
</div>
{after_in}
<footer class="entry-footer"><span class="cat-links">Posted in
<a href="/category/{v.section.lower()}/" rel="category tag">{v.section}</a></span></footer>
</article>
{after_out}
{chrome.comments("comments-area", 1 + v.variant % 3)}
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_search"><form role="search" action="/"><input type="search" name="s">
<button>Search</button></form></section>
{v.sidebar}
<section class="widget widget_categories"><h2 class="widget-title">Categories</h2>
{chrome.nav("", "div")}</section></aside></div>
{chrome.footer(SITE, "site-footer")}
</div>
{chrome.cookie_notice("cookie-law-info-bar")}
</body></html>
"""


LAYOUT = Layout(
    "wpclassic", SITE, "https://riverside.example.com", "plain", p_tag(),
    lambda text: f"<h3>{text}</h3>", figure, page, path="/{date}/{slug}/",
)  # fmt: skip
