"""Item pipeline: drops records already in the corpus, by URL, exact text or near-duplicate
text, and records every outcome in the crawl state in one transaction.

``NEWSCORPUS_DEDUP_ENABLED = False`` switches off the text checks only: URLs are still
remembered, so a second run still emits nothing already in the corpus."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import DropItem

from newscorpus.crawl.pipelines.state import CrawlState
from newscorpus.dedup import DedupConfig, Deduplicator
from newscorpus.settings import DEDUP_TUNABLE_FIELDS

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings
    from scrapy.statscollectors import StatsCollector

    from newscorpus.state import StateStore

logger = logging.getLogger(__name__)


class DuplicateUrl(DropItem):
    """The record's canonical URL already gave a record."""

    def __init__(self, message: str) -> None:
        super().__init__(message, log_level="INFO")


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


class DedupPipeline:
    """Keeps the first record of each story; later copies are dropped with the id they
    duplicate. URLs of both kept and dropped records are remembered, so a later run skips them."""

    def __init__(
        self, store: StateStore, dedup: Deduplicator | None, stats: StatsCollector
    ) -> None:
        self.store = store
        self.dedup = dedup
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        store = CrawlState.of(crawler)
        dedup = None  # with dedup off, URLs are still remembered: later runs stay incremental
        if crawler.settings.getbool("NEWSCORPUS_DEDUP_ENABLED"):
            dedup = Deduplicator(store.dedup_index(), config_from_settings(crawler.settings))
        assert crawler.stats is not None
        return cls(store, dedup, crawler.stats)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, dict) or "text" not in item:
            return item
        urls = [item["url"], item.get("fetched_url") or item["url"]]
        with self.store.transaction():
            earlier = self.store.seen(item["url"])
            verdict = None
            if earlier is None and self.dedup is not None:
                verdict = self.dedup.check_and_add(item["id"], item["text"])
            self.store.mark_seen(urls, earlier or (verdict.duplicate_of if verdict else item["id"]))
        if earlier is not None:
            self.stats.inc_value("newscorpus/dedup/url")
            raise DuplicateUrl(f"duplicate URL: {item['url']} is record {earlier}")
        if verdict is not None:
            self.stats.inc_value(f"newscorpus/dedup/{verdict.kind}")
            raise DuplicateContent(
                f"{verdict.kind} duplicate: {item['id']} ({item['url']}) duplicates "
                f"{verdict.duplicate_of}, similarity {verdict.similarity:.2f}, "
                f"containment {verdict.containment:.2f}"
            )
        self.stats.inc_value("newscorpus/dedup/kept")
        return item
