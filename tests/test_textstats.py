"""Link targets: the root-relative shortcut gives what urljoin gives."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
from lxml import html

from newscorpus.extract.textstats import link_target

BASES = [
    "https://www.example.com/news/story.html?x=1#f",
    "http://EXAMPLE.com:8080/a/b/",
    "HTTPS://Ex.Com/",
    "https://ex.com",
    "https://ex.com/a;p/b",
    "ftp://ex.com/x",
]
HREFS = [
    "/a/b",
    "/a?",
    "/a?#x",
    "/a?q=1#x",
    "/a#x?y",
    "/a/./b",
    "/a/../b",
    "/a//b",
    "/a;p?q",
    "/a\tb",
    "/a b",
    "/ü",
    "/?",
    "/#",
    "/",
    "/..",
    "//host/x",
    "b/c",
    "?page=2",
]


@pytest.mark.parametrize("base", BASES)
def test_link_target_is_urljoins_without_fragment(base: str) -> None:
    for href in HREFS:
        anchor = html.fromstring("<a>x</a>")
        anchor.set("href", href)
        assert link_target(anchor, base) == urljoin(base, href).partition("#")[0], href
