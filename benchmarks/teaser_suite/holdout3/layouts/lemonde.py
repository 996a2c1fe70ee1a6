"""The English edition of a French daily, 2022-2025 (Le Monde in English-like): article__
paragraph markup, "Read more" lines (some "Subscribers only") between and after the
paragraphs, the translation notice closing the text, "On the same topic" below and a "Most
read" list beside it."""

from __future__ import annotations

from ...text import esc
from ..furniture import json_ld, meta
from ..labels import long_date
from ..site import Page, Site

NAME = "Le Quotidien"


def figure(src: str, caption: str, credit: str) -> str:
    """A figure with its legend and credit."""
    return (
        f'<figure class="article__media"><picture class="article__media"><img src="{src}" '
        f'alt="{esc(caption)}" width="664" height="443"></picture><figcaption class="article__'
        f'legend" aria-hidden="true">{esc(caption)} <span class="article__credit" '
        f'aria-hidden="true">{esc(credit.upper())}</span></figcaption></figure>'
    )


def embed(kind: str, html: str) -> str:
    """Ad slots and embeds."""
    if kind == "ad":
        return f'<div class="dfp-slot dfp__inread" id="inread_{html}"></div>'
    return f'<div class="article__multimedia">{html}</div>'


def page(p: Page) -> str:
    """Full document."""
    nav = "".join(
        f'<li class="Nav__item"><a href="/en/{s.lower()}/">{s}</a></li>'
        for s in (
            "International",
            "France",
            "Opinion",
            "Environment",
            "Economy",
            "Culture",
            "Science",
            "Les Décodeurs",
        )
    )
    minutes = 3 + p.variant % 6
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>{esc(p.title)}</title>{meta(p, NAME)}
{json_ld(p, NAME)}</head><body class="article article--content"><header class="Header"><a
class="Header__logo" href="/en/">{NAME} <span>in English</span></a><nav class="Nav"><ul>{nav}</ul>
</nav><a class="Header__subscribe" href="/en/subscribe">Subscribe</a> <a class="Header__login"
href="/en/login">Log in</a></header>
<main id="habillagepub" class="zone zone--article"><section class="article__wrapper
article__wrapper--premium"><header class="article__header"><ul class="breadcrumb"><li><a
href="/en/{p.section.lower()}/">{esc(p.section)}</a></li></ul><h1 class="article__title">
{esc(p.title)}</h1><section class="meta meta__publisher"><span class="meta__date">Published on
{long_date(p.published)}, at {p.published[11:13]}h{p.published[14:16]}</span><span
class="meta__reading-time"><span class="sr-only">Time to</span> read {minutes} min. </span><a
class="meta__link" href="/fr/">Lire en français</a></section></header>
<article class="article__content">
<span class="author__detail"><a class="article__author-link" href="/en/signataires/{p.variant}/">
{esc(p.author)}</a></span>
{p.body}
<p class="article__paragraph article__paragraph--translation"><em>Translation of an original
article published in French on lequotidien.example.fr; the publisher may only be liable for the
English version.</em></p>
<footer class="article__footer-single"><span
class="author__signature">{esc(p.author)}</span></footer>
</article>
<section class="article__reactions"><h2>Comments</h2><p>Only subscribers can comment.</p></section>
{p.after}
</section><aside class="aside__iso">{p.sidebar}</aside>
{p.below}
</main><footer class="Footer"><p>{NAME} in English · <a href="/en/legal">Legal notice</a> · <a
href="/en/cookies">Cookie management</a></p></footer></body></html>
"""


SITE = Site(
    "lemonde",
    "https://www.lequotidien.example.fr",
    "/en/{section}/article/{date}/{slug}_{n}_4.html",
    lambda inner, first: f'<p class="article__paragraph">{inner}</p>',
    lambda text: f'<h2 class="article__sub-title">{text}</h2>',
    figure,
    page,
    variants={
        "linkbox": ("same-topic",),
        "inbody": ("read-more-sub",),
        "cards": ("most-read",),
        "tail": ("read-more-end",),
    },
    langs=("en", "fr"),
    words={
        "read_more": {"en": ("Read more",)},
        "most_read": {"en": ("Most read",)},
        "same_topic": {"en": ("On the same topic", "Read more on the subject")},
    },
    classes={"mr": "aside__iso-read", "mr/n": "aside__iso-rank"},
    extras={"figure": 0.9, "ad": 0.5, "youtube": 0.05},
    embed=embed,
    years=(2022, 2025),
    link_words="/en/{word}/",
    sections=("International", "France", "Economy", "Culture"),
)
