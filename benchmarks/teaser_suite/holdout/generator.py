"""Builds the held-out pages: AEB bodies in the held-out layouts, teasers in held-out markup."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from ..corpus import HostQueue, Story, load_stories, teaser_sources
from ..forms import COUNTS, FORMS, Block, Ctx
from ..generator import COMBOS, Case, is_subhead, pick_targets
from ..layouts import View
from ..text import slug_words
from . import labels as hl
from .body import body_items
from .layouts import HOLDOUT_LAYOUTS
from .variants import render

if TYPE_CHECKING:
    from pathlib import Path

    from .layouts.base import HoldoutLayout

SEED = 1729
SINGLES = 6  # pages per (layout, form) showing that form alone
# Where blocks of forms 1 and 3 go: (inside the body container, in the sidebar); else after it.
PLACES = {"linkbox": (0.3, 0.2), "cards": (0.25, 0.35)}
SECTIONS = ("World", "Economy", "Science", "Sport", "Arts", "Travel")


def plan() -> list[tuple[str, tuple[str, ...]]]:
    """(layout, forms) of every page: each form alone SINGLES times, then each combination."""
    names = list(HOLDOUT_LAYOUTS)
    singles = [(name, (form,)) for name in names for form in FORMS for _ in range(SINGLES)]
    return singles + [(name, combo) for name in names for combo in COMBOS]


def build_holdout(aeb_dir: Path | str | None = None, seed: int = SEED) -> list[Case]:
    """Every held-out case, deterministic for a given AEB folder and seed."""
    stories = load_stories(aeb_dir)
    sources = teaser_sources(stories)
    hosts = HostQueue(stories, random.Random(seed))
    cases = []
    for index, (name, forms) in enumerate(plan()):
        host = hosts.next(
            lambda queue, forms=forms: next(
                i for i, s in enumerate(queue) if "inbody" not in forms or len(s.paragraphs) > 3
            )
        )
        page_rng = random.Random(f"holdout/{seed}/{index}")
        cases.append(make_case(index, HOLDOUT_LAYOUTS[name], forms, host, sources, page_rng))
    return cases


def place(form: str, rng: random.Random) -> str:
    """Where a block goes: `after` the body container, in the `sidebar`, `inside` it at the end,
    in-body boxes `early`/`middle`/`late`, `dN` wrappers deep, maybe `out` of the layout's
    groups; closing paragraphs at the `end`."""
    if form == "tail":
        return "end"
    if form == "inbody":
        spot = rng.choice(("early", "middle", "late"))
        return f"{spot}/d{rng.choice((0, 0, 1, 2))}" + ("/out" if rng.random() < 0.4 else "")
    roll, (p_inside, p_sidebar) = rng.random(), PLACES[form]
    return "inside" if roll < p_inside else "sidebar" if roll < p_inside + p_sidebar else "after"


def wrap(html: str, depth: int, rng: random.Random, style: str) -> str:
    """Nest an in-body block `depth` wrappers deep."""
    for _ in range(depth):
        if style == "inline":
            attr = f' style="{rng.choice(hl.INLINE_STYLES)}"'
        elif style == "hashed":
            attr = f' class="{hl.generated(rng)}"'
        else:
            attr = rng.choice(("", ' class="embed"', ' class="wp-block-group"', ' data-block="1"'))
        html = f"<div{attr}>{html}</div>"
    return html


def spot_line(spot: str, host: Story, rng: random.Random) -> int:
    """The body line an in-body box follows: never the last, not right under a subhead."""
    n = len(host.paragraphs)
    k = {"early": min(rng.choice((0, 1)), n - 2), "middle": n // 2 - 1, "late": n - 2}[spot]
    return max(k + (k < n - 2 and is_subhead(host.paragraphs[k], k, n)), 0)


def make_case(
    index: int,
    layout: HoldoutLayout,
    forms: tuple[str, ...],
    host: Story,
    stories: list[Story],
    rng: random.Random,
) -> Case:
    """Render one held-out page."""
    section = (host.section or rng.choice(SECTIONS)).title()
    date = f"2020/03/{rng.randint(1, 28):02d}"

    def href(story: Story) -> str:
        slug = "-".join(slug_words(story.url).lower().split()[:7]) or story.id[:10]
        kwargs = {"section": (story.section or "latest"), "date": date, "slug": slug}
        return layout.path.format(**kwargs, n=rng.randint(100000, 999999))

    ctx = Ctx(rng, host.lang, layout.style, layout.paragraph, href)
    wanted = [(f, rng.randint(*COUNTS[f])) for f in forms]
    targets = pick_targets(host, sum(c for _, c in wanted), stories, rng)
    blocks: list[Block] = []
    for form, count in wanted:
        blocks.append(render(form, targets[:count], ctx))
        targets = targets[count:]
    places = [place(b.form, rng) for b in blocks]
    placed = list(zip(blocks, places, strict=True))
    boxes = []
    for block, where in placed:
        if block.form == "inbody":
            spot, depth, *out = where.split("/")
            html = wrap(block.html, int(depth[1:]), rng, layout.style)
            boxes.append((Block(html, block.teasers, block.form), spot_line(spot, host, rng), out))
    closing = [b for b, p in placed if p in ("end", "inside")]
    rng.shuffle(closing)
    items = body_items(host, layout, rng, section, boxes, closing)
    after = [b.html for b, p in placed if p == "after"]
    slug = "-".join(slug_words(host.url).lower().split()[:8]) or host.id[:12]
    path = layout.path.format(section=section.lower(), date=date, slug=slug, n=5000 + index)
    view = View(
        title=host.title,
        author=rng.choice(hl.AUTHORS),
        published=f"{date.replace('/', '-')}T{rng.randint(5, 23):02d}:{rng.randint(0, 59):02d}:00",
        lang=host.lang,
        url=layout.host + path,
        section=section,
        description=host.title,
        body=layout.assemble(items),
        after="\n".join(after),
        sidebar="\n".join(b.html for b, p in placed if p == "sidebar"),
        variant=rng.randint(0, 99),
    )
    return Case(
        id=f"h{index:03d}-{layout.name}",
        layout=layout.name,
        forms=forms,
        url=view.url,
        html=layout.page(view),
        body=host.body,
        teasers=tuple(t for b in blocks for t in b.teasers),
        teaser_forms=tuple(b.form for b in blocks for _ in b.teasers),
        teaser_kinds=tuple(f"{kind}@{p}" for b, p in placed for kind in b.kinds),
        lang=host.lang,
        source=host.id,
    )
