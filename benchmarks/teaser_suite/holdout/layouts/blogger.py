"""Blogger / Blogspot: post-body entry-content with <br>-separated text, separator images,
widget sidebars (PopularPosts, BlogArchive), older/newer post links."""

from __future__ import annotations

from ...layouts.base import Item, View
from ...text import esc
from .base import HoldoutLayout

SITE = "Notes from the Harbour"


def paragraph(inner: str) -> str:
    """A run of text and a blank line."""
    return f"{inner}<br />\n<br />"


def figure(src: str, caption: str) -> str:
    """A centred separator image with a caption table."""
    return (
        '<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container"><tbody>'
        f'<tr><td style="text-align: center;"><a href="{src}" style="margin-left: auto; '
        f'margin-right: auto;"><img border="0" src="{src}" width="640" /></a></td></tr><tr><td '
        f'class="tr-caption" style="text-align: center;">{esc(caption)}</td></tr></tbody></table>'
    )


def assemble(items: list[Item]) -> str:
    """Items one after the other, as the post editor leaves them."""
    return "\n".join(item.html for item in items)


def widget(kind: str, n: int, title: str, html: str) -> str:
    """A sidebar gadget."""
    return (
        f'<div class="widget {kind}" data-version="2" id="{kind}{n}"><h3 class="title">{title}'
        f'</h3><div class="widget-content">{html}</div><div class="clear"></div></div>'
    )


def page(v: View) -> str:
    """Full document."""
    months = "".join(f'<li><a href="/2020/{m:02d}/">{m:02d}/2020</a></li>' for m in (3, 2, 1))
    side = widget("HTML", 2, "", v.sidebar) if v.sidebar else ""
    return f"""<!DOCTYPE html>
<html class="v2" dir="ltr" lang="{v.lang}" xmlns:b="http://www.google.com/2005/gml/b">
<head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"/>
<meta content="blogger" name="generator"/><title>{SITE}: {esc(v.title)}</title>
<link href="{esc(v.url)}" rel="canonical"/></head>
<body class="variant-simplysimple">
<div class="navbar section" id="navbar"><div class="widget Navbar" id="Navbar1"><iframe
src="https://www.blogger.com/navbar.g" height="30"></iframe></div></div>
<div class="content-outer"><header><div class="header section" id="header"><div
class="widget Header" id="Header1"><h1 class="title"><a href="/">{SITE}</a></h1><p
class="description">Small things, written down.</p></div></div></header>
<div class="columns"><div class="main-outer"><div class="main section" id="main">
<div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>{v.published[:10]}</span></h2>
<div class="post-outer"><div class="post hentry uncustomized-post-template" itemscope
itemtype="http://schema.org/BlogPosting">
<h3 class="post-title entry-title" itemprop="name">{esc(v.title)}</h3>
<div class="post-header"></div>
<div class="post-body entry-content" id="post-body-{7700 + v.variant}" itemprop="description
articleBody">
{v.body}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span
class="post-author vcard">Posted by <span class="fn">{esc(v.author)}</span></span>
<span class="post-comment-link"><a class="comment-link" href="#comments">{v.variant % 7}
comments</a></span></div><div class="post-share-buttons goog-inline-block"><a
class="goog-inline-block share-button sb-email" href="#">Email This</a><a
class="goog-inline-block share-button sb-blog" href="#">BlogThis!</a></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels:
<a href="/search/label/{v.section}" rel="tag">{v.section}</a></span></div></div>
</div></div></div></div>
{v.after}
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a
class="blog-pager-newer-link" href="/2020/03/newer.html">Newer Post</a></span><span
id="blog-pager-older-link"><a class="blog-pager-older-link" href="/2020/02/older.html">Older
Post</a></span><a class="home-link" href="/">Home</a></div>
</div></div></div>
<div class="sidebar-outer"><div class="sidebar section" id="sidebar-right-1">
{widget("Profile", 1, "About Me", "<p>Writing from a small town by the sea.</p>")}
{side}
{widget("BlogArchive", 1, "Blog Archive", f"<ul class='hierarchy'>{months}</ul>")}
</div></div></div></div>
<div class="footer-outer"><div class="widget Attribution" id="Attribution1">Powered by
<a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div>
</body></html>
"""


LAYOUT = HoldoutLayout(
    "blogger", SITE, "https://harbournotes.example.blogspot.com", "plain", paragraph,
    lambda text: f"<b>{text}</b><br />", figure, page, assemble, path="/2020/03/{slug}.html",
    quote=lambda text: f'<blockquote class="tr_bq">{text}</blockquote>',
    listing=lambda items: "".join(f"• {item}<br />\n" for item in items) + "<br />",
    spans=0.15,
)  # fmt: skip
