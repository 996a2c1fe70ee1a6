"""Learning a site's boilerplate during a crawl: paragraphs that recur across its pages.

Teaser boxes of the week, newsletter prompts and copyright lines slip past page-level rules
but show up, word for word, on many pages of the same site. A paragraph counts as boilerplate
once it has been seen on ``min_pages`` pages that tell *different* stories: pages that share
most of their paragraphs (the same story under two URLs, a recrawl) count as one, so a real
body paragraph is never cut because a near-copy of its article was seen.
"""

from __future__ import annotations

import logging
from collections import OrderedDict, defaultdict

import xxhash

from newscorpus.extract.text import paragraph_key

logger = logging.getLogger(__name__)

MIN_CHARS = 25


def paragraph_hash(line: str) -> int | None:
    """A 64-bit hash of the paragraph's :func:`paragraph_key` (None if that is empty): the
    learner keeps up to ``max_pages`` pages of every site as hashes rather than texts, so its
    memory stays small over millions of pages."""
    key = paragraph_key(line)
    return xxhash.xxh64_intdigest(key.encode("utf-8")) if key else None


class SiteBoilerplate:
    """Counts paragraphs across the pages of each site and cuts the recurring ones."""

    def __init__(
        self, min_pages: int = 3, same_story_overlap: float = 0.5, max_pages: int = 2000
    ) -> None:
        self.min_pages = min_pages
        self.same_story_overlap = same_story_overlap
        self.max_pages = max_pages
        self._pages: dict[str, OrderedDict[str, frozenset[int]]] = defaultdict(OrderedDict)
        self._seen_on: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
        self.learned: dict[str, dict[int, str]] = defaultdict(dict)  # site -> key -> first text

    def process(self, site: str, page: str, lines: list[str]) -> tuple[list[str], list[str]]:
        """Record the paragraphs of ``page`` on ``site``; return them split into (kept, cut)."""
        keys = [paragraph_hash(line) if len(line) >= MIN_CHARS else None for line in lines]
        self._observe(site, page, frozenset(k for k in keys if k is not None))
        kept, cut = [], []
        for line, key in zip(lines, keys, strict=True):
            if key is not None and self._is_boilerplate(site, key):
                cut.append(line)
                if key not in self.learned[site]:
                    self.learned[site][key] = line
                    logger.info(
                        "Boilerplate of %s (on %d different stories), cut from now on: %r",
                        site,
                        len(self._seen_on[site][key]),
                        line[:120],
                    )
            else:
                kept.append(line)
        return kept, cut

    def _observe(self, site: str, page: str, keys: frozenset[int]) -> None:
        pages, seen_on = self._pages[site], self._seen_on[site]
        if page in pages:
            return
        pages[page] = keys
        for key in keys:
            seen_on[key].append(page)
        while len(pages) > self.max_pages:
            old_page, old_keys = pages.popitem(last=False)
            for key in old_keys:
                holders = seen_on[key]
                holders.remove(old_page)
                if not holders:
                    del seen_on[key]

    def _is_boilerplate(self, site: str, key: int) -> bool:
        holders = self._seen_on[site].get(key, [])
        if len(holders) < self.min_pages:
            return False
        pages = self._pages[site]
        stories: list[frozenset[int]] = []
        for page in holders:
            keys = pages[page]
            if all(self._overlap(keys, other) < self.same_story_overlap for other in stories):
                stories.append(keys)
                if len(stories) >= self.min_pages:
                    return True
        return False

    @staticmethod
    def _overlap(a: frozenset[int], b: frozenset[int]) -> float:
        smaller = min(len(a), len(b))
        return len(a & b) / smaller if smaller else 0.0
