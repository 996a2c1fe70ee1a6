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


@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        # accents and umlauts folded as a host name writes them
        ("Zinsen steigen - Süd-Kurier", "https://www.suedkurier.de/a", "Zinsen steigen"),
        ("Le budget adopté - La Dépêche", "https://www.ladepeche.fr/a", "Le budget adopté"),
        # the registered domain, not the public suffix's second level
        ("Rail strike called off - Herald News", "https://www.herald.co.uk/a",
         "Rail strike called off"),
        # initials, with or without "The"
        ("Streit um den Haushalt – Neue Ostsee Zeitung", "https://www.noz.de/a",
         "Streit um den Haushalt"),
        ("Zinsen steigen - Financial Tribune", "https://www.ft.example/a", "Zinsen steigen"),
        # letters left out
        ("Council votes on budget - The Daily Example Times", "https://dailyextimes.com/a",
         "Council votes on budget"),
    ],
)  # fmt: skip
def test_the_site_is_known_by_its_domain_written_otherwise(title, url, expected) -> None:
    assert strip_site(title, None, url) == expected


@pytest.mark.parametrize(
    "suffix",
    ["13.06.2023", "2023-06-13", "June 13, 2023", "13. Juni 2023", "13 de junio de 2023",
     "Tuesday, 13 June 2023 14:05", "13.06.2023, 14:05 Uhr"],
)  # fmt: skip
def test_a_date_part_is_cut(suffix) -> None:
    assert (
        strip_site(f"Port strike ends – {suffix}", None, "https://ex.com/a") == "Port strike ends"
    )


def test_a_headline_ending_in_a_year_or_number_keeps_it() -> None:
    title = "Best budget phones of 2025 - Tested"
    assert strip_site(title, None, "https://ex.com/a") == title
    for title in ("Arsenal beat Chelsea 3 - 1", "Phone review - 10 Picks 2025",
                  "Roof repair costs 12 / 2025", "Season review - 2025"):  # fmt: skip
        assert strip_site(title, None, "https://ex.com/a") == title
    assert strip_site("Roof repair costs 12 / 2025 - Exsite", None, "https://exsite.com/a") == (
        "Roof repair costs 12 / 2025"
    )
    assert (
        strip_site("Why 2025 - 2026 matters", None, "https://ex.com/a") == "Why 2025 - 2026 matters"
    )


@pytest.mark.parametrize("separator", [" :: ", " / ", " | ", " – ", " — ", " · ", " • ", " » "])
def test_every_separator_parts_the_site_from_the_headline(separator) -> None:
    title = f"Port strike ends after nine days{separator}Example Post"
    assert (
        strip_site(title, None, "https://examplepost.com/a") == "Port strike ends after nine days"
    )


def test_a_tagline_after_the_sites_name_goes_with_it() -> None:
    title = "Ferry traffic resumes – Kystposten – News from the whole coast"
    got = strip_site(title, None, "https://www.kystposten.no/a")
    assert got == "Ferry traffic resumes"


def test_a_section_before_the_sites_name_goes_when_the_url_names_it() -> None:
    title = "Koalition einigt sich - Politik - Tagesblatt"
    assert strip_site(title, None, "https://tagesblatt.de/politik/koalition-a-1.html") == (
        "Koalition einigt sich"
    )
    # a part of the headline is no folder of the URL: it stays
    title = "Flut in Bayern – Tausende evakuiert – Tagesblatt"
    assert strip_site(title, None, "https://tagesblatt.de/panorama/flut-a-2.html") == (
        "Flut in Bayern – Tausende evakuiert"
    )


@pytest.mark.parametrize("section", ["News", "Nachrichten", "Últimas noticias", "Новости"])
def test_a_news_section_before_the_sites_name_goes(section) -> None:
    title = f"Koalition einigt sich - {section} - Tagesblatt"
    assert strip_site(title, None, "https://tagesblatt.de/a/1.html") == "Koalition einigt sich"
    title = f"Koalition einigt sich - {section}"  # without the site's name
    assert strip_site(title, None, "https://tagesblatt.de/a/1.html") == "Koalition einigt sich"


def test_a_part_of_a_site_name_holding_separators_names_the_site() -> None:
    name = "Kanal24 - Das verlässlichste Nachrichtenportal - Fernsehen"
    title = "Wahlen im Herbst — Kanal24 — Fernsehen"
    assert strip_site(title, [name], "https://kanal24.example/a") == "Wahlen im Herbst"


