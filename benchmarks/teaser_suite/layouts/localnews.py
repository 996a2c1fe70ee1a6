"""A regional daily on a hosted newspaper CMS: asset-body, inline ad slots, Bootstrap grid."""

from __future__ import annotations

from .. import chrome
from ..text import esc
from .base import Layout, View, head, p_tag

SITE = "Lakeshore Daily Herald"


def figure(src: str, caption: str) -> str:
    """Photo block with a caption div."""
    return (
        f'<div class="asset-photo"><img class="img-responsive" src="{src}" alt="">'
        f'<div class="caption-text"><p>{esc(caption)}</p></div></div>'
    )


def page(v: View) -> str:
    """Full document."""
    return f"""<!DOCTYPE html>
<html lang="{v.lang}">
<head>{head(v, SITE, '<meta name="robots" content="max-image-preview:large">')}</head>
<body class="asset-page">
<div id="site-container">
<header id="site-header"><div class="logo"><a href="/">{SITE}</a></div>
<div class="weather">52°F Clear</div>{chrome.nav("navbar navbar-default")}</header>
<div id="main-page-container" class="container"><div class="row">
<div class="col-md-8" id="main">
<div class="asset-breadcrumb">{chrome.breadcrumbs(v.section, "breadcrumb")}</div>
<div class="asset-header"><h1 class="headline"><span>{esc(v.title)}</span></h1>
<div class="meta"><ul class="list-inline"><li><span class="asset-byline">{esc(v.author)}</span></li>
<li><time datetime="{v.published}">{chrome.show_date(v.published, "%b %d, %Y")}</time></li></ul>
</div></div>
{chrome.share("share-container", buttons=False)}
<div id="article-body" class="asset-body" itemprop="articleBody">
<div class="asset-content subscriber-premium">
{v.body}
</div></div>
<div class="asset-tagline">Copyright 2019 {SITE}</div>
{v.after}
{chrome.comments("asset-comments", 3)}
</div>
<div class="col-md-4">{v.sidebar}{chrome.ad("tnt-ads-container", "", 7)}{chrome.newsletter()}</div>
</div></div>
{chrome.footer(SITE, "site-footer")}
</div>
</body></html>
"""


LAYOUT = Layout(
    "localnews", SITE, "https://www.lakeshoreherald.example.com", "plain", p_tag(),
    lambda text: f"<p><strong>{text}</strong></p>", figure, page,
    path="/news/{section}/article_{n}.html",
)  # fmt: skip
