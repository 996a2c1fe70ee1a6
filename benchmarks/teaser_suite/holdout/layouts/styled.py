"""A page without a single class or id: every block a <div> with inline styles, the body's
paragraphs too, subheads as bold divs."""

from __future__ import annotations

from ...layouts.base import View
from ...text import esc
from .base import HoldoutLayout

SITE = "Post &amp; Courier of the Dales"
TEXT = "font-family:Georgia,serif;font-size:18px;line-height:1.6"


def paragraph(inner: str) -> str:
    """A text block."""
    return f'<div style="margin:0 0 1em 0">{inner}</div>'


def figure(src: str, caption: str) -> str:
    """A picture and its caption, both divs."""
    return (
        f'<div style="margin:1em 0"><img src="{src}" style="width:100%" alt=""><div '
        f'style="font-size:13px;color:#666">{esc(caption)}</div></div>'
    )


def page(v: View) -> str:
    """Full document."""
    links = "".join(
        f'<a href="/{s}/" style="color:#fff;margin-right:14px">{s.title()}</a>'
        for s in ("news", "sport", "business", "what's on", "property", "jobs")
    )
    return f"""<!DOCTYPE html>
<html lang="{v.lang}">
<head><meta charset="utf-8"><title>{esc(v.title)}</title>
<link rel="canonical" href="{esc(v.url)}"></head>
<body style="margin:0;background:#fafafa">
<div style="background:#8b0000;padding:12px">
<a href="/" style="color:#fff;font-size:28px">{SITE}</a>
<div style="margin-top:6px">{links}</div></div>
<div style="display:flex;max-width:1100px;margin:0 auto">
<div style="flex:3;padding:20px">
<div style="font-size:12px;text-transform:uppercase;color:#8b0000">{v.section}</div>
<h1 style="font-size:34px">{esc(v.title)}</h1>
<div style="color:#777;font-size:13px">{esc(v.author)} &middot; {v.published[:10]}</div>
<div style="{TEXT}">
{v.body}
</div>
<div style="border-top:1px solid #ccc;margin-top:20px;font-size:13px">Got a story? Call the
newsdesk on 01234 567890.</div>
{v.after}
</div>
<div style="flex:1;padding:20px;background:#f0f0f0">{v.sidebar}</div>
</div>
<div style="background:#222;color:#aaa;padding:16px;font-size:12px">© 2020 {SITE}. Registered
in England.</div>
</body></html>
"""


LAYOUT = HoldoutLayout(
    "styled", SITE, "https://www.dalespost.example.co.uk", "inline", paragraph,
    lambda text: f'<div style="font-weight:bold;font-size:21px;margin:1em 0 .5em">{text}</div>',
    figure, page, path="/news/{n}",
    quote=lambda text: f'<div style="font-size:24px;font-style:italic;margin:1em 2em">{text}</div>',
    listing=lambda items: "".join(f'<div style="padding-left:1em">• {i}</div>' for i in items),
    spans=0.2,
)  # fmt: skip
