"""``newscorpus warc``: a corpus from WARC files, by the crawl's own steps.

With ``-s NEWSCORPUS_REPORT_FILE=FILE`` all counts are written there as JSON, as a crawl
writes its stats (``{"finish_reason", "stats"}``).

Each response record is decoded as the crawl decodes a fetched page (a Scrapy response built
from the record's URL, headers and body: same class, same encoding detection), classified the
same way (only HTML is extracted), extracted by the same :class:`Extractor` with the same
settings (``NEWSCORPUS_*``, given as ``-s NAME=VALUE``), and deduplicated by the same step
(:mod:`newscorpus.steps`) against a fresh state or a crawl's (``--state``). Records come out
in input order, in the crawl's shape; ``crawled_at`` is the record's ``WARC-Date``.

With ``workers`` > 1 the records are decoded, extracted and signed in the crawl's page
workers (:class:`newscorpus.pagepool.WorkPool`, :class:`PooledExtraction`); the per-site
boilerplate learner, which depends on the order it sees a site's pages in, runs in this
process in input order, and so do the dedup decisions: the output does not depend on the
worker count. At most ``IN_FLIGHT_PER_WORKER`` records per worker are in flight, so memory
stays flat however large the inputs are.

The output is written to ``OUT.part`` and renamed to ``OUT`` once complete; only then is a
``--state`` committed.
"""

from __future__ import annotations

import json
import logging
import tempfile
from collections import deque
from contextlib import ExitStack
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeAlias

from scrapy.http import Headers
from scrapy.responsetypes import responsetypes
from scrapy.settings import Settings

from newscorpus import pagework
from newscorpus import settings as defaults
from newscorpus.crawl.checks import check_ranges
from newscorpus.crawl.pipelines.dedup import config_from_settings
from newscorpus.crawl.pipelines.extract import (
    boilerplate_from_settings,
    extractor_from_settings,
    page_setup_from_settings,
    warn_stale_profile,
)
from newscorpus.crawl.responses import html_page, response_kind
from newscorpus.dedup import Deduplicator
from newscorpus.origin import parse as parse_origin
from newscorpus.pagepool import WorkPool
from newscorpus.pagework import cut_boilerplate
from newscorpus.records import FetchedPage, now_iso
from newscorpus.state import SqliteStateStore
from newscorpus.steps import (
    Counts,
    Extracted,
    dedup_record,
    extract_page,
    failed_page,
    outcome_page,
)
from newscorpus.warc.read import Damage, Other, Response, read_warc

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence
    from concurrent.futures import Future

    from newscorpus.extract import Extractor, SiteBoilerplate
    from newscorpus.pagework import PageOutcome
    from newscorpus.state import StateStore

logger = logging.getLogger(__name__)

IN_FLIGHT_PER_WORKER = 16
#: Headers of the body as sent; warcio has undone both encodings already.
WIRE_ENCODINGS = frozenset({"content-encoding", "transfer-encoding"})


def build_settings(overrides: dict[str, str]) -> Settings:
    """The crawl's ``NEWSCORPUS_*`` defaults with ``overrides``; ValueError for a name that is
    no newscorpus setting or a value out of range."""
    for name in overrides:
        if name not in defaults.NEWSCORPUS_DEFAULTS:
            raise ValueError(f"-s {name}: not a NEWSCORPUS_* setting")
    settings = Settings()
    settings.setdict(defaults.NEWSCORPUS_DEFAULTS, priority="addon")
    settings.setdict(overrides, priority="cmdline")
    try:
        check_ranges(settings)
    except Exception as exc:  # UsageError
        raise ValueError(str(exc)) from None
    return settings


@dataclass
class Skipped:
    """A response record that gives no page to extract, and why (a stats key's last part)."""

    url: str
    reason: str


def crawled_at(warc_date: str) -> str:
    """A record's ``WARC-Date`` as the crawl writes ``crawled_at`` (UTC, to the second)."""
    try:
        when = datetime.fromisoformat(warc_date.replace("Z", "+00:00"))
    except ValueError:
        return now_iso()
    return when.replace(microsecond=0).isoformat()


def decode_record(record: Response) -> FetchedPage | Skipped:
    """The page of one response record, decoded and classified as the crawl does a fetched
    page; or why there is none."""
    if not 200 <= record.status < 300:
        return Skipped(record.url, "status")
    pairs = [(k, v) for k, v in record.headers if k.lower() not in WIRE_ENCODINGS]
    headers = Headers(pairs)
    try:
        cls = responsetypes.from_args(headers=headers, url=record.url, body=record.body)
        response = cls(url=record.url, status=record.status, headers=headers, body=record.body)
        kind, _ = response_kind(response)
        page = html_page(response, kind, crawled_at(record.date))
    except (ValueError, TypeError, LookupError) as exc:  # a URL or encoding Scrapy refuses
        logger.warning("Undecodable response record %s: %s", record.url[:200], exc)
        return Skipped(record.url, "undecodable")
    if page is None:
        return Skipped(record.url, "not_html")
    page.origin = parse_origin(record.origin)
    return page


