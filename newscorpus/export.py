"""Exporting a JSONL corpus to one text file per record, in the seed files' shape."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

RECORD_ID = re.compile(r"[0-9a-f]{16}")  # matched whole: no trailing newline slips through
ANY_ID = re.compile(r".+", re.DOTALL)


class CorpusError(ValueError):
    """A corpus file that cannot be read as newscorpus JSONL."""


def parse_record(
    line: str | bytes,
    where: str,
    id_pattern: re.Pattern[str] = RECORD_ID,
    id_wording: str = "a 16-hex-digit 'id'",
) -> dict[str, Any]:
    """One JSONL line as a record with a ``text`` string and an ``id`` matching
    ``id_pattern``; a :class:`CorpusError` naming ``where`` (file:line) otherwise."""
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{where}: not JSON ({exc})") from exc
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise CorpusError(f"{where}: a record needs a 'text' string")
    record_id = record.get("id")
    if not isinstance(record_id, str) or not id_pattern.fullmatch(record_id):
        raise CorpusError(f"{where}: a record needs {id_wording}")
    return record


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a JSONL corpus, checked for an ``id`` and a ``text``."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                yield parse_record(line, f"{path}:{number}")


def export_txt(corpus: Path, out_dir: Path) -> int:
    """Write each record's ``text`` to ``out_dir/NNN_<id>.txt`` (NNN counting from 000, in
    corpus order), exactly as stored: no trailing newline. Returns the number of files.
    ``out_dir`` must be new or empty, so no file of an earlier export stays beside these."""
    if out_dir.is_dir() and (present := sorted(p.name for p in out_dir.iterdir())):
        raise CorpusError(
            f"{out_dir} is not empty ({len(present)} entries, e.g. {present[0]}): export into "
            "a new or empty folder, or delete it first"
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    count = 0
    for count, record in enumerate(read_records(corpus), 1):
        target = out_dir / f"{count - 1:03d}_{record['id']}.txt"
        target.write_bytes(record["text"].encode("utf-8"))
    return count
