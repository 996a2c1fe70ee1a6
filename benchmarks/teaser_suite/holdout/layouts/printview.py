"""A print version: no navigation or sidebar, the text in one div, "related links" printed with
their addresses, the source URL and a print button."""

from __future__ import annotations

from ...layouts.base import View, p_tag
from ...text import esc
from .base import HoldoutLayout

SITE = "Valley Courier"


def figure(src: str, caption: str) -> str:
    """A small picture with its caption."""
    return f'<p class="print-img"><img src="{src}" width="300" alt=""><br><i>{esc(caption)}</i></p>'


def page(v: View) -> str:
    """Full document."""
    return f"""<!DOCTYPE html>
<html lang="{v.lang}">
<head><meta charset="utf-8"><title>{esc(v.title)} - {SITE} - Print</title>
<meta name="robots" content="noindex"><link rel="canonical" href="{esc(v.url)}">
<style media="print">.noprint{{display:none}}</style></head>
<body onload="window.print()" class="print">
<div class="noprint"><a href="javascript:window.print()">Print this page</a> |
<a href="javascript:window.close()">Close window</a></div>
<div id="print-header"><img src="/img/logo-bw.gif" alt="{SITE}"><br>Printed from
{esc(v.url)}</div>
<h1>{esc(v.title)}</h1>
<p class="print-meta">{esc(v.author)}<br>{v.published[:10]} {v.published[11:16]}</p>
<div id="printBody">
{v.body}
</div>
{v.after}
{v.sidebar}
<div id="print-footer"><p>Source URL: {esc(v.url)}</p><p>© 2020 {SITE}. For personal,
non-commercial use only.</p></div>
</body></html>
"""


LAYOUT = HoldoutLayout(
    "printview", SITE, "https://www.valleycourier.example.com", "plain", p_tag(),
    lambda text: f"<p><b>{text}</b></p>", figure, page, path="/print/{n}/{slug}",
    quote=lambda text: f"<p><i>{text}</i></p>",
)  # fmt: skip
