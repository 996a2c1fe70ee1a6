"""Head and page furniture holdout3 templates share: metadata tags, JSON-LD, hashed class
names of CSS-in-JS and CSS-module builds."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

from ..text import esc

if TYPE_CHECKING:
    from .site import Page

ALPHA = "abcdefghijklmnopqrstuvwxyz0123456789"


def digest(name: str, length: int) -> str:
    """A short stable hash of `name`, as build tools derive class names."""
    raw = hashlib.sha1(name.encode()).digest()
    return "".join(ALPHA[b % len(ALPHA)] for b in raw[:length])


def emotion(prefix: str, name: str) -> str:
    """An Emotion class, "ssrcss-1q0x1qg-Paragraph eq5iqo00"."""
    return f"{prefix}-{digest(name, 7)}-{name} e{digest(name + '/', 6)}0"


def module(component: str, name: str) -> str:
    """A CSS-module class, "ArticleBody_paragraph__vB2G7"."""
    return f"{component}_{name}__{digest(component + name, 5)}"


def meta(p: Page, site_name: str, kind: str = "article") -> str:
    """Description, canonical and Open Graph tags."""
    return (
        f'<meta name="description" content="{esc(p.description)}">'
        f'<link rel="canonical" href="{esc(p.url)}">'
        f'<meta property="og:type" content="{kind}"><meta property="og:title" '
        f'content="{esc(p.title)}"><meta property="og:url" content="{esc(p.url)}">'
        f'<meta property="og:site_name" content="{esc(site_name)}">'
        f'<meta name="twitter:card" content="summary_large_image">'
        f'<meta property="article:published_time" content="{p.published}">'
    )


def json_ld(p: Page, publisher: str, kind: str = "NewsArticle") -> str:
    """A schema.org JSON-LD script describing the article (no body text)."""
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": p.title,
        "datePublished": p.published,
        "dateModified": p.modified,
        "author": [{"@type": "Person", "name": p.author}],
        "publisher": {"@type": "Organization", "name": publisher},
        "mainEntityOfPage": p.url,
        "inLanguage": p.lang,
        "articleSection": p.section,
    }
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'
