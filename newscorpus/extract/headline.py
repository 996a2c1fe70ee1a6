"""The headline alone: the title without the publisher's name, separators or dates.

``<title>`` and ``og:title`` often carry the site's name ("… | Börsen-Zeitung", "… - Golem.de",
"NASA Visualization Studio | …"), while the page's ``<h1>`` holds the headline as the reader
sees it. The headline is the ``<h1>`` (without a site suffix or a ``<time>`` of its own) that
equals the longest part of one of the titles the page gives itself (metadata, ``og:title``,
``twitter:title``, ``<title>``) or agrees with one (shares most of its words), and is not the
site's name; failing that, the first metadata title that is not the site's name, with the parts
that name the site (and a tagline after it), a section of the site or a date cut off at a
separator, and of its parts between " | " the longest.

What names the site: the names the page gives it (trafilatura's site name, ``og:site_name``,
``application-name``, the JSON-LD publisher's and website's names) and its registered domain
("golem" for www.golem.de, "bbc" for www.bbc.co.uk), compared without case, accents or
punctuation ("Börsen-Zeitung" is boersen-zeitung.de), also as initials ("Neue Zürcher
Zeitung" is nzz.ch) or with letters left out ("The New York Times" is nytimes.com).
"""

from __future__ import annotations

import copy
import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from newscorpus.extract.page import Page, meta_contents
from newscorpus.extract.structure import PARAGRAPH_BREAKS
from newscorpus.extract.text import TITLE_SEPARATOR, paragraph_key, text_content
from newscorpus.urls import site_of

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: An <h1> shares at least this share of the words of the shorter of it and the title.
MIN_AGREEMENT = 0.5
#: A heading names the site when the site's name is at least this share of it.
SITE_SHARE = 0.4
#: A metadata "title" of more words is a description, no title.
MAX_TITLE_WORDS = 30
MAX_HEADLINE_CHARS = 300
#: How the months' names begin in the languages news sites are most often written in (English,
#: German, French, Spanish, Italian, Portuguese, Dutch, Nordic, Polish, Czech, Russian).
MONTH_STARTS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mär",
    "mai", "okt", "dez", "janv", "févr", "avr", "juil", "août", "déc", "ene", "abr", "ago",
    "dic", "gen", "mag", "giu", "lug", "set", "ott", "fev", "out", "maa", "mei", "maj", "sty",
    "lut", "kwi", "cze", "lip", "sie", "wrz", "paź", "lis", "gru", "led", "úno", "bře", "dub",
    "kvě", "čer", "črv", "srp", "zář", "říj", "pro", "янв", "фев", "мар", "апр", "мая", "июн",
    "июл", "авг", "сен", "окт", "ноя", "дек",
)  # fmt: skip
_MONTH = rf"(?:{'|'.join(MONTH_STARTS)})[^\W\d_]{{0,8}}\.?"  # a month's name or abbreviation
_TIME = r"(?:,?\s*(?:um\s+|at\s+|à\s+)?\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h|am|pm|[a-z]{2,4}))?)?"
#: A part after a separator that is only a date ("13.06.2023", "2023-06-13", "June 13, 2023",
#: "13. Juni 2023", "Tuesday, 13 June 2023 14:05") names no story.
DATE_PART = re.compile(
    rf"^(?:[^\W\d_]{{2,12}},?\s+)?(?:"
    rf"\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}}"  # 13.06.2023, 2023-06-13, 6/13/23
    rf"|\d{{1,2}}\.?\s+(?:de\s+)?{_MONTH},?\s+(?:de\s+)?\d{{4}}"  # 13 June 2023, 13 de junio
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"  # June 13, 2023
    rf"|\d{{4}}年\d{{1,2}}月\d{{1,2}}日"
    rf"){_TIME}$|^\d{{1,4}}(?:[\s./,:-]+\d{{1,4}})+$",  # numbers alone: two at least
    re.IGNORECASE,
)
#: A title's character references written twice ("&amp;quot;" arrives as "&quot;").
ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});", re.IGNORECASE)
#: A part leading a title names the site when the site's name is this share of it at least.
LEADING_SHARE = 0.6
#: What parts the words of a heading: a line break, a block.
WORD_BREAKS = PARAGRAPH_BREAKS | {"br"}
#: A site's name with a section ("CNN Politics", "Yle Uutiset") has at most this many words.
MAX_NAME_AND_SECTION_WORDS = 3
#: What folding drops: all but letters and digits.
NOT_LETTER = re.compile(r"[\W_]")
#: Host names' first labels that name no site.
HOST_PREFIXES = frozenset({"www", "m", "amp"})
#: Site-name keys this short are matched only whole (an edge part "DW", "FT").
MIN_FUZZY_KEY = 3
#: A site's name written with letters left out ("nytimes" for "The New York Times") is at
#: least this share of the part's letters ...
MIN_ABBREVIATION_SHARE = 0.4
#: ... and the part is at most this many words.
MAX_SITE_WORDS = 5
#: "News", "Latest", "Breaking" in the languages news sites are most often written in (folded):
#: a part of a title after its headline made of them is a section.
NEWS_WORDS = frozenset(
    {
        "news", "latest", "breaking", "aktuell", "aktuelles", "nachrichten", "neuigkeiten",
        "meldungen", "noticias", "noticia", "ultimas", "actualidad", "noticies", "actualites",
        "actualite", "infos", "info", "notizie", "ultime", "nieuws", "laatste", "nyheter",
        "nyheder", "uutiset", "frettir", "wiadomosci", "zpravy", "spravy", "hirek", "stiri",
        "vijesti", "novice", "novinky", "ειδησεις", "новости", "новини", "вести", "haberler",
        "haber", "sondakika", "berita", "tin", "tuc", "أخبار", "חדשות",
        "뉴스", "ニュース", "新闻", "新聞",
    }
)  # fmt: skip
#: Folds letters to what a host name writes for them ("ö" in "Börsen" is "oe", "ø" is "o").
TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae",
                                 "ø": "o", "å": "a", "œ": "oe", "ł": "l", "đ": "d"})  # fmt: skip


