"""An Australian public broadcaster's article, 2019-2020 (ABC News-like, before its React
redesign): inline-content boxes for photos and "Related Story" links floated in the text,
"Topics:" and "First posted" lines closing the text, Top Stories and Related Stories beside
and after it."""

from __future__ import annotations

from ...text import esc
from ..furniture import json_ld, meta
from ..site import Page, Site

NAME = "ABC Southern News"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def stamp(iso: str) -> str:
    """ "20 Nov 2019, 5:12am"."""
    hour, minute = int(iso[11:13]), iso[14:16]
    half = "am" if hour < 12 else "pm"
    return (
        f"{int(iso[8:10])} {MONTHS[int(iso[5:7]) - 1]} {iso[:4]}, {hour % 12 or 12}:{minute}{half}"
    )


def figure(src: str, caption: str, credit: str) -> str:
    """A full-width inline photo with its caption and source."""
    return (
        f'<div class="inline-content photo full"><a href="{src[:-4]}-full.jpg" '
        f'title="{esc(caption)}">'
        f'<img src="{src}" alt="{esc(caption)}" width="700" height="394"></a><span '
        f'class="inline-caption"><strong>Photo:</strong> {esc(caption)} <span class="source">'
        f"(ABC News: {esc(credit)})</span></span></div>"
    )


def embed(kind: str, html: str) -> str:
    """Tweets and videos as inline-content boxes."""
    return (
        f'<div class="inline-content {"tweet" if kind == "tweet" else "video"} full">{html}</div>'
    )


CLASSES = {
    "mos": "section related",
    "mos/h": "",
    "mos/li": "",
    "mos/promo": "",
    "mos/link": "",
    "mos/meta": "published",
    "ts": "section top-stories",
    "ts/time": "timestamp",
}


def page(p: Page) -> str:
    """Full document."""
    nav = "".join(
        f'<li><a href="/news/{s.lower()}/">{s}</a></li>'
        for s in (
            "Just In",
            "Coronavirus",
            "Politics",
            "World",
            "Business",
            "Analysis",
            "Sport",
            "Science",
            "Health",
            "Arts",
            "Fact Check",
        )
    )
    topics = ", ".join(
        f'<a href="/news/topic/{t}">{t}</a>'
        for t in ("government-and-politics", "community-and-society", "australia")[
            : 1 + p.variant % 3
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en-AU"><head><meta charset="utf-8"><title>{esc(p.title)} - {NAME}</title>
{meta(p, NAME)}{json_ld(p, NAME)}<link rel="stylesheet" href="/res/abc/bundle.css"></head>
<body class="platform-standard news story_page"><div id="container_header"><a class="skip"
href="#content">Skip to main content</a><div id="header"><a href="/news/" class="brand">{NAME}</a>
<ul id="nav" class="nav">{nav}</ul><form class="search" action="/news/search/"><input name="q">
<button>Search</button></form></div></div>
<div class="page_margins"><div class="page section"><div class="subcolumns"><div class="c75l">
<div class="article section" id="content"><h1>{esc(p.title)}</h1>
<div class="byline">By <a
href="/news/{p.author.lower().replace(" ", "-")}/12345">{esc(p.author)}</a></div>
<div class="published"><p>Posted <span class="timestamp">{stamp(p.published)}</span></p></div>
<ul class="share-tools"><li><a href="#email">Email</a></li><li><a href="#facebook">Facebook</a></li>
<li><a href="#twitter">Twitter</a></li></ul>
{p.body}
<p class="topics"><strong>Topics:</strong> {topics}</p>
<p class="published">First posted <span class="timestamp">{stamp(p.published)}</span></p>
<div class="contact-us"><a href="/news/contact/feedback/">Contact {esc(p.author)}</a></div>
</div>
{p.after}
</div><div class="c25r"><div class="sidebar">{p.sidebar}<div class="section"><h2>Connect with
ABC Southern News</h2><ul><li><a href="/news/newsletters/">Get the latest news in your
inbox</a></li>
</ul></div></div></div></div>
{p.below}
</div></div>
<div id="footer"><p>This service may include material from Agence France-Presse (AFP), APTN,
Reuters, AAP, CNN and the BBC World Service which is copyright and cannot be reproduced.</p>
<p>AEST = Australian Eastern Standard Time which is 10 hours ahead of GMT (Greenwich Mean Time)</p>
<ul><li><a href="/privacy">Privacy Policy</a></li><li><a href="/conditions">Conditions of
Use</a></li>
</ul></div></body></html>
"""


SITE = Site(
    "abcau",
    "https://www.abcsouthern.example.net.au",
    "/news/{d}/{slug}/{n}",
    lambda inner, first: f"<p>{inner}</p>",
    lambda text: f"<h2>{text}</h2>",
    figure,
    page,
    variants={
        "linkbox": ("more-on-story",),
        "inbody": ("related-story",),
        "cards": ("top-stories",),
        "tail": ("closing-list",),
    },
    words={
        "closing": {"en": ("Read more:", "What you need to know:", "More on this story:")},
        "more_story": {"en": ("Related Stories",)},
        "top": {"en": ("Top Stories",)},
    },
    classes=CLASSES,
    extras={"figure": 0.8, "figure2": 0.3, "tweet": 0.15, "video": 0.15},
    embed=embed,
    years=(2019, 2020),
    link_words="/news/topic/{word}",
)
