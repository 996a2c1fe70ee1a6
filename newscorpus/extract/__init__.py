"""Article extraction: trafilatura for the body, plus teaser removal and metadata.

The stages, in order (each one's cuts are counted in ``Extraction.cut_by`` under its name):

1. parse the page once (trafilatura's loader: encoding detection, broken markup), give old
   layouts paragraphs (``<br><br>``, layout tables), and undo a region tag left open around
   the whole page (:mod:`.structure`);
2. apply the site's profile, if any: its ``prune`` selectors are removed (``profile-prune``),
   its ``body`` selectors narrow what is extracted;
3. find teasers of other stories in the HTML (:mod:`.teasers`): candidates with the detector
   that found them, nothing removed yet;
4. extract the body with trafilatura from the whole page, as plain trafilatura would
   (comments excluded), and put bodies split into chunks around ads back together
   (``chunks-merged``, not a cut); add the lines of trafilatura's recall pass that sit
   between two lines of that body and are new (:mod:`.recall`, ``recall-added``, not a cut);
5. decide, in one place (:mod:`.claims`), which body lines the teaser candidates claim and
   which of those go, never most of the body;
6. clean the body line by line (:mod:`.lines`): headline, byline, unlinked teasers, repeats
   (``unlinked``), blocks of the body repeated further down (``repeated``, not a teaser);
7. cut the site's recurring paragraphs when a :class:`SiteBoilerplate` is given (crawls);
8. read the metadata (the headline alone, :mod:`.headline`) and decide whether the page is an
   article at all (:mod:`.pagetype`), saying why not when it is not; a crawl says where the
   page came from (``origin``, :mod:`newscorpus.origin`), which the decision weighs.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from trafilatura import bare_extraction, load_html

from newscorpus.article import NOT_TEASER_STAGES, Article, Extraction, NotArticleReason
from newscorpus.extract import lines as line_rules
from newscorpus.extract.boilerplate import SiteBoilerplate
from newscorpus.extract.chunks import merge_body_chunks
from newscorpus.extract.claims import claim_lines, decide
from newscorpus.extract.headline import headline
from newscorpus.extract.joiners import keep_joiners
from newscorpus.extract.metadata import (
    byline_authors,
    clean_authors,
    declares_other_type,
    detect_language,
    has_article_markup,
    page_metadata,
    published_datetime,
)
from newscorpus.extract.page import Page
from newscorpus.extract.pagetype import (
    PageEvidence,
    body_features,
    bundled_model,
    is_service_page,
    page_measures,
)
from newscorpus.extract.profiles import SiteProfiles, body_only
from newscorpus.extract.recall import recall_additions, shows_gaps, with_additions
from newscorpus.extract.structure import (
    split_br_paragraphs,
    unwrap_layout_tables,
    unwrap_swallowing_landmarks,
)
from newscorpus.extract.teasers import drop_elements, find_teasers, unlabel
from newscorpus.extract.text import has_words, text_content
from newscorpus.urls import resolve_canonical, site_of

if TYPE_CHECKING:
    from lxml.html import HtmlElement
    from trafilatura.settings import Document

    from newscorpus.origin import Origin

__all__ = [
    "Draft",
    "ExtractionOptions",
    "Extractor",
    "SiteBoilerplate",
    "SiteProfiles",
    "extract_article",
]

logger = logging.getLogger(__name__)
keep_joiners()


@dataclass(frozen=True, slots=True)
class Draft:
    """A page extracted up to its body lines, before the site's boilerplate is cut: what
    :meth:`Extractor.finish` needs, without the page's tree (picklable)."""

    body: list[str]
    article: Article  # all but text and language
    evidence: PageEvidence  # all but body and listing_share
    measures: dict[str, Any]  # pagetype.page_measures
    listing_text: str
    declared_language: str | None
    cut_by: dict[str, int]
    profile: str | None
    profile_missed: bool
    origin: Origin | None = None  # where the crawl found the page (None: unknown)


