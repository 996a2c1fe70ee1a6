"""An old table-layout site: <font> tags, fixed-width cells, paragraphs split by <br><br>."""

from __future__ import annotations

from .. import chrome
from ..text import esc
from .base import Layout, View

SITE = "Valley Weekly Online"


def paragraph(inner: str) -> str:
    """A text run followed by a blank line."""
    return f"{inner}\n<br><br>"


def figure(src: str, caption: str) -> str:
    """A captioned picture in its own table."""
    return (
        f'<table align="right" width="220" cellpadding="3"><tr><td><img src="{src}" width="210">'
        f'</td></tr><tr><td><font size="1"><i>{esc(caption)}</i></font></td></tr></table>'
    )


def page(v: View) -> str:
    """Full document."""
    menu = " | ".join(f'<a href="/{s.lower()}.html">{s}</a>' for s in chrome.SECTIONS)
    left = "".join(f'<a href="/{s.lower()}.html">{s}</a><br>' for s in chrome.SECTIONS)
    side_left, side_right = (v.sidebar, "") if v.variant % 2 else ("", v.sidebar)
    return f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{SITE} - {esc(v.title)}</title></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3"><a href="/"><img src="/images/logo.gif" alt="{SITE}" border="0"></a></td></tr>
<tr><td colspan="3" bgcolor="#003366"><font color="#FFFFFF" size="2">{menu}</font></td></tr>
<tr><td width="150" valign="top" bgcolor="#EEEEEE"><font size="2">{left}</font>{side_left}</td>
<td width="470" valign="top">
<font face="Arial" size="2"><b>{v.section}</b></font>
<h1><font face="Georgia">{esc(v.title)}</font></h1>
<font size="1" color="#666666">{esc(v.author)} | {chrome.show_date(v.published, "%m/%d/%Y")}</font>
<br><br>
<font face="Arial" size="2">
{v.body}
</font>
{v.after}
<p><a href="/print.html">Printer friendly version</a> |
<a href="/mail.html">E-mail to a friend</a></p>
</td>
<td width="160" valign="top">{chrome.ad("ad", "Advertisement", 5)}{side_right}</td></tr>
<tr><td colspan="3" align="center"><font size="1">Copyright © 2019 {SITE}. All rights reserved.
<a href="/privacy.html">Privacy</a></font></td></tr>
</table>
</body></html>
"""


LAYOUT = Layout(
    "tabular", SITE, "http://www.valleyweekly.example.com", "table", paragraph,
    lambda text: f"<b>{text}</b><br>", figure, page, path="/news/{slug}.html",
)  # fmt: skip
