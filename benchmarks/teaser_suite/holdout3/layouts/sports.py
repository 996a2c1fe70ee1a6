"""A sports news site, 2020-2024 (ESPN / The Athletic-like): a scores strip and a game box
above the story, "GO DEEPER" cards and "MORE:" lines in the text, a "Read next" promo,
"Top Headlines" beside it and a recommendation grid below."""

from __future__ import annotations

from ...text import esc
from ..furniture import json_ld, meta, module
from ..labels import us_date
from ..site import Page, Site

NAME = "Full Time Report"
TEAMS = ("BOS", "NYY", "LAL", "GSW", "KC", "BUF", "PHI", "DAL", "MIA", "CHI", "TOR", "SEA")
STATES = ("Final", "Final/OT", "7:30 PM ET", "Q3 4:12", "Bot 7th", "Halftime")


def scores(n: int) -> str:
    """The scores strip: six games, team codes, scores and states."""
    games = []
    for k in range(6):
        home, away = TEAMS[(n + 2 * k) % 12], TEAMS[(n + 2 * k + 5) % 12]
        a, b = (n * 7 + k * 3) % 30, (n * 5 + k * 11) % 30
        games.append(
            f'<li class="scoreboard__game"><a href="/game/_/gameId/{40100000 + n * 10 + k}">'
            f'<span class="team">{home}</span><span class="score">{a}</span><span class="team">'
            f'{away}</span><span class="score">{b}</span><span class="status">'
            f"{STATES[(n + k) % 6]}</span></a></li>"
        )
    return f'<div class="scoreboard" aria-label="Scores"><ul>{"".join(games)}</ul></div>'


def figure(src: str, caption: str, credit: str) -> str:
    """A picture with caption and credit."""
    return (
        f'<figure class="article-figure"><picture><source srcset="{src}?w=1200" '
        f'media="(min-width: 768px)"><img src="{src}" alt="" loading="lazy"></picture>'
        f'<figcaption><span class="caption">{esc(caption)}</span> <span class="credit">'
        f"({esc(credit)})</span></figcaption></figure>"
    )


def embed(kind: str, html: str) -> str:
    """In-content ads and social embeds."""
    if kind == "ad":
        return f'<div class="ad-slot ad-slot--incontent" data-slot="incontent-{html}"></div>'
    return f'<aside class="inline-social inline-social--{kind}">{html}</aside>'


def page(p: Page) -> str:
    """Full document."""
    leagues = "".join(
        f'<a href="/{s.lower()}/">{s}</a>'
        for s in ("NFL", "NBA", "MLB", "NHL", "Soccer", "College", "Tennis", "Golf")
    )
    home, away = TEAMS[p.variant % 12], TEAMS[(p.variant + 3) % 12]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(p.title)} - {NAME}</title>{meta(p, NAME)}
{json_ld(p, NAME)}</head><body class="sports story"><header class="{module("GlobalNav", "root")}">
<a href="/" class="logo">{NAME}</a><nav>{leagues}</nav><a href="/watch" class="watch">Watch</a>
<a href="/fantasy">Fantasy</a></header>{scores(p.variant)}
<div class="container"><main class="main-content"><article class="article" data-id="{p.variant}">
<header class="article-header"><a class="article-header__league" href="/{p.section.lower()}/">
{esc(p.section)}</a><h1>{esc(p.title)}</h1><div class="author"><span class="author__name">
{esc(p.author)}</span><span class="timestamp">{us_date(p.published)}</span></div></header>
<div class="gamebox" data-game="{p.variant}"><div class="gamebox__team"><span>{home}</span><span
class="gamebox__score">{p.variant % 9}</span></div><div
class="gamebox__team"><span>{away}</span><span
class="gamebox__score">{(p.variant * 3) % 9}</span></div><a href="/boxscore/{p.variant}">Box
score</a>
</div>
<div class="article-body">
{p.body}
</div>
<div class="article-footer"><div class="content-reactions"><button>👍</button><button>😂</button>
</div><p class="article-footer__tags"><a href="/{p.section.lower()}/">{esc(p.section)}</a></p></div>
{p.after}
</article></main><aside class="col-c">{p.sidebar}</aside></div>{p.below}
<footer class="footer"><p>Terms of Use · Privacy Policy · Your US State Privacy Rights ·
Interest-Based Ads</p><p>Copyright: © {p.published[:4]} {NAME}. All rights reserved.</p></footer>
</body></html>
"""


SITE = Site(
    "sports",
    "https://www.fulltimereport.example.com",
    "/{section}/story/_/id/{n}/{slug}",
    lambda inner, first: f"<p>{inner}</p>",
    lambda text: f"<h2>{text}</h2>",
    figure,
    page,
    variants={
        "linkbox": ("read-next",),
        "inbody": ("go-deeper", "label-link"),
        "cards": ("top-headlines", "recommended"),
        "tail": ("more-colon",),
    },
    prefer=("sports", "tennis", "nfl"),
    words={
        "also": {"en": ("MORE:", "RELATED:", "READ:")},
        "more": {"en": ("MORE:", "MORE FROM FULL TIME:", "READ MORE:")},
        "kicker": {"en": ("NFL", "NBA", "MLB", "Tennis", "Soccer", "College")},
        "recommended": {"en": ("More from Full Time", "Recommended", "Trending")},
        "read_next": {"en": ("Read next", "Up next")},
    },
    extras={"figure": 0.85, "tweet": 0.3, "instagram": 0.1, "ad": 0.6},
    embed=embed,
    years=(2020, 2024),
    link_words="/team/_/name/{word}",
    sections=("NFL", "NBA", "MLB", "Soccer"),
)
