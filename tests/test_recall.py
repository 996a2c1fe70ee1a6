"""The recall pass: lines trafilatura's default pass drops inside the article come back, and
lines its recall pass finds around the article do not."""

from __future__ import annotations

from trafilatura import bare_extraction

from newscorpus.extract import ExtractionOptions, Extractor
from newscorpus.extract.recall import recall_additions, with_additions
from newscorpus.records import FetchedPage
from newscorpus.steps import extracted_page

PARAGRAPHS = [
    "The city council voted on Tuesday to approve a new budget for the coming year, after "
    "months of debate among its members and two public hearings in the town hall.",
    "Officials said the plan would fund road repairs, new school buildings and a larger team "
    "of inspectors for the old bridges that cross the river in the centre of the city.",
    "The mayor said the vote showed that the council could still agree on the things that "
    "matter to the people of the city, whatever their differences on other questions.",
    "Critics said the budget left too little for parks and libraries, and promised to raise "
    "the matter again next spring, when the council reviews how the money was spent.",
    "The budget takes effect on the first of July. Its first payments go to the road works, "
    "which the council wants finished before the busy summer months bring more traffic.",
    "A copy of the full budget is to be published on the council's website next week, with a "
    "summary in the languages most spoken in the city for residents who want to read it.",
]
ITEMS = [
    "Road repairs on the northern ring road, to be finished by the end of June",
    "Two new primary schools in the eastern districts, opening next autumn",
    "Twelve more inspectors for the bridges over the river and the canal",
]
SIDEBAR = [
    "Storm closes the harbour for a second day as ferries stay in port",
    "Local team wins the regional cup after a late goal in extra time",
    "New museum wing opens with a show of early photographs of the town",
]


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _page(middle: str, after: str = "") -> str:
    first, second, *rest = (f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        "<html><head><title>Council approves budget</title></head><body><main><article>"
        f"<h1>Council approves budget</h1>{first}{second}{middle}{''.join(rest)}{after}"
        "</article></main></body></html>"
    )


def _text(html: str, recall: bool = True) -> str:
    extractor = Extractor(ExtractionOptions(recall_lines=recall), page_model=False)
    extraction = extractor.extract(html, "https://news.example.com/2024/05/budget")
    assert extraction.article is not None
    return extraction.article.text


def test_a_list_inside_the_body_that_the_default_pass_drops_is_kept() -> None:
    # a list in a layout table's cell: trafilatura's default pass leaves it out
    html = _page(f"<table><tr><td>{_list(ITEMS)}</td></tr></table>")
    assert not any(item in _text(html, recall=False) for item in ITEMS)
    text = _text(html)
    assert all(item in text for item in ITEMS)
    lines = text.split("\n")
    where = [next(i for i, line in enumerate(lines) if item in line) for item in ITEMS]
    assert lines.index(PARAGRAPHS[1]) < min(where) and max(where) < lines.index(PARAGRAPHS[2])
    # the cell is one table row of the body: one line added
    assert Extractor(page_model=False).extract(html, None).cut_by.get("recall-added") == 1


def test_a_sidebar_list_after_the_body_is_not_added() -> None:
    # a box of other stories closing the article (a list in a table cell, like the list the
    # test above keeps): the recall pass keeps it, the default pass does not
    html = _page("", after=f"<table><tr><td>{_list(SIDEBAR)}</td></tr></table>")
    recall = bare_extraction(html, fast=True, favor_recall=True, with_metadata=False)
    assert recall is not None and all(item in recall.text for item in SIDEBAR)
    text = _text(html)
    assert PARAGRAPHS[-1] in text
    assert not any(item in text for item in SIDEBAR)


def test_lines_the_body_already_holds_are_not_added_twice() -> None:
    body = ["First paragraph of the story.", "Second paragraph of the story."]
    recall = [body[0], "first paragraph of the story", "A line of its own.", body[1], "Tail."]
    added = recall_additions(body, recall)
    assert added == [(0, "A line of its own.")]
    assert with_additions(body, added) == [body[0], "A line of its own.", body[1]]


def test_added_lines_are_counted_apart_from_the_teasers_cut() -> None:
    html = _page(f"<table><tr><td>{_list(ITEMS)}</td></tr></table>")
    url = "https://news.example.com/2024/05/budget"
    extraction = Extractor(page_model=False).extract(html, url)
    assert extraction.teasers_cut == 0
    counts = extracted_page(FetchedPage(url=url, html=html), extraction).counts
    assert counts["newscorpus/extract/recall-added"] == 1
    assert not any(key.startswith("newscorpus/teasers/recall") for key in counts)
