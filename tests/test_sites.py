"""The sites file: checked before a run with one-line errors, and each site's rules kept by the
crawl (allow/deny, max_pages, its profile, max_age_days), run from any folder."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from scrapy.exceptions import UsageError

from newscorpus.cli import main as newscorpus
from newscorpus.crawl.spiders.news import NewsSpider
from newscorpus.sites import load_sites, parse_sites
from newscorpus.urls import site_of
from tests.conftest import REPO, crawl_command
from tests.fixture_site import FixtureServer, Page, build_news_site, build_seed_site

EXAMPLE = REPO / "examples" / "sites.toml"
DISCOVERY_PATHS = {"/", "/robots.txt"}


def check(tmp_path: Path, text: str, capsys) -> tuple[int, list[str]]:
    """``newscorpus sites check`` on ``text``: exit code and stderr lines."""
    path = tmp_path / "sites.toml"
    path.write_text(text, "utf-8")
    code = newscorpus(["sites", "check", str(path)])
    return code, capsys.readouterr().err.splitlines()


GOOD = """
[[site]]
name = "first"
urls = ["https://example.com/"]

[[site]]
name = "second"
urls = ["https://news.example.org/world/", "https://news.example.org/rss.xml"]
"""


def test_the_example_sites_file_is_valid(capsys) -> None:
    assert newscorpus(["sites", "check", str(EXAMPLE)]) == 0
    sites = load_sites(EXAMPLE)
    assert len(sites) >= 3
    assert str(EXAMPLE) in capsys.readouterr().out
    assert all(url.startswith("https://") for site in sites.sites for url in site.urls)


def test_malformed_toml_is_one_line_naming_its_line(tmp_path, capsys) -> None:
    text = GOOD.replace('name = "second"', 'name = "second', 1)
    code, err = check(tmp_path, text, capsys)
    broken_line = text.splitlines().index('name = "second') + 1
    assert code == 1
    assert len(err) == 1
    assert f"sites.toml:{broken_line}:" in err[0]


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("max_pages", "0"),
        ("max_pages", '"10"'),
        ("max_age_days", "-1"),
        ("urls", '["ftp://second.example/"]'),
        ("allow", "['/(unclosed/']"),
        ("deny", "[3]"),
        ("body", '["div[[broken"]'),
        ("language", '"english please"'),
        ("sections", '["/world/"]'),
    ],
)
def test_an_invalid_field_is_one_line_naming_the_site_and_field(
    tmp_path, capsys, key, value
) -> None:
    head, _, second = GOOD.rpartition("[[site]]")
    kept = [line for line in second.splitlines() if not line.startswith(f"{key} =")]
    text = head + "[[site]]" + "\n".join([*kept, f"{key} = {value}", ""])
    code, err = check(tmp_path, text, capsys)
    header = [n for n, line in enumerate(text.splitlines(), 1) if line == "[[site]]"][1]
    assert code == 1
    assert len(err) == 1
    assert f"sites.toml:{header}: site 'second': {key}:" in err[0]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (('name = "second"', 'name = "first"'), "name"),
        (("news.example.org/world/", "www.example.com/world/"), "urls"),
        (('name = "second"\n', ""), "name"),
    ],
)
def test_names_and_domains_belong_to_one_site(tmp_path, capsys, change, field) -> None:
    code, err = check(tmp_path, GOOD.replace(*change), capsys)
    assert code == 1
    assert len(err) == 1
    assert f": {field}:" in err[0]


def test_the_spider_names_the_site_of_every_url(tmp_path) -> None:
    path = tmp_path / "sites.toml"
    path.write_text(GOOD, "utf-8")
    spider = NewsSpider(sites=str(path))
    assert spider.start_urls == [url for site in load_sites(path).sites for url in site.urls]
    assert spider.site_name_for("https://www.example.org/a/story.html") == "second"
    assert spider.site_name_for("https://example.com/x") == "first"
    assert spider.site_name_for("https://example.net/") is None
    by_urls = NewsSpider(urls="https://a.example.com/,https://www.example.org/rss")
    assert by_urls.site_name_for("https://example.org/story") == "example.org"


def newscorpus_crawl(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``newscorpus crawl ...`` in ``cwd`` (not the checkout), as cron runs it."""
    command = [sys.executable, "-m", "newscorpus.cli", "crawl", *args]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=300)


