"""Words the second holdout's pages show around teasers, by language and role."""

from __future__ import annotations

import random

# role -> labels, per language: "also" inline lead-ins, "related" box headings, "more" headings of
# story grids, "popular" ranked lists, "next" the next article, "promoted" paid items.
LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "also": ("Read more", "READ MORE", "ALSO READ", "Related", "MORE", "SEE ALSO"),
        "related": ("Related", "Related Stories", "More on this story", "Related Coverage"),
        "more": (
            "You may also like",
            "More Stories",
            "More Local News",
            "Recommended for you",
            "You might also like",
            "Latest News",
        ),
        "popular": ("Most Popular", "Trending Now", "Most Read", "Most viewed", "Trending"),
        "next": ("Next Article", "Up Next", "Read Next", "Next Story"),
        "promoted": ("Promoted", "Sponsored", "Paid Content", "Ad"),
    },
    "de": {
        "also": ("Lesen Sie auch", "Auch interessant", "Mehr zum Thema", "Lesen Sie dazu"),
        "related": ("Auch interessant", "Mehr zum Thema", "Weitere Artikel"),
        "more": (
            "Das könnte Sie auch interessieren",
            "Weitere Nachrichten aus der Region",
            "Empfehlungen der Redaktion",
        ),
        "popular": ("Meistgelesen", "Top-Artikel", "Beliebteste Artikel"),
        "next": ("Nächster Artikel", "Zum nächsten Artikel"),
        "promoted": ("Anzeige", "Gesponsert"),
    },
    "fr": {
        "also": ("Lire aussi", "À lire aussi", "LIRE AUSSI", "Voir aussi"),
        "related": ("Sur le même sujet", "À lire aussi", "Nos articles sur le sujet"),
        "more": ("Vous aimerez aussi", "Ces articles peuvent vous intéresser", "À découvrir"),
        "popular": ("Les plus lus", "Tendance", "Les plus partagés"),
        "next": ("Article suivant",),
        "promoted": ("Sponsorisé", "Contenu sponsorisé"),
    },
    "es": {
        "also": ("Te puede interesar", "Lee también", "LEA TAMBIÉN", "Más información"),
        "related": ("Noticias relacionadas", "Te puede interesar", "Más sobre este tema"),
        "more": ("Te recomendamos", "Más noticias", "Otras noticias de interés"),
        "popular": ("Lo más leído", "Lo más visto"),
        "next": ("Siguiente noticia",),
        "promoted": ("Patrocinado", "Contenido patrocinado"),
    },
    "it": {
        "also": ("Leggi anche", "LEGGI ANCHE", "Potrebbe interessarti", "Approfondisci"),
        "related": ("Articoli correlati", "Potrebbe interessarti", "Ti potrebbe interessare"),
        "more": ("Ti potrebbero interessare", "Altre notizie", "Dalla home"),
        "popular": ("I più letti", "Più visti"),
        "next": ("Articolo successivo",),
        "promoted": ("Sponsorizzato", "Contenuto sponsorizzato"),
    },
    "pt": {
        "also": ("Leia também", "LEIA MAIS", "Veja também", "Saiba mais"),
        "related": ("Notícias relacionadas", "Leia mais", "Conteúdo relacionado"),
        "more": ("Você pode gostar", "Mais notícias", "Últimas notícias"),
        "popular": ("Mais lidas", "Mais vistas"),
        "next": ("Próxima notícia",),
        "promoted": ("Patrocinado", "Conteúdo patrocinado"),
    },
    "ru": {
        "also": ("Читайте также", "По теме", "Смотрите также"),
        "related": ("По теме", "Ещё по теме", "Читайте также"),
        "more": ("Вам может быть интересно", "Другие новости", "Новости партнёров"),
        "popular": ("Самое читаемое", "Популярное"),
        "next": ("Следующая новость",),
        "promoted": ("Реклама", "Партнёрский материал"),
    },
    "id": {
        "also": ("Baca juga", "BACA JUGA", "Simak juga"),
        "related": ("Berita terkait", "Artikel terkait"),
        "more": ("Rekomendasi", "Berita lainnya", "Pilihan untukmu"),
        "popular": ("Terpopuler", "Paling banyak dibaca"),
        "next": ("Artikel selanjutnya",),
        "promoted": ("Sponsor", "Konten bersponsor"),
    },
    "ja": {
        "also": ("関連記事", "あわせて読みたい", "こちらもおすすめ"),
        "related": ("関連記事", "関連ニュース", "この記事の関連ニュース"),
        "more": ("おすすめ記事", "こちらもおすすめ", "新着ニュース"),
        "popular": ("アクセスランキング", "人気記事", "総合ランキング"),
        "next": ("次の記事",),
        "promoted": ("PR", "広告"),
    },
    "ko": {
        "also": ("관련기사", "함께 볼만한 기사", "추천기사"),
        "related": ("관련기사", "관련 뉴스"),
        "more": ("추천 기사", "이 시각 주요 뉴스", "최신 뉴스"),
        "popular": ("많이 본 뉴스", "랭킹 뉴스"),
        "next": ("다음 기사",),
        "promoted": ("광고", "AD"),
    },
}
AUTHORS = ("Dana Whitfield", "Marcus Reyes", "Priya Natarajan", "Helen O'Connor",
           "Lukas Brenner", "Chiara Fontana", "Aiko Tanaka", "Samuel Adeyemi", "Claire Dubois",
           "Rafael Ortega")  # fmt: skip
CAPTIONS = ("(AP Photo/Seth Wenig)", "Photo: Staff photographer", "Courtesy photo",
            "Foto: Archiv", "Submitted photo", "(Photo by Scott Olson/Getty Images)",
            "File photo / The Associated Press", "写真はイメージです")  # fmt: skip
# Paid items in recommendation widgets: an advertiser's headline and brand (never a story).
ADS = (
    ("Surgeon Reveals the One Kitchen Habit He Quit for Good", "Health Digest"),
    ("Homeowners Are Trading In Their Doorbell Cams for This", "SafeHome"),
    ("The Most Comfortable Walking Shoes of the Year", "StrideLab"),
    ("Here Is What a New Roof Should Cost in 2019", "Roofing Quotes"),
    ("Play This Game for 1 Minute and See Why Everyone Is Addicted", "Kingdom Rise"),
    ("Retirees Are Moving to These Quiet Coastal Towns", "Travel Scout"),
)
COMPANIES = ("Northwind Analytics", "Bluefield Therapeutics", "Kestrel Logistics",
             "Orbitale Energy", "Cedar Point Software")  # fmt: skip


def label(rng: random.Random, lang: str, role: str) -> str:
    """A `role` label in `lang`, English where the language has none."""
    return rng.choice(LABELS.get(lang, LABELS["en"])[role])


def label_language(lang: str, site_langs: tuple[str, ...], rng: random.Random) -> str:
    """The labels' language: the body's where known, else one of the site's own."""
    if lang in LABELS and (lang != "en" or "en" in site_langs):
        return lang
    return rng.choice(site_langs)