def _words(text: str) -> set[str]:
    """The words of a heading, of two characters or more ("M&A" shares no word)."""
    return {word for word in paragraph_key(text).split() if len(word) > 1}


def unescape(text: str) -> str:
    """``text`` with character references written twice decoded ("&quot;" in a title read
    from "&amp;quot;")."""
    return html.unescape(text) if ENTITY.search(text) else text


def _fold(text: str) -> str:
    """Letters and digits only, without case or accents ("Börsen-Zeitung" -> boersenzeitung)."""
    if text.isascii():
        return NOT_LETTER.sub("", text.lower())
    folded = unicodedata.normalize("NFKD", text.casefold().translate(TRANSLITERATION))
    return NOT_LETTER.sub("", "".join(c for c in folded if not unicodedata.combining(c)))


#: The ``<meta>`` (by ``property`` or ``name``) that give a page's title ...
TITLE_METAS = frozenset({"og:title", "twitter:title"})
#: ... and its site's name.
SITE_NAME_METAS = frozenset({"og:site_name", "application-name", "apple-mobile-web-app-title"})


def site_names(
    tree: HtmlElement, sitename: str | None = None, json_ld: list[dict[str, Any]] | None = None
) -> list[str]:
    """The names the page gives its site: ``sitename`` (the metadata's), ``og:site_name``,
    ``application-name`` and the JSON-LD publisher's and website's names (of ``json_ld``, the
    page's objects, when read already)."""
    names = [sitename or ""]
    names += meta_contents(tree, SITE_NAME_METAS)
    for obj in Page(tree).json_ld if json_ld is None else json_ld:
        names += _names_in(obj.get("publisher"))
        if "WebSite" in str(obj.get("@type")):
            names += _names_in(obj)
    return [str(name) for name in names if str(name).strip()]


def _names_in(value: Any) -> list[str]:
    """The ``name`` of a JSON-LD object, or of each of a list of them."""
    objects = value if isinstance(value, list) else [value]
    return [o["name"] for o in objects if isinstance(o, dict) and isinstance(o.get("name"), str)]


def _site_keys(names: list[str] | str | None, url: str | None) -> list[str]:
    """The folded names of the site: the names the page gives it, its registered domain's
    label and its host name without "www"."""
    names = [names] if isinstance(names, str) else names or []
    # a name with separators of its own also names the site by each of its parts
    keys = [_fold(part) for name in names for part in [name, *TITLE_SEPARATOR.split(name)]]
    host = urlsplit(url).hostname if url else None
    if host:
        keys += _host_keys(host)
    return list(dict.fromkeys(k for k in keys if len(k) >= 2))


@lru_cache(maxsize=4096)
def _host_keys(host: str) -> tuple[str, str]:
    """The folded label of a host's registered domain ("bbc" for www.bbc.co.uk) and the host
    without "www" ("bbccouk"); a crawl asks for few hosts, often."""
    domain = [
        label for label in site_of(f"http://{host}/").split(".") if label not in HOST_PREFIXES
    ]
    labels = [label for label in host.split(".") if label not in HOST_PREFIXES]
    return (_fold(domain[0]) if domain else "", _fold("".join(labels)))


def _initials(part: str) -> str:
    """The first letters of a part's words, folded ("Neue Zürcher Zeitung" -> nzz)."""
    return "".join(_fold(word)[:1] for word in part.split())


