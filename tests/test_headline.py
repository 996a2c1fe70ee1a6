"""The record's title is the headline alone: no publisher's name, separators or dates."""

from __future__ import annotations

import pytest
from lxml.html import fromstring

from newscorpus.extract.headline import headline, strip_site


def tree(h1: str = "") -> object:
    return fromstring(f"<html><body><header><h1>{h1}</h1></header><p>x</p></body></html>")


@pytest.mark.parametrize(
    ("title", "site", "url", "expected"),
    [
        ("Neue Grafikkarten im Test - Golem.de", None, "https://www.golem.de/news/x.html",
         "Neue Grafikkarten im Test"),
        ("Anleihen unter Druck | Börsen-Zeitung", "Börsen-Zeitung", "https://www.boersen-zeitung.de/a",
         "Anleihen unter Druck"),
        ("Flut in Bayern – DW – 13.06.2023", "DW", "https://www.dw.com/de/a", "Flut in Bayern"),
        ("NASA Visualization Studio | Sea ice at a record low", "NASA Visualization Studio",
         "https://svs.gsfc.nasa.gov/1", "Sea ice at a record low"),
        ("Zero Waste - A Beginner's Guide", None, "https://blog.example/zero-waste",
         "Zero Waste - A Beginner's Guide"),
    ],
)  # fmt: skip
def test_site_parts_are_cut_from_the_title(title, site, url, expected) -> None:
    assert strip_site(title, site, url) == expected


def test_the_h1_that_agrees_with_the_title_is_the_headline() -> None:
    page = tree("Port strike ends after nine days")
    got = headline(page, "Port strike ends after 9 days, union says | Example News", None,
                   "https://example-news.com/a")  # fmt: skip
    assert got == "Port strike ends after nine days"


def test_an_h1_that_is_the_site_name_is_not_the_headline() -> None:
    page = tree("Example News")
    got = headline(page, "Port strike ends | Example News", "Example News",
                   "https://example-news.com/a")  # fmt: skip
    assert got == "Port strike ends"


def test_an_h1_about_something_else_loses_to_the_title() -> None:
    page = tree("Subscribe to our newsletter")
    assert (
        headline(page, "Port strike ends", None, "https://example-news.com/a") == "Port strike ends"
    )


def page_of(head: str, body: str) -> object:
    return fromstring(f"<html><head>{head}</head><body>{body}<p>x</p></body></html>")


def test_an_h1_holding_the_sites_name_is_still_the_headline() -> None:
    """ "The Guardian view on …" names the site but is no site name: it is the title's
    longest part, the rest a section."""
    page = page_of("", "<h1>The Guardian view on Hong Kong: a city on the brink</h1>")
    title = "The Guardian view on Hong Kong: a city on the brink | Editorial"
    got = headline(page, title, "The Guardian", "https://www.theguardian.com/commentisfree/x")
    assert got == "The Guardian view on Hong Kong: a city on the brink"


def test_the_sites_name_is_cut_from_an_h1_but_its_other_parts_stay() -> None:
    page = page_of("", "<h1>Best UK Art Exhibitions 2025 – Artlyst</h1>")
    got = headline(page, "Best UK Art Exhibitions 2025", None, "https://artlyst.com/a")
    assert got == "Best UK Art Exhibitions 2025"
    page = page_of("", "<h1>Milan Design Week | A light installation for FLOS</h1>")
    got = headline(page, "Milan Design Week | Light for FLOS", None, "https://inexhibit.com/a")
    assert got == "Milan Design Week | A light installation for FLOS"


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Homestead gardening makes rural communities more self-reliant | District", None,
         "Homestead gardening makes rural communities more self-reliant"),
        ("What do people love about Rust? | Rust Blog", None, "What do people love about Rust?"),
        ("A brief intro to git • Cory Dransfeldt", "Cory Dransfeldt", "A brief intro to git"),
    ],
)  # fmt: skip
def test_a_title_without_h1_loses_its_section_series_and_site_parts(title, site, expected):
    page = page_of("", "<h2>More</h2>")
    assert headline(page, title, site, "https://example.org/post") == expected


def test_an_h1_that_agrees_with_another_title_of_the_page_is_the_headline() -> None:
    """The metadata's title may be an SEO title; the <h1> the reader sees agrees with the
    page's ``<title>`` or ``og:title``."""
    head = "<title>How AI Is Transforming Healthcare</title>"
    page = page_of(head, "<h1>How AI Is Transforming Healthcare</h1>")
    got = headline(page, "AI Innovations Are Making Their Way", None, "https://example.org/a")
    assert got == "How AI Is Transforming Healthcare"


def test_a_description_in_og_title_makes_no_heading_agree() -> None:
    description = "Kroll Cybersecurity Sector M&A Industry Insights " + "word " * 30
    head = f'<meta property="og:title" content="{description}">'
    page = page_of(head, "<h1>M&amp;A Updates</h1>")
    got = headline(page, "Cybersecurity Sector Update–Fall 2025", None, "https://kroll.com/r")
    assert got == "Cybersecurity Sector Update–Fall 2025"


def test_of_several_agreeing_h1s_one_that_agrees_wholly_wins() -> None:
    page = page_of(
        "", "<h1>Erik Demaine's Folding and Unfolding:</h1><h1>The Fold-and-Cut Problem</h1>"
    )
    got = headline(
        page, "The Fold-and-Cut Problem (Erik Demaine)", None, "https://erikdemaine.org/f"
    )
    assert got == "The Fold-and-Cut Problem"


def test_the_date_in_an_h1_is_no_part_of_the_headline() -> None:
    page = page_of(
        "",
        '<h1><a href="/p"><time datetime="2025-12-18">Dec 18 2025</time> '
        "Preparing a transition</a></h1>",
    )
    got = headline(page, "Preparing a transition | Colin's blog", None, "https://example.org/p")
    assert got == "Preparing a transition"
