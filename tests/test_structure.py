"""Old-style markup (``<br><br>`` paragraphs, ``<font>`` wrappers, layout tables) comes out as
paragraphs in reading order."""

from __future__ import annotations

from lxml import html as lxml_html

from newscorpus import extract_article
from newscorpus.extract.structure import (
    split_br_paragraphs,
    unwrap_layout_tables,
    unwrap_swallowing_landmarks,
)

PARAGRAPHS = [
    "The council voted on Tuesday to close the old bridge for repairs until the spring.",
    "Engineers found cracks in two of the supports during an inspection last month.",
    "Drivers will be sent along the river road, which adds about ten minutes to a trip.",
    "The mayor said the work could not wait, although shops near the bridge objected.",
    "A public meeting on the detour is planned for next week at the town hall.",
]


def old_style_page(paragraphs: list[str], headed: bool) -> str:
    """A table-laid page whose story sits in a ``<font>`` inside a cell that also holds a
    byline, both split with ``<br><br>``; ``headed`` opens every paragraph with bold lines."""
    parts = []
    for number, paragraph in enumerate(paragraphs, 1):
        head = f"<b>Part {number} of the report</b><br><b>Day {number}</b><br>" if headed else ""
        parts.append(f"{head}{paragraph}\n<br><br>\n")
    return (
        "<html><head><title>Bridge to close</title></head><body><table><tr>"
        "<td><a href='/a'>A</a><br><a href='/b'>B</a></td><td>"
        "<h1>Bridge to close</h1><font size=1>Jane Roe | 11/28/2019</font><br><br>"
        f"<font face=Arial>{''.join(parts)}</font></td></tr></table></body></html>"
    )


def test_font_wrapped_paragraphs_keep_reading_order() -> None:
    article = extract_article(old_style_page(PARAGRAPHS, headed=True), "https://x.test/a/1")
    assert article is not None
    expected = []
    for number, paragraph in enumerate(PARAGRAPHS, 1):
        expected += [f"Part {number} of the report", f"Day {number}", paragraph]
    assert article.text.split("\n")[-len(expected) :] == expected


def test_split_never_nests_paragraphs() -> None:
    tree = lxml_html.fromstring(old_style_page(PARAGRAPHS, headed=False))
    unwrap_layout_tables(tree)
    assert split_br_paragraphs(tree) == 2
    assert not tree.xpath("//p//p")
    texts = [p.text_content().strip() for p in tree.iter("p")]
    assert [t for t in texts if t in PARAGRAPHS] == PARAGRAPHS


def test_a_rule_between_br_paragraphs_stays_between_them() -> None:
    page = "<html><body><div>" + "<br><br>".join(PARAGRAPHS[:3]) + "<br><br><hr>"
    page += "<br><br>".join(PARAGRAPHS[3:]) + "</div></body></html>"
    tree = lxml_html.fromstring(page)
    split_br_paragraphs(tree)
    assert not tree.xpath("//p//hr")
    rule = tree.find(".//hr")
    assert [p.text_content().strip() for p in rule.itersiblings()] == PARAGRAPHS[3:]


def test_a_data_table_whose_cells_wrap_text_in_paragraphs_stays_a_table() -> None:
    """Comparison charts and price lists wrap each short cell in a ``<p>``: still a table, and
    every cell of it in the body; a cell holding a run of prose makes a layout table."""
    rows = "".join(
        f"<tr><td><p>Plan {n}</p></td><td><p>{10 * n} users</p></td><td><p>${5 * n} a month</p>"
        "</td></tr>"
        for n in range(1, 9)
    )
    page = (
        "<html><body><article><h1>Plans compared</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + f"<table>{rows}</table></article></body></html>"
    )
    tree = lxml_html.fromstring(page)
    assert unwrap_layout_tables(tree) == 0
    assert tree.find(".//table") is not None
    layout = lxml_html.fromstring(old_style_page(PARAGRAPHS, headed=False))
    assert unwrap_layout_tables(layout) == 1


def test_a_popup_aside_left_open_around_the_page_does_not_hide_the_story() -> None:
    # a newsletter pop-up's <aside> is never closed: the parser makes it the page's parent
    page = (
        "<html><head><title>Bridge to close</title></head><body>"
        "<aside class='popup-overlay' id='popup-newsletter'><div>Get our newsletter</div>"
        "<header class='site-header'><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<article><h1>Bridge to close</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "</article><footer>© Town News</footer></body></html>"
    )
    article = extract_article(page, "https://x.test/a/1")
    assert article is not None
    assert all(p in article.text for p in PARAGRAPHS)
    assert "Home" not in article.text.split("\n")


def test_a_sidebar_of_teasers_longer_than_a_short_story_stays_a_sidebar() -> None:
    teasers = "".join(
        f"<li><a href='/news/{i}'>Council debates the budget for the {i}th time</a><p>The "
        f"council met again on Monday to debate the town budget, item {i} of many.</p></li>"
        for i in range(12)
    )
    page = (
        "<html><body><article><h1>Bridge to close</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:3])
        + f"</article><aside class='sidebar'><ul>{teasers}</ul></aside></body></html>"
    )
    tree = lxml_html.fromstring(page)
    assert unwrap_swallowing_landmarks(tree) == 0
    assert tree.find(".//aside") is not None
