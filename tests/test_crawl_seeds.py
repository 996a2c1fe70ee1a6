"""The seed files end to end: pages built from each seed (body plus its four sidebar teasers)
crawled give exactly two records, 000 and 001 collapsing into one, each text byte for byte the
seed without its last four lines; ``export-txt`` writes files of the same shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscorpus.cli import main as newscorpus
from tests.conftest import CrawlResult, run_crawl

SEEDS = Path(__file__).parent / "fixture_site" / "seeds"


@pytest.fixture(scope="module")
def crawl(seed_server, tmp_path_factory) -> tuple[CrawlResult, Path]:
    work = tmp_path_factory.mktemp("seeds")
    result = run_crawl([f"{seed_server.base_url}/"], work / "state", work / "corpus.jsonl")
    return result, work


def seed_bodies() -> list[bytes]:
    """Each seed file without its last four lines, as bytes: the corpus shape."""
    return [b"\n".join(p.read_bytes().split(b"\n")[:-4]) for p in sorted(SEEDS.glob("*.txt"))]


def test_three_seed_pages_give_two_records_with_the_seed_texts(crawl) -> None:
    result, _ = crawl
    assert result.returncode == 0, result.log[-2000:]
    assert len(result.records) == 2
    bodies = seed_bodies()
    assert bodies[0] == bodies[1], "000 and 001 are one story"
    assert sorted(r["text"].encode() for r in result.records) == sorted({bodies[0], bodies[2]})


def test_the_recrawled_copy_is_dropped_as_a_duplicate(crawl) -> None:
    result, _ = crawl
    dropped = sum(result.stats.get(f"newscorpus/dedup/{k}", 0) for k in ("exact", "near"))
    assert dropped == 1


def test_export_txt_reproduces_the_seed_file_shape(crawl) -> None:
    result, work = crawl
    out = work / "txt"
    assert newscorpus(["export-txt", str(work / "corpus.jsonl"), str(out)]) == 0
    files = sorted(out.iterdir())
    assert [f.name[:4] for f in files] == ["000_", "001_"]
    for file, record in zip(files, result.records, strict=True):
        assert file.name == f"{file.name[:3]}_{record['id']}.txt"
        assert file.read_bytes() == record["text"].encode("utf-8")
    assert sorted(f.read_bytes() for f in files) == sorted(set(seed_bodies()))


def test_with_dedup_off_copies_stay_but_a_second_run_is_still_empty(seed_server, tmp_path) -> None:
    urls, state = [f"{seed_server.base_url}/"], tmp_path / "state"
    first = run_crawl(urls, state, tmp_path / "one.jsonl", "NEWSCORPUS_DEDUP_ENABLED=False")
    assert len(first.records) == 3
    second = run_crawl(urls, state, tmp_path / "two.jsonl", "NEWSCORPUS_DEDUP_ENABLED=False")
    assert second.returncode == 0 and second.records == []
