"""A European regional paper on a publishing group's platform (German, French, Spanish or
Italian edition): story elements, "Lesen Sie auch"-style lines and boxes in the text, the
next article appended below."""

from __future__ import annotations

import random

from ...layouts.base import head
from ...text import esc
from ..site import Page, Site, jsonld

# edition -> (site name, sections, "by", ad label, imprint links, consent text)
EDITIONS = {
    "de": ("Rheintal Anzeiger", ("Lokales", "Politik", "Wirtschaft", "Sport", "Kultur"), "Von",
           "Anzeige", ("Impressum", "Datenschutz", "AGB", "Kontakt"),
           "Wir verwenden Cookies und ähnliche Technologien. Mit Klick auf Zustimmen willigen "
           "Sie ein."),
    "fr": ("L'Écho du Val", ("Région", "Politique", "Économie", "Sports", "Culture"), "Par",
           "Publicité", ("Mentions légales", "Confidentialité", "CGU", "Contact"),
           "Nous utilisons des cookies pour améliorer votre expérience. Acceptez-vous ?"),
    "es": ("Diario del Valle", ("Local", "Política", "Economía", "Deportes", "Cultura"), "Por",
           "Publicidad", ("Aviso legal", "Privacidad", "Cookies", "Contacto"),
           "Utilizamos cookies propias y de terceros. Pulse Aceptar para continuar."),
    "it": ("Il Corriere della Valle", ("Cronaca", "Politica", "Economia", "Sport", "Cultura"),
           "di", "Pubblicità", ("Note legali", "Privacy", "Cookie policy", "Contatti"),
           "Questo sito utilizza cookie. Cliccando su Accetta acconsenti al loro uso."),
}  # fmt: skip
EDITION_OF = {"pt": "es", "ru": "de", "id": "it"}


def edition(lang: str) -> tuple:
    """The edition whose chrome a page in `lang` shows."""
    return EDITIONS.get(lang) or EDITIONS[EDITION_OF.get(lang, "de")]


def paragraph(inner: str) -> str:
    """A paragraph story element."""
    return f'<p class="id-StoryElement-paragraph">{inner}</p>'


def subhead(text: str) -> str:
    """A crosshead story element."""
    return f'<h2 class="id-StoryElement-crosshead">{text}</h2>'


def figure(src: str, caption: str) -> str:
    """An image story element with its credit."""
    return (
        '<figure class="id-StoryElement-image id-StoryElement-image--landscape"><picture>'
        f'<img class="id-StoryElement-image-img" src="{src}" alt="" loading="lazy"></picture>'
        f'<figcaption class="id-StoryElement-image-caption">{esc(caption)}</figcaption></figure>'
    )


def ad(slot: int) -> str:
    """An in-article ad container (its label is set by CSS)."""
    return (
        f'<div class="id-Ad id-Ad--inArticle" data-ad-slot="content_{slot}" aria-hidden="true">'
        "</div>"
    )


def embed(html: str, rng: random.Random) -> str:
    """Boxes are embed story elements; lines stay paragraphs."""
    if html.startswith("<p"):
        return html
    return f'<div class="id-StoryElement-embed id-StoryElement-embed--teaser">{html}</div>'


def page(v: Page) -> str:
    """Full document, its chrome in the page's edition."""
    name, sections, by, ad_label, imprint, consent = edition(v.label_lang)
    nav = "".join(f'<li><a href="/{s.lower()}/">{s}</a></li>' for s in sections)
    legal = "".join(f'<a href="/{s.lower().replace(" ", "-")}/">{s}</a> ' for s in imprint)
    day = v.published[:10].split("-")
    return f"""<!DOCTYPE html>
<html lang="{v.lang}">
<head>{head(v, name, jsonld(v, name))}</head>
<body class="id-Body id-Body--article">
<div class="id-Consent" role="dialog"><p>{esc(consent)}</p><button>OK</button></div>
<header class="id-SiteHeader"><a class="id-SiteHeader-logo" href="/">{esc(name)}</a>
<nav class="id-Nav"><ul>{nav}</ul></nav></header>
<div class="id-Ad id-Ad--top"><span class="id-Ad-label">{esc(ad_label)}</span></div>
<main class="id-Main"><article class="id-Story" data-id="{v.variant}">
<header class="id-Story-header"><p class="id-Story-kicker">{esc(v.section)}</p>
<h1 class="id-Story-title">{esc(v.title)}</h1>
<div class="id-Story-meta"><span class="id-Story-authors">{by} {esc(v.author)}</span>
<time datetime="{v.published}">{day[2]}.{day[1]}.{day[0]}, {v.published[11:16]}</time></div>
</header>
<div class="id-Story-body id-StoryElement-group">
{v.body}
</div>
{v.after}
</article>
<div class="id-Story-recommendations">{v.below}</div>
{v.next}
</main>
<aside class="id-Sidebar">{v.sidebar}</aside>
<footer class="id-SiteFooter"><p>{legal}</p><p>© {esc(name)} 2019</p></footer>
</body></html>
"""


LAYOUT = Site(
    "euregio", "Rheintal Anzeiger", "https://www.rheintal-anzeiger.example.de",
    "/lokales/{slug}-{n}.html", paragraph, subhead, figure, ad, page,
    variants={
        "linkbox": ("next-promo", "outbrain"),
        "inbody": ("read-also", "teaser-box"),
        "cards": ("tiles", "trending", "caption-cards"),
        "tail": ("more-line", "next-article", "next-article"),
    },
    body_class="id-Story-body id-StoryElement-group", label_langs=("de", "fr", "es", "it"),
    langs=("de", "it", "pt", "fr", "es"), embed=embed,
)  # fmt: skip
