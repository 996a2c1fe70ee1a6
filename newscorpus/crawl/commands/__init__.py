"""Scrapy commands of newscorpus (``COMMANDS_MODULE = "newscorpus.crawl.commands"``)."""
