"""A manifest per run: the corpus files the run wrote, with their records, bytes and sha256,
written once every output is closed, for whoever picks the files up (a dataset build)."""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import NotConfigured

from newscorpus import corpusfile
from newscorpus.crawl.checks import local_file
from newscorpus.records import now_iso

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

#: The manifest's name beside the first local output, unless NEWSCORPUS_MANIFEST names one.
DEFAULT_NAME = "manifest-%(time)s.json"


def run_time(moment: datetime) -> str:
    """A moment as Scrapy's ``%(time)s`` FEEDS parameter writes it (UTC, no colons)."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace(":", "-")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class StoredFile:
    uri: str
    path: Path
    records: int
    format: str


class RunManifest:
    """Extension: collects each local feed file as it is stored and writes the manifest to
    ``NEWSCORPUS_MANIFEST`` (``%(time)s``: the run's start; empty: ``manifest-%(time)s.json``
    beside the first local output; ``-``: none)."""

    def __init__(self, stats: StatsCollector, target: str) -> None:
        self.stats = stats
        self.target = target
        self.started = datetime.now(UTC)
        self.files: list[StoredFile] = []

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        target = str(crawler.settings.get("NEWSCORPUS_MANIFEST") or "")
        feeds = crawler.settings.getdict("FEEDS")
        local = [p for p in (local_file(str(uri)) for uri in feeds) if p is not None]
        if target == "-" or not local:
            raise NotConfigured("no manifest: NEWSCORPUS_MANIFEST is '-' or no local output")
        if not target:
            target = str(local[0].parent / DEFAULT_NAME)
        assert crawler.stats is not None
        manifest = cls(crawler.stats, target)
        crawler.signals.connect(manifest.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(manifest.feed_slot_closed, signal=signals.feed_slot_closed)
        crawler.signals.connect(manifest.feed_exporter_closed, signal=signals.feed_exporter_closed)
        return manifest

    @property
    def path(self) -> Path:
        return Path(self.target.replace("%(time)s", run_time(self.started)))

    def spider_opened(self) -> None:
        """The run starts: its time, as the feeds' ``%(time)s`` takes it now."""
        self.started = datetime.now(UTC)

    def feed_slot_closed(self, slot: Any) -> None:
        """A feed file was stored (a batch, or the run's file)."""
        path = local_file(slot.uri)
        if path is not None and path.is_file():
            self.files.append(StoredFile(slot.uri, path, slot.itemcount, slot.format))

    def describe(self, stored: StoredFile) -> dict[str, Any]:
        here = self.path.parent.resolve()
        path = stored.path.resolve()
        return {
            "path": str(path.relative_to(here)) if path.is_relative_to(here) else str(path),
            "uri": stored.uri,
            "format": stored.format,
            "compression": corpusfile.compression_of(path),
            "records": stored.records,
            "bytes": path.stat().st_size,
            "sha256": sha256_of(path),
        }

    def feed_exporter_closed(self) -> None:
        """Every output is closed: write the manifest (replaced whole, never half)."""
        if not self.files:
            return
        files = [self.describe(f) for f in self.files]
        manifest = {
            "started": self.started.replace(microsecond=0).isoformat(),
            "finished": now_iso(),
            "finish_reason": self.stats.get_value("finish_reason"),
            "records": sum(f["records"] for f in files),
            "files": files,
        }
        path = self.path
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(path.name + ".part")
        part.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", "utf-8")
        part.replace(path)
        logger.info("Manifest: %s (%d files, %d records)", path, len(files), manifest["records"])