def test_a_bad_sites_file_refuses_the_crawl_before_any_fetch(tmp_path) -> None:
    with FixtureServer(build_seed_site) as server:
        sites = tmp_path / "sites.toml"
        sites.write_text(f'[[site]]\nname = "s"\nurls = ["{server.base_url}/"]\nmax_pages = -5\n')
        run = newscorpus_crawl(tmp_path, str(sites))
        assert run.returncode == 2
        assert run.stderr.strip().splitlines()[-1].endswith("at least 1, not -5")
        command = crawl_command([], tmp_path / "state", tmp_path / "out.jsonl")
        command[command.index("-a") + 1] = f"sites={sites}"
        scrapy = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=60)
        assert scrapy.returncode == 2
        assert "max_pages" in scrapy.stderr.strip().splitlines()[-1]
        assert server.requested == []


def test_a_setting_without_a_value_refuses_the_crawl_before_any_fetch(tmp_path) -> None:
    with FixtureServer(build_seed_site) as server:
        sites = tmp_path / "sites.toml"
        sites.write_text(f'[[site]]\nname = "s"\nurls = ["{server.base_url}/"]\n')
        run = newscorpus_crawl(tmp_path, str(sites), "-s", "DOWNLOAD_DELAY")
        assert run.returncode == 2
        assert run.stderr.strip().splitlines() == [
            "newscorpus: error: -s DOWNLOAD_DELAY: give NAME=VALUE"
        ]
        assert server.requested == []
        assert not (tmp_path / "sites.jsonl").exists()


def read_crawl(out: Path, report: Path) -> tuple[list[dict], dict]:
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    return records, json.loads(report.read_text("utf-8"))["stats"]


def test_each_site_keeps_its_own_rules(tmp_path) -> None:
    with FixtureServer(build_news_site) as news, FixtureServer(build_seed_site) as seeds:
        sites = tmp_path / "conf" / "sites.toml"
        sites.parent.mkdir()
        sites.write_text(
            f"""
[[site]]
name = "news"
urls = ["{news.base_url}/"]
deny = ['/sport/']
body = ["#no-such-body"]

[[site]]
name = "seeds"
urls = ["{seeds.base_url}/"]
max_pages = 2
""",
            "utf-8",
        )
        report = tmp_path / "report.json"
        run = newscorpus_crawl(tmp_path, str(sites), "-s", f"NEWSCORPUS_REPORT_FILE={report}")
        assert run.returncode == 0, run.stderr[-2000:]
        # Defaults beside the sites file, wherever the crawl was started.
        records, stats = read_crawl(sites.with_suffix(".jsonl"), report)
        assert (sites.parent / "sites-state").is_dir()
        news_paths = {r["url"].removeprefix(news.base_url) for r in records} - {""}
        assert news_paths and not any(p.startswith("/sport/") for p in news_paths)
        assert not any("/sport/" in target for target in news.requested)
        sport = [p for p in news.site.articles if p.startswith("/sport/")]
        assert stats["newscorpus/site/news/skipped/denied"] >= len(sport)
        fetched = [t for t in seeds.requested if t not in DISCOVERY_PATHS]
        assert len(fetched) == 2 == stats["newscorpus/site/seeds/requested"]
        assert stats["newscorpus/site/seeds/skipped/max_pages"] >= 1
        assert stats[f"newscorpus/profiles/missed/{site_of(news.base_url)}"] >= 1


def published(article) -> datetime:
    return datetime.fromisoformat(article.published).astimezone(UTC)


def listed_articles(site) -> dict[str, datetime]:
    """The articles a feed or sitemap lists, with their dates."""
    return {
        path: published(a)
        for path, a in site.articles.items()
        if a.found_in & {"rss", "atom", "sitemap"} and a.published
    }


def check_cutoff(server, cutoff: datetime, stats: dict) -> None:
    listed = listed_articles(server.site)
    requested = set(server.requested)
    new = {p for p, day in listed.items() if day >= cutoff}
    old = set(listed) - new
    assert new and old, "the cutoff must split the fixture's articles"
    assert new <= requested
    assert not old & requested
    assert stats["newscorpus/skipped/too_old"] >= len(old)


def test_since_skips_older_feed_and_sitemap_entries_before_fetching(tmp_path) -> None:
    with FixtureServer(build_news_site) as server:
        out, state = tmp_path / "out.jsonl", tmp_path / "state"
        command = crawl_command(
            [server.base_url + "/rss.xml", server.base_url + "/sitemap.xml"],
            state,
            out,
            "NEWSCORPUS_FOLLOW_LINKS=False",
        )
        command += ["-a", "since=2026-03-13"]
        run = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, run.stderr[-2000:]
        _, stats = read_crawl(out, out.with_suffix(".report.json"))
        check_cutoff(server, datetime(2026, 3, 13, tzinfo=UTC), stats)


