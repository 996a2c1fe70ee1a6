"""Teaser detectors on small pages: structure finds the boxes, whatever the site calls them."""

from __future__ import annotations

from lxml.html import fromstring

from newscorpus.extract.page import Page
from newscorpus.extract.teasers import find_teasers

URL = "https://news.example/2024/05/01/port-strike"
STORY = (
    "<p>The port strike ended on Tuesday after nine days, when dock workers accepted a new "
    "contract that raises pay by eleven percent over three years and limits automation.</p>"
) * 6


#: Six sentences of one story (the port strike), shared with the claims tests.
STORY_SENTENCES = [
    "The port strike ended on Tuesday after nine days, when dock workers accepted a new "
    "contract that raises their pay by eleven percent over three years.",
    "Union leaders said members voted four to one in favour after a meeting that lasted "
    "late into Monday night at the harbour hall.",
    "The operator agreed to limit automation of the container cranes until 2027 and to "
    "retrain drivers whose jobs would change.",
    "Shipping companies had diverted dozens of vessels to neighbouring terminals, and "
    "exporters of fruit and timber warned of heavy losses.",
    "Economists estimated that the stoppage cost the regional economy about forty million "
    "euros a day in delayed cargo and idle trucks.",
    "Ministers welcomed the agreement and promised new investment in rail links to the "
    "terminal, which handles a third of national trade.",
]
LONG_STORY = "".join(f"<p>{sentence}</p>" for sentence in STORY_SENTENCES)


def found(markup: str, story: str = STORY) -> dict[str, list[str]]:
    tree = fromstring(f"<html><body><article>{story}{markup}</article></body></html>")
    scan = find_teasers(Page(tree, URL))
    return {k: [e.text_content()[:30] for e in v] for k, v in scan.found.items() if v}


def test_ranked_list_with_and_without_summaries_is_a_card_grid() -> None:
    items = [
        "<li><b>1.</b><a href='/a/1'>Floods close the coast road</a><p>Rain fell for</p></li>",
        "<li><b>2.</b><a href='/a/2'>Mayor opens the new library</a></li>",
        "<li><b>3.</b><a href='/a/3'>Local team wins the cup final</a></li>",
        "<li><b>4.</b><a href='/a/4'>Bakery marks its centenary</a><p>The family that</p></li>",
    ]
    assert "card-grid" in found(f"<section><ol>{''.join(items)}</ol></section>")


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


def test_full_sentence_leads_of_other_stories_after_a_rule_go() -> None:
    leads = [
        "<p><b>Bakery marks its centenary</b> The family that has run the bakery on Mill Street "
        "since 1924 will open its doors to visitors this weekend.</p>",
        "<p><b>Choir wins national prize</b> A youth choir from the valley took first place in "
        "the national competition for amateur singers in Birmingham.</p>",
    ]
    assert "separated-tail" in found(f"<hr>{''.join(leads)}", LONG_STORY)


def test_the_story_going_on_after_a_rule_stays() -> None:
    more = (
        "<p>Dock workers said the new contract was the best they had been offered in years, and "
        "the port expects ships anchored offshore to be cleared within a week.</p>"
    ) * 2
    assert found(f"<hr>{more}", LONG_STORY) == {}


def test_one_lead_breaking_off_after_a_rule_goes_but_a_byline_stays() -> None:
    lead = (
        "<p><b>Floods close the coast road</b></p><p>Heavy rain closed the coast road for a "
        "third day on Monday as engineers waited for the water to fall before they could</p>"
    )
    assert "separated-tail" in found(f"<hr>{lead}", LONG_STORY)
    byline = "<div>By Al Root Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19 Print Story</div>"
    assert found(f"<hr>{byline}", LONG_STORY) == {}


