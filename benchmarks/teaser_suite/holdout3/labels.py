"""The words holdout3 pages show around their teasers, by language, and page furniture text:
bylines, captions, photo credits, relative times."""

from __future__ import annotations

import random

# Common words of teaser blocks; a site's own `words` override these per key.
WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "also": {
        "en": ("Also read:", "Also Read:", "READ ALSO:", "Read more:", "Related:", "READ MORE:"),
        "id": ("Baca juga:", "Baca Juga:"),
        "ru": ("Читайте также:", "Читайте также"),
        "pt": ("Leia também:", "LEIA TAMBÉM:", "Veja também:"),
        "ko": ("관련기사", "[관련기사]"),
        "de": ("Lesen Sie auch:", "Auch interessant:"),
        "it": ("Leggi anche:", "LEGGI ANCHE:"),
        "ja": ("関連記事:", "あわせて読みたい:"),
    },
    "more": {
        "en": ("MORE:", "READ MORE:", "READ NEXT:", "RELATED:"),
        "pt": ("LEIA MAIS:",),
        "de": ("MEHR:",),
        "it": ("LEGGI ANCHE:",),
        "id": ("BACA JUGA:",),
        "ru": ("ЕЩЕ:",),
    },
    "closing": {
        "en": ("Related:", "Read more:", "More on this topic:", "Further reading:"),
        "pt": ("Leia mais:", "VEJA TAMBÉM:"),
        "de": ("Mehr zum Thema:",),
        "ru": ("По теме:",),
        "it": ("Approfondimenti:",),
        "ko": ("관련 뉴스",),
        "id": ("Berita terkait:",),
    },
    "most_read": {
        "en": ("Most Read", "Most read", "Most Popular", "Trending Now"),
        "pt": ("Mais lidas",),
        "ru": ("Самое читаемое", "Популярное"),
        "ko": ("많이 본 뉴스",),
        "id": ("Terpopuler", "Populer"),
        "de": ("Meistgelesen",),
        "it": ("I più letti",),
        "ja": ("アクセスランキング",),
        "fr": ("Les plus lus",),
    },
    "recommended": {
        "en": ("Recommended", "More Stories", "You May Also Like", "More from us"),
        "pt": ("Veja também",),
        "de": ("Empfohlen",),
        "it": ("Consigliati",),
        "ru": ("Рекомендуем",),
        "id": ("Rekomendasi",),
        "ko": ("추천 뉴스",),
    },
    "latest": {
        "en": ("Latest News", "Latest", "Latest Stories"),
        "pt": ("Últimas notícias",),
        "ru": ("Последние новости",),
        "id": ("Berita Terkini",),
        "ko": ("최신 뉴스",),
        "de": ("Neueste Artikel",),
        "it": ("Ultime notizie",),
    },
    "read_more": {
        "en": ("Read more", "Continue reading", "Read more »"),
        "pt": ("Leia mais",),
        "de": ("Weiterlesen",),
        "it": ("Continua a leggere",),
        "ru": ("Подробнее",),
        "id": ("Selengkapnya",),
        "ko": ("더보기",),
        "ja": ("続きを読む",),
    },
    "kicker": {
        "en": ("Politics", "Business", "Tech", "Health", "Sport", "Culture", "Analysis", "World"),
        "pt": ("Política", "Economia", "Mundo", "Esportes", "Educação"),
        "ru": ("Общество", "Экономика", "Спорт"),
        "id": ("Nasional", "Ekonomi", "Olahraga"),
        "ko": ("사회", "경제", "연예"),
        "de": ("Politik", "Wirtschaft"),
        "it": ("Cronaca", "Economia"),
        "ja": ("社会", "経済"),
    },
    "section": {"en": ("News", "Business", "Politics"), "pt": ("Política", "Economia", "Brasil")},
    "more_story": {"en": ("More on this story", "Related stories", "More on this topic")},
    "read_next": {"en": ("Read next", "Up next", "Read Next"), "de": ("Weiterlesen",)},
    "related": {
        "en": ("Related", "RELATED", "Related Coverage"),
        "de": ("Mehr zum Thema",),
        "it": ("Correlati",),
        "pt": ("Relacionadas",),
    },
    "publication": {"en": ("The Long View", "Notes from the Field")},
    "previously": {
        "en": ("If you missed it:", "Previously:", "From the archive:"),
        "de": ("Zuletzt erschienen:",),
        "it": ("Nelle puntate precedenti:",),
        "pt": ("Leia também:",),
        "ja": ("過去の記事:",),
    },
    "reading": {
        "en": ("What I'm reading", "Elsewhere", "Worth your time", "ICYMI"),
        "de": ("Lesenswert",),
        "it": ("Da leggere",),
        "pt": ("Para ler",),
        "ja": ("今週読んだもの",),
    },
    "related_posts": {
        "en": ("Related posts:", "Related Posts:", "You may also like...", "Related"),
        "de": ("Ähnliche Beiträge:",),
        "it": ("Articoli correlati",),
        "pt": ("Posts relacionados:",),
    },
    "top": {"en": ("Top Stories", "Top Headlines")},
    "features": {"en": ("Features", "Features & Analysis", "Elsewhere")},
    "subscribers": {"en": ("Subscribers only",)},
    "same_topic": {"en": ("On the same topic", "Read more on the subject")},
    "press": {"en": ("The Korea Bulletin",), "ko": ("한빛일보", "연합뉴스", "서울경제")},
    "press_main": {
        "en": ("Top stories from this press",),
        "ko": ("언론사 주요뉴스", "한빛일보 주요뉴스"),
    },
    "together": {"en": ("More to read",), "ko": ("함께 볼만한 뉴스",)},
    "partners": {"en": ("Partner news",), "ru": ("Новости партнеров", "Новости СМИ2")},
    "advertiser": {"en": ("healthyfinds.example", "dailyhacks.example")},
    "promoted": {"en": ("Promoted Content", "Sponsored"), "id": ("Konten Promosi",)},
    "category": {"en": ("Local News", "Crime", "Weather", "National", "Politics")},
    "channel": {"en": ("News",), "id": ("detikNews", "detikFinance", "detikSport")},
    "video": {"en": ("Video", "Latest Videos")},
    "watch": {"en": ("Watch:", "WATCH:", "Also watch:"), "id": ("Simak Video",)},
}

