"""A press-release wire page: "News provided by", the release body with its "About <Company>"
boilerplate, media contact and SOURCE line, then "More news releases in similar topics"."""

from __future__ import annotations

from ... import chrome
from ...layouts.base import Item, head
from ...text import esc
from .. import labels
from ..site import Page, Site, jsonld

SITE = "NewsWire Today"


ABOUT = "<!-- release-boilerplate -->"


def boilerplate(name: str) -> str:
    """About section, forward-looking statements notice, media contact, SOURCE line."""
    domain = name.lower().replace(" ", "") + ".example.com"
    return (
        f"<p><b>About {esc(name)}</b></p><p>{esc(name)} is a privately held company headquartered"
        " in Denver, Colorado, serving customers in more than 40 countries. For more "
        f'information, visit <a href="https://www.{domain}" rel="nofollow">www.{domain}</a>.</p>'
        "<p><b>Forward-Looking Statements</b></p><p>This press release contains forward-looking"
        " statements that involve risks and uncertainties. Actual results may differ materially"
        " from those expressed or implied by such statements.</p>"
        f"<p>Media Contact:<br>Jordan Ellis<br>press@{domain}<br>+1 303 555 0142</p>"
        f'<p>SOURCE {esc(name)}</p><div class="row"><h3>Related Links</h3><p><a href="https://'
        f'www.{domain}" rel="nofollow">https://www.{domain}</a></p></div>'
    )


def assemble(items: list[Item]) -> str:
    """The release text, a mark for the boilerplate after its last paragraph, then closing
    blocks."""
    last = max(k for k, item in enumerate(items) if item.kind in ("p", "h"))
    parts = [item.html for item in items[: last + 1]]
    parts.append(ABOUT)
    parts += [item.html for item in items[last + 1 :]]
    return "\n".join(parts)


def figure(src: str, caption: str) -> str:
    """A multimedia gallery image."""
    return (
        f'<div class="image"><figure><img src="{src}" alt="" class="gallery-thumb">'
        f"<figcaption>{esc(caption)}</figcaption></figure></div>"
    )


def page(v: Page) -> str:
    """Full document."""
    shown = chrome.show_date(v.published, "%b %d, %Y, %H:%M ET")
    name = labels.COMPANIES[v.variant % len(labels.COMPANIES)]
    return f"""<!DOCTYPE html>
<html lang="{v.lang}">
<head>{head(v, SITE, jsonld(v, SITE))}</head>
<body class="release-page">
<header class="prn-header"><a href="/" class="logo">{SITE}</a><nav><a
href="/news-releases/">News</a>
<a href="/contact-us/">Contact</a><a href="/account/">Journalists</a><a href="/send-release/">Send a
Release</a></nav></header>
<main><div class="container"><header class="release-header"><h1>{esc(v.title)}</h1>
<p class="mb-no">News provided by<br><a class="font-bold"
href="/news/{name.lower().replace(" ", "-")}/">
{esc(name)}</a><br>{shown}</p><div class="social-share">Share this article
{chrome.share("social-share__links", buttons=False)}</div></header>
<section class="release-body container"><div class="row"><div class="col-lg-10 col-lg-offset-1">
<p class="release-dateline">DENVER, {chrome.show_date(v.published, "%b. %d, %Y")} /NewsWire
Today/</p>
{v.body.replace(ABOUT, boilerplate(name))}
</div></div></section>
{v.after}
<div class="col-sm-4 col-sm-offset-1 release-sidebar">{v.sidebar}</div>
{v.below}
{v.next}
</div></main>
<footer class="prn-footer"><p>© 2019 {SITE}. All Rights Reserved. A Distribution Network
company.</p>
</footer></body></html>
"""


LAYOUT = Site(
    "pressrelease", SITE, "https://www.newswiretoday.example.com", "/news-releases/{slug}-{n}.html",
    lambda inner: f"<p>{inner}</p>", lambda text: f"<p><b>{text}</b></p>", figure,
    lambda slot: "", page,
    variants={
        "linkbox": ("release-links",),
        "inbody": ("read-also",),
        "cards": ("tiles", "caption-cards"),
        "tail": ("read-more-list",),
    },
    body_class="col-lg-10 col-lg-offset-1", assemble=assemble,
)  # fmt: skip