def _abbreviates(key: str, part: str, part_key: str) -> bool:
    """Whether ``key`` writes ``part`` shortened: its initials ("nzz", "Neue Zürcher Zeitung";
    "ft", "Financial Times"; "The" left out or not) or its letters in order, from its first
    word's or its second word's first letter ("nytimes", "The New York Times")."""
    if len(part.split()) > MAX_SITE_WORDS:
        return False
    initials = _initials(part)
    if key == initials and len(key) >= 2:  # "ft", "Financial Times"
        return True
    if len(key) < MIN_FUZZY_KEY:
        return False
    if key == initials[1:]:  # "nyt", "The New York Times"
        return True
    if len(key) < MIN_ABBREVIATION_SHARE * len(part_key) or key in part_key:
        return False  # too few of its letters, or not shortened (:func:`_names_site`)
    starts = {_fold(word)[:1] for word in part.split()[:2]}
    if key[0] not in starts:
        return False
    rest = iter(part_key[part_key.index(key[0]) :])
    return all(char in rest for char in key)


def _names_site(part: str, site_keys: list[str], *, whole: bool = False, share: float = 0) -> bool:
    """Whether ``part`` of a title names the site (or is a date). With ``whole`` (a heading,
    not a part cut at a separator), the site's name must be most of it: "Gardenary
    Planting vs. Ordinary Planting" on gardenary.com is a headline; ``share`` asks for that
    share of the part (a part leading a title: "Spiegel-Affäre - Was damals geschah")."""
    key = _fold(part)
    if not key:
        return True
    if DATE_PART.match(part.strip()):
        return True
    share = max(share, SITE_SHARE if whole else 0)
    # a long part holding the name names its site only when the name is most of it
    # ("comwrap auf der DMEXCO 2018" is a headline's part, "CNN Politics" a site's)
    few = len(part.split()) <= MAX_NAME_AND_SECTION_WORDS
    return any(
        key == k
        or (
            len(k) >= MIN_FUZZY_KEY
            and k in key
            and len(k) >= share * len(key)
            and (few or len(k) >= SITE_SHARE * len(key))
        )
        or (len(key) >= MIN_FUZZY_KEY and key in k and len(key) >= SITE_SHARE * len(k))
        or (not whole and _abbreviates(k, part, key))
        for k in site_keys
    )


@dataclass(frozen=True, slots=True)
class Site:
    """What names a page's site: the names the page gives it, their folded keys (with its
    domain's), and the folders of the page's URL (its sections)."""

    names: tuple[str, ...]
    keys: tuple[str, ...]
    sections: frozenset[str]

    @classmethod
    def of(cls, names: list[str] | str | None, url: str | None) -> Site:
        named = [names] if isinstance(names, str) else list(names or [])
        return cls(tuple(named), tuple(_site_keys(named, url)), frozenset(_sections(url)))


def strip_site(
    title: str, sitename: str | list[str] | Site | None, url: str | None, *, whole: bool = False
) -> str:
    """``title`` without leading or trailing parts that name the site or a date (with
    ``whole``, parts that are the site's name mostly, as for a heading: the reader sees a
    heading, so it keeps its other parts). ``sitename`` is the site's name, or all the names
    the page gives it, or its :class:`Site`."""
    site = sitename if isinstance(sitename, Site) else Site.of(sitename, url)
    keys = list(site.keys)
    title = _cut_names(title.strip(), site.names)
    parts = [p for p in TITLE_SEPARATOR.split(title) if p.strip()]
    if len(parts) < 2:
        return title.strip()
    # the site's name and what follows it: a tagline ("… – SPIEGEL ONLINE – Nachrichten")
    for i in range(1, len(parts) - 1):
        if len(parts[i].split()) <= MAX_SITE_WORDS and _names_site(parts[i], keys, whole=True):
            del parts[i:]
            break
    # the site's name, a date, a section of the site ("… - Politik - SPIEGEL", /politik/ in
    # its URL; "… - Latest News"), from the end
    while len(parts) > 1 and (
        _names_site(parts[-1], keys, whole=whole)
        or (not whole and _is_section(parts[-1], site.sections))
    ):
        parts.pop()
    while len(parts) > 1 and _names_site(parts[0], keys, whole=whole, share=LEADING_SHARE):
        parts.pop(0)
    if len(parts) == len(TITLE_SEPARATOR.split(title)):
        return title.strip() if whole else _longest_of_pipes(title.strip())
    # Cut only at the separators found: rejoin what is left as the page wrote it.
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    kept = title[start:end].strip() if 0 <= start < end else title.strip()
    return kept if whole else _longest_of_pipes(kept)


