"""A Korean/Japanese portal's news page: a dense menu of CJK section links, the text in one
div with <br><br> breaks (Naver style), photo spans with <em> captions, reporter line,
ranking boxes."""

from __future__ import annotations

from ...layouts.base import Item, View
from ...text import esc
from .base import HoldoutLayout

SITE = "뉴스온 NewsOn"
MENU = ("홈", "정치", "경제", "사회", "생활/문화", "세계", "IT/과학", "오피니언", "포토",
        "TV", "랭킹", "연예", "스포츠", "날씨", "プレミアム", "国内", "国際", "経済",
        "エンタメ", "スポーツ", "IT", "科学", "ライフ", "地域")  # fmt: skip


def paragraph(inner: str) -> str:
    """A run of text and a blank line, no element of its own."""
    return f"{inner}<br><br>"


def figure(src: str, caption: str) -> str:
    """A photo span with its caption."""
    return (
        f'<span class="end_photo_org"><img src="{src}" alt=""><em class="img_desc">{esc(caption)}'
        "</em></span><br><br>"
    )


def assemble(items: list[Item]) -> str:
    """Items run together inside one text div."""
    return "\n".join(item.html for item in items)


def page(v: View) -> str:
    """Full document."""
    menu = "".join(f'<li class="Nitem"><a href="/section/{i}" class="Nitem_link">{m}</a></li>'
                   for i, m in enumerate(MENU, 100))  # fmt: skip
    services = " ".join(f'<a href="https://{s}.example.kr/">{s.upper()}</a>'
                        for s in ("mail", "cafe", "blog", "shopping", "map", "dict"))  # fmt: skip
    return f"""<!DOCTYPE html>
<html lang="{v.lang}">
<head><meta charset="utf-8"><title>{esc(v.title)} : {SITE}</title>
<meta property="og:title" content="{esc(v.title)}"><link rel="canonical" href="{esc(v.url)}"></head>
<body>
<div id="u_skip"><a href="#ct">본문 바로가기</a></div>
<div id="header" role="banner"><div class="Ngnb"><a href="/" class="Nlogo">{SITE}</a>
<div class="Nservice">{services}</div></div>
<div class="Nlnb"><ul class="Nlist">{menu}</ul></div></div>
<div id="ct_wrap"><div id="ct" class="newsct" role="main">
<div class="media_end_head"><div class="media_end_head_top"><a href="/press/{v.variant}"
class="media_end_head_top_logo">NewsOn {v.section}</a></div>
<h2 class="media_end_head_headline">{esc(v.title)}</h2>
<div class="media_end_head_info"><span class="media_end_head_info_datestamp_time"
data-date-time="{v.published}">입력 {v.published[:10]} {v.published[11:16]}</span>
<a href="#comment" class="media_end_head_cmtcount">댓글</a></div></div>
<div id="newsct_article" class="newsct_article _article_body">
<div id="dic_area" class="go_trans _article_content">
{v.body}
</div></div>
<div class="byline"><p class="byline_p"><span class="byline_s">{esc(v.author)} 기자
reporter{v.variant}@newson.example.kr</span></p></div>
<p class="source_copyright">Copyright ⓒ NewsOn. All rights reserved. 무단 전재 및 재배포 금지.</p>
{v.after}
</div>
<div id="aside" class="aside" role="complementary"><div class="aside_ranking">
{v.sidebar}</div></div></div>
<div id="footer" role="contentinfo"><a href="/policy">이용약관</a>
<a href="/privacy">개인정보처리방침</a>
<address>© NewsOn Corp.</address></div>
</body></html>
"""


LAYOUT = HoldoutLayout(
    "asiaportal", SITE, "https://n.newson.example.kr", "plain", paragraph,
    lambda text: f"<strong>{text}</strong><br><br>", figure, page, assemble,
    path="/article/{n}?sid={section}",
    quote=lambda text: f"<b>“{text}”</b><br><br>",
    listing=lambda items: "".join(f"- {item}<br>" for item in items) + "<br>",
)  # fmt: skip
