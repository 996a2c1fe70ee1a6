"""Boxes of other content: sign-up forms, hidden copies, blocks labelled "related"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newscorpus.extract.related import RELATED_CLASS
from newscorpus.extract.teasers.common import (
    BLOCK_TAGS,
    FORM_TAGS,
    MAX_SHARE_OF_PAGE,
    MAX_SIGNUP_CHARS,
)
from newscorpus.extract.textstats import Measures, in_order, link_density

if TYPE_CHECKING:
    from collections.abc import Iterator

    from lxml.html import HtmlElement


def signup_boxes(measures: Measures, page_chars: int) -> Iterator[HtmlElement]:
    """Small boxes built around a form: newsletter sign-ups, subscription and search boxes."""
    for form in in_order(measures, FORM_TAGS):
        box = form
        for ancestor in form.iterancestors():
            m = measures.get(ancestor)
            if ancestor.tag in {"body", "html", "main", "article"} or m is None:
                break
            if m.chars > MAX_SIGNUP_CHARS or m.chars > MAX_SHARE_OF_PAGE * page_chars:
                break
            box = ancestor
        yield box


HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def hidden_elements(measures: Measures) -> Iterator[HtmlElement]:
    """Elements a reader never sees: ``hidden``, ``display: none``, ``visibility: hidden``
    (often a machine-readable copy of the metadata, or of the body itself)."""
    for element in measures.position:  # document order
        if not measures[element].chars or element.tag == "body":
            continue
        style = element.get("style")
        if element.get("hidden") is not None or (style and HIDDEN_STYLE.search(style)):
            yield element


def labelled_boxes(measures: Measures, page_chars: int) -> Iterator[HtmlElement]:
    """Blocks labelled related/recommended/... by class or id whose text is mostly links."""
    for element in in_order(measures, BLOCK_TAGS):
        m = measures.get(element)
        if m is None or not m.links or m.chars > MAX_SHARE_OF_PAGE * page_chars:
            continue
        if link_density(m) < 0.5:
            continue
        label = f"{element.get('class', '')} {element.get('id', '')}".lower()
        if label.strip() and RELATED_CLASS.search(label):
            yield element
