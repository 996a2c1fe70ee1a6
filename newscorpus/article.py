"""The extracted article and the reasons a page is not one."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class NotArticleReason(StrEnum):
    """Why a page gives no article; counted in the crawl stats under its value."""

    UNPARSABLE = "unparsable"
    NO_TEXT = "no_text"
    TOO_SHORT = "too_short"
    # The page-type model's verdict: the most likely other type of page.
    LISTING = "listing"
    COLLECTION = "collection"
    FORUM = "forum"
    PRODUCT = "product"
    DOCUMENTATION = "documentation"
    SERVICE = "service"
    # A page only a link led to (no feed or sitemap listed it) that the model would have kept
    # with nothing known of its origin: it needs more to pass (see newscorpus.origin).
    LINK_ONLY = "link_only"


@dataclass(slots=True)
class Article:
    """One news article: its body text in the corpus shape plus metadata.

    ``text`` holds one paragraph (or in-article subhead) per line, joined by ``"\\n"``, with
    no title, byline, captions, share buttons or teasers of other stories, and no trailing
    newline.
    """

    text: str
    title: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None
    description: str | None = None


#: Counted in ``Extraction.cut_by`` but not teasers: the user's own profile rules, chunks put
#: back, blocks of the body repeated further down, and lines added from the recall pass (the
#: crawl counts them under ``newscorpus/extract/``, the teaser detectors under
#: ``newscorpus/teasers/``).
NOT_TEASER_STAGES = frozenset({"profile-prune", "chunks-merged", "repeated", "recall-added"})


@dataclass(slots=True)
class Extraction:
    """The outcome of extracting one page: an article, or the reason there is none, plus what
    was cut on the way (for the crawl stats)."""

    article: Article | None
    reason: NotArticleReason | None = None
    teasers_cut: int = 0
    boilerplate_cut: int = 0
    cut_by: dict[str, int] = field(default_factory=dict)
    profile: str | None = None  # the site profile applied, if any
    profile_missed: bool = False  # its body selectors matched nothing: is it stale?
    features: list[float] | None = None  # the page-type features (see extract.pagetype)
