"""Scrapy spiders of newscorpus (glue: discovery logic lives in newscorpus.discovery)."""
