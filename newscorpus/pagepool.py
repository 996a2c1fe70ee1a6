"""A pool of worker processes for the page work (:mod:`newscorpus.pagework`), used by the
crawl (:class:`newscorpus.crawl.pool.PagePool`, which turns its futures into Deferreds) and
by ``newscorpus warc``.

Jobs wait in a queue until a worker slot is free; at most two batches per worker are in
flight, and a batch takes up to :data:`MAX_BATCH` waiting jobs of one kind (texts signed
together), so batches grow only when the workers are the bottleneck. The queue itself is
bounded by the caller (the crawl's scraper slot, ``newscorpus warc``'s records in flight).
Workers are started by a fork server (no fork of a process with threads, sockets and
databases) that has loaded the models once (:mod:`newscorpus.crawl.worker_preload`), so the
workers share them; a pool whose worker died is replaced, the jobs it held fail with
:class:`BrokenProcessPool`.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

from newscorpus import pagework

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from newscorpus.pagework import PageSetup

logger = logging.getLogger(__name__)

#: Jobs per task at most: signing gets cheaper per text up to a few hundred, but one big
#: batch keeps one worker busy while the other may idle.
MAX_BATCH = 8
#: Batches in flight per worker: one running, one waiting in its pipe.
IN_FLIGHT_PER_WORKER = 2


class WorkPool:
    """``workers`` processes started with :func:`newscorpus.pagework.start_worker`.

    :meth:`submit` returns a future per job. A finished batch is handed to ``deliver`` (a
    function that calls what it is given: the reactor's ``callFromThread``; by default
    called at once, in the pool's result thread), which sets the jobs' results and sends the
    next batches."""

    def __init__(
        self,
        setup: PageSetup,
        workers: int,
        deliver: Callable[[Callable[[], None]], Any] | None = None,
    ) -> None:
        self.setup = setup
        self.workers = workers
        self._deliver = deliver or (lambda call: call())
        self._lock = threading.RLock()
        self._executor = self._start()
        self._waiting: deque[tuple[Callable[..., Any], Any, Future[Any]]] = deque()
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

    def submit(
        self, function: Callable[[Sequence[Any]], list[Any]], job: Any, first: bool = False
    ) -> Future[Any]:
        """``function``'s result for ``job``, run in a worker in a batch with other jobs of
        the same function. ``first``: ahead of the jobs waiting (work a caller waits on)."""
        future: Future[Any] = Future()
        with self._lock:
            if first:
                self._waiting.appendleft((function, job, future))
            else:
                self._waiting.append((function, job, future))
            self._dispatch()
        return future

    def _dispatch(self) -> None:
        while self._waiting and self._in_flight < IN_FLIGHT_PER_WORKER * self.workers:
            function = self._waiting[0][0]
            jobs, futures = [], []
            while self._waiting and self._waiting[0][0] is function and len(jobs) < MAX_BATCH:
                _, job, future = self._waiting.popleft()
                jobs.append(job)
                futures.append(future)
            executor = self._executor
            try:
                done = executor.submit(function, jobs)
            except BrokenProcessPool as exc:
                self._replace(executor, exc)
                executor = self._executor
                done = executor.submit(function, jobs)
            self._in_flight += 1
            done.add_done_callback(
                lambda done, waiting=futures, by=executor: self._deliver(
                    lambda: self._done(done, waiting, by)
                )
            )

    def _done(
        self, done: Future[list[Any]], futures: list[Future[Any]], by: ProcessPoolExecutor
    ) -> None:
        with self._lock:
            self._in_flight -= 1
            try:
                results = done.result()
            except Exception as exc:
                if isinstance(exc, BrokenProcessPool):
                    self._replace(by, exc)
                for future in futures:
                    future.set_exception(exc)
            else:
                for future, result in zip(futures, results, strict=True):
                    future.set_result(result)
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
