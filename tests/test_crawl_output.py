"""Output for datasets: a new file each run through FEEDS URI parameters, gzip and zstd through
feed post-processing, a manifest per run, and files that ``datasets`` and pandas load offline;
crash-safe like the plain corpus (kill -9 and restart: nothing lost, nothing doubled)."""

from __future__ import annotations

import gzip
import hashlib
import json
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest

from newscorpus.corpusfile import read_lines
from tests.conftest import REPO, crawl_command, run_crawl

GZIP = "scrapy.extensions.postprocessing.GzipPlugin"
ZSTD = "newscorpus.crawl.compression.ZstdPlugin"


def feeds(*outputs: tuple[Path, str | None]) -> str:
    """``FEEDS=...`` for ``-s``: each output with its post-processing plugin (or none)."""
    value = {
        str(path): {"format": "jsonlines", **({"postprocessing": [plugin]} if plugin else {})}
        for path, plugin in outputs
    }
    return "FEEDS=" + json.dumps(value)


#: Extraction in the crawl process (no page workers).
WORKERS_OFF = "NEWSCORPUS_WORKERS=0"


def crawl(urls: list[str], state: Path, *settings: str) -> subprocess.CompletedProcess:
    command = crawl_command(urls, state, None, *settings)
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300)


def records_in(paths) -> list[dict]:
    return [json.loads(line) for p in paths for line in read_lines(p) if line.strip()]


@pytest.fixture(scope="module")
def whole(news_server, tmp_path_factory) -> list[dict]:
    """The records of one uninterrupted crawl into a plain file."""
    folder = tmp_path_factory.mktemp("whole")
    base = news_server.base_url
    result = run_crawl(
        [f"{base}/", f"{base}/rss.xml"], folder / "state", folder / "all.jsonl", WORKERS_OFF
    )
    assert result.returncode == 0 and result.records
    return result.records


@pytest.fixture(scope="module")
def two_runs(news_server, tmp_path_factory) -> Path:
    """Two runs, a few articles and then the rest, each into new gzip and zstd files."""
    folder = tmp_path_factory.mktemp("runs")
    base = news_server.base_url
    outputs = feeds(
        (folder / "gz" / "corpus-%(time)s.jsonl.gz", GZIP),
        (folder / "zst" / "corpus-%(time)s.jsonl.zst", ZSTD),
    )
    urls = [f"{base}/", f"{base}/rss.xml"]
    # in the crawl process: page workers would finish every page in flight after the 4th
    first = crawl(urls, folder / "state", outputs, "CLOSESPIDER_ITEMCOUNT=4", WORKERS_OFF)
    assert first.returncode == 0, first.stderr[-2000:]
    time.sleep(1.1)  # %(time)s is to the second
    second = crawl(urls, folder / "state", outputs)
    assert second.returncode == 0, second.stderr[-2000:]
    return folder


