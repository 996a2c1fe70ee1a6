"""Behaviour of the near-duplicate engine on news-like text (in-memory index)."""

from __future__ import annotations

import random

import pytest

from newscorpus.dedup import DedupConfig, Deduplicator, MemoryIndex, Verdict
from newscorpus.dedup import text as dedup_text
from tests import dedup_corpus as corpus


def make(config: DedupConfig | None = None) -> Deduplicator:
    return Deduplicator(MemoryIndex(), config)


def doc_id(n: int) -> str:
    return f"{n:016x}"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("LONDON (Reuters) - Shares rose.", "shares rose"),
        ("BRUSSELS, March 3 (Reuters) \u2014 Shares rose.", "shares rose"),
        ("NEW YORK/PARIS (AFP) -- Shares rose.", "shares rose"),
        ("WASHINGTON \u2014 Shares rose.", "shares rose"),
        ("NEW DELHI: Shares rose.", "shares rose"),
        ("Paris, 12 March /AFP/. Shares rose.", "shares rose"),
        ("(AP) - Shares rose.", "shares rose"),
        (
            "Shares rose 4.5% in Z\u00fcrich\u00a0- a record\u2026",
            "shares rose 4 5 in z\u00fcrich a record",
        ),
        ("\uff2c\uff2f\uff2e\uff24\uff2f\uff2e (Reuters) - \uff11\uff10 shares", "10 shares"),
        ("\u201cIt\u2019s over,\u201d she said_today.", "it s over she said_today"),
        ("\u6771\u4eac\u3067 iPhone 12 \u304c", "\u6771 \u4eac \u3067 iphone 12 \u304c"),
        ("  \n ... \n", ""),
    ],
)
def test_normalised_words_ignore_datelines_case_punctuation(raw: str, expected: str) -> None:
    assert dedup_text.normalize(raw) == expected
    assert dedup_text.normalize_batch(["x y", raw, ""]).text(1) == expected


def test_exact_copy_ignores_whitespace_case_and_punctuation() -> None:
    dedup = make()
    original = corpus.text(corpus.STORIES["strike"])
    assert dedup.check_and_add(doc_id(1), original) is None
    variant = "  " + original.upper().replace(",", "").replace("\n", "\n\n  ") + " ..."
    assert dedup.check(doc_id(2), variant) == Verdict(doc_id(1), "exact", 1.0, 1.0)


def test_syndicated_copies_are_near_duplicates() -> None:
    rng = random.Random(1)
    dedup = make()
    for n, paragraphs in enumerate(corpus.STORIES.values()):
        dedup.add(doc_id(n), corpus.text(paragraphs))
    for n, paragraphs in enumerate(corpus.STORIES.values()):
        for dateline in corpus.DATELINES:
            light = corpus.syndicate(paragraphs, rng, dateline=dateline, drop=1, edits=4)
            heavy = corpus.syndicate(paragraphs, rng, dateline=dateline, drop=2, edits=10)
            for copy in (light, heavy):
                verdict = dedup.check(doc_id(100), copy)
                assert verdict is not None
                assert (verdict.duplicate_of, verdict.kind) == (doc_id(n), "near")
                assert 0.4 < verdict.similarity < 0.95  # the usual LSH threshold 0.8 misses most


def test_recrawl_with_a_different_sidebar_is_a_duplicate() -> None:
    dedup = make()
    for n, paragraphs in enumerate(corpus.STORIES.values()):
        first = corpus.recrawl(paragraphs, corpus.SIDEBARS[n])
        assert dedup.check_and_add(doc_id(n), first) is None
    for n, paragraphs in enumerate(corpus.STORIES.values()):
        recrawled = corpus.recrawl(paragraphs, corpus.SIDEBARS[(n + 1) % len(corpus.SIDEBARS)])
        verdict = dedup.check(doc_id(100), recrawled)
        assert verdict is not None
        assert (verdict.duplicate_of, verdict.kind) == (doc_id(n), "near")


