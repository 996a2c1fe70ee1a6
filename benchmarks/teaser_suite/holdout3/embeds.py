"""Third-party embeds real articles carry between paragraphs: tweets, Instagram posts and
videos, in the markup their providers hand out. Their text is the providers' furniture."""

from __future__ import annotations

import random
import string

from ..text import esc
from .labels import MONTHS

HANDLES = (
    ("City Fire Dept", "CityFireDept"),
    ("Weather Service", "NWSforecast"),
    ("Press Office", "PressOffice_"),
    ("Match Centre", "MatchCentreLive"),
    ("Ana Ribeiro", "anaribeiro"),
    ("Kim Min-ji", "minji_kim"),
)
TWEETS = (
    "pic.twitter.com/{code}",
    "Full statement 👇 pic.twitter.com/{code}",
    "#BREAKING pic.twitter.com/{code}",
    "🎥 pic.twitter.com/{code}",
    "Update: pic.twitter.com/{code}",
)
ALNUM = string.ascii_letters + string.digits


def code(rng: random.Random, length: int) -> str:
    """A random id as providers use in URLs."""
    return "".join(rng.choice(ALNUM) for _ in range(length))


def tweet(rng: random.Random, year: int) -> str:
    """An embedded tweet as twitter.com's publish tool emits it."""
    name, handle = rng.choice(HANDLES)
    text = rng.choice(TWEETS).format(code=code(rng, 10))
    status = rng.randint(10**18, 10**19)
    when = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {year}"
    return (
        f'<blockquote class="twitter-tweet" data-width="550"><p lang="en" dir="ltr">{esc(text)}'
        f'</p>&mdash; {esc(name)} (@{handle}) <a href="https://twitter.com/{handle}/status/'
        f'{status}?ref_src=twsrc%5Etfw">{when}</a></blockquote> <script async '
        'src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'
    )


def instagram(rng: random.Random) -> str:
    """An embedded Instagram post before embed.js replaces it."""
    name, handle = rng.choice(HANDLES)
    url = (
        f"https://www.instagram.com/p/{code(rng, 11)}/?utm_source=ig_embed&amp;utm_campaign=loading"
    )
    return (
        f'<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="{url}"'
        ' data-instgrm-version="14" style="background:#FFF; border:0; margin: 1px; '
        'max-width:540px; min-width:326px; padding:0; width:calc(100% - 2px);"><div '
        f'style="padding:16px;"><a href="{url}" style="background:#FFFFFF; line-height:0;" '
        'target="_blank"><div style="padding:19% 0;"></div><div style="padding-top: 8px;">'
        '<div style="color:#3897f0; font-weight:600;">View this post on Instagram</div></div>'
        f'</a><p style="margin:8px 0 0 0;"><a href="{url}" style="color:#c9c8cd;" '
        f'target="_blank">A post shared by {esc(name)} (@{handle})</a></p></div></blockquote>'
        '<script async src="//www.instagram.com/embed.js"></script>'
    )


def youtube(rng: random.Random) -> str:
    """A YouTube iframe."""
    return (
        f'<iframe width="560" height="315" src="https://www.youtube.com/embed/{code(rng, 11)}" '
        'title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; '
        'clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" '
        "allowfullscreen></iframe>"
    )


def video_player(rng: random.Random) -> str:
    """A JW Player / Brightcove style video slot, empty until its script runs."""
    return (
        f'<div class="jwplayer-embed" data-media-id="{code(rng, 8)}"><div id="botr_'
        f'{code(rng, 8)}_div"></div></div>'
    )


def make(kind: str, rng: random.Random, year: int) -> str:
    """The embed of that kind: "tweet", "instagram", "youtube" or "video"."""
    if kind == "tweet":
        return tweet(rng, year)
    return {"instagram": instagram, "youtube": youtube, "video": video_player}[kind](rng)
