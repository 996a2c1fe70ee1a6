"""The Scrapy half of newscorpus: the ``news`` spider, item pipelines, middlewares, extensions,
the add-on that switches them on and the checked ``crawl`` command. Each is a thin adapter over
the library; the logic lives in :mod:`newscorpus`."""
