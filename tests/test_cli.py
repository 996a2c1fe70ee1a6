"""The newscorpus command: export-txt writes the seed-file shape; bad input is one clear line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from newscorpus.cli import main

RECORDS = [
    {"id": "1156323ef3651b4f", "text": "First paragraph.\nTENSE TIES\nSecond paragraph."},
    {"id": "4fe9ffa785e16489", "text": "Ünïcode body — kept as UTF-8."},
]


def write_corpus(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def test_export_txt_writes_numbered_files_byte_for_byte(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", RECORDS)
    assert main(["export-txt", str(corpus), str(tmp_path / "out")]) == 0
    files = sorted((tmp_path / "out").iterdir())
    assert [f.name for f in files] == ["000_1156323ef3651b4f.txt", "001_4fe9ffa785e16489.txt"]
    for file, record in zip(files, RECORDS, strict=True):
        assert file.read_bytes() == record["text"].encode("utf-8")


def test_broken_corpus_line_is_reported_with_its_line_number(tmp_path: Path, capsys) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps(RECORDS[0]) + "\n{not json\n", "utf-8")
    assert main(["export-txt", str(corpus), str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("newscorpus: error:") and "c.jsonl:2" in err and "\n" not in err


def test_missing_corpus_is_one_line_error(tmp_path: Path, capsys) -> None:
    assert main(["export-txt", str(tmp_path / "nope.jsonl"), str(tmp_path / "out")]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_unknown_command_or_option_is_one_line_error() -> None:
    for argv in (["bogus"], ["export-txt", "--bogus", "a", "b"]):
        run = subprocess.run(
            [sys.executable, "-m", "newscorpus.cli", *argv], capture_output=True, text=True
        )
        assert run.returncode == 2
        assert run.stderr.count("\n") == 1 and "error:" in run.stderr


def test_export_txt_refuses_a_folder_holding_files(tmp_path: Path, capsys) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", RECORDS)
    out = tmp_path / "out"
    out.mkdir()
    (out / "000_stale0000000000.txt").write_text("an earlier export", "utf-8")
    assert main(["export-txt", str(corpus), str(out)]) == 1
    err = capsys.readouterr().err
    assert "is not empty" in err and "000_stale0000000000.txt" in err and err.count("\n") == 1
    assert [p.name for p in out.iterdir()] == ["000_stale0000000000.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["export-txt", str(corpus), str(empty)]) == 0


def test_export_txt_rejects_an_id_that_is_not_exactly_16_hex_characters(tmp_path: Path) -> None:
    for bad in ("1156323ef3651b4f\n", "1156323EF3651B4F", "1156323ef3651b4", "x" * 16):
        corpus = write_corpus(tmp_path / "c.jsonl", [{"id": bad, "text": "body"}])
        out = tmp_path / f"out-{len(list(tmp_path.iterdir()))}"
        assert main(["export-txt", str(corpus), str(out)]) == 1, repr(bad)
        assert not out.exists() or not any(out.iterdir())
