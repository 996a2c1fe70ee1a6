"""The Story record and the parser for the story files in `stories/`."""

from __future__ import annotations

from dataclasses import dataclass

from .text import is_subhead, plain

LIST_FIELDS = {"authors": ";", "tags": ","}


@dataclass(frozen=True)
class Story:
    """One news story as written by the newsroom (paragraphs may hold link markup)."""

    slug: str
    section: str
    title: str
    standfirst: str
    kicker: str
    authors: tuple[str, ...]
    published: str
    caption: str
    paragraphs: tuple[str, ...]
    tags: tuple[str, ...] = ()
    language: str = "en"

    @property
    def text(self) -> str:
        """Body text in corpus shape: one paragraph or subhead per line."""
        return "\n".join(plain(p) for p in self.paragraphs)

    @property
    def prose(self) -> list[str]:
        """Plain body paragraphs without the subheads."""
        return [plain(p) for p in self.paragraphs if not is_subhead(p)]


@dataclass(frozen=True)
class StoryFile:
    """A parsed story file: header fields (repeatable ones as lists) and body lines."""

    fields: dict[str, str]
    repeated: dict[str, list[str]]
    lines: list[str]


def parse_story_file(source: str) -> StoryFile:
    """Split a story file into `key: value` header lines and body lines."""
    header, _, body = source.partition("\n\n")
    fields: dict[str, str] = {}
    repeated: dict[str, list[str]] = {}
    for line in header.splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
        repeated.setdefault(key.strip(), []).append(value.strip())
    lines = [line for line in body.splitlines() if line.strip()]
    return StoryFile(fields, repeated, lines)


def split_list(key: str, value: str) -> tuple[str, ...]:
    """Split a list-valued header field."""
    return tuple(part.strip() for part in value.split(LIST_FIELDS[key]) if part.strip())


def make_story(fields: dict[str, str], paragraphs: tuple[str, ...]) -> Story:
    """Build a Story from header fields and resolved paragraphs."""
    return Story(
        slug=fields["slug"],
        section=fields["section"],
        title=fields["title"],
        standfirst=fields["standfirst"],
        kicker=fields["kicker"],
        authors=split_list("authors", fields["authors"]),
        published=fields["published"],
        caption=fields["caption"],
        paragraphs=paragraphs,
        tags=split_list("tags", fields.get("tags", "")),
        language=fields.get("language", "en"),
    )
