"""A metro daily on an Arc XP-like platform: Fusion app, b-/c- block classes, interstitial
links and "Related" cards in the text, a results list and Taboola below."""

from __future__ import annotations

import random

from ... import chrome
from ...layouts.base import head
from ...text import esc
from ..site import Page, Site, jsonld

SITE = "The Capital Ledger"


def paragraph(inner: str) -> str:
    """A text element of the article body block."""
    return f'<p class="c-paragraph">{inner}</p>'


def subhead(text: str) -> str:
    """A header element."""
    return f'<h2 class="c-heading b-article-body__heading">{text}</h2>'


def figure(src: str, caption: str) -> str:
    """An image element: media item with caption and credit."""
    return (
        f'<figure class="c-media-item"><img class="c-image" src="{src}" alt="" width="800" '
        'height="533" loading="lazy"><figcaption class="c-media-item__fig-caption"><span '
        f'class="c-media-item__caption">{esc(caption)}</span></figcaption></figure>'
    )


def ad(slot: int) -> str:
    """An Arc ad block."""
    return (
        f'<div class="b-ad-block arcad_feature"><div class="arcad" id="arcad_feature-0-{slot}">'
        '<p class="b-ad-block__label">Advertisement</p></div></div>'
    )


def embed(html: str, rng: random.Random) -> str:
    """Cards sit in the body as custom-embed elements."""
    if html.startswith("<p"):
        return html
    return f'<div class="b-article-body__custom-embed" data-type="custom_embed">{html}</div>'


def page(v: Page) -> str:
    """Full document."""
    shown = chrome.show_date(v.published, "%B %d, %Y at %I:%M %p")
    nav = "".join(
        f'<a class="c-link b-header-nav-chain__link" href="/{s.lower()}/">{s}</a>'
        for s in chrome.SECTIONS
    )
    return f"""<!DOCTYPE html>
<html lang="{v.lang}">
<head>{head(v, SITE, jsonld(v, SITE))}
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};
Fusion.deployment="{v.variant}";Fusion.arcSite="ledger";</script></head>
<body>
<div id="fusion-app" class="b-application"><div class="b-right-rail-advanced">
<header class="b-header-nav-chain"><div class="b-header-nav-chain__top-layout">
<a class="b-header-nav-chain__logo" href="/">{SITE}</a>
<button class="c-button b-header-nav-chain__subscribe">Subscribe</button></div>
<nav class="b-header-nav-chain__nav" aria-label="Sections">{nav}</nav></header>
<main class="b-right-rail-advanced__main"><div class="b-right-rail-advanced__main-interior-item">
<div class="b-overline"><a class="c-link b-overline__link"
href="/{v.section.lower()}/">{esc(v.section)}
</a></div><h1 class="b-headline">{esc(v.title)}</h1>
<div class="b-byline">By <a class="c-link" href="/people/">{esc(v.author)}</a></div>
<time class="b-date" datetime="{v.published}">{shown}</time>
<div class="b-share-bar">{chrome.share("c-stack", buttons=True)}</div>
<article class="b-article-body">
{v.body}
</article>
<div class="b-right-rail-advanced__main-interior-item">{v.after}</div>
<div class="b-right-rail-advanced__main-interior-item">{v.below}</div>
{v.next}
</div></main>
<aside class="b-right-rail-advanced__rail">{v.sidebar}{chrome.ad("arcad b-ad-block", "", 3)}
</aside>
<footer class="b-footer"><div class="b-footer__links"><a href="/about/">About Us</a>
<a href="/privacy-policy/">Privacy Policy</a><a href="/terms-of-service/">Terms of Service</a></div>
<p class="b-footer__copyright">© 2019 {SITE}. All rights reserved.</p></footer>
</div></div>
<script type="application/javascript" id="fusion-engine-script" src="/pf/dist/engine/react.js">
</script>
</body></html>
"""


LAYOUT = Site(
    "arcxp", SITE, "https://www.capitalledger.example.com", "/{section}/{date}/{slug}/",
    paragraph, subhead, figure, ad, page,
    variants={
        "linkbox": ("next-promo", "taboola"),
        "inbody": ("interstitial", "interstitial", "related-card"),
        "cards": ("results-list", "trending"),
        "tail": ("read-more-list", "more-line"),
    },
    body_class="b-article-body", embed=embed,
)  # fmt: skip