def test_the_same_page_with_a_sidebar_as_long_as_the_story_is_a_duplicate() -> None:
    """A recrawl whose teaser box (other stories) is nearly as long as the story: only about
    half of its text is the story, but it opens like the kept page and holds all of it."""
    story = corpus.STORIES["strike"]
    sidebar = corpus.STORIES["tram"][1:8]
    without_rule = make(DedupConfig(verify_lead_coverage=1.0))
    without_rule.add(doc_id(1), corpus.text(story))
    assert without_rule.check(doc_id(2), corpus.text(story + sidebar)).kind == "extends"
    dedup = make()
    dedup.add(doc_id(1), corpus.text(story))
    recrawl = dedup.check(doc_id(2), corpus.text(["Updated 14:05 GMT", *story, *sidebar]))
    assert recrawl.kind == "near" and 0.3 < recrawl.coverage < 0.55
    later_lead = corpus.text(story[1:] + sidebar)
    assert dedup.check(doc_id(3), later_lead).kind == "extends"


def test_a_recrawl_is_measured_against_the_copies_met_of_its_story() -> None:
    """The kept copy is a wire copy that cut the story's ending; the whole story came next
    and was dropped as its copy. A recrawl of the whole story under a third of other text is
    measured against what the corpus met of the story, wire copy and dropped copy together:
    against the wire copy alone, the ending would count as the recrawl's own text. (The two
    open alike, so the same-page rule, left out here, would also drop the recrawl.)"""
    story = corpus.STORIES["strike"]
    wire = corpus.text(["By Anna Berg, Reuters", *story[:-2]])
    recrawl = corpus.text(story + corpus.STORIES["tram"][:4])
    no_same_page = DedupConfig(verify_lead_coverage=1.0)
    alone = make(no_same_page)
    alone.add(doc_id(1), wire)
    assert alone.check(doc_id(3), recrawl).kind == "extends"
    dedup = make(no_same_page)
    assert dedup.check_and_add(doc_id(1), wire) is None
    assert dedup.check_and_add(doc_id(2), corpus.text(story)).kind == "near"
    verdict = dedup.check(doc_id(3), recrawl)
    assert (verdict.duplicate_of, verdict.kind) == (doc_id(1), "near")
    assert 0.55 <= verdict.coverage < 0.7


@pytest.mark.parametrize(
    "quoting",
    [
        pytest.param(lambda s, n: [s[0], *n[:4], s[5], s[6]], id="lead-and-two-paragraphs"),
        pytest.param(lambda s, n: [*n[:3], s[1], n[3], s[6], s[7], n[4]], id="three-paragraphs"),
    ],
)
def test_a_follow_up_quoting_two_fifths_is_kept_after_copies_joined_the_story(quoting) -> None:
    """Copies joining the kept copy's sample add only the story's own text: a follow-up
    quoting 37-41 % of its words from the story is still no copy of it."""
    story, new = corpus.STORIES["strike"], corpus.STORIES["tram"]
    dedup = make()
    dedup.check_and_add(doc_id(1), corpus.text(["By Anna Berg, Reuters", *story[:-2]]))
    assert dedup.check_and_add(doc_id(2), corpus.text(story)).kind == "near"
    follow_up = quoting(story, new)
    quoted = sum(len(p.split()) for p in follow_up if p in story)
    assert 0.35 < quoted / sum(len(p.split()) for p in follow_up) < 0.45
    assert dedup.check(doc_id(3), corpus.text(follow_up)) is None


def site_with_furniture(config: DedupConfig | None = None) -> tuple[Deduplicator, list[str]]:
    """An index holding the strike story and eight pages of one site that all show the same
    box of teasers (as long as two thirds of the story) under their own text."""
    rng = random.Random(5)
    box = corpus.SIDEBARS
    dedup = make(config)
    dedup.add(doc_id(1), corpus.text(corpus.STORIES["strike"]))
    for n in range(8):
        dedup.add(doc_id(10 + n), corpus.text([corpus.football_story(rng), *box]))
    return dedup, box


