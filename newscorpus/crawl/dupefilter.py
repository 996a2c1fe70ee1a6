"""Duplicate-request filtering within one run, also under ``JOBDIR``.

Scrapy's :class:`RFPDupeFilter` keeps ``JOBDIR/requests.seen``, which records a request when
it is scheduled, not when it is done: a run killed with requests still queued leaves them in
``requests.seen`` (and, its queue unsaved, nowhere else), so every later run filters them and
never fetches those pages. newscorpus's crawl state already remembers what earlier runs
finished (:class:`newscorpus.crawl.pipelines.state.SkipSeenUrls`), so the filter here forgets
at the end of each run and ``JOBDIR`` keeps only Scrapy's request queue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.dupefilters import RFPDupeFilter

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler


class RunDupeFilter(RFPDupeFilter):
    """:class:`RFPDupeFilter` without a ``requests.seen`` file."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(
            None,
            crawler.settings.getbool("DUPEFILTER_DEBUG"),
            fingerprinter=crawler.request_fingerprinter,
        )
