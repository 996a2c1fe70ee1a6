"""Teaser detectors on small pages: structure finds the boxes, whatever the site calls them."""

from __future__ import annotations

from lxml.html import fromstring

from newscorpus.extract.teasers import find_teasers

URL = "https://news.example/2024/05/01/port-strike"
STORY = (
    "<p>The port strike ended on Tuesday after nine days, when dock workers accepted a new "
    "contract that raises pay by eleven percent over three years and limits automation.</p>"
) * 6


def found(markup: str) -> dict[str, list[str]]:
    tree = fromstring(f"<html><body><article>{STORY}{markup}</article></body></html>")
    scan = find_teasers(tree, URL)
    return {k: [e.text_content()[:30] for e in v] for k, v in scan.found.items() if v}


def test_ranked_list_with_and_without_summaries_is_a_card_grid() -> None:
    items = [
        "<li><b>1.</b><a href='/a/1'>Floods close the coast road</a><p>Rain fell for</p></li>",
        "<li><b>2.</b><a href='/a/2'>Mayor opens the new library</a></li>",
        "<li><b>3.</b><a href='/a/3'>Local team wins the cup final</a></li>",
        "<li><b>4.</b><a href='/a/4'>Bakery marks its centenary</a><p>The family that</p></li>",
    ]
    assert "card-grid" in found(f"<section><h3>Главное</h3><ol>{''.join(items)}</ol></section>")


def test_list_with_a_link_in_every_item_after_a_more_stories_heading_goes() -> None:
    items = [
        "<li>Paid political ads are not the problem. <a href='/s/ads'>Our perceptions are</a></li>",
        "<li>Could an astronaut lost in space <a href='/s/astro'>use gravity</a>?</li>",
        "<li>WIRED25: Stories of people <a href='/s/w25'>who are racing to save us</a></li>",
    ]
    markup = f"<div class='heading-h3'>More Great WIRED Stories</div><ul>{''.join(items)}</ul>"
    assert len(found(markup).get("announced", [])) == 2  # the heading and the list


def test_a_body_list_of_sources_with_links_mid_sentence_stays() -> None:
    items = [
        "<li>The union said in <a href='/doc/1'>a statement</a> that members voted 4 to 1.</li>",
        "<li>The operator published <a href='/doc/2'>its own figures</a> on Monday.</li>",
        "<li>The ministry welcomed the deal in <a href='/doc/3'>a short note</a>.</li>",
    ]
    assert found(f"<ul>{''.join(items)}</ul>") == {}


CUT_LEADS = [
    "<p><b>Floods close the coast road</b></p><p>Heavy rain closed the coast road for a third "
    "day on Monday as engineers waited for the water to fall before they could inspect the</p>",
    "<p><b>Bakery marks its centenary</b></p><p>The family that has run the bakery on Mill "
    "Street since 1924 will open its doors to visitors this weekend, with tours of the old</p>",
    "<p><b>Mayor opens the library</b></p><p>The new library opened on Saturday.</p>",
]


def test_cut_off_stories_after_a_rule_are_a_teaser_block() -> None:
    assert "separated-tail" in found(f"<hr>{''.join(CUT_LEADS)}")


def test_an_authors_note_or_a_new_section_after_a_rule_stays() -> None:
    note = "<p>Jane Doe covers transport for the paper. She was a dock worker for six years.</p>"
    assert found(f"<hr>{note}") == {}
    assert found(f"<hr><h2>What comes next</h2>{STORY[: len(STORY) // 3]}") == {}