def test_a_recrawl_whose_box_of_teasers_recurs_across_the_site_is_a_duplicate() -> None:
    """The box is most of what the recrawl does not share with the kept story; shingles that
    other pages of the corpus hold too are left out of its measure, so it is covered."""
    story, box = corpus.STORIES["strike"], corpus.SIDEBARS
    for recrawl in ([*story[:5], *box], [*box, *story[1:6]]):
        counted, _ = site_with_furniture(DedupConfig(common_docs=0))
        assert counted.check(doc_id(2), corpus.text(recrawl)).kind == "extends"
        dedup, _ = site_with_furniture()
        verdict = dedup.check(doc_id(2), corpus.text(recrawl))
        assert (verdict.duplicate_of, verdict.kind) == (doc_id(1), "near")
        assert verdict.coverage > 0.9


def test_stories_under_the_same_box_of_teasers_are_kept() -> None:
    dedup, box = site_with_furniture()
    for name in corpus.FOLLOW_UPS:
        original, follow_up = corpus.follow_up(name)
        dedup.add(original, corpus.text(corpus.STORIES[original]))
        verdict = dedup.check(doc_id(3), corpus.text([follow_up, *box]))
        assert verdict is None or verdict.kind == "extends"
    news = [*corpus.FOLLOW_UPS["strike-vote"][2], *corpus.STORIES["drought"][:2]]  # 48 %
    update = [*news, *corpus.STORIES["strike"], *box]
    verdict = dedup.check(doc_id(4), corpus.text(update))
    assert (verdict.duplicate_of, verdict.kind) == (doc_id(1), "extends")


def test_a_follow_up_opening_with_the_stories_lead_is_kept_in_either_order() -> None:
    """It opens alike, but holds a third of the story and adds more than half of its own."""
    story = corpus.text(corpus.STORIES["strike"])
    follow_up = [corpus.STORIES["strike"][0], *corpus.STORIES["tram"][:4]]
    follow_up = corpus.text([*follow_up, corpus.STORIES["strike"][3]])
    for first, second in ((story, follow_up), (follow_up, story)):
        verdicts = make().check_and_add_many([("1", first), ("2", second)])
        assert verdicts == [None, None]


def test_a_trimmed_copy_with_an_edited_lead_and_its_page_are_duplicates_in_either_order() -> None:
    """The page carries the story under a box of teasers as long as it (the story is half
    its text); the copy has a byline, two words of its lead changed and its last paragraph
    cut. They open alike, and the page holds all of the copy: whichever comes first, the
    other is dropped."""
    story = corpus.STORIES["strike"]
    page = corpus.text(story + corpus.STORIES["tram"][1:8])
    lead = story[0].replace("walked off the job", "walked out").replace("dozens", "scores")
    copy = corpus.text(["By Anna Berg, Reuters", lead, *story[1:-1]])
    for first, second in ((page, copy), (copy, page)):
        verdicts = make().check_and_add_many([("1", first), ("2", second)])
        assert verdicts[0] is None
        assert (verdicts[1].duplicate_of, verdicts[1].kind) == ("1", "near")


def test_a_follow_up_seen_first_never_drops_the_original() -> None:
    """The crawl of issue 10: a follow-up holding a third of the original's paragraphs came
    first; the original then adds two thirds of its text anew and is kept."""
    story = corpus.STORIES["strike"] + corpus.STORIES["rates"]
    follow_up = corpus.STORIES["tram"][:3] + story[::3]
    dedup = make()
    assert dedup.check_and_add(doc_id(1), corpus.text(follow_up)) is None
    verdict = dedup.check_and_add(doc_id(2), corpus.text(story))
    assert verdict is None or verdict.kind == "extends"
    assert doc_id(2) in dedup.index


def test_an_update_with_new_paragraphs_on_top_extends_the_story() -> None:
    story = corpus.STORIES["strike"]
    update = corpus.STORIES["rates"][:7] + story  # 45 % of its words new
    dedup = make()
    dedup.add(doc_id(1), corpus.text(story))
    verdict = dedup.check_and_add(doc_id(2), corpus.text(update))
    assert (verdict.duplicate_of, verdict.kind) == (doc_id(1), "extends")
    assert verdict.covered > 0.9 > 0.55 > verdict.coverage
    assert doc_id(2) in dedup.index
    story_again = dedup.check(doc_id(3), corpus.text(story).upper())
    assert story_again.kind == "exact"


