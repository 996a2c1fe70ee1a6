"""On real pages (WCXB's development split, shared): a body trafilatura's fast pass cuts short
is taken whole from its fallback extractors."""

from __future__ import annotations

import pytest
from trafilatura import bare_extraction, load_html

from benchmarks import wcxb
from newscorpus.extract import RESCUE_SHARE_OF_FREE_TEXT, Extractor
from newscorpus.extract.page import Page
from newscorpus.extract.structure import (
    split_br_paragraphs,
    unwrap_layout_tables,
    unwrap_swallowing_landmarks,
)

HAVE_WCXB = (wcxb.DEFAULT_WCXB / "dev" / "ground-truth").is_dir()
#: The first article pages of the split, in id order: enough to hold several cut-short bodies.
SAMPLE = 100


def fast_pass_text(page: wcxb.Page) -> tuple[str, int]:
    """What trafilatura's fast pass keeps of the page, and the page's free text (characters)."""
    tree = load_html(page.html)
    unwrap_layout_tables(tree)
    split_br_paragraphs(tree)
    unwrap_swallowing_landmarks(tree)
    document = bare_extraction(tree, url=page.url, with_metadata=False, fast=True)
    return (document.text or "") if document else "", Page(tree, page.url).free_text_chars


@pytest.mark.skipif(not HAVE_WCXB, reason="shared WCXB dev split not present")
def test_bodies_the_fast_pass_cuts_short_are_extracted_whole() -> None:
    pages = wcxb.load_pages(types=["article"])[:SAMPLE]
    extractor = Extractor()
    cut_short = []
    for page in pages:
        fast_text, room = fast_pass_text(page)
        if len(fast_text) >= RESCUE_SHARE_OF_FREE_TEXT * room:
            continue
        extraction = extractor.extract(page.html, page.url)
        ours = extraction.article.text if extraction.article else None
        cut_short.append(
            (page.id, wcxb.score_page(page.body, fast_text), wcxb.score_page(page.body, ours))
        )
    assert len(cut_short) >= 3
    for page_id, fast, ours in cut_short:
        assert ours.recall >= fast.recall - 0.02, page_id
    gained = sum(ours.recall - fast.recall for _, fast, ours in cut_short) / len(cut_short)
    assert gained > 0.1