def process_response(extractor: Extractor, record: Response) -> Extracted | Skipped:
    """Decode, classify and extract one response record, as the crawl does a fetched page."""
    page = decode_record(record)
    if isinstance(page, Skipped):
        return page
    return extract_page(extractor, page)


@dataclass
class Drafted:
    """A record's page drafted in a worker (:meth:`PageWork.draft`), without its HTML."""

    page: FetchedPage
    outcome: PageOutcome


def draft_records(records: Sequence[Response]) -> list[Drafted | Skipped]:
    """In a page worker: each record decoded, its page drafted (pages signed together)."""
    pages = [decode_record(record) for record in records]
    fetched = [page for page in pages if isinstance(page, FetchedPage)]
    outcomes = iter(
        pagework.worker().draft([(page.html, page.url, page.origin) for page in fetched])
    )
    return [
        page if isinstance(page, Skipped) else Drafted(replace(page, html=""), next(outcomes))
        for page in pages
    ]


#: A record's result, or its page and the future of its decision once the boilerplate is cut.
Deciding: TypeAlias = "Extracted | Skipped | tuple[FetchedPage, Future[PageOutcome]]"


class PooledExtraction:
    """Extraction in a :class:`WorkPool`: records drafted in the workers, the site's
    boilerplate cut here in input order (so the output does not depend on the worker count),
    a page whose boilerplate was cut decided again in a worker, ahead of the records
    waiting. At most ``in_flight`` records are drafted at once, and as many wait for their
    second decision."""

    def __init__(self, pool: WorkPool, boilerplate: SiteBoilerplate | None, in_flight: int) -> None:
        self.pool = pool
        self.boilerplate = boilerplate
        self.in_flight = in_flight

    def run(self, records: Iterable[Response], take: Callable[[Extracted | Skipped], None]) -> None:
        """Hand each of ``records``' results to ``take``, in input order."""
        drafting: deque[tuple[Response, Future[Drafted | Skipped]]] = deque()
        deciding: deque[Deciding] = deque()

        def advance() -> None:
            record, future = drafting.popleft()
            try:
                drafted = future.result()
            except Exception as exc:  # the worker died (BrokenProcessPool) or the result broke
                page = FetchedPage(url=record.url, html="", crawled_at=crawled_at(record.date))
                deciding.append(failed_page(page, type(exc).__name__, repr(exc)))
            else:
                deciding.append(self._cut(drafted))
            while deciding and (len(deciding) > self.in_flight or _ready(deciding[0])):
                take(_settled(deciding.popleft()))

        for record in records:
            if len(drafting) >= self.in_flight:
                advance()
            drafting.append((record, self.pool.submit(draft_records, record)))
        while drafting:
            advance()
        while deciding:
            take(_settled(deciding.popleft()))

    def _cut(self, drafted: Drafted | Skipped) -> Deciding:
        """The page's boilerplate cut (in input order): its result, or the page and the
        future of its decision again."""
        if isinstance(drafted, Skipped):
            return drafted
        page, outcome = drafted.page, drafted.outcome
        if (again := cut_boilerplate(self.boilerplate, outcome, page.url)) is not None:
            return page, self.pool.submit(pagework.finish_in_worker, again, first=True)
        return outcome_page(page, outcome)


def _ready(deciding: Deciding) -> bool:
    return not isinstance(deciding, tuple) or deciding[1].done()


def _settled(deciding: Deciding) -> Extracted | Skipped:
    if not isinstance(deciding, tuple):
        return deciding
    page, future = deciding
    try:
        outcome = future.result()
    except Exception as exc:  # the worker died (BrokenProcessPool) or the result broke
        return failed_page(page, type(exc).__name__, repr(exc))
    return outcome_page(page, outcome)


def records_of(paths: Sequence[Path], counts: Counts) -> Iterator[Response]:
    """The response records of ``paths`` in order; every other record and every damage is
    counted (``newscorpus/warc/...``), damage logged in one line each."""
    for path in paths:
        counts.inc_value("newscorpus/warc/files")
        for item in read_warc(path):
            if isinstance(item, Response):
                counts.inc_value("newscorpus/warc/records/response")
                yield item
            elif isinstance(item, Other):
                counts.inc_value(f"newscorpus/warc/records/{item.kind}")
            elif isinstance(item, Damage):
                counts.inc_value(f"newscorpus/warc/damaged/{item.kind}")
                logger.warning("Skipped %s WARC data at %s: %s", item.kind, item.where, item.detail)


@dataclass
class Summary:
    """What a run did: every count, and how many records it wrote."""

    counts: Counts
    written: int


