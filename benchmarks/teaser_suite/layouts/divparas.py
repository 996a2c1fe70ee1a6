"""A block-based portal CMS: every paragraph is a <div> block, no <p> anywhere in the text."""

from __future__ import annotations

from .. import chrome
from ..text import esc
from .base import Layout, View, head


def paragraph(inner: str) -> str:
    """A text block."""
    return (
        f'<div class="article__block" data-type="text"><div class="article__text">{inner}</div>'
        "</div>"
    )


def subhead(text: str) -> str:
    """A heading block."""
    return f'<div class="article__block" data-type="h3"><h3 class="article__h">{text}</h3></div>'


def figure(src: str, caption: str) -> str:
    """A media block."""
    return (
        f'<div class="article__block" data-type="media"><div class="media"><img src="{src}" '
        f'alt=""></div><div class="media__copyright">{esc(caption)}</div></div>'
    )


SITE = "Vesti Plus"


def page(v: View) -> str:
    """Full document."""
    tags = "".join(
        f'<a class="article__tags-item" href="/tag/{t}/">{t}</a>'
        for t in ("news", v.section.lower())
    )
    return f"""<!DOCTYPE html>
<html lang="{v.lang}">
<head>{head(v, SITE, '<meta property="og:type" content="article">')}</head>
<body><div class="layout">
<div class="header"><a class="header__logo" href="/">{SITE}</a>
{chrome.nav("header__menu", "div")}</div>
<div class="layout-article"><div class="article" data-article-id="{v.variant}">
<div class="article__header"><div class="article__info"><div class="article__info-date">
<a href="/{v.section.lower()}/">{chrome.show_date(v.published, "%H:%M %d.%m.%Y")}</a></div></div>
<h1 class="article__title">{esc(v.title)}</h1></div>
{chrome.share("article__share", buttons=False)}
<div class="article__body">
{v.body}
</div>
<div class="article__footer"><div class="article__tags">{tags}</div>
<div class="article__author">{esc(v.author)}</div></div>
</div>
{v.after}
</div>
<div class="layout-rightbar">{v.sidebar}{chrome.ad("banner", "", 6)}</div>
{chrome.footer(SITE, "footer", "div")}
{chrome.cookie_notice("cookie-warning")}
</div></body></html>
"""


LAYOUT = Layout(
    "divparas", SITE, "https://vestiplus.example.com", "plain", paragraph, subhead, figure,
    page, path="/{date}/{slug}-{n}.html",
)  # fmt: skip
