"""A fetched body's text in the charset its content shows, and a body cut short told apart
from a whole one."""

from __future__ import annotations

import pytest

from newscorpus.body import decode_html, is_cut_short
from tests.fixture_site import build_news_site

PAGES = {
    "cp1252": "El niño comió en la montaña con el señor Muñoz, “ayer” — Le café est très bon.",
    "shift_jis": "港湾労働者の組合は木曜日、三週間続いたストライキを終えると発表した。",
    "cp1251": "Москва объявила о новых мерах поддержки экономики и граждан.",
}


@pytest.mark.parametrize("charset", sorted(PAGES))
def test_a_page_declared_utf_8_is_read_in_its_own_charset(charset: str) -> None:
    html = f'<html><head><meta charset="utf-8"></head><body><p>{PAGES[charset]}</p></body></html>'
    decoded = decode_html(html.encode(charset), "utf-8")
    assert decoded is not None and decoded.detected
    assert decoded.text == html


def test_a_page_that_decodes_as_declared_is_read_so() -> None:
    html = f"<html><body><p>{PAGES['cp1251']}</p></body></html>"
    decoded = decode_html(html.encode("utf-8"), "utf-8")
    assert decoded is not None and not decoded.detected and decoded.text == html


def test_every_fixture_page_is_whole_and_none_cut_in_half() -> None:
    site = build_news_site("http://127.0.0.1:8000")
    html = [p.body for p in site.pages.values() if p.content_type.startswith("text/html")]
    assert html and not any(is_cut_short(body) for body in html)
    assert all(is_cut_short(body[: len(body) // 2]) for body in html if b"<html" in body)
