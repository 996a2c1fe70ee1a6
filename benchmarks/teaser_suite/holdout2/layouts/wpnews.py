"""A WordPress news site on a commercial magazine theme (tagDiv-like): td- classes, Jetpack
related posts inside the content, "You may also like" row, previous/next post links."""

from __future__ import annotations

from ... import chrome
from ...layouts.base import head
from ...text import esc
from ..site import Page, Site, jsonld

SITE = "Metro Daily Buzz"


def paragraph(inner: str) -> str:
    """A paragraph from the classic editor."""
    return f"<p>{inner}</p>"


def figure(src: str, caption: str) -> str:
    """A captioned attachment, as the [caption] shortcode renders it."""
    return (
        f'<div id="attachment_{len(src)}" class="wp-caption aligncenter" style="width: 1034px">'
        f'<img class="size-large wp-image-{len(src) * 7}" src="{src}" alt="" width="1024" '
        f'height="683" loading="lazy"><p class="wp-caption-text">{esc(caption)}</p></div>'
    )


def ad(slot: int) -> str:
    """The theme's in-content ad spot."""
    return (
        f'<div class="td-a-rec td-a-rec-id-content_inline tdi_{slot}_{slot * 7}">'
        '<span class="td-adspot-title">- Advertisement -</span><ins class="adsbygoogle" '
        'style="display:block" data-ad-client="ca-pub-0000000000000000"></ins></div>'
    )


def page(v: Page) -> str:
    """Full document."""
    shown = chrome.show_date(v.published, "%B %d, %Y")
    post = 40000 + v.variant
    return f"""<!DOCTYPE html>
<html lang="{v.lang}">
<head>{head(v, SITE, jsonld(v, SITE))}
<link rel="stylesheet" id="td-theme-css" href="/wp-content/themes/Newspaper/style.css" media="all">
</head>
<body class="post-template-default single single-post postid-{post} single-format-standard
td-standard-pack global-block-template-1 td-full-layout" itemscope
itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"></div><div class="td-menu-background"></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu">
<span class="td_data_time">{shown}</span></div><div class="td-header-sp-logo"><a
class="td-main-logo"
href="/">{SITE}</a></div>{chrome.nav("td-header-main-menu", active=v.section)}</div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container
td-post-template-default">
<div class="td-crumb-container">{chrome.breadcrumbs(v.section, "entry-crumbs")}</div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div
class="td-ss-main-content">
<article id="post-{post}" class="post-{post} post type-post status-publish format-standard
has-post-thumbnail category-{v.section.lower()}">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a
href="/category/{v.section.lower()}/">{esc(v.section)}</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{esc(v.title)}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div>
<a href="/author/{v.variant}/">{esc(v.author)}</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date"
datetime="{v.published}">{shown}</time></span>
<div class="td-post-views"><span class="td-nr-views-{post}">{v.variant * 37}</span></div></div>
</header></div>
<div class="td-post-sharing-top">{chrome.share("td-default-sharing", buttons=False)}</div>
<div class="td-post-content tagdiv-type">
{v.body}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box
clearfix"><li><span>TAGS
</span></li><li><a href="/tag/{v.section.lower()}/">{esc(v.section)}</a></li></ul></div>
<div class="td-post-sharing-bottom">{chrome.share("td-default-sharing", buttons=False)}</div>
<div class="td-author-name vcard author"><a href="/author/{v.variant}/">{esc(v.author)}</a></div>
</footer>
{v.after}
</article>
{v.below}
{chrome.comments("comments", 1 + v.variant % 3)}
{v.next}
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<aside class="td_block_template_1 widget widget_search"><form role="search"><input name="s">
</form></aside>{v.sidebar}
</div></div></div></div></div>
<div class="td-footer-wrapper">{chrome.footer(SITE, "td-sub-footer-container")}</div>
</div></body></html>
"""


LAYOUT = Site(
    "wpnews", SITE, "https://metrodailybuzz.example.com", "/{date}/{slug}/",
    paragraph, lambda text: f"<h3>{text}</h3>", figure, ad, page,
    variants={
        "linkbox": ("prev-next", "prev-next", "outbrain"),
        "inbody": ("read-also", "related-caps"),
        "cards": ("jetpack", "ymal"),
        "tail": ("more-line", "unlinked-list", "next-article", "next-article"),
    },
    body_class="td-post-content tagdiv-type",
)  # fmt: skip
