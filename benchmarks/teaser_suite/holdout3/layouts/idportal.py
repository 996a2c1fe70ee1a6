"""An Indonesian news portal, 2019-2024 (Kompas.com / detik-like): "Baca juga:" lines in the
text (linked, or unlinked in syndicated copies), "Sebelumnya diberitakan, ..." or an unlinked
"Simak Video" title closing it, Berita Terkait cards, a Terpopuler ranking and an MGID
widget. English-edition copies carry English words."""

from __future__ import annotations

from ...text import esc
from ..furniture import json_ld, meta
from ..site import Page, Site

NAME = "WartaKini.com"
MENU = (
    "Nasional",
    "Regional",
    "Megapolitan",
    "Global",
    "Tren",
    "Money",
    "Tekno",
    "Bola",
    "Lifestyle",
    "Otomotif",
)


def figure(src: str, caption: str, credit: str) -> str:
    """A photo with its caption and credit."""
    return (
        f'<div class="photo"><div class="photo__wrap"><img src="{src}" alt="{esc(caption)}" '
        f'width="780" height="390"></div><div class="photo__caption">{esc(caption)} '
        f"({esc(credit.upper())})</div></div>"
    )


def embed(kind: str, html: str) -> str:
    """In-text ads and video embeds."""
    if kind == "ad":
        return (
            f'<div class="ads-on-body"><div class="ads-on-body__label">ADVERTISEMENT</div>'
            f'<div id="div-gpt-ad-parallax-{html}"></div></div>'
        )
    return f'<div class="video-embed video-embed--{kind}">{html}</div>'


def page(p: Page) -> str:
    """Full document."""
    menu = "".join(
        f'<li class="nav__item"><a class="nav__link" href="/{s.lower()}">{s}</a></li>' for s in MENU
    )
    id_words = p.label_lang == "id"
    stamp = (
        f"{NAME} - {p.published[8:10]}/{p.published[5:7]}/{p.published[:4]}, "
        f"{p.published[11:16]} WIB"
    )
    writer, editor = ("Penulis", "Editor") if id_words else ("Writer", "Editor")
    note = (
        "Dapatkan update berita pilihan dan breaking news setiap hari dari WartaKini.com."
        if id_words
        else "Get the day's top stories from WartaKini.com."
    )
    return f"""<!DOCTYPE html>
<html lang="{p.label_lang}"><head><meta charset="utf-8"><title>{esc(p.title)} Halaman all - {NAME}
</title>{meta(p, NAME)}{json_ld(p, NAME)}</head><body><div class="header"><div class="header__logo">
<a href="/">{NAME}</a></div><ul class="nav">{menu}</ul></div><div class="container clearfix">
<div class="breadcrumb"><ul class="breadcrumb__wrap"><li class="breadcrumb__item"><a href="/">Home
</a></li><li class="breadcrumb__item"><a
href="/{p.section.lower()}">{esc(p.section)}</a></li></ul></div>
<div class="read__header"><h1 class="read__title">{esc(p.title)}</h1><div class="read__time">{stamp}
</div></div><div class="row col-offset-fluid clearfix"><div class="col-bs10-7"><div
class="read__credit"><div class="read__credit__item"><div
class="credit-title-name"><h6>{writer}</h6>
<a href="/tag/{p.author.split()[0].lower()}">{esc(p.author)}</a></div><div
class="credit-title-name">
<h6>{editor}</h6><span>Redaksi</span></div></div></div>
<div class="read__content"><div class="clearfix">
{p.body}
</div></div>
<div class="read__tagging"><div class="tag__article__wrap"><ul><li class="tag__article__item"><a
href="/tag/{p.section.lower()}">{esc(p.section)}</a></li></ul></div></div>
<div class="read__bottom"><p class="read__note">{note}</p></div>
{p.after}
<div class="social--inline"><a href="#wa">WhatsApp</a> <a href="#fb">Facebook</a> <a href="#x">X</a>
<a href="#copy">Salin link</a></div>
</div><div class="col-bs10-3"><div class="sidebar">{p.sidebar}</div></div></div>{p.below}</div>
<div class="footer"><p>Copyright {p.published[:4]} {NAME}. All Rights Reserved.</p><a
href="/pedoman">Pedoman Media Siber</a> <a href="/kebijakan">Kebijakan Data Pribadi</a></div>
</body></html>
"""


SITE = Site(
    "idportal",
    "https://www.wartakini.example.id",
    "/read/{date}/{m}/{slug}",
    lambda inner, first: f"<p>{inner}</p>",
    lambda text: f"<h2>{text}</h2>",
    figure,
    page,
    variants={
        "linkbox": ("mgid",),
        "inbody": ("label-link", "label-unlinked"),
        "cards": ("related-cards", "top-read"),
        "tail": ("earlier", "watch-video"),
    },
    langs=("id", "en"),
    prefer=("id",),
    label_langs=("id", "en"),
    words={
        "also": {
            "id": ("Baca juga:", "Baca juga:", "Baca Juga:"),
            "en": ("Also read:", "Read also:"),
        },
        "closing": {"id": ("Berita Terkait",), "en": ("Related News",)},
        "most_read": {"id": ("Terpopuler", "Populer"), "en": ("Most popular",)},
        "channel": {"id": ("Nasional", "Megapolitan", "Money", "Tekno"), "en": ("News",)},
        "watch": {"id": ("Simak Video", "Tonton juga Video"), "en": ("Watch:",)},
    },
    classes={"top-read": "most__wrap", "related-cards": "related__wrap"},
    extras={"figure": 0.85, "video": 0.15, "ad": 0.6},
    embed=embed,
    years=(2019, 2024),
    link_words="/tag/{word}",
)
