"""Metadata a dataset builder relies on: author names, publication dates, language, types."""

from __future__ import annotations

import pytest
from lxml.html import fromstring

from newscorpus.extract.metadata import (
    byline_authors,
    clean_authors,
    declares_other_type,
    detect_language,
    has_article_markup,
    published_datetime,
)
from newscorpus.extract.page import Page


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("By AFP, MOSCOW", ["AFP"]),
        ("Von Anna Berg", ["Anna Berg"]),
    ],
)
def test_byline_names_without_by_or_dateline(byline: str, names: list[str]) -> None:
    page = fromstring(
        f"<html><body><h1>T</h1><div class='x'>{byline}</div><p>Text.</p></body></html>"
    )
    assert byline_authors(page) == names


def test_a_sentence_starting_with_by_is_no_byline() -> None:
    page = fromstring(
        "<html><body><p>By the end of the week, the port had cleared 30 of the 40 ships "
        "anchored offshore, officials said on Monday.</p></body></html>"
    )
    assert byline_authors(page) == []


def test_author_strings_lose_prefixes_dates_and_emails() -> None:
    assert clean_authors("By Jane Doe; John Roe") == ["Jane Doe", "John Roe"]
    assert clean_authors("Jane Doe jane@example.com") == ["Jane Doe"]
    assert clean_authors(None) == []


def test_published_prefers_the_markup_timestamp_of_the_same_day() -> None:
    page = fromstring(
        '<html><head><meta property="article:published_time" content="2026-03-14T09:12:00+01:00">'
        "</head><body></body></html>"
    )
    assert published_datetime(Page(page), "2026-03-14", None) == "2026-03-14T09:12:00+01:00"
    assert published_datetime(Page(page), "2026-03-15", None) == "2026-03-15"


def test_a_copyright_year_is_not_a_publication_date() -> None:
    page = fromstring("<html><body><p>Text.</p><footer>© 2026 Example News</footer></body></html>")
    assert published_datetime(Page(page), "2026-01-01", None) is None


def test_language_comes_from_the_text_not_the_declared_attribute() -> None:
    german = "Der Stadtrat hat am Mittwoch eine neue Nachtzugverbindung nach Wien beschlossen."
    assert detect_language(german, declared="en") == "de"
    assert detect_language("Hi", declared="fr-FR") == "fr"


def test_article_and_other_page_types() -> None:
    article = fromstring(
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle"}</script>'
        "</head><body></body></html>"
    )
    about = fromstring('<html><head><meta property="og:type" content="website"></head></html>')
    assert has_article_markup(Page(article)) and not declares_other_type(Page(article))
    assert declares_other_type(Page(about)) and not has_article_markup(Page(about))
