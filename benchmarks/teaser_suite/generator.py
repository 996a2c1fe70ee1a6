"""Builds the suite's pages: AEB bodies in invented layouts, with teasers of other AEB stories."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import chrome, labels
from .corpus import LEAD_MAX, HostQueue, Story, load_stories, teaser_sources
from .forms import COUNTS, FORMS, RENDER, Block, Ctx
from .layouts import LAYOUTS, Item, Layout, View
from .matching import TextIndex
from .text import esc, slug_words, tokens, wrap_words

SEED = 3
SETS = ("main", "holdout", "holdout2", "holdout3")  # the sets `build_cases` builds, by name
SINGLES = 7  # pages per (layout, form) showing that form alone
COMBOS = (
    ("linkbox", "inbody"), ("inbody", "cards"), ("cards", "tail"), ("linkbox", "tail"),
    ("inbody", "tail"), ("linkbox", "cards"), ("linkbox", "inbody", "tail"),
    ("inbody", "cards", "tail"), FORMS,
)  # fmt: skip
SUBHEAD_END = ".!?:;,…\"'”’»)。"
# Where blocks of forms 1 and 3 go: (inside the body container, in the sidebar); else after it.
PLACES = {"linkbox": (0.4, 0.0), "cards": (0.3, 0.3)}


@dataclass(frozen=True)
class Case:
    """One page of the suite and what a perfect extractor returns for it."""

    id: str
    layout: str
    forms: tuple[str, ...]
    url: str
    html: str
    body: str  # the AEB body: its non-blank lines joined by "\n"
    teasers: tuple[str, ...]  # each teaser's text as the page shows it
    teaser_forms: tuple[str, ...] = ()  # the form of each teaser, parallel to `teasers`
    teaser_kinds: tuple[str, ...] = ()  # "markup variant@placement" of each teaser, parallel
    lang: str = ""
    source: str = ""  # AEB id of the body


def plan() -> list[tuple[str, tuple[str, ...]]]:
    """(layout, forms) of every page: each form alone SINGLES times, then each combination."""
    singles = [(name, (form,)) for name in LAYOUTS for form in FORMS for _ in range(SINGLES)]
    return singles + [(name, combo) for name in LAYOUTS for combo in COMBOS]


def build_cases(
    aeb_dir: Path | str | None = None,
    seed: int | None = None,
    *,
    holdout: bool = False,
    set_name: str | None = None,
) -> list[Case]:
    """Every case of the chosen set, deterministic for a given AEB folder and seed.

    `aeb_dir` is the folder holding `ground-truth.json` (and `html/`), or its parent;
    by default `../shared/benchmarks/aeb` next to the repository. `set_name` is one of SETS:
    "main" (the default), "holdout", "holdout2" or "holdout3" (held-out sets with their own
    layouts, teaser markup and seed; see `holdout/`, `holdout2/`, `holdout3/`);
    `holdout=True` is "holdout".
    `seed` defaults to the chosen set's own.
    """
    name = set_name or ("holdout" if holdout else "main")
    if name not in SETS:
        raise ValueError(f"unknown set {name!r}; sets: {', '.join(SETS)}")
    if holdout and name != "holdout":
        raise ValueError(f"holdout=True contradicts set_name={set_name!r}")
    if name == "holdout":
        from .holdout import SEED as HOLDOUT_SEED
        from .holdout import build_holdout

        return build_holdout(aeb_dir, HOLDOUT_SEED if seed is None else seed)
    if name == "holdout2":
        from .holdout2 import SEED as HOLDOUT2_SEED
        from .holdout2 import build_holdout2

        return build_holdout2(aeb_dir, HOLDOUT2_SEED if seed is None else seed)
    if name == "holdout3":
        from .holdout3 import SEED as HOLDOUT3_SEED
        from .holdout3 import build_holdout3

        return build_holdout3(aeb_dir, HOLDOUT3_SEED if seed is None else seed)
    seed = SEED if seed is None else seed
    stories = load_stories(aeb_dir)
    sources = teaser_sources(stories)
    hosts = HostQueue(stories, random.Random(seed))
    cases = []
    for index, (name, forms) in enumerate(plan()):
        host = hosts.next(
            lambda queue, forms=forms: next(
                i for i, s in enumerate(queue) if "inbody" not in forms or len(s.paragraphs) > 2
            )
        )
        page_rng = random.Random(f"{seed}/{index}")
        cases.append(make_case(index, LAYOUTS[name], forms, host, sources, page_rng))
    return cases


@lru_cache(maxsize=256)
def body_index(story: Story) -> TextIndex:
    """The story's body, ready for leak questions."""
    return TextIndex(story.body)


