"""Teaser evidence, then one decision: what the detectors claim goes only when the body can
spare it, and an article's own items are never taken for teasers."""

from __future__ import annotations

from newscorpus.extract import Extractor
from tests.test_teasers import STORY_SENTENCES

URL = "https://news.example/2024/05/01/port-strike"
SENTENCES = STORY_SENTENCES
OTHER_STORIES = [
    ("/2024/05/01/council-budget", "Council approves budget with new spending on schools"),
    ("/2024/04/30/river-flooding", "River levels fall as flood warnings are lifted downstream"),
    ("/2024/04/29/cup-final", "Harbour City win cup final on penalties after goalless draw"),
]


def page(body: str) -> str:
    return (
        "<html><head><title>Port strike ends | Example News</title>"
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2024-05-01T10:00:00Z"></head>'
        f"<body><article><h1>Port strike ends</h1>{body}</article></body></html>"
    )


def text_of(html: str) -> str:
    extraction = Extractor().extract(html, URL)
    assert extraction.article is not None, extraction.reason
    return extraction.article.text


def test_a_box_of_other_stories_after_the_body_goes() -> None:
    box = "".join(
        f'<div class="c"><a href="{href}"><h3>{headline}</h3><p>{headline} and more.</p></a></div>'
        for href, headline in OTHER_STORIES
    )
    text = text_of(page("".join(f"<p>{s}</p>" for s in SENTENCES) + box))
    assert text.split("\n") == SENTENCES


def test_linked_subheads_between_paragraphs_stay() -> None:
    # a listicle: each item's heading links to the product; the paragraphs are about it
    items = "".join(
        f'<h2><a href="https://shop.example/item/{i}">Item {i}: the Harbour {i} crane</a></h2>'
        f"<p>{sentence}</p>"
        for i, sentence in enumerate(SENTENCES, start=1)
    )
    text = text_of(page(items)).split("\n")
    for i, sentence in enumerate(SENTENCES, start=1):
        assert f"Item {i}: the Harbour {i} crane" in text
        assert sentence in text


def test_cuts_never_take_most_of_the_body() -> None:
    # every paragraph is wrapped in a link to another page: the detectors call each a teaser,
    # but cutting them all would leave nothing of the page
    linked = "".join(
        f'<a href="/2024/05/0{i}/item"><p>{sentence}</p><p>{sentence}</p></a>'
        for i, sentence in enumerate(SENTENCES, start=1)
    )
    text = text_of(page(linked))
    assert all(sentence in text for sentence in SENTENCES)


def test_zero_width_joiners_are_part_of_the_text() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    persian = "می\u200cخواهم"  # "I want": the non-joiner is part of its spelling
    body = (
        f"<p>{SENTENCES[0]} The union posted {family} on its page.</p><p>{persian}</p>"
        + "".join(f"<p>{s}</p>" for s in SENTENCES[1:])
    )
    text = text_of(page(body))
    assert family in text
    assert persian in text
