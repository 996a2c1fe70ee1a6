"""Site profiles: a user narrows extraction per site in a TOML file; stale ones fall back."""

from __future__ import annotations

import pytest

from newscorpus import Extractor
from newscorpus.extract import SiteProfiles
from newscorpus.extract.profiles import ProfileError
from tests.conftest import run_crawl

STORY = [
    "Dock workers in Salden voted on Friday to end an eleven-day strike that had stranded ships.",
    "The union said members backed the two-year agreement by a large majority in the ballot.",
    "Port officials said clearing the backlog of container ships would take several weeks.",
    "Shipping lines had diverted some vessels to other ports during the stoppage, they said.",
]
EDITOR_NOTE = (
    "Marta Lindqvist has covered shipping and trade for the paper since 2015, reporting from "
    "ports across northern Europe and Asia, and writes a weekly column on the economy."
)
PAGE = f"""<html><head><title>Port strike ends</title>
<meta property="article:published_time" content="2026-03-14T09:00:00+00:00"></head><body>
<article><h1>Port strike ends</h1><div class="story">{"".join(f"<p>{p}</p>" for p in STORY)}</div>
<div class="note"><p>{EDITOR_NOTE}</p></div></article></body></html>"""
URL = "https://www.example-news.com/world/2026/03/14/port-strike-ends.html"


def profiles(tmp_path, text: str) -> SiteProfiles:
    path = tmp_path / "sites.toml"
    path.write_text(text, "utf-8")
    return SiteProfiles.load([path], bundled=False)


def test_body_selector_narrows_the_text_to_the_story(tmp_path) -> None:
    generic = Extractor(profiles=SiteProfiles()).extract(PAGE, URL)
    assert EDITOR_NOTE in generic.article.text
    narrowed = Extractor(
        profiles=profiles(tmp_path, '["example-news.com"]\nname = "Example"\nbody = "div.story"\n')
    ).extract(PAGE, URL)
    assert narrowed.article.text == "\n".join(STORY)
    assert narrowed.article.site_name == "Example"
    assert narrowed.profile == "example-news.com" and not narrowed.profile_missed


def test_prune_selector_removes_blocks(tmp_path) -> None:
    extraction = Extractor(
        profiles=profiles(tmp_path, '["example-news.com"]\nprune = ["div.note"]\n')
    ).extract(PAGE, URL)
    assert extraction.article.text == "\n".join(STORY)


def test_stale_body_selector_falls_back_to_the_whole_page(tmp_path) -> None:
    extraction = Extractor(
        profiles=profiles(tmp_path, '["example-news.com"]\nbody = "div.gone"\n')
    ).extract(PAGE, URL)
    assert extraction.profile_missed
    assert extraction.article.text.startswith(STORY[0])


def test_profiles_apply_to_their_site_only(tmp_path) -> None:
    extraction = Extractor(
        profiles=profiles(tmp_path, '["other.example"]\nbody = "div.story"\n')
    ).extract(PAGE, URL)
    assert extraction.profile is None and EDITOR_NOTE in extraction.article.text


def test_bundled_profiles_include_the_taipei_times() -> None:
    bundled = SiteProfiles.load([])
    profile = bundled.for_url(
        "https://www.taipeitimes.com/News/world/archives/2007/05/30/2003363178"
    )
    assert profile is not None and profile.body


def test_a_user_file_replaces_the_bundled_entry(tmp_path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text('["taipeitimes.com"]\nname = "TT"\n', "utf-8")
    assert SiteProfiles.load([path]).for_url("https://www.taipeitimes.com/x").name == "TT"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('["a.com"]\nbody = "div[[["\n', "bad CSS selector"),
        ('["a.com"]\nkeep = "div"\n', "unknown keys"),
        ('["a.com"\n', "cannot read site profiles"),
        ('["a.com"]\nbody = 3\n', "must be a CSS selector"),
        ('["www.bbc.co.uk"]\nbody = "div"\n', r'not a registered domain: use \["bbc.co.uk"\]'),
        ('["https://a.com/"]\nbody = "div"\n', "not a registered domain"),
        ('["news"]\nbody = "div"\n', "not a registered domain"),
    ],
)
def test_bad_profile_files_are_clear_errors(tmp_path, text: str, message: str) -> None:
    with pytest.raises(ProfileError, match=message):
        profiles(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "message"),
    [('["a.com"]\nkeep = "div"\n', "unknown keys"),
     ('["www.a.com"]\nbody = "div"\n', "[www.a.com] is not a registered domain")],
)  # fmt: skip
def test_crawl_with_a_broken_profile_file_stops_with_a_usage_error(
    tmp_path, text: str, message: str
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(text, "utf-8")
    result = run_crawl(
        ["http://127.0.0.1:9/"], tmp_path / "s", tmp_path / "o.jsonl", f"NEWSCORPUS_PROFILES={bad}"
    )
    assert result.returncode == 2
    assert message in result.log.strip().splitlines()[-1]


def test_crawl_counts_profile_use(news_server, tmp_path) -> None:
    site = news_server.site
    host = site.base_url.split("//")[1].split(":")[0]
    port = site.base_url.rsplit(":", 1)[1]
    path = tmp_path / "sites.toml"
    path.write_text(f'["{host}:{port}"]\nbody = ["article", "div.gone"]\n', "utf-8")
    result = run_crawl(
        [f"{site.base_url}/rss.xml"],
        tmp_path / "s",
        tmp_path / "o.jsonl",
        f"NEWSCORPUS_PROFILES={path}",
    )
    assert result.returncode == 0
    used = {k for k in result.stats if k.startswith("newscorpus/profiles/")}
    assert used, "the profile was never consulted"