def pick_targets(host: Story, count: int, stories: list[Story], rng: random.Random) -> list[Story]:
    """`count` other stories to tease, same language first, none whose text is in the body."""
    same = [s for s in stories if s.lang == host.lang and s.id.split("~")[0] != host.id]
    other = [s for s in stories if s.lang != host.lang]
    rng.shuffle(same)
    rng.shuffle(other)
    body = body_index(host)
    titles = {host.title}
    chosen = []
    for story in same + other:
        if story.title in titles or body.leaks(story.title) or body.leaks(story.lead(LEAD_MAX)):
            continue
        titles.add(story.title)
        chosen.append(story)
        if len(chosen) == count:
            return chosen
    raise ValueError(f"not enough teaser targets for {host.id}")


def is_subhead(line: str, k: int, n: int) -> bool:
    """Short lines inside the body without closing punctuation are shown as subheads."""
    return (
        0 < k < n - 1
        and len(tokens(line)) <= 10
        and len(line) <= 80
        and (line[-1] not in SUBHEAD_END)
    )


def paragraph_html(line: str, rng: random.Random, section: str) -> str:
    """A body paragraph's inner HTML, sometimes with an inline link or emphasis."""
    roll = rng.random()
    if roll < 0.3:
        return wrap_words(line, rng, f"/topic/{section.lower()}-{rng.randint(10, 99)}/")
    if roll < 0.36:
        return wrap_words(line, rng, "", rng.choice(("em", "strong")))
    return esc(line)


def wrap(html: str, depth: int, rng: random.Random, style: str) -> str:
    """Nest an in-body block `depth` wrappers deep."""
    for _ in range(depth):
        cls = labels.hashed(rng) if style == "hashed" else rng.choice(("", "inline", "ins", "w"))
        html = f'<div class="{cls}">{html}</div>' if cls else f"<div>{html}</div>"
    return html


def make_case(
    index: int,
    layout: Layout,
    forms: tuple[str, ...],
    host: Story,
    stories: list[Story],
    rng: random.Random,
) -> Case:
    """Render one page."""
    section = (host.section or rng.choice(chrome.SECTIONS)).title()
    date = f"2019/11/{rng.randint(1, 28):02d}"

    def href(story: Story) -> str:
        slug = "-".join(slug_words(story.url).lower().split()[:8]) or story.id[:12]
        kwargs = {"section": (story.section or "news"), "date": date, "slug": slug}
        return layout.path.format(**kwargs, n=rng.randint(10000, 99999))

    ctx = Ctx(rng, host.lang, layout.style, layout.paragraph, href)
    n_inbody = 2 if "inbody" in forms and len(host.paragraphs) >= 8 and rng.random() < 0.3 else 1
    wanted = [
        (f, rng.randint(*COUNTS[f])) for f in forms for _ in range(n_inbody if f == "inbody" else 1)
    ]
    targets = pick_targets(host, sum(c for _, c in wanted), stories, rng)
    blocks: list[Block] = []
    for form, count in wanted:
        blocks.append(RENDER[form](targets[:count], ctx))
        targets = targets[count:]

    places = [place(block, len(host.paragraphs), rng) for block in blocks]
    after = [b for b, p in zip(blocks, places, strict=True) if p == "after"]
    sidebar = [b for b, p in zip(blocks, places, strict=True) if p == "sidebar"]
    rng.shuffle(after)
    in_text = [(b, p) for b, p in zip(blocks, places, strict=True) if p not in ("after", "sidebar")]
    items = body_items(host, layout, rng, section, in_text)
    slug = "-".join(slug_words(host.url).lower().split()[:8]) or host.id[:12]
    path = layout.path.format(section=section.lower(), date=date, slug=slug, n=1000 + index)
    view = View(
        title=host.title,
        author=rng.choice(labels.AUTHORS),
        published=f"{date.replace('/', '-')}T{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}:00",
        lang=host.lang,
        url=layout.host + path,
        section=section,
        description=host.title,
        body=layout.assemble(items),
        after="\n".join(b.html for b in after),
        sidebar="\n".join(b.html for b in sidebar),
        variant=rng.randint(0, 99),
    )
    return Case(
        id=f"{index:03d}-{layout.name}",
        layout=layout.name,
        forms=forms,
        url=view.url,
        html=layout.page(view),
        body=host.body,
        teasers=tuple(t for b in blocks for t in b.teasers),
        teaser_forms=tuple(b.form for b in blocks for _ in b.teasers),
        teaser_kinds=tuple(
            f"{kind}@{p}" for b, p in zip(blocks, places, strict=True) for kind in b.kinds
        ),
        lang=host.lang,
        source=host.id,
    )