def test_each_run_writes_new_compressed_files_and_a_manifest_of_them(two_runs) -> None:
    gz = sorted((two_runs / "gz").glob("corpus-*.jsonl.gz"))
    zst = sorted((two_runs / "zst").glob("corpus-*.jsonl.zst"))
    assert len(gz) == len(zst) == 2
    for path in gz:
        gzip.decompress(path.read_bytes())  # complete streams
    by_run = [records_in([path]) for path in gz]
    assert all(by_run)
    assert records_in(gz) == records_in(zst)
    ids = Counter(r["id"] for r in records_in(gz))
    assert max(ids.values()) == 1  # the second run wrote nothing the first did
    manifests = sorted((two_runs / "gz").glob("manifest-*.json"))
    assert len(manifests) == 2
    listed = set()
    for manifest_path, records in zip(manifests, by_run, strict=True):
        manifest = json.loads(manifest_path.read_text("utf-8"))
        assert manifest["finish_reason"] in {"closespider_itemcount", "finished"}
        assert manifest["records"] == 2 * len(records)
        for entry in manifest["files"]:
            path = (manifest_path.parent / entry["path"]).resolve()
            listed.add(path)
            assert entry["records"] == len(records) == len(records_in([path]))
            assert entry["bytes"] == path.stat().st_size
            assert entry["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
            assert entry["compression"] == ("gzip" if path.suffix == ".gz" else "zstd")
    assert listed == {p.resolve() for p in gz + zst}


@pytest.mark.parametrize("suffix", ["gz", "zst"])
def test_datasets_and_pandas_load_the_files_of_all_runs_offline(
    two_runs, suffix, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    import datasets
    import pandas as pd

    files = sorted(str(p) for p in (two_runs / suffix).glob(f"corpus-*.jsonl.{suffix}"))
    expected = records_in(Path(f) for f in files)
    dataset = datasets.load_dataset(
        "json", data_files=files, split="train", cache_dir=str(tmp_path / "cache")
    )
    assert dataset.num_rows == len(expected)
    assert dataset["id"] == [r["id"] for r in expected]
    assert dataset["text"] == [r["text"] for r in expected]
    frame = pd.concat([pd.read_json(f, lines=True, dtype=False) for f in files])
    assert list(frame["id"]) == [r["id"] for r in expected]
    assert list(frame["text"]) == [r["text"] for r in expected]


def test_a_compressed_output_with_a_fixed_name_is_refused_in_one_line(
    news_server, tmp_path
) -> None:
    for output in (feeds((tmp_path / "c.jsonl.gz", GZIP)), feeds((tmp_path / "c.jsonl.zst", None))):
        result = crawl([news_server.base_url + "/"], tmp_path / "state", output)
        assert result.returncode == 2
        assert "Traceback" not in result.stderr
        last = result.stderr.strip().splitlines()[-1]
        assert "refusing FEEDS" in last and "%(time)s" in last
    assert list(tmp_path.glob("c.*")) == []


def _kill_once_written(command: list[str], pattern: Path, after: float = 0) -> None:
    """Start a crawl and kill it (SIGKILL) ``after`` seconds after a new file matching
    ``pattern`` got its first bytes, or (``after`` > 0) appeared (or after 60 s)."""
    before = {p: p.stat().st_size for p in pattern.parent.glob(pattern.name)}
    process = subprocess.Popen(
        command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        now = {p: p.stat().st_size for p in pattern.parent.glob(pattern.name)}
        if any((size or after) and size != before.get(p) for p, size in now.items()):
            time.sleep(after)
            break
        time.sleep(0.02)
    process.kill()
    process.wait()
    time.sleep(1.1)  # the next run's %(time)s differs


def test_kill_9_with_per_run_files_loses_and_doubles_nothing(news_server, whole, tmp_path):
    base = news_server.base_url
    urls = [f"{base}/", f"{base}/rss.xml"]
    out = tmp_path / "out" / "corpus-%(time)s.jsonl"
    # in the crawl process: with page workers the arrival order, and so which copy of the
    # fixture's syndicated story is kept, differs from the uninterrupted crawl's
    command = crawl_command(urls, tmp_path / "state", None, feeds((out, None)), WORKERS_OFF)
    for _ in range(2):
        _kill_once_written(command, tmp_path / "out" / "corpus-*.jsonl")
    last = crawl(urls, tmp_path / "state", feeds((out, None)), WORKERS_OFF)
    assert last.returncode == 0, last.stderr[-2000:]
    files = sorted((tmp_path / "out").glob("corpus-*.jsonl"))
    assert len(files) >= 2
    records = records_in(files)  # a torn line would fail to parse
    ids = Counter(r["id"] for r in records)
    assert [i for i, n in ids.items() if n > 1] == []
    assert set(ids) == {r["id"] for r in whole}


def test_kill_9_with_compressed_output_moves_the_cut_file_aside_and_refetches_it(
    news_server, whole, tmp_path
) -> None:
    base = news_server.base_url
    urls = [f"{base}/", f"{base}/rss.xml"]
    out = Path(f"{tmp_path}/out/corpus-%(time)s.jsonl.gz:jsonlines")  # -o as a user gives it
    # in the crawl process, which writes records one by one (workers come back in bursts)
    command = crawl_command(urls, tmp_path / "state", out, WORKERS_OFF, output="-o")
    report = f"NEWSCORPUS_REPORT_FILE={tmp_path / 'report.json'}"
    _kill_once_written(command, tmp_path / "out" / "corpus-*.jsonl.gz", after=0.3)  # mid-run
    command = crawl_command(urls, tmp_path / "state", out, report, WORKERS_OFF, output="-o")
    last = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert last.returncode == 0, last.stderr[-2000:]
    aside = list((tmp_path / "out").glob("*.incomplete"))
    assert len(aside) == 1
    stats = json.loads((tmp_path / "report.json").read_text("utf-8"))["stats"]
    assert stats["newscorpus/output/incomplete_files"] == 1
    assert "moved to" in last.stderr
    files = sorted((tmp_path / "out").glob("corpus-*.jsonl.gz"))
    ids = Counter(r["id"] for r in records_in(files))
    assert [i for i, n in ids.items() if n > 1] == []
    assert set(ids) == {r["id"] for r in whole}


def test_an_output_named_gz_or_zst_is_compressed_so(tmp_path) -> None:
    from scrapy.utils.test import get_crawler

    from newscorpus.crawl.spiders.news import NewsSpider

    outputs = {
        str(tmp_path / "a-%(time)s.jsonl.gz"): {"format": "jsonlines"},
        str(tmp_path / "b-%(time)s.jsonl.zst"): {"format": "jsonlines"},
        str(tmp_path / "c-%(time)s.jsonl.gz"): {"format": "jsonlines", "postprocessing": [ZSTD]},
        str(tmp_path / "d.jsonl"): {"format": "jsonlines"},
    }
    settings = {
        "ADDONS": {"newscorpus.crawl.addon.NewsCorpus": 0},
        "NEWSCORPUS_STATE_DIR": str(tmp_path / "state"),
        "FEEDS": outputs,
    }
    feeds = get_crawler(NewsSpider, settings).settings.getdict("FEEDS")
    plugins = [options.get("postprocessing") for options in feeds.values()]
    assert plugins == [[GZIP], [ZSTD], [ZSTD], None]  # one asked for stays as asked
