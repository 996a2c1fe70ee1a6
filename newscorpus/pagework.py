"""The work on one fetched page that needs no crawl state: extraction up to the body lines,
the article decision and the dedup signature, run in worker processes
(:class:`newscorpus.pagepool.WorkPool`, for a crawl and for ``newscorpus warc --workers N``).

What does need state stays with the caller, in order: the site's boilerplate
(:class:`SiteBoilerplate`) cuts from :attr:`PageOutcome.draft`'s body, and the dedup decision
against the index. :meth:`PageWork.draft` finishes each page as if the boilerplate cut
nothing (so the common case is one round trip); when it does cut lines,
:meth:`PageWork.finish` redoes the decision on the body that is left, exactly as
:meth:`Extractor.extract` would have. Texts are signed together, a batch at a time (much
cheaper per text than one by one).

:func:`page_record` is the whole of it for one page without any state: HTML and URL in,
the corpus record or the reason there is none out.

A page job is ``(html, url, origin)``: the page, its URL and how the crawl came to it
(:class:`newscorpus.origin.Origin`, None when unknown), which the not-an-article decision
weighs.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from newscorpus.article import Extraction, NotArticleReason
from newscorpus.dedup import DedupConfig, Deduplicator, MemoryIndex
from newscorpus.extract import Draft, ExtractionOptions, Extractor, SiteBoilerplate, SiteProfiles
from newscorpus.extract.metadata import detect_language
from newscorpus.extract.pagetype import bundled_model
from newscorpus.origin import Origin
from newscorpus.records import build_record, now_iso
from newscorpus.urls import site_of
from newscorpus.versions import fingerprint

if TYPE_CHECKING:
    from collections.abc import Sequence
    from multiprocessing.process import BaseProcess

    from newscorpus.dedup import Entry

#: A page to work on: its HTML, its URL and its origin (None: unknown).
PageJob = tuple[str | bytes, str, Origin | None]


@dataclass(frozen=True)
class PageSetup:
    """What a worker needs to build its extractor and signer (picklable)."""

    options: ExtractionOptions = field(default_factory=ExtractionOptions)
    profiles: tuple[str, ...] = ()  # site profile files after the bundled ones
    bundled_profiles: bool = True
    dedup: DedupConfig | None = None  # sign texts with this config; None: no signatures
    sites_file: str | None = None  # a sites file whose body and prune come last


@dataclass
class PageOutcome:
    """One page's result: its extraction (None if extraction raised: ``error`` says what),
    the draft when the page has body lines (the boilerplate may still cut some: then
    :meth:`PageWork.finish`), the dedup entry of the article's text when signing, and the
    text's version fingerprint."""

    extraction: Extraction | None
    draft: Draft | None = None
    entry: Entry | None = None
    error: tuple[str, str] | None = None  # (exception type name, its repr)
    fingerprint: bytes | None = None  # of the article's text (newscorpus.versions)


