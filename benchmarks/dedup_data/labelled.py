"""The labelled set: real news stories, their copies, follow-ups and template stories, shuffled.

Stories (:mod:`.sources`): the 181 AEB ground-truth bodies, cleaned, bodies over 300 words
split into consecutive 150-450-word chunks; chunks 0, 2, 4, ... of an article are stories and
the chunk after each is the new material of that story's follow-up (same subject, later in the
article). Then the fixture site's stories (with the site's own wire copy and follow-up) and the
three shared seed articles (000 and 001: one story with other sidebars).

Per story: one in five carries a sidebar of teasers itself; 2-9 copies by recipe:

=========  ==================================================================================
exact      whitespace, quotes, dashes, case of a line, commas: the words stay
wire       dateline (ten styles, or a byline line), last 1-2 paragraphs cut, 0.5-3 % of the
           words edited, sometimes reformatted
recrawl    the story with another sidebar of teasers (10-80 % of its length), sometimes an
           update line or a small edit
trimmed    first, a middle or the last paragraphs cut (up to 35 %), sometimes a dateline
edited     1.5-5 % of the words edited, a sentence or two dropped, sometimes reformatted
boiler     site boilerplate added at the start, middle and/or end, light edits
mixed      dateline, a cut, boilerplate or a short sidebar, edits and reformatting together
=========  ==================================================================================

Edits are a copy desk's (:mod:`.variants`): synonyms and spelling, words cut or added, lone
digits spelt out. A follow-up is the story's follow-up material with background quoted from
the story: 20-45 % of the follow-up's words and at most 45 % of the story's, as whole
paragraphs or runs of sentences, never the story's lead; three in ten follow-ups get a copy of
their own. Template stories (:mod:`.templates`): eight kinds, 120 each, a third of them
differing from an earlier one in their numbers only.

Each document belongs to a cluster (one story). A document is a true duplicate when an
earlier document of the stream belongs to its cluster; follow-ups and template stories are
clusters of their own (the hard negatives).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING

from benchmarks.dedup_data import sources, templates
from benchmarks.dedup_data import variants as v

if TYPE_CHECKING:
    from pathlib import Path

RECIPES = {
    "exact": 0.12,
    "wire": 0.24,
    "recrawl": 0.2,
    "trimmed": 0.12,
    "edited": 0.12,
    "boiler": 0.1,
    "mixed": 0.1,
}


@dataclass(frozen=True)
class Doc:
    """One labelled document."""

    id: str
    url: str
    text: str
    cluster: int
    kind: str


def copy_of(
    paragraphs: list[str], recipe: str, rng: random.Random, teasers: list[str]
) -> list[str]:
    """A copy of a story made by one of the :data:`RECIPES`."""
    size = sources.words(paragraphs)
    p = list(paragraphs)
    if recipe == "exact":
        return v.reformat(p, rng)
    if recipe == "wire":
        p = v.trim(p, rng, "last", 0.3)
        p = v.edit_words(v.dateline(p, rng), rng, rng.uniform(0.005, 0.03))
        return v.reformat(p, rng) if rng.random() < 0.3 else p
    if recipe == "recrawl":
        if rng.random() < 0.3:
            p = v.edit_words(p, rng, 0.005)
        if rng.random() < 0.2:
            p = [f"Updated {rng.randint(1, 28)} {rng.choice(v.MONTHS)} 20{rng.randint(15, 24)}", *p]
        return p + v.sidebar(teasers, rng, int(size * rng.uniform(0.1, 0.8)))
    if recipe == "trimmed":
        p = v.trim(p, rng, rng.choice(["first", "middle", "last"]), 0.35)
        return v.dateline(p, rng) if rng.random() < 0.4 else p
    if recipe == "edited":
        p = v.edit_words(p, rng, rng.uniform(0.015, 0.05))
        for _ in range(rng.randint(1, 2)):
            p = v.drop_sentence(p, rng)
        return v.reformat(p, rng) if rng.random() < 0.5 else p
    if recipe == "boiler":
        return v.boilerplate(v.edit_words(p, rng, 0.005), rng, teasers)
    p = v.dateline(v.trim(p, rng, rng.choice(["first", "middle", "last"]), 0.2), rng)
    if rng.random() < 0.5:
        p = v.boilerplate(p, rng, teasers)
    else:
        p += v.sidebar(teasers, rng, int(size * rng.uniform(0.05, 0.3)))
    return v.reformat(v.edit_words(p, rng, rng.uniform(0.005, 0.025)), rng)


def follow_up(story: sources.Story, rng: random.Random) -> list[str] | None:
    """A later story on the same subject quoting 20-45 % background from ``story``."""
    new = list(story.follow_up_material)
    story_words = sources.words(story.paragraphs)
    share = rng.uniform(0.2, 0.45)
    budget = min(share / (1 - share) * sources.words(new), 0.45 * story_words)
    while new and budget < 0.2 / 0.8 * sources.words(new):  # too much new text: cut its tail
        new.pop()
    if sources.words(new) < 60 or len(story.paragraphs) < 2:
        return None
    units = [[p] for p in story.paragraphs[1:]] + [v.sentences(p) for p in story.paragraphs[1:]]
    rng.shuffle(units)
    quoted: list[str] = []
    used = 0
    seen: set[str] = set()
    for unit in units:
        for start in range(len(unit)):
            run = " ".join(unit[start:])
            size = len(run.split())
            if used + size <= budget and not any(s in seen for s in unit[start:]):
                quoted.append(run)
                seen.update(unit[start:])
                used += size
                break
    if used < 0.18 * (used + sources.words(new)):
        return None
    out = new[:2]
    rest = new[2:]
    for paragraph in quoted:
        out.append(paragraph)
        if rest:
            out.append(rest.pop(0))
    return out + rest


def build(aeb_dir: Path, seeds_dir: Path, seed: int = 1, per_template_kind: int = 120) -> list[Doc]:
    """The labelled set from the AEB bodies, the fixture stories and the seeds, shuffled."""
    rng = random.Random(seed)
    stories = sources.aeb_stories(aeb_dir, rng)
    return _assemble(stories, rng, per_template_kind, seeds_dir)


def build_from_fixture(seed: int = 1, per_template_kind: int = 10) -> list[Doc]:
    """A small labelled set from the fixture site's stories alone (no shared files needed)."""
    return _assemble([], random.Random(seed), per_template_kind, None)


