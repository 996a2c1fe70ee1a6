"""An Indian English-language news portal, 2019-2024 (Times of India / Hindustan Times-like):
the story as one div of text runs parted by <br><br>, obfuscated short class names, "Also
Read |" lines (linked, or unlinked in agency copy), "Watch:" video titles, the agency credit
and syndication notice after the text, a Latest News rail and an MGID widget below."""

from __future__ import annotations

from ...text import esc
from ..body import br_join
from ..furniture import json_ld, meta
from ..labels import MONTHS
from ..site import Page, Site

NAME = "The Bharat Herald"
MENU = (
    "India",
    "World",
    "Business",
    "Cricket",
    "Entertainment",
    "Tech",
    "Lifestyle",
    "Cities",
    "Education",
    "Videos",
)


def stamp(iso: str) -> str:
    """ "Nov 20, 2019, 10:12 IST"."""
    return f"{MONTHS[int(iso[5:7]) - 1][:3]} {int(iso[8:10])}, {iso[:4]}, {iso[11:16]} IST"


def figure(src: str, caption: str, credit: str) -> str:
    """A photo block between text runs."""
    return (
        f'<div class="_2QXZb"><img src="{src}" alt="" width="700" height="394"><div '
        f'class="_2JI_s">{esc(caption)} ({esc(credit)})</div></div>'
    )


def embed(kind: str, html: str) -> str:
    """Ad slots and embeds between text runs."""
    if kind == "ad":
        return (
            f'<div class="_3ymsl" data-adslot="ATF_MREC_{html}"><div class="adtext">'
            "Advertisement</div></div>"
        )
    return f'<div class="embedcode {kind}">{html}</div>'


def page(p: Page) -> str:
    """Full document."""
    menu = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in MENU)
    agency = ("PTI", "ANI", "IANS", "agencies")[p.variant % 4]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(p.title)} | {p.section} News -
{NAME}</title>
{meta(p, NAME)}{json_ld(p, NAME)}</head><body><div id="app"><div class="contentwrapper clearfix">
<header class="_2sMpH"><a href="/" class="_1Ydk0">{NAME}</a><ul class="_1-tUS">{menu}</ul><a
class="_3LaUf" href="/epaper">E-Paper</a> <a class="_3LaUf" href="/subscribe">Sign In</a></header>
<div class="_1Kqs8 clearfix"><div class="_2Lbzy"><div class="_3Q1-C"><a href="/">Home</a> / <a
href="/{p.section.lower()}">{esc(p.section)}</a></div><div class="_2NFXP"><h1 class="_1Y-96"><span
>{esc(p.title)}</span></h1><div class="_3Mkg- byline"><a href="/toireporter/author-{p.variant}"
>{esc(p.author)}</a> / TNN / Updated: {stamp(p.modified)}</div></div>
<div class="ga-headlines"><div class="_3YYSt clearfix"><div class="_s30J clearfix">
{p.body}
</div></div></div>
<div class="_1_Akb">(With inputs from {agency})</div>
<div class="_3gupn"><i>(This story has not been edited by {NAME} staff and is auto-generated from a
syndicated feed.)</i></div>
<div class="_38p1T">Download The Bharat Herald app to get Daily Market Updates &amp; Live
News.</div>
{p.after}
<div class="_2gHmG comments"><h3>Comments (<span>{p.variant % 17}</span>)</h3><button>Post
comment</button></div></div><div class="_3-fzr rightcolumn">{p.sidebar}<div class="_3ymsl"
data-adslot="RHS_ATF"></div></div></div>{p.below}
<footer class="_1h2_9"><p>Copyright © {p.published[:4]} Bharat Herald Media Ltd. All rights
reserved.
For reprint rights: <a href="/syndication">Syndication</a></p></footer></div></div></body></html>
"""


SITE = Site(
    "indiaportal",
    "https://www.bharatherald.example.in",
    "/{section}/{slug}/articleshow/{m}.cms",
    lambda inner, first: inner,
    lambda text: f"<b>{text}</b>",
    figure,
    page,
    variants={
        "linkbox": ("mgid",),
        "inbody": ("label-link", "label-unlinked"),
        "cards": ("thumb-rail",),
        "tail": ("watch-video", "more-colon"),
    },
    words={
        "also": {"en": ("Also Read |", "ALSO READ |", "Also Read:", "Also read:")},
        "more": {"en": ("READ | ", "ALSO READ:", "Must Read:")},
        "latest": {"en": ("Latest News", "Trending", "Top Stories")},
        "watch": {"en": ("Watch:", "WATCH |", "Watch Video:")},
        "promoted": {"en": ("Promoted Content", "Sponsored Stories", "You may like")},
    },
    classes={"thumb-rail": "_3RbBK latest-news"},
    extras={"figure": 0.6, "tweet": 0.2, "youtube": 0.1, "ad": 0.7},
    embed=embed,
    assemble=br_join,
    line_break="<br><br>\n",
    years=(2019, 2024),
    sections=("India", "World", "Business", "Cities"),
    link_words="/topic/{word}",
)
