"""Reading corpus files: the tail of a JSONL corpus file past the point the crawl state last
committed (the records a killed crawl wrote but did not commit, and the torn line it may have
left), and the lines of plain, gzip and zstd corpus files, with a cut-short stream told."""

from __future__ import annotations

import gzip
import json
import os
import zlib
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator
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
        record = parse_line(line)
        if record is None:
            tail.torn += 1
        else:
            tail.records.append(record)
    return tail


def parse_line(line: bytes) -> dict[str, Any] | None:
    """The record on a corpus line: a JSON object with a ``url``; None for anything else."""
    try:
        record = json.loads(line)
    except ValueError:
        return None
    if isinstance(record, dict) and isinstance(record.get("url"), str):
        return record
    return None


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


class IncompleteFile(ValueError):
    """A compressed corpus file that ends before its compressed stream does."""


#: Leading bytes of the compressed formats read here.
GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
CHUNK = 1 << 20


def compression_of(path: Path) -> str | None:
    """``gzip`` or ``zstd`` when the file starts like one, else None (plain)."""
    with path.open("rb") as file:
        head = file.read(4)
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    if head == ZSTD_MAGIC:
        return "zstd"
    return None


def _zstd_chunks(file: IO[bytes], name: str) -> Iterator[bytes]:
    import zstandard

    decompressor = zstandard.ZstdDecompressor()
    frame = decompressor.decompressobj()
    pending = False  # inside a frame
    while data := file.read(CHUNK):
        while data:
            out = frame.decompress(data)
            pending = not frame.eof
            if out:
                yield out
            data = frame.unused_data if frame.eof else b""
            if frame.eof:
                frame = decompressor.decompressobj()
    if pending:
        raise IncompleteFile(f"{name}: the zstd stream is cut short")


def _gzip_chunks(file: IO[bytes], name: str) -> Iterator[bytes]:
    try:
        with gzip.GzipFile(fileobj=file) as stream:
            while data := stream.read(CHUNK):
                yield data
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        raise IncompleteFile(f"{name}: the gzip stream is cut short or damaged ({exc})") from exc


def read_lines(path: Path) -> Iterator[bytes]:
    """The lines of a corpus file, plain, gzip or zstd (told by its first bytes), with their
    newlines; :class:`IncompleteFile` once a compressed stream turns out cut short."""
    compression = compression_of(path)
    with path.open("rb") as file:
        if compression is None:
            yield from file
            return
        chunks = (_gzip_chunks if compression == "gzip" else _zstd_chunks)(file, str(path))
        rest = b""
        for chunk in chunks:
            lines = (rest + chunk).split(b"\n")
            rest = lines.pop()
            for line in lines:
                yield line + b"\n"
        if rest:
            yield rest
