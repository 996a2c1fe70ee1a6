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
digits spelt out. Trimmed copies lose at most 35 %, so in either order each covers at least
65 % of the other: a duplicate both ways. The story's follow-up material makes one of:

=================  ===========================================================================
``follow-up``      the material with background quoted from the story: 20-45 % of the
                   follow-up's words and at most 45 % of the story's, as whole paragraphs or
                   runs of sentences, never the story's lead
``follow-up:lead`` the same, opening with the story's lead paragraph (counted in the 20-45 %)
``update``         the whole story under new paragraphs at the top, 45-65 % of the update's
                   words: it *contains* the story (see below)
=================  ===========================================================================

Three in ten follow-ups get a copy of their own. One story in twelve instead carries a table
of figures (:func:`.templates.number_table`: a league's results, the markets' close) that two
to four such stories share, and gets no copies or follow-up (``shared-numbers``). Template
stories (:mod:`.templates`): eight kinds, 120 each, a third of them differing from an earlier
one in their numbers only.

Each document belongs to a cluster (one story); an update also *contains* its story's cluster.
A document is a true duplicate when an earlier document of the stream belongs to its cluster
or contains it (a story arriving after its update is in the corpus already). Follow-ups,
updates, template stories and stories sharing a table are clusters of their own: the first of
each is a hard negative, to be kept.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
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
    contains: frozenset[int] = field(default_factory=frozenset)


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


def follow_up(story: sources.Story, rng: random.Random, lead: bool = False) -> list[str] | None:
    """A later story on the same subject quoting 20-45 % background from ``story``; with
    ``lead``, it opens with the story's lead paragraph, counted as quoted."""
    new = list(story.follow_up_material)
    story_words = sources.words(story.paragraphs)
    share = rng.uniform(0.2, 0.45)
    budget = min(share / (1 - share) * sources.words(new), 0.45 * story_words)
    opening = story.paragraphs[:1] if lead else []
    budget -= sources.words(opening)
    while new and budget < 0.2 / 0.8 * sources.words(new):  # too much new text: cut its tail
        new.pop()
    if sources.words(new) < 60 or len(story.paragraphs) < 2 or budget < 0:
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
    used += sources.words(opening)
    if used < 0.18 * (used + sources.words(new)):
        return None
    out = opening + new[:2]
    rest = new[2:]
    for paragraph in quoted:
        out.append(paragraph)
        if rest:
            out.append(rest.pop(0))
    return out + rest


def update(story: sources.Story, rng: random.Random) -> list[str] | None:
    """The whole story under new paragraphs (45-65 % of the update's words) at the top."""
    share = rng.uniform(0.45, 0.65)
    wanted = share / (1 - share) * sources.words(story.paragraphs)
    new: list[str] = []
    for paragraph in story.follow_up_material:
        if sources.words(new) >= wanted:
            break
        new.append(paragraph)
    total = sources.words(new) + sources.words(story.paragraphs)
    if not 0.45 <= sources.words(new) / total <= 0.7:
        return None
    return new + story.paragraphs


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
    drafts: list[tuple[int, str, str, frozenset[int]]] = []  # (cluster, kind, text, contains)

    def add(cluster: int, kind: str, paragraphs: list[str], contains: int | None = None) -> None:
        inside = frozenset() if contains is None else frozenset({contains})
        drafts.append((cluster, kind, "\n".join(paragraphs), inside))

    recipes, weights = list(RECIPES), list(RECIPES.values())
    table: list[str] = []
    table_left = 0
    for cluster, story in enumerate(stories):
        own = story.paragraphs
        if rng.random() < 1 / 12:  # shares the day's table with 1-3 other stories
            if not table_left:
                table, table_left = templates.number_table(rng), rng.randint(2, 4)
            table_left -= 1
            at = rng.randint(1, len(own))
            add(cluster, "shared-numbers", [*own[:at], *table, *own[at:]])
            continue
        if rng.random() < 0.2 and sources.words(own) > 100:
            extra = int(sources.words(own) * rng.uniform(0.2, 0.8))
            add(cluster, "original+sidebar", own + v.sidebar(teasers, rng, extra))
        else:
            add(cluster, "original", own)
        for recipe in rng.choices(recipes, weights, k=rng.randint(2, 9)):
            add(cluster, f"copy:{recipe}", copy_of(own, recipe, rng, teasers))
        if not story.follow_up_material:
            continue
        later_cluster = len(stories) + cluster
        roll = rng.random()
        if roll < 0.3:
            later = update(story, rng)
            if later is not None:
                add(later_cluster, "update", later, contains=cluster)
            continue
        kind = "follow-up:lead" if roll < 0.6 else "follow-up"
        follow = follow_up(story, rng, lead=kind == "follow-up:lead")
        if follow is not None:
            add(later_cluster, kind, follow)
            if rng.random() < 0.3:
                recipe = rng.choice(["wire", "exact", "recrawl"])
                add(later_cluster, f"copy:{recipe}", copy_of(follow, recipe, rng, teasers))
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
        Doc(f"{rng.getrandbits(64):016x}", f"https://news.example/{n}", text, cluster, kind, inside)
        for n, (cluster, kind, text, inside) in enumerate(drafts)
    ]


def shuffled(docs: list[Doc], order: int) -> list[Doc]:
    """The same documents in another arrival order (``order`` 0: as built)."""
    if not order:
        return list(docs)
    again = list(docs)
    random.Random(1000 + order).shuffle(again)
    return again
