"""A site-builder page (Squarespace/Wix-like): generated ids, blocks nested six deep, every
paragraph's words in nested <span style>s, text blocks of a few paragraphs each."""

from __future__ import annotations

import zlib

from ...layouts.base import Item, View
from ...text import esc
from .base import HoldoutLayout, chunks

SITE = "Atelier Nord Journal"


def gid(seed: str, prefix: str = "comp-") -> str:
    """A generated, stable id."""
    return f"{prefix}{zlib.crc32(seed.encode()):08x}"


def paragraph(inner: str) -> str:
    """A paragraph whose text sits in two nested styled spans."""
    return (
        '<p class="font_8" style="font-size:17px"><span style="font-size:17px"><span '
        f'style="color:#2F2E2E">{inner}</span></span></p>'
    )


def figure(src: str, caption: str) -> str:
    """An image block."""
    return (
        f'<div class="sqs-block image-block" data-block-type="5" id="{gid(src, "block-yui_")}">'
        f'<div class="sqs-block-content"><figure><img data-src="{src}" alt=""><figcaption '
        f'class="image-caption-wrapper"><div class="image-caption"><p>{esc(caption)}</p></div>'
        "</figcaption></figure></div></div>"
    )


def nest(html: str, seed: str) -> str:
    """Wrap a block in the builder's six levels of generated containers."""
    for level in range(6):
        html = (
            f'<div id="{gid(f"{seed}/{level}")}" class="_{gid(seed, "")[:5]}{level}">{html}</div>'
        )
    return html


def assemble(items: list[Item]) -> str:
    """Text blocks of a few paragraphs, each nested deep."""
    out = []
    for n, (loose, group) in enumerate(chunks(items, 3)):
        inner = "\n".join(i.html for i in group)
        if loose:
            out.append(inner)
            continue
        block = (
            f'<div class="sqs-block html-block sqs-block-html" data-block-type="2" '
            f'id="{gid(inner[:60] + str(n), "block-yui_3_17_2_1_")}"><div '
            f'class="sqs-block-content">\n{inner}\n</div></div>'
        )
        out.append(nest(block, f"{n}{inner[:40]}"))
    return "\n".join(out)


def page(v: View) -> str:
    """Full document."""
    return f"""<!DOCTYPE html>
<html lang="{v.lang}">
<head><meta charset="utf-8"><title>{esc(v.title)} — {SITE}</title>
<link rel="canonical" href="{esc(v.url)}"><meta name="generator" content="Site Builder 7.1"></head>
<body id="{gid(v.url, "item-")}" class="collection-type-blog view-item">
<div id="SITE_CONTAINER"><div id="main_MF"><header id="SITE_HEADER"><div id="{gid("hdr")}"><a
href="/" id="{gid("logo")}">{SITE}</a></div><nav id="{gid("nav")}"><a href="/shop">Shop</a>
<a href="/journal">Journal</a><a href="/about">About</a><a href="/cart">Cart (0)</a></nav>
</header>
<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><article class="entry-{v.variant} BlogItem">
<div id="{gid(v.title)}"><h1 class="entry-title">{esc(v.title)}</h1>
<div class="blog-meta-item"><span>{esc(v.author)}</span> <time>{v.published[:10]}</time>
</div></div>
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-{v.variant}">
{v.body}
</div>
<div class="blog-item-comments"><a href="#comments">Comment</a></div>
</article>
{v.after}
<div id="{gid("side")}" class="sidebar">{v.sidebar}</div>
</div></main>
<footer id="SITE_FOOTER"><div id="{gid("ftr")}"><p>Studio Atelier Nord · Newsletter · Instagram
</p></div></footer>
</div></div></body></html>
"""


LAYOUT = HoldoutLayout(
    "sitebuilder", SITE, "https://www.ateliernord.example.com", "hashed", paragraph,
    lambda text: f'<h3 class="font_5"><span style="letter-spacing:0.05em">{text}</span></h3>',
    figure, page, assemble, path="/journal/{slug}",
    spans=0.6,
)  # fmt: skip
