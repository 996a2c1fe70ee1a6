"""The shortcuts of text.py give what the slow forms they replace give."""

from __future__ import annotations

import random

from lxml import html

from newscorpus.extract.text import count_words, has_words, text_content

WORDS = ["news", "a", "Überschrift", "x1", "東京都", "の", "ニュース", "—", "...", " ", "\n"]


def test_has_words_agrees_with_counting_every_word() -> None:
    rng = random.Random(8)
    for _ in range(2000):
        text = "".join(
            rng.choice(WORDS) + rng.choice(["", " ", "\n", ","])
            for _ in range(rng.randrange(0, 400))
        )
        for words in (1, 5, 50, 100):
            assert has_words(text, words) == (count_words(text) >= words), (text, words)


def test_has_words_counts_a_word_cut_by_the_prefix_once() -> None:
    text = "a" * 995 + " " + "b" * 20 + " c"
    assert count_words(text) == 3
    assert has_words(text, 3)
    assert not has_words(text, 4)


def test_text_content_is_lxmls_with_and_without_children() -> None:
    page = html.fromstring(
        "<html><body><p>Plain</p><p></p><p>Lead <b>bold</b> tail</p><a href='/x'>Link</a>"
        "<div><span>in</span>after</div></body></html>"
    )
    for element in page.iter():
        assert text_content(element) == element.text_content()
