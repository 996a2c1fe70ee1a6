"""The tail a killed crawl leaves in its corpus file: complete records kept, a torn line cut."""

from __future__ import annotations

import gzip
import json

import pytest
import zstandard

from newscorpus.corpusfile import IncompleteFile, compression_of, cut, read_lines, read_tail


def test_a_torn_last_line_is_left_out_and_cut(tmp_path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    committed = json.dumps({"id": "a", "url": "http://127.0.0.1/a"}) + "\n"
    uncommitted = json.dumps({"id": "b", "url": "http://127.0.0.1/b"}) + "\n"
    corpus.write_text(committed + uncommitted + '{"id": "c", "url": "http://12', "utf-8")
    tail = read_tail(corpus, len(committed))
    assert [r["id"] for r in tail.records] == ["b"]
    assert tail.torn == 1
    cut(corpus, tail.end)
    assert corpus.read_text("utf-8") == committed + uncommitted


@pytest.mark.parametrize("compression", ["gzip", "zstd"])
def test_compressed_corpus_lines_are_read_and_a_cut_short_stream_is_told(
    tmp_path, compression
) -> None:
    lines = [json.dumps({"id": f"{i:016x}", "url": f"http://a/{i}", "text": "x" * i}) + "\n"
             for i in range(2000)]  # fmt: skip
    data = "".join(lines).encode("utf-8")
    if compression == "gzip":
        packed = gzip.compress(data)
    else:  # two frames, as two appended runs would leave
        zstd = zstandard.ZstdCompressor(write_checksum=True)
        packed = zstd.compress(data[:5000]) + zstd.compress(data[5000:])
    whole = tmp_path / "c.jsonl.x"
    whole.write_bytes(packed)
    assert compression_of(whole) == compression
    assert b"".join(read_lines(whole)) == data
    cut = tmp_path / "cut.jsonl.x"
    cut.write_bytes(packed[: len(packed) // 2])
    with pytest.raises(IncompleteFile, match="cut short"):
        list(read_lines(cut))
