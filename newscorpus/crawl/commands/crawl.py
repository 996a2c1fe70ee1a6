"""``scrapy crawl`` that checks the spider's arguments and newscorpus's settings before starting,
so a wrong ``-a`` or an unreadable profile file is a usage error on one line instead of a
traceback from inside the crawl."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from newscorpus.extract.profiles import ProfileError, SiteProfiles

if TYPE_CHECKING:
    import argparse


class Command(ScrapyCrawlCommand):
    """Scrapy's crawl command; a spider with a ``check_arguments(**spargs)`` classmethod has it
    called first, and the ``UsageError`` it raises ends the command with exit code 2."""

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if self.settings is not None:
            try:
                SiteProfiles.load(
                    self.settings.getlist("NEWSCORPUS_PROFILES"),
                    bundled=self.settings.getbool("NEWSCORPUS_PROFILES_BUNDLED", True),
                )
            except ProfileError as exc:
                raise UsageError(str(exc), print_help=False) from None
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
