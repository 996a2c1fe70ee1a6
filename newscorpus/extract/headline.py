"""The headline alone: the title without the publisher's name, separators or dates.

``<title>`` and ``og:title`` often carry the site's name ("… | Börsen-Zeitung", "… - Golem.de",
"NASA Visualization Studio | …"), while the page's ``<h1>`` holds the headline as the reader
sees it. The headline is the ``<h1>`` that agrees with the metadata title (shares most of its
words and is not the site's name); failing that, the metadata title with the parts that name
the site (its name, its domain) cut off at a separator.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from newscorpus.extract.text import TITLE_SEPARATOR, paragraph_key

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: An <h1> shares at least this share of the words of the shorter of it and the title.
MIN_AGREEMENT = 0.5
MAX_HEADLINE_CHARS = 300
#: A part after a separator that is only a date ("13.06.2023", "June 3, 2024") names no story.
DATE_PART = re.compile(r"^[\d\s./,-]+$|^\w+ \d{1,2}, \d{4}$|^\d{1,2} \w+ \d{4}$")


def _words(text: str) -> set[str]:
    return set(paragraph_key(text).split())


def _site_keys(sitename: str | None, url: str | None) -> list[str]:
    keys = []
    if sitename:
        keys.append(re.sub(r"\W", "", sitename.casefold()))
    host = urlsplit(url).hostname if url else None
    if host:
        labels = [label for label in host.split(".") if label not in {"www", "m", "amp"}]
        if len(labels) >= 2:
            keys.append(labels[-2])
        keys.append("".join(labels))
    return [k for k in keys if len(k) >= 2]


def _names_site(part: str, site_keys: list[str]) -> bool:
    key = re.sub(r"\W", "", part.casefold())
    if not key:
        return True
    if DATE_PART.match(part.strip()):
        return True
    return any(
        key == k or (len(k) >= 3 and k in key) or (len(key) >= 3 and key in k) for k in site_keys
    )


def strip_site(title: str, sitename: str | None, url: str | None) -> str:
    """``title`` without leading or trailing parts that name the site or a date."""
    parts = [p for p in TITLE_SEPARATOR.split(title) if p.strip()]
    if len(parts) < 2:
        return title.strip()
    keys = _site_keys(sitename, url)
    while len(parts) > 1 and _names_site(parts[-1], keys):
        parts.pop()
    while len(parts) > 1 and _names_site(parts[0], keys):
        parts.pop(0)
    if len(parts) == len(TITLE_SEPARATOR.split(title)):
        return title.strip()
    # Cut only at the separators found: rejoin what is left as the page wrote it.
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip() if 0 <= start < end else title.strip()


def headline(
    tree: HtmlElement, title: str | None, sitename: str | None, url: str | None
) -> str | None:
    """The page's headline (see the module's docstring)."""
    keys = _site_keys(sitename, url)
    stripped = strip_site(title, sitename, url) if title else None
    title_words = _words(stripped or "")
    for h1 in tree.iter("h1"):
        text = " ".join(h1.text_content().split())
        if not text or len(text) > MAX_HEADLINE_CHARS or _names_site(text, keys):
            continue
        words = _words(text)
        if not title_words:
            return text
        shared = len(words & title_words) / max(1, min(len(words), len(title_words)))
        if shared >= MIN_AGREEMENT:
            return text
    return stripped or title
