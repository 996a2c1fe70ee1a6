"""A wire agency's site: hashed-suffix class names, a dateline span "CITY (Agency) —" when the
AEB text opens with one, a sign-off paragraph for "(Reporting by ...)", trust-principles
footer and a "Related coverage" rail."""

from __future__ import annotations

import re

from ...layouts.base import View, head
from ...text import esc
from .base import HoldoutLayout

SITE = "Meridian Wire"
DATELINE = re.compile(r"^((?:[A-Z][A-Za-z.'-]*,? )+\([\w ]+\) (?:-|—|–))")
SIGN_OFF = re.compile(r"^\(?(Reporting|Editing|Writing|Additional reporting) by")


def paragraph(inner: str) -> str:
    """A paragraph; a leading dateline gets its own span, a credit line its own class."""
    if SIGN_OFF.match(inner):
        return f'<p class="sign-off__text__3wDbE" data-testid="sign-off">{inner}</p>'
    inner = DATELINE.sub(r'<span class="article-dateline__1pLq">\1</span>', inner, count=1)
    return (
        f'<p class="text__text__1FZLe text__dark-grey__3Ml43" data-testid="paragraph">{inner}</p>'
    )


def figure(src: str, caption: str) -> str:
    """A photo with its caption and credit."""
    return (
        f'<figure class="primary-image__container__3hGc"><div class="image__container__1bHwS">'
        f'<img src="{src}" alt=""></div><figcaption><span class="caption__text__2pQf">'
        f'{esc(caption)}</span> <span class="caption__credit__2Ud3">Acquire licensing rights'
        "</span></figcaption></figure>"
    )


def page(v: View) -> str:
    """Full document."""
    topics = "".join(
        f'<li><a href="/{t.lower()}/" class="nav__link__3wFr">{t}</a></li>'
        for t in ("World", "Business", "Markets", "Breakingviews", "Technology", "Investigations")
    )
    return f"""<!DOCTYPE html>
<html lang="{v.lang}">
<head>{head(v, SITE, '<meta name="article:section" content="' + v.section + '">')}</head>
<body><div id="fusion-app" class="app__app__2aSz">
<header class="site-header__container__1ms1"><a href="/" class="logo__link__3qSs">{SITE}</a>
<nav class="site-header__nav__1F4C"><ul>{topics}</ul></nav>
<a href="/account/register/" class="button__link__3HVt">Register</a></header>
<main class="regular-article-layout__main__1tplD">
<article class="article__container__2fzbq">
<header class="article-header__header__1XTw"><a href="/{v.section.lower()}/"
class="text__text__1FZLe article-header__section__2dbN">{v.section}</a>
<h1 class="text__heading_3__1kDhc" data-testid="Heading">{esc(v.title)}</h1>
<div class="article-header__dates__3kNO"><time datetime="{v.published}">{v.published[:10]}
</time><span>{v.published[11:16]} UTC · Updated 4 hours ago</span></div></header>
<div class="article-body__container__3ypuX"><div class="article-body__content__17Yit">
{v.body}
</div>
<p class="trust-badge__text__2Xlk"><a href="/principles/">Our Standards: The {SITE} Trust
Principles.</a></p>
</div>
<div class="author-bio__container__35xK"><p>{esc(v.author)} covers {v.section.lower()} from the
{SITE} bureau.</p></div>
</article>
<div class="article__related__2Qsp">{v.after}</div>
</main>
<aside class="regular-article-layout__right-rail__2feIR">{v.sidebar}</aside>
<footer class="site-footer__container__3nMk"><p>All quotes delayed a minimum of 15 minutes.
© 2020 {SITE}. All rights reserved.</p></footer>
</div></body></html>
"""


LAYOUT = HoldoutLayout(
    "wire", SITE, "https://www.meridianwire.example.com", "plain", paragraph,
    lambda text: f'<h2 class="text__heading_6__1qUJ">{text}</h2>', figure, page,
    path="/{section}/{slug}-idUS{n}",
    quote=lambda text: f'<p class="text__text__1FZLe pullout__2kTz"><q>{text}</q></p>',
)  # fmt: skip
