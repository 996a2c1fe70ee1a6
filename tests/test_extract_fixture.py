"""``newscorpus.extract_article`` on every fixture page, without Scrapy: exact bodies, no
teasers, and None for pages that are not articles."""

from __future__ import annotations

import pytest

from newscorpus import extract_article
from newscorpus.origin import Origin
from tests.fixture_site import build_news_site, build_seed_site

BASE = "http://127.0.0.1:8000"
SITES = [build_news_site(BASE), build_seed_site(BASE)]


def page_html(site, path: str) -> str:
    page = site.pages[path]
    charset = "iso-8859-1" if "8859-1" in page.content_type else "utf-8"
    return page.body.decode(charset)


ARTICLES = [(site, path) for site in SITES for path in site.articles]
NON_ARTICLES = [(site, path) for site in SITES for path in sorted(site.non_articles)]


@pytest.mark.parametrize(("site", "path"), ARTICLES, ids=[p for _, p in ARTICLES])
def test_article_body_is_exact_and_teaser_free(site, path: str) -> None:
    expected = site.articles[path]
    article = extract_article(page_html(site, path), site.url(path))
    assert article is not None
    assert article.text == expected.text
    assert not [t for t in expected.teasers if t in article.text]
    assert article.title == expected.title
    assert article.language == expected.language
    assert article.authors == list(expected.authors)
    assert article.published is not None
    assert article.published[:10] == expected.published[:10]


@pytest.mark.parametrize(("site", "path"), NON_ARTICLES, ids=[p for _, p in NON_ARTICLES])
def test_pages_that_are_not_articles_give_none(site, path: str) -> None:
    """A page the page-type model alone takes for an article gives none when it is known
    that only a link led to it (see tests/test_crawl_origins.py)."""
    origin = Origin.LINK if path in site.link_only else None
    assert extract_article(page_html(site, path), site.url(path), origin) is None
