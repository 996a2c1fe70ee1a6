"""Per-site boilerplate learning: recurring blocks are cut, a story's own text never is."""

from __future__ import annotations

from newscorpus.extract.boilerplate import SiteBoilerplate

PROMO = "Sign up for our morning briefing and get the day's top stories in your inbox."


def story(n: int, paragraphs: int = 6) -> list[str]:
    return [
        f"Story {n} paragraph {p} tells its own part of the news of day {n}."
        for p in range(paragraphs)
    ]


def test_a_block_on_three_different_stories_is_cut_from_then_on() -> None:
    learner = SiteBoilerplate(min_pages=3)
    kept = [learner.process("e.com", f"/s{n}", [*story(n), PROMO])[0] for n in range(4)]
    assert PROMO in kept[0] and PROMO in kept[1]
    assert PROMO not in kept[2] and PROMO not in kept[3]
    assert kept[3] == story(3)


def test_recrawls_of_one_story_never_make_its_body_boilerplate() -> None:
    learner = SiteBoilerplate(min_pages=3)
    body = story(1)
    for n in range(5):
        kept, cut = learner.process(
            "e.com", f"/copy{n}", [*body, f"Sidebar teaser number {n} about another story."]
        )
        assert kept[: len(body)] == body and cut == []


def test_sites_are_learned_separately() -> None:
    learner = SiteBoilerplate(min_pages=3)
    for n in range(3):
        learner.process("a.com", f"/s{n}", [*story(n), PROMO])
    kept, cut = learner.process("b.com", "/s9", [*story(9), PROMO])
    assert PROMO in kept and cut == []