@dataclass(frozen=True, slots=True)
class ExtractionOptions:
    """What extraction keeps and what it calls an article."""

    min_words: int = 50
    favor_precision: bool = False
    include_tables: bool = True
    prune_xpath: tuple[str, ...] = ()
    remove_teasers: bool = True
    #: add the lines of trafilatura's recall pass that sit inside the default body
    #: (:mod:`.recall`); off with ``favor_precision``
    recall_lines: bool = True
    #: ... running that pass only on pages that show a gap in the default body
    recall_gate: bool = True


#: trafilatura's fallback extractors run when its main pass keeps fewer words than this ...
RESCUE_BELOW_WORDS = 100
#: ... or less text than this share of the page's text outside links, header, footer,
#: navigation and sidebars (:attr:`Page.free_text_chars`).
RESCUE_SHARE_OF_FREE_TEXT = 0.5
#: A fallback body more than this share of which repeats its own paragraphs is refused.
MAX_RESCUE_REPEATED_SHARE = 0.4


#: A body more than this share of which is the page's listing of other pages is a listing.
MAX_LISTING_SHARE = 0.5


class Extractor:
    """Turns HTML pages into :class:`Article` objects; keeps per-site boilerplate state when
    given a :class:`SiteBoilerplate`, so one instance should serve a whole crawl."""

    def __init__(
        self,
        options: ExtractionOptions | None = None,
        boilerplate: SiteBoilerplate | None = None,
        profiles: SiteProfiles | None = None,
        page_model: bool = True,
    ) -> None:
        self.options = options or ExtractionOptions()
        self.page_model = bundled_model() if page_model else None
        self.boilerplate = boilerplate
        self.profiles = profiles if profiles is not None else SiteProfiles.bundled()

    def extract(
        self, html: str | bytes, url: str | None = None, origin: Origin | None = None
    ) -> Extraction:
        """Extract the article of one page, or say why the page holds none; ``origin``, how a
        crawl came to the page, weighs in the not-an-article decision (None: unknown)."""
        draft = self.draft(html, url, origin)
        if isinstance(draft, Extraction):
            return draft
        body, boilerplate_cut = draft.body, 0
        if self.boilerplate is not None and url:
            body, cut = self.boilerplate.process(site_of(url), url, body)
            boilerplate_cut = len(cut)
        return self.finish(draft, body, boilerplate_cut)

    def draft(
        self, html: str | bytes, url: str | None = None, origin: Origin | None = None
    ) -> Draft | Extraction:
        """Stages 1-6 of :meth:`extract`, what needs the page's tree: the cleaned body lines
        and all else the decision needs, or the :class:`Extraction` of a page without text.
        Needs no state of the crawl; :meth:`finish` completes it, after the site's
        boilerplate is cut from ``draft.body``."""
        tree = load_html(html)
        if tree is None:
            return Extraction(None, NotArticleReason.UNPARSABLE)
        cut_by: dict[str, int] = {}
        unwrap_layout_tables(tree)
        split_br_paragraphs(tree)
        unwrap_swallowing_landmarks(tree)
        profile = self.profiles.for_url(url)
        if profile is not None and (pruned := profile.pruned(tree)):
            cut_by["profile-prune"] = len(pruned)
            drop_elements(pruned)
        page = Page(tree, url)
        listing_text = ""
        candidates: dict[str, list[HtmlElement]] = {}
        if self.options.remove_teasers:
            scan = find_teasers(page)
            candidates = {d: elements for d, elements in scan.found.items() if elements}
            unlabel(scan.mislabelled)
            listing_text = scan.listing_text
        content, profile_missed = tree, False
        if profile is not None and profile.body:
            bodies = profile.body_elements(tree)
            content = body_only(bodies) if bodies else tree
            profile_missed = not bodies
        metadata, markup_day = page_metadata(tree, url)
        room = page.free_text_chars if content is tree else 0
        document = self._trafilatura(content, url, room)
        if document is None or not (document.text or "").strip():
            return Extraction(None, NotArticleReason.NO_TEXT, cut_by=cut_by)
        body = [line.strip() for line in document.text.split("\n") if line.strip()]
        if merged := merge_body_chunks(content, body):
            cut_by["chunks-merged"] = merged
            document = self._trafilatura(content, url, room) or document
            body = [line.strip() for line in document.text.split("\n") if line.strip()]
        body = self._add_recall_lines(content, url, body, cut_by)
        claimed_share = 0.0
        if candidates:
            claims = claim_lines(body, candidates, page.text)
            claimed_share = claims.cut_chars(body) / max(1, sum(len(line) for line in body))
            body, cut = decide(body, claims)
            cut_by.update(cut)
        document = metadata
        body = self._clean_lines(body, document.title, tree, cut_by)
        document.title = headline(tree, document.title, document.sitename, url, page.json_ld)
        evidence = PageEvidence(
            url=url,
            body=(),
            # htmldate's last resort, a copyright year as 1 January, dates no story
            has_date=bool(markup_day)
            or bool(document.date and not document.date.endswith("-01-01")),
            markup_date=bool(markup_day),
            has_author=bool(document.author),
            article_markup=has_article_markup(page),
            og_article=page.og_type == "article",
            other_type=declares_other_type(page),
            listing_share=0.0,
            claimed_share=claimed_share,
            title=document.title,
        )
        article = Article(
            text="",
            title=document.title or None,
            published=published_datetime(page, document.date, markup_day),
            authors=clean_authors(document.author) or byline_authors(tree),
            site_name=(profile.name if profile else None) or document.sitename or None,
            canonical_url=resolve_canonical(url, document.url) if url else document.url,
            description=document.description or None,
        )
        return Draft(
            body=body,
            article=article,
            evidence=evidence,
            measures=page_measures(page),
            listing_text=listing_text,
            declared_language=tree.get("lang"),
            cut_by=cut_by,
            profile=profile.site if profile else None,
            profile_missed=profile_missed,
            origin=origin,
        )

    def finish(self, draft: Draft, body: list[str], boilerplate_cut: int = 0) -> Extraction:
        """The :class:`Extraction` of a :meth:`draft` whose body, boilerplate cut, is ``body``
        (``boilerplate_cut`` lines fewer): the page-type decision and the article."""
        cut_by = draft.cut_by
        teasers_cut = sum(n for stage, n in cut_by.items() if stage not in NOT_TEASER_STAGES)
        evidence = dataclasses.replace(
            draft.evidence, body=body, listing_share=_share_within(body, draft.listing_text)
        )
        features = body_features(draft.measures, evidence) if body else None
        reason = self._not_article(body, evidence, features, draft.origin)
        if reason is not None:
            return Extraction(None, reason, teasers_cut, boilerplate_cut, cut_by, features=features)
        text = "\n".join(body)
        article = dataclasses.replace(
            draft.article, text=text, language=detect_language(text, draft.declared_language)
        )
        return Extraction(
            article,
            None,
            teasers_cut,
            boilerplate_cut,
            cut_by,
            profile=draft.profile,
            profile_missed=draft.profile_missed,
            features=features,
        )

    def _trafilatura(self, tree: HtmlElement, url: str | None, room: int) -> Document | None:
        """trafilatura's body of ``tree`` (which it copies, not changes).

        Its main pass runs alone first; its fallback extractors (what plain trafilatura runs on
        every page) run only when that pass kept little text, or much less than the ``room``
        (characters) the page's free text offers: there the main pass is known to lose part of
        a long body (an article in ``<div>`` lines, a guide in list items)."""
        document = self._bare_extraction(tree, url, fast=True)
        text = (document.text or "") if document is not None else ""
        if len(text) < RESCUE_SHARE_OF_FREE_TEXT * room or not has_words(text, RESCUE_BELOW_WORDS):
            rescue = self._bare_extraction(tree, url, fast=False)
            lines = (rescue.text or "").split("\n") if rescue is not None else []
            if lines and line_rules.repeated_share(lines) <= MAX_RESCUE_REPEATED_SHARE:
                document = rescue
        return document

    def _add_recall_lines(
        self, tree: HtmlElement, url: str | None, body: list[str], cut_by: dict[str, int]
    ) -> list[str]:
        """``body`` with the lines trafilatura's recall pass adds inside it (:mod:`.recall`),
        counted in ``cut_by["recall-added"]``."""
        if not self.options.recall_lines or self.options.favor_precision:
            return body
        if self.options.recall_gate and not shows_gaps(tree, body):
            return body
        document = self._bare_extraction(tree, url, fast=True, recall=True)
        if document is None or not document.text:
            return body
        recall_body = [line.strip() for line in document.text.split("\n") if line.strip()]
        added = recall_additions(body, recall_body)
        if not added:
            return body
        cut_by["recall-added"] = len(added)
        logger.debug("recall pass: %d lines added inside the body of %s", len(added), url)
        return with_additions(body, added)

    def _bare_extraction(
        self, tree: HtmlElement, url: str | None, fast: bool, recall: bool = False
    ) -> Document | None:
        return bare_extraction(
            tree,
            url=url,
            with_metadata=False,
            include_comments=False,
            include_tables=self.options.include_tables,
            favor_precision=self.options.favor_precision and not recall,
            favor_recall=recall,
            fast=fast,
            prune_xpath=list(self.options.prune_xpath) or None,
        )

    @staticmethod
    def _clean_lines(
        body: list[str], title: str | None, tree: HtmlElement, cut_by: dict[str, int]
    ) -> list[str]:
        titles = [title or "", *(text_content(h) for h in tree.iter("h1"))]
        titles += _given_titles(tree)
        kept, teasers_before = line_rules.split_never_body(body)
        anywhere = len(body) - len(kept)
        body, lead = line_rules.trim_lead(kept, titles)
        body, tail = line_rules.trim_tail(body, teasers_before[lead:])
        body, _ = line_rules.drop_repeated(body)
        if tail + anywhere:
            cut_by["unlinked"] = tail + anywhere
        body, repeated = line_rules.drop_repeated_blocks(body)
        if repeated:
            cut_by["repeated"] = repeated
        return body

    def _not_article(
        self,
        body: list[str],
        evidence: PageEvidence,
        features: list[float] | None,
        origin: Origin | None = None,
    ) -> NotArticleReason | None:
        """Why the page is not an article, or None if it is one (without the page-type model,
        only the rules decide: for training it); the model weighs the page's ``origin``."""
        if not body or features is None:
            return NotArticleReason.NO_TEXT
        if not has_words("\n".join(body), self.options.min_words):
            return NotArticleReason.TOO_SHORT
        if is_service_page(evidence):
            return NotArticleReason.SERVICE
        if evidence.listing_share >= MAX_LISTING_SHARE:
            # most of the body comes from a card grid that holds most of the page
            return NotArticleReason.LISTING
        if self.page_model is None:
            return None
        kind = self.page_model.judge(features, origin)
        return NotArticleReason(kind) if kind is not None else None


