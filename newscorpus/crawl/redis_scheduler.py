"""The scheduler of a crawl shared on Redis: scrapy-redis's, with a reliable hand-off.

scrapy-redis keeps the frontier (a priority queue) and the request dupefilter on the server,
shared by every worker; its pop removes a request for good, so a worker killed mid-crawl
loses what it had taken. Here a pop moves the request into the worker's in-flight hash
(:meth:`Lease.pop <newscorpus.state.redis_lease.Lease.pop>`), and the request is
acknowledged in the first state commit after the engine finished with it (downloaded,
parsed, its items through the pipelines and written). Every ``lease_seconds / 3`` the
scheduler reclaims dead workers (their requests go back to
the queue). The switch is ``NEWSCORPUS_REDIS_URL`` (see :mod:`newscorpus.settings`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import NotConfigured
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler
from twisted.internet.task import LoopingCall

from newscorpus.crawl.pipelines.state import CrawlState
from newscorpus.state.redis_store import RedisStateStore

if TYPE_CHECKING:
    from typing import Self

    from scrapy import Request, Spider
    from scrapy.crawler import Crawler

    from newscorpus.state.redis_lease import Lease

logger = logging.getLogger(__name__)


class LeasedQueue(PriorityQueue):
    """scrapy-redis's priority queue whose pop hands a request to the worker's lease."""

    lease: Lease | None = None

    def pop_leased(self) -> tuple[Request, str] | None:
        """The next request and its lease token, or None when the queue is empty."""
        if self.lease is None:
            raise RuntimeError("LeasedQueue needs the worker's lease (SharedScheduler)")
        found = self.lease.pop(self.key)
        if found is None:
            return None
        token, data = found
        return self._decode_request(data), token

    def pop(self, timeout: float = 0) -> Request | None:
        found = self.pop_leased()
        return None if found is None else found[0]


class SharedScheduler(Scheduler):
    """scrapy-redis's scheduler on the crawl's :class:`RedisStateStore` lease: requests in
    flight are acknowledged only once their records are committed, and requests of dead
    workers are requeued (the heartbeat is the lease's own thread)."""

    crawler: Crawler
    store: RedisStateStore

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        scheduler = super().from_crawler(crawler)
        scheduler.crawler = crawler
        return scheduler

    def open(self, spider: Spider) -> None:
        super().open(spider)
        store = CrawlState.of(self.crawler)
        if not isinstance(store, RedisStateStore):
            raise NotConfigured("SharedScheduler needs NEWSCORPUS_REDIS_URL")
        if not isinstance(self.queue, LeasedQueue):
            raise NotConfigured("SharedScheduler needs SCHEDULER_QUEUE_CLASS LeasedQueue")
        self.store = store
        self.queue.lease = store.lease
        store.lease.finished = self.finished_tokens
        self._handed: dict[str, Request] = {}  # token -> request, until acknowledged
        if self.stats:
            self.stats.set_value("newscorpus/redis/dequeued", 0)
        self._loop = LoopingCall(self.tend)
        self._loop.start(max(store.lease.lease_ms / 3000, 0.1), now=True)

    def enqueue_request(self, request: Request) -> bool:
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self) -> Request | None:
        found = self.queue.pop_leased()
        if found is None:
            return None
        request, token = found
        self._handed[token] = request
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
            self.stats.inc_value("newscorpus/redis/dequeued")
        return request

    def finished_tokens(self) -> list[str]:
        """Tokens of the requests handed out that the engine is done with: no longer in its
        slot's in-progress set (left once the scrape of the response, items included, is
        over). Read by the lease at each commit, right after the corpus files are synced."""
        engine = self.crawler.engine
        slot = getattr(engine, "_slot", None)
        in_progress: Any = getattr(slot, "inprogress", None)
        if in_progress is None:  # unknown: keep them leased (requeued when leaving)
            return []
        done = [token for token, request in self._handed.items() if request not in in_progress]
        for token in done:
            del self._handed[token]
        return done

    def has_pending_requests(self) -> bool:
        """Requests queued, or held by other workers (they may add more, or die)."""
        return len(self.queue) > 0 or self.store.lease.in_flight() > 0

    def tend(self) -> None:
        """Stop if this worker lost its lease (its heartbeat thread says so); reclaim dead
        workers."""
        if (lost := self.store.lease.lost) is not None:
            logger.error("%s: stopping this worker", lost)
            if self.stats:
                self.stats.inc_value("newscorpus/redis/lease_lost")
            self.crawler.engine.close_spider(self.spider, "lease_lost")  # type: ignore[union-attr]
            return
        requeued, cut = self.store.reclaim_dead()
        if self.stats:
            for key, count in (("requeued", requeued), ("uncommitted_cut", cut)):
                if count:
                    self.stats.inc_value(f"newscorpus/redis/{key}", count)

    def close(self, reason: str) -> None:
        if getattr(self, "_loop", None) is not None and self._loop.running:
            self._loop.stop()
        super().close(reason)
