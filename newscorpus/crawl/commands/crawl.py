"""``scrapy crawl`` that checks the spider's arguments, newscorpus's settings and the outputs
before starting, so a wrong ``-a``, an unreadable profile file, a state in use or a crawl that
would empty its corpus is a usage error on one line instead of a traceback from inside the
crawl; and whose exit code tells how the crawl went (:func:`outcome`)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from newscorpus.crawl.checks import (
    NO_OUTPUT,
    check_compressed,
    check_outputs,
    check_ranges,
    newscorpus_setting,
)
from newscorpus.crawl.pipelines.extract import profiles_from_settings, prune_xpath_from_settings
from newscorpus.crawl.pipelines.report import outcome
from newscorpus.extract.profiles import ProfileError
from newscorpus.state import SqliteStateStore
from newscorpus.state.redis_store import RedisStateStore

if TYPE_CHECKING:
    import argparse

    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)


class Command(ScrapyCrawlCommand):
    """Scrapy's crawl command; a spider with a ``check_arguments(**spargs)`` classmethod has it
    called first, and the ``UsageError`` it raises ends the command with exit code 2."""

    crawler: Crawler | None = None

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if self.settings is not None:
            self.check_settings(self.settings)
        if len(args) == 1 and self.crawler_process is not None:
            try:
                spider_class = self.crawler_process.spider_loader.load(args[0])
            except KeyError:
                raise UsageError(f"no spider named {args[0]!r}", print_help=False) from None
            check = getattr(spider_class, "check_arguments", None)
            if check is not None:
                try:
                    check(**opts.spargs)
                except UsageError as exc:
                    raise UsageError(str(exc), print_help=False) from None
        super().run(args, opts)
        if self.exitcode == 0 and self.crawler is not None and self.crawler.stats is not None:
            code, why = outcome(self.crawler.stats.get_stats())
            if code:
                logger.error("newscorpus: exit code %d: %s", code, why)
            self.exitcode = code

    def _create_crawler(self, spidercls: type[Spider] | str) -> Crawler:
        self.crawler = super()._create_crawler(spidercls)
        return self.crawler

    @staticmethod
    def check_settings(settings: BaseSettings) -> None:
        """Profiles readable, XPaths valid, numbers in range, an output given, the state free
        and its corpus kept."""
        try:
            profiles_from_settings(settings)
        except ProfileError as exc:
            raise UsageError(str(exc), print_help=False) from None
        prune_xpath_from_settings(settings)
        check_ranges(settings)
        if not settings.getdict("FEEDS"):
            raise UsageError(NO_OUTPUT, print_help=False)
        check_compressed(settings)
        state_dir = str(newscorpus_setting(settings, "NEWSCORPUS_STATE_DIR"))
        url = str(newscorpus_setting(settings, "NEWSCORPUS_REDIS_URL"))
        try:
            if url:  # a shared state: the server must answer
                prefix = str(newscorpus_setting(settings, "NEWSCORPUS_REDIS_PREFIX"))
                with RedisStateStore(url, prefix) as store:
                    check_outputs(settings, store, url)
            else:
                fresh = not SqliteStateStore.exists(state_dir)
                with SqliteStateStore(state_dir) as store:
                    check_outputs(settings, store, state_dir, fresh)
        except OSError as exc:  # StateInUse, an unreachable Redis
            raise UsageError(str(exc), print_help=False) from None
