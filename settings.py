"""Scrapy project settings of the newscorpus checkout (named by scrapy.cfg).

Everything newscorpus needs comes from its add-on; set ``NEWSCORPUS_*`` or Scrapy settings
here, or per run with ``-s NAME=VALUE``.
"""

BOT_NAME = "newscorpus"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"
COMMANDS_MODULE = "newscorpus.commands"
ADDONS = {"newscorpus.addon.NewsCorpus": 0}
