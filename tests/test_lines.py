"""Line rules on extracted bodies: sidebar teasers and page furniture go, the body stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscorpus.extract.lines import (
    drop_never_body,
    drop_repeated,
    drop_repeated_blocks,
    repeated_share,
    split_never_body,
    trim_lead,
    trim_tail,
)

SEEDS = sorted((Path(__file__).parent / "fixture_site" / "seeds").glob("*.txt"))
BODY = [
    "The company reported higher sales in every region during the quarter, it said on Monday.",
    "Shares rose 4 percent in early trading after the results were published.",
    "Analysts had expected a weaker quarter because of the strong currency.",
]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_glued_sidebar_teasers_are_cut_and_the_body_kept(seed: Path) -> None:
    lines = seed.read_text(encoding="utf-8").split("\n")
    assert trim_tail(lines) == (lines[:-4], 4)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_a_clean_body_is_left_alone(seed: Path) -> None:
    body = seed.read_text(encoding="utf-8").split("\n")[:-4]
    assert trim_lead(body, ["Russia begins mass production of Topol-M missiles"]) == (body, 0)
    assert trim_tail(body) == (body, 0)
    assert drop_never_body(body) == (body, 0)
    assert drop_repeated(body) == (body, 0)


def test_a_single_last_paragraph_without_final_stop_is_body() -> None:
    body = [*BODY, "For more about the exchange and its partners, please visit www.example.com"]
    assert trim_tail(body) == (body, 0)


def test_an_unlabelled_cut_off_paragraph_after_kicker_teasers_closes_their_run() -> None:
    kickers = [
        "OPINION: People across the nation are talking about a new anti-drug campaign led by the",
        "TECH: A solutions provider announced a new alarm management system with a partner for",
    ]
    bare = "Shares of the retailer fell before the opening bell. Ticker Last Change HD 225.86 -13"
    kept, teasers_before = split_never_body([*BODY, *kickers, bare])
    assert kept == [*BODY, bare]
    assert trim_tail(kept, teasers_before) == (BODY, 1)
    # Without teasers before it, the same paragraph is the body's own unfinished last line.
    assert trim_tail([*BODY, bare], [0] * 4) == ([*BODY, bare], 0)


def test_kicker_teaser_in_the_middle_is_cut_but_a_dateline_sentence_is_not() -> None:
    dateline = "LONDON: The central bank held rates on Thursday, as expected by most analysts."
    teaser = "MARKETS RALLY: Stocks in Asia rose sharply on Friday after the central bank said it"
    kept, dropped = drop_never_body([dateline, teaser, *BODY])
    assert kept == [dateline, *BODY] and dropped == 1


def test_headline_byline_dates_and_labels_in_front_of_the_body_are_dropped() -> None:
    lead = [
        "Review",
        "Port strike ends after nine days",
        "By Jane Doe",
        "UPDATED: Tue., Nov. 19, 2019",
        "5 min read",
    ]
    kept, dropped = trim_lead([*lead, *BODY], ["Port strike ends after nine days | Example News"])
    assert kept == BODY and dropped == len(lead)


def test_a_schedule_of_dates_opening_the_body_is_kept() -> None:
    # an events page: the headline, then the sessions' dates and times, then the prose
    schedule = [f"{day}   6pm - 7pm   Room 217   Dr. Ann Lee" for day in
                ("March 3", "March 10", "March 17", "March 24", "March 31")]  # fmt: skip
    kept, dropped = trim_lead(
        ["Spring yoga sessions", "Schedule", *schedule, *BODY], ["Spring yoga sessions"]
    )
    assert kept == ["Schedule", *schedule, *BODY] and dropped == 1


def test_a_closing_table_of_long_cells_is_body() -> None:
    # a training plan closing the article, rows as trafilatura writes them: no final stops
    plan = [
        "| Week | Monday | Tuesday | Wednesday |",
        "| 1 | Rest | Speed play 40 min easy with 4x1 min hard sprinkled in | Easy run 30 min |",
        "| 2 | Rest | Speed play 45 min easy with 5x1 min hard sprinkled in | Easy run 35 min |",
        "| 3 | Rest | Tempo run 15 min easy, 20 min moderate and 15 min easy | Easy run 40 min |",
    ]
    assert trim_tail([*BODY, *plan]) == ([*BODY, *plan], 0)


def test_credits_calls_to_action_and_labels_after_the_body_are_dropped() -> None:
    tail = [
        "(Reporting by Jane Doe; Editing by John Roe)",
        "Click here to subscribe to our newsletter",
        "Follow Example News on Facebook and Twitter.",
        "Comments",
        "- Log in to post comments",
        "Got a story? Call the newsdesk on 01234 567890.",
        "Filed under: Politics |",
        "Tell us what YOU think...",
        "Reach the reporters on Twitter at http://twitter.com/ExampleAP",
        "Follow AP's full coverage of Brexit at https://www.apnews.com/Brexit",
    ]
    assert trim_tail([*BODY, *tail]) == (BODY, len(tail))


def test_a_closing_list_of_short_lines_is_body() -> None:
    prices = ["Tickets", "VIP : 60,000 won", "R : 50,000 won", "S : 40,000 won"]
    assert trim_tail([*BODY, *prices]) == ([*BODY, *prices], 0)
    steps = ["- Sign up for the bundle with the same email", "- Open the app and log in"]
    assert drop_never_body([*BODY, *steps]) == ([*BODY, *steps], 0)


def test_pointers_to_other_stories_are_dropped_anywhere() -> None:
    pointers = ["[Related: Salesforce keynote in pictures]", "READ MORE: The market in charts"]
    kept, _ = drop_never_body([BODY[0], pointers[0], BODY[1], pointers[1], BODY[2]])
    assert kept == BODY


def test_a_block_rendered_twice_in_a_row_is_kept_once() -> None:
    para = "Officials said the bridge would reopen to traffic by the end of the month."
    assert drop_repeated([para, para, "Next."]) == ([para, "Next."], 1)
    assert drop_repeated([para, "Between.", para])[1] == 0


def test_a_body_repeating_its_own_paragraphs_is_measured_as_such() -> None:
    """The share of a body in paragraphs it already holds word for word: what tells a page's
    template dumped three times (refused as a fallback body) from an article."""
    assert repeated_share(BODY) == 0.0
    assert repeated_share(BODY * 3) == pytest.approx(2 / 3)
    assert repeated_share([*BODY, BODY[0].upper()]) == pytest.approx(
        len(BODY[0]) / sum(map(len, [*BODY, BODY[0]]))
    )


def test_a_story_opening_with_a_dateline_after_the_body_is_cut() -> None:
    own = "WASHINGTON (AP) — The Senate passed the bill on Tuesday by a wide margin."
    other = "QUITO — Police released video showing the rescue of a girl kidnapped on Sunday."
    assert trim_tail([own, *BODY, other]) == ([own, *BODY], 1)
    assert trim_tail([own, *BODY]) == ([own, *BODY], 0)


def test_pointers_behind_a_label_in_any_language_or_an_arrow_are_dropped() -> None:
    pointers = [
        "Top-Themen: Deval Patrick takes nascent 2020 campaign to South Carolina",
        "Lire aussi | Le gouvernement présente son budget",
        "→ Emirates inks order for 30 Boeing 787 jets",
    ]
    kept, _ = drop_never_body([BODY[0], *pointers, *BODY[1:]])
    assert kept == BODY
    own = ["Related-party sales rose by a third in the quarter, the filing showed on Friday."]
    assert drop_never_body(own) == (own, 0)


def test_closing_lines_that_end_on_a_link_or_handle_are_body() -> None:
    tweets = [
        "While we focus on the new ad campaign, we should not forget the one from 2014. "
        "https://t.co/hFciHO5Qc7 pic.twitter.com/KQLpngeTbO",
        "Hey Twitter, the whole point of this ad campaign is to raise awareness, so it works "
        "#thanks @govkristinoem",
    ]
    assert trim_tail([*BODY, *tweets]) == ([*BODY, *tweets], 0)


def test_a_last_paragraph_signed_off_by_an_agency_is_body() -> None:
    last = (
        "On October 18, more than 300 people were deported by the immigration authorities for "
        "entering the country without papers. PTI"
    )
    assert trim_tail([*BODY, last]) == ([*BODY, last], 0)


def test_closing_quotes_signed_by_their_speakers_are_body() -> None:
    quotes = [
        "Lately I have been enjoying a show about hackers, and I have found it a good way to stay "
        "informed about new attacks. – Joe Weider, CIO, global risk solutions, Liberty Mutual",
        "Hosts with decades in the field give a lens on where technology is headed, and I listen "
        "every week. — Erin DeCesare, CTO, ezCater",
    ]
    assert trim_tail([*BODY, *quotes]) == ([*BODY, *quotes], 0)
    # a dash inside a cut-off excerpt signs nothing: the run is still cut
    cut = [
        "The council met again on Monday. – The mayor, who had promised a vote before the summer "
        "break, told the members that the budget for the coming year would",
        "Police said on Sunday that the two men arrested after the raid on the harbour had been "
        "released without charge, and that the search for the",
    ]
    assert trim_tail([*BODY, *cut]) == (BODY, len(cut))


def test_lines_after_a_closing_read_also_label_are_cut() -> None:
    others = ["Most read in world news", "Floods close the coast road", "Bakery marks 100 years"]
    assert trim_tail([*BODY, *others]) == (BODY, len(others))


def test_the_body_rendered_twice_is_kept_once_but_a_repeated_line_stays() -> None:
    # a page that serves its text twice (a desktop and a mobile copy): trafilatura keeps both
    costs = [
        "A kitchen remodel in California costs $25,000 to $150,000, depending on size, "
        "finishes and whether walls, plumbing or gas lines have to move.",
        "Bathrooms cost $15,000 to $60,000; permits add 1 to 3 percent, and older houses "
        "often need new wiring to meet the current electrical code.",
        "Whole-home remodels run $100 to $300 per square foot, and most contractors ask for "
        "a ten percent deposit before work starts on site.",
        "Plan for four to eight weeks of design and permits before demolition, and keep ten "
        "to twenty percent of the budget for what the walls reveal.",
        "Jan 13, 2025",
    ]
    kept, dropped = drop_repeated_blocks([*BODY, *costs, *costs])
    assert kept == [*BODY, *costs] and dropped == len(costs)
    refrain = ["Call us for a free quote today.", *BODY, "Call us for a free quote today."]
    assert drop_repeated_blocks(refrain) == (refrain, 0)
    # a meal plan repeats its short lines from day to day: structure, not a copy
    day = [
        line
        for meal in ("Breakfast", "Lunch", "Snack", "Dinner")
        for line in (
            meal,
            "Eat every 2-3 hours, and drink water with every meal",
            "1 scoop protein, 1 cup strawberries, 8 oz. milk, 1 tsp. nut butter",
            "Portion containers: 1 purple, 1 red, 1 yellow, 1 teaspoon",
        )
    ]
    plan = [*BODY, "Day 1", *day, "Day 2", *day, "Day 3", *day]
    assert drop_repeated_blocks(plan) == (plan, 0)
