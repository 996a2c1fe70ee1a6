"""What a fetched response is, the same way for the spider, the WARC archive and
``newscorpus warc``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.http import TextResponse

from newscorpus import discovery
from newscorpus.body import DecodedBody, decode_html
from newscorpus.records import FetchedPage

if TYPE_CHECKING:
    from scrapy.http import Response

    from newscorpus.discovery import Kind


def response_kind(response: Response) -> tuple[Kind, bytes]:
    """What ``response`` is (:func:`discovery.classify`), with its body, gunzipped if it is
    gzip data."""
    content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
    body = discovery.maybe_gunzip(response.body)
    return discovery.classify(response.url, content_type, body), body


def page_text(response: TextResponse) -> tuple[str, DecodedBody | None]:
    """The HTML of ``response``, read in the charset its content shows when the declared one
    does not decode it cleanly (:func:`newscorpus.body.decode_html`, also returned); Scrapy's
    text when no charset does (its replacement characters make extraction drop the record)."""
    decoded = decode_html(response.body, response.encoding)
    return (decoded.text if decoded is not None else response.text), decoded


def html_page(response: Response, kind: Kind, crawled_at: str | None = None) -> FetchedPage | None:
    """The page to extract of an HTML ``response``, decoded by :func:`page_text`; None for a
    response Scrapy could not take as text."""
    if kind is not discovery.Kind.HTML or not isinstance(response, TextResponse):
        return None
    html, _ = page_text(response)
    if crawled_at is None:
        return FetchedPage(url=response.url, html=html)
    return FetchedPage(url=response.url, html=html, crawled_at=crawled_at)
