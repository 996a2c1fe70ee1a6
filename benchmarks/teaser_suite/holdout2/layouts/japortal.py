"""A Japanese news portal's article page (Yahoo!ニュース-like): generated sc- classes, 【関連記事】
lines in and after the text, an access ranking and a recommendation widget with "PR" items."""

from __future__ import annotations

from datetime import datetime

from ...layouts.base import head
from ...text import esc
from ..site import Page, Site, jsonld

SITE = "ひかりニュース"
NAV = ("トップ", "速報", "ライブ", "オリジナル", "みんなの意見", "ランキング")
WEEKDAYS = "月火水木金土日"


def paragraph(inner: str) -> str:
    """A body paragraph with the portal's generated classes."""
    return f'<p class="sc-54nboa-0 deLyrJ yjSlinkDirectlink highLightSearchTarget">{inner}</p>'


def subhead(text: str) -> str:
    """A subheading (【】-bracketed in many feeds, plain here)."""
    return f'<h2 class="sc-1d9z3cx-0 gXbHyt">{text}</h2>'


def figure(src: str, caption: str) -> str:
    """A photo with its caption."""
    return (
        f'<figure class="sc-1a5k8ex-0 cxXDrC"><img src="{src}" alt="" width="640" height="360">'
        f'<figcaption class="sc-1a5k8ex-1 jzpOeU">{esc(caption)}</figcaption></figure>'
    )


def ad(slot: int) -> str:
    """An ad frame between paragraphs."""
    return f'<div class="yads_ad_item" id="yads-content-{slot}" data-ylk="sec:ad"></div>'


def stamp(iso: str) -> str:
    """11/19(火) 14:02, as the portal prints dates."""
    when = datetime.fromisoformat(iso)
    return f"{when.month}/{when.day}({WEEKDAYS[when.weekday()]}) {when:%H:%M}"


def page(v: Page) -> str:
    """Full document."""
    nav = "".join(f'<li class="sc-nav-item"><a href="/{k}">{n}</a></li>' for k, n in enumerate(NAV))
    source = ("時事通信", "共同通信", "毎日新聞", "テレ朝news")[v.variant % 4]
    return f"""<!DOCTYPE html>
<html lang="{v.lang}">
<head>{head(v, SITE, jsonld(v, SITE))}</head>
<body>
<div id="wrapper"><header id="msthd" class="sc-header"><a href="/" class="sc-logo">{SITE}</a>
<form class="sc-search"><input type="search"
placeholder="キーワードを入力"><button>検索</button></form>
<nav><ul class="sc-nav">{nav}</ul></nav></header>
<div id="contentsWrap"><div id="main">
<article id="uamods" class="sc-article"><header class="sc-article-header"><h1 class="sc-kd2jcs-0">
{esc(v.title)}</h1><div class="sc-article-meta"><time>{stamp(v.published)}</time>
<a class="sc-source" href="/media/{v.variant}">{source}</a></div></header>
<div class="article_body highLightSearchTarget"><div class="sc-ikJyIC">
{v.body}
</div></div>
<footer class="sc-article-footer"><p>最終更新:{stamp(v.published)}</p><p>{source}</p>
<div class="sc-reaction"><button>学びがある</button><button>わかりやすい</button>
<button>新しい視点</button></div></footer>
</article>
{v.after}
<section
class="sc-comments"><h2>コメント</h2><p>この記事へのコメントはまだありません。</p></section>
{v.below}
{v.next}
</div>
<div id="sub">{v.sidebar}<div class="yads_ad_item" id="yads-sub-1"></div></div></div>
<footer id="footer"><ul><li><a href="/privacy">プライバシー</a></li><li><a
href="/terms">利用規約</a></li>
<li><a href="/help">ヘルプ・お問い合わせ</a></li></ul><p>© Hikari Media Corporation</p></footer>
</div></body></html>
"""


LAYOUT = Site(
    "japortal", SITE, "https://news.hikari.example.jp", "/articles/{hex}{n}",
    paragraph, subhead, figure, ad, page,
    variants={
        "linkbox": ("taboola", "next-promo"),
        "inbody": ("bracket-links",),
        "cards": ("ranking", "ranking", "caption-cards"),
        "tail": ("kanren-end",),
    },
    body_class="article_body highLightSearchTarget", label_langs=("ja",), langs=("ja", "ko"),
)  # fmt: skip
