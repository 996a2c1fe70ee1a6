"""Item pipeline: fetched pages in, corpus records out (or dropped: not an article)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from lxml import etree
from scrapy.exceptions import DropItem, UsageError

from newscorpus.crawl.lists import setting_list
from newscorpus.extract import ExtractionOptions, Extractor, SiteBoilerplate, SiteProfiles
from newscorpus.records import FetchedPage, build_record

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


class UndecodableText(DropItem):
    """The record's text holds replacement characters: bytes no charset could read."""

    def __init__(self, message: str) -> None:
        super().__init__(message, log_level="WARNING")


#: What a decoder puts for bytes it cannot read.
REPLACEMENT_CHARACTER = "\ufffd"


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


class ExtractPipeline:
    """Runs :class:`newscorpus.Extractor` on each fetched page; counts what it cuts."""

    def __init__(self, extractor: Extractor, stats: StatsCollector) -> None:
        self.extractor = extractor
        self.stats = stats
        self._stale_profiles: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        boilerplate = None
        if settings.getbool("NEWSCORPUS_BOILERPLATE_ENABLED"):
            boilerplate = SiteBoilerplate(settings.getint("NEWSCORPUS_BOILERPLATE_MIN_PAGES"))
        assert crawler.stats is not None
        extractor = Extractor(
            options_from_settings(settings), boilerplate, profiles_from_settings(settings)
        )
        return cls(extractor, crawler.stats)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, FetchedPage):
            return item
        self.stats.inc_value("newscorpus/extract/pages")
        try:
            extraction = self.extractor.extract(item.html, item.url)
        except Exception as exc:
            self.stats.inc_value(f"newscorpus/extract/error/{type(exc).__name__}")
            raise ExtractionFailed(f"extraction failed on {item.url}: {exc!r}") from exc
        if extraction.profile:
            outcome = "missed" if extraction.profile_missed else "applied"
            self.stats.inc_value(f"newscorpus/profiles/{outcome}/{extraction.profile}")
            if extraction.profile_missed and extraction.profile not in self._stale_profiles:
                self._stale_profiles.add(extraction.profile)
                logger.warning(
                    "Site profile %s: body selectors match nothing on %s; the site may have "
                    "changed its layout (falling back to generic extraction)",
                    extraction.profile,
                    item.url,
                )
        for detector, count in extraction.cut_by.items():
            self.stats.inc_value(f"newscorpus/teasers/{detector}", count)
        if extraction.boilerplate_cut:
            self.stats.inc_value(
                "newscorpus/boilerplate/paragraphs_cut", extraction.boilerplate_cut
            )
        if extraction.article is None:
            reason = extraction.reason.value if extraction.reason else "unknown"
            self.stats.inc_value(f"newscorpus/extract/not_article/{reason}")
            raise NotAnArticle(f"not an article ({reason}): {item.url}")
        if extraction.teasers_cut:
            self.stats.inc_value("newscorpus/teasers/pages_with_teasers")
        record = build_record(extraction.article, item.url, item.crawled_at)
        if unreadable := sum(
            str(record[field] or "").count(REPLACEMENT_CHARACTER) for field in ("title", "text")
        ):
            self.stats.inc_value("newscorpus/extract/undecodable")
            raise UndecodableText(
                f"undecodable text: {item.url} holds {unreadable} replacement characters "
                "(U+FFFD): its bytes fit no charset"
            )
        self.stats.inc_value("newscorpus/extract/articles")
        return record
