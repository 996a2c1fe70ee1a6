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
from newscorpus.pagework import PageSetup, cut_boilerplate
from newscorpus.records import FetchedPage, SignedRecord
from newscorpus.steps import Extracted, extracted_page, failed_page

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings
    from scrapy.statscollectors import StatsCollector
    from twisted.python.failure import Failure

    from newscorpus.article import Extraction
    from newscorpus.dedup import Entry
    from newscorpus.pagework import PageOutcome
    from newscorpus.sites import SiteList

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


def boilerplate_from_settings(settings: BaseSettings) -> SiteBoilerplate | None:
    """The per-site boilerplate learner of the ``NEWSCORPUS_BOILERPLATE_*`` settings."""
    if not settings.getbool("NEWSCORPUS_BOILERPLATE_ENABLED"):
        return None
    return SiteBoilerplate(settings.getint("NEWSCORPUS_BOILERPLATE_MIN_PAGES"))


def extractor_from_settings(
    settings: BaseSettings, sites: SiteList | None = None, page_model: bool = True
) -> Extractor:
    """The extractor the ``NEWSCORPUS_EXTRACT_*``, ``_PROFILES*`` and ``_BOILERPLATE_*``
    settings describe; a sites file's ``body`` and ``prune`` come last."""
    profiles = profiles_from_settings(settings)
    if sites is not None:
        profiles = sites.profiles(profiles)
    return Extractor(
        options_from_settings(settings),
        boilerplate_from_settings(settings),
        profiles,
        page_model=page_model,
    )


def page_setup_from_settings(settings: BaseSettings, sites_file: str | None = None) -> PageSetup:
    """What a page worker needs to extract and sign as the settings say (and a sites
    file's ``body`` and ``prune``)."""
    return PageSetup(
        options_from_settings(settings),
        tuple(setting_list(settings, "NEWSCORPUS_PROFILES")),
        settings.getbool("NEWSCORPUS_PROFILES_BUNDLED", True),
        config_from_settings(settings) if settings.getbool("NEWSCORPUS_DEDUP_ENABLED") else None,
        sites_file,
    )


class ExtractPipeline:
    """Runs :class:`newscorpus.Extractor` on each fetched page; counts what it cuts.

    With ``NEWSCORPUS_WORKERS`` > 0 (default: the core count) the page work runs in that
    many worker processes (:class:`PagePool`), the article texts signed there too, and
    only the site's boilerplate is learnt and cut here, in the order pages come back; with
    0, everything runs in the crawl process. The records are the same either way."""

    def __init__(
        self,
        extractor: Extractor,
        stats: StatsCollector,
        pool: PagePool | None = None,
        sites: SiteList | None = None,
    ) -> None:
        self.extractor = extractor
        self.stats = stats
        self.pool = pool
        self.sites = sites
        self._other_language: set[str] = set()  # sites logged about
        self._stale_profiles: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        assert crawler.stats is not None
        settings = crawler.settings
        pool = None
        if (workers := settings.getint("NEWSCORPUS_WORKERS")) > 0:
            setup = page_setup_from_settings(settings, getattr(crawler.spider, "sites_file", None))
            pool = PagePool(setup, workers)
        # without a pool all extraction runs here; with one, only the boilerplate (and the
        # profiles are read here too, so that a bad file stops the crawl at once)
        site_list: SiteList | None = getattr(crawler.spider, "site_list", None)
        extractor = extractor_from_settings(settings, site_list, page_model=pool is None)
        pipeline = cls(extractor, crawler.stats, pool, site_list)
        if pool is not None:
            crawler.signals.connect(pool.close, signal=signals.spider_closed)
        return pipeline

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, FetchedPage):
            return item
        if self.pool is None:
            try:
                extraction = self.extractor.extract(item.html, item.url, item.origin)
            except Exception as exc:
                raise self._failed(item, type(exc).__name__, repr(exc)) from exc
            return self._record(item, extraction)
        drafted = self.pool.draft(item.html, item.url, item.origin)
        drafted.addCallbacks(self._drafted, self._pool_failed, (item,), None, (item,))
        return drafted

    def _drafted(self, outcome: PageOutcome, item: FetchedPage) -> Any:
        """A page back from a worker: cut the site's boilerplate, decide again if it cut."""
        if outcome.error is not None:
            raise self._failed(item, *outcome.error)
        if (again := cut_boilerplate(self.extractor.boilerplate, outcome, item.url)) is not None:
            finished = self.pool.finish(*again)  # type: ignore[union-attr]
            finished.addCallbacks(self._finished, self._pool_failed, (item,), None, (item,))
            return finished
        return self._finished(outcome, item)

    def _finished(self, outcome: PageOutcome, item: FetchedPage) -> Any:
        if outcome.error is not None or outcome.extraction is None:
            raise self._failed(item, *(outcome.error or ("NoExtraction", "")))
        return self._record(item, outcome.extraction, outcome.entry, outcome.fingerprint)

    def _pool_failed(self, failure: Failure, item: FetchedPage) -> Any:
        """The pool could not do the page (a worker died, its result did not unpickle)."""
        raise self._failed(item, failure.type.__name__, repr(failure.value))

    def _failed(self, item: FetchedPage, kind: str, message: str) -> ExtractionFailed:
        failed = failed_page(item, kind, message)
        failed.count(self.stats)
        return ExtractionFailed(failed.message)

    def _record(
        self,
        item: FetchedPage,
        extraction: Extraction,
        entry: Entry | None = None,
        print_: bytes | None = None,
    ) -> dict[str, Any]:
        """The record of the page (signed when ``entry`` or the text's fingerprint
        ``print_`` is given), after counting what the extraction cut; :class:`NotAnArticle`
        when it found none."""
        extracted = extracted_page(item, extraction)
        extracted.count(self.stats)
        warn_stale_profile(extracted, self._stale_profiles)
        if extracted.rejected == "undecodable":
            raise UndecodableText(extracted.message)
        if extracted.record is None:
            raise NotAnArticle(extracted.message)
        record = extracted.record
        if self.sites is not None:
            self._check_language(record, item.url)
        if entry is None and print_ is None:
            return record
        return SignedRecord(record, entry, print_)

    def _check_language(self, record: dict[str, Any], url: str) -> None:
        """A site's ``language`` (sites file) fills in a record whose language could not be
        identified; a record identified as another one is kept, counted
        (``newscorpus/site/<name>/other_language``) and logged once per site."""
        site = self.sites.site_for(url) if self.sites is not None else None
        if site is None or site.language is None:
            return
        expected = site.language.replace("_", "-").split("-")[0].lower()
        if record["language"] is None:
            record["language"] = expected
        elif record["language"] != expected:
            self.stats.inc_value(f"newscorpus/site/{site.name}/other_language")
            if site.name not in self._other_language:
                self._other_language.add(site.name)
                logger.info(
                    "Site %s: %s is in %s, not %s (kept; counted in "
                    "newscorpus/site/%s/other_language)",
                    site.name,
                    url,
                    record["language"],
                    expected,
                    site.name,
                )


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
