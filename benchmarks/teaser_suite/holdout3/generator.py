"""Builds the third holdout's pages: AEB bodies on imitations of real news sites, with the
teasers those sites show, in the places they show them."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from ..corpus import HostQueue, Story, load_stories, teaser_sources
from ..forms import FORMS, Block
from ..generator import COMBOS, Case, pick_targets
from ..text import slug_words
from . import labels
from .body import IN_TEXT, body_items, spot_line
from .layouts import SITES
from .site import Ctx, Page
from .variants import VARIANTS

if TYPE_CHECKING:
    from pathlib import Path

    from .site import Site
    from .variants import Variant

SEED = 8_675_309
SINGLES = 4  # pages per (site, form) showing that form alone
PREFER = 0.65  # chance a site takes a queued body in its own language or beat
SECOND_BOX = 0.3  # chance of a second in-body block on a long story
HEX = "0123456789abcdef"


def plan() -> list[tuple[str, tuple[str, ...]]]:
    """(site, forms) of every page: each form alone SINGLES times, then each combination."""
    singles = [(name, (form,)) for name in SITES for form in FORMS for _ in range(SINGLES)]
    return singles + [(name, combo) for name in SITES for combo in COMBOS]


def accepts(site: Site, story: Story) -> bool:
    """True when the site publishes bodies in the story's language."""
    return "*" in site.langs or story.lang in site.langs


def pick_host(queue: list[Story], site: Site, forms: tuple[str, ...], rng: random.Random) -> int:
    """Index of the next queued story the site can show, now and then one of its own beat."""
    fits = [
        i
        for i, s in enumerate(queue)
        if accepts(site, s) and ("inbody" not in forms or len(s.paragraphs) > 3)
    ]
    if site.prefer and rng.random() < PREFER:
        own = [i for i in fits if {queue[i].lang, queue[i].section} & set(site.prefer)]
        if own:
            return own[0]
    return fits[0]


class Rotation:
    """Deals each (site, form) its variants in turn, shuffled, so every one is shown."""

    def __init__(self, seed: int) -> None:
        """Empty decks for the set built from `seed`."""
        self.seed = seed
        self.decks: dict[tuple[str, str], list[str]] = {}
        self.rounds: dict[tuple[str, str], int] = {}

    def next(self, site: Site, form: str) -> str:
        """The variant of the site's next block of that form."""
        key = (site.name, form)
        deck = self.decks.setdefault(key, [])
        if not deck:
            self.rounds[key] = self.rounds.get(key, 0) + 1
            deck += site.variants[form]
            random.Random(f"holdout3/{self.seed}/{key}/{self.rounds[key]}").shuffle(deck)
        return deck.pop()


def build_holdout3(aeb_dir: Path | str | None = None, seed: int = SEED) -> list[Case]:
    """Every page of the third holdout, deterministic for a given AEB folder and seed."""
    stories = load_stories(aeb_dir)
    sources = teaser_sources(stories)
    rng = random.Random(seed)
    hosts = HostQueue(stories, rng)
    rotation = Rotation(seed)
    taken: set[str] = set()  # page addresses so far: a second copy of a slug gets "-2"
    cases = []
    for index, (name, forms) in enumerate(plan()):
        site = SITES[name]
        host = hosts.next(lambda queue, s=site, f=forms: pick_host(queue, s, f, rng))
        page_rng = random.Random(f"holdout3/{seed}/{index}")
        chosen = [VARIANTS[rotation.next(site, form)] for form in forms]
        if "inbody" in forms and len(host.paragraphs) >= 8 and page_rng.random() < SECOND_BOX:
            chosen.append(VARIANTS[page_rng.choice(site.variants["inbody"])])
        cases.append(make_case(index, site, forms, chosen, host, sources, page_rng, taken))
        taken.add(cases[-1].url)
    return cases


def make_case(
    index: int,
    site: Site,
    forms: tuple[str, ...],
    chosen: list[Variant],
    host: Story,
    stories: list[Story],
    rng: random.Random,
    taken: set[str] | frozenset[str] = frozenset(),
) -> Case:
    """Render one page, at an address not `taken` yet."""
    year = rng.randint(*site.years)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    date = f"{year}/{month:02d}/{day:02d}"
    hrefs: dict[str, str] = {}

    def path(story: Story, section: str, n: int, copy: int = 1) -> str:
        """The site's address for a story (the `copy`-th story with its slug)."""
        slug = "-".join(slug_words(story.url).lower().split()[:8]) or story.id[:10]
        slug += f"-{copy}" if copy > 1 else ""
        uid = "".join(rng.choice(HEX) for _ in range(12))
        return site.path.format(
            section=section,
            slug=slug,
            date=date,
            d=date.replace("/", "-"),
            ymd=date.replace("/", ""),
            n=n,
            m=rng.randint(10**9, 10**10),
            hex=uid,
        )

    def href(story: Story) -> str:
        """The story's address on this site, the same wherever the page links it."""
        if story.id not in hrefs:
            section = (story.section or "news").lower()
            found = path(story, section, rng.randint(10**6, 10**7))
            copy = 1
            while found in hrefs.values():  # two excerpts of one story: WordPress-style "-2"
                copy += 1
                found = path(story, section, rng.randint(10**6, 10**7), copy)
            hrefs[story.id] = found
        return hrefs[story.id]

    label_lang = host.lang if host.lang in site.label_langs else site.label_langs[0]
    ctx = Ctx(rng, label_lang, site, href, year)
    counts = [rng.randint(*v.count) for v in chosen]
    targets = pick_targets(host, sum(counts), stories, rng)
    placed: list[tuple[Block, str]] = []
    for variant, count in zip(chosen, counts, strict=True):
        placed.append((variant.render(targets[:count], ctx), rng.choice(variant.places)))
        targets = targets[count:]
    boxes = [(b.html, spot_line(p, host, rng)) for b, p in placed if p in IN_TEXT]
    closing = [b.html for where in ("end", "inside") for b, p in placed if p == where]
    items = body_items(host, site, rng, label_lang, year, boxes, closing)

    def slot(where: str) -> str:
        """The blocks placed `where`, one per line."""
        return "\n".join(b.html for b, p in placed if p == where)

    section = (host.section or rng.choice(site.sections)).title()
    hour, minute = rng.randint(5, 22), rng.randint(0, 59)
    published = f"{date.replace('/', '-')}T{hour:02d}:{minute:02d}:00"
    modified = f"{date.replace('/', '-')}T{min(hour + rng.randint(0, 2), 23):02d}:{minute:02d}:00"
    url = site.host + path(host, section.lower(), 7_000_000 + index)
    for copy in range(2, 9):
        if url not in taken:
            break
        url = site.host + path(host, section.lower(), 7_000_000 + index, copy)
    page = Page(
        title=host.title,
        author=rng.choice(labels.AUTHORS),
        published=published,
        modified=modified,
        lang=host.lang,
        label_lang=label_lang,
        url=url,
        section=section,
        description=host.title,
        body=site.assemble(items),
        after=slot("after"),
        below=slot("below"),
        sidebar=slot("sidebar"),
        variant=rng.randint(0, 99),
    )
    return Case(
        id=f"h3-{index:03d}-{site.name}",
        layout=site.name,
        forms=forms,
        url=page.url,
        html=site.page(page),
        body=host.body,
        teasers=tuple(t for b, _ in placed for t in b.teasers),
        teaser_forms=tuple(b.form for b, _ in placed for _ in b.teasers),
        teaser_kinds=tuple(f"{kind}@{p}" for b, p in placed for kind in b.kinds),
        lang=host.lang,
        source=host.id,
    )
