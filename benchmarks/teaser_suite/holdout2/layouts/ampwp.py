"""The AMP version of a WordPress news site (AMP-plugin templates): amp-img, amp-ad, an
amp-sidebar menu, related posts with 15-word excerpts, previous/next post links."""

from __future__ import annotations

from ... import chrome
from ...layouts.base import head
from ...text import esc
from ..site import Page, Site, jsonld

SITE = "Coastline Report"
BOILERPLATE = (
    '<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>'
    "body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>"
    "<style amp-custom>.amp-wp-article{font-size:16px}</style>"
)


def figure(src: str, caption: str) -> str:
    """An AMP image block."""
    return (
        f'<figure class="wp-block-image"><amp-img src="{src}" alt="" width="1024" height="683" '
        f'layout="intrinsic"></amp-img><figcaption>{esc(caption)}</figcaption></figure>'
    )


def ad(slot: int) -> str:
    """An amp-ad in a wrapper."""
    return (
        f'<div class="amp-ad-wrapper amp_ad_{slot}"><amp-ad class="amp-ad-{slot}" type="adsense"'
        f' width="300" height="250" data-ad-client="ca-pub-0000" data-ad-slot="{slot}">'
        "</amp-ad></div>"
    )


def page(v: Page) -> str:
    """Full document."""
    shown = chrome.show_date(v.published, "%B %d, %Y")
    canonical = v.url.removesuffix("amp/")
    return f"""<!doctype html>
<html amp lang="{v.lang}">
<head>{head(v, SITE, BOILERPLATE + jsonld(v, SITE)).replace(esc(v.url), esc(canonical))}</head>
<body class="single-post amp-single">
<amp-sidebar id="sidebar" class="amp-sidebar" layout="nodisplay" side="left">
{chrome.nav("amp-menu")}</amp-sidebar>
<header class="header h_m h_m_1"><div class="header-nav_wrap"><div class="h-nav"><div class="lb
t-btn"
role="button" on="tap:sidebar.toggle">☰</div></div><div class="logo"><a href="/">{SITE}</a></div>
</div></header>
<div class="sp sgl"><div class="cntr"><div class="amp-category"><span><a href="/category/
{v.section.lower()}/amp/">{esc(v.section)}</a></span></div>
<h1 class="amp-post-title">{esc(v.title)}</h1>
<div class="sp-cnt"><div class="sp-rl"><div class="sp-rt"><div class="amp-author"><span
class="author-name">{esc(v.author)}</span> <span class="amp-post-date">{shown}</span></div></div>
<div class="cntn-wrp artl-cnt">
{v.body}
</div>
<div class="ss-ic"><amp-social-share type="facebook" width="50" height="28"></amp-social-share>
<amp-social-share type="twitter" width="50" height="28"></amp-social-share></div>
{v.after}
{v.sidebar}
<div class="cmts"><a href="{esc(canonical)}#respond">Leave a Comment</a></div>
{v.below}
{v.next}
</div></div></div></div>
<footer class="footer"><p class="rr">All Rights Reserved © 2019 {SITE}</p>
<a href="{esc(canonical)}" rel="nofollow">View Non-AMP Version</a></footer>
</body></html>
"""


LAYOUT = Site(
    "ampwp", SITE, "https://coastlinereport.example.com", "/{slug}/amp/",
    lambda inner: f"<p>{inner}</p>", lambda text: f"<h2>{text}</h2>", figure, ad, page,
    variants={
        "linkbox": ("prev-next",),
        "inbody": ("read-also", "related-caps"),
        "cards": ("amp-related",),
        "tail": ("more-line", "unlinked-list"),
    },
    body_class="cntn-wrp artl-cnt", amp=True,
)  # fmt: skip
