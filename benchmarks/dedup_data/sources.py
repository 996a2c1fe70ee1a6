"""Real article text for the labelled dedup set: AEB bodies, the fixture stories, the seeds.

AEB bodies are cleaned (one paragraph per line; paragraphs without a letter or digit and
paragraphs that already occurred in an earlier body are dropped, so no two stories share text
by accident) and long bodies are split at paragraph boundaries into consecutive chunks of
150-450 words. Chunks of one article are used in pairs: the first is an original story, the
next is the new material of that story's follow-up (same subject, later part of the article).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import random

REPO = Path(__file__).resolve().parents[2]
DEFAULT_AEB = REPO.parent / "shared" / "benchmarks" / "aeb"
DEFAULT_SEEDS = REPO.parent / "shared" / "seeds"
_HAS_WORD = re.compile(r"\w")


@dataclass
class Story:
    """A distinct story: its paragraphs and where they come from."""

    source: str
    paragraphs: list[str]
    follow_up_material: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


def words(paragraphs: list[str]) -> int:
    """Number of whitespace-separated words of some paragraphs."""
    return sum(len(p.split()) for p in paragraphs)


def aeb_bodies(aeb_dir: Path) -> dict[str, list[str]]:
    """{page id: cleaned paragraphs} of the AEB ground truth, in id order."""
    truth = json.loads((aeb_dir / "ground-truth.json").read_text(encoding="utf-8"))
    seen: set[str] = set()
    bodies = {}
    for page_id in sorted(truth):
        paragraphs = []
        for line in truth[page_id]["articleBody"].split("\n"):
            line = " ".join(line.split())
            if not _HAS_WORD.search(line) or line in seen:
                continue
            seen.add(line)
            paragraphs.append(line)
        if paragraphs:
            bodies[page_id] = paragraphs
    return bodies


def split_article(paragraphs: list[str], rng: random.Random) -> list[list[str]]:
    """Consecutive chunks of 150-450 words (a short article stays whole)."""
    if words(paragraphs) < 300:
        return [paragraphs]
    chunks: list[list[str]] = []
    current: list[str] = []
    target = rng.randint(150, 450)
    for paragraph in paragraphs:
        current.append(paragraph)
        if words(current) >= target:
            chunks.append(current)
            current, target = [], rng.randint(150, 450)
    if current:
        if chunks and words(current) < 120:
            chunks[-1].extend(current)
        else:
            chunks.append(current)
    return chunks


def aeb_stories(aeb_dir: Path, rng: random.Random) -> list[Story]:
    """Original stories from the AEB bodies, with follow-up material where there is some."""
    stories = []
    for page_id, paragraphs in aeb_bodies(aeb_dir).items():
        chunks = split_article(paragraphs, rng)
        for n in range(0, len(chunks), 2):
            material = chunks[n + 1] if n + 1 < len(chunks) else []
            stories.append(Story(f"aeb:{page_id[:12]}#{n}", chunks[n], material))
    return stories


def fixture_stories() -> tuple[list[Story], dict[str, tuple[str, str]]]:
    """The fixture site's stories and {slug: (relation, slug it derives from)}.

    The fixture holds one wire copy (``syndicate-of``) and one follow-up that repeats
    paragraphs of an earlier story; both relations come from the fixture's own loader.
    """
    from tests.fixture_site.articles import all_stories, source_of, story_files

    stories, relations = [], {}
    for slug, story in all_stories().items():
        stories.append(Story(f"fixture:{slug}", story.text.split("\n")))
        source = source_of(slug)
        if source is not None:
            kind = "copy:fixture" if "syndicate-of" in story_files()[slug].fields else "follow-up"
            relations[f"fixture:{slug}"] = (kind, f"fixture:{source}")
    return stories, relations


def seed_texts(seeds_dir: Path) -> list[tuple[str, str]]:
    """[(file stem, text)] of the shared seed articles (000 and 001 are one story)."""
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(seeds_dir.glob("*.txt"))]
