"""A newspaper CMS: <article> with schema.org microdata, JSON-LD, breadcrumbs, right rail."""

from __future__ import annotations

import json

from .. import chrome
from ..text import esc
from .base import Layout, View, head, p_tag, simple_figure

SITE = "The Northern Ledger"


def json_ld(v: View) -> str:
    """NewsArticle JSON-LD (no article body)."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": v.title,
        "datePublished": v.published,
        "author": [{"@type": "Person", "name": v.author}],
        "publisher": {"@type": "Organization", "name": SITE},
        "mainEntityOfPage": v.url,
    }
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


def page(v: View) -> str:
    """Full document."""
    shown = chrome.show_date(v.published, "Published %b. %d, %Y %I:%M %p ET")
    return f"""<!DOCTYPE html>
<html lang="{v.lang}">
<head>{head(v, SITE, json_ld(v) + '<meta property="og:type" content="article">')}</head>
<body class="article-page">
{chrome.cookie_notice("consent-banner")}
<div class="top-bar"><a href="/subscribe/">Subscribe</a> <a href="/login/">Log in</a></div>
<header class="masthead"><a class="logo" href="/">{SITE}</a>
{chrome.nav("sections", active=v.section)}</header>
<main id="main">
{chrome.breadcrumbs(v.section)}
<article itemscope itemtype="https://schema.org/NewsArticle" class="story">
<header class="story-header"><h1 itemprop="headline">{esc(v.title)}</h1>
<div class="story-meta"><span class="byline" itemprop="author" itemscope
itemtype="https://schema.org/Person">By <a itemprop="name" href="/by/{v.variant}/">
{esc(v.author)}</a>
</span> <time itemprop="datePublished" datetime="{v.published}">{shown}</time></div>
{chrome.share("share-tools")}
</header>
<div class="story-body" itemprop="articleBody">
{v.body}
</div>
<div class="story-tags">Topics: <a href="/topic/{v.section.lower()}/">{v.section}</a></div>
</article>
{v.after}
<div class="comments-cta"><a href="#comments">Read {4 + v.variant} comments</a></div>
</main>
<aside class="rail">{chrome.ad("rail-ad", "Advertisement", 2)}{v.sidebar}
{chrome.newsletter()}</aside>
{chrome.footer(SITE, "site-footer")}
</body></html>
"""


LAYOUT = Layout(
    "broadsheet", SITE, "https://www.ledger.example.org", "plain", p_tag(),
    lambda text: f'<h2 class="story-subhead">{text}</h2>',
    simple_figure("story-figure"), page, path="/{section}/{date}/{slug}.html",
)  # fmt: skip
