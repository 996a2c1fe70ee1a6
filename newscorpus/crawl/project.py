"""Scrapy project settings of newscorpus: named by this checkout's ``scrapy.cfg`` and by the
package's ``scrapy`` entry point, so an egg or wheel (scrapyd) runs the same project.

Everything newscorpus needs comes from its add-on; set ``NEWSCORPUS_*`` or Scrapy settings per
run with ``-s NAME=VALUE``, or in a project of your own that names the add-on.
"""

from newscorpus.crawl.addon import SPIDER_MODULE

BOT_NAME = "newscorpus"
# The add-on adds the spider module before a crawl; `scrapy list` (scrapyd) reads it from here.
SPIDER_MODULES = [SPIDER_MODULE]
COMMANDS_MODULE = "newscorpus.crawl.commands"
ADDONS = {"newscorpus.crawl.addon.NewsCorpus": 0}
