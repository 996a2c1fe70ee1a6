"""The seed site: the project's three seed files as Taipei-Times-like archive pages.

Each seed file is one article in corpus shape whose last four lines are sidebar teasers of
other stories; the page shows the body as the article and those lines as link-wrapped boxes.
Seeds 000 and 001 are the same story crawled twice, served under two different URLs.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from .chrome import furniture_strings
from .discovery import link_sources
from .layouts import LAYOUTS, ArticleView
from .model import ExpectedArticle, Page, Site
from .shell import shell
from .teasers import link_boxes
from .text import esc, is_subhead

SEED_DIR = Path(__file__).parent / "seeds"
TEASER_LINES = 4


@dataclass(frozen=True)
class SeedPage:
    """Where one seed file is published."""

    filename: str
    path: str
    byline: str
    published: str
    duplicate_of: str | None = None


SEEDS = (
    SeedPage(
        "000_1156323ef3651b4f.txt",
        "/News/world/archives/2007/05/30/2003363178",
        "By AFP, MOSCOW",
        "2007-05-30T00:00:00+08:00",
    ),
    SeedPage(
        "001_4cc0f50b2a3e5aaf.txt",
        "/News/front/archives/2007/05/30/2003363178",
        "By AFP, MOSCOW",
        "2007-05-30T00:00:00+08:00",
        duplicate_of="/News/world/archives/2007/05/30/2003363178",
    ),
    SeedPage(
        "002_4fe9ffa785e16489.txt",
        "/News/world/archives/2004/04/05/2003135201",
        "By AFP, MOSCOW",
        "2004-04-05T00:00:00+08:00",
    ),
)


def seed_lines(filename: str) -> list[str]:
    """The lines of a seed file."""
    return (SEED_DIR / filename).read_text(encoding="utf-8").split("\n")


def headline(first_line: str) -> str:
    """A headline made up from the first sentence: its opening clause."""
    clause = first_line.split(", ")[0].rstrip(".")
    return clause if len(clause) <= 90 else clause[:90].rsplit(" ", 1)[0]


def teaser_href(seed: int, j: int) -> str:
    """A made-up archive URL for the j-th sidebar teaser of a seed page."""
    return f"/News/world/archives/2025/05/{12 + j:02d}/{2003836990 + 97 * (4 * seed + j)}"


def render_seed(index: int, seed: SeedPage, base: str) -> tuple[Page, ExpectedArticle]:
    """The archive page of one seed file and its expected record."""
    layout = LAYOUTS["taipei"]
    lines = seed_lines(seed.filename)
    body, sidebar = lines[:-TEASER_LINES], lines[-TEASER_LINES:]
    blocks = [
        layout.subhead(ln) if is_subhead(ln) else layout.paragraph(esc(ln), None) for ln in body
    ]
    links = [(teaser_href(index, j), text) for j, text in enumerate(sidebar)]
    boxes = link_boxes(links, "", "")
    title = headline(body[0])
    view = ArticleView(
        title=title,
        byline=seed.byline,
        authors=("AFP",),
        published=seed.published,
        section="world",
        language="en",
        description=body[0],
        canonical_url=base + seed.path,
        image="",
        tags=(),
        body_html="\n".join(blocks),
        after_html=f'<div class="boxTitle">{boxes.html}</div>',
    )
    page = Page(200, "text/html; charset=utf-8", layout.page(view).encode("utf-8"))
    expected = ExpectedArticle(
        path=seed.path,
        title=title,
        text="\n".join(body),
        published=seed.published,
        authors=("AFP",),
        language="en",
        teasers=boxes.strings,
        canonical_path=seed.path,
        duplicate_of=seed.duplicate_of,
        kind="duplicate" if seed.duplicate_of else "article",
        section="world",
        layout="taipei",
        boilerplate=(seed.byline, *furniture_strings()),
    )
    return page, expected


def build_seed_site(base_url: str) -> Site:
    """Build the seed site served at `base_url`."""
    base = base_url.rstrip("/")
    pages: dict[str, Page] = {}
    expected: dict[str, ExpectedArticle] = {}
    for index, seed in enumerate(SEEDS):
        pages[seed.path], expected[seed.path] = render_seed(index, seed, base)
    items = "".join(f'<li><a href="{e.path}">{esc(e.title)}</a></li>' for e in expected.values())
    pages["/"] = Page(
        200,
        "text/html; charset=utf-8",
        shell("Archives", f"<h1>Archives</h1><ul>{items}</ul>").encode("utf-8"),
    )
    pages["/robots.txt"] = Page(200, "text/plain; charset=utf-8", b"User-agent: *\nDisallow:\n")
    sources = link_sources(base, pages)
    articles = {
        path: dataclasses.replace(e, found_in=frozenset(sources.get(path, ())))
        for path, e in expected.items()
    }
    missing = frozenset(path for path in sources if path not in pages)
    return Site(base, pages, articles, frozenset({"/"}), frozenset(), broken=missing)