AUTHORS = (
    "Priya Raman",
    "Tomás Keegan",
    "Hannah Osei",
    "Jae-won Seo",
    "Marguerite Lallement",
    "Dmitri Volkov",
    "Siti Rahmawati",
    "Carlos Mendonça",
    "Olivia Tran",
    "Ben Whitfield",
    "Ayesha Siddiqui",
    "Nora Lindqvist",
    "Rahul Mehta",
    "Grace Adeyemi",
)
CAPTIONS = {
    "en": (
        "File photo.",
        "The scene on Tuesday afternoon.",
        "Pictured: the site this week.",
        "A general view.",
        "Photo for illustration only.",
    ),
    "pt": ("Foto de arquivo.", "Imagem ilustrativa."),
    "ru": ("Фото из архива.",),
    "ko": ("자료사진.", "사진은 기사 내용과 무관함."),
    "id": ("Ilustrasi.", "Foto arsip."),
    "de": ("Archivbild.", "Symbolbild."),
    "it": ("Foto d'archivio.",),
    "ja": ("資料写真",),
}
CREDITS = (
    "Getty Images",
    "Reuters",
    "AP Photo",
    "AFP via Getty Images",
    "Shutterstock",
    "EPA",
    "Handout",
    "Supplied",
)
AGO = {
    "en": ("{n} hours ago", "{n} hrs ago", "{n}h ago"),
    "pt": ("Há {n} horas",),
    "ru": ("{n} ч назад",),
    "ko": ("{n}시간 전",),
    "id": ("{n} jam lalu",),
    "de": ("vor {n} Stunden",),
    "it": ("{n} ore fa",),
    "ja": ("{n}時間前",),
}
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def ago(rng: random.Random, lang: str) -> str:
    """A relative time, "3 hours ago", in `lang` (English when missing)."""
    return rng.choice(AGO.get(lang) or AGO["en"]).format(n=rng.randint(2, 23))


def caption(rng: random.Random, lang: str) -> str:
    """A photo caption that says nothing about the story."""
    return rng.choice(CAPTIONS.get(lang) or CAPTIONS["en"])


def long_date(iso: str) -> str:
    """ "20 November 2019" from an ISO date."""
    year, month, day = iso[:10].split("-")
    return f"{int(day)} {MONTHS[int(month) - 1]} {year}"


def us_date(iso: str) -> str:
    """ "November 20, 2019" from an ISO date."""
    year, month, day = iso[:10].split("-")
    return f"{MONTHS[int(month) - 1]} {int(day)}, {year}"