def _given_titles(tree: HtmlElement) -> list[str]:
    """The texts of the document's ``<title>`` and its ``og:title`` contents, in document order
    (``//title/text() | //meta[@property='og:title']/@content``), read without XPath."""
    found: list[str] = []
    for element in tree.getroottree().getroot().iter("title", "meta"):
        if element.tag == "meta":
            if (
                element.get("property") == "og:title"
                and (content := element.get("content")) is not None
            ):
                found.append(content)
        elif len(element):  # never from the parser: the XPath keeps its order of nodes
            return [
                str(t) for t in tree.xpath("//title/text() | //meta[@property='og:title']/@content")
            ]
        elif element.text is not None:
            found.append(element.text)
    return found


def _share_within(body: list[str], listing_text: str) -> float:
    """The share of the body's text that comes from the page's listing of other pages."""
    if not listing_text:
        return 0.0
    inside = sum(len(line) for line in body if line in listing_text)
    return inside / max(1, sum(len(line) for line in body))


@cache
def _default_extractor() -> Extractor:
    return Extractor()


def extract_article(
    html: str | bytes, url: str | None = None, origin: Origin | None = None
) -> Article | None:
    """The article on an HTML page, or None when the page is not an article (``origin``:
    where a crawl found it, if known)."""
    return _default_extractor().extract(html, url, origin).article
