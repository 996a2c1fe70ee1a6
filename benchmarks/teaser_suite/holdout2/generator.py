"""Builds the second holdout's pages: AEB bodies in its site layouts, teasers as those sites
show them."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from ..corpus import HostQueue, Story, load_stories, teaser_sources
from ..forms import FORMS, Block
from ..generator import COMBOS, Case, pick_targets
from ..text import slug_words
from . import labels
from .body import body_items, spot_line
from .layouts import SITES
from .site import Ctx, Page
from .variants import IN_TEXT, VARIANTS

if TYPE_CHECKING:
    from pathlib import Path

    from .site import Site
    from .variants import Variant

SEED = 20250611
SINGLES = 5  # pages per (layout, form) showing that form alone
PREFER = 0.6  # chance a site with an edition language takes a body in it, when one is queued
SECOND_BOX = 0.35  # chance of a second in-body block on a long story
SECTIONS = ("News", "Local", "Business", "Politics", "Sports", "Entertainment", "Health")
HEX = "0123456789abcdef"


def plan() -> list[tuple[str, tuple[str, ...]]]:
    """(layout, forms) of every page: each form alone SINGLES times, then each combination."""
    singles = [(name, (form,)) for name in SITES for form in FORMS for _ in range(SINGLES)]
    return singles + [(name, combo) for name in SITES for combo in COMBOS]


def pick_host(queue: list[Story], site: Site, forms: tuple[str, ...], rng: random.Random) -> int:
    """Index of the next queued story the page can show: long enough for in-body blocks, and
    now and then in the site's own edition language."""
    fits = [i for i, s in enumerate(queue) if "inbody" not in forms or len(s.paragraphs) > 3]
    if site.langs and rng.random() < PREFER:
        own = [i for i in fits if queue[i].lang in site.langs]
        if own:
            return own[0]
    return fits[0]


def build_holdout2(aeb_dir: Path | str | None = None, seed: int = SEED) -> list[Case]:
    """Every page of the second holdout, deterministic for a given AEB folder and seed."""
    stories = load_stories(aeb_dir)
    sources = teaser_sources(stories)
    rng = random.Random(seed)
    hosts = HostQueue(stories, rng)
    cases = []
    for index, (name, forms) in enumerate(plan()):
        host = hosts.next(lambda queue, n=name, f=forms: pick_host(queue, SITES[n], f, rng))
        page_rng = random.Random(f"holdout2/{seed}/{index}")
        cases.append(make_case(index, SITES[name], forms, host, sources, page_rng))
    return cases


def choose(site: Site, forms: tuple[str, ...], host: Story, rng: random.Random) -> list[Variant]:
    """The variants the page shows: one per form, a second in-body one on long stories."""
    chosen = []
    for form in forms:
        names = site.variants[form]
        chosen.append(rng.choice(names))
        if form == "inbody" and len(host.paragraphs) >= 8 and rng.random() < SECOND_BOX:
            chosen.append(rng.choice(names))
    return [VARIANTS[name] for name in chosen]


def make_case(
    index: int,
    site: Site,
    forms: tuple[str, ...],
    host: Story,
    stories: list[Story],
    rng: random.Random,
) -> Case:
    """Render one page."""
    section = (host.section or rng.choice(SECTIONS)).title()
    date = f"2019/11/{rng.randint(1, 28):02d}"

    hrefs: dict[str, str] = {}

    def href(story: Story) -> str:
        """The story's URL on this site, the same wherever the page links it."""
        if story.id not in hrefs:
            slug = "-".join(slug_words(story.url).lower().split()[:8]) or story.id[:10]
            uid = "-".join("".join(rng.choice(HEX) for _ in range(k)) for k in (8, 4, 4, 4, 12))
            hrefs[story.id] = site.path.format(section=story.section or "news", date=date,
                                               slug=slug, n=rng.randint(10**6, 10**7), uid=uid,
                                               hex=uid[-12:])  # fmt: skip
        return hrefs[story.id]

    lang = labels.label_language(host.lang, site.label_langs, rng)
    ctx = Ctx(rng, lang, site, href, date.replace("/", "-"))
    chosen = choose(site, forms, host, rng)
    counts = [rng.randint(*v.count) for v in chosen]
    targets = pick_targets(host, sum(counts), stories, rng)
    placed: list[tuple[Block, str]] = []
    for variant, count in zip(chosen, counts, strict=True):
        placed.append((variant.render(targets[:count], ctx), rng.choice(variant.places)))
        targets = targets[count:]
    boxes = [(b.html, spot_line(p, host, rng)) for b, p in placed if p in IN_TEXT]
    closing = [b.html for where in ("end", "inside") for b, p in placed if p == where]
    items = body_items(host, site, rng, section, boxes, closing)

    def slot(where: str) -> str:
        return "\n".join(b.html for b, p in placed if p == where)

    slug = "-".join(slug_words(host.url).lower().split()[:8]) or host.id[:12]
    uid = "-".join("".join(rng.choice(HEX) for _ in range(k)) for k in (8, 4, 4, 4, 12))
    path = site.path.format(section=section.lower(), date=date, slug=slug, n=9000 + index,
                            uid=uid, hex=uid[-12:])  # fmt: skip
    view = Page(
        title=host.title,
        author=rng.choice(labels.AUTHORS),
        published=f"{date.replace('/', '-')}T{rng.randint(5, 22):02d}:{rng.randint(0, 59):02d}:00",
        lang=host.lang,
        url=site.host + path,
        section=section,
        description=host.title,
        body=site.assemble(items),
        after=slot("after"),
        sidebar=slot("sidebar"),
        variant=rng.randint(0, 99),
        below=slot("below"),
        next=slot("next"),
        label_lang=lang,
    )
    return Case(
        id=f"x{index:03d}-{site.name}",
        layout=site.name,
        forms=forms,
        url=view.url,
        html=site.page(view),
        body=host.body,
        teasers=tuple(t for b, _ in placed for t in b.teasers),
        teaser_forms=tuple(b.form for b, _ in placed for _ in b.teasers),
        teaser_kinds=tuple(f"{kind}@{p}" for b, p in placed for kind in b.kinds),
        lang=host.lang,
        source=host.id,
    )
