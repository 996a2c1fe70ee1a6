"""The tail of a JSONL corpus file past the point the crawl state last committed: the records
a killed crawl wrote but did not commit, and the torn line it may have left."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path


@dataclass
class Tail:
    """What follows byte ``start`` of a corpus file."""

    start: int
    records: list[dict[str, Any]] = field(default_factory=list)
    #: Lines that are no record: a torn last line (no newline) or unreadable JSON.
    torn: int = 0
    #: Where the file ends once the torn last line is cut.
    end: int = 0


def read_tail(path: Path, start: int) -> Tail:
    """The complete records after byte ``start`` of ``path``; a last line without its newline
    counts as torn and is left out of :attr:`Tail.end`."""
    tail = Tail(start=start, end=start)
    with path.open("rb") as file:
        file.seek(start)
        data = file.read()
    complete, _, torn = data.rpartition(b"\n")
    if torn.strip():
        tail.torn += 1
    tail.end = start + len(complete) + (1 if complete or data.startswith(b"\n") else 0)
    for line in complete.split(b"\n"):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            tail.torn += 1
            continue
        if isinstance(record, dict) and isinstance(record.get("url"), str):
            tail.records.append(record)
        else:
            tail.torn += 1
    return tail


def cut(path: Path, size: int) -> None:
    """Shorten ``path`` to ``size`` bytes, durably."""
    with path.open("r+b") as file:
        file.truncate(size)
        file.flush()
        os.fsync(file.fileno())


def sync(file: Any) -> int:
    """Flush ``file`` and fsync it; its length after that."""
    file.flush()
    os.fsync(file.fileno())
    return os.fstat(file.fileno()).st_size
