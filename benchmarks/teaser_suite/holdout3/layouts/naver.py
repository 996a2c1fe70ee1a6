"""A Korean news portal's article page, 2019-2024 (Naver News-like): the publisher's text as
runs parted by <br><br> inside article#dic_area, photos in end_photo_org spans, byline and
copyright lines after it, "▶" links closing the text, the publisher's headlines, "news worth
reading together" and a most-viewed ranking around it. Korean page words throughout."""

from __future__ import annotations

from ...text import esc
from ..body import br_join
from ..furniture import json_ld, meta
from ..site import Page, Site

NAME = "네이버 뉴스"
PRESS = "한빛일보"
MENU = (
    "정치",
    "경제",
    "사회",
    "생활/문화",
    "IT/과학",
    "세계",
    "랭킹",
    "신문보기",
    "오피니언",
    "TV",
    "팩트체크",
)


def stamp(iso: str) -> str:
    """ "2023.05.01. 오전 10:12"."""
    hour = int(iso[11:13])
    half = "오전" if hour < 12 else "오후"
    return f"{iso[:4]}.{iso[5:7]}.{iso[8:10]}. {half} {hour % 12 or 12}:{iso[14:16]}"


def figure(src: str, caption: str, credit: str) -> str:
    """A lazily loaded photo with its description."""
    return (
        '<span class="end_photo_org"><div class="nbd_im_w _LAZY_LOADING_WRAP"><div class="nbd_a '
        f'_LAZY_LOADING_ERROR_HIDE" id="img_a1"><img id="img1" data-src="{src}" class='
        f'"_LAZY_LOADING" alt=""></div></div><em class="img_desc">{esc(caption)} '
        f"/사진={esc(credit)}</em></span>"
    )


def embed(kind: str, html: str) -> str:
    """Video players and ad slots."""
    if kind == "ad":
        return f'<div class="ab_sub_ad _ad_area" data-ad-unit="news_article_{html}"></div>'
    return f'<div class="vod_player_wrap _VIDEO_AREA_WRAP" data-video-type="{kind}">{html}</div>'


def listing(items: list[str]) -> str:
    """Linked headlines, one per line."""
    return "<br>\n".join(f"- {x}" for x in items)


def page(p: Page) -> str:
    """Full document."""
    menu = "".join(
        f'<li class="Nlist_item"><a href="/section/{k}" class="Nitem_link">{s}</a></li>'
        for k, s in enumerate(MENU, 100)
    )
    reactions = "".join(
        f'<li class="u_likeit_list"><a href="#"><span class="u_likeit_list_name">'
        f'{r}</span><span class="u_likeit_list_count">{(p.variant * 7 + k) % 90}'
        "</span></a></li>"
        for k, r in enumerate(("쏠쏠정보", "흥미진진", "공감백배", "분석탁월", "후속강추"))
    )
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>{esc(p.title)} : {NAME}</title>{meta(p, PRESS)}
<meta property="og:article:author" content="{PRESS} | 네이버">{json_ld(p, PRESS)}</head>
<body class="as_pc"><div id="u_skip"><a href="#ct"><span>본문 바로가기</span></a></div>
<div id="wrap"><header class="Nlnb"><div class="Nlnb_logo"><a href="/">NAVER</a> <a
href="/news">뉴스
</a></div><nav class="Nlnb_menu"><ul class="Nlist">{menu}</ul></nav></header>
<div id="ct_wrap" class="ct_wrap"><div class="ct_scroll_wrapper"><div id="ct" class="newsct"
role="main">
<div class="media_end_head go_trans"><div class="media_end_head_top"><a href="/press/001"
class="media_end_head_top_logo"><img alt="{PRESS}" src="/press/logo_001.png"></a></div><div
class="media_end_head_title"><h2 id="title_area"
class="media_end_head_headline"><span>{esc(p.title)}
</span></h2></div><div class="media_end_head_info nv_notrans"><div
class="media_end_head_journalist">
<em class="media_end_head_journalist_name">{esc(p.author)} 기자</em></div><div
class="media_end_head_info_datestamp"><div class="media_end_head_info_datestamp_bunch"><span
class="media_end_head_info_datestamp_term">입력</span><span
class="media_end_head_info_datestamp_time
_ARTICLE_DATE_TIME"
data-date-time="{p.published.replace("T", " ")}">{stamp(p.published)}</span></div>
</div><div class="media_end_head_info_variety"><span>공감</span> <span>댓글</span>
<span>요약봇</span>
<span>본문 듣기</span> <span>글자 크기 변경</span> <span>공유</span></div></div></div>
<div id="contents" class="newsct_body"><div id="newsct_article" class="newsct_article
_article_body">
<article id="dic_area" class="go_trans _article_content">
{p.body}
</article></div>
<div class="byline"><p class="byline_p"><span class="byline_s">{esc(p.author)} 기자
(reporter{p.variant}@hanbit.example)</span></p></div>
<div class="copyright"><p class="c_text">Copyright ⓒ {PRESS}. All rights reserved. 무단 전재 및
재배포 금지.</p></div>
<div class="categorize"><span>기사 섹션 분류 안내</span></div>
<div class="media_end_linked">{p.after}</div>
<div class="_reactionModule u_likeit"><h4>이 기사를 추천합니다</h4><ul>{reactions}</ul></div>
<div class="_COMMENT u_cbox"><h5 class="u_cbox_title">댓글</h5><p>댓글 {p.variant % 30}</p></div>
{p.below}
</div></div><div id="aside" class="newsct_aside">{p.sidebar}</div></div></div>
<footer class="footer"><div class="footer_inner"><p>각 기사의 저작권은 해당 언론사에 있습니다.</p>
<p>© NAVER Corp.</p></div></footer></div></body></html>
"""


SITE = Site(
    "naver",
    "https://n.news.naver.example",
    "/mnews/article/001/{m}",
    lambda inner, first: inner,
    lambda text: f"<b>{text}</b>",
    figure,
    page,
    variants={
        "linkbox": ("together-news",),
        "inbody": ("label-list", "label-unlinked"),
        "cards": ("press-headlines", "top-read"),
        "tail": ("arrow-lines",),
    },
    langs=("ko", "en"),
    prefer=("ko",),
    label_langs=("ko",),
    words={
        "also": {"ko": ("[관련기사]", "관련기사")},
        "press": {"ko": (PRESS,)},
        "press_main": {"ko": (f"{PRESS} 주요뉴스", "언론사 주요뉴스")},
        "most_read": {"ko": ("많이 본 뉴스", "언론사별 랭킹", "많이 본 뉴스 더보기")},
    },
    classes={"top-read": "press_ranking_box"},
    extras={"figure": 0.8, "figure2": 0.3, "video": 0.1, "ad": 0.3},
    embed=embed,
    listing=listing,
    assemble=br_join,
    line_break="<br><br>\n",
    years=(2019, 2024),
    sections=("정치", "경제", "사회", "IT/과학"),
    link_words="/search?query={word}",
)
