"""Where a crawled page came from: what the crawl knows of a page besides the page itself.

A page a feed or a news sitemap lists is very likely an article; one listed by a plain
sitemap, given as a start URL or only reached by following a link from another page (a home
or section page) is much less sure. The spider puts the origin of each request in its meta
(:data:`META`); the page carries it (:class:`newscorpus.records.FetchedPage`) to the
not-an-article decision (:mod:`newscorpus.extract.pagetype`), which needs less of a page a
feed lists and more of one only a link led to. No origin (None) is what the decision knows
without a crawl: :class:`newscorpus.extract.Extractor` used alone, pages of a WARC file.
"""

from __future__ import annotations

from enum import StrEnum


class Origin(StrEnum):
    """How the crawl came to request a page (strongest evidence of an article first)."""

    NEWS_SITEMAP = "news_sitemap"  # an entry of a news sitemap (news: namespace)
    FEED = "feed"  # an item of an RSS, Atom or JSON feed
    SITEMAP = "sitemap"  # an entry of a plain sitemap, or a sitemap an index or robots.txt lists
    START = "start"  # a start URL (or the robots.txt of its site)
    LINK = "link"  # a link followed from a fetched page


#: Request meta: the :class:`Origin` value of the request.
META = "newscorpus_origin"
#: The named field of a WARC response record the crawl archived that holds the page's origin
#: (an extension field: other readers ignore it), so a corpus rebuilt from the archive is the
#: crawl's; pages of other WARC files have none.
WARC_FIELD = "Newscorpus-Origin"
#: The origins that list articles: a page they list keeps that origin when a link led to it
#: first (the spider remembers them, :class:`newscorpus.crawl.links.LinkFilter`).
LISTS_ARTICLES = frozenset({Origin.NEWS_SITEMAP, Origin.FEED})
_RANK = {origin: rank for rank, origin in enumerate(Origin)}


def strongest(*origins: Origin | None) -> Origin | None:
    """The origin among ``origins`` that says most for an article (None: none known)."""
    known = [origin for origin in origins if origin is not None]
    return min(known, key=_RANK.__getitem__) if known else None


def parse(value: object) -> Origin | None:
    """The origin a request's meta holds (:data:`META`), None when it holds none."""
    try:
        return Origin(value) if value is not None else None
    except ValueError:
        return None
