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
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from scrapy import signals
from scrapy.exceptions import DropItem

from newscorpus.crawl.pipelines.state import CrawlState
from newscorpus.dedup import DedupConfig, Deduplicator
from newscorpus.records import SignedRecord
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
    duplicate, and listed in the dups file if there is one. A record that extends an earlier
    one (adds enough text of its own) is kept. URLs of both kept and dropped records are
    remembered, so a later run skips them."""

    def __init__(
        self,
        store: StateStore,
        dedup: Deduplicator | None,
        stats: StatsCollector,
        dups: TextIO | None = None,
        state: CrawlState | None = None,
    ) -> None:
        self.state = state
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
        pipeline = cls(store, dedup, crawler.stats, dups, state)
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

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, dict) or "text" not in item:
            return item
        urls = [item["url"], item.get("fetched_url") or item["url"]]
        with self.store.transaction():
            earlier = self.store.seen(item["url"])
            verdict = None
            if earlier is None and self.dedup is not None:
                if isinstance(item, SignedRecord):
                    verdict = self.dedup.check_and_add_entry(item["id"], item.entry)
                else:
                    verdict = self.dedup.check_and_add(item["id"], item["text"])
            duplicate = verdict is not None and verdict.is_duplicate
            self.store.mark_seen(
                urls, earlier or (verdict.duplicate_of if duplicate else item["id"])
            )
        if earlier is not None:
            self.stats.inc_value("newscorpus/dedup/url")
            self._list(
                {
                    "id": item["id"],
                    "url": item["url"],
                    "duplicate_of": earlier,
                    "kind": "url",
                    "similarity": None,
                    "coverage": None,
                }
            )
            raise DuplicateUrl(f"duplicate URL: {item['url']} is record {earlier}")
        if verdict is not None and verdict.is_duplicate:
            self.stats.inc_value(f"newscorpus/dedup/{verdict.kind}")
            self._list(verdict.record(item["id"], item["url"]))
            raise DuplicateContent(
                f"{verdict.kind} duplicate: {item['id']} ({item['url']}) duplicates "
                f"{verdict.duplicate_of}, similarity {verdict.similarity:.2f}, "
                f"coverage {verdict.coverage:.2f}"
            )
        if verdict is not None:
            self.stats.inc_value("newscorpus/dedup/extends")
            logger.info(
                "%s (%s) extends %s: it holds %.0f %% of it, and %.0f %% of its own text is new",
                item["id"],
                item["url"],
                verdict.duplicate_of,
                100 * verdict.covered,
                100 * (1 - verdict.coverage),
            )
        self.stats.inc_value("newscorpus/dedup/kept")
        if self.state is not None:
            self.state.hold(item)
        return item
