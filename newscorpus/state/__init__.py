"""What must outlive a crawl: the URLs already handled and the dedup index.

:class:`StateStore` is the interface the crawl talks to; :class:`SqliteStateStore` is the
embedded backend (one SQLite file in ``NEWSCORPUS_STATE_DIR``, no server). A Redis backend for
many workers will implement the same interface.
"""

from __future__ import annotations

from newscorpus.state.base import Fetch, StateStore
from newscorpus.state.lock import StateInUse
from newscorpus.state.sqlite import SqliteStateStore

__all__ = ["Fetch", "SqliteStateStore", "StateInUse", "StateStore"]
