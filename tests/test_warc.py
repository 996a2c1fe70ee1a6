"""WARC in and out: a crawl archives what it fetched (``NEWSCORPUS_WARC_DIR``), and
``newscorpus warc`` builds the same corpus from the archive, or from any WARC files, damaged
ones included."""

from __future__ import annotations

import dataclasses
import gzip
import json
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from warcio.archiveiterator import ArchiveIterator

from newscorpus.origin import Origin
from newscorpus.warc.archive import Exchange, WarcFiles, repair_folder
from newscorpus.warc.build import run
from newscorpus.warc.read import Damage, Response, read_warc
from tests.conftest import REPO, crawl_command, run_crawl
from tests.fixture_site import FixtureServer, build_news_site
from tests.fixture_site.model import Page
from tests.warc_files import (
    corrupted,
    not_a_record,
    response_member,
    revisit_member,
    site_members,
    with_recurring_paragraph,
)

ROTATE_AT = 40_000


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]


def _without_time(records: list[dict]) -> list[dict]:
    """Records without ``crawled_at`` (the crawl stamps it when the spider parses the page,
    the archive when the response arrives: they may fall on either side of a second), by id
    (the crawl's page workers return pages in the order they finish, not in fetch order)."""
    return sorted(
        ({k: v for k, v in r.items() if k != "crawled_at"} for r in records),
        key=lambda r: r["id"],
    )


def _warc_cli(*args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "newscorpus.cli", "warc", *args]
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def archived_crawl(tmp_path_factory):
    """A crawl of the fixture site archiving to WARC (small files, so it rotates), one article
    served gzip-compressed."""
    tmp = tmp_path_factory.mktemp("archived")
    with FixtureServer(build_news_site) as server:
        articles = server.site.articles
        path = next(p for p in sorted(articles) if articles[p].canonical_path == p)
        page = server.site.pages[path]
        gzipped = Page(page.status, page.content_type, gzip.compress(page.body))
        server.inject(path, dataclasses.replace(gzipped, headers={"Content-Encoding": "gzip"}))
        urls = [server.base_url + "/", server.base_url + "/rss.xml"]
        crawl = run_crawl(
            urls,
            tmp / "state",
            tmp / "crawl.jsonl",
            f"NEWSCORPUS_WARC_DIR={tmp / 'warc'}",
            f"NEWSCORPUS_WARC_MAX_SIZE={ROTATE_AT}",
        )
        assert crawl.returncode == 0, crawl.log[-2000:]
        return crawl, tmp, server.base_url + path, page.body


def test_crawl_archives_every_extracted_page_in_rotating_complete_warc_files(archived_crawl):
    crawl, tmp, _, _ = archived_crawl
    files = sorted((tmp / "warc").iterdir())
    assert len(files) > 1 and all(f.name.endswith(".warc.gz") for f in files)  # none left .open
    responses = 0
    for path in files:
        with path.open("rb") as stream:
            types = [record.rec_type for record in ArchiveIterator(stream)]
        assert types[0] == "warcinfo"
        assert types.count("response") == types.count("request")
        responses += types.count("response")
        assert path.stat().st_size < ROTATE_AT + 64_000  # one pair past the limit at most
    assert responses == crawl.stats["newscorpus/warc/archived"]
    assert responses == crawl.stats["newscorpus/extract/pages"]  # every page extracted


def test_archived_headers_describe_the_body_as_stored(archived_crawl):
    _, tmp, gzipped_url, body = archived_crawl
    found = []
    for path in sorted((tmp / "warc").iterdir()):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response" and record.rec_headers.get_header(
                    "WARC-Target-URI"
                ).startswith(gzipped_url):
                    headers = record.http_headers
                    found.append((headers, record.content_stream().read()))
    assert found
    headers, stored = found[0]
    assert stored == body
    assert headers.get_header("Content-Encoding") is None
    assert headers.get_header("Content-Length") == str(len(body))


def test_rebuilding_the_archive_gives_the_crawl_corpus(archived_crawl, tmp_path):
    crawl, tmp, gzipped_url, _ = archived_crawl
    out = tmp_path / "rebuilt.jsonl"
    done = _warc_cli(str(tmp / "warc" / "*.warc.gz"), "-o", str(out), "--workers", "2")
    assert done.returncode == 0, done.stderr[-2000:]
    rebuilt = _records(out)
    assert _without_time(rebuilt) == _without_time(crawl.records)
    assert any(r["fetched_url"] == gzipped_url for r in rebuilt)
    assert f"wrote {len(rebuilt)} records" in done.stdout


