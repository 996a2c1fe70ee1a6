"""A cable-news site in its 2019 layout: every body paragraph a <div class="zn-body__paragraph">,
most of them in a read-all container, "Related Article" embeds, "Paid Content" from Outbrain."""

from __future__ import annotations

import random

from ... import chrome
from ...layouts.base import Item, head
from ...text import esc
from ..site import Page, Site, jsonld

SITE = "CNV"


def paragraph(inner: str) -> str:
    """A body paragraph: a div."""
    return f'<div class="zn-body__paragraph speakable">{inner}</div>'


def subhead(text: str) -> str:
    """A subhead inside a paragraph div."""
    return f'<div class="zn-body__paragraph"><h3>{text}</h3></div>'


def figure(src: str, caption: str) -> str:
    """A leaf media element."""
    return (
        '<div class="el__embedded el__embedded--fullwidth"><div class="el__image--fullwidth">'
        f'<img class="media__image" src="{src}" alt=""><div class="media__caption '
        f'el__storyelement__gray"><div class="element-raw-html">{esc(caption)}</div></div></div>'
        "</div>"
    )


def ad(slot: int) -> str:
    """An epic ad between paragraphs."""
    return (
        f'<div class="ad ad--epic ad--all"><div id="ad_bnr_btf_0{slot}" class="ad-ad_bnr_btf_0'
        f'{slot} ad-refresh-default"></div></div>'
    )


def embed(html: str, rng: random.Random) -> str:
    """Embeds are full-width or standard elements."""
    if html.startswith(('<div class="el__', '<div class="zn-body')):
        return html
    width = rng.choice(("standard", "fullwidth"))
    return f'<div class="el__embedded el__embedded--{width}">{html}</div>'


def assemble(items: list[Item]) -> str:
    """The first three items, then the rest inside the read-all container."""
    head_items = "\n".join(item.html for item in items[:3])
    rest = "\n".join(item.html for item in items[3:])
    return f'{head_items}\n<div class="zn-body__read-all">\n{rest}\n</div>'


def page(v: Page) -> str:
    """Full document."""
    shown = chrome.show_date(v.published, "Updated %H%M GMT (%H%M HKT) %B %d, %Y")
    return f"""<!DOCTYPE html>
<html lang="{v.lang}" class="no-js">
<head>{head(v, SITE, jsonld(v, SITE))}</head>
<body class="pg pg-hidden pg-article pg-{v.section.lower()}">
<div class="pg-no-rail pg-wrapper"><header class="nav"><a class="nav-header__logo"
href="/">{SITE}</a>
{chrome.nav("nav-menu-links", "div", v.section)}</header>
<article class="pg-rail-tall pg-rail--align-right" itemscope
itemtype="http://schema.org/NewsArticle">
<div class="l-container"><h1 class="pg-headline">{esc(v.title)}</h1>
<div class="metadata"><div class="metadata__info js-byline-images"><p class="metadata__byline">
<span class="metadata__byline__author">By <a href="/profiles/{v.variant}">{esc(v.author)}</a>,
{SITE}
</span></p><p class="update-time">{shown}</p></div></div></div>
<section id="body-text" class="zn zn-body-text zn-body zn--idx-0 zn--ordinary
zn-has-multiple-containers">
<div class="l-container">
{v.body}
</div></section>
<div class="l-container">{v.after}</div>
</article>
<section class="zn zn-paid-content">{v.below}</section>
<section class="zn zn-right-rail">{v.sidebar}</section>
{v.next}
<footer class="m-footer"><a href="/terms">Terms of Use</a> <a href="/privacy">Privacy Policy</a>
<a href="/accessibility">Accessibility &amp; CC</a><p>© 2019 Cable News Vision. All Rights
Reserved.</p>
</footer></div></body></html>
"""


LAYOUT = Site(
    "cnnish", SITE, "https://edition.cnv.example.com", "/{date}/{section}/{slug}/index.html",
    paragraph, subhead, figure, ad, page,
    variants={
        "linkbox": ("outbrain", "next-promo"),
        "inbody": ("related-card", "related-card", "read-also"),
        "cards": ("tiles", "results-list"),
        "tail": ("more-line", "read-more-list"),
    },
    body_class="zn-body__read-all", assemble=assemble, embed=embed,
)  # fmt: skip
