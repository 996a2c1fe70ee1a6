"""Drupal 9 with a contributed theme: node--type-article, field--name-body, views blocks in
region-sidebar-second, and the node's links and tags below the body field."""

from __future__ import annotations

from ...layouts.base import View, head, p_tag
from ...text import esc
from .base import HoldoutLayout

SITE = "Kantonsbote Online"
MENU = ("Front page", "Region", "Politics", "Economy", "Sport", "Events", "Obituaries")


def figure(src: str, caption: str) -> str:
    """A media entity with its caption field."""
    return (
        '<div class="media media--type-image media--view-mode-article-full"><div class="field '
        f'field--name-field-media-image field__item"><img src="{src}" alt="" loading="lazy"></div>'
        f'<div class="field field--name-field-caption field__item">{esc(caption)}</div></div>'
    )


def block(name: str, html: str) -> str:
    """A views block of a region."""
    return (
        f'<div class="views-element-container block block-views block-views-block{name}">'
        f'<div class="view view-display-id-block_1"><div class="view-content">'
        f'<div class="views-row">{html}</div></div></div></div>'
    )


def page(v: View) -> str:
    """Full document."""
    menu = "".join(
        f'<li class="menu-item"><a href="/{m.lower().replace(" ", "-")}" '
        f'data-drupal-link-system-path="taxonomy/term/{i}">{m}</a></li>'
        for i, m in enumerate(MENU, 3)
    )
    after = block("-related-content", v.after) if v.after else ""
    side = block("-popular", v.sidebar) if v.sidebar else ""
    return f"""<!DOCTYPE html>
<html lang="{v.lang}" dir="ltr">
<head>{head(v, SITE, '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">')}</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner"><div class="region region-header"><div id="block-sitebranding"
class="block block-system block-system-branding-block"><a href="/" rel="home">{SITE}</a></div>
</div><div class="region region-primary-menu"><nav role="navigation" id="block-mainnavigation">
<ul class="menu menu--main">{menu}</ul></nav></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><ol>
<li><a href="/">Home</a></li><li><a href="/{v.section.lower()}">{v.section}</a></li></ol></nav>
</div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content"><div class="region region-content">
<div id="block-mainpagecontent" class="block block-system block-system-main-block">
<article role="article" about="/node/{4000 + v.variant}" class="node node--type-article
node--promoted node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">{esc(v.title)}</span></h1>
<div class="node__meta"><span class="field field--name-uid">{esc(v.author)}</span>,
<span class="field field--name-created">{v.published[:10]}</span></div>
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary
field--label-hidden field__item">
{v.body}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above">
<div class="field__label">Tags</div><div class="field__items"><div class="field__item">
<a href="/taxonomy/term/{v.variant}" hreflang="{v.lang}">{v.section}</a></div></div></div>
<ul class="links inline"><li class="comment-forbidden"><a href="/user/login">Log in</a> to post
comments</li></ul>
</div></article>
{after}
</div></div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region
region-sidebar-second"><div class="block block-search"><form action="/search/node">
<input type="search" name="keys"><input type="submit" value="Search"></form></div>
{side}</div></aside>
</main>
<footer role="contentinfo"><div class="region region-footer"><p>{SITE} · Postfach 12 ·
<a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></p></div></footer>
</div></div></body></html>
"""


LAYOUT = HoldoutLayout(
    "drupal", SITE, "https://www.kantonsbote.example.ch", "plain", p_tag(),
    lambda text: f"<h3>{text}</h3>", figure, page, path="/{section}/{slug}",
)  # fmt: skip