def run(
    inputs: Sequence[Path],
    output: Path,
    state: Path | None = None,
    overrides: dict[str, str] | None = None,
    workers: int = 1,
) -> Summary:
    """Build the corpus ``output`` from the WARC files ``inputs`` (see the module docstring)."""
    overrides = dict(overrides or {})
    settings = build_settings(overrides)
    for path in inputs:
        if not path.is_file():
            raise OSError(f"{path}: no such file")
    counts = Counts()
    part = output.with_name(output.name + ".part")
    output.parent.mkdir(parents=True, exist_ok=True)
    with ExitStack() as stack:
        if workers > 1:
            pool = WorkPool(page_setup_from_settings(settings), workers)
            stack.callback(pool.close)
            pooled = PooledExtraction(
                pool, boilerplate_from_settings(settings), workers * IN_FLIGHT_PER_WORKER
            )
            pump: Callable[[Iterable[Response], Callable[[Extracted | Skipped], None]], None]
            pump = pooled.run
        else:
            extractor = extractor_from_settings(settings)
            pump = lambda records, take: _pump(extractor, records, take)  # noqa: E731
        state_dir = state
        if state_dir is None:
            state_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix=".nc-warc-")))
        store = stack.enter_context(SqliteStateStore(state_dir))
        dedup = None
        if settings.getbool("NEWSCORPUS_DEDUP_ENABLED"):
            dedup = Deduplicator(store.dedup_index(), config_from_settings(settings))
        store.stage()
        writer = _Writer(store, dedup, counts, part.open("w", encoding="utf-8"))
        try:
            pump(records_of(inputs, counts), writer.take)
        finally:
            writer.file.close()
        part.replace(output)
        store.commit()
    _log_skipped(counts)
    if report := settings.get("NEWSCORPUS_REPORT_FILE"):
        report_path = Path(report)
        report_path.parent.mkdir(parents=True, exist_ok=True)
        body = {"finish_reason": "finished", "stats": dict(counts)}
        report_path.write_text(json.dumps(body, indent=1), "utf-8")
    return Summary(counts, writer.written)


def _pump(
    extractor: Extractor, records: Iterable[Response], take: Callable[[Extracted | Skipped], None]
) -> None:
    """Each of ``records`` extracted in this process, handed to ``take``."""
    for record in records:
        take(process_response(extractor, record))


class _Writer:
    """Takes results in input order: counts them, dedups the records and writes those kept."""

    def __init__(
        self, store: StateStore, dedup: Deduplicator | None, counts: Counts, file: TextIO
    ) -> None:
        self.store = store
        self.dedup = dedup
        self.counts = counts
        self.file = file
        self.written = 0
        self.stale_profiles: set[str] = set()

    def take(self, result: Extracted | Skipped) -> None:
        if isinstance(result, Skipped):
            key = "newscorpus/skipped/not_html" if result.reason == "not_html" else None
            self.counts.inc_value(key or f"newscorpus/warc/skipped/{result.reason}")
            return
        result.count(self.counts)
        warn_stale_profile(result, self.stale_profiles)
        if result.rejected in {"error", "undecodable"}:
            logger.warning("%s", result.message)
        if result.record is None:
            return
        outcome = dedup_record(self.store, self.dedup, result.record)
        outcome.count(self.counts)
        if not outcome.kept:
            logger.debug("%s", outcome.message)
            return
        self.file.write(json.dumps(result.record, ensure_ascii=False) + "\n")
        self.written += 1


def describe(summary: Summary, output: Path) -> str:
    """One line on what a run did."""
    c = summary.counts

    def n(key: str) -> int:
        return c.get(f"newscorpus/{key}", 0)

    not_article = sum(v for k, v in c.items() if k.startswith("newscorpus/extract/not_article/"))
    errors = sum(v for k, v in c.items() if k.startswith("newscorpus/extract/error/"))
    damaged = sum(v for k, v in c.items() if k.startswith("newscorpus/warc/damaged/"))
    return (
        f"wrote {summary.written} records to {output} from {n('warc/records/response')} "
        f"response records in {n('warc/files')} files; pages extracted {n('extract/pages')} "
        f"(not articles {not_article}, extraction errors {errors}); duplicates: "
        f"{n('dedup/url')} url, {n('dedup/exact')} exact, {n('dedup/near')} near; not "
        f"extracted: {n('skipped/not_html')} not HTML, {n('warc/skipped/status')} not 2xx, "
        f"{n('warc/records/revisit')} revisits, {n('warc/skipped/undecodable')} undecodable; "
        f"damaged data skipped: {damaged}"
    )


def _log_skipped(counts: Counts) -> None:
    """One line for what was passed over without being damaged."""
    skipped = {
        "revisit": counts.get("newscorpus/warc/records/revisit", 0),
        "not 2xx": counts.get("newscorpus/warc/skipped/status", 0),
        "not HTML": counts.get("newscorpus/skipped/not_html", 0),
    }
    if any(skipped.values()):
        listed = ", ".join(f"{n} {what}" for what, n in skipped.items() if n)
        logger.info("Response records not extracted: %s (revisits carry no body)", listed)
