"""Line rules on the seed files: their four closing sidebar teasers go, their body stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscorpus.extract.lines import drop_heading_lines, drop_repeated, drop_unlinked_teasers

SEEDS = sorted((Path(__file__).parent / "fixture_site" / "seeds").glob("*.txt"))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_glued_sidebar_teasers_are_cut_and_the_body_kept(seed: Path) -> None:
    lines = seed.read_text(encoding="utf-8").split("\n")
    kept, dropped = drop_unlinked_teasers(lines)
    assert kept == lines[:-4]
    assert dropped == 4


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_a_clean_body_is_left_alone(seed: Path) -> None:
    body = seed.read_text(encoding="utf-8").split("\n")[:-4]
    assert drop_unlinked_teasers(body) == (body, 0)
    assert drop_repeated(body) == (body, 0)


def test_a_single_last_paragraph_without_final_stop_is_body() -> None:
    body = [
        "The company reported higher sales in every region during the quarter, it said.",
        "For more information about the exchange and its partners, please visit www.example.com",
    ]
    assert drop_unlinked_teasers(body) == (body, 0)


def test_kicker_teaser_in_the_middle_is_cut_but_a_dateline_sentence_is_not() -> None:
    body = [
        "LONDON: The central bank held rates on Thursday, as expected by most analysts.",
        "MARKETS RALLY: Stocks in Asia rose sharply on Friday after the central bank signalled a",
        "The decision was unanimous, the bank said in a statement after the meeting.",
    ]
    kept, dropped = drop_unlinked_teasers(body)
    assert kept == [body[0], body[2]] and dropped == 1


def test_headline_and_byline_in_front_of_the_body_are_dropped() -> None:
    lines = ["Port strike ends after nine days", "By Jane Doe", "Dock workers returned on Monday."]
    assert drop_heading_lines(lines, ["Port strike ends after nine days"])[0] == [lines[2]]


def test_a_block_rendered_twice_in_a_row_is_kept_once() -> None:
    para = "Officials said the bridge would reopen to traffic by the end of the month."
    assert drop_repeated([para, para, "Next."]) == ([para, "Next."], 1)
    assert drop_repeated([para, "Between.", para])[1] == 0
