"""URL identity: the same article under URL variants must get one id."""

from __future__ import annotations

import re

import pytest

from newscorpus.urls import canonicalize_url, record_id, resolve_canonical, site_of


@pytest.mark.parametrize(
    "variant",
    [
        "https://www.example-news.com/world/a.html?utm_source=x&utm_medium=y",
        "https://WWW.Example-News.com/world/a.html#comments",
        "https://www.example-news.com:443/world/a.html?fbclid=abc",
    ],
)
def test_url_variants_share_one_canonical_form_and_id(variant: str) -> None:
    plain = "https://www.example-news.com/world/a.html"
    assert canonicalize_url(variant) == canonicalize_url(plain)
    assert record_id(canonicalize_url(variant)) == record_id(canonicalize_url(plain))


def test_meaningful_query_parameters_are_kept() -> None:
    assert canonicalize_url("https://e.com/story?id=3") != canonicalize_url(
        "https://e.com/story?id=4"
    )


def test_record_id_is_16_lowercase_hex_and_stable() -> None:
    first = record_id("https://e.com/a")
    assert re.fullmatch(r"[0-9a-f]{16}", first)
    assert first == record_id("https://e.com/a") != record_id("https://e.com/b")


def test_site_is_the_registered_domain_or_host_and_port() -> None:
    assert site_of("https://www.bbc.co.uk/news/x") == site_of("https://bbc.co.uk/") == "bbc.co.uk"
    assert site_of("http://127.0.0.1:8000/a") == "127.0.0.1:8000"
    assert site_of("http://127.0.0.1:8000/a") != site_of("http://127.0.0.1:8001/a")


def test_canonical_link_is_honoured_on_the_same_site_only() -> None:
    page = "https://news.example.com/amp/world/a.html"
    assert resolve_canonical(page, "/world/a.html") == "https://news.example.com/world/a.html"
    assert resolve_canonical(page, "https://aggregator.example.org/a") == canonicalize_url(page)
    assert resolve_canonical(page, "javascript:void(0)") == canonicalize_url(page)
    assert resolve_canonical(page, None) == canonicalize_url(page)
