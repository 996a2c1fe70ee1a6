"""A US local TV station's news site, 2020-2024 (Nexstar-like WordPress VIP theme): weather
and live-stream banners, "Posted/Updated" stamps, "RELATED:" lines and "RELATED COVERAGE:"
lists in the text, the station copyright notice, a "Latest News" list after the story,
a video playlist and trending list beside it, FCC links in the footer."""

from __future__ import annotations

from ...text import esc
from ..furniture import json_ld, meta
from ..labels import MONTHS
from ..site import Page, Site

NAME = "KXRV 7 News"


def stamp(iso: str) -> str:
    """ "Nov 20, 2019 / 10:12 AM CST"."""
    hour = int(iso[11:13])
    return (
        f"{MONTHS[int(iso[5:7]) - 1][:3]} {int(iso[8:10])}, {iso[:4]} / {hour % 12 or 12}:"
        f"{iso[14:16]} {'AM' if hour < 12 else 'PM'} CST"
    )


def figure(src: str, caption: str, credit: str) -> str:
    """An image block with caption and credit."""
    return (
        f'<figure class="wp-block-image size-large"><img src="{src}" alt="" width="876" '
        f'height="493" loading="lazy"><figcaption>{esc(caption)} (Credit: {esc(credit)})'
        "</figcaption></figure>"
    )


def embed(kind: str, html: str) -> str:
    """Ad units and embeds."""
    if kind == "ad":
        return (
            f'<div class="ad-unit ad-unit--article" data-ad-slot="rectangle-{html}"><span '
            'class="ad-unit__label">Advertisement</span></div>'
        )
    return (
        f'<figure class="wp-block-embed is-type-rich is-provider-{kind}"><div '
        f'class="wp-block-embed__wrapper">{html}</div></figure>'
    )


def page(p: Page) -> str:
    """Full document."""
    nav = "".join(
        f'<li class="site-header__nav-item"><a href="/{s.lower().replace(" ", "-")}/">{s}</a></li>'
        for s in ("News", "Weather", "Sports", "Video", "Community", "Contests", "Live")
    )
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>{esc(p.title)} | {NAME}</title>{meta(p, NAME)}
{json_ld(p, NAME)}</head><body class="post-template-default single single-post"><div class="site">
<header class="site-header"><div class="site-header__logo"><a href="/">KXRV 7</a></div><nav
class="site-header__nav"><ul>{nav}</ul></nav><div class="weather-widget"><a href="/weather/">58°
Cloudy</a></div></header><div class="alert-banner alert-banner--live"><a href="/live/">Watch live:
KXRV 7 News at 6</a></div>
<main class="site-main"><article class="article article--single"><header class="article-header">
<div class="article-header__kicker"><a href="/news/local-news/">{esc(p.section)}</a></div><h1
class="article-title">{esc(p.title)}</h1><p class="article-authors">by: <a
href="/author/{p.variant}/"
>{esc(p.author)}</a></p><p class="article-date"><span class="article-date__label">Posted:</span>
<time datetime="{p.published}">{stamp(p.published)}</time></p><p class="article-date"><span
class="article-date__label">Updated:</span> <time datetime="{p.modified}">{stamp(p.modified)}</time>
</p><div class="article-share"><span>SHARE</span> <a href="#fb">Facebook</a> <a href="#x">X</a>
<a href="#email">Email</a></div></header>
<div class="article-featured-media"><div class="video-player"
data-video-id="{p.variant}"></div></div>
<div class="article-content article-body rich-text">
{p.body}
</div>
<p class="article-copyright">Copyright {p.published[:4]} Nexus Media Inc. All rights reserved. This
material may not be published, broadcast, rewritten, or redistributed.</p>
{p.after}
</article><aside class="article-sidebar">{p.sidebar}</aside></main>{p.below}
<footer class="site-footer"><ul><li><a href="/fcc-public-file/">FCC Public File</a></li><li><a
href="/eeo-report/">EEO Report</a></li><li><a href="/closed-captioning/">Closed Captioning</a></li>
<li><a href="/privacy-policy/">Privacy Policy</a></li></ul><p>© {p.published[:4]} Nexus Media Inc.
</p></footer></div></body></html>
"""


SITE = Site(
    "localtv",
    "https://www.kxrv7.example.com",
    "/news/local-news/{slug}/",
    lambda inner, first: f"<p>{inner}</p>",
    lambda text: f"<h2>{text}</h2>",
    figure,
    page,
    variants={
        "linkbox": ("article-list",),
        "inbody": ("label-link", "label-list", "label-unlinked"),
        "cards": ("video-playlist", "most-read"),
        "tail": ("closing-list", "more-colon"),
    },
    words={
        "also": {"en": ("RELATED:", "READ MORE:", "WATCH:", "MORE:")},
        "closing": {"en": ("RELATED COVERAGE:", "Previous coverage:", "MORE LOCAL NEWS:")},
        "more": {"en": ("MORE:", "RELATED:", "READ MORE:")},
        "most_read": {"en": ("Trending Stories", "Most Popular")},
        "latest": {"en": ("Latest News", "More Local News", "Top Stories")},
        "video": {"en": ("Video", "Latest Videos", "KXRV 7 Video")},
    },
    classes={"mr": "trending-stories", "mr/n": "trending-stories__rank"},
    extras={"figure": 0.5, "tweet": 0.2, "instagram": 0.05, "ad": 0.7},
    embed=embed,
    years=(2020, 2024),
    link_words="/tag/{word}/",
    sections=("Local News", "Crime", "Weather", "Politics"),
)
