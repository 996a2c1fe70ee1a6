"""Item pipeline: drops records already in the corpus, by URL, exact text or near-duplicate
text, and records every outcome in the crawl state in one transaction.

``NEWSCORPUS_DEDUP_ENABLED = False`` switches off the text checks only: URLs are still
remembered, so a second run still emits nothing already in the corpus. With
``NEWSCORPUS_DUPS_FILE`` each dropped record is appended there as a JSON line
``{id, url, duplicate_of, kind, similarity, coverage}``, as ``newscorpus dedup --dups``
writes (``kind`` ``url`` for a URL already in the corpus: no similarity, no coverage)."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from scrapy import signals
from scrapy.exceptions import DropItem

from newscorpus.crawl.counters import count, site_label
from newscorpus.crawl.pipelines.state import CrawlState, is_recent, revisit_seconds
from newscorpus.dedup import ConcurrentChange, DedupConfig, Deduplicator
from newscorpus.settings import DEDUP_TUNABLE_FIELDS
from newscorpus.state import Fetch
from newscorpus.steps import dedup_record
from newscorpus.versions import changed_share, fingerprint, version_id

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings
    from scrapy.statscollectors import StatsCollector

    from newscorpus.state import StateStore

logger = logging.getLogger(__name__)

#: Checks of one record before giving up, when a shared index keeps changing under it.
MAX_CHECKS = 20


class DuplicateUrl(DropItem):
    """The record's canonical URL already gave a record."""

    def __init__(self, message: str) -> None:
        super().__init__(message, log_level="INFO")


class Unchanged(DropItem):
    """A recent article fetched again whose text has not changed materially."""

    def __init__(self, message: str) -> None:
        super().__init__(message, log_level="DEBUG")


class DuplicateContent(DropItem):
    """The record's text duplicates, exactly or nearly, one already in the corpus."""

    def __init__(self, message: str) -> None:
        super().__init__(message, log_level="INFO")


def config_from_settings(settings: BaseSettings) -> DedupConfig:
    """The dedup configuration from the ``NEWSCORPUS_DEDUP_*`` settings."""
    defaults = DedupConfig()
    values = {}
    for name in DEDUP_TUNABLE_FIELDS:
        kind = type(getattr(defaults, name))
        values[name] = kind(settings.get(f"NEWSCORPUS_DEDUP_{name.upper()}"))
    return DedupConfig(**values)


def _fields(fetch: Fetch) -> dict[str, Any]:
    return {name: getattr(fetch, name) for name in Fetch.__slots__}


