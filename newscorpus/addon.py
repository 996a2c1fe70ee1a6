"""The Scrapy add-on: ``ADDONS = {"newscorpus.addon.NewsCorpus": 0}`` switches newscorpus on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscorpus import settings as defaults

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings


class NewsCorpus:
    """Adds the newscorpus components and defaults at "addon" priority."""

    def update_settings(self, settings: BaseSettings) -> None:
        for name, value in {**defaults.SCRAPY_DEFAULTS, **defaults.NEWSCORPUS_DEFAULTS}.items():
            settings.set(name, value, priority="addon")
        for setting, components in (
            ("ITEM_PIPELINES", defaults.ITEM_PIPELINES),
            ("EXTENSIONS", defaults.EXTENSIONS),
            ("SPIDER_MIDDLEWARES", defaults.SPIDER_MIDDLEWARES),
        ):
            for path, order in components.items():
                settings[setting].set(path, order, priority="addon")
