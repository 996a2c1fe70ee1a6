"""Site furniture shared by all page templates: nav, footer, share bar, newsletter box."""

from __future__ import annotations

from datetime import datetime

from .text import esc

SITE_NAME = "Example News"
SECTIONS = {"world": "World", "business": "Business", "sport": "Sport", "science": "Science"}
COPYRIGHT = "© 2026 Example News Ltd. All rights reserved."
SHARE_BUTTONS = {"facebook": "Share on Facebook", "x": "Share on X", "email": "Email this story"}
SHARE_LABELS = tuple(SHARE_BUTTONS.values())
NEWSLETTER_HEADING = "The Morning Briefing"
NEWSLETTER_TEXT = (
    "Sign up for our free newsletter and get the day's top stories in your inbox every morning."
)
DATE_STYLES = {
    "long": "%B %d, %Y",
    "uk": "%A %d %B %Y %H.%M",
    "slash": "%Y/%m/%d %H:%M:%S",
    "short": "%d %b %Y",
}


def page_title(title: str) -> str:
    """The <title> text of a page."""
    return f"{title} | {SITE_NAME}"


def byline_text(authors: tuple[str, ...]) -> str:
    """'By Jane Doe', 'By Jane Doe and John Roe', 'By A, B and C'."""
    if len(authors) == 1:
        return f"By {authors[0]}"
    return f"By {', '.join(authors[:-1])} and {authors[-1]}"


def display_date(iso: str, style: str) -> str:
    """A human-readable date as one of the CMS styles shows it."""
    return datetime.fromisoformat(iso).strftime(DATE_STYLES[style])


def nav_items(active: str = "") -> str:
    """The <li> items of the main navigation."""
    items = [("/", "Home")] + [(f"/{key}/", label) for key, label in SECTIONS.items()]
    items.append(("/about/", "About"))
    out = []
    for href, label in items:
        current = ' class="active"' if href == f"/{active}/" else ""
        out.append(f'<li{current}><a href="{href}">{label}</a></li>')
    return "".join(out)


def site_header(cls: str = "site-header", active: str = "") -> str:
    """Masthead with the site name and navigation."""
    return (
        f'<header class="{cls}"><div class="brand"><a href="/">{SITE_NAME}</a></div>'
        f'<nav aria-label="Main"><ul>{nav_items(active)}</ul></nav></header>'
    )


def site_footer(cls: str = "site-footer") -> str:
    """Footer with copyright line and links to /about/ and /terms/."""
    return (
        f'<footer class="{cls}"><ul class="links"><li><a href="/about/">About us</a></li>'
        '<li><a href="/terms/">Terms of use</a></li>'
        '<li><a href="/rss.xml">RSS</a></li></ul>'
        f"<p>{esc(COPYRIGHT)}</p></footer>"
    )


def share_bar(cls: str = "share") -> str:
    """Share buttons (buttons, not links, so nothing external is ever linked)."""
    buttons = "".join(
        f'<button type="button" data-network="{net}">{label}</button>'
        for net, label in SHARE_BUTTONS.items()
    )
    return f'<div class="{cls}">{buttons}</div>'


def newsletter_box(cls: str = "newsletter") -> str:
    """Newsletter sign-up box with a sentence that looks like body text."""
    return (
        f'<div class="{cls}"><h3>{NEWSLETTER_HEADING}</h3><p>{esc(NEWSLETTER_TEXT)}</p>'
        '<form action="/newsletter/" method="post"><input type="email" name="email" '
        'placeholder="Your email address"><button type="submit">Sign up</button></form></div>'
    )


def furniture_strings() -> tuple[str, ...]:
    """Text every page template shows outside the body."""
    return (*SHARE_LABELS, NEWSLETTER_HEADING, NEWSLETTER_TEXT, COPYRIGHT)
