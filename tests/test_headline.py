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
