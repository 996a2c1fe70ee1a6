"""Tests of the fixture sites' own promises (server, ground truth, page content)."""

from __future__ import annotations

import subprocess
import sys
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import lxml.html
import pytest

from tests.fixture_site import FixtureServer, build_news_site, build_seed_site
from tests.fixture_site.plan import PLANS
from tests.fixture_site.text import ends_sentence, is_subhead, words_of

if TYPE_CHECKING:
    from collections.abc import Iterator

    from tests.fixture_site import ExpectedArticle, Page, Site

REPO = Path(__file__).resolve().parents[1]
SEED_COPIES = REPO / "tests" / "fixture_site" / "seeds"
SHARED_SEEDS = REPO.parent / "shared" / "seeds"
BASE = "http://127.0.0.1:8000"


@pytest.fixture(scope="module")
def site() -> Site:
    return build_news_site(BASE)


@pytest.fixture(scope="module")
def seed_site() -> Site:
    return build_seed_site(BASE)


@pytest.fixture(scope="module")
def server() -> Iterator[FixtureServer]:
    with FixtureServer(build_news_site) as srv:
        yield srv


def fetch(url: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    """Status, headers and body of a request (error statuses included)."""
    request = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = words_of(text)
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def jaccard(a: str, b: str) -> float:
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb)


def decoded(page: Page) -> str:
    charset = page.content_type.partition("charset=")[2] or "utf-8"
    return page.body.decode(charset)


def element_texts(page: Page) -> set[str]:
    """Whitespace-normalised text of every element of an HTML page."""
    root = lxml.html.fromstring(decoded(page))
    return {" ".join(el.text_content().split()) for el in root.iter() if isinstance(el.tag, str)}


def one(site: Site, kind: str) -> ExpectedArticle:
    (article,) = site.by_kind(kind)
    return article


# --- server -----------------------------------------------------------------------------


def test_server_serves_front_robots_and_article(server: FixtureServer) -> None:
    status, headers, body = fetch(server.base_url + "/")
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    assert b'type="application/rss+xml" title="Example News" href="/rss.xml"' in body
    status, _, body = fetch(server.base_url + "/robots.txt")
    assert status == 200
    assert b"Disallow: /private/" in body
    assert f"Sitemap: {server.base_url}/sitemap.xml".encode() in body
    path = next(iter(server.site.articles))
    status, _, body = fetch(server.base_url + path)
    assert status == 200
    assert body == server.site.pages[path].body


def test_server_answers_404_and_500(server: FixtureServer) -> None:
    assert fetch(server.base_url + "/no/such/page.html")[0] == 404
    for path in server.site.broken:
        expected = server.site.pages[path].status if path in server.site.pages else 404
        assert fetch(server.base_url + path)[0] == expected
    assert {404, 500} <= {fetch(server.base_url + p)[0] for p in server.site.broken}


def test_server_ignores_query_strings_and_records_requests(server: FixtureServer) -> None:
    path = next(iter(server.site.articles))
    target = path + "?utm_source=homepage&utm_medium=x"
    status, _, body = fetch(server.base_url + target)
    assert status == 200
    assert body == server.site.pages[path].body
    assert target in server.requested


def test_server_head(server: FixtureServer) -> None:
    status, headers, body = fetch(server.base_url + "/", method="HEAD")
    assert status == 200
    assert body == b""
    assert int(headers["Content-Length"]) == len(server.site.pages["/"].body)


def test_cli_runs_command_with_base_url() -> None:
    code = (
        "import sys, urllib.request; "
        "r = urllib.request.urlopen(sys.argv[1] + '/robots.txt'); "
        "sys.exit(0 if b'Disallow: /private/' in r.read() else 3)"
    )
    cmd = [sys.executable, "-m", "tests.fixture_site", "news", "--", sys.executable, "-c", code]
    result = subprocess.run([*cmd, "{base}"], cwd=REPO, capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr
    failing = [sys.executable, "-m", "tests.fixture_site", "seeds", "--", sys.executable]
    result = subprocess.run([*failing, "-c", "raise SystemExit(7)"], cwd=REPO, timeout=60)
    assert result.returncode == 7


# --- near-duplicates ------------------------------------------------------------------------


def test_syndicated_copy_is_a_near_duplicate(site: Site) -> None:
    copy = one(site, "syndicated")
    original = site.articles[copy.duplicate_of or ""]
    assert copy.text.startswith("LONDON (Newswire) - ")
    assert copy.title != original.title
    assert 0.5 <= jaccard(copy.text, original.text) <= 0.8


def test_follow_up_is_a_different_story(site: Site) -> None:
    follow_up = one(site, "follow-up")
    assert follow_up.duplicate_of is None
    scores = [jaccard(follow_up.text, a.text) for a in site.by_kind("article")]
    assert max(scores) < 0.4
    shared = [
        line
        for line in follow_up.text.split("\n")
        if any(line in a.text.split("\n") for a in site.by_kind("article"))
    ]
    assert len(shared) >= 3


def test_amp_copy_points_to_original(site: Site) -> None:
    amp = one(site, "amp-copy")
    original = site.articles[amp.canonical_path]
    assert amp.path == "/amp" + original.path
    assert amp.duplicate_of == original.path
    assert amp.text == original.text
    canonical = f'<link rel="canonical" href="{site.base_url}{original.path}">'
    assert canonical in decoded(site.pages[amp.path])


# --- seeds ----------------------------------------------------------------------------------


def test_seed_texts_are_seed_files_minus_sidebar(seed_site: Site) -> None:
    files = sorted(SEED_COPIES.glob("*.txt"))
    assert len(files) == 3
    articles = list(seed_site.articles.values())
    for path, article in zip(files, articles, strict=True):
        lines = path.read_text(encoding="utf-8").split("\n")
        assert article.text == "\n".join(lines[:-4])
        assert article.teasers == tuple(lines[-4:])
    assert articles[0].text == articles[1].text
    assert articles[0].path != articles[1].path
    assert articles[1].duplicate_of == articles[0].path


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="shared/seeds not available")
def test_seed_copies_are_byte_identical() -> None:
    for path in SHARED_SEEDS.glob("*.txt"):
        assert (SEED_COPIES / path.name).read_bytes() == path.read_bytes()


