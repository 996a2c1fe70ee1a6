"""A Russian news agency site, 2019-2023 (RIA Novosti-like): the text as div blocks
(article__block data-type="text"), inline article cards and "Читайте также" lines between
them, "Ранее сообщалось, что ..." closing it with one linked word, a partner-news exchange
widget below and "Самое читаемое" beside. English-language copies carry English words."""

from __future__ import annotations

from ...text import esc
from ..furniture import json_ld, meta
from ..site import Page, Site

NAME = "Пульс"
MENU = (
    "Политика",
    "В мире",
    "Экономика",
    "Общество",
    "Происшествия",
    "Наука",
    "Спорт",
    "Культура",
    "Туризм",
)
MENU_EN = ("Russia", "World", "Business", "Science", "Sport", "Opinion")


def block(kind: str, inner: str) -> str:
    """One article block."""
    return f'<div class="article__block" data-type="{kind}">{inner}</div>'


def para(inner: str, first: bool) -> str:
    """A text block."""
    return block("text", f'<div class="article__text">{inner}</div>')


def figure(src: str, caption: str, credit: str) -> str:
    """A media block with copyright and title."""
    return block(
        "media",
        f'<div class="media" data-media-tipe="ar16x9"><div class="media__size">'
        f'<img media-type="ar16x9" alt="" src="{src}" width="1920" height="1080"></div>'
        f'<div class="media__copyright"><div class="media__copyright-item m-copyright">'
        f'© {esc(credit)}</div></div><div class="media__title">{esc(caption)}</div>'
        "</div>",
    )


def embed(kind: str, html: str) -> str:
    """Telegram posts for social embeds, banners, quotes, videos."""
    if kind == "ad":
        return block(
            "banner",
            f'<div class="banner m-article-desktop" data-position="article_'
            f'desktop_content-{html}"><div class="banner__content"></div></div>',
        )
    if kind == "quote":
        return block(
            "quote",
            f'<div class="article__quote"><div class="article__quote-text">{html}</div></div>',
        )
    if kind == "tweet":
        html = (
            '<script async src="https://telegram.org/js/telegram-widget.js?22" '
            'data-telegram-post="pulse_news/4821" data-width="100%"></script>'
        )
    return block("social", html)


def page(p: Page) -> str:
    """Full document."""
    ru = p.label_lang == "ru"
    menu = "".join(
        f'<a class="cell-list__item" href="/{k}/">{s}</a>'
        for k, s in enumerate(MENU if ru else MENU_EN)
    )
    date = f"{p.published[11:16]} {p.published[8:10]}.{p.published[5:7]}.{p.published[:4]}"
    tags = "Теги" if ru else "Tags"
    share = "Поделиться" if ru else "Share"
    legal = (
        "Сетевое издание «Пульс» зарегистрировано Федеральной службой по надзору в сфере связи. 18+"
        if ru
        else "All rights reserved. 18+"
    )
    return f"""<!DOCTYPE html>
<html lang="{p.label_lang}"><head><meta charset="utf-8"><title>{esc(p.title)} - {NAME},
{date[6:]}</title>
{meta(p, NAME)}{json_ld(p, NAME)}</head><body class="body m-article"><div class="page">
<div class="header"><div class="header__logo"><a href="/">{NAME}</a></div><div class="cell-list">
{menu}</div></div><div class="layout-article"><div class="layout-article__main"><div class="article
m-article m-image" data-article-id="{p.variant}"><div class="article__header"><div
class="article__info">
<div class="article__info-date"><a href="/{p.published[:10].replace("-", "")}/">{date}</a></div>
<div class="article__info-statistic"><span class="statistic__item m-views">{p.variant * 311 + 1200}
</span></div></div><h1 class="article__title">{esc(p.title)}</h1></div>
<div class="article__body js-mediator-article mia-analytics">
{p.body}
</div>
<div class="article__tags"><span>{tags}:</span><ul class="article__tags-list"><li><a
class="article__tags-item" href="/{p.section.lower()}/">{esc(p.section)}</a></li></ul></div>
<div class="article__footer"><div class="share"><span>{share}:</span> <a href="#vk">VK</a> <a
href="#ok">OK</a> <a href="#tg">Telegram</a></div></div></div>
{p.after}
</div><div class="layout-article__right">{p.sidebar}</div></div>
{p.below}
<div class="footer"><p>© {p.published[:4]} МИА «{NAME}». {legal}</p></div></div></body></html>
"""


SITE = Site(
    "ruportal",
    "https://pulse-media.example.ru",
    "/{ymd}/{slug}-{m}.html",
    para,
    lambda text: block("h2", f'<h2 class="article__h2">{text}</h2>'),
    figure,
    page,
    variants={
        "linkbox": ("partner-news",),
        "inbody": ("inline-article", "label-link"),
        "cards": ("top-read",),
        "tail": ("earlier",),
    },
    langs=("ru", "en"),
    prefer=("ru",),
    label_langs=("ru", "en"),
    words={
        "also": {
            "ru": ("Читайте также:", "Смотрите также:", "По теме:"),
            "en": ("Read also:", "Also read:"),
        },
        "most_read": {"ru": ("Самое читаемое", "Популярное"), "en": ("Most read",)},
        "partners": {"ru": ("Новости партнеров", "Новости СМИ2"), "en": ("Partner news",)},
    },
    classes={"top-read": "section m-popular", "partner-news": "article__partners"},
    extras={"figure": 0.85, "tweet": 0.15, "quote": 0.2, "ad": 0.6},
    embed=embed,
    years=(2019, 2023),
    link_words="/keyword_{word}/",
)
