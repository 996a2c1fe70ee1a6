"""Words of the held-out pages: box headings, class names and sponsor names the main set never
uses (a test keeps the headings apart from `..labels.HEADINGS`)."""

from __future__ import annotations

import random

# Headings of "other stories" boxes, in languages and wordings the main set does not show.
HEADINGS = {
    "en": ("Trending", "Popular now", "Don't miss", "Editor's picks", "In case you missed it",
           "Elsewhere on the site", "More from this section", "Latest"),
    "fr": ("Tendances", "Les plus partagés", "À ne pas manquer", "Nos dernières actualités"),
    "es": ("Tendencias", "Lo más visto", "Noticias relacionadas", "No te lo pierdas"),
    "nl": ("Meest gelezen", "Ook interessant", "Lees ook", "Populair"),
    "pl": ("Najczęściej czytane", "Zobacz także", "Polecamy", "Popularne"),
    "tr": ("En çok okunanlar", "İlginizi çekebilir", "Gündem", "Benzer haberler"),
    "ar": ("الأكثر قراءة", "اقرأ أيضا", "أخبار ذات صلة", "الأكثر تداولا"),
    "zh": ("热门文章", "相关阅读", "推荐阅读", "排行榜"),
    "sv": ("Mest läst", "Läs också", "Populärt just nu", "Relaterat"),
    "cs": ("Nejčtenější", "Mohlo by vás zajímat", "Související články"),
    "de": ("Auch interessant", "Top-Themen", "Weitere Artikel"),
    "pt": ("Mais vistas", "Recomendadas", "Últimas notícias"),
    "it": ("Ultime notizie", "Da non perdere", "I più condivisi"),
    "ru": ("Популярное", "Новости по теме", "Главное"),
    "ja": ("ランキング", "注目の記事", "次の記事"),
    "ko": ("인기 기사", "추천 기사", "이 시각 주요뉴스"),
    "id": ("Berita populer", "Rekomendasi", "Baca selanjutnya"),
}  # fmt: skip
UP_NEXT = ("Up next", "Continue reading", "Next story", "Read next", "À suivre", "Sigue leyendo",
           "Volgend artikel", "Nächster Artikel", "Następny artykuł", "次の記事へ")  # fmt: skip
SPONSORED = ("Recommended by", "Sponsored Stories", "Promoted Content", "Around the web",
             "From our partners", "Paid content")  # fmt: skip
SPONSOR_TAGS = ("Sponsored", "Ad", "Promoted", "Partner content")
SOURCES = ("MoneyWise", "The Wellness Post", "autoweek-news.example", "HomeDigest",
           "travelbuzz.example", "Daily Finance Hub", "GadgetFlow")  # fmt: skip
SECTION_TABLE = ("Also in this section", "More in {section}", "Dans la même rubrique",
                 "En esta sección", "In deze rubriek", "W tym dziale", "Bu bölümde")  # fmt: skip
# Wire-style kickers of closing briefs: "CITY (Agency) — lead".
CITIES = ("BERLIN", "MADRID", "NAIROBI", "SEOUL", "OTTAWA", "LIMA", "OSLO", "MANILA", "CAIRO",
          "DENVER", "PERTH", "QUITO")  # fmt: skip
AGENCIES = ("", "", "(AFP)", "(dpa)", "(Kyodo)", "(ANP)", "(EFE)")
TIMES = ("2 hours ago", "35 min ago", "Yesterday", "14:05", "09:40", "3 h", "1 day ago")
# Class names of teaser containers. Body-like ones are recorded in the variant ("+bodyclass").
NEUTRAL = ("blk", "mod-3", "c-box", "layout__item", "flex flex-col gap-4", "region-b", "tile",
           "container-fluid", "u-pad", "inner", "block", "sc-bdVaJa kVnSzE")  # fmt: skip
BODYLIKE = ("article-content-2", "story-body__more", "entry-content-extra", "article-body__aside",
            "post-content related", "articleBody-bottom", "content-body", "rich-text",
            "story-text", "article__text-2")  # fmt: skip
TELLTALE = {
    "linkbox": ("up-next", "next-article", "continue-reading"),
    "inbody": ("inline-related", "embedded-link", "also-read"),
    "cards": ("OUTBRAIN", "trc_related_container", "popular-list", "trending"),
    "tail": ("more-briefs",),
}
INLINE_STYLES = ("margin:24px 0", "border-top:1px solid #ddd;padding-top:12px",
                 "display:flex;gap:16px", "background:#f5f5f5;padding:10px")  # fmt: skip
AD_LABELS = ("Sponsored", "Reklama", "Publicité", "Annonce", "Advertentie", "광고", "إعلان")
TWEETS = (
    "Crews are still on site this morning. More pictures to follow",
    "Thread: what we know so far, and what we don't",
    "Full statement below",
    "Watch the moment it happened",
)
AUTHORS = ("Lena Vos", "Omar Haddad", "Julia Nowak", "Emre Kaya", "Chen Wei", "Ingrid Berg",
           "Lucía Romero", "Park Min-jun")  # fmt: skip
HANDLES = ("newsdesk", "cityreporter", "wire_live", "pressoffice")


def heading(rng: random.Random, lang: str) -> str:
    """A box heading: in the page's language when the set has one, else in another."""
    if rng.random() < 0.5 or lang not in HEADINGS:
        lang = rng.choice(sorted(HEADINGS))
    return rng.choice(HEADINGS[lang])


def container(rng: random.Random, form: str, style: str) -> tuple[str, str]:
    """(attributes, variant suffix) of a teaser container: body-like classes are recorded."""
    if style == "inline":
        return f' style="{rng.choice(INLINE_STYLES)}"', ""
    roll = rng.random()
    if roll < 0.22:
        return f' class="{rng.choice(BODYLIKE)}"', "+bodyclass"
    if roll < 0.35:
        return f' class="{rng.choice(TELLTALE[form])}"', ""
    if style == "hashed":
        return f' class="{generated(rng)}"', ""
    name = rng.choice((*NEUTRAL, "", ""))
    return (f' class="{name}"' if name else ""), ""


def generated(rng: random.Random) -> str:
    """A site-builder class name such as `_2Hij5 comp-k3j2x9ab`."""
    chars = "abcdefghijklmnopqrstuvwxyz0123456789"
    return f"_{''.join(rng.choice(chars) for _ in range(5))} comp-" + "".join(
        rng.choice(chars) for _ in range(8)
    )


CAPTIONS = ("Photo: Shutterstock", "Picture: supplied", "Foto: ANP", "Fot. PAP", "写真：共同",
            "(Credit: Getty)", "Photograph: handout", "Image courtesy of the city")  # fmt: skip
