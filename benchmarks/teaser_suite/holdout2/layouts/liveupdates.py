"""A live-updates story page: the text in timestamped entries, related-story entries among
them, ads between entries, a results list and a trending list around the feed."""

from __future__ import annotations

import itertools

from ... import chrome
from ...layouts.base import Item, head
from ...text import esc
from ..site import Page, Site, jsonld

SITE = "Channel 9 News"
SIZES = (2, 1, 3, 1, 2, 2)  # body items per entry, in turn
STEPS = (7, 12, 5, 18, 9, 14)  # minutes between entries, in turn
ENTRY = (
    '<article class="live-entry" id="entry-{n}"><header class="live-entry__header"><time>{t}'
    '</time><span class="live-entry__author">Live desk</span></header>'
    '<div class="live-entry__body">'
)
END = '</div><footer class="live-entry__share"><button>Share</button></footer></article>'


def assemble(items: list[Item]) -> str:
    """Body items grouped into entries, newest time first; live entries of other stories and
    ads stand between entries, other teaser blocks stay in the entry they follow."""
    out: list[str] = []
    minutes = 17 * 60 + 50
    sizes, steps = itertools.cycle(SIZES), itertools.cycle(STEPS)
    open_entry, room, number = False, 0, 0
    for item in items:
        alone = item.kind == "ad" or item.html.startswith('<article class="live-entry')
        if open_entry and (alone or (room == 0 and item.kind != "teaser")):
            out.append(END)
            open_entry = False
        if alone:
            out.append(item.html)
            continue
        if not open_entry:
            number += 1
            minutes -= next(steps)
            out.append(ENTRY.format(n=number, t=f"{minutes // 60}:{minutes % 60:02d}"))
            open_entry, room = True, next(sizes)
        out.append(item.html)
        room -= item.kind in ("p", "h")
    if open_entry:
        out.append(END)
    return "\n".join(out)


def page(v: Page) -> str:
    """Full document."""
    shown = chrome.show_date(v.published, "%B %d, %Y")
    return f"""<!DOCTYPE html>
<html lang="{v.lang}">
<head>{head(v, SITE, jsonld(v, SITE))}
<meta name="live-blog" content="true"></head>
<body class="page-live">
<header class="masthead"><a class="masthead__logo" href="/">{SITE}</a>
{chrome.nav("masthead__nav", active=v.section)}<a class="masthead__watch" href="/live-tv">Watch
Live</a>
</header>
<main class="live-layout"><div class="live-layout__main">
<div class="live-header"><span class="live-badge">LIVE</span><span class="live-header__section">
{esc(v.section)}</span><h1 class="live-header__title">{esc(v.title)}</h1>
<p class="live-header__updated">Last updated: {shown} at 17:43</p>
<p class="live-header__byline">By {esc(v.author)}</p>
<label class="live-header__toggle"><input type="checkbox"> Show key events only</label></div>
<div class="live-feed" aria-live="polite" data-live-feed="{v.variant}">
{v.body}
</div>
<button class="live-feed__more">Load more updates</button>
{v.after}
{v.below}
{v.next}
</div>
<aside class="live-layout__rail">{v.sidebar}{chrome.newsletter("rail-newsletter")}</aside></main>
{chrome.footer(SITE, "site-footer")}
{chrome.cookie_notice()}
</body></html>
"""


def figure(src: str, caption: str) -> str:
    """A photo in an entry."""
    return (
        f'<figure class="live-entry__media"><img src="{src}" alt="" loading="lazy">'
        f"<figcaption>{esc(caption)}</figcaption></figure>"
    )


def ad(slot: int) -> str:
    """An ad between entries."""
    return f'<div class="live-ad" data-slot="live_{slot}"><span>Advertisement</span></div>'


LAYOUT = Site(
    "liveupdates", SITE, "https://www.channel9news.example.com", "/live/{date}/{slug}-live-updates",
    lambda inner: f"<p>{inner}</p>", lambda text: f"<h2>{text}</h2>", figure, ad, page,
    variants={
        "linkbox": ("next-promo",),
        "inbody": ("live-post", "live-post", "related-card", "related-plain"),
        "cards": ("results-list", "trending"),
        "tail": ("read-more-list", "more-line", "unlinked-list"),
    },
    body_class="live-entry__body", assemble=assemble,
)  # fmt: skip
