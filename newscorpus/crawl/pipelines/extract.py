"""Item pipeline: fetched pages in, corpus records out (or dropped: not an article)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from lxml import etree
from scrapy import signals
from scrapy.exceptions import DropItem, UsageError

from newscorpus.crawl.lists import setting_list
from newscorpus.crawl.pipelines.dedup import config_from_settings
from newscorpus.crawl.pool import PagePool
from newscorpus.extract import ExtractionOptions, Extractor, SiteBoilerplate, SiteProfiles
from newscorpus.pagework import PageSetup
from newscorpus.records import FetchedPage, SignedRecord, build_record
from newscorpus.urls import site_of

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings
    from scrapy.statscollectors import StatsCollector
    from twisted.python.failure import Failure

    from newscorpus.article import Extraction
    from newscorpus.dedup import Entry
    from newscorpus.pagework import PageOutcome

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


class ExtractPipeline:
    """Runs :class:`newscorpus.Extractor` on each fetched page; counts what it cuts.

    With ``NEWSCORPUS_WORKERS`` > 0 (default: the core count) the page work runs in that
    many worker processes (:class:`PagePool`), the article texts signed there too, and
    only the site's boilerplate is learnt and cut here, in the order pages come back; with
    0, everything runs in the crawl process. The records are the same either way."""

    def __init__(
        self, extractor: Extractor, stats: StatsCollector, pool: PagePool | None = None
    ) -> None:
        self.extractor = extractor
        self.stats = stats
        self.pool = pool
        self._stale_profiles: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        boilerplate = None
        if settings.getbool("NEWSCORPUS_BOILERPLATE_ENABLED"):
            boilerplate = SiteBoilerplate(settings.getint("NEWSCORPUS_BOILERPLATE_MIN_PAGES"))
        assert crawler.stats is not None
        options = options_from_settings(settings)
        pool = None
        if (workers := settings.getint("NEWSCORPUS_WORKERS")) > 0:
            setup = PageSetup(
                options,
                tuple(setting_list(settings, "NEWSCORPUS_PROFILES")),
                settings.getbool("NEWSCORPUS_PROFILES_BUNDLED", True),
                config_from_settings(settings)
                if settings.getbool("NEWSCORPUS_DEDUP_ENABLED")
                else None,
            )
            pool = PagePool(setup, workers)
        # without a pool all extraction runs here; with one, only the boilerplate (and the
        # profiles are read here too, so that a bad file stops the crawl at once)
        extractor = Extractor(
            options, boilerplate, profiles_from_settings(settings), page_model=pool is None
        )
        pipeline = cls(extractor, crawler.stats, pool)
        if pool is not None:
            crawler.signals.connect(pool.close, signal=signals.spider_closed)
        return pipeline

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, FetchedPage):
            return item
        self.stats.inc_value("newscorpus/extract/pages")
        if self.pool is None:
            try:
                extraction = self.extractor.extract(item.html, item.url)
            except Exception as exc:
                raise self._failed(item, type(exc).__name__, repr(exc)) from exc
            return self._record(item, extraction)
        drafted = self.pool.draft(item.html, item.url)
        drafted.addCallbacks(self._drafted, self._pool_failed, (item,), None, (item,))
        return drafted

    def _drafted(self, outcome: PageOutcome, item: FetchedPage) -> Any:
        """A page back from a worker: cut the site's boilerplate, decide again if it cut."""
        if outcome.error is not None:
            raise self._failed(item, *outcome.error)
        boilerplate = self.extractor.boilerplate
        draft = outcome.draft
        if draft is not None and boilerplate is not None and item.url:
            body, cut = boilerplate.process(site_of(item.url), item.url, draft.body)
            if cut:
                finished = self.pool.finish(draft, body, len(cut))  # type: ignore[union-attr]
                finished.addCallbacks(self._finished, self._pool_failed, (item,), None, (item,))
                return finished
        return self._finished(outcome, item)

    def _finished(self, outcome: PageOutcome, item: FetchedPage) -> Any:
        if outcome.error is not None or outcome.extraction is None:
            raise self._failed(item, *(outcome.error or ("NoExtraction", "")))
        return self._record(item, outcome.extraction, outcome.entry)

    def _pool_failed(self, failure: Failure, item: FetchedPage) -> Any:
        """The pool could not do the page (a worker died, its result did not unpickle)."""
        raise self._failed(item, failure.type.__name__, repr(failure.value))

    def _failed(self, item: FetchedPage, kind: str, message: str) -> ExtractionFailed:
        self.stats.inc_value(f"newscorpus/extract/error/{kind}")
        return ExtractionFailed(f"extraction failed on {item.url}: {message}")

    def _record(
        self, item: FetchedPage, extraction: Extraction, entry: Entry | None = None
    ) -> dict[str, Any]:
        """The record of the page (signed when ``entry`` is given), after counting what the
        extraction cut; :class:`NotAnArticle` when it found none."""
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
        self.stats.inc_value("newscorpus/extract/articles")
        record = build_record(extraction.article, item.url, item.crawled_at)
        return record if entry is None else SignedRecord(record, entry)
