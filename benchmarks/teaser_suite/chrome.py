"""Page furniture every layout reuses with its own markup: nav, share bar, ads, comments..."""

from __future__ import annotations

from datetime import datetime

from .text import esc

SECTIONS = ("World", "Politics", "Business", "Tech", "Sport", "Culture", "Opinion")
SHARE = ("Facebook", "Twitter", "WhatsApp", "E-mail", "Copy link")
COMMENTS = (
    ("mh_1984", "Interesting read, thanks. Would like to see a follow-up on this."),
    ("Kasia W.", "The figures in the third paragraph do not match what was reported last week?"),
    ("redwood", "Great reporting as always."),
)
COOKIE_TEXT = (
    "We use cookies and similar technologies to personalise content and ads and to analyse our "
    "traffic. By clicking Accept you agree to this."
)
NEWSLETTER_TEXT = "Get the morning briefing in your inbox. Free, every weekday."


def nav(cls: str = "", tag: str = "nav", active: str = "") -> str:
    """Main navigation: section links."""
    on = ' class="on"'
    items = "".join(
        f'<li{on if s == active else ""}><a href="/{s.lower()}/">{s}</a></li>' for s in SECTIONS
    )
    attr = f' class="{cls}"' if cls else ""
    return f'<{tag}{attr}><ul><li><a href="/">Home</a></li>{items}</ul></{tag}>'


def breadcrumbs(section: str, cls: str = "breadcrumb") -> str:
    """Home › Section trail."""
    return (
        f'<nav aria-label="breadcrumb"><ol class="{cls}"><li><a href="/">Home</a></li>'
        f'<li><a href="/{section.lower()}/">{esc(section)}</a></li></ol></nav>'
    )


def share(cls: str = "share", buttons: bool = True) -> str:
    """Share bar, buttons or links."""
    if buttons:
        inner = "".join(f'<button type="button">{s}</button>' for s in SHARE)
    else:
        inner = "".join(f'<a href="#share-{s.lower()}" rel="nofollow">{s}</a> ' for s in SHARE)
    return f'<div class="{cls}">{inner}</div>'


def cookie_notice(cls: str = "cookie-notice") -> str:
    """Cookie consent banner."""
    return (
        f'<div class="{cls}" role="dialog"><p>{esc(COOKIE_TEXT)}</p>'
        '<button type="button">Accept</button> <button type="button">Settings</button></div>'
    )


def ad(cls: str = "ad", label: str = "Advertisement", slot: int = 1) -> str:
    """An ad placeholder."""
    text = f"<span>{esc(label)}</span>" if label else ""
    return f'<div class="{cls}">{text}<div id="div-gpt-ad-{1500 + slot}-0"></div></div>'


def comments(cls: str = "comments", count: int = 2) -> str:
    """Reader comments and a reply form."""
    items = "".join(
        f'<li><div class="who">{esc(who)}</div><p>{esc(text)}</p></li>'
        for who, text in COMMENTS[:count]
    )
    return (
        f'<section class="{cls}" id="comments"><h2>{count} comments</h2><ol>{items}</ol>'
        '<form action="/comment" method="post"><h3>Leave a reply</h3><textarea name="c"></textarea>'
        '<button type="submit">Post comment</button></form></section>'
    )


def newsletter(cls: str = "newsletter") -> str:
    """Newsletter sign-up box."""
    return (
        f'<div class="{cls}"><h3>Newsletter</h3><p>{esc(NEWSLETTER_TEXT)}</p>'
        '<form><input type="email" placeholder="Your e-mail"><button>Sign up</button></form></div>'
    )


def footer(site: str, cls: str = "footer", tag: str = "footer") -> str:
    """Site footer: links and copyright."""
    return (
        f'<{tag} class="{cls}"><ul><li><a href="/about/">About us</a></li>'
        '<li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms</a></li>'
        f'<li><a href="/contact/">Contact</a></li></ul><p>© 2019 {esc(site)}. All rights '
        f"reserved.</p></{tag}>"
    )


def show_date(iso: str, fmt: str) -> str:
    """A date as a CMS prints it."""
    return datetime.fromisoformat(iso).strftime(fmt)