def test_the_archive_keeps_where_the_crawl_found_each_page(archived_crawl):
    """So that the rebuilt corpus is the crawl's: /latest/, only linked, is rejected for its
    origin (see tests/test_crawl_origins.py), which a WARC file of another crawler never says."""
    crawl, tmp, _, _ = archived_crawl
    origins = {}
    for path in sorted((tmp / "warc").iterdir()):
        for item in read_warc(path):
            if isinstance(item, Response):
                origins[urlsplit(item.url).path] = item.origin
    assert origins["/"] == "start"
    assert origins["/latest/"] == "link"
    assert set(origins.values()) <= {origin.value for origin in Origin}
    assert crawl.stats["newscorpus/extract/not_article/link_only"] >= 1


def _damaged_warc(tmp_path: Path) -> tuple[Path, Path]:
    """A clean WARC of every page of the fixture site, and a copy with a non-HTML response,
    a revisit, a corrupt member and one holding no record in the middle, and a last record
    cut short."""
    base = "http://news.example"
    site = build_news_site(base)
    members = site_members(site, base)
    clean = tmp_path / "clean.warc.gz"
    clean.write_bytes(b"".join(members))
    article = next(pg.body for p, pg in sorted(site.pages.items()) if p.endswith(".html"))
    image = Page(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    middle = len(members) // 2
    damaged = [
        *members[:middle],
        response_member(base + "/logo.png", image),
        revisit_member(base + "/"),
        corrupted(response_member(base + "/copy-a.html", Page(200, "text/html", b"<p>x</p>"))),
        not_a_record(),
        *members[middle:],
    ]
    torn = response_member(base + "/copy-b.html", Page(200, "text/html", article))
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(b"".join(damaged) + torn[: len(torn) // 2])
    return clean, path


def test_damaged_warc_data_is_counted_and_skipped_and_the_rest_extracted(tmp_path):
    clean, damaged = _damaged_warc(tmp_path)
    whole = run([clean], tmp_path / "clean.jsonl", workers=1)
    summary = run([damaged], tmp_path / "damaged.jsonl", workers=1)
    assert whole.written > 0
    assert _records(tmp_path / "damaged.jsonl") == _records(tmp_path / "clean.jsonl")
    counts, before = summary.counts, whole.counts
    assert counts["newscorpus/warc/damaged/corrupt"] == 1
    assert counts["newscorpus/warc/damaged/truncated"] == 1
    assert counts["newscorpus/warc/damaged/undecodable"] == 1
    assert counts["newscorpus/warc/records/revisit"] == 1
    assert counts["newscorpus/skipped/not_html"] == before["newscorpus/skipped/not_html"] + 1
    assert counts["newscorpus/extract/pages"] == before["newscorpus/extract/pages"]


def test_damaged_warc_is_one_log_line_each_and_exit_0(tmp_path):
    _, damaged = _damaged_warc(tmp_path)
    report = tmp_path / "report.json"
    done = _warc_cli(
        str(damaged), "-o", str(tmp_path / "out.jsonl"), "-s", f"NEWSCORPUS_REPORT_FILE={report}"
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [line for line in done.stderr.splitlines() if "WARC data at" in line]
    assert len(lines) == 3 and all(len(line) < 300 for line in lines)
    assert "damaged data skipped: 3" in done.stdout
    stats = json.loads(report.read_text("utf-8"))["stats"]
    assert stats["newscorpus/warc/damaged/corrupt"] == 1


def test_output_does_not_depend_on_the_worker_count(tmp_path):
    """Two sites whose pages share a paragraph the boilerplate learner cuts once it has seen
    it on three stories: which pages it is cut from depends on the order each site's pages
    are seen in, which must not change with the number of workers."""
    members = []
    paragraph = b"Readers can reach the newsroom with tips and corrections at any hour."
    for base in ("http://a.example", "http://b.example"):
        site = build_news_site(base)
        for path, page in sorted(site.pages.items()):
            changed = dataclasses.replace(page, body=with_recurring_paragraph(page.body, paragraph))
            members.append((base + path, changed))
    members.sort(key=lambda m: m[0].split("/", 3)[-1])  # the two sites interleaved
    warc = tmp_path / "two-sites.warc.gz"
    warc.write_bytes(b"".join(response_member(url, page) for url, page in members))
    off = {"NEWSCORPUS_DEDUP_ENABLED": "False"}  # the sites are copies of each other
    one = run([warc], tmp_path / "one.jsonl", overrides=off, workers=1)
    two = run([warc], tmp_path / "two.jsonl", overrides=off, workers=2)
    three = run([warc], tmp_path / "three.jsonl", overrides=off, workers=3)
    assert one.counts["newscorpus/boilerplate/paragraphs_cut"] > 0
    assert one.counts == two.counts == three.counts
    text = (tmp_path / "one.jsonl").read_bytes()
    assert text == (tmp_path / "two.jsonl").read_bytes() == (tmp_path / "three.jsonl").read_bytes()
    assert {r["site"] for r in _records(tmp_path / "one.jsonl")} == {"a.example", "b.example"}


def test_a_state_given_skips_what_it_already_holds(archived_crawl, tmp_path):
    crawl, tmp, _, _ = archived_crawl
    state = tmp_path / "state"
    first = run(sorted((tmp / "warc").iterdir()), tmp_path / "first.jsonl", state, workers=1)
    again = run(sorted((tmp / "warc").iterdir()), tmp_path / "again.jsonl", state, workers=1)
    assert first.written == len(crawl.records)
    assert again.written == 0
    assert again.counts["newscorpus/dedup/url"] >= first.written


def test_bad_input_is_one_line_and_exit_1(tmp_path):
    missing = _warc_cli(str(tmp_path / "none.warc.gz"), "-o", str(tmp_path / "o.jsonl"))
    no_match = _warc_cli(str(tmp_path / "*.warc.gz"), "-o", str(tmp_path / "o.jsonl"))
    setting = _warc_cli(str(REPO / "pyproject.toml"), "-o", "o.jsonl", "-s", "NEWSCORPUS_NOPE=1")
    for done in (missing, no_match, setting):
        assert done.returncode == 1
        assert len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "o.jsonl").exists()


def test_an_unfinished_file_of_a_killed_writer_is_cut_to_its_last_complete_record(tmp_path):
    files = WarcFiles(tmp_path, 10**9, "test")
    page = b"<html><body><p>" + b"word " * 2000 + b"</p></body></html>"
    for n in range(3):
        files.write(Exchange(f"http://x.example/{n}", "GET", [], b"", 200, "HTTP/1.1", [], page))
    files.sync()
    [open_file] = tmp_path.glob("*.open")
    whole = open_file.read_bytes()
    files._file.close()  # the writer dies: its lock goes, the file stays
    open_file.write_bytes(whole + whole[len(whole) // 2 :][:700])  # a torn write after them
    [(_, cut)] = repair_folder(tmp_path)
    assert cut == 700
    [finished] = tmp_path.glob("*.warc.gz")
    assert finished.read_bytes() == whole
    with finished.open("rb") as stream:
        assert [r.rec_type for r in ArchiveIterator(stream)].count("response") == 3


def _kill_once_archiving(command: list[str], warc_dir: Path, pairs: int) -> None:
    """Start a crawl and SIGKILL it once its open WARC file holds ``pairs`` more fetches."""
    crawl = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 60
    while crawl.poll() is None and time.monotonic() < deadline:
        open_files = list(warc_dir.glob("*.open"))
        if open_files and _responses(open_files[0]) >= pairs:
            break
        time.sleep(0.01)
    crawl.kill()
    crawl.wait()


def _responses(path: Path) -> int:
    return sum(isinstance(item, Response) for item in read_warc(path))


def test_kill_9_leaves_no_half_record_and_every_record_archived(tmp_path):
    warc_dir = tmp_path / "warc"
    with FixtureServer(build_news_site) as server:
        urls = [server.base_url + "/", server.base_url + "/rss.xml"]
        settings = (f"NEWSCORPUS_WARC_DIR={warc_dir}",)
        state, out = tmp_path / "state", tmp_path / "out.jsonl"
        command = crawl_command(urls, state, out, *settings, output="-o")
        for pairs in (3, 9):
            _kill_once_archiving(command, warc_dir, pairs)
        assert list(warc_dir.glob("*.open"))  # the killed run left its file unfinished
        last = run_crawl(urls, state, out, *settings, output="-o")
    assert last.returncode == 0, last.log[-2000:]
    assert last.stats.get("newscorpus/warc/repaired_files", 0) >= 1
    files = sorted(warc_dir.iterdir())
    assert files and all(f.name.endswith(".warc.gz") for f in files)
    archived = set()
    for path in files:
        items = list(read_warc(path))
        assert not [item for item in items if isinstance(item, Damage)]
        archived |= {item.url for item in items if isinstance(item, Response)}
    records = _records(out)
    assert records and {r["fetched_url"] for r in records} <= archived
