"""Words the page shows around teasers: box headings, kickers, class names, bylines, captions."""

from __future__ import annotations

import random

# Headings of "other stories" boxes, by language. Inline one-liners use the first few.
HEADINGS = {
    "en": ("Read more", "Related", "More on this story", "See also", "Also read",
           "You may also like", "Recommended for you", "Most read", "Top stories"),
    "de": ("Lesen Sie auch", "Mehr zum Thema", "Das könnte Sie auch interessieren", "Meistgelesen"),
    "fr": ("À lire aussi", "Lire aussi", "Sur le même sujet", "Les plus lus"),
    "it": ("Leggi anche", "Potrebbe interessarti", "Articoli correlati", "I più letti"),
    "es": ("Más información", "Te puede interesar", "Lee también", "Lo más leído"),
    "pt": ("Leia também", "Veja também", "Saiba mais", "Mais lidas"),
    "ru": ("Читайте также", "По теме", "Смотрите также", "Самое читаемое"),
    "ja": ("関連記事", "あわせて読みたい", "おすすめ記事", "人気記事"),
    "ko": ("관련기사", "함께 볼만한 기사", "많이 본 뉴스"),
    "id": ("Baca juga", "Berita terkait", "Terpopuler"),
}  # fmt: skip
# Section kickers of form-4 paragraphs and link boxes when the URL gives none.
KICKERS = {
    "en": ("WORLD", "POLITICS", "MARKETS", "TECH", "SPORT", "HEALTH", "SCIENCE", "OPINION",
           "BREAKING", "EXCLUSIVE", "ANALYSIS"),
    "de": ("POLITIK", "WIRTSCHAFT", "SPORT", "KULTUR", "PANORAMA"),
    "it": ("CRONACA", "ECONOMIA", "POLITICA", "SPETTACOLI"),
    "pt": ("ECONOMIA", "ESPORTES", "POLÍTICA", "CULTURA", "MUNDO"),
    "ru": ("ОБЩЕСТВО", "ЭКОНОМИКА", "ПОЛИТИКА", "СПОРТ", "КУЛЬТУРА"),
    "id": ("NASIONAL", "EKONOMI", "OLAHRAGA", "DUNIA"),
    "ko": ("연예", "경제", "사회", "스포츠"),
    "ja": ("経済", "社会", "国際", "テクノロジー"),
}  # fmt: skip
# Class names of teaser containers: most neutral or obfuscated, a few tell-tale.
NEUTRAL = ("c-23", "mod", "box", "blk-7", "row", "col-12", "wrap", "grid", "list", "pane",
           "m-4 p-2", "w-full mt-8", "zone-b", "x3", "panel panel-default", "module",
           "u-mt")  # fmt: skip
TELLTALE = {
    "linkbox": ("more-stories", "read-more", "promo-links"),
    "inbody": ("related", "read-also", "related-articles", "mehr-zum-thema"),
    "cards": ("recommended", "more-stories", "related-posts", "most-popular"),
}
TELLTALE_SHARE = 0.2
AUTHORS = ("Maria Keller", "John Okafor", "Anna Bianchi", "Pedro Alves", "Sophie Martin",
           "Ivan Petrov", "Kim Ji-won", "Sato Yuki", "Dewi Lestari", "Tom Hughes")  # fmt: skip
CAPTIONS = ("File photo.", "Photo: Reuters", "(Photo: AP)", "Image: handout", "Foto: dpa",
            "Photo: Getty Images", "Illustration picture", "Source: press office")  # fmt: skip
AD_TEXTS = {"en": "Advertisement", "de": "Anzeige", "pt": "Publicidade", "ru": "Реклама",
            "it": "Pubblicità", "ko": "광고", "ja": "広告", "id": "Iklan"}  # fmt: skip


def heading(rng: random.Random, lang: str, inline: bool = False) -> str:
    """A box heading: usually in the page's language, sometimes in another one."""
    if rng.random() < 0.3 or lang not in HEADINGS:
        lang = rng.choice(sorted(HEADINGS))
    options = HEADINGS[lang][:3] if inline else HEADINGS[lang]
    return rng.choice(options)


def kicker(rng: random.Random, lang: str, section: str) -> str:
    """An upper-case kicker: the target's URL section or a section name of the language."""
    if section and lang == "en" and rng.random() < 0.6:
        return section.upper()
    return rng.choice(KICKERS.get(lang, KICKERS["en"]))


def hashed(rng: random.Random, prefix: str = "css-") -> str:
    """An obfuscated CSS-in-JS class name such as `css-1x2y3z`."""
    return prefix + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))


def container_class(rng: random.Random, form: str, style: str) -> str:
    """The class of a teaser container: tell-tale for a minority, else neutral or none."""
    if rng.random() < TELLTALE_SHARE:
        return rng.choice(TELLTALE[form])
    if style == "hashed":
        return f"{hashed(rng)} {hashed(rng, 'e')}"
    return rng.choice((*NEUTRAL, "", ""))
