"""The author search from markup finds what trafilatura's ``extract_author`` finds, faster."""

from __future__ import annotations

import gzip

import pytest
from lxml.html import fromstring
from trafilatura import load_html
from trafilatura.metadata import extract_author

from benchmarks.dedup_data.sources import DEFAULT_AEB
from newscorpus.extract.authors import markup_author
from tests.fixture_site import build_news_site, build_seed_site

SITES = [build_news_site("http://127.0.0.1:8000"), build_seed_site("http://127.0.0.1:8000")]
AEB_PAGES = sorted((DEFAULT_AEB / "html").glob("*.html.gz"))


@pytest.mark.parametrize(
    "markup",
    [
        "<div class='byline'>By <a rel='author' href='/p/1'>Jane Doe</a></div>",
        "<p class='post-author-name'>Jane Doe</p><span class='writer'>John Roe</span>",
        "<span class='writer'>John Roe</span><div class='Article-Author'>Jane Doe</div>",
        "<div class='byline'>Jane Doe <time>Tuesday 12 March 2024, 10:00</time></div>",
        "<section id='comments'><span class='author'>Reader</span></section>"
        "<div class='byline'>Jane Doe</div>",
        "<div class='sidebar'><span class='author'>Other Writer</span></div>",
        "<author>Jane Doe</author><span class='author'>John Roe</span>",
        "<p class='author'>x</p><div id='authorbox'>Jane Doe</div>",
    ],
)
def test_rules_match_trafilatura(markup: str) -> None:
    page = f"<html><body><h1>Title</h1>{markup}<p>Some body text here.</p></body></html>"
    assert markup_author(fromstring(page)) == extract_author(fromstring(page))


def test_fixture_pages_give_trafilatura_s_author() -> None:
    for site in SITES:
        for path, page in site.pages.items():
            if "html" not in page.content_type:
                continue
            tree = load_html(page.body)
            assert markup_author(tree) == extract_author(load_html(page.body)), path


@pytest.mark.skipif(not AEB_PAGES, reason="AEB pages not available")
def test_benchmark_pages_give_trafilatura_s_author() -> None:
    found = 0
    for path in AEB_PAGES:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            html = fh.read()
        expected = extract_author(load_html(html))
        assert markup_author(load_html(html)) == expected, path.name
        found += expected is not None
    assert found > len(AEB_PAGES) // 2  # the comparison is not between two Nones