def place(block: Block, n: int, rng: random.Random) -> str:
    """Where a block goes: `after` the body container, in the `sidebar`, `inside` it at the
    end, or (in-body boxes) `early`/`middle`/`late` between paragraphs, `dN` wrappers deep,
    `out` of the surrounding section where the layout has sections; cut leads at the `end`."""
    if block.form == "tail":
        return "end"
    if block.form == "inbody":
        spot = rng.choice(("early", "middle", "late"))
        depth = rng.choice((0, 0, 1, 2))
        return f"{spot}/d{depth}" + ("/out" if rng.random() < 0.4 else "")
    roll, (p_inside, p_sidebar) = rng.random(), PLACES[block.form]
    return "inside" if roll < p_inside else "sidebar" if roll < p_inside + p_sidebar else "after"


def body_items(
    host: Story,
    layout: Layout,
    rng: random.Random,
    section: str,
    blocks: list[tuple[Block, str]],
) -> list[Item]:
    """The body's paragraphs in the layout's markup, with figure, ads and teaser blocks.

    In-body boxes go between paragraphs; cut leads, then any boxes or grids placed inside
    the body container, follow the last paragraph.
    """
    paras = host.paragraphs
    n = len(paras)
    extra: dict[int, list[Item]] = {}  # items to place after paragraph k
    if rng.random() < 0.7:
        src = f"/media/{host.id[:12]}.jpg"
        extra.setdefault(rng.choice((-1, 0)), []).append(
            Item("figure", layout.figure(src, rng.choice(labels.CAPTIONS)))
        )
    if n > 4 and rng.random() < 0.5:
        label = rng.choice((labels.AD_TEXTS.get(host.lang, "Advertisement"), "ADVERTISEMENT", ""))
        ad = chrome.ad("ad-slot", label, rng.randint(10, 99))
        extra.setdefault(rng.randint(1, n - 2), []).append(Item("ad", ad))
    for block, where in blocks:
        if block.form == "inbody":
            spot, depth, *out = where.split("/")
            k = {"early": min(rng.choice((0, 1)), n - 2), "middle": n // 2 - 1, "late": n - 2}[spot]
            k += k < n - 2 and is_subhead(paras[k], k, n)  # not right under a subhead
            html = wrap(block.html, int(depth[1:]), rng, layout.style)
            extra.setdefault(max(k, 0), []).append(Item("teaser-out" if out else "teaser", html))
    items = extra.get(-1, [])
    for k, line in enumerate(paras):
        if is_subhead(line, k, n):
            items.append(Item("h", layout.subhead(esc(line))))
        else:
            items.append(Item("p", layout.paragraph(paragraph_html(line, rng, section))))
        items += extra.get(k, [])
    items += [Item("teaser", b.html) for b, _ in blocks if b.form == "tail"]
    items += [Item("teaser", b.html) for b, where in blocks if where == "inside"]
    return items