def test_max_age_days_skips_older_entries_of_that_site(tmp_path) -> None:
    with FixtureServer(build_news_site) as server:
        cutoff = datetime(2026, 3, 12, 12, tzinfo=UTC)
        days = (datetime.now(UTC) - cutoff) / timedelta(days=1)
        sites = tmp_path / "sites.toml"
        sites.write_text(
            f'[[site]]\nname = "news"\nmax_age_days = {days:.4f}\n'
            f'urls = ["{server.base_url}/rss.xml", "{server.base_url}/sitemap.xml"]\n',
            "utf-8",
        )
        report = tmp_path / "report.json"
        run = newscorpus_crawl(
            tmp_path,
            str(sites),
            "-s",
            "NEWSCORPUS_FOLLOW_LINKS=False",
            "-s",
            f"NEWSCORPUS_REPORT_FILE={report}",
        )
        assert run.returncode == 0, run.stderr[-2000:]
        records, stats = read_crawl(sites.with_suffix(".jsonl"), report)
        assert records
        check_cutoff(server, cutoff, stats)
        assert stats["newscorpus/site/news/skipped/too_old"] == stats["newscorpus/skipped/too_old"]
        # every per-site number is kept under the site's name, none under its domain
        per_site = {k.split("/")[2] for k in stats if k.startswith("newscorpus/site/")}
        assert per_site == {"news"}
        sites_reported = json.loads(report.read_text("utf-8"))["sites"]
        assert list(sites_reported) == ["news"]
        assert sites_reported["news"]["written"] == len(records)
        assert sites_reported["news"]["fetched"] >= len(records)


def test_a_site_without_rules_parses_to_no_restriction() -> None:
    site = parse_sites(GOOD).sites[0]
    assert site.allows("https://example.com/anything?at=all")
    assert site.max_pages is None and site.max_age_days is None


def test_newscorpus_crawl_exits_non_zero_when_its_sites_are_down(tmp_path) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sites = tmp_path / "sites.toml"
    sites.write_text(f'[[site]]\nname = "down"\nurls = ["http://127.0.0.1:{port}/"]\n', "utf-8")
    run = newscorpus_crawl(tmp_path, str(sites), "-s", "RETRY_TIMES=0")
    assert run.returncode == 3, run.stderr[-2000:]
    assert "nothing could be fetched" in run.stderr


def test_a_bad_since_is_refused() -> None:
    with pytest.raises(UsageError, match="since must be a date"):
        NewsSpider.check_arguments(urls="https://example.com/", since="last week")


def test_json_feeds_and_text_sitemaps_are_crawled_with_their_dates(tmp_path) -> None:
    with FixtureServer(build_news_site) as server:
        site = server.site
        listed = sorted(listed_articles(site).items(), key=lambda item: item[1])
        half = len(listed) // 2
        in_feed, in_text = listed[:half], listed[half:]
        items = [
            {"id": path, "url": site.url(path), "date_modified": day.isoformat()}
            for path, day in in_feed
        ]
        feed = {"version": "https://jsonfeed.org/version/1.1", "title": "News", "items": items}
        site.pages["/feed.json"] = Page(200, "application/feed+json", json.dumps(feed).encode())
        text = "\n".join(site.url(path) for path, _ in in_text) + "\n"
        site.pages["/sitemap.txt"] = Page(200, "text/plain; charset=utf-8", text.encode())
        cutoff = in_feed[len(in_feed) // 2][1]
        out = tmp_path / "out.jsonl"
        command = crawl_command(
            [site.url("/feed.json"), site.url("/sitemap.txt")],
            tmp_path / "state",
            out,
            "NEWSCORPUS_FOLLOW_LINKS=False",
            "NEWSCORPUS_ROBOTS_SITEMAPS=False",
        )
        command += ["-a", f"since={cutoff.date().isoformat()}"]
        run = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, run.stderr[-2000:]
        requested = set(server.requested)
        day = datetime(cutoff.year, cutoff.month, cutoff.day, tzinfo=UTC)
        assert {p for p, d in in_feed if d >= day} <= requested
        assert not {p for p, d in in_feed if d < day} & requested
        assert {p for p, _ in in_text} <= requested  # undated: always fetched
        _, stats = read_crawl(out, out.with_suffix(".report.json"))
        assert stats["newscorpus/skipped/too_old"] == sum(d < day for _, d in in_feed) > 0
