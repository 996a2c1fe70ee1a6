"""Div soup from an ASP.NET portal: ctl00_ ids, a left column before the text, no semantics."""

from __future__ import annotations

from .. import chrome
from ..text import esc
from .base import Layout, View, p_tag

SITE = "Metro Portal 24"


def figure(src: str, caption: str) -> str:
    """Photo with a description div."""
    return (
        f'<div class="foto"><img src="{src}" alt=""><div class="foto-desc">{esc(caption)}</div>'
        "</div>"
    )


def page(v: View) -> str:
    """Full document."""
    links = " | ".join(f'<a href="/{s.lower()}/">{s}</a>' for s in chrome.SECTIONS)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="{v.lang}">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(v.title)} - {SITE}</title><link rel="canonical" href="{esc(v.url)}" /></head>
<body>
<form id="aspnetForm" method="post" action="./article.aspx?id={v.variant}">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" />
<div id="wrapper"><div id="ctl00_header" class="hdr"><div class="logo"><a href="/">
<img src="/img/logo.png" alt="{SITE}" /></a></div><div class="menu">{links}</div></div>
<div id="ctl00_divMain" class="main clearfix">
<div id="ctl00_left" class="left"><div class="lnk"><a href="/weather/">Weather</a>
<a href="/tv/">TV guide</a> <a href="/horoscope/">Horoscope</a></div>{v.sidebar}</div>
<div id="ctl00_center" class="center">
<div class="path"><a href="/">Home</a> » <a href="/{v.section.lower()}/">{v.section}</a></div>
<div class="title"><h1>{esc(v.title)}</h1></div>
<div class="info"><span class="date">{chrome.show_date(v.published, "%d.%m.%Y | %H:%M")}</span>
<span class="author">{esc(v.author)}</span></div>
{chrome.share("social", buttons=False)}
<div id="ctl00_ContentPlaceHolder1_divText" class="text">
{v.body}
</div>
<div class="clear"></div>
{v.after}
<div class="cmts">{chrome.comments("cmt", 2)}</div>
</div>
<div id="ctl00_right" class="right">{chrome.ad("bnr", "", 3)}{chrome.ad("bnr", "", 4)}</div>
</div>
{chrome.footer(SITE, "ftr", "div")}
</div></form>
</body></html>
"""


LAYOUT = Layout(
    "portal", SITE, "http://www.portal24.example.net", "plain", p_tag(),
    lambda text: f"<p><b>{text}</b></p>", figure, page, path="/{section}/article.aspx?slug={slug}",
)  # fmt: skip
