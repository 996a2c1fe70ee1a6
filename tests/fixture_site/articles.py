"""The fixture's article data: loads `stories/*.txt` and derives follow-ups and wire copies.

A story file is a `key: value` header, a blank line, then one paragraph per line. Two body
forms are resolved here so that no text is typed twice:

- `@slug#N` repeats paragraph N (0-based) of another story (used by the follow-up);
- a `syndicate-of: slug` header makes a wire copy of that story: the `dateline` is put in
  front of the first paragraph, each `edit: N | old | new` is applied, the last paragraph is
  dropped and inline links are flattened.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from .story import Story, StoryFile, make_story, parse_story_file
from .text import plain

STORY_DIR = Path(__file__).parent / "stories"
REUSE_RE = re.compile(r"^@([a-z0-9-]+)#(\d+)$")


@functools.cache
def story_files() -> dict[str, StoryFile]:
    """Parsed story files keyed by slug."""
    files = {}
    for path in sorted(STORY_DIR.glob("*.txt")):
        parsed = parse_story_file(path.read_text(encoding="utf-8"))
        files[parsed.fields["slug"]] = parsed
    return files


@functools.cache
def load_story(slug: str) -> Story:
    """The Story for a slug, with reused paragraphs and syndication resolved."""
    parsed = story_files()[slug]
    if "syndicate-of" in parsed.fields:
        paragraphs = syndicate(parsed)
    else:
        paragraphs = tuple(resolve_line(line) for line in parsed.lines)
    return make_story(parsed.fields, paragraphs)


def resolve_line(line: str) -> str:
    """A body line, or the paragraph of another story it points to."""
    match = REUSE_RE.match(line)
    if not match:
        return line
    return load_story(match.group(1)).paragraphs[int(match.group(2))]


def syndicate(parsed: StoryFile) -> tuple[str, ...]:
    """Wire-copy paragraphs derived from the original story."""
    original = load_story(parsed.fields["syndicate-of"])
    paragraphs = [plain(p) for p in original.paragraphs]
    for spec in parsed.repeated.get("edit", []):
        index, old, new = (part.strip() for part in spec.split("|"))
        target = paragraphs[int(index)]
        if target.count(old) != 1:
            raise ValueError(f"edit {old!r} must occur once in paragraph {index}")
        paragraphs[int(index)] = target.replace(old, new)
    paragraphs[0] = f"{parsed.fields['dateline']} - {paragraphs[0]}"
    return tuple(paragraphs[:-1])


def all_stories() -> dict[str, Story]:
    """Every story keyed by slug."""
    return {slug: load_story(slug) for slug in story_files()}


def source_of(slug: str) -> str | None:
    """The slug a story copies or repeats paragraphs from, if any."""
    parsed = story_files()[slug]
    if "syndicate-of" in parsed.fields:
        return parsed.fields["syndicate-of"]
    for line in parsed.lines:
        match = REUSE_RE.match(line)
        if match:
            return match.group(1)
    return None
