"""Reading WARC files as a stream of response records, damage counted, never fatal.

A ``.warc.gz`` file is read gzip member by gzip member (WARC writers, Common Crawl's included,
compress each record as its own member), each member parsed with warcio. What cannot be read
is reported as :class:`Damage` and the reading goes on: a member whose data or checksum is
corrupt (reading resumes at the next gzip member header), a last member cut short (a file
still being written, or a copy that stopped), a record warcio cannot parse. An uncompressed
``.warc`` is read with warcio as it is; damage there ends that file.
"""

from __future__ import annotations

import logging
import zlib
from dataclasses import dataclass
from io import BytesIO
from typing import TYPE_CHECKING, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newscorpus.origin import WARC_FIELD as ORIGIN_FIELD

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from warcio.recordloader import ArcWarcRecord

logger = logging.getLogger(__name__)

GZIP_MAGIC = b"\x1f\x8b\x08"
CHUNK = 1 << 20
#: Bytes handed to zlib at a time (what is left over past a member is copied once).
FEED = 64 * 1024
#: A gzip member decompressing to more than this is no single record: skipped as damage.
MAX_MEMBER_BYTES = 256 * 1024 * 1024


@dataclass
class Response:
    """A WARC response record: what a page fetch returned (body without transfer or content
    encoding)."""

    url: str
    date: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    origin: str | None = None  # where the crawl that archived it found the page, if it says


@dataclass
class Other:
    """A record that is no response (request, warcinfo, metadata, revisit ...)."""

    kind: str


@dataclass
class Damage:
    """Something unreadable: ``truncated``, ``corrupt`` or ``undecodable``, where, and why."""

    kind: str
    where: str
    detail: str


Item = Response | Other | Damage


def read_warc(path: Path) -> Iterator[Item]:
    """The records of the WARC file ``path``, in file order, with damage where it is."""
    with path.open("rb") as file:
        head = file.read(2)
        file.seek(0)
        if head == GZIP_MAGIC[:2]:
            for offset, member in gzip_members(file, str(path)):
                if isinstance(member, Damage):
                    yield member
                else:
                    yield from parse_records(BytesIO(member), f"{path}@{offset}")
        else:
            yield from parse_records(file, str(path))


def gzip_members(file: BinaryIO, name: str) -> Iterator[tuple[int, bytes | Damage]]:
    """Each gzip member of ``file``, decompressed, with its offset; a corrupt stretch or a torn
    last member as one :class:`Damage` each."""
    stream = _GzipStream(file)
    while stream.more():
        start = stream.offset
        member, error = stream.member()
        if member is not None:
            yield start, member
        elif error is None:
            yield start, Damage("truncated", f"{name}@{start}", "last gzip member cut short")
            return
        else:
            yield start, Damage("corrupt", f"{name}@{start}", error)
            stream.resync()


class _GzipStream:
    """A file read in chunks, consumed gzip member by gzip member."""

    def __init__(self, file: BinaryIO) -> None:
        self.file = file
        self.buffer = b""
        self.pos = 0  # where the next member starts in the buffer
        self.base = 0  # file offset of buffer[0]

    @property
    def offset(self) -> int:
        return self.base + self.pos

    def fill(self) -> bool:
        """Read the next chunk; False at the end of the file."""
        chunk = self.file.read(CHUNK)
        self.buffer = self.buffer[self.pos :] + chunk
        self.base += self.pos
        self.pos = 0
        return bool(chunk)

    def more(self) -> bool:
        return self.pos < len(self.buffer) or self.fill()

    def member(self) -> tuple[bytes | None, str | None]:
        """Decompress the member at the current position and move past it: (data, None); or
        (None, why) if it is corrupt, (None, None) if the file ends inside it, staying put."""
        inflate = zlib.decompressobj(wbits=31)
        parts, size, at = [], 0, self.pos
        while True:
            if at >= len(self.buffer):
                at -= self.pos
                if not self.fill():
                    return None, None
            piece = self.buffer[at : at + FEED]
            try:
                data = inflate.decompress(piece)
            except zlib.error as exc:
                return None, str(exc)
            size += len(data)
            if size > MAX_MEMBER_BYTES:
                return None, f"member decompresses to over {MAX_MEMBER_BYTES} bytes"
            parts.append(data)
            if inflate.eof:
                self.pos = at + len(piece) - len(inflate.unused_data)
                return b"".join(parts), None
            at += len(piece)

    def resync(self) -> None:
        """Move to the next gzip member header after the current position that starts a
        readable member (or to the end of the file)."""
        skip = 1
        while True:
            found = self.buffer.find(GZIP_MAGIC, self.pos + skip)
            if found < 0:
                self.pos = max(self.pos, len(self.buffer) - len(GZIP_MAGIC) + 1)
                skip = 0
                if not self.fill():
                    self.pos = len(self.buffer)
                    return
                continue
            self.pos = found
            if self._readable():
                return
            skip = 1

    def _readable(self) -> bool:
        """Whether a member (maybe one the file ends inside) starts at the current position,
        which stays where it is."""
        start = self.offset
        member, error = self.member()
        self.pos = start - self.base
        return member is not None or error is None


def parse_records(stream: BinaryIO, where: str) -> Iterator[Item]:
    """The records warcio reads from ``stream``."""
    try:
        for record in ArchiveIterator(stream):
            if record.format != "warc":  # warcio reads any line of five words as ARC
                yield Damage("undecodable", where, f"not a WARC record ({record.format})")
                continue
            yield _item(record, where)
    except (ArchiveLoadFailed, ValueError, zlib.error, EOFError) as exc:
        yield Damage("undecodable", where, f"{type(exc).__name__}: {str(exc)[:80]}")


def _item(record: ArcWarcRecord, where: str) -> Item:
    if record.rec_type != "response" or record.http_headers is None:
        return Other(record.rec_type or "unknown")
    try:
        body = record.content_stream().read()
        status = int(record.http_headers.get_statuscode() or 0)
    except (ValueError, zlib.error, EOFError, OSError) as exc:
        return Damage("undecodable", where, f"{type(exc).__name__}: {str(exc)[:80]}")
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    date = record.rec_headers.get_header("WARC-Date") or ""
    origin = record.rec_headers.get_header(ORIGIN_FIELD)
    return Response(url, date, status, list(record.http_headers.headers), body, origin)
