"""From a fetched page to a corpus record, without Scrapy: extraction with what it cut, and
the dedup decision. The crawl's item pipelines and ``newscorpus warc`` both run these steps,
so a page gives the same record, and the same counts (stats keys ``newscorpus/...``), both
ways."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from newscorpus.article import NOT_TEASER_STAGES
from newscorpus.crawl.counters import count as count_site
from newscorpus.records import SignedRecord, build_record
from newscorpus.state import Fetch
from newscorpus.versions import fingerprint

if TYPE_CHECKING:
    from newscorpus.article import Extraction
    from newscorpus.dedup import Deduplicator
    from newscorpus.extract import Extractor
    from newscorpus.pagework import PageOutcome
    from newscorpus.records import FetchedPage
    from newscorpus.state import StateStore


class Stats(Protocol):
    """What counts the outcomes: Scrapy's stats collector, or :class:`Counts`."""

    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None: ...


class Counts(dict[str, int]):
    """Stats outside a crawl: ``newscorpus/...`` keys and their counts."""

    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None:
        self[key] = self.get(key, start) + count


@dataclass
class Extracted:
    """What extraction made of one page (picklable: it may come from a worker process)."""

    url: str
    #: The corpus record, or None when the page is not an article or extraction failed.
    record: dict[str, Any] | None
    #: Stats to add, ``newscorpus/extract/pages`` included.
    counts: dict[str, int] = field(default_factory=dict)
    #: Why there is no record: ``not_article``, ``undecodable`` or ``error``, with a one-line
    #: message.
    rejected: str | None = None
    message: str = ""
    #: The site profile whose body selectors matched nothing on the page.
    stale_profile: str | None = None

    def count(self, stats: Stats) -> None:
        for key, value in self.counts.items():
            stats.inc_value(key, value)


#: What a decoder puts for bytes it cannot read: a record holding it is dropped.
REPLACEMENT_CHARACTER = "\ufffd"


def extract_page(extractor: Extractor, page: FetchedPage) -> Extracted:
    """Run ``extractor`` on ``page``: its record, or why there is none, with the counts."""
    try:
        extraction = extractor.extract(page.html, page.url, page.origin)
    except Exception as exc:
        return failed_page(page, type(exc).__name__, repr(exc))
    return extracted_page(page, extraction)


def failed_page(page: FetchedPage, kind: str, message: str) -> Extracted:
    """A page whose extraction failed (raised ``kind``, here or in a worker), counted."""
    counts = _page_counts(page)
    counts.inc_value(f"newscorpus/extract/error/{kind}")
    count_site(counts, page.site, "errors")
    return Extracted(page.url, None, counts, "error", f"extraction failed on {page.url}: {message}")


def outcome_page(page: FetchedPage, outcome: PageOutcome) -> Extracted:
    """The record of ``page`` from a page worker's ``outcome`` (signed when it carries the
    text's dedup entry), or why there is none, with the counts."""
    if outcome.error is not None or outcome.extraction is None:
        return failed_page(page, *(outcome.error or ("NoExtraction", "")))
    extracted = extracted_page(page, outcome.extraction)
    if extracted.record is not None and (outcome.entry or outcome.fingerprint) is not None:
        extracted.record = SignedRecord(extracted.record, outcome.entry, outcome.fingerprint)
    return extracted


def extracted_page(page: FetchedPage, extraction: Extraction) -> Extracted:
    """The record of ``page`` from its ``extraction`` (done here or in a worker), or why there
    is none, with the counts."""
    counts = _page_counts(page)
    site = page.site
    stale = None
    if extraction.profile:
        outcome = "missed" if extraction.profile_missed else "applied"
        counts.inc_value(f"newscorpus/profiles/{outcome}/{extraction.profile}")
        stale = extraction.profile if extraction.profile_missed else None
    for stage, cut in extraction.cut_by.items():
        kind = "extract" if stage in NOT_TEASER_STAGES else "teasers"
        counts.inc_value(f"newscorpus/{kind}/{stage}", cut)
    count_site(counts, site, "teasers", extraction.teasers_cut)
    if extraction.boilerplate_cut:
        counts.inc_value("newscorpus/boilerplate/paragraphs_cut", extraction.boilerplate_cut)
    if extraction.article is None:
        reason = extraction.reason.value if extraction.reason else "unknown"
        counts.inc_value(f"newscorpus/extract/not_article/{reason}")
        count_origin(counts, page, "not_articles")
        count_site(counts, site, "not_articles")
        message = f"not an article ({reason}): {page.url}"
        return Extracted(page.url, None, counts, "not_article", message, stale)
    if extraction.teasers_cut:
        counts.inc_value("newscorpus/teasers/pages_with_teasers")
    record = build_record(extraction.article, page.url, page.crawled_at)
    if unreadable := sum(
        str(record[key] or "").count(REPLACEMENT_CHARACTER) for key in ("title", "text")
    ):
        counts.inc_value("newscorpus/extract/undecodable")
        message = (
            f"undecodable text: {page.url} holds {unreadable} replacement characters (U+FFFD): "
            "its bytes fit no charset"
        )
        return Extracted(page.url, None, counts, "undecodable", message, stale)
    counts.inc_value("newscorpus/extract/articles")
    count_origin(counts, page, "articles")
    count_site(counts, site, "articles")
    return Extracted(page.url, record, counts, stale_profile=stale)