def _sections(url: str | None) -> set[str]:
    """The folded folders of a URL's path ("politik" for /politik/ausland/story-123.html)."""
    folders = urlsplit(url).path.split("/")[1:-1] if url else []
    return {key for folder in folders if len(key := _fold(folder)) >= MIN_FUZZY_KEY}


def _is_section(part: str, sections: frozenset[str]) -> bool:
    """Whether a part of a title names a section: a folder of the page's URL, or "News" (in
    the languages news sites are most often written in)."""
    words = [_fold(word) for word in part.split()]
    return _fold(part) in sections or (bool(words) and all(w in NEWS_WORDS for w in words))


def _cut_names(title: str, names: tuple[str, ...]) -> str:
    """``title`` without a site name that has separators of its own ("ČT24 - Nejdůvěryhodnější
    zpravodajský web - Česká televize") standing whole at its start or end."""
    for name in names:
        name = " ".join(name.split())
        if not TITLE_SEPARATOR.search(name) or len(name) >= len(title):
            continue
        if title.casefold().endswith(name.casefold()):
            rest = title[: -len(name)]
            if cut := re.search(rf"(?:{TITLE_SEPARATOR.pattern})$", rest):
                return rest[: cut.start()].strip()
        if title.casefold().startswith(name.casefold()):
            rest = title[len(name) :]
            if cut := re.match(TITLE_SEPARATOR, rest):
                return rest[cut.end() :].strip()
    return title


def _longest_of_pipes(title: str) -> str:
    """A headline holds no " | ": of the parts a title has between them (a section, a
    series, a site the page does not name), the longest is the headline."""
    parts = [part.strip() for part in title.split(" | ")]
    return max(parts, key=len) if len(parts) > 1 else title


def heading_text(heading: HtmlElement) -> str:
    """The words of a heading, without the date a ``<time>`` in it gives ("Dec 18 2025
    Preparing a transition …"); a ``<br>`` or a block in it parts words ("Weekend<br>Coding",
    "<p>Tax 101</p><h4>A guide …</h4>")."""
    times = list(heading.iter("time"))
    breaks = [e for e in heading.iterdescendants() if e.tag in WORD_BREAKS]
    if times or breaks:
        heading = copy.deepcopy(heading)
        for time in list(heading.iter("time")):
            time.drop_tree()
        for element in heading.iterdescendants():
            if element.tag in WORD_BREAKS:
                element.text = " " + (element.text or "")
                element.tail = " " + (element.tail or "")
    return unescape(" ".join(text_content(heading).split()))


def metadata_titles(tree: HtmlElement, title: str | None) -> list[str]:
    """The titles a page gives itself: ``title`` (the metadata's choice), then ``og:title``,
    ``twitter:title`` and ``<title>``, each once."""
    found = [title or ""]
    found += meta_contents(tree, TITLE_METAS)
    if (first := next(tree.iterfind(".//title"), None)) is not None:  # the first only
        found.append(text_content(first))
    titles: dict[str, str] = {}
    for text in found:
        text = unescape(" ".join(str(text).split()))
        if len(text.split()) > MAX_TITLE_WORDS:
            continue
        if text and paragraph_key(text) not in titles:
            titles[paragraph_key(text)] = text
    return list(titles.values())


def _agreement(words: set[str], title_words: set[str]) -> float:
    """The share of the words of the shorter of two headings that the other has too."""
    return len(words & title_words) / max(1, min(len(words), len(title_words)))


def headline(
    tree: HtmlElement,
    title: str | None,
    sitename: str | None,
    url: str | None,
    json_ld: list[dict[str, Any]] | None = None,
) -> str | None:
    """The page's headline (see the module's docstring); ``json_ld``: the page's JSON-LD
    objects, when read already."""
    titles = metadata_titles(tree, title)
    # a "site name" that is a title of the page is a fallback of the metadata's, no name
    title_keys = {_fold(t) for t in titles}
    site = Site.of(
        [n for n in site_names(tree, sitename, json_ld) if _fold(n) not in title_keys], url
    )
    keys = list(site.keys)
    # a title that is the site's name alone names no story
    stripped = [s for t in titles if _fold(s := strip_site(t, site, url)) not in keys]
    # An <h1> equal to the longest part of a title, cut at its separators, is the headline
    # even where the site's name is in it ("The Guardian view on … | Editorial").
    parts = {paragraph_key(max(TITLE_SEPARATOR.split(t), key=len)) for t in titles}
    headings = []
    for h1 in tree.iter("h1"):
        # an <h1> may carry the site's name too ("… – Artlyst")
        text = _longest_of_pipes(strip_site(heading_text(h1), site, url, whole=True))
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
    if stripped:
        return stripped[0]
    return strip_site(titles[0], site, url) if titles else title
