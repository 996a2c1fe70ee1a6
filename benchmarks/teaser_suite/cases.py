"""The suite's pages as frozen data: `data/<set>.jsonl.xz`, each file pinned by its sha256.

Every benchmark figure on a set is comparable across runs only while the set stays as it is, so
`load_cases` refuses a file whose digest is not the one pinned here (`DigestMismatch`). A set
changes on purpose: new file, new digest here, a note in BENCHMARKS.md.
"""

from __future__ import annotations

import hashlib
import json
import lzma
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
FORMS = ("linkbox", "inbody", "cards", "tail")  # the teaser forms of issue 2
# The sets by name, each file's sha256 (written from the generators at commit 15e846e; see
# the package docstring).
DIGESTS = {
    "main": "659a522f47151d5d7e7cd3cac09fbe2d38e1d93beeb49f979d61a79face4393e",
    "holdout": "717320ef18d23e4d43c341dd292da7424e7879dbf4e432f8687d5405acf5a69b",
    "holdout2": "ae6bc28bd413298b18b251b8a1d3a78a4444759c6fb9c93a92f891940bf0f6ae",
    "holdout3": "b7c284fadc8395bec3d822d1cf256c385f82c3d2b7e01117f91633d769c5e536",
}
SETS = tuple(DIGESTS)


class DigestMismatch(ValueError):
    """A set's data file is not the one its pinned digest names."""


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


def data_path(set_name: str, folder: Path = DATA) -> Path:
    """Where a set's file is."""
    if set_name not in DIGESTS:
        raise ValueError(f"unknown set {set_name!r}; sets: {', '.join(SETS)}")
    return folder / f"{set_name}.jsonl.xz"


def load_cases(set_name: str = "main", folder: Path = DATA) -> list[Case]:
    """Every case of a set, after checking its file against the pinned digest."""
    path = data_path(set_name, folder)
    packed = path.read_bytes()
    found = hashlib.sha256(packed).hexdigest()
    if found != DIGESTS[set_name]:
        raise DigestMismatch(
            f"{path}: sha256 {found}, pinned {DIGESTS[set_name]}; the {set_name} set changed"
        )
    lines = lzma.decompress(packed).decode("utf-8").splitlines()
    return [case_from(json.loads(line)) for line in lines if line]


def case_from(row: dict) -> Case:
    """A case from its JSON object (lists back to tuples)."""
    return Case(**{k: tuple(v) if isinstance(v, list) else v for k, v in row.items()})
