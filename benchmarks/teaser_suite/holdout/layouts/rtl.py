"""A right-to-left news site (dir="rtl", Arabic chrome and menus) whatever the language of the
text; the sidebar sits on the left, the article in a `NewsStory` div."""

from __future__ import annotations

from ...layouts.base import View, head, p_tag
from ...text import esc
from .base import HoldoutLayout

SITE = "الأفق نيوز"
MENU = ("الرئيسية", "سياسة", "اقتصاد", "رياضة", "ثقافة", "تكنولوجيا", "منوعات", "فيديو")


def figure(src: str, caption: str) -> str:
    """A picture with a caption paragraph."""
    return (
        f'<div class="news-img"><img src="{src}" alt=""><p class="img-caption">{esc(caption)}</p>'
        "</div>"
    )


def page(v: View) -> str:
    """Full document."""
    menu = "".join(f'<li><a href="/cat/{i}">{m}</a></li>' for i, m in enumerate(MENU, 1))
    return f"""<!DOCTYPE html>
<html lang="{v.lang}" dir="rtl">
<head>{head(v, SITE, '<link rel="stylesheet" href="/css/bootstrap.rtl.min.css">')}</head>
<body class="rtl">
<div class="top-strip"><span class="today">الأربعاء 11 مارس 2020</span>
<a href="/login">تسجيل الدخول</a></div>
<header class="main-header"><a class="logo" href="/">{SITE}</a><nav class="main-menu">
<ul>{menu}</ul></nav></header>
<div class="breaking"><span>عاجل</span> <marquee>تابعوا آخر الأخبار على مدار الساعة</marquee></div>
<div class="container"><div class="row">
<div class="col-md-8 col-md-push-4">
<div class="news-details"><ol class="crumbs"><li><a href="/">الرئيسية</a></li>
<li><a href="/cat/{v.section.lower()}">{v.section}</a></li></ol>
<h1 class="news-title">{esc(v.title)}</h1>
<div class="news-meta"><span class="writer">كتب: {esc(v.author)}</span>
<span class="date">{v.published[:10]}</span> <span class="views">{300 + v.variant * 7} مشاهدة
</span></div>
<div class="share-icons"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>
<div class="news-text" id="NewsStory">
{v.body}
</div>
<div class="news-tags"><span>الكلمات الدالة:</span> <a href="/tag/{v.variant}">{v.section}</a>
</div>
</div>
{v.after}
</div>
<div class="col-md-4 col-md-pull-8 sidebar">{v.sidebar}
<div class="ad-box"><span>إعلان</span></div></div>
</div></div>
<footer class="main-footer"><p>جميع الحقوق محفوظة © 2020 {SITE}</p></footer>
</body></html>
"""


LAYOUT = HoldoutLayout(
    "rtl", SITE, "https://www.alofoq.example.net", "plain", p_tag(),
    lambda text: f'<h3 class="sub-title">{text}</h3>', figure, page, path="/news/{n}/{slug}",
)  # fmt: skip
