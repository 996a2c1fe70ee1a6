"""The bytes of a fetched HTML page: whether they are whole, and the text they hold.

A body cut short (a ``Content-Length`` smaller than the page, a connection lost) must never
become a record: its text would be a truncated article. A page whose declared charset does
not fit its bytes (a cp1252 or Shift_JIS page served as UTF-8) is read in the charset its
content shows instead, so the record holds the text a reader sees, not mojibake.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes
from w3lib.encoding import html_body_declared_encoding

HTML_OPEN = re.compile(rb"<html[\s>]", re.IGNORECASE)
HTML_CLOSE = re.compile(rb"</(html|body)\s*>", re.IGNORECASE)
BOM = "\ufeff"
WINDOWS_1252 = "cp1252"
#: The start of a body that may open the document (doctype, comments, a BOM).
HEAD_BYTES = 4096


def is_cut_short(body: bytes) -> bool:
    """Whether an HTML document ends before it is closed: it opens ``<html>`` but neither
    ``</body>`` nor ``</html>`` follows (HTML lets a page leave both out; news sites'
    templates always close them, and a truncated page never does)."""
    return bool(HTML_OPEN.search(body[:HEAD_BYTES])) and not HTML_CLOSE.search(body)


@dataclass(frozen=True, slots=True)
class DecodedBody:
    """The text of a body and the charset it was read with."""

    text: str
    encoding: str
    #: The charset came from the content (the declared one did not decode cleanly).
    detected: bool = False


def decode_html(body: bytes, declared: str) -> DecodedBody | None:
    """The text of an HTML ``body`` whose response declares charset ``declared``: read with
    it when the bytes decode cleanly, else with the charset the page's own ``<meta>``
    declares, else with the one charset_normalizer finds in the content. None when none of
    them decodes the bytes cleanly."""
    tried = set()
    candidates = [declared, html_body_declared_encoding(body)]
    for index, encoding in enumerate(candidates):
        name = _codec(encoding)
        if name is None or name in tried:
            continue
        tried.add(name)
        try:
            text = body.decode(name).removeprefix(BOM)
            return DecodedBody(text, name, detected=index > 0)
        except UnicodeDecodeError:
            pass
    encoding = _detected(body)
    if encoding is None or encoding in tried:
        return None
    try:
        text = body.decode(encoding).removeprefix(BOM)
    except UnicodeDecodeError:  # pragma: no cover - charset_normalizer decoded it itself
        return None
    return DecodedBody(text, encoding, detected=True)


def _detected(body: bytes) -> str | None:
    """The charset charset_normalizer finds in ``body``. Among charsets that fit equally well
    Windows-1252, the web's most common legacy charset, wins: on a short text in a Western
    language charset_normalizer cannot tell it from cp1250 (``niño`` would read ``nińo``)."""
    matches = from_bytes(body)
    best = matches.best()
    if best is None:
        return None
    tied = {
        _codec(name)
        for match in matches
        if match.chaos == best.chaos and match.coherence == best.coherence
        for name in match.could_be_from_charset
    }
    return WINDOWS_1252 if WINDOWS_1252 in tied else _codec(best.encoding)


def _codec(encoding: str | None) -> str | None:
    """Python's name of ``encoding``, or None when Python has no such codec."""
    if not encoding:
        return None
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return None
