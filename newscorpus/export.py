"""Exporting a JSONL corpus to one text file per record, in the seed files' shape."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

RECORD_ID = re.compile(r"^[0-9a-f]{16}$")


class CorpusError(ValueError):
    """A corpus file that cannot be read as newscorpus JSONL."""


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a JSONL corpus, checked for an ``id`` and a ``text``."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{path}:{number}: not JSON ({exc.msg})") from exc
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise CorpusError(f"{path}:{number}: a record needs a 'text' string")
            if not RECORD_ID.match(str(record.get("id", ""))):
                raise CorpusError(f"{path}:{number}: a record needs a 16-hex-digit 'id'")
            yield record


def export_txt(corpus: Path, out_dir: Path) -> int:
    """Write each record's ``text`` to ``out_dir/NNN_<id>.txt`` (NNN counting from 000, in
    corpus order), exactly as stored: no trailing newline. Returns the number of files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    count = 0
    for count, record in enumerate(read_records(corpus), 1):
        target = out_dir / f"{count - 1:03d}_{record['id']}.txt"
        target.write_bytes(record["text"].encode("utf-8"))
    return count
