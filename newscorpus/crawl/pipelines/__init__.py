"""Scrapy-facing glue: item pipelines and the components that hold crawl state.

Each is a thin adapter over the library in :mod:`newscorpus`; the logic lives there.
"""
