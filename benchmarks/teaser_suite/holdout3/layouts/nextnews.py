"""A digital-native news site built with Next.js, 2022-2025: CSS-module class names,
next/image figures, ad slots and an inline newsletter promo in the text, React inline
recirculation cards, a "Read next" promo, "Most Read" rail, a recommendation grid, and the
page's data in __NEXT_DATA__."""

from __future__ import annotations

import json

from ...text import esc
from ..furniture import meta, module
from ..labels import us_date
from ..site import Page, Site

NAME = "The Dispatch Desk"


def m(component: str, name: str) -> str:
    """A CSS-module class of this build."""
    return module(component, name)


CLASSES = {
    "rn": m("ReadNext", "root"),
    "rn/a": m("ReadNext", "link"),
    "rn/img": m("ReadNext", "image"),
    "rn/text": m("ReadNext", "text"),
    "rn/kicker": m("Kicker", "root"),
    "rn/h": m("ReadNext", "headline"),
    "rn/stand": m("ReadNext", "dek"),
    "ir": m("InlineRecirc", "root"),
    "ir/item": m("InlineRecirc", "item"),
    "ir/kicker": m("Kicker", "root"),
    "ir/label": m("InlineRecirc", "label"),
    "mr": m("MostRead", "root"),
    "mr/li": m("MostRead", "item"),
    "mr/n": m("MostRead", "rank"),
    "mr/link": m("MostRead", "link"),
    "mr/h": m("SectionHeading", "root"),
    "rc": m("Recommended", "root"),
    "rc/grid": m("Recommended", "grid"),
    "rc/card": m("StoryCard", "root"),
    "rc/kicker": m("Kicker", "root"),
    "rc/h": m("StoryCard", "headline"),
    "rc/stand": m("StoryCard", "dek"),
}


def para(inner: str, first: bool) -> str:
    """A body paragraph; the first opens with a drop cap."""
    extra = f" {m('ArticleBody', 'dropcap')}" if first else ""
    return f'<p class="{m("ArticleBody", "paragraph")}{extra}">{inner}</p>'


def figure(src: str, caption: str, credit: str) -> str:
    """A next/image figure."""
    url = src.replace("/", "%2F")
    return (
        f'<figure class="{m("ArticleImage", "figure")}"><span style="box-sizing:border-box;'
        'display:block;overflow:hidden;position:relative"><img alt="" src="/_next/image?url='
        f'{url}&amp;w=1200&amp;q=75" decoding="async" data-nimg="responsive" style="position:'
        f'absolute;inset:0"></span><figcaption class="{m("ArticleImage", "caption")}">'
        f'{esc(caption)} <span class="{m("ArticleImage", "credit")}">{esc(credit)}</span>'
        "</figcaption></figure>"
    )


def embed(kind: str, html: str) -> str:
    """Ads, newsletter promos, pull quotes and social embeds."""
    if kind == "ad":
        if int(html) % 3 == 0:
            return (
                f'<div class="{m("NewsletterInline", "root")}"><p '
                f'class="{m("NewsletterInline", "t")}">The Morning Desk</p>'
                "<p>Our best reporting, in your inbox every weekday.</p>"
                '<form><input type="email" placeholder="Email address"><button>Sign Up</button>'
                "</form></div>"
            )
        return (
            f'<div class="{m("AdSlot", "wrapper")}"><div class="{m("AdSlot", "label")}">'
            f'Advertisement</div><div id="gpt-ad-mid-{html}" data-testid="ad-slot"></div></div>'
        )
    if kind == "quote":
        return f'<blockquote class="{m("PullQuote", "root")}"><p>{html}</p></blockquote>'
    return f'<div class="{m("Embed", "wrapper")}" data-embed="{kind}">{html}</div>'


def page(p: Page) -> str:
    """Full document."""
    data = {
        "props": {
            "pageProps": {
                "article": {
                    "headline": p.title,
                    "section": p.section,
                    "byline": p.author,
                    "publishedAt": p.published,
                    "url": p.url,
                    "type": "story",
                }
            },
            "__N_SSP": True,
        },
        "page": "/[section]/[slug]",
        "buildId": "k3F9xQ2m",
    }
    script = json.dumps(data).replace("</", "<\\/")
    nav = "".join(
        f'<a class="{m("Nav", "link")}" href="/{s.lower()}">{s}</a>'
        for s in ("Politics", "Business", "Tech", "Climate", "Culture", "Opinion")
    )
    return f"""<!DOCTYPE html><html lang="{p.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width"><title>{esc(p.title)} | {NAME}</title>
{meta(p, NAME)}<link rel="preload" href="/_next/static/css/0a1b2c3d.css" as="style"><link
rel="stylesheet" href="/_next/static/css/0a1b2c3d.css" data-n-g=""></head><body><div id="__next">
<div class="{m("Layout", "root")}"><header class="{m("Header", "root")}"><a
class="{m("Header", "logo")}"
href="/">{NAME}</a><nav class="{m("Nav", "root")}">{nav}</nav><a class="{m("Header", "subscribe")}"
href="/subscribe">Subscribe</a></header><main class="{m("Layout", "main")}"><div
class="{m("Article", "grid")}">
<article class="{m("Article", "root")}"><div class="{m("ArticleHeader", "root")}"><a class=
"{m("Kicker", "root")}" href="/{p.section.lower()}">{esc(p.section)}</a><h1
class="{m("ArticleHeader", "headline")}"
>{esc(p.title)}</h1><div class="{m("Byline", "root")}"><span>By <a
href="/authors/{p.variant}">{esc(p.author)}
</a></span><time datetime="{p.published}">{us_date(p.published)}</time></div></div>
<div class="{m("ArticleBody", "body")}" data-testid="article-body">{p.body}</div>
<div class="{m("ArticleFooter", "root")}"><p class="{m("ArticleFooter", "tags")}"><a
href="/tag/{p.section.lower()}"
>{esc(p.section)}</a></p><button class="{m("Share", "button")}">Share this story</button></div>
{p.after}</article><aside class="{m("Article", "rail")}">{p.sidebar}<div
class="{m("AdSlot", "wrapper")}"
><div class="{m("AdSlot", "label")}">Advertisement</div></div></aside></div>{p.below}</main>
<footer class="{m("Footer", "root")}"><p>© {p.published[:4]} {NAME}. All rights reserved.</p><a
href=
"/about">About</a> <a href="/ethics">Ethics policy</a> <a
href="/privacy">Privacy</a></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{script}</script>
<script src="/_next/static/chunks/main-5f1a2b.js" defer></script></body></html>
"""


SITE = Site(
    "nextnews",
    "https://www.dispatchdesk.example.com",
    "/{section}/{slug}-{hex}",
    para,
    lambda text: f'<h2 class="{m("ArticleBody", "subhead")}">{text}</h2>',
    figure,
    page,
    variants={
        "linkbox": ("read-next",),
        "inbody": ("inline-recirc", "label-link"),
        "cards": ("most-read", "recommended"),
        "tail": ("more-colon",),
    },
    langs=("en", "de", "it"),
    label_langs=("en", "de", "it"),
    words={
        "read_next": {"en": ("Read next", "Up next")},
        "more": {"en": ("READ MORE:", "MORE:", "RELATED:")},
        "also": {"en": ("Related:", "Read more:", "READ MORE:")},
    },
    classes=CLASSES,
    extras={"figure": 0.85, "figure2": 0.35, "tweet": 0.2, "quote": 0.25, "ad": 0.8},
    embed=embed,
    years=(2022, 2025),
    link_words="/topics/{word}",
)
