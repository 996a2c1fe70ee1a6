"""The author named in a page's markup, found as trafilatura's ``extract_author`` finds it, in
one walk over the tree.

trafilatura 2.3.1 copies the whole tree, prunes comment, sidebar, date and figure blocks from
the copy, then evaluates three XPath expressions of decreasing precision over every element,
matching class and id values with regular expressions that lxml answers by calling back into
Python. On news pages that is the slowest part of reading the metadata. Every one of those
expressions tests an element's own tag and attributes only (literal values, prefixes and
substrings), so the same rules can be applied to each element during a single walk that skips
the pruned blocks, without copying anything. ``tests/test_metadata.py`` checks that both
return the same author on the fixture and benchmark pages.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml.etree import Element
from trafilatura.json_metadata import normalize_authors

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# A substring of every attribute value a rule below tests for: elements whose attributes hold
# none of them (most of a page) need no closer look.
HINT = re.compile(
    r"uthor|yline|byl|BBL|username|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by"
    r"|journalist-name|screenname|writer|omments|title|date|comment-list|commentlist"
    r"|ProductReviews|sidebar|is-hidden|quote|embedly-instagram|article-s|print|category"
    r"|meta-|Figure"
)
MAX_AUTHOR_CHARS = 120
MIN_AUTHOR_CHARS = 3

# Blocks trafilatura prunes before looking for the author.
PRUNED_TAGS = frozenset({"time", "figure"})
TAGGED = PRUNED_TAGS | {"author"}
PRUNABLE_TAGS = frozenset({"a", "div", "section", "span"})
PRUNED_EXACT = {"id": ("comments",), "class": ("comments", "title", "date")}
PRUNED_PREFIX = {"id": ("comments",), "class": ("comments", "Comments")}
PRUNED_SUBSTRING = {
    "id": ("commentlist", "comment-list", "ProductReviews"),
    "class": (
        "commentlist",
        "comments-list",
        "sidebar",
        "is-hidden",
        "quote",
        "embedly-instagram",
        "article-share",
        "article-support",
        "print",
        "category",
        "meta-date",
        "meta-reviewer",
    ),
    "data-component": ("Figure",),
}

# The three levels of author markup, most specific first: (tags or None for any, exact
# attribute values, substrings of attribute values).
SPECIFIC_TAGS = frozenset({"a", "address", "div", "link", "p", "span", "strong"})
GENERIC_TAGS = frozenset({"a", "div", "h3", "h4", "p", "span"})
Rule = tuple[frozenset[str] | None, dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]
LEVELS: tuple[Rule, ...] = (
    (
        SPECIFIC_TAGS,
        {
            "rel": ("author",),
            "id": ("author",),
            "class": ("author",),
            "itemprop": ("author name",),
            "data-testid": ("AuthorCard", "AuthorURL"),
        },
        {"class": ("authorname", "author-name", "AuthorName", "authorName")},
    ),
    (
        GENERIC_TAGS,
        {"class": ("byline", "username", "byl", "BBL")},
        {
            "itemprop": ("author",),
            "id": ("author", "zuozhe", "bianji", "xiaobian"),
            "class": (
                "author",
                "channel-name",
                "zuozhe",
                "bianji",
                "xiaobian",
                "submitted-by",
                "posted-by",
                "journalist-name",
            ),
        },
    ),
    (
        None,
        {},
        {
            "data-component": ("Byline",),
            "itemprop": ("author",),
            "id": ("Author", "author"),
            "class": ("Author", "author", "screenname", "writer", "Byline", "byline"),
        },
    ),
)


def _attributes_match(
    element: HtmlElement,
    exact: dict[str, tuple[str, ...]],
    substrings: dict[str, tuple[str, ...]],
    prefixes: dict[str, tuple[str, ...]] | None = None,
) -> bool:
    """Whether one of the element's attributes has one of the ``exact`` values, starts with
    one of the ``prefixes`` or contains one of the ``substrings``."""
    for attribute, values in exact.items():
        if element.get(attribute) in values:
            return True
    for attribute, starts in (prefixes or {}).items():
        if (element.get(attribute) or "").startswith(starts):
            return True
    for attribute, needles in substrings.items():
        value = element.get(attribute)
        if value and any(needle in value for needle in needles):
            return True
    return False


def _matches(element: HtmlElement, rule: Rule) -> bool:
    tags, exact, substrings = rule
    if tags is not None and element.tag not in tags:
        return False
    return _attributes_match(element, exact, substrings)


def _pruned(element: HtmlElement) -> bool:
    tag = element.tag
    if tag in PRUNED_TAGS:
        return True
    if tag not in PRUNABLE_TAGS:
        return False
    return _attributes_match(element, PRUNED_EXACT, PRUNED_SUBSTRING, PRUNED_PREFIX)


def _inside_pruned(element: HtmlElement, pruned: set[HtmlElement]) -> bool:
    return element in pruned or any(a in pruned for a in element.iterancestors())


def _kept_text(element: HtmlElement) -> str:
    """The text below ``element`` with pruned blocks left out (their tails stay), as
    trafilatura reads it: text nodes joined by spaces, white space collapsed."""
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        for child in node:
            if isinstance(child.tag, str) and not _pruned(child):
                if child.text:
                    parts.append(child.text)
                walk(child)
            if child.tail:
                parts.append(child.tail)

    if element.text:
        parts.append(element.text)
    walk(element)
    return " ".join(" ".join(parts).split())


def markup_author(tree: HtmlElement) -> str | None:
    """The author named by author/byline classes and ids in the page, or None."""
    candidates: tuple[list[HtmlElement], ...] = ([], [], [])
    pruned: set[HtmlElement] = set()
    for element in tree.iter(Element):
        if element.tag not in TAGGED and not HINT.search(" ".join(element.attrib.values())):
            continue
        if _pruned(element):
            pruned.add(element)
        elif element.tag == "author":
            candidates[0].append(element)
        else:
            for level, rule in enumerate(LEVELS):
                if _matches(element, rule):
                    # A later level would read the same text: the first is enough.
                    candidates[level].append(element)
                    break
    for found in candidates:
        for element in found:
            if _inside_pruned(element, pruned):
                continue
            text = _kept_text(element)
            if MIN_AUTHOR_CHARS <= len(text) < MAX_AUTHOR_CHARS:
                return normalize_authors(None, text)
    return None