def test_sections_ending_on_a_shop_button_after_rules_stay() -> None:
    # a buying guide: each pick after an <hr>, its review closed by a link button
    picks = "".join(
        f"<hr><h3>{name}</h3><p>{review} <a href='https://shop.example/{i}'>Check price</a></p>"
        for i, (name, review) in enumerate(
            [
                ("Breville Bambino", "It heats in three seconds and steams milk well enough "
                 "for a latte, though the small drip tray fills quickly on busy mornings."),
                ("Gaggia Classic", "It rewards practice with the best shots in this price "
                 "range, and its commercial steam wand lasts for many years of use."),
                ("De'Longhi Stilosa", "It is the cheapest pick that still pulls a proper "
                 "espresso, with a manual frother that takes a little patience to learn."),
            ]
        )
    )  # fmt: skip
    intro = (
        "<p>We tested twelve espresso machines under $500 for a month, pulling shots and "
        "steaming milk every morning, to find the best espresso machine for beginners.</p>"
        "<p>Each espresso machine was scored on shot quality, steaming, milk and ease of use, "
        "and the picks below are the espresso machines we would buy ourselves.</p>"
    ) * 2
    assert found(picks, intro) == {}
    # the same reviews cut off mid-sentence before their links are teasers
    cut = picks.replace("mornings.", "mornings and").replace("use.", "use by the")
    assert "separated-tail" in found(cut.replace("learn.", "learn how"), intro)


def test_unlinked_headlines_after_a_more_stories_label_go() -> None:
    markup = (
        "<p>More stories:</p><p>• Floods close the coast road</p>"
        "<p>• Bakery marks its centenary with open doors</p>"
    )
    assert len(found(markup, LONG_STORY).get("announced", [])) == 3


def page_scan(body: str) -> dict[str, list[str]]:
    scan = find_teasers(Page(fromstring(f"<html><body>{body}</body></html>"), URL))
    return {k: [e.text_content()[:30] for e in v] for k, v in scan.found.items() if v}


def test_the_next_story_of_an_infinite_scroll_goes_but_live_entries_stay() -> None:
    story = f"<article><h1>Port strike ends</h1>{LONG_STORY}</article>"
    next_story = (
        "<article><header><h2>Floods close the coast road</h2></header>"
        "<p>Heavy rain closed the coast road for a third day on Monday.</p></article>"
    )
    assert "other-story" in page_scan(story + next_story)
    entry = "<article><time>17:05</time><p>Ships began to leave the harbour at noon.</p></article>"
    assert page_scan(story + entry) == {}
    # A front page whose headline stands in a card: the longer article is the story.
    card = "<article><h1>Floods close the coast road</h1><p>Heavy rain.</p></article>"
    assert page_scan(card + f"<article><h2>Port strike ends</h2>{LONG_STORY}</article>") == {}


def test_a_paragraph_opened_by_a_bold_read_more_label_goes_whole() -> None:
    pointers = (
        "<p><strong>READ MORE:</strong> New SUVs and electric vehicles highlight L.A. Auto Show</p>"
        "<p><b>Lesen Sie auch:</b> Unter dem Motto der Messe zeigt der Verband neue</p>"
    )
    assert len(found(pointers, LONG_STORY).get("announced", [])) == 2
    # A label opening a long paragraph of the story itself: the label goes, the paragraph stays.
    note = "Members voted by a wide margin to accept the offer from the port operator. " * 3
    assert found(f"<p><strong>Read more:</strong> {note}</p>", LONG_STORY) == {
        "announced": ["Read more:"]
    }


def test_a_paragraph_of_linked_headlines_under_a_label_goes() -> None:
    pointers = (
        "<p>▼関連記事<br>・<a href='/a/1'>Floods close the coast road for a third day</a>"
        "<br>・<a href='/a/2'>Bakery marks its centenary with open doors</a></p>"
    )
    assert "link-wrapped" in found(pointers)


def test_a_small_box_opened_by_a_label_goes_when_it_is_about_another_story() -> None:
    other = (
        "<div><h3>In case you missed it</h3><p>SIOUX FALLS, S.D. – People across the nation "
        "are talking about a new anti-drug advertising campaign led by the governor.</p></div>"
    )
    assert "announced" in found(other, LONG_STORY)
    own = (
        "<div><h3>In case you missed it</h3><p>The port strike ended after dock workers "
        "accepted a contract that raises their pay and limits automation of the cranes.</p></div>"
    )
    assert found(own, LONG_STORY) == {"announced": ["In case you missed it"]}