class DedupPipeline:
    """Keeps the first record of each story; later copies are dropped with the id they
    duplicate, and listed in the dups file if there is one. A record that extends an earlier
    one (adds enough text of its own) is kept. URLs of both kept and dropped records are
    remembered, so a later run skips them."""

    def __init__(
        self,
        crawler: Crawler,
        store: StateStore,
        dedup: Deduplicator | None,
        stats: StatsCollector,
        dups: TextIO | None = None,
        state: CrawlState | None = None,
        revisit: float = 0.0,
        min_change: float = 0.02,
    ) -> None:
        self.crawler = crawler
        self.state = state
        self.revisit = revisit  # seconds; 0: no revisits
        self.min_change = min_change
        self.started = time.time()  # a copy of an article emitted in this run is no revisit
        self.store = store
        self.dedup = dedup
        self.stats = stats
        self.dups = dups

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        state = CrawlState.get(crawler)
        store = state.store
        dedup = None  # with dedup off, URLs are still remembered: later runs stay incremental
        if crawler.settings.getbool("NEWSCORPUS_DEDUP_ENABLED"):
            dedup = Deduplicator(store.dedup_index(), config_from_settings(crawler.settings))
        assert crawler.stats is not None
        dups = None
        if path := crawler.settings.get("NEWSCORPUS_DUPS_FILE"):
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            dups = Path(path).open("a", encoding="utf-8", buffering=1)  # noqa: SIM115
        pipeline = cls(
            crawler,
            store,
            dedup,
            crawler.stats,
            dups,
            state,
            revisit_seconds(crawler.settings),
            crawler.settings.getfloat("NEWSCORPUS_REVISIT_MIN_CHANGE", 0.02),
        )
        crawler.signals.connect(pipeline.close_dups, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        """Take records an interrupted run wrote but did not commit into the state; from now
        on the state is committed only once the records are in the corpus files."""
        if self.state is not None:
            self.state.recover(self.dedup)

    def close_dups(self) -> None:
        if self.dups is not None:
            self.dups.close()
            self.dups = None

    def _list(self, record: dict[str, Any]) -> None:
        if self.dups is not None:
            self.dups.write(json.dumps(record, ensure_ascii=False) + "\n")

    def _revisit(self, item: dict[str, Any], urls: list[str], latest: Fetch, now: float) -> float:
        """Compare a recent article fetched again with its latest version: a material change
        makes ``item`` its next version (new id, ``version``, ``previous_id``), remembered and
        indexed; either way the fetch is remembered. The share of the text that changed."""
        text = fingerprint(item["text"])
        change = changed_share(latest.fingerprint, text)
        if change < self.min_change:
            self.store.record_fetch(urls, Fetch(**{**_fields(latest), "last_fetched": now}))
            return change
        version = latest.version + 1
        item.update(
            id=version_id(item["url"], version), version=version, previous_id=latest.record_id
        )
        self.store.record_fetch(urls, Fetch(item["id"], version, latest.first_fetched, now, text))
        if self.dedup is not None:  # copies of the new version elsewhere are duplicates
            self.dedup.add(item["id"], item["text"])
        return change

    def _revisit_if_due(self, item: dict[str, Any]) -> float | None:
        """For an article already in the corpus, last fetched before this run and recently
        enough to be revisited: the share of its text that changed (see :meth:`_revisit`).
        None for any other item, which dedup then decides on."""
        urls = [item["url"], item.get("fetched_url") or item["url"]]
        now = time.time()
        with self.store.transaction():
            if self.store.seen(item["url"]) is None:
                return None
            latest = self.store.last_fetch(item["url"])
            if (
                latest is None
                or not is_recent(latest, self.revisit, now)
                or latest.last_fetched >= self.started
            ):
                return None
            return self._revisit(item, urls, latest, now)

    def _versioned(self, item: dict[str, Any], change: float) -> Any:
        """Emit a changed revisit as its new version, drop an unchanged one (both counted)."""
        if change < self.min_change:
            self.stats.inc_value("newscorpus/revisit/unchanged")
            raise Unchanged(f"unchanged since the last fetch ({change:.0%} differs): {item['url']}")
        self.stats.inc_value("newscorpus/revisit/changed")
        logger.info(
            "%s changed since the last fetch (%.0f %% of its words): version %d, %s, replaces %s",
            item["url"],
            100 * change,
            item["version"],
            item["id"],
            item["previous_id"],
        )
        if self.state is not None:
            self.state.hold(item)
        return item

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, dict) or "text" not in item:
            return item
        if self.revisit:
            change = self._revisit_if_due(item)
            if change is not None:
                return self._versioned(item, change)
        for attempt in range(1, MAX_CHECKS + 1):
            try:
                outcome = dedup_record(self.store, self.dedup, item)
                break
            except ConcurrentChange:  # another worker just indexed a possible match
                self.stats.inc_value("newscorpus/dedup/rechecked")
                if attempt == MAX_CHECKS:
                    raise
        outcome.count(self.stats)
        if not outcome.kept:
            count(self.stats, site_label(self.crawler.spider, item["url"]), "duplicates")
        if outcome.listing is not None:
            self._list(outcome.listing)
        if outcome.kind == "url":
            raise DuplicateUrl(outcome.message)
        if not outcome.kept:
            raise DuplicateContent(outcome.message)
        if outcome.message:
            logger.info("%s", outcome.message)
        if self.state is not None:
            self.state.hold(item)
        return item
