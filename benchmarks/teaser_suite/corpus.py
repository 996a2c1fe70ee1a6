"""The real article texts the suite is built from: AEB bodies, their titles and sections."""

from __future__ import annotations

import gzip
import html
import json
import random
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .text import SPACE, cut_lead, guess_language, slug_words, tokens, word_count

if TYPE_CHECKING:
    from collections.abc import Callable

REPO = Path(__file__).resolve().parents[2]
DEFAULT_AEB = REPO.parent / "shared" / "benchmarks" / "aeb"
MIN_WORDS = 80
LEAD_MAX = 450  # the longest lead a teaser shows (400) plus room for a kicker
FEW = 20  # languages with fewer stories get excerpts as extra teaser sources
PROSE_END = re.compile(r"[.!?。！？](\s|$)")
TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.S | re.I)
TITLE_SPLIT = re.compile(r"\s+[|–—-]\s+|\s+:\s+")
SECTION_WORDS = {
    "news", "world", "business", "sports", "sport", "politics", "science", "tech", "opinion",
    "entertainment", "markets", "health", "music", "nfl", "economy", "international", "us",
    "crime", "blog", "columnists", "local", "tennis", "nutrition", "culture", "articles",
}  # fmt: skip


@dataclass(frozen=True)
class Story:
    """One AEB article: its body paragraphs and what a teaser of it can show."""

    id: str
    url: str
    lang: str
    title: str
    paragraphs: tuple[str, ...]
    section: str

    @property
    def body(self) -> str:
        """The expected text: paragraphs joined by newlines."""
        return "\n".join(self.paragraphs)

    def lead(self, limit: int) -> str:
        """The story's opening, cut mid-sentence at most `limit` characters long."""
        text = ""
        for para in self.paragraphs:
            if len(text) > limit + 80:
                break
            if len(para) >= 40 or text:
                text = f"{text} {para}" if text else para
        return cut_lead(text or self.body.replace("\n", " "), limit)


def teasable(story: Story) -> bool:
    """True when the story opens with prose (a sentence ends early on), not with a list."""
    opening = [p for p in story.paragraphs[:4] if len(p) >= 40][:2]
    return any(PROSE_END.search(p + " ") for p in opening)


def excerpts(story: Story, most: int = 8) -> list[Story]:
    """Stand-in stories cut from later paragraphs of `story`: more teaser text in its language.

    Each takes its headline from one paragraph and its lead from the following ones, early
    enough in the story to skip closing calls to action; no two share a paragraph.
    """
    found = []
    paras = story.paragraphs
    free = 1  # first paragraph not yet used by an excerpt
    for k in sorted({len(paras) * i // (most + 1) for i in range(1, most + 1)}):
        if k - 1 < free or k > len(paras) * 0.8 or len(paras[k]) < 120 or len(paras[k - 1]) < 30:
            continue
        title = cut_lead(paras[k - 1], 70)
        part = Story(f"{story.id}~{k}", f"{story.url}#p{k}", story.lang, title, paras[k:],
                     story.section)  # fmt: skip
        if len(tokens(title)) >= 4 and teasable(part):
            found.append(part)
            shown = len(part.lead(LEAD_MAX))
            free = k + next(
                (
                    j + 1
                    for j in range(len(paras) - k)
                    if sum(map(len, paras[k : k + j + 1])) > shown
                ),
                len(paras) - k,
            )
    return found


def teaser_sources(stories: list[Story]) -> list[Story]:
    """Stories teasers may show: the prose-led ones, plus excerpts in languages with few."""
    per_lang = Counter(s.lang for s in stories)
    sources = [s for s in stories if teasable(s)]
    for story in stories:
        if per_lang[story.lang] < FEW:
            sources += excerpts(story)
    return sources


def resolve_aeb(aeb_dir: Path | str | None) -> Path:
    """The folder holding ground-truth.json: `aeb_dir` itself or its `aeb/` subfolder."""
    folder = Path(aeb_dir) if aeb_dir is not None else DEFAULT_AEB
    if (folder / "ground-truth.json").is_file():
        return folder
    if (folder / "aeb" / "ground-truth.json").is_file():
        return folder / "aeb"
    raise FileNotFoundError(f"no ground-truth.json in {folder} or {folder / 'aeb'}")


def page_title(aeb: Path, story_id: str) -> str:
    """The <title> of the AEB page, without the site name, or ''."""
    path = aeb / "html" / f"{story_id}.html.gz"
    if not path.is_file():
        return ""
    with gzip.open(path, "rt", encoding="utf-8", errors="replace") as fh:
        match = TITLE_RE.search(fh.read(200_000))
    if not match:
        return ""
    title = SPACE.sub(" ", html.unescape(match.group(1))).strip()
    return max(TITLE_SPLIT.split(title), key=len).strip()


def section_of(url: str) -> str:
    """A section word from the URL path ('business', 'sports'), or ''."""
    for part in urlsplit(url).path.lower().split("/")[:-1]:
        if part in SECTION_WORDS and part not in {"news", "articles", "us", "blog"}:
            return part
    return ""


def headline(aeb: Path, story_id: str, url: str, paragraphs: tuple[str, ...]) -> str:
    """A headline for the story: its page title, its URL slug, or its opening words."""
    for candidate in (page_title(aeb, story_id), slug_words(url).capitalize()):
        if len(tokens(candidate)) >= 4:
            return candidate
    return cut_lead(" ".join(paragraphs), 70)


def load_stories(aeb_dir: Path | str | None = None) -> list[Story]:
    """Every AEB body of at least MIN_WORDS words, in id order."""
    aeb = resolve_aeb(aeb_dir)
    truth = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
    stories = []
    for story_id in sorted(truth):
        body = truth[story_id].get("articleBody") or ""
        url = truth[story_id].get("url") or ""
        paragraphs = tuple(line.strip() for line in body.split("\n") if line.strip())
        if word_count(body) < MIN_WORDS:
            continue
        title = headline(aeb, story_id, url, paragraphs)
        stories.append(
            Story(story_id, url, guess_language(body), title, paragraphs, section_of(url))
        )
    return stories


class HostQueue:
    """The stories that host the pages of a set, in shuffled rounds of the whole corpus
    (stories not in English twice per round, for more pages in other languages)."""

    def __init__(self, stories: list[Story], rng: random.Random) -> None:
        self.pool = stories + [s for s in stories if s.lang != "en"]
        self.rng = rng
        self.queue: list[Story] = []

    def next(self, pick: Callable[[list[Story]], int]) -> Story:
        """The queued story at the index ``pick`` chooses, after topping the queue up to at
        least a full round."""
        while len(self.queue) < len(self.pool):
            shuffled = self.pool[:]
            self.rng.shuffle(shuffled)
            self.queue += shuffled
        return self.queue.pop(pick(self.queue))