class PageWork:
    """An extractor without boilerplate state, and a signer."""

    def __init__(self, setup: PageSetup) -> None:
        profiles = SiteProfiles.load(list(setup.profiles), bundled=setup.bundled_profiles)
        if setup.sites_file:
            from newscorpus.sites import load_sites  # the crawl checked it before it started

            profiles = load_sites(setup.sites_file).profiles(profiles)
        self.extractor = Extractor(setup.options, None, profiles)
        self.signer = Deduplicator(MemoryIndex(), setup.dedup) if setup.dedup else None

    def draft(self, pages: Sequence[PageJob]) -> list[PageOutcome]:
        """Each ``(html, url, origin)`` page extracted and decided as if no boilerplate were
        cut."""
        outcomes = []
        for html, url, origin in pages:
            try:
                draft = self.extractor.draft(html, url, origin)
                if isinstance(draft, Extraction):
                    outcomes.append(PageOutcome(draft))
                else:
                    extraction = self.extractor.finish(draft, draft.body)
                    outcomes.append(PageOutcome(extraction, draft))
            except Exception as exc:
                outcomes.append(PageOutcome(None, error=(type(exc).__name__, repr(exc))))
        return self._signed(outcomes)

    def finish(self, drafts: Sequence[tuple[Draft, list[str], int]]) -> list[PageOutcome]:
        """Each ``(draft, body left, lines cut)`` decided on the body left."""
        outcomes = []
        for draft, body, cut in drafts:
            try:
                outcomes.append(PageOutcome(self.extractor.finish(draft, body, cut)))
            except Exception as exc:
                outcomes.append(PageOutcome(None, error=(type(exc).__name__, repr(exc))))
        return self._signed(outcomes)

    def _signed(self, outcomes: list[PageOutcome]) -> list[PageOutcome]:
        """The outcomes with the fingerprints of their articles' texts and their entries,
        signed in one batch."""
        articles = [o for o in outcomes if o.extraction and o.extraction.article]
        for outcome in articles:
            outcome.fingerprint = fingerprint(outcome.extraction.article.text)  # type: ignore[union-attr]
        if self.signer is not None and articles:
            prepared = self.signer.prepare([o.extraction.article.text for o in articles])  # type: ignore[union-attr]
            for i, outcome in enumerate(articles):
                outcome.entry = prepared.entry(i)
        return outcomes


_work: PageWork | None = None


def load_models() -> None:
    """Load what every page needs (language identifier, page-type model, bundled site
    profiles) into this process: a fork server calls it so that its workers share them."""
    bundled_model()
    SiteProfiles.bundled()
    detect_language("The workers load their models once, before the crawl sends them pages." * 4)


def start_worker(setup: PageSetup) -> None:
    """Initializer of a worker process: its extractor and signer, built once. Ctrl-C (the
    terminal's SIGINT, sent to every process of the crawl) is left to the crawl process,
    which stops gracefully and then stops its workers; a worker ends by itself when the
    crawl process dies."""
    global _work
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if (crawl := multiprocessing.parent_process()) is not None:
        threading.Thread(target=_exit_with, args=(crawl,), daemon=True).start()
    _work = PageWork(setup)


def _exit_with(crawl: BaseProcess) -> None:
    """End this worker once the crawl process is gone (``kill -9`` too): the pool's workers
    would otherwise wait for work forever, and keep their fork server alive."""
    crawl.join()
    os._exit(0)


def worker() -> PageWork:
    """The page work of this worker process (started by :func:`start_worker`)."""
    assert _work is not None, "start_worker() first"
    return _work


def cut_boilerplate(
    boilerplate: SiteBoilerplate | None, outcome: PageOutcome, url: str
) -> tuple[Draft, list[str], int] | None:
    """The site's boilerplate learnt from and cut out of a drafted page (call in the order the
    extractor would see the pages): what :meth:`PageWork.finish` needs when it cut lines,
    None when the draft's decision stands."""
    draft = outcome.draft
    if draft is None or boilerplate is None or not url:
        return None
    body, cut = boilerplate.process(site_of(url), url, draft.body)
    return (draft, body, len(cut)) if cut else None


def draft_in_worker(pages: Sequence[PageJob]) -> list[PageOutcome]:
    """:meth:`PageWork.draft` in a worker started by :func:`start_worker`."""
    return worker().draft(pages)


def finish_in_worker(drafts: Sequence[tuple[Draft, list[str], int]]) -> list[PageOutcome]:
    """:meth:`PageWork.finish` in a worker started by :func:`start_worker`."""
    return worker().finish(drafts)


@cache
def _default_work() -> PageWork:
    return PageWork(PageSetup())


def page_record(
    html: str | bytes, url: str, crawled_at: str | None = None
) -> dict[str, Any] | NotArticleReason:
    """The corpus record of one page with default options and no boilerplate state, or why
    there is none (extraction errors raise)."""
    extraction = _default_work().extractor.extract(html, url)
    if extraction.article is None:
        return extraction.reason or NotArticleReason.NO_TEXT
    return build_record(extraction.article, url, crawled_at or now_iso())
