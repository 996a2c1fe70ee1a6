"""An AMP page: <html ⚡>, amp-img, amp-ad, amp-social-share, amp-sidebar, amp-consent."""

from __future__ import annotations

from .. import chrome
from ..text import esc
from .base import Layout, View, head, p_tag

SITE = "Pulse Mobile News"


def figure(src: str, caption: str) -> str:
    """amp-img with a caption."""
    return (
        f'<figure class="amp-fig"><amp-img src="{src}" width="1200" height="675" '
        f'layout="responsive" alt=""></amp-img><figcaption>{esc(caption)}</figcaption></figure>'
    )


def ad(slot: int) -> str:
    """An amp-ad slot."""
    return (
        f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/6355/amp/{slot}">'
        "</amp-ad>"
    )


def page(v: View) -> str:
    """Full document."""
    shares = "".join(
        f'<amp-social-share type="{s}" width="40" height="40"></amp-social-share>'
        for s in ("facebook", "twitter", "whatsapp", "email")
    )
    extra = (
        '<script async src="https://cdn.ampproject.org/v0.js"></script>'
        "<style amp-custom>body{font-family:sans-serif}</style>"
    )
    return f"""<!doctype html>
<html ⚡ lang="{v.lang}">
<head>{head(v, SITE, extra)}</head>
<body>
<header class="amp-header"><button on="tap:nav.toggle">Menu</button><a href="/">{SITE}</a></header>
<amp-sidebar id="nav" layout="nodisplay" side="left">{chrome.nav()}</amp-sidebar>
<main>
<article class="amp-article">
<div class="amp-meta"><a class="amp-section" href="/{v.section.lower()}/">{v.section}</a>
<h1 class="amp-title">{esc(v.title)}</h1>
<div class="amp-byline">{esc(v.author)} · <time datetime="{v.published}">
{chrome.show_date(v.published, "%d %B %Y")}</time></div></div>
<div class="amp-share">{shares}</div>
<div class="amp-content">
{v.body}
</div>
</article>
{ad(2)}
{v.after}
{v.sidebar}
</main>
<footer class="amp-footer"><a href="{esc(v.url.replace("/amp/", "/"))}">View full site</a>
<p>© 2019 {SITE}</p></footer>
<amp-consent id="consent" layout="nodisplay"><div class="consent-ui">{chrome.cookie_notice()}</div>
</amp-consent>
<amp-analytics type="gtag"><script type="application/json">{{"vars": {{"gtag_id": "G-1"}}}}</script>
</amp-analytics>
</body></html>
"""


LAYOUT = Layout(
    "ampish", SITE, "https://pulse.example.org", "amp", p_tag(),
    lambda text: f"<h2>{text}</h2>", figure, page, path="/amp/{section}/{slug}/",
)  # fmt: skip
