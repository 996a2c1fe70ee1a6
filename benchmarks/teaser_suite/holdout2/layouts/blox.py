"""A regional US daily on a BLOX-like hosted CMS: asset-content, tnt- classes, tncms regions,
"Most Popular" tabs in the rail, an Outbrain feed under the story."""

from __future__ import annotations

import random

from ... import chrome
from ...layouts.base import head
from ...text import esc
from ..site import Page, Site, jsonld

SITE = "The Prairie Sentinel"


def paragraph(inner: str) -> str:
    """A plain paragraph, as BLOX stores them."""
    return f"<p>{inner}</p>"


def figure(src: str, caption: str) -> str:
    """An inline photo asset with caption and credit."""
    return (
        '<div class="inline-asset inline-image"><figure class="photo layout-horizontal">'
        f'<div class="image"><img class="img-responsive" src="{src}" alt=""></div>'
        f'<figcaption class="caption"><div class="caption-text"><p>{esc(caption)}</p></div>'
        "</figcaption></figure></div>"
    )


def ad(slot: int) -> str:
    """A tncms ad region between paragraphs."""
    return (
        f'<div id="tncms-region-article_instory_{("top", "middle", "bottom")[slot % 3]}" '
        'class="tncms-region hidden-print"><div class="tnt-ads-container text-center">'
        f'<div id="tn-ad-fixed-big-ad-box-{slot}" class="tnt-ads"></div></div></div>'
    )


def embed(html: str, rng: random.Random) -> str:
    """Boxes go into an inline-asset wrapper; lines stay paragraphs."""
    if html.startswith("<p"):
        return html
    side = rng.choice(("left", "right", "full"))
    return f'<div class="inline-asset inline-asset-{side} hidden-print">{html}</div>'


def page(v: Page) -> str:
    """Full document."""
    shown = chrome.show_date(v.published, "%b %d, %Y")
    return f"""<!DOCTYPE html>
<html lang="{v.lang}" class="no-js">
<head>{head(v, SITE, jsonld(v, SITE))}
<meta property="og:site_name" content="{SITE}"></head>
<body class="tncms-asset-article pos-default">
<div id="site-container">
<header id="site-navbar-container" class="hidden-print"><div id="site-top-nav"><a
class="navbar-brand"
href="/">{SITE}</a><div class="tnt-weather">41°F Partly cloudy</div>
<a class="btn btn-primary" href="/users/signup/">Subscribe</a></div>
{chrome.nav("navbar navbar-default", active=v.section)}</header>
<section id="main-page-container" class="container-fluid"><div class="row">
<div class="col-md-8 col-lg-8 main-content">
<article id="article-{v.variant:04d}" class="asset" itemscope
itemtype="http://schema.org/NewsArticle">
<header class="asset-header"><div class="meta"><span class="asset-section"><a href="/news/local/">
{esc(v.section)}</a></span></div><h1 class="headline"><span class="tnt-headline full">{esc(v.title)}
</span></h1><ul class="list-inline"><li><span class="tnt-byline">By <a href="/users/profile/">
{esc(v.author)}</a></span></li><li><time class="tnt-date asset-date text-muted"
datetime="{v.published}">{shown}</time></li></ul>
{chrome.share("share-container hidden-print", buttons=False)}</header>
<div id="article-body" class="asset-body" itemprop="articleBody">
<div class="asset-content subscriber-premium">
{v.body}
</div></div>
<div class="asset-tags"><ul class="list-inline"><li>Tags</li><li><a href="/search/?k=%22local%22">
Local</a></li><li><a href="/search/?k=%22{esc(v.section.lower())}%22">{esc(v.section)}</a></li></ul>
</div>
{v.after}
<div id="tncms-region-article_bottom" class="tncms-region">{v.below}</div>
{chrome.comments("asset-comments tnt-comments", 2)}
</article>
{v.next}
</div>
<aside class="col-md-4 col-lg-4 tnt-sidebar hidden-print">{v.sidebar}
{chrome.ad("tnt-ads-container", "", 4)}{chrome.newsletter("tnt-newsletter")}</aside>
</div></section>
<footer id="site-footer"><p>{SITE}, 100 Main Street. © 2019 BLOX Digital Partner Network.
Powered by BLOX Content Management System.</p></footer>
</div></body></html>
"""


LAYOUT = Site(
    "blox", SITE, "https://www.prairiesentinel.example.com", "/news/local/article_{uid}.html",
    paragraph, lambda text: f"<h3>{text}</h3>", figure, ad, page,
    variants={
        "linkbox": ("outbrain",),
        "inbody": ("related-caps", "related-plain", "related-plain", "read-also"),
        "cards": ("popular-tabs", "popular-tabs", "caption-cards"),
        "tail": ("more-line", "unlinked-list", "next-article"),
    },
    body_class="asset-content subscriber-premium", embed=embed,
)  # fmt: skip
