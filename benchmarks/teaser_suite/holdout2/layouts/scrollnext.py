"""A tabloid on WordPress VIP with infinite scroll: after the story (and its Taboola feed) the
next story loads into the same container, headline and opening paragraphs in the same markup."""

from __future__ import annotations

from ... import chrome
from ...layouts.base import head
from ...text import esc
from ..site import Page, Site, jsonld

SITE = "The Daily Metro"
BODY = "single__content entry-content m-bottom"


def figure(src: str, caption: str) -> str:
    """A wp-caption figure with its credit."""
    return (
        f'<figure class="wp-block-image size-article-inline"><img src="{src}" alt="" '
        'loading="lazy"><figcaption><span class="credit">'
        f"{esc(caption)}</span></figcaption></figure>"
    )


def ad(slot: int) -> str:
    """An inline ad module."""
    return (
        f'<div class="inline-module inline-module--ad"><div class="htlad-inline_{slot}" '
        'data-unit="inline"></div></div>'
    )


def page(v: Page) -> str:
    """Full document."""
    shown = (
        chrome.show_date(v.published, "%B %d, %Y | %I:%M%p").replace("AM", "am").replace("PM", "pm")
    )
    return f"""<!DOCTYPE html>
<html lang="{v.lang}">
<head>{head(v, SITE, jsonld(v, SITE))}</head>
<body class="post-template-default single single-post">
<div id="page" class="site"><header class="site-header"><a class="site-header__logo"
href="/">{SITE}</a>
{chrome.nav("site-header__nav", active=v.section)}<a class="site-header__login" href="/login">Log
In</a>
</header>
<main id="main" class="site-main"><div class="layout layout--single">
<div class="article-scroll-container" data-infinite-scroll="true">
<div class="single single--article" id="post-{20000 + v.variant}">
<div class="single__header"><div class="single__meta"><a class="single__section"
href="/{v.section.lower()}/">{esc(v.section)}</a></div>
<h1 class="headline headline--single">{esc(v.title)}</h1>
<div class="byline byline--single"><span class="byline__author">By <a href="/author/{v.variant}/">
{esc(v.author)}</a></span> <span class="byline__date">Published {shown} ET</span></div></div>
<div class="share-bar">{chrome.share("share-bar__buttons", buttons=False)}</div>
<div class="{BODY}">
{v.body}
</div>
<div class="single__footer"><span>Filed under</span> <a href="/tag/{v.section.lower()}/">
{esc(v.section)}</a></div>
{v.after}
<div class="single__share-footer">Share this article:
{chrome.share("share-bar__buttons", buttons=False)}</div>
</div>
{v.below}
{v.next}
</div>
<aside class="layout__rail">{v.sidebar}{chrome.ad("htlad-rail", "", 5)}</aside>
</div></main>
{chrome.footer(SITE, "site-footer")}
</div></body></html>
"""


LAYOUT = Site(
    "scrollnext", SITE, "https://dailymetro.example.com", "/{date}/{slug}/",
    lambda inner: f"<p>{inner}</p>", lambda text: f"<h2>{text}</h2>", figure, ad, page,
    variants={
        "linkbox": ("taboola",),
        "inbody": ("related-caps", "related-plain", "related-plain"),
        "cards": ("trending", "caption-cards", "tiles"),
        "tail": ("next-article",),
    },
    body_class=BODY,
)  # fmt: skip
