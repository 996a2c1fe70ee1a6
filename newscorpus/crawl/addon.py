"""The Scrapy add-on: ``ADDONS = {"newscorpus.crawl.addon.NewsCorpus": 0}`` switches newscorpus
on, in this checkout or in any Scrapy project."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscorpus import settings as defaults
from newscorpus.crawl.checks import postprocessing

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings

SPIDER_MODULE = "newscorpus.crawl.spiders"


def compress_by_suffix(settings: BaseSettings) -> None:
    """Give each ``FEEDS`` output ending in ``.gz`` or ``.zst`` without ``postprocessing``
    the plugin that compresses it so (``-o corpus-%(time)s.jsonl.gz`` is a gzip file, not
    plain JSON under a gzip name)."""
    feeds = settings.getdict("FEEDS")
    changed = False
    for uri, options in feeds.items():
        plugins = postprocessing(str(uri), options)
        if plugins and not options.get("postprocessing"):
            feeds[uri] = {**options, "postprocessing": plugins}
            changed = True
    if changed:
        settings.set("FEEDS", feeds, priority=settings.getpriority("FEEDS") or "addon")


class NewsCorpus:
    """Adds the newscorpus spider, components and defaults at "addon" priority."""

    @classmethod
    def update_pre_crawler_settings(cls, settings: BaseSettings) -> None:
        """Make the ``news`` spider known to the project's spider loader."""
        if SPIDER_MODULE not in settings.getlist("SPIDER_MODULES"):
            settings.add_to_list("SPIDER_MODULES", SPIDER_MODULE)

    def update_settings(self, settings: BaseSettings) -> None:
        compress_by_suffix(settings)
        for name, value in {**defaults.SCRAPY_DEFAULTS, **defaults.NEWSCORPUS_DEFAULTS}.items():
            settings.set(name, value, priority="addon")
        if url := settings.get("NEWSCORPUS_REDIS_URL"):  # many workers, one crawl
            settings.set("REDIS_URL", url, priority="addon")
            prefix = settings.get("NEWSCORPUS_REDIS_PREFIX")
            for name, value in defaults.redis_settings(prefix).items():
                settings.set(name, value, priority="addon")
        for setting, components in (
            ("ITEM_PIPELINES", defaults.ITEM_PIPELINES),
            ("EXTENSIONS", defaults.EXTENSIONS),
            ("SPIDER_MIDDLEWARES", defaults.SPIDER_MIDDLEWARES),
            ("DOWNLOADER_MIDDLEWARES", defaults.DOWNLOADER_MIDDLEWARES),
            ("FEED_STORAGES", defaults.FEED_STORAGES),
        ):
            for path, order in components.items():
                settings[setting].set(path, order, priority="addon")
