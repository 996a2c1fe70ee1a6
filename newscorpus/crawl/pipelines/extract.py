"""Item pipeline: fetched pages in, corpus records out (or dropped: not an article)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from lxml import etree
from scrapy.exceptions import DropItem, UsageError

from newscorpus.crawl.lists import setting_list
from newscorpus.extract import ExtractionOptions, Extractor, SiteBoilerplate, SiteProfiles
from newscorpus.records import FetchedPage
from newscorpus.steps import Extracted, extract_page

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)


class NotAnArticle(DropItem):
    """The page is not an article (index, about page, paywall stub, ...)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, log_level="DEBUG")


class ExtractionFailed(DropItem):
    """The extractor raised on this page; the crawl goes on."""

    def __init__(self, message: str) -> None:
        super().__init__(message, log_level="WARNING")


def profiles_from_settings(settings: BaseSettings) -> SiteProfiles:
    """The site profiles named by ``NEWSCORPUS_PROFILES`` (after the bundled ones)."""
    return SiteProfiles.load(
        setting_list(settings, "NEWSCORPUS_PROFILES"),
        bundled=settings.getbool("NEWSCORPUS_PROFILES_BUNDLED", True),
    )


def prune_xpath_from_settings(settings: BaseSettings) -> tuple[str, ...]:
    """The ``NEWSCORPUS_EXTRACT_PRUNE_XPATH`` expressions, each checked to compile; a
    :class:`UsageError` naming the first that does not."""
    expressions = tuple(setting_list(settings, "NEWSCORPUS_EXTRACT_PRUNE_XPATH"))
    for expression in expressions:
        try:
            etree.XPath(expression)
        except etree.XPathSyntaxError as exc:
            raise UsageError(
                f"NEWSCORPUS_EXTRACT_PRUNE_XPATH: bad XPath {expression!r} ({exc}); give "
                """expressions holding commas as a JSON list: '["//a[f(@x, 'y')]"]'""",
                print_help=False,
            ) from None
    return expressions


def options_from_settings(settings: BaseSettings) -> ExtractionOptions:
    """Extraction options from the ``NEWSCORPUS_EXTRACT_*`` settings."""
    return ExtractionOptions(
        min_words=settings.getint("NEWSCORPUS_EXTRACT_MIN_WORDS"),
        favor_precision=settings.getbool("NEWSCORPUS_EXTRACT_FAVOR_PRECISION"),
        include_tables=settings.getbool("NEWSCORPUS_EXTRACT_INCLUDE_TABLES"),
        prune_xpath=prune_xpath_from_settings(settings),
        remove_teasers=settings.getbool("NEWSCORPUS_TEASERS_ENABLED"),
    )


def extractor_from_settings(settings: BaseSettings) -> Extractor:
    """The extractor the ``NEWSCORPUS_EXTRACT_*``, ``_PROFILES*`` and ``_BOILERPLATE_*``
    settings describe."""
    boilerplate = None
    if settings.getbool("NEWSCORPUS_BOILERPLATE_ENABLED"):
        boilerplate = SiteBoilerplate(settings.getint("NEWSCORPUS_BOILERPLATE_MIN_PAGES"))
    return Extractor(options_from_settings(settings), boilerplate, profiles_from_settings(settings))


class ExtractPipeline:
    """Runs :class:`newscorpus.Extractor` on each fetched page; counts what it cuts."""

    def __init__(self, extractor: Extractor, stats: StatsCollector) -> None:
        self.extractor = extractor
        self.stats = stats
        self._stale_profiles: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        assert crawler.stats is not None
        return cls(extractor_from_settings(crawler.settings), crawler.stats)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, FetchedPage):
            return item
        extracted = extract_page(self.extractor, item)
        extracted.count(self.stats)
        warn_stale_profile(extracted, self._stale_profiles)
        if extracted.rejected == "error":
            raise ExtractionFailed(extracted.message)
        if extracted.record is None:
            raise NotAnArticle(extracted.message)
        return extracted.record


def warn_stale_profile(extracted: Extracted, warned: set[str]) -> None:
    """Warn once per profile whose body selectors match nothing (the site may have changed)."""
    profile = extracted.stale_profile
    if profile and profile not in warned:
        warned.add(profile)
        logger.warning(
            "Site profile %s: body selectors match nothing on %s; the site may have "
            "changed its layout (falling back to generic extraction)",
            profile,
            extracted.url,
        )