def _assemble(
    stories: list[sources.Story],
    rng: random.Random,
    per_template_kind: int,
    seeds_dir: Path | None,
) -> list[Doc]:
    fixture, relations = sources.fixture_stories()
    originals = stories or [s for s in fixture if s.source not in relations]
    teasers = [v.teaser(s.paragraphs, rng) for s in originals if sources.words(s.paragraphs) > 150]
    drafts: list[tuple[int, str, str]] = []  # (cluster, kind, text)

    def add(cluster: int, kind: str, paragraphs: list[str]) -> None:
        drafts.append((cluster, kind, "\n".join(paragraphs)))

    recipes, weights = list(RECIPES), list(RECIPES.values())
    for cluster, story in enumerate(stories):
        own = story.paragraphs
        if rng.random() < 0.2 and sources.words(own) > 100:
            extra = int(sources.words(own) * rng.uniform(0.2, 0.8))
            add(cluster, "original+sidebar", own + v.sidebar(teasers, rng, extra))
        else:
            add(cluster, "original", own)
        for recipe in rng.choices(recipes, weights, k=rng.randint(2, 9)):
            add(cluster, f"copy:{recipe}", copy_of(own, recipe, rng, teasers))
        follow = follow_up(story, rng) if story.follow_up_material else None
        if follow is not None:
            follow_cluster = len(stories) + cluster
            add(follow_cluster, "follow-up", follow)
            if rng.random() < 0.3:
                recipe = rng.choice(["wire", "exact", "recrawl"])
                add(follow_cluster, f"copy:{recipe}", copy_of(follow, recipe, rng, teasers))
    base = 2 * len(stories)
    slugs = {s.source: base + n for n, s in enumerate(fixture)}
    for story in fixture:
        kind, source = relations.get(story.source, ("original", story.source))
        cluster = slugs[source] if kind.startswith("copy") else slugs[story.source]
        add(cluster, kind, story.paragraphs)
        if not stories and kind == "original":  # the fixture alone: copies of its stories
            for recipe in rng.choices(recipes, weights, k=rng.randint(2, 9)):
                add(cluster, f"copy:{recipe}", copy_of(story.paragraphs, recipe, rng, teasers))
    base += len(fixture)
    if seeds_dir is not None:
        for stem, text in sources.seed_texts(seeds_dir):  # 000 and 001: one story, two sidebars
            cluster = base if stem.startswith(("000", "001")) else base + 1
            add(cluster, f"seed:{stem[:3]}", text.split("\n"))
    base += 2
    for n, (kind, paragraphs) in enumerate(templates.template_stories(rng, per_template_kind)):
        add(base + n, kind, paragraphs)
    rng.shuffle(drafts)
    return [
        Doc(f"{rng.getrandbits(64):016x}", f"https://news.example/{n}", text, cluster, kind)
        for n, (cluster, kind, text) in enumerate(drafts)
    ]
