"""Finding teasers of other stories in a page's HTML, before the body is extracted.

A teaser is text that points the reader at another story: a headline and the first sentences
of another article, usually wrapped in a link. Sites rarely label them in a way that carries
over to other sites, so each detector here relies on structure, not on one site's class names:

- ``link-wrapped`` (:mod:`.links`): a link that wraps block content (a card, a paragraph) or a
  whole long paragraph and points to another page, or a "pointer" paragraph that is one such
  link (or a list of them) plus at most a short label in any language ("Read more: ...",
  "LESEN SIE AUCH | ...", "▼関連記事 ・...");
- ``announced`` (:mod:`.announced`): a block introduced by a heading or label such as
  "Related", "More on this story", "Lesen Sie auch", together with what it introduces: links,
  or near the end of the story, the unlinked headlines and leads of other stories (off the
  story's topic);
- ``card-grid`` (:mod:`.grids`): three or more sibling blocks of the same shape, each led by a
  link to a different page, with little text besides;
- ``labelled-box`` (:mod:`.boxes`): a block whose class or id says related, recommended,
  more-stories... and whose text is mostly links (a real lead paragraph labelled "teaser" has
  no links and stays);
- ``signup-form`` (:mod:`.boxes`): a small box built around a form (newsletter sign-up,
  subscription, search);
- ``hidden`` (:mod:`.boxes`): elements a reader never sees (often a machine-readable copy of
  the metadata or of the body);
- ``other-story`` (:mod:`.stories`): another ``<article>`` with its own headline beside the
  one holding the page's (the next story of an infinite scroll);
- ``separated-tail`` (:mod:`.tails`): after an ``<hr>``, a few paragraphs that mostly stop
  mid-sentence or are all off the story's topic (headlines and leads of other stories,
  without links).

A card grid that holds most of the page is no teaser box: the page is a listing (front page,
section, tag page); :class:`TeaserScan` reports it for the article decision.

Each detector returns elements to drop; :func:`find_teasers` merges them and never drops a block
that holds most of the page's text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newscorpus.extract.teasers.announced import announced
from newscorpus.extract.teasers.boxes import hidden_elements, labelled_boxes, signup_boxes
from newscorpus.extract.teasers.common import (
    MAX_PROSE_LINK_DENSITY,
    MAX_SHARE_OF_PAGE,
    MIN_PROSE_CHARS,
    MISLEADING_LABEL,
    PROSE_TAGS,
)
from newscorpus.extract.teasers.grids import card_grids
from newscorpus.extract.teasers.links import link_wrapped
from newscorpus.extract.teasers.stories import other_stories
from newscorpus.extract.teasers.tails import separated_tails
from newscorpus.extract.text import element_text
from newscorpus.extract.textstats import Measures, in_order, link_density

if TYPE_CHECKING:
    from collections.abc import Iterator

    from lxml.html import HtmlElement

    from newscorpus.extract.page import Page

__all__ = ["TeaserScan", "drop_elements", "find_teasers", "unlabel"]


@dataclass(slots=True)
class TeaserScan:
    """What :func:`find_teasers` found: teaser elements by detector, and card grids too large
    to be teasers (the page's main content is then a listing of other pages)."""

    found: dict[str, list[HtmlElement]] = field(default_factory=dict)
    listing_text: str = ""
    mislabelled: list[HtmlElement] = field(default_factory=list)


def find_teasers(page: Page) -> TeaserScan:
    """Elements of the page that hold teasers of other stories, by the detector that found
    them. Nested finds are reported once, at the outermost element."""
    measures = page.measures
    start = page.body
    page_chars = measures[start].chars if start in measures else 0
    limit = MAX_SHARE_OF_PAGE * page_chars
    grids = list(card_grids(measures))
    found: dict[str, list[HtmlElement]] = {
        "link-wrapped": list(link_wrapped(measures)),
        "announced": list(announced(measures, page_chars)),
        "card-grid": grids,
        "labelled-box": list(labelled_boxes(measures, page_chars)),
        "signup-form": list(signup_boxes(measures, page_chars)),
        "hidden": list(hidden_elements(measures)),
        "separated-tail": list(separated_tails(measures)),
        "other-story": list(other_stories(measures)),
    }
    chosen = {e for elements in found.values() for e in elements if measures[e].chars <= limit}
    outermost = {e for e in chosen if not any(a in chosen for a in e.iterancestors())}
    scan = TeaserScan()
    for name, elements in found.items():
        scan.found[name] = [e for e in dict.fromkeys(elements) if e in outermost]
        outermost.difference_update(scan.found[name])
    listings = [g for g in grids if measures[g].chars > limit]
    scan.listing_text = " ".join(element_text(g) for g in listings)
    scan.mislabelled = list(_mislabelled(measures))
    return scan


def _mislabelled(measures: Measures) -> Iterator[HtmlElement]:
    """Prose blocks whose class or id says "teaser" but that hold no links: CMSs label real
    lead paragraphs so, and class-based extractors drop them."""
    for element in in_order(measures, PROSE_TAGS):
        m = measures.get(element)
        if m is None or m.chars < MIN_PROSE_CHARS:
            continue
        label = f"{element.get('class', '')} {element.get('id', '')}"
        if not MISLEADING_LABEL.search(label):
            continue
        if link_density(m) < MAX_PROSE_LINK_DENSITY:
            yield element


def unlabel(elements: list[HtmlElement]) -> None:
    """Remove misleading "teaser" tokens from the class and id of ``elements``."""
    for element in elements:
        for attribute in ("class", "id"):
            value = element.get(attribute)
            if value:
                kept = [t for t in value.split() if not MISLEADING_LABEL.search(t)]
                element.set(attribute, " ".join(kept))


def drop_elements(elements: list[HtmlElement]) -> None:
    """Remove elements from their tree, keeping the text that follows each (its tail)."""
    for element in elements:
        if element.getparent() is not None:
            element.drop_tree()
