"""A WordPress block-theme magazine, 2022-2025: the post content of Gutenberg blocks
(wp-block-image, embeds, pull quotes, separators), WordPress post embeds and "Also read"
lines in the text, the Latest Posts block and a Query Loop grid after it, Yoast JSON-LD."""

from __future__ import annotations

from ...text import esc
from ..furniture import json_ld, meta
from ..labels import us_date
from ..site import Page, Site

NAME = "Palo Verde Review"
PROVIDERS = {
    "tweet": ("rich", "twitter"),
    "instagram": ("rich", "instagram"),
    "youtube": ("video", "youtube"),
}


def figure(src: str, caption: str, credit: str) -> str:
    """An image block."""
    wid = sum(map(ord, src)) % 9000 + 1000
    return (
        f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" '
        f'height="683" src="{src}" alt="" class="wp-image-{wid}" srcset="{src} 1024w, {src} 300w" '
        f'sizes="(max-width: 1024px) 100vw, 1024px"><figcaption class="wp-element-caption">'
        f"{esc(caption)} (Photo: {esc(credit)})</figcaption></figure>"
    )


def embed(kind: str, html: str) -> str:
    """Embed, pull quote and separator blocks."""
    if kind == "quote":
        return f'<figure class="wp-block-pullquote"><blockquote><p>{html}</p></blockquote></figure>'
    if kind == "ad":
        return '<hr class="wp-block-separator has-alpha-channel-opacity is-style-dots">'
    typ, provider = PROVIDERS[kind]
    aspect = " wp-embed-aspect-16-9 wp-has-aspect-ratio" if typ == "video" else ""
    return (
        f'<figure class="wp-block-embed is-type-{typ} is-provider-{provider} wp-block-embed-'
        f'{provider}{aspect}"><div class="wp-block-embed__wrapper">\n{html}\n</div></figure>'
    )


def page(p: Page) -> str:
    """Full document."""
    nav = "".join(
        f'<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-'
        f'navigation-item__content" href="/category/{s.lower()}/"><span class="wp-block-'
        f'navigation-item__label">{s}</span></a></li>'
        for s in ("Culture", "Books", "Film", "Music", "Ideas", "Essays")
    )
    pid = 20000 + p.variant * 37
    yoast = json_ld(p, NAME, "Article").replace(
        'type="application/ld+json"', 'type="application/ld+json" class="yoast-schema-graph"'
    )
    return f"""<!DOCTYPE html>
<html lang="{p.lang}"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,
initial-scale=1"><meta name='robots' content='index, follow, max-image-preview:large'>
<title>{esc(p.title)} &#8211; {NAME}</title>{meta(p, NAME)}
{yoast}
<link rel='stylesheet' id='wp-block-library-css'
href='/wp-includes/css/dist/block-library/style.min.css?ver=6.4.2' media='all'>
</head><body class="post-template-default single single-post postid-{pid} single-format-standard
wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group
alignwide is-layout-flex"><p class="wp-block-site-title"><a href="/" rel="home">{NAME}</a></p>
<nav class="is-responsive wp-block-navigation is-layout-flex" aria-label="Main"><ul
class="wp-block-navigation__container">{nav}</ul></nav></div></header>
<main class="wp-block-group is-layout-flow"><div class="wp-block-columns is-layout-flex"><div
class="wp-block-column" style="flex-basis:68%"><div class="wp-block-group is-layout-constrained">
<div class="taxonomy-category wp-block-post-terms"><a href="/category/{p.section.lower()}/"
rel="tag"
>{esc(p.section)}</a></div><h1 class="wp-block-post-title">{esc(p.title)}</h1><div
class="wp-block-group
is-layout-flex"><div class="wp-block-post-author"><div class="wp-block-post-author__content"><p
class="wp-block-post-author__name">{esc(p.author)}</p></div></div><div
class="wp-block-post-date"><time
datetime="{p.published}">{us_date(p.published)}</time></div></div></div>
<div class="entry-content wp-block-post-content is-layout-constrained has-global-padding">
{p.body}
</div>
<div class="wp-block-group is-layout-flex"><div class="taxonomy-post_tag wp-block-post-terms"><a
href="/tag/{p.section.lower()}/" rel="tag">{esc(p.section)}</a></div></div>
{p.after}
<div class="wp-block-comments"><h2 class="wp-block-comments-title">One response</h2><ol
class="wp-block-comment-template"><li class="comment"><div class="wp-block-comment-author-name">
Lee</div><div class="wp-block-comment-content"><p>Beautifully put.</p></div></li></ol><div
id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title"
class="comment-reply-title">Leave a Reply</h3></div></div></div>
<div class="wp-block-column" style="flex-basis:32%">{p.sidebar}</div></div>
{p.below}
</main><footer class="wp-block-template-part"><div class="wp-block-group is-layout-constrained"><p
class="has-text-align-center">© {p.published[:4]} {NAME} · Proudly powered by <a
href="https://wordpress.org" rel="nofollow">WordPress</a></p></div></footer></div></body></html>
"""


SITE = Site(
    "gutenberg",
    "https://paloverdereview.example",
    "/{date}/{slug}/",
    lambda inner, first: f'<p class="has-drop-cap">{inner}</p>' if first else f"<p>{inner}</p>",
    lambda text: f'<h2 class="wp-block-heading">{text}</h2>',
    figure,
    page,
    variants={
        "linkbox": ("latest-posts",),
        "inbody": ("wp-embed", "label-link"),
        "cards": ("query-loop",),
        "tail": ("more-colon",),
    },
    langs=("*",),
    label_langs=("en", "de", "it", "pt", "ja", "id", "ru", "ko"),
    words={
        "latest": {"en": ("Latest Posts", "Just In", "Recent Stories")},
        "recommended": {"en": ("More Stories", "You Might Also Like", "Keep Reading")},
        "publication": {"en": (NAME,)},
        "more": {"en": ("READ NEXT:", "Read next:", "MORE:")},
    },
    classes={"wp-embed": "palo-verde-review"},
    extras={
        "figure": 0.8,
        "figure2": 0.4,
        "tweet": 0.15,
        "instagram": 0.15,
        "youtube": 0.1,
        "quote": 0.3,
        "ad": 0.3,
    },
    embed=embed,
    years=(2022, 2025),
    link_words="/tag/{word}/",
)
