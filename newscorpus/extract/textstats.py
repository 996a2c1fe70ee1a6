"""Per-element text measures of an HTML tree, computed once, bottom-up.

Teaser detection asks the same questions of many nested elements (how much text, how much of
it inside links, how many distinct link targets); answering them from one pass keeps it linear
in the size of the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from lxml import etree

if TYPE_CHECKING:
    from lxml.html import HtmlElement

SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})
HTTP = frozenset({"http", "https"})


@dataclass(slots=True)
class Measure:
    """Text measures of one element (descendants included)."""

    chars: int = 0
    link_chars: int = 0
    links: int = 0  # links to other pages below it
    first_link: str | None = None  # the first of them, in document order
    target: str | None = None  # for a link: the other page it leads to


def link_target(anchor: HtmlElement, base_url: str | None) -> str | None:
    """The absolute, fragment-less target of an ``<a href>``, or None for in-page, script
    and mail links."""
    href = (anchor.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return None
    if base_url and not href.startswith(("http://", "https://")):
        origin = _origin(base_url)
        href = origin + href if origin and _plain_root_relative(href) else _join(base_url, href)
    return href.partition("#")[0]


@lru_cache(maxsize=4096)
def _join(base_url: str, href: str) -> str:
    return urljoin(base_url, href)


@lru_cache(maxsize=256)
def _origin(base_url: str) -> str | None:
    """``scheme://netloc`` of an http(s) URL with a host, or None."""
    try:
        parts = urlsplit(base_url)
    except ValueError:
        return None
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in HTTP and parts.netloc else None


def _plain_root_relative(href: str) -> bool:
    """Whether urljoin gives ``origin + href`` for ``href``: a root-relative path (not
    ``//host``) without dot segments and characters urljoin removes, and without an empty
    query (urljoin drops a bare ``?``)."""
    if not href.startswith("/") or href.startswith("//") or "/." in href:
        return False
    if "\t" in href or "\n" in href or "\r" in href:
        return False
    before_fragment = href.partition("#")[0]
    question = before_fragment.find("?")
    return question < 0 or question < len(before_fragment) - 1


class Measures(dict):  # type: ignore[type-arg]
    """Measures by element, with the elements' document order and an index by tag."""

    def __init__(self) -> None:
        super().__init__()
        self.position: dict[HtmlElement, int] = {}
        self.by_tag: dict[str, list[HtmlElement]] = {}


def measure_tree(root: HtmlElement, base_url: str | None) -> Measures:
    """Measures for every element of the page's body: characters of text (surrounding white
    space ignored), characters inside links to other pages, and how many other pages are
    linked below it."""
    own_url = base_url.partition("#")[0].rstrip("/") if base_url else None
    body = root.find("body")
    elements = list((body if body is not None else root).iter(etree.Element))
    measures = Measures()
    measures.position = {el: i for i, el in enumerate(elements)}
    by_tag = measures.by_tag
    get = measures.get
    # Children before parents; locals rather than attribute updates: this loop sees every
    # element of the page.
    for element in reversed(elements):
        tag = element.tag
        if tag in by_tag:
            by_tag[tag].append(element)
        else:
            by_tag[tag] = [element]
        if tag in SKIPPED_TAGS:
            measures[element] = Measure()
            continue
        text = element.text
        chars = len(text.strip()) if text else 0
        link_chars = links = 0
        first_link = None
        for child in element:
            tail = child.tail
            if tail:
                chars += len(tail.strip())
            child_m = get(child)
            if child_m is not None:
                chars += child_m.chars
                link_chars += child_m.link_chars
                if child_m.links:
                    links += child_m.links
                    first_link = first_link or child_m.first_link
        m = Measure(chars, link_chars, links, first_link)
        if tag == "a":
            target = link_target(element, base_url)
            if target and target.rstrip("/") != own_url:
                m.target = m.first_link = target
                m.links = 1
                m.link_chars = chars
        measures[element] = m
    for tagged in by_tag.values():
        tagged.reverse()
    return measures


def in_order(measures: Measures, tags: frozenset[str]) -> list[HtmlElement]:
    """The measured elements with one of ``tags``, in document order (no new tree walk)."""
    found = [el for tag in tags for el in measures.by_tag.get(tag, ())]
    return sorted(found, key=measures.position.__getitem__)


def link_density(m: Measure) -> float:
    """Share of an element's text that sits inside links."""
    return m.link_chars / m.chars if m.chars else 0.0
