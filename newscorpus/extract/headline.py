"""The headline alone: the title without the publisher's name, separators or dates.

``<title>`` and ``og:title`` often carry the site's name ("… | Börsen-Zeitung", "… - Golem.de",
"NASA Visualization Studio | …"), while the page's ``<h1>`` holds the headline as the reader
sees it. The headline is the ``<h1>`` (without a site suffix or a ``<time>`` of its own) that
equals the longest part of one of the titles the page gives itself (metadata, ``og:title``,
``twitter:title``, ``<title>``) or agrees with one (shares most of its words), and is not the
site's name; failing that, the metadata title with the parts that name the site (its name, its
domain) cut off at a separator, and of its parts between " | " the longest.
"""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from newscorpus.extract.page import metas
from newscorpus.extract.text import TITLE_SEPARATOR, paragraph_key, text_content

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: An <h1> shares at least this share of the words of the shorter of it and the title.
MIN_AGREEMENT = 0.5
#: A heading names the site when the site's name is at least this share of it.
SITE_SHARE = 0.4
#: A metadata "title" of more words is a description, no title.
MAX_TITLE_WORDS = 30
MAX_HEADLINE_CHARS = 300
#: The Open Graph and Twitter card titles, named in a ``<meta>``'s ``property`` or ``name``.
SOCIAL_TITLES = ("og:title", "twitter:title")
#: A part after a separator that is only a date ("13.06.2023", "June 3, 2024") names no story.
DATE_PART = re.compile(r"^[\d\s./,-]+$|^\w+ \d{1,2}, \d{4}$|^\d{1,2} \w+ \d{4}$")


def _words(text: str) -> set[str]:
    """The words of a heading, of two characters or more ("M&A" shares no word)."""
    return {word for word in paragraph_key(text).split() if len(word) > 1}


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


def _names_site(part: str, site_keys: list[str], *, whole: bool = False) -> bool:
    """Whether ``part`` of a title names the site (or is a date). With ``whole`` (a heading,
    not a part cut at a separator), the site's name must be most of it: "Gardenary
    Planting vs. Ordinary Planting" on gardenary.com is a headline."""
    key = re.sub(r"\W", "", part.casefold())
    if not key:
        return True
    if DATE_PART.match(part.strip()):
        return True
    return any(
        key == k
        or (len(k) >= 3 and k in key and (not whole or len(k) >= SITE_SHARE * len(key)))
        or (len(key) >= 3 and key in k)
        for k in site_keys
    )


def strip_site(title: str, sitename: str | None, url: str | None, *, whole: bool = False) -> str:
    """``title`` without leading or trailing parts that name the site or a date (with
    ``whole``, parts that are the site's name mostly, as for a heading: the reader sees a
    heading, so it keeps its other parts)."""
    parts = [p for p in TITLE_SEPARATOR.split(title) if p.strip()]
    if len(parts) < 2:
        return title.strip()
    keys = _site_keys(sitename, url)
    while len(parts) > 1 and _names_site(parts[-1], keys, whole=whole):
        parts.pop()
    while len(parts) > 1 and _names_site(parts[0], keys, whole=whole):
        parts.pop(0)
    if len(parts) == len(TITLE_SEPARATOR.split(title)):
        return title.strip() if whole else _longest_of_pipes(title.strip())
    # Cut only at the separators found: rejoin what is left as the page wrote it.
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    kept = title[start:end].strip() if 0 <= start < end else title.strip()
    return kept if whole else _longest_of_pipes(kept)


def _longest_of_pipes(title: str) -> str:
    """A headline holds no " | ": of the parts a title has between them (a section, a
    series, a site the page does not name), the longest is the headline."""
    parts = [part.strip() for part in title.split(" | ")]
    return max(parts, key=len) if len(parts) > 1 else title


def heading_text(heading: HtmlElement) -> str:
    """The words of a heading, without the date a ``<time>`` in it gives ("Dec 18 2025
    Preparing a transition …")."""
    if next(heading.iter("time"), None) is not None:
        heading = copy.deepcopy(heading)
        for time in list(heading.iter("time")):
            time.drop_tree()
    return " ".join(text_content(heading).split())


def metadata_titles(tree: HtmlElement, title: str | None) -> list[str]:
    """The titles a page gives itself: ``title`` (the metadata's choice), then ``og:title``,
    ``twitter:title`` and ``<title>``, each once."""
    found = [title or ""]
    found += [
        content
        for meta in metas(tree)
        if (meta.get("property") in SOCIAL_TITLES or meta.get("name") in SOCIAL_TITLES)
        and (content := meta.get("content")) is not None
    ]
    if (first := next(tree.iterfind(".//title"), None)) is not None:  # the first only
        found.append(text_content(first))
    titles: dict[str, str] = {}
    for text in found:
        text = " ".join(str(text).split())
        if len(text.split()) > MAX_TITLE_WORDS:
            continue
        if text and paragraph_key(text) not in titles:
            titles[paragraph_key(text)] = text
    return list(titles.values())


def _agreement(words: set[str], title_words: set[str]) -> float:
    """The share of the words of the shorter of two headings that the other has too."""
    return len(words & title_words) / max(1, min(len(words), len(title_words)))


def headline(
    tree: HtmlElement, title: str | None, sitename: str | None, url: str | None
) -> str | None:
    """The page's headline (see the module's docstring)."""
    keys = _site_keys(sitename, url)
    titles = metadata_titles(tree, title)
    stripped = [strip_site(t, sitename, url) for t in titles]
    # An <h1> equal to the longest part of a title, cut at its separators, is the headline
    # even where the site's name is in it ("The Guardian view on … | Editorial").
    parts = {paragraph_key(max(TITLE_SEPARATOR.split(t), key=len)) for t in titles}
    headings = []
    for h1 in tree.iter("h1"):
        # an <h1> may carry the site's name too ("… – Artlyst")
        text = strip_site(heading_text(h1), sitename, url, whole=True)
        if text and len(text) <= MAX_HEADLINE_CHARS and not _names_site(text, keys, whole=True):
            headings.append(text)
    for text in headings:
        if paragraph_key(text) in parts:
            return text
    if headings and not titles:
        return headings[0]
    title_words = [_words(t) for t in titles + stripped]
    agreeing = []
    for text in headings:
        words = _words(text)
        if (share := max(_agreement(words, t) for t in title_words)) >= MIN_AGREEMENT:
            agreeing.append((share, text))
    if agreeing:  # the first <h1> that agrees, or the first that agrees wholly
        return next((text for share, text in agreeing if share == 1), agreeing[0][1])
    return stripped[0] if stripped else title
