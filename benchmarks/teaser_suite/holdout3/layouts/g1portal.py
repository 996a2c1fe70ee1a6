"""A Brazilian news portal, 2019-2024 (Globo's g1-like): every paragraph its own mc-column
block, "LEIA TAMBÉM:" lists in the text, "VÍDEOS" and WhatsApp-channel calls after it,
"Últimas notícias" list and the home feed of post cards (chapéu, title, resumo) below."""

from __future__ import annotations

from ...text import esc
from ..furniture import json_ld, meta
from ..site import Page, Site

NAME = "n1"


def col(kind: str, inner: str) -> str:
    """One mc-column block."""
    return f'<div class="mc-column {kind}">{inner}</div>'


def para(inner: str, first: bool) -> str:
    """A text block."""
    return col(
        "content-text active-extra-styles",
        '<p class="content-text__container" '
        f'data-track-category="Link no Texto" data-track-links="">{inner}</p>',
    )


def figure(src: str, caption: str, credit: str) -> str:
    """A media block; the caption ends with the photo credit."""
    return col(
        "content-media__container",
        '<div class="content-media content-photo"><figure '
        f'class="content-media-figure"><img class="content-media__image" src="{src}" alt='
        f'"{esc(caption)}"><figcaption class="content-media__description"><span>'
        f"{esc(caption)} — Foto: {esc(credit)}</span></figcaption></figure></div>",
    )


def embed(kind: str, html: str) -> str:
    """Video, social and ad blocks."""
    if kind == "ad":
        return col(
            "content-ad",
            f'<div id="banner_materia{html}" class="tag-manager-publicidade-container"></div>',
        )
    return col(f"content-{kind}", html)


def listing(items: list[str]) -> str:
    """An unordered list block."""
    lis = "".join(f"<li>{x}</li>" for x in items)
    return col("content-unordered-list", f"<ul>{lis}</ul>")


def page(p: Page) -> str:
    """Full document."""
    iso = p.published
    when = f"{iso[8:10]}/{iso[5:7]}/{iso[:4]} {iso[11:13]}h{iso[14:16]}"
    return f"""<!DOCTYPE html>
<html lang="pt-BR"><head><meta charset="utf-8"><title>{esc(p.title)} | {esc(p.section)} | {NAME}
</title>{meta(p, NAME)}{
        json_ld(p, NAME)
    }</head><body><div id="header-produto" class="header-produto">
<a class="header-produto__logo" href="/">{
        NAME
    }</a><nav class="menu"><a href="/politica/">política</a>
<a href="/economia/">economia</a><a href="/mundo/">mundo</a><a href="/sp/">são paulo</a><a
href="/rj/">rio de janeiro</a></nav></div>
<main class="mc-body theme"><div class="mc-article-header"><div class="title"><h1
class="content-head__title" itemprop="headline">{esc(p.title)}</h1></div><div
class="content-publication-data"><p class="content-publication-data__from" title="{esc(p.author)}, {
        NAME
    }"
>Por <strong>{esc(p.author)}</strong>, {NAME}</p><p class="content-publication-data__updated"><time
itemprop="datePublished" datetime="{p.published}">{when}</time> Atualizado há {1 + p.variant % 9}
horas</p></div><div class="content-share"><a href="#wa">WhatsApp</a> <a href="#fb">Facebook</a>
</div></div>
<article itemprop="articleBody" class="mc-article-body">
{p.body}
</article>
{
        col(
            "content-text",
            '<p class="content-text__container">📲 Participe do canal do n1 no '
            '<a href="https://whatsapp.example/channel/n1">WhatsApp</a></p>',
        )
    }
{
        col(
            "content-text",
            '<p class="content-text__container"><strong>VÍDEOS: mais assistidos do n1</strong></p>',
        )
    }{col("content-video", '<div class="video-playlist-placeholder"></div>')}
<div class="mc-column entities"><ul class="entities__list"><li><a class="entities__list-item"
href="/tudo-sobre/{p.section.lower()}/">{esc(p.section)}</a></li></ul></div>
{p.after}
<div class="sidebar-slot">{p.sidebar}</div>
<section class="bastian-feed">{p.below}</section>
</main><footer class="footer"><p>© Copyright 2000-{p.published[:4]} Grupo Global. Todos os direitos
reservados.</p><a href="/privacidade">Política de privacidade</a></footer></body></html>
"""


SITE = Site(
    "g1portal",
    "https://n1.portalglobal.example.com.br",
    "/{section}/noticia/{date}/{slug}.ghtml",
    para,
    lambda text: col("content-intertitle", f"<h2>{text}</h2>"),
    figure,
    page,
    variants={
        "linkbox": ("article-list",),
        "inbody": ("label-list",),
        "cards": ("feed-posts",),
        "tail": ("closing-list",),
    },
    langs=("pt", "en"),
    prefer=("pt",),
    label_langs=("pt",),
    words={
        "also": {"pt": ("LEIA TAMBÉM:", "VEJA TAMBÉM:", "Leia também:")},
        "closing": {"pt": ("LEIA MAIS:", "VEJA TAMBÉM:", "Veja mais:")},
        "latest": {"pt": ("Últimas notícias", "Mais lidas")},
        "category": {"pt": ("Política", "Economia", "Brasil", "Mundo")},
        "recommended": {"pt": ("Veja também", "Mais do n1")},
        "kicker": {"pt": ("Política", "Economia", "Mundo", "Educação", "Saúde")},
    },
    extras={"figure": 0.8, "figure2": 0.3, "video": 0.25, "instagram": 0.05, "ad": 0.5},
    embed=embed,
    listing=listing,
    years=(2019, 2024),
    link_words="/tudo-sobre/{word}/",
    sections=("Política", "Economia", "Brasil", "Mundo"),
)
