"""The tail a killed crawl leaves in its corpus file: complete records kept, a torn line cut."""

from __future__ import annotations

import json

from newscorpus.corpusfile import cut, read_tail


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