def test_stories_sharing_a_table_of_figures_are_kept() -> None:
    """Unrelated stories of one day carrying the same results table: nearly every shingle of
    the table holds a digit, so by numbers alone the table is most of each text."""
    table = [
        f"{home} {a}, {away} {b} (att. {att:,})"
        for home, away, a, b, att in [
            ("Halden Rovers", "Brennan City", 2, 1, 18204),
            ("Oakfield Town", "Valmora United", 0, 0, 7431),
            ("Eastmouth Albion", "Northgate FC", 3, 2, 12016),
            ("Riverside Athletic", "Salden Wanderers", 1, 4, 5120),
            ("Marenna City", "Orvik Town", 2, 2, 9388),
            ("Kestrel Bay Rovers", "Ashford United", 1, 0, 14577),
        ]
    ]
    first = corpus.STORIES["strike"][:2] + table
    second = corpus.STORIES["tram"][:2] + table
    by_numbers = make(DedupConfig(sample_size=0))  # signatures alone: numbers weigh 8
    assert by_numbers.check_and_add_many([("1", corpus.text(first)), ("2", corpus.text(second))])[1]
    both = make().check_and_add_many([("1", corpus.text(first)), ("2", corpus.text(second))])
    assert both == [None, None]


def test_trimmed_copy_is_caught_by_coverage() -> None:
    dedup = make()
    paragraphs = corpus.STORIES["tram"]
    dedup.add(doc_id(1), corpus.text(paragraphs))
    verdict = dedup.check(doc_id(2), corpus.text(paragraphs[2:5]))
    assert verdict is not None and verdict.duplicate_of == doc_id(1)
    assert verdict.similarity < 0.5 < 0.9 < verdict.coverage


@pytest.mark.parametrize("cut", [slice(1, None), slice(None, -2), slice(2, -1)])
def test_a_trimmed_copy_and_its_original_are_duplicates_in_either_order(cut: slice) -> None:
    """A copy losing up to a third of the story: whichever comes first, the other is a copy."""
    paragraphs = corpus.STORIES["strike"]
    whole, trimmed = corpus.text(paragraphs), corpus.text(paragraphs[cut])
    for first, second in ((whole, trimmed), (trimmed, whole)):
        verdicts = make().check_and_add_many([("1", first), ("2", second)])
        assert verdicts[0] is None and (verdicts[1].duplicate_of, verdicts[1].kind) == ("1", "near")


@pytest.mark.parametrize("name", sorted(corpus.FOLLOW_UPS))
def test_follow_up_repeating_a_third_as_background_is_kept(name: str) -> None:
    original, follow_up = corpus.follow_up(name)
    dedup = make()
    dedup.add(doc_id(1), corpus.text(corpus.STORIES[original]))
    assert dedup.check(doc_id(2), follow_up) is None
    loose = make(DedupConfig(verify_coverage=0.0, verify_jaccard=0.0))
    loose.add(doc_id(1), corpus.text(corpus.STORIES[original]))
    assert 0.15 < loose.check(doc_id(2), follow_up).coverage < 0.5  # it does share text


@pytest.mark.parametrize("template", sorted(corpus.TEMPLATES))
def test_template_stories_with_other_names_and_numbers_are_kept(template: str) -> None:
    rng = random.Random(2024)
    stories = [corpus.TEMPLATES[template](rng) for _ in range(40)]
    dedup = make()
    verdicts = dedup.check_and_add_many((doc_id(n), s) for n, s in enumerate(stories))
    assert verdicts == [None] * len(stories)


def test_weather_reports_for_one_city_differ_by_their_numbers() -> None:
    rng = random.Random(7)
    reports = [s for s in (corpus.weather_story(rng) for _ in range(300)) if "Halden" in s]
    assert len(reports) >= 20
    plain = make(DedupConfig(number_weight=1))
    flagged_plain = sum(v is not None for v in plain.check_and_add_many(enumerate(reports)))
    weighted = make().check_and_add_many((str(n), r) for n, r in enumerate(reports))
    assert weighted == [None] * len(reports)
    assert flagged_plain > 0  # what weighting numbers is for


