"""A Guardian-like site on a dotcom-rendering stack: generated dcr- classes, rich links in the
text, onward-journey containers and a "Most viewed" list under the article, Outbrain below."""

from __future__ import annotations

from ... import chrome
from ...layouts.base import head
from ...text import esc
from ..site import Page, Site, jsonld

SITE = "The Northern Courier"


def paragraph(inner: str) -> str:
    """A body paragraph with its generated class."""
    return f'<p class="dcr-s23rjr">{inner}</p>'


def subhead(text: str) -> str:
    """A subheading."""
    return f'<h2 id="h-{len(text)}" class="dcr-1j1qv3h">{text}</h2>'


def figure(src: str, caption: str) -> str:
    """An inline figure with its caption and credit."""
    return (
        '<figure data-spacefinder-role="inline" class="dcr-1wf3gmi"><div class="dcr-1b7nwpl">'
        f'<picture class="dcr-evn1e9"><img src="{src}" alt="" width="445" height="267" '
        'loading="lazy" class="dcr-4zleql"></picture></div><figcaption class="dcr-1wac4ew">'
        f'<span class="dcr-1inf02i"></span>{esc(caption)}</figcaption></figure>'
    )


def ad(slot: int) -> str:
    """An inline ad slot with its label."""
    return (
        f'<div id="dfp-ad--inline{slot}" class="ad-slot-container dcr-1jp0ht6" aria-hidden="true">'
        f'<div class="ad-slot ad-slot--inline" data-name="inline{slot}" data-label-show="true">'
        "</div></div>"
    )


def page(v: Page) -> str:
    """Full document."""
    shown = chrome.show_date(v.published, "%a %-d %b %Y %H.%M GMT")
    pillars = "".join(
        f'<li class="dcr-1x2zjyu"><a class="dcr-1o6w2x4" href="/{p.lower()}">{p}</a></li>'
        for p in ("News", "Opinion", "Sport", "Culture", "Lifestyle")
    )
    return f"""<!DOCTYPE html>
<html lang="{v.lang}">
<head>{head(v, SITE, jsonld(v, SITE))}
<meta property="article:section" content="{esc(v.section)}"></head>
<body>
<div data-gu-name="top-bar"><a href="/contribute" class="dcr-1qmgo0a">Support the Courier</a>
<a href="/signin" class="dcr-1qmgo0a">Sign in</a></div>
<header data-gu-name="header" class="dcr-1d5kq5a"><a href="/" class="dcr-vjwi8p">{SITE}</a>
<nav class="dcr-4n64mb"><ul class="dcr-1yb1x1v">{pillars}</ul></nav></header>
<main data-layout="StandardLayout"><article class="dcr-1l4tuvm">
<div class="dcr-1aul2ye"><div data-gu-name="title" class="dcr-15a9zt7"><a
href="/{v.section.lower()}"
class="dcr-nhlrhl"><span>{esc(v.section)}</span></a></div>
<div data-gu-name="headline" class="dcr-bhx97"><h1 class="dcr-y70mar">{esc(v.title)}</h1></div>
<div data-gu-name="meta" class="dcr-1ibkbhr"><address aria-label="Contributor info"><a rel="author"
href="/profile/{v.variant}">{esc(v.author)}</a></address>
<details class="dcr-1l9ytd"><summary>{shown}</summary></details></div>
<div data-gu-name="body" class="dcr-1x1x7g"><div id="maincontent"
class="article-body-commercial-selector
article-body-viewer-selector dcr-1r94quw">
{v.body}
</div>
<div id="slot-body-end"></div>
<div data-print-layout="hide" class="dcr-1wa5lwv"><span>Topics</span><ul><li><a
href="/{v.section.lower()}">
{esc(v.section)}</a></li><li><a href="/uk/news">UK news</a></li></ul></div></div></div>
{v.after}
</article>
<section data-link-name="onward" class="dcr-1j5w8bt">{v.below}</section>
<section data-link-name="most popular" class="dcr-14gh4y3">{v.sidebar}</section>
{v.next}
<section data-component="comments" class="dcr-1ufbz6t"><h2>Comments ({v.variant})</h2>
<p>Comments on this piece are premoderated to ensure discussion remains on topics
raised.</p></section>
</main>
<footer data-gu-name="footer" class="dcr-xn5qym"><ul><li><a href="/about">About us</a></li>
<li><a href="/help/contact-us">Contact us</a></li><li><a href="/info/privacy">Privacy
policy</a></li>
</ul><p>© 2019 {SITE} News &amp; Media Limited or its affiliated companies. All rights reserved.</p>
</footer></body></html>
"""


LAYOUT = Site(
    "onward", SITE, "https://www.northerncourier.example.co.uk", "/{section}/{date}/{slug}",
    paragraph, subhead, figure, ad, page,
    variants={
        "linkbox": ("outbrain",),
        "inbody": ("rich-link",),
        "cards": ("onward", "onward", "trending"),
        "tail": ("read-more-list", "unlinked-list"),
    },
    body_class="article-body-commercial-selector article-body-viewer-selector dcr-1r94quw",
)  # fmt: skip