def count_origin(counts: Stats, page: FetchedPage, decision: str) -> None:
    """The decision on a page of known origin, by origin: ``newscorpus/extract/origin/<origin>/
    articles`` or ``.../not_articles`` (a page of unknown origin, from a WARC file, is not)."""
    if page.origin is not None:
        counts.inc_value(f"newscorpus/extract/origin/{page.origin.value}/{decision}")


def _page_counts(page: FetchedPage) -> Counts:
    counts = Counts()
    counts.inc_value("newscorpus/extract/pages")
    count_site(counts, page.site, "pages")
    return counts


@dataclass
class DedupOutcome:
    """What the dedup step decided for one record."""

    #: ``kept``, ``extends`` (kept: it adds enough text to an earlier one), ``url`` (its URL
    #: already gave a record), ``exact`` or ``near`` (a duplicate text).
    kind: str
    #: The record it duplicates or extends.
    duplicate_of: str | None = None
    #: The dups-file line of a dropped record: ``{id, url, duplicate_of, kind, similarity,
    #: coverage}``.
    listing: dict[str, Any] | None = None
    #: One line saying why (for dropped and extending records).
    message: str = ""

    @property
    def kept(self) -> bool:
        return self.kind in {"kept", "extends"}

    def count(self, stats: Stats) -> None:
        """``newscorpus/dedup/<kind>``; an extending record counts as kept too."""
        stats.inc_value(f"newscorpus/dedup/{self.kind}")
        if self.kind == "extends":
            stats.inc_value("newscorpus/dedup/kept")


def dedup_record(
    store: StateStore, dedup: Deduplicator | None, record: dict[str, Any]
) -> DedupOutcome:
    """Decide whether ``record`` joins the corpus, and remember its URLs (fetched and
    canonical) in ``store`` either way, all in one transaction. With ``dedup`` None only URLs
    are checked."""
    urls = [record["url"], record.get("fetched_url") or record["url"]]
    with store.transaction():
        earlier = store.seen(record["url"])
        verdict = None
        if earlier is None and dedup is not None:
            if isinstance(record, SignedRecord) and record.entry is not None:  # in a worker
                verdict = dedup.check_and_add_entry(record["id"], record.entry)
            else:
                verdict = dedup.check_and_add(record["id"], record["text"])
        duplicate = verdict is not None and verdict.is_duplicate
        store.mark_seen(urls, earlier or (verdict.duplicate_of if duplicate else record["id"]))
        if earlier is None and not duplicate:  # what a later revisit compares with
            now = time.time()
            print_ = record.fingerprint if isinstance(record, SignedRecord) else None
            print_ = print_ if print_ is not None else fingerprint(record["text"])
            store.record_fetch(urls, Fetch(record["id"], 1, now, now, print_))
    if earlier is not None:
        listing = {
            "id": record["id"],
            "url": record["url"],
            "duplicate_of": earlier,
            "kind": "url",
            "similarity": None,
            "coverage": None,
        }
        message = f"duplicate URL: {record['url']} is record {earlier}"
        return DedupOutcome("url", earlier, listing, message)
    if verdict is None:
        return DedupOutcome("kept")
    if verdict.is_duplicate:
        message = (
            f"{verdict.kind} duplicate: {record['id']} ({record['url']}) duplicates "
            f"{verdict.duplicate_of}, similarity {verdict.similarity:.2f}, "
            f"coverage {verdict.coverage:.2f}"
        )
        listing = verdict.record(record["id"], record["url"])
        return DedupOutcome(verdict.kind, verdict.duplicate_of, listing, message)
    message = (
        f"{record['id']} ({record['url']}) extends {verdict.duplicate_of}: it holds "
        f"{100 * verdict.covered:.0f} % of it, and {100 * (1 - verdict.coverage):.0f} % of its "
        "own text is new"
    )
    return DedupOutcome("extends", verdict.duplicate_of, message=message)