def test_short_texts_only_get_the_exact_check() -> None:
    three_words = make().check_and_add_many([("1", "a b c"), ("2", "d e f"), ("3", "A, b c!")])
    assert three_words == [None, None, Verdict("1", "exact", 1.0, 1.0)]
    dedup = make()
    assert dedup.check_and_add(doc_id(1), "Markets closed higher on Monday.") is None
    assert dedup.check(doc_id(2), "MARKETS closed higher on Monday!").kind == "exact"
    assert dedup.check(doc_id(3), "Markets closed lower on Monday.") is None
    assert dedup.check_and_add(doc_id(4), "") is None
    assert dedup.check(doc_id(5), " ... ").duplicate_of == doc_id(4)


def test_check_does_not_add() -> None:
    dedup = make()
    text = corpus.text(corpus.STORIES["drought"])
    assert dedup.check(doc_id(1), text) is None
    assert dedup.check(doc_id(2), text) is None
    assert len(dedup.index) == 0


def test_check_and_add_keeps_the_first_occurrence() -> None:
    dedup = make()
    text = corpus.text(corpus.STORIES["drought"])
    assert dedup.check_and_add(doc_id(1), text) is None
    copy = corpus.syndicate(corpus.STORIES["drought"], random.Random(0), dateline="PARIS (AFP) - ")
    assert dedup.check_and_add(doc_id(2), copy).duplicate_of == doc_id(1)
    assert len(dedup.index) == 1 and doc_id(2) not in dedup.index


def test_an_indexed_id_is_an_exact_duplicate_of_itself() -> None:
    dedup = make()
    dedup.add(doc_id(1), corpus.text(corpus.STORIES["tram"]))
    other_text = corpus.text(corpus.STORIES["rates"])
    assert dedup.check_and_add(doc_id(1), other_text) == Verdict(doc_id(1), "exact", 1.0, 1.0)
    dedup.add(doc_id(1), other_text)
    assert len(dedup.index) == 1
    assert dedup.check(doc_id(2), other_text) is None


def test_duplicates_within_one_batch_are_caught_in_order() -> None:
    rng = random.Random(5)
    strike, rates = corpus.STORIES["strike"], corpus.STORIES["rates"]
    docs = [
        (doc_id(1), corpus.syndicate(strike, rng, dateline="LONDON (Reuters) - ")),
        (doc_id(2), corpus.text(strike)),
        (doc_id(3), corpus.text(rates)),
        (doc_id(4), corpus.text(rates).lower()),
        (doc_id(5), corpus.recrawl(rates, corpus.SIDEBARS[0])),
    ]
    verdicts = make().check_and_add_many(docs, batch_size=2)
    assert [v and (v.duplicate_of, v.kind) for v in verdicts] == [
        None,
        (doc_id(1), "near"),
        None,
        (doc_id(3), "exact"),
        (doc_id(3), "near"),
    ]


def test_verification_thresholds_may_change_on_an_existing_index() -> None:
    index = MemoryIndex()
    Deduplicator(index).add(doc_id(1), corpus.text(corpus.STORIES["tram"]))
    strict = Deduplicator(index, DedupConfig(verify_jaccard=0.95))
    assert strict.check(doc_id(2), corpus.text(corpus.STORIES["tram"][:-1])) is None
    assert Deduplicator(index).check(doc_id(2), corpus.text(corpus.STORIES["tram"][:-1]))


SEEDS = corpus.seed_articles()


@pytest.mark.skipif(len(SEEDS) < 3, reason="shared seed articles not present")
def test_seed_articles_body_is_a_copy_of_either_crawl_in_either_order() -> None:
    """Seeds 0 and 1: one story, different 4-line sidebars (about half of each text). The
    body alone is a copy of either crawl, whichever comes first."""
    first, second, other = SEEDS[:3]
    body = "\n".join(second.split("\n")[:-4])
    assert dedup_text.words(body) == dedup_text.words("\n".join(first.split("\n")[:-4]))
    for crawl in (first, second):
        dedup = make()
        assert dedup.check_and_add("a", crawl) is None
        trimmed = dedup.check("c", body)
        assert trimmed is not None and trimmed.kind == "near" and trimmed.coverage > 0.9
        assert dedup.check_and_add("d", other) is None
        dedup = make()
        assert dedup.check_and_add("c", body) is None
        assert dedup.check("a", crawl).kind == "near"  # opens alike, holds all of it
