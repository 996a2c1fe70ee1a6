"""Test helpers: WARC files written with warcio itself (not newscorpus's archive), from the
pages of a fixture site, and damaged on purpose."""

from __future__ import annotations

import gzip
import re
from io import BytesIO
from typing import TYPE_CHECKING

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

if TYPE_CHECKING:
    from tests.fixture_site.model import Page, Site


def response_member(url: str, page: Page, date: str = "2026-03-20T10:00:00Z") -> bytes:
    """One gzip member holding the response record of ``page`` fetched from ``url``."""
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = [("Content-Type", page.content_type), ("Content-Length", str(len(page.body)))]
    http = StatusAndHeaders(f"{page.status} OK", headers, protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url,
        "response",
        payload=BytesIO(page.body),
        length=len(page.body),
        http_headers=http,
        warc_headers_dict={"WARC-Date": date},
    )
    writer.write_record(record)
    return buffer.getvalue()


def revisit_member(url: str) -> bytes:
    """A revisit record of ``url`` (headers only, the body is an earlier record's)."""
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    record = writer.create_revisit_record(
        url, "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", url, "2026-03-19T10:00:00Z", http
    )
    writer.write_record(record)
    return buffer.getvalue()


def site_members(site: Site, base_url: str) -> list[bytes]:
    """A response member for every page of ``site`` (feeds, sitemaps and robots.txt too),
    in path order."""
    return [response_member(base_url + path, page) for path, page in sorted(site.pages.items())]


def corrupted(member: bytes) -> bytes:
    """``member`` with bytes in the middle of its compressed data overwritten."""
    middle = len(member) // 2
    return member[:middle] + b"\x00" * 16 + member[middle + 16 :]


def not_a_record() -> bytes:
    """A well-formed gzip member that holds no WARC record."""
    return gzip.compress(b"this is not a WARC record\r\n\r\n")


PARAGRAPH_END = re.compile(rb"</p>")


def with_recurring_paragraph(body: bytes, paragraph: bytes) -> bytes:
    """``body`` with ``<p>paragraph</p>`` after its second paragraph (pages with fewer
    unchanged)."""
    ends = [m.end() for m in PARAGRAPH_END.finditer(body)]
    if len(ends) < 3:
        return body
    return body[: ends[1]] + b"\n<p>" + paragraph + b"</p>" + body[ends[1] :]
