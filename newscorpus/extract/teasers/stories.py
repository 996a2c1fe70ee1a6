"""Other stories shown in full on the page: the next article of an infinite scroll, loaded
below the first in the same markup.

When the page's headline (``<h1>``) sits in the ``<article>`` with the most text, that element
is the story; any other ``<article>`` outside it that opens with a headline of its own is
another story. Live
pages, whose entries are ``<article>``s without headlines, and comments nested inside the
story are left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from lxml.html import HtmlElement

    from newscorpus.extract.textstats import Measures

HEADLINE_TAGS = ("h1", "h2")
PROSE_TAGS = frozenset({"p"})


def other_stories(measures: Measures) -> Iterator[HtmlElement]:
    """``<article>`` elements, outside the one holding the page's headline, that open with a
    headline of their own."""
    articles = measures.by_tag.get("article", [])
    stories = [a for a in articles if next(a.iter("h1"), None) is not None]
    longest = max((measures[a].chars for a in articles), default=0)
    if not stories or max(measures[s].chars for s in stories) < longest:
        return  # the headline stands in a card, not in the story (a front page's lead)
    for article in articles:
        if article in stories or any(
            a is s for s in stories for a in (*article.iterancestors(), *article.iterdescendants())
        ):
            continue
        if measures[article].chars and _opens_with_headline(article):
            yield article


def _opens_with_headline(article: HtmlElement) -> bool:
    """Whether a headline comes before the first paragraph of ``article``."""
    for element in article.iter(*HEADLINE_TAGS, *PROSE_TAGS):
        return element.tag in HEADLINE_TAGS
    return False
