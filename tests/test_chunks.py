"""A body cut into same-class chunks is put back together, but never with another story's."""

from __future__ import annotations

from lxml.html import fromstring

from newscorpus.extract.chunks import merge_body_chunks

PARAGRAPHS = [
    f"Paragraph {n} of the story about the harbour strike, long enough to be matched on its "
    f"own, with details that only paragraph {n} has."
    for n in range(1, 7)
]


def chunk(paragraphs: list[str]) -> str:
    return "<div class='body'>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>"


def test_chunks_around_an_ad_are_merged() -> None:
    page = fromstring(
        f"<html><body><article><h1>Strike</h1>{chunk(PARAGRAPHS[:3])}<div class='ad'></div>"
        f"{chunk(PARAGRAPHS[3:])}</article></body></html>"
    )
    assert merge_body_chunks(page, PARAGRAPHS[:3]) == 1


def test_live_entries_without_headlines_are_merged_but_the_next_story_is_not() -> None:
    entries = "".join(
        f"<article class='entry'><time>17:0{n}</time>{chunk(PARAGRAPHS[n : n + 2])}</article>"
        for n in (2, 4)
    )
    live = fromstring(
        f"<html><body><main><h1>Live</h1><article class='entry'>{chunk(PARAGRAPHS[:2])}"
        f"</article>{entries}</main></body></html>"
    )
    assert merge_body_chunks(live, PARAGRAPHS[:2]) == 2
    next_story = fromstring(
        f"<html><body><article><h1>Strike</h1>{chunk(PARAGRAPHS[:3])}</article>"
        f"<article><h2>Another story</h2>{chunk(PARAGRAPHS[3:])}</article></body></html>"
    )
    assert merge_body_chunks(next_story, PARAGRAPHS[:3]) == 0


def test_widgets_of_the_footer_or_empty_ones_sharing_the_class_are_not_merged() -> None:
    """Page builders give every widget one class; the footer's disclaimer is no chunk of the
    story, and a widget holding nothing the extraction missed is left where it is."""
    footer_text = (
        "This material is not intended to replace the advice of a qualified advisor, and "
        "information has been obtained from sources believed to be reliable."
    )
    page = fromstring(
        f"<html><body><header>{chunk(['Menu'])}</header><main><h1>Strike</h1>"
        f"{chunk(PARAGRAPHS[:3])}{chunk([])}</main>"
        f"<footer>{chunk([footer_text, footer_text.upper(), footer_text.lower()])}</footer>"
        "</body></html>"
    )
    assert merge_body_chunks(page, PARAGRAPHS[:3]) == 0
    assert footer_text in page.find(".//footer").text_content()
    with_missed_chunk = fromstring(
        f"<html><body><main><h1>Strike</h1>{chunk(PARAGRAPHS[:3])}<div class='ad'></div>"
        f"{chunk(PARAGRAPHS[3:])}</main><footer>{chunk([footer_text] * 3)}</footer></body></html>"
    )
    assert merge_body_chunks(with_missed_chunk, PARAGRAPHS[:3]) == 1
    assert footer_text in with_missed_chunk.find(".//footer").text_content()