def test_a_leading_part_holding_more_than_the_sites_name_stays() -> None:
    title = "Tagesblatt-Affäre - Was damals geschah - Tagesblatt"
    got = strip_site(title, None, "https://tagesblatt.de/a/1.html")
    assert got == "Tagesblatt-Affäre - Was damals geschah"
    title = "Tagesblatt.de - Was damals geschah"
    assert strip_site(title, None, "https://tagesblatt.de/a/1.html") == "Was damals geschah"


def test_a_long_part_naming_the_site_among_other_words_stays() -> None:
    title = "Take part - Examplecorp at the trade fair 2018"
    assert strip_site(title, None, "https://examplecorp.com/a") == title
    title = "Port strike ends - Examplecorp Politics"  # the site's name and a section
    assert strip_site(title, None, "https://examplecorp.com/a") == "Port strike ends"


def test_a_site_name_holding_separators_is_cut_whole() -> None:
    name = "Kanal24 - Das verlässlichste Nachrichtenportal - Fernsehen"
    title = f"Wahlen im Herbst - {name}"
    assert strip_site(title, [name], "https://kanal24.example/a") == "Wahlen im Herbst"


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
    page = page_of("", "<h1>Design Week – A light installation for a lamp maker</h1>")
    got = headline(page, "Design Week – Light for a lamp maker", None, "https://exhib.com/a")
    assert got == "Design Week – A light installation for a lamp maker"


def test_of_an_h1s_parts_between_pipes_the_longest_is_the_headline() -> None:
    """As in a title, " | " parts a headline from a section or a series."""
    page = page_of("", "<h1>How sleep shapes memory in older adults | Opinion</h1>")
    got = headline(page, "How sleep shapes memory in older adults | Opinion", None,
                   "https://example-news.com/a")  # fmt: skip
    assert got == "How sleep shapes memory in older adults"


def test_a_line_break_in_an_h1_parts_its_words() -> None:
    page = page_of("", "<h1>Weekend<br>reading list<br/>for gardeners</h1>")
    got = headline(page, "A weekend reading list for keen gardeners", None, "https://ex.com/a")
    assert got == "Weekend reading list for gardeners"


def test_a_block_in_an_h1_parts_its_words() -> None:
    page = page_of("", "<h1><div>Harbour reopens</div><div>after the storm</div></h1>")
    got = headline(page, "The harbour reopens after the storm", None, "https://ex.com/a")
    assert got == "Harbour reopens after the storm"


def test_character_references_written_twice_are_decoded() -> None:
    head = (
        '<meta property="og:title" content="Tools for R &amp;amp; Python &amp;quot;2026&amp;quot;">'
    )
    page = page_of(head, "<h2>More</h2>")
    got = headline(page, None, None, "https://ex.com/a")
    assert got == 'Tools for R & Python "2026"'


def test_a_title_that_is_the_sites_name_is_passed_over() -> None:
    head = "<title>Daily reflections on distributed systems - Part four | Quorum Notes</title>"
    page = page_of(head, "<h1>Quorum Notes</h1>")
    got = headline(page, "Quorum Notes", None, "https://quorumnotes.dev/p/4")
    assert got == "Daily reflections on distributed systems - Part four"


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="og:site_name" content="Abendkurier">',
        '<meta name="application-name" content="Abendkurier">',
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x", '
        '"publisher": {"@type": "Organization", "name": "Abendkurier"}}</script>',
        '<script type="application/ld+json">{"@graph": [{"@type": "WebSite", '
        '"name": "Abendkurier"}]}</script>',
    ],
)
def test_the_page_names_its_site_in_its_markup(head) -> None:
    """The site's name need not be its domain's (a paper at ak-online.example)."""
    page = page_of(head + "<title>Brücke gesperrt - Abendkurier</title>", "<h2>More</h2>")
    got = headline(page, "Brücke gesperrt - Abendkurier", None, "https://ak-online.example/a")
    assert got == "Brücke gesperrt"


def test_a_site_name_that_is_the_pages_title_names_no_site() -> None:
    """A metadata fallback may give the page's title as its site's name: it cuts nothing."""
    title = "Rust 2.0 - What Changes"
    page = page_of(f'<meta property="og:site_name" content="{title}">', "<h2>More</h2>")
    assert headline(page, title, title, "https://ex.com/a") == title


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
