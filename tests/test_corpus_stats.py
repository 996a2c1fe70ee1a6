"""``newscorpus stats``: exact counts per site, day and language, quantiles of the lengths
within a bin of the exact ones, compressed inputs, and memory that does not grow with the
corpus."""

from __future__ import annotations

import gzip
import json
import random
import tracemalloc
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
import zstandard

from newscorpus.cli import main
from newscorpus.corpusstats import BIN_RATIO, QUANTILES, corpus_stats
from newscorpus.extract.text import count_words

SITES = ["a.example", "b.example.org", "c.example.net"]


def make_records(n: int, seed: int = 7):
    rng = random.Random(seed)
    for i in range(n):
        words = max(1, int(rng.lognormvariate(5.5, 0.8)))
        day = f"2026-03-{1 + i % 28:02d}" if i % 10 else None
        yield {
            "id": f"{i:016x}",
            "url": f"https://www.{SITES[i % 3]}/story/{i}",
            "site": SITES[i % 3],
            "text": " ".join(["word"] * words),
            "published": day and f"{day}T08:00:00+00:00",
            "language": ["en", "de", "fr", "en"][i % 4],
        }


def write(path: Path, records) -> Path:
    data = "".join(json.dumps(r) + "\n" for r in records).encode("utf-8")
    if path.suffix == ".gz":
        data = gzip.compress(data)
    elif path.suffix == ".zst":
        data = zstandard.ZstdCompressor().compress(data)
    path.write_bytes(data)
    return path


def test_counts_are_exact_and_quantiles_within_a_bin(tmp_path) -> None:
    records = list(make_records(3000))
    paths = [write(tmp_path / "one.jsonl", records[:1000])]
    paths.append(write(tmp_path / "two.jsonl.gz", records[1000:2000]))
    paths.append(write(tmp_path / "three.jsonl.zst", records[2000:]))
    stats = corpus_stats(paths)
    assert stats.records == 3000
    assert stats.sites == Counter(r["site"] for r in records)
    assert stats.languages == Counter(r["language"] for r in records)
    days = Counter((r["published"] or "unknown")[:10] for r in records)
    assert stats.days == days
    lengths = np.array([count_words(r["text"]) for r in records])
    for q in QUANTILES:
        exact = np.quantile(lengths, q, method="inverted_cdf")
        got = stats.words.quantile(q)
        assert exact / BIN_RATIO <= got <= exact * BIN_RATIO, (q, got, exact)
    assert stats.words.quantile(0) == lengths.min()
    assert stats.words.quantile(1) == lengths.max()
    assert stats.characters.mean == pytest.approx(np.mean([len(r["text"]) for r in records]))


def test_small_lengths_are_exact(tmp_path) -> None:
    records = [{"id": "x", "text": " ".join(["w"] * n)} for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 40)]
    stats = corpus_stats([write(tmp_path / "c.jsonl", records)])
    assert [stats.words.quantile(q) for q in (0.1, 0.5, 0.9, 0.95)] == [1, 5, 9, 40]


def test_memory_does_not_grow_with_the_corpus(tmp_path) -> None:
    def peak(n: int) -> int:
        path = write(tmp_path / f"c{n}.jsonl", make_records(n, seed=n))
        tracemalloc.start()
        corpus_stats([path])
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top

    small, large = peak(500), peak(5_000)
    assert large < small * 1.5 + 200_000, (small, large)  # 10 times the records


def test_the_command_prints_tables_or_json_and_counts_unreadable_lines(tmp_path, capsys) -> None:
    path = write(tmp_path / "c.jsonl", make_records(30))
    with path.open("a") as file:
        file.write('{"id": "torn", "te\n')
    assert main(["stats", str(path), "--json"]) == 0
    out, err = capsys.readouterr()
    numbers = json.loads(out)
    assert numbers["records"] == 30 and numbers["unreadable_lines"] == 1
    assert numbers["sites"] == {s: 10 for s in SITES}
    assert f"{path}:31" in err and err.count("\n") == 1
    assert main(["stats", str(path)]) == 0
    out, _ = capsys.readouterr()
    assert "per site (3)" in out and "b.example.org" in out and "p50" in out


def test_a_missing_corpus_is_one_line_and_exit_1(tmp_path, capsys) -> None:
    assert main(["stats", str(tmp_path / "missing.jsonl")]) == 1
    assert capsys.readouterr().err.count("\n") == 1
