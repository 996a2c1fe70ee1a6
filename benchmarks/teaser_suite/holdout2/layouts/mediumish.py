"""A blog on a Medium-like platform: graf-classed paragraphs in sections, link previews in the
text, "More from <author>" and "Recommended from Medium" under the post; no sidebar."""

from __future__ import annotations

from ...layouts.base import head
from ...text import esc
from ..site import Page, Site, jsonld

SITE = "Medium"


def paragraph(inner: str) -> str:
    """A graf paragraph."""
    return f'<p class="graf graf--p graf-after--p">{inner}</p>'


def subhead(text: str) -> str:
    """A graf heading."""
    return f'<h3 class="graf graf--h3 graf-after--p">{text}</h3>'


def figure(src: str, caption: str) -> str:
    """A graf figure."""
    return (
        '<figure class="graf graf--figure graf-after--p"><div class="aspectRatioPlaceholder '
        f'is-locked"><img class="graf-image" data-image-id="{src.rsplit("/", 1)[-1]}" '
        f'src="{src}" alt=""></div><figcaption class="imageCaption">{esc(caption)}</figcaption>'
        "</figure>"
    )


def ad(slot: int) -> str:
    """No ads on the platform: a section break instead."""
    return '<div class="section-divider"><hr class="section-divider"></div>'


def page(v: Page) -> str:
    """Full document."""
    handle = v.author.split()[0].lower()
    return f"""<!DOCTYPE html>
<html lang="{v.lang}">
<head>{head(v, SITE, jsonld(v, SITE))}
<meta name="twitter:label1" content="Reading time"><meta name="twitter:data1" content="7 min read">
</head>
<body><div id="root"><div class="a b c">
<div class="d e f g"><nav class="h i"><a href="/" aria-label="Homepage">{SITE}</a>
<a href="/new-story">Write</a><a href="/m/signin">Sign in</a></nav></div>
<article><div class="l"><div class="postArticle-content js-postField">
<section class="section section--body section--first"><div class="section-content">
<div class="section-inner sectionLayout--insetColumn">
<h1 class="graf graf--h3 graf--leading graf--title">{esc(v.title)}</h1>
<div class="pw-author"><a href="/@{handle}" rel="noopener follow">{esc(v.author)}</a>
<button class="follow">Follow</button><span>{v.variant % 12 + 3} min read</span>
<span>·</span><span>{v.published[:10]}</span></div>
{v.body}
</div></div></section>
</div></div></article>
<div class="pw-post-footer"><div class="claps"><button aria-label="clap">👏</button>
<span>{v.variant * 13}</span></div><div class="tags"><a href="/tag/{v.section.lower()}">
{esc(v.section)}</a></div>{v.after}</div>
<div class="pw-responses"><h2>Responses ({v.variant % 7})</h2><p>What are your thoughts?</p></div>
{v.below}
{v.sidebar}
{v.next}
<footer class="ao"><a href="/about">About</a> <a href="/policy">Help</a> <a href="/terms">Terms</a>
<a href="/privacy">Privacy</a></footer>
</div></div></body></html>
"""


LAYOUT = Site(
    "mediumish", SITE, "https://medium.example.com", "/@writer/{slug}-{hex}",
    paragraph, subhead, figure, ad, page,
    variants={
        "linkbox": ("medium-rec",),
        "inbody": ("link-embed",),
        "cards": ("more-from",),
        "tail": ("read-more-list", "more-line"),
    },
    body_class="section-inner sectionLayout--insetColumn",
)  # fmt: skip
