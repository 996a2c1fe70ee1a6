"""Render one article page and derive its ground truth from the same data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import teasers
from .chrome import byline_text, furniture_strings
from .layouts import LAYOUTS, ArticleView
from .model import ExpectedArticle, Page
from .text import ends_sentence, is_subhead, plain, to_html

if TYPE_CHECKING:
    from collections.abc import Callable

    from .layouts import Layout
    from .plan import PagePlan
    from .story import Story
    from .teasers import Block, Target


@dataclass(frozen=True)
class ArticleSpec:
    """Where and how one story is published."""

    plan: PagePlan
    story: Story
    path: str
    canonical_path: str
    duplicate_of: str | None
    seed: int  # page number, drives the deterministic variations
    targets: dict[str, list[Target]]  # teaser targets per form


def render_blocks(spec: ArticleSpec, layout: Layout) -> dict[str, Block]:
    """Teaser blocks of every planned form."""
    renderers = {
        "boxes": lambda ts: teasers.boxes(ts, spec.seed, spec.plan.labeled),
        "inline": lambda ts: teasers.inline(ts, spec.seed, spec.plan.labeled),
        "cards": lambda ts: teasers.cards(ts, spec.seed, spec.plan.labeled),
        "tail": lambda ts: teasers.tail(ts, spec.seed, layout.paragraph),
    }
    return {form: renderers[form](spec.targets[form]) for form in spec.plan.forms}


def inline_position(paragraphs: tuple[str, ...]) -> int:
    """Index of the paragraph the in-body related box goes before."""
    for i in range(max(2, len(paragraphs) // 2), len(paragraphs)):
        if not is_subhead(paragraphs[i]) and not is_subhead(paragraphs[i - 1]):
            return i
    raise ValueError("no place for an inline teaser box")


def body_html(
    spec: ArticleSpec, layout: Layout, blocks: dict[str, Block], resolve: Callable[[str], str]
) -> str:
    """Body markup: paragraphs and subheads, figure, in-body and end-of-body teasers."""
    paragraphs = spec.story.paragraphs
    inline_at = inline_position(paragraphs) if "inline" in blocks else -1
    out = []
    for i, par in enumerate(paragraphs):
        if i == inline_at:
            out.append(blocks["inline"].html)
        if is_subhead(par):
            out.append(layout.subhead(par))
        else:
            cls = spec.plan.lead_class if i == 0 else None
            out.append(layout.paragraph(to_html(par, resolve), cls))
        if i == 1:
            out.append(layout.figure(f"/img/{spec.story.slug}.jpg", spec.story.caption))
    if "tail" in blocks:
        out.append(blocks["tail"].html)
    return "\n".join(out)


def check(story: Story, shown: tuple[str, ...]) -> None:
    """Fail loudly if the data breaks the fixture's promises."""
    for par in story.paragraphs:
        if not (is_subhead(par) or ends_sentence(plain(par))):
            raise ValueError(f"{story.slug}: paragraph without final punctuation: {par[-30:]!r}")
    for teaser in shown:
        if teaser in story.text:
            raise ValueError(f"{story.slug}: teaser text also in the body: {teaser[:40]!r}")


def render_article(
    spec: ArticleSpec, base_url: str, resolve: Callable[[str], str]
) -> tuple[Page, ExpectedArticle]:
    """The served page and the expected corpus record for one article."""
    layout = LAYOUTS[spec.plan.layout]
    story = spec.story
    blocks = render_blocks(spec, layout)
    after = "\n".join(blocks[f].html for f in spec.plan.forms if f in ("boxes", "cards"))
    view = ArticleView(
        title=story.title,
        byline=byline_text(story.authors),
        authors=story.authors,
        published=story.published,
        section=story.section,
        language=story.language,
        description=story.standfirst,
        canonical_url=base_url + spec.canonical_path,
        image=f"{base_url}/img/{story.slug}.jpg",
        tags=story.tags,
        body_html=body_html(spec, layout, blocks, resolve),
        after_html=after,
        charset=spec.plan.charset,
    )
    shown = tuple(s for form in spec.plan.forms for s in blocks[form].strings)
    check(story, shown)
    headings = tuple(h for b in blocks.values() for h in b.headings)
    body = layout.page(view).encode(spec.plan.charset, "xmlcharrefreplace")
    page = Page(200, f"text/html; charset={spec.plan.charset}", body)
    expected = ExpectedArticle(
        path=spec.path,
        title=story.title,
        text=story.text,
        published=story.published,
        authors=story.authors,
        language=story.language,
        teasers=shown,
        canonical_path=spec.canonical_path,
        duplicate_of=spec.duplicate_of,
        kind=spec.plan.kind,
        section=story.section,
        layout=layout.name,
        boilerplate=(
            byline_text(story.authors),
            story.caption,
            *furniture_strings(),
            *headings,
            *layout.extras,
        ),
    )
    return page, expected
