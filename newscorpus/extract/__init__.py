"""Article extraction: trafilatura for the body, plus teaser removal and metadata.

The steps, in order:

1. parse the page once (trafilatura's loader: encoding detection, broken markup);
2. find teasers of other stories in the HTML (:mod:`.teasers`) and drop them;
3. extract the body and metadata with trafilatura, comments excluded;
4. clean the body line by line (:mod:`.lines`): headline, byline, unlinked teasers, repeats;
5. cut the site's recurring paragraphs when a :class:`SiteBoilerplate` is given (crawls);
6. decide whether the page is an article at all, and say why not when it is not.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from courlan import is_navigation_page
from trafilatura import bare_extraction, load_html

from newscorpus.article import Article, Extraction, NotArticleReason
from newscorpus.extract import lines as line_rules
from newscorpus.extract.boilerplate import SiteBoilerplate
from newscorpus.extract.chunks import merge_body_chunks
from newscorpus.extract.metadata import (
    byline_authors,
    clean_authors,
    declares_other_type,
    detect_language,
    has_article_markup,
    markup_date,
    page_metadata,
    published_datetime,
)
from newscorpus.extract.profiles import SiteProfiles, body_only
from newscorpus.extract.structure import split_br_paragraphs, unwrap_layout_tables
from newscorpus.extract.teasers import drop_elements, find_teasers, unlabel
from newscorpus.extract.text import CJK_CHARS
from newscorpus.urls import resolve_canonical, site_of

if TYPE_CHECKING:
    from lxml.html import HtmlElement
    from trafilatura.settings import Document

__all__ = ["ExtractionOptions", "Extractor", "SiteBoilerplate", "SiteProfiles", "extract_article"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ExtractionOptions:
    """What extraction keeps and what it calls an article."""

    min_words: int = 50
    favor_precision: bool = False
    include_tables: bool = True
    prune_xpath: tuple[str, ...] = ()
    remove_teasers: bool = True


class Extractor:
    """Turns HTML pages into :class:`Article` objects; keeps per-site boilerplate state when
    given a :class:`SiteBoilerplate`, so one instance should serve a whole crawl."""

    def __init__(
        self,
        options: ExtractionOptions | None = None,
        boilerplate: SiteBoilerplate | None = None,
        profiles: SiteProfiles | None = None,
    ) -> None:
        self.options = options or ExtractionOptions()
        self.boilerplate = boilerplate
        self.profiles = profiles if profiles is not None else SiteProfiles.bundled()

    def extract(self, html: str | bytes, url: str | None = None) -> Extraction:
        """Extract the article of one page, or say why the page holds none."""
        tree = load_html(html)
        if tree is None:
            return Extraction(None, NotArticleReason.UNPARSABLE)
        cut_by: dict[str, int] = {}
        unwrap_layout_tables(tree)
        split_br_paragraphs(tree)
        profile = self.profiles.for_url(url)
        if profile is not None and (pruned := profile.pruned(tree)):
            cut_by["profile-prune"] = len(pruned)
            drop_elements(pruned)
        listing_text = ""
        if self.options.remove_teasers:
            scan = find_teasers(tree, url)
            for detector, elements in scan.found.items():
                if elements:
                    cut_by[detector] = len(elements)
                    drop_elements(elements)
            unlabel(scan.mislabelled)
            listing_text = scan.listing_text
        content, profile_missed = tree, False
        if profile is not None and profile.body:
            bodies = profile.body_elements(tree)
            content = body_only(bodies) if bodies else tree
            profile_missed = not bodies
        metadata = page_metadata(tree, url)
        document = self._trafilatura(content, url)
        if document is None or not (document.text or "").strip():
            return Extraction(None, NotArticleReason.NO_TEXT, cut_by=cut_by)
        body = [line.strip() for line in document.text.split("\n") if line.strip()]
        if merged := merge_body_chunks(content, body):
            cut_by["chunks-merged"] = merged
            document = self._trafilatura(content, url) or document
            body = [line.strip() for line in document.text.split("\n") if line.strip()]
        document = metadata
        body = self._clean_lines(body, document.title, tree, cut_by)
        boilerplate_cut = 0
        if self.boilerplate is not None and url:
            body, cut = self.boilerplate.process(site_of(url), url, body)
            boilerplate_cut = len(cut)
        text = "\n".join(body)
        teasers_cut = sum(cut_by.values())
        reason = self._not_article(body, tree, url, document.date, listing_text)
        if reason is not None:
            return Extraction(None, reason, teasers_cut, boilerplate_cut, cut_by)
        article = Article(
            text=text,
            title=document.title or None,
            published=published_datetime(tree, document.date),
            authors=clean_authors(document.author) or byline_authors(tree),
            language=detect_language(text, tree.get("lang")),
            site_name=(profile.name if profile else None) or document.sitename or None,
            canonical_url=resolve_canonical(url, document.url) if url else document.url,
            description=document.description or None,
        )
        return Extraction(
            article,
            None,
            teasers_cut,
            boilerplate_cut,
            cut_by,
            profile=profile.site if profile else None,
            profile_missed=profile_missed,
        )

    def _trafilatura(self, tree: HtmlElement, url: str | None) -> Document | None:
        """trafilatura's body and metadata of ``tree`` (which it copies, not changes).

        Its main pass runs alone first (teasers are already gone, so its fallback extractors
        rarely add anything); they run only when that pass finds little text."""
        document = self._bare_extraction(tree, url, fast=True)
        text = document.text if document is not None else ""
        if count_words(text or "") < RESCUE_BELOW_WORDS_FACTOR * self.options.min_words:
            document = self._bare_extraction(tree, url, fast=False) or document
        return document

    def _bare_extraction(self, tree: HtmlElement, url: str | None, fast: bool) -> Document | None:
        return bare_extraction(
            tree,
            url=url,
            with_metadata=False,
            include_comments=False,
            include_tables=self.options.include_tables,
            favor_precision=self.options.favor_precision,
            fast=fast,
            prune_xpath=list(self.options.prune_xpath) or None,
        )

    @staticmethod
    def _clean_lines(
        body: list[str], title: str | None, tree: HtmlElement, cut_by: dict[str, int]
    ) -> list[str]:
        titles = [title or "", *(h.text_content() for h in tree.iter("h1"))]
        titles += [
            str(t) for t in tree.xpath("//title/text() | //meta[@property='og:title']/@content")
        ]
        kept, teasers_before = line_rules.split_never_body(body)
        anywhere = len(body) - len(kept)
        body, lead = line_rules.trim_lead(kept, titles)
        body, tail = line_rules.trim_tail(body, teasers_before[lead:])
        body, _ = line_rules.drop_repeated(body)
        if tail + anywhere:
            cut_by["unlinked"] = tail + anywhere
        return body

    def _not_article(
        self,
        body: list[str],
        tree: HtmlElement,
        url: str | None,
        date: str | None,
        listing_text: str,
    ) -> NotArticleReason | None:
        """Why the page is not an article, or None if it is one."""
        if not body:
            return NotArticleReason.NO_TEXT
        if count_words("\n".join(body)) < self.options.min_words:
            return NotArticleReason.TOO_SHORT
        if url and urlsplit(url).path in {"", "/"}:
            return NotArticleReason.NAVIGATION
        if listing_text and _mostly_within(body, listing_text):
            return NotArticleReason.NAVIGATION
        if has_article_markup(tree):
            return None
        if url and DATED_PATH.search(urlsplit(url).path):
            return None
        if declares_other_type(tree) and not markup_date(tree):
            # "website" pages that are articles still date themselves in their markup; an
            # about page's only "date" is the copyright year htmldate falls back on.
            return NotArticleReason.NOT_ARTICLE_MARKUP
        if url and is_navigation_page(url):
            return NotArticleReason.NAVIGATION
        if date is None:
            return NotArticleReason.NOT_ARTICLE_MARKUP
        return None


def _mostly_within(body: list[str], listing_text: str) -> bool:
    """Whether most of the body's text comes from the page's listing of other pages."""
    inside = sum(len(line) for line in body if line in listing_text)
    return inside >= 0.5 * sum(len(line) for line in body)


# A date in the URL path: /2026/03/14/, /2026-03-14/, /20260314/.
DATED_PATH = re.compile(r"/(?:19|20)\d\d[/-]?(?:0?[1-9]|1[0-2])[/-]?(?:[0-2]?\d|3[01])?(?:/|-|\b)")
RESCUE_BELOW_WORDS_FACTOR = 2

CJK_CHAR = re.compile(f"[{CJK_CHARS}]")
WORD = re.compile(r"\w+")


def count_words(text: str) -> int:
    """Words in ``text``; in scripts written without spaces, two characters count as one."""
    cjk = len(CJK_CHAR.findall(text))
    return len(WORD.findall(CJK_CHAR.sub(" ", text))) + cjk // 2


_DEFAULT_EXTRACTOR = Extractor()


def extract_article(html: str | bytes, url: str | None = None) -> Article | None:
    """The article on an HTML page, or None when the page is not an article."""
    return _DEFAULT_EXTRACTOR.extract(html, url).article
