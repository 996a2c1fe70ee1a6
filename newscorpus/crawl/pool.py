"""The page pool of a crawl: :class:`newscorpus.pagepool.WorkPool` awaited by the reactor,
each call a Deferred fired in the reactor thread.

The queue of pages waiting for a worker is bounded by Scrapy: a page's item stays in the
scraper until its Deferred fires, and the scraper takes no new responses beyond
``SCRAPER_SLOT_MAX_ACTIVE_SIZE``. The pages of a worker that died fail (counted as
extraction errors by the caller).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from twisted.internet.defer import Deferred

from newscorpus import pagework
from newscorpus.pagepool import WorkPool

if TYPE_CHECKING:
    from concurrent.futures import Future

    from newscorpus.extract import Draft
    from newscorpus.origin import Origin
    from newscorpus.pagework import PageOutcome, PageSetup


class PagePool:
    """``workers`` processes doing :class:`newscorpus.pagework.PageWork`."""

    def __init__(self, setup: PageSetup, workers: int) -> None:
        from twisted.internet import reactor  # the one Scrapy installed (not at import)

        self.workers = workers
        self._pool = WorkPool(setup, workers, deliver=reactor.callFromThread)  # type: ignore[attr-defined]

    def draft(
        self, html: str | bytes, url: str, origin: Origin | None = None
    ) -> Deferred[PageOutcome]:
        """:meth:`PageWork.draft` of one page (come from ``origin``), in a worker."""
        return _deferred(self._pool.submit(pagework.draft_in_worker, (html, url, origin)))

    def finish(self, draft: Draft, body: list[str], cut: int) -> Deferred[PageOutcome]:
        """:meth:`PageWork.finish` of one draft, in a worker (ahead of the pages waiting:
        its page has waited for it once already)."""
        job = (draft, body, cut)
        return _deferred(self._pool.submit(pagework.finish_in_worker, job, first=True))

    def close(self) -> None:
        """Stop the workers (after the batches in flight)."""
        self._pool.close()


def _deferred(future: Future[PageOutcome]) -> Deferred[PageOutcome]:
    """A Deferred fired with ``future``'s outcome (set in the reactor thread by the pool)."""
    deferred: Deferred[PageOutcome] = Deferred()

    def fire(done: Future[PageOutcome]) -> None:
        try:
            outcome = done.result()
        except Exception as exc:
            deferred.errback(exc)
        else:
            deferred.callback(outcome)

    future.add_done_callback(fire)
    return deferred
