"""One parsed page and what several extraction stages read from it, each read once.

The teaser scan, the metadata, the claims and the page features all ask the same questions of
a page (its JSON-LD, its Open Graph type, its text, the text measures of its elements); a
:class:`Page` answers each the first time it is asked and remembers the answer. The tree must
not change after a question was answered (extraction changes it only before: layout repairs,
profile prunes).
"""

from __future__ import annotations

import json
from functools import cached_property
from typing import TYPE_CHECKING, Any

from newscorpus.extract.textstats import Measures, measure_tree

if TYPE_CHECKING:
    from collections.abc import Iterator

    from lxml.html import HtmlElement

#: JSON-LD keys under which a page nests the objects it describes.
NESTING_KEYS = frozenset({"@graph", "mainEntity"})
#: The page's regions around its story: header, footer, navigation, sidebars.
LANDMARK_TAGS = frozenset({"header", "footer", "nav", "aside"})


class Page:
    """A page's tree and URL, with lazily computed, cached readings of it."""

    def __init__(self, tree: HtmlElement, url: str | None = None) -> None:
        self.tree = tree
        self.url = url

    @cached_property
    def body(self) -> HtmlElement:
        """The ``<body>`` element, or the whole tree when the page has none."""
        body = self.tree.find("body")
        return body if body is not None else self.tree

    @cached_property
    def measures(self) -> Measures:
        """Text measures of every element of the body (:mod:`.textstats`)."""
        return measure_tree(self.tree, self.url)

    @cached_property
    def free_text_chars(self) -> int:
        """Characters of the body's text outside links and outside its header, footer,
        navigation and sidebars: the room an article's prose can take on this page."""
        measures = self.measures

        def free(element: HtmlElement) -> int:
            m = measures.get(element)
            return m.chars - m.link_chars if m is not None else 0

        outermost = (
            el
            for el in self.body.iter(*LANDMARK_TAGS)
            if not any(a.tag in LANDMARK_TAGS for a in el.iterancestors())
        )
        return max(0, free(self.body) - sum(free(el) for el in outermost))

    @cached_property
    def text(self) -> str:
        """The text of the whole page, as ``text_content()`` gives it."""
        return self.tree.text_content()

    @cached_property
    def body_text(self) -> str:
        """The body's text, white space collapsed."""
        return " ".join(self.body.text_content().split())

    @cached_property
    def json_ld(self) -> list[dict[str, Any]]:
        """The JSON-LD objects of the page, nested ones (``@graph``, ``mainEntity``) included;
        unreadable scripts are skipped."""
        objects: list[dict[str, Any]] = []
        root = self.tree.getroottree().getroot()
        for script in (s for s in root.iter("script") if s.get("type") == "application/ld+json"):
            try:
                data = json.loads(script.text_content())
            except (ValueError, TypeError):
                continue
            stack = [data]
            while stack:
                item = stack.pop()
                if isinstance(item, list):
                    stack.extend(item)
                elif isinstance(item, dict):
                    objects.append(item)
                    stack.extend(v for k, v in item.items() if k in NESTING_KEYS)
        return objects

    @cached_property
    def json_ld_types(self) -> frozenset[str]:
        """The schema.org types the page's JSON-LD declares, lower-cased."""
        return frozenset(t for obj in self.json_ld for t in schema_types(obj))

    @cached_property
    def itemtypes(self) -> frozenset[str]:
        """The schema.org types of the page's microdata (``itemtype``), lower-cased."""
        return frozenset(
            t.rstrip("/").rsplit("/", 1)[-1].lower()
            for t in self.tree.xpath("//@itemtype", smart_strings=False)
        )

    @cached_property
    def og_type(self) -> str:
        """The page's Open Graph type, lower-cased ("" when it gives none): the first
        ``<meta property="og:type">`` with a content's."""
        for meta in metas(self.tree):
            if meta.get("property") == "og:type" and (content := meta.get("content")) is not None:
                return content.strip().lower()
        return ""


def metas(tree: HtmlElement) -> Iterator[HtmlElement]:
    """The ``<meta>`` elements of the document ``tree`` is part of (what ``//meta`` selects),
    in document order, without an XPath pass over the whole document."""
    return tree.getroottree().getroot().iter("meta")


def meta_contents(tree: HtmlElement, keys: frozenset[str]) -> list[str]:
    """The ``content`` of the document's ``<meta>`` whose ``property`` or ``name`` is one of
    ``keys``, in document order."""
    return [
        content
        for meta in metas(tree)
        if (meta.get("property") in keys or meta.get("name") in keys)
        and (content := meta.get("content")) is not None
    ]


def schema_types(obj: dict[str, Any]) -> set[str]:
    """The lower-cased ``@type`` values of one JSON-LD object."""
    value = obj.get("@type", [])
    values = value if isinstance(value, list) else [value]
    return {str(v).lower() for v in values}
