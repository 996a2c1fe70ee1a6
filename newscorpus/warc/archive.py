"""Rotating gzip WARC files (ISO 28500, WARC/1.1) that a ``kill -9`` never leaves with a half
record.

Each request/response pair is built in memory, one gzip member per record, and written with
one ``write`` then flushed; a file being written is named ``*.warc.gz.open`` and locked
(``flock``), and renamed to ``*.warc.gz`` once it is complete (rotation at a size, or the end
of the crawl). A killed writer leaves its ``.open`` file behind, unlocked: the next writer on
the folder cuts what follows its last complete gzip member and renames it
(:func:`repair_folder`). Durability is the caller's: :meth:`WarcFiles.sync` fsyncs.

The HTTP headers stored describe the body as stored: Scrapy hands over bodies already
decompressed and de-chunked, so ``Content-Encoding`` and ``Transfer-Encoding`` are left out
and ``Content-Length`` is the stored body's length.
"""

from __future__ import annotations

import fcntl
import logging
import os
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from io import BytesIO
from typing import IO, TYPE_CHECKING

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newscorpus.origin import WARC_FIELD as ORIGIN_FIELD

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

logger = logging.getLogger(__name__)

OPEN_SUFFIX = ".open"
#: Headers of the body as sent over the wire, not as stored.
WIRE_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})


@dataclass
class Exchange:
    """One fetch: the request as sent and the response as received (body decoded)."""

    url: str
    method: str
    request_headers: list[tuple[str, str]]
    request_body: bytes
    status: int
    protocol: str
    response_headers: list[tuple[str, str]]
    body: bytes
    ip_address: str | None = None
    origin: str | None = None  # where the crawl found the page (newscorpus.origin)


def stored_headers(headers: Iterable[tuple[str, str]], body: bytes) -> list[tuple[str, str]]:
    """Response headers that describe ``body`` as stored (see the module docstring)."""
    kept = [(name, value) for name, value in headers if name.lower() not in WIRE_HEADERS]
    return [*kept, ("Content-Length", str(len(body)))]


def exchange_records(writer: WARCWriter, exchange: Exchange) -> None:
    """Write the request and response records of ``exchange`` with ``writer``."""
    try:
        reason = HTTPStatus(exchange.status).phrase
    except ValueError:
        reason = ""
    protocol = exchange.protocol or "HTTP/1.1"
    response_http = StatusAndHeaders(
        f"{exchange.status} {reason}".strip(),
        stored_headers(exchange.response_headers, exchange.body),
        protocol=protocol,
    )
    warc_headers = {}
    if exchange.ip_address:
        warc_headers["WARC-IP-Address"] = exchange.ip_address
    if exchange.origin:
        warc_headers[ORIGIN_FIELD] = exchange.origin
    response = writer.create_warc_record(
        exchange.url,
        "response",
        payload=BytesIO(exchange.body),
        length=len(exchange.body),
        http_headers=response_http,
        warc_headers_dict=warc_headers,
    )
    request_http = StatusAndHeaders(
        f"{exchange.method} {_target(exchange.url)} {protocol}",
        exchange.request_headers,
        is_http_request=True,
    )
    request = writer.create_warc_record(
        exchange.url,
        "request",
        payload=BytesIO(exchange.request_body),
        length=len(exchange.request_body),
        http_headers=request_http,
    )
    writer.write_request_response_pair(request, response)


def _target(url: str) -> str:
    """The request target of ``url``: its path and query."""
    rest = url.split("://", 1)[-1]
    slash = rest.find("/")
    return rest[slash:].split("#", 1)[0] if slash >= 0 else "/"


def complete_members_end(file: IO[bytes]) -> int:
    """The offset just past the last complete gzip member, reading ``file`` from its start."""
    file.seek(0)
    end = position = 0
    member = zlib.decompressobj(wbits=31)
    while chunk := file.read(1 << 20):
        data = chunk
        while data:
            try:
                member.decompress(data)
            except zlib.error:
                return end
            if not member.eof:
                position += len(data)
                break
            position += len(data) - len(member.unused_data)
            end = position
            data = member.unused_data
            member = zlib.decompressobj(wbits=31)
    return end


def repair_folder(folder: Path) -> list[tuple[Path, int]]:
    """Finish the ``.open`` files a killed writer left in ``folder`` (those still locked are
    in use and left alone): cut what follows the last complete gzip member and rename; an
    empty one is removed. The finished files, each with the bytes cut."""
    repaired = []
    for path in sorted(folder.glob(f"*.warc.gz{OPEN_SUFFIX}")):
        with path.open("r+b") as file:
            try:
                fcntl.flock(file, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue
            size = os.fstat(file.fileno()).st_size
            end = complete_members_end(file)
            if end < size:
                file.truncate(end)
            file.flush()
            os.fsync(file.fileno())
        if end == 0:
            path.unlink()
        else:
            path.rename(path.with_name(path.name.removesuffix(OPEN_SUFFIX)))
        repaired.append((path, size - end))
    return repaired


class WarcFiles:
    """Writes exchanges to ``PREFIX-TIME-PID-NNNNN.warc.gz`` files in ``folder``, starting a
    new file once one holds ``max_size`` bytes; each file opens with a ``warcinfo`` record."""

    def __init__(self, folder: Path, max_size: int, software: str, prefix: str = "newscorpus"):
        self.folder = folder
        self.max_size = max_size
        self.software = software
        self.prefix = prefix
        self._started = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        self._serial = 0
        self._file: IO[bytes] | None = None
        self._path: Path | None = None
        self.finished: list[Path] = []
        folder.mkdir(parents=True, exist_ok=True)

    def write(self, exchange: Exchange) -> None:
        """Append ``exchange``'s two records to the current file in one write."""
        buffer = BytesIO()
        exchange_records(WARCWriter(buffer, gzip=True, warc_version="1.1"), exchange)
        file = self._current()
        start = file.tell()
        try:
            file.write(buffer.getvalue())
            file.flush()
        except OSError:  # a full disk: cut the part written, so no half record stays
            file.seek(start)
            file.truncate(start)
            raise
        if file.tell() >= self.max_size:
            self.finish()

    def _current(self) -> IO[bytes]:
        if self._file is not None:
            return self._file
        name = f"{self.prefix}-{self._started}-{os.getpid()}-{self._serial:05d}.warc.gz"
        self._serial += 1
        self._path = self.folder / (name + OPEN_SUFFIX)
        file = self._path.open("xb")
        fcntl.flock(file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        buffer = BytesIO()
        writer = WARCWriter(buffer, gzip=True, warc_version="1.1")
        info = {"software": self.software, "format": "WARC File Format 1.1"}
        writer.write_record(writer.create_warcinfo_record(name, info))
        file.write(buffer.getvalue())
        file.flush()
        self._file = file
        return file

    def sync(self) -> None:
        """Make what was written so far durable (flush and fsync)."""
        if self._file is not None:
            self._file.flush()
            os.fsync(self._file.fileno())

    def finish(self) -> None:
        """Sync and close the current file and give it its final name."""
        if self._file is None or self._path is None:
            return
        self.sync()
        final = self._path.with_name(self._path.name.removesuffix(OPEN_SUFFIX))
        self._path.rename(final)
        self._file.close()  # the lock goes with it, after the rename
        self._file = self._path = None
        self.finished.append(final)
        logger.info("WARC file complete: %s", final)
