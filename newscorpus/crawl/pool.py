"""A pool of worker processes for the page work (:mod:`newscorpus.pagework`), awaited by the
reactor: each call returns a Deferred fired in the reactor thread.

Pages wait in a queue until a worker slot is free; at most two batches per worker are in
flight, and a batch takes up to :data:`MAX_BATCH` waiting pages (signed together), so
batches grow only when the workers are the bottleneck. The queue itself is bounded by
Scrapy: a page's item stays in the scraper until its Deferred fires, and the scraper takes
no new responses beyond ``SCRAPER_SLOT_MAX_ACTIVE_SIZE``. Workers are started by a fork
server (no fork of the reactor process with its threads, sockets and database) that has
loaded the models once (:mod:`newscorpus.crawl.worker_preload`), so the workers share them;
a pool whose worker died is replaced, the pages it held fail (counted as extraction errors by
the caller).
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

from twisted.internet.defer import Deferred

from newscorpus import pagework

if TYPE_CHECKING:
    from collections.abc import Callable
    from concurrent.futures import Future

    from newscorpus.extract import Draft
    from newscorpus.pagework import PageOutcome, PageSetup

logger = logging.getLogger(__name__)

#: Pages per task at most: signing gets cheaper per text up to a few hundred, but one big
#: batch keeps one worker busy while the other may idle.
MAX_BATCH = 8


class PagePool:
    """``workers`` processes doing :class:`newscorpus.pagework.PageWork`."""

    def __init__(self, setup: PageSetup, workers: int) -> None:
        from twisted.internet import reactor  # the one Scrapy installed (not at import)

        self._reactor: Any = reactor
        self.setup = setup
        self.workers = workers
        self._executor = self._start()
        self._waiting: deque[tuple[Callable[..., Any], Any, Deferred]] = deque()
        self._in_flight = 0

    def _start(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["newscorpus.crawl.worker_preload"])
        return ProcessPoolExecutor(
            self.workers,
            mp_context=context,
            initializer=pagework.start_worker,
            initargs=(self.setup,),
        )

    def draft(self, html: str | bytes, url: str) -> Deferred[PageOutcome]:
        """:meth:`PageWork.draft` of one page, in a worker."""
        return self._queue(pagework.draft_in_worker, (html, url))

    def finish(self, draft: Draft, body: list[str], cut: int) -> Deferred[PageOutcome]:
        """:meth:`PageWork.finish` of one draft, in a worker."""
        return self._queue(pagework.finish_in_worker, (draft, body, cut))

    def _queue(self, function: Callable[..., Any], job: Any) -> Deferred[PageOutcome]:
        deferred: Deferred[PageOutcome] = Deferred()
        self._waiting.append((function, job, deferred))
        self._dispatch()
        return deferred

    def _dispatch(self) -> None:
        while self._waiting and self._in_flight < 2 * self.workers:
            function = self._waiting[0][0]
            jobs, deferreds = [], []
            while self._waiting and self._waiting[0][0] is function and len(jobs) < MAX_BATCH:
                _, job, deferred = self._waiting.popleft()
                jobs.append(job)
                deferreds.append(deferred)
            executor = self._executor
            try:
                future = executor.submit(function, jobs)
            except BrokenProcessPool as exc:
                self._replace(executor, exc)
                executor = self._executor
                future = executor.submit(function, jobs)
            self._in_flight += 1
            future.add_done_callback(
                lambda done, waiting=deferreds, by=executor: self._reactor.callFromThread(
                    self._done, done, waiting, by
                )
            )

    def _done(
        self,
        future: Future[list[PageOutcome]],
        deferreds: list[Deferred],
        executor: ProcessPoolExecutor,
    ) -> None:
        self._in_flight -= 1
        try:
            outcomes = future.result()
        except Exception as exc:
            if isinstance(exc, BrokenProcessPool):
                self._replace(executor, exc)
            for deferred in deferreds:
                deferred.errback(exc)
        else:
            for deferred, outcome in zip(deferreds, outcomes, strict=True):
                deferred.callback(outcome)
        self._dispatch()

    def _replace(self, broken: ProcessPoolExecutor, exc: BaseException) -> None:
        if broken is not self._executor:
            return  # replaced already, after an earlier failed batch
        logger.error("A page worker died (%s); starting a new pool", exc)
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = self._start()

    def close(self) -> None:
        """Stop the workers (after the batches in flight)."""
        self._executor.shutdown(wait=True, cancel_futures=True)