# --- page content vs ground truth -----------------------------------------------------------


def all_articles(site: Site, seed_site: Site) -> list[tuple[Site, ExpectedArticle]]:
    return [(s, a) for s in (site, seed_site) for a in s.articles.values()]


def test_pages_show_every_paragraph_teaser_and_boilerplate(site: Site, seed_site: Site) -> None:
    for owner, article in all_articles(site, seed_site):
        texts = element_texts(owner.pages[article.path])
        for line in [*article.text.split("\n"), *article.teasers, *article.boilerplate]:
            assert line in texts, f"{article.path}: {line[:50]!r}"
        assert article.title in texts


def test_teasers_are_cut_and_never_in_the_text(site: Site, seed_site: Site) -> None:
    for _, article in all_articles(site, seed_site):
        assert article.teasers, article.path
        for teaser in article.teasers:
            assert teaser not in article.text
        for line in article.boilerplate:
            assert line not in article.text
        assert not any(ends_sentence(t) for t in article.teasers), article.path
    cut = [t for a in site.articles.values() for t in a.teasers if len(t) >= 150]
    assert len(cut) >= 20


def test_story_shape(site: Site) -> None:
    news = site.by_kind("article")
    assert len(news) >= 12
    assert {a.section for a in news} == {"world", "business", "sport", "science"}
    assert {a.language for a in news} == {"en", "de"}
    for article in site.articles.values():
        lines = article.text.split("\n")
        assert 6 <= len(lines) <= 15, article.path
        assert 300 <= len(article.text.split()) <= 900, article.path
        assert all(ends_sentence(ln) for ln in lines if not is_subhead(ln)), article.path
        assert datetime.fromisoformat(article.published or "").tzinfo is not None
    with_subheads = [a for a in news if any(is_subhead(ln) for ln in a.text.split("\n"))]
    assert len(with_subheads) >= 3


def test_teaser_forms_spread_over_layouts() -> None:
    for form in ("boxes", "inline", "cards", "tail"):
        plans = [p for p in PLANS if form in p.forms]
        assert len(plans) >= 3, form
        assert len({p.layout for p in plans}) >= 2, form
    assert 1 <= sum(p.labeled for p in PLANS) < len(PLANS) // 2


def test_lead_marked_teaser_and_inline_links(site: Site) -> None:
    leads = 0
    linked = 0
    for article in site.articles.values():
        root = lxml.html.fromstring(decoded(site.pages[article.path]))
        first = article.text.split("\n")[0]
        for p in root.iter("p"):
            text = " ".join(p.text_content().split())
            if text == first and "teaser" in (p.get("class") or ""):
                leads += 1
            if text in article.text.split("\n") and p.find(".//a") is not None:
                linked += 1
    assert leads == 1
    assert linked >= 5


def test_latin1_article(site: Site) -> None:
    (path,) = [p for p, pg in site.pages.items() if "iso-8859-1" in pg.content_type]
    body = site.pages[path].body
    text = site.articles[path].text
    for char in "éü£":
        assert char in text
        assert char.encode("latin-1") in body
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")


def test_discovery_paths(site: Site) -> None:
    found = {a.path: a.found_in for a in site.articles.values()}
    assert frozenset({"rss", "atom"}) in found.values()
    assert frozenset({"sitemap"}) in found.values()
    private = one(site, "private")
    assert private.path in site.disallowed
    assert private.path.encode() in site.pages["/"].body
    front = decoded(site.pages["/"])
    assert "utm_source=homepage&amp;utm_medium=x" in front
    assert "#comments" in front
    assert all(url in front for url in site.external)
    assert any(p.startswith("/news/") for p in found)


def test_feeds_and_sitemaps_parse(site: Site) -> None:
    for path in ("/rss.xml", "/atom.xml", "/sitemap.xml", "/sitemap-news.xml"):
        ET.fromstring(site.pages[path].body)
    news = site.pages["/sitemap-news.xml"].body
    assert b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' in news
    assert (
        f"<loc>{site.base_url}/sitemap-news.xml</loc>".encode() in site.pages["/sitemap.xml"].body
    )
    with pytest.raises(ET.ParseError):
        ET.fromstring(site.pages["/feeds/broken.xml"].body)


def test_non_articles(site: Site) -> None:
    for path in site.non_articles:
        html = decoded(site.pages[path])
        assert 'content="website"' in html
        assert "published_time" not in html
        assert path not in site.articles
    for path in ("/about/", "/terms/"):
        root = lxml.html.fromstring(site.pages[path].body)
        words = sum(len(p.text_content().split()) for p in root.iter("p"))
        assert words >= 300
