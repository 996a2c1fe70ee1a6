"""A Substack newsletter post, 2021-2025: the "body markup" div, subscribe widgets and Share
buttons inside the text, "Ready for more?" under it, embedded posts, a closing reading list,
and the publication's Top/Latest post list below the comments."""

from __future__ import annotations

import json

from ...text import esc
from ..furniture import json_ld, meta
from ..labels import MONTHS
from ..site import Page, Site

NAME = "The Long View"
SUBSCRIBE = (
    "Thanks for reading The Long View! Subscribe for free to receive new posts and support my work."
)
ATTRS = esc(
    json.dumps(
        {
            "url": "https://thelongview.substack.example/subscribe?",
            "text": "Subscribe",
            "language": "en",
        }
    )
)


def short_date(iso: str) -> str:
    """ "Nov 20, 2019"."""
    return f"{MONTHS[int(iso[5:7]) - 1][:3]} {int(iso[8:10])}, {iso[:4]}"


def figure(src: str, caption: str, credit: str) -> str:
    """A captioned image container."""
    return (
        '<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-'
        f'img" target="_blank" href="{src}"><div class="image2-inset"><picture><source '
        f'type="image/webp" srcset="{src}.webp 424w"><img src="{src}" width="1456" height="816" '
        'class="sizing-normal" alt="" loading="lazy"></picture></div></a><figcaption '
        f'class="image-caption">{esc(caption)} ({esc(credit)})</figcaption></figure></div>'
    )


def embed(kind: str, html: str) -> str:
    """Subscribe widgets and share buttons for "ad" slots, YouTube wraps, pull quotes."""
    if kind == "ad":
        if int(html) % 2:
            return (
                '<p class="button-wrapper" data-attrs="{}" data-component-name="ButtonCreateButton'
                'ToDOM"><a class="button primary" href="?utm_source=substack&amp;utm_medium=email'
                '&amp;utm_content=share&amp;action=share"><span>Share</span></a></p>'
            )
        return (
            f'<div class="subscription-widget-wrap-editor" data-attrs="{ATTRS}" data-component-'
            'name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div '
            f'class="preamble"><p class="cta-caption">{SUBSCRIBE}</p></div><form class='
            '"subscription-widget-subscribe"><input type="email" class="email-input" name="email" '
            'placeholder="Type your email…" tabindex="-1"><input type="submit" class="button '
            'primary" value="Subscribe"></form></div></div>'
        )
    if kind == "quote":
        return f'<div class="pullquote"><p>{html}</p></div>'
    return (
        f'<div class="youtube-wrap" data-attrs="{{}}"><div class="youtube-inner">{html}</div></div>'
    )


def page(p: Page) -> str:
    """Full document."""
    preload = json.dumps(
        {
            "post": {
                "title": p.title,
                "canonical_url": p.url,
                "post_date": p.published,
                "audience": "everyone",
            },
            "pub": {"name": NAME},
        }
    )
    script = json.dumps(json.dumps(preload)).replace("</", "<\\/")
    likes, comments = 10 + p.variant * 3, p.variant % 40
    return f"""<!DOCTYPE html><html lang="{p.lang}"><head><meta charset="utf-8">
<title>{esc(p.title)} - by {esc(p.author)} - {NAME}</title>{meta(p, NAME)}
{json_ld(p, NAME)}</head><body class="pc-root"><div id="entry"><div id="main" class="main typography
use-theme-bg"><div class="main-menu"><div class="topbar-content"><a href="/"
class="navbar-title-link">
{NAME}</a><div class="navbar-buttons"><button class="button primary
subscribe-btn">Subscribe</button>
<a href="/sign-in" class="button sign-in-link">Sign in</a></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article
class="typography newsletter-post post"><div class="post-header"><h1 class="post-title published"
>{esc(p.title)}</h1><div class="byline-wrapper"><div class="profile-hover-card-target"><a
href="https://substack.example/@{p.author.split()[0].lower()}">{esc(p.author)}</a></div><div
class="post-date" title="{p.published}">{short_date(p.published)}</div></div><div class="post-ufi">
<a class="like-button" href="#">♡ {likes}</a> <a class="comment-button" href="#comments">💬
{comments}
</a> <a class="share-button" href="#">Share</a></div></div>
<div class="available-content"><div dir="auto" class="body markup">{p.body}</div></div>
<div class="visibility-check"></div>
{p.after}
<div class="post-footer"><div class="post-ufi"><a class="like-button">♡ {likes}</a> <a
class="comment-button">💬 {comments}</a> <a class="share-button">Share</a></div></div></article>
<div class="subscribe-footer"><p>Ready for more?</p><form class="form"><input type="email"
placeholder="Type your email…"><button class="button primary">Subscribe</button></form></div>
<div class="comments-page" id="comments"><h4>Discussion about this post</h4><div class="comment">
<a class="comment-author">reader_{p.variant}</a><div class="comment-body"><p>Great piece.</p></div>
</div></div></div></div></div>
<div class="post-sidebar">{p.sidebar}</div>
<div class="portable-archive-wrap">{p.below}</div>
<div class="footer-wrap"><div class="footer"><p>© {p.published[:4]} {esc(p.author)}</p><a
href="/privacy"
>Privacy</a> ∙ <a href="/tos">Terms</a> ∙ <a href="/collection-notice">Collection notice</a><div
class="footer-substack-cta"><a href="https://substack.example/signup">Start Writing</a> <a
href="https://substack.example/app">Get the app</a></div><p>Substack is the home for great
culture</p>
</div></div></div></div><script>window._preloads = JSON.parse({script})</script>
</body></html>
"""


SITE = Site(
    "substack",
    "https://thelongview.substack.example",
    "/p/{slug}",
    lambda inner, first: f"<p>{inner}</p>",
    lambda text: f'<h3 class="header-anchor-post">{text}</h3>',
    figure,
    page,
    variants={
        "linkbox": ("closing-embed",),
        "inbody": ("embed-post",),
        "cards": ("post-list",),
        "tail": ("reading-list",),
    },
    langs=("*",),
    label_langs=("en", "de", "it", "pt", "ja"),
    extras={"figure": 0.5, "figure2": 0.3, "youtube": 0.1, "quote": 0.15, "ad": 0.7},
    embed=embed,
    years=(2021, 2025),
    link_words="https://example.org/{word}",
)
