"""``newscorpus dedup``: first occurrences kept byte for byte, copies listed, crawl states used."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from newscorpus.cli import main
from newscorpus.dedup import Deduplicator
from newscorpus.state import SqliteStateStore
from tests import dedup_corpus as corpus

if TYPE_CHECKING:
    from pathlib import Path

RNG = random.Random(11)
STRIKE, TRAM, RATES = (corpus.STORIES[k] for k in ("strike", "tram", "rates"))
RECORDS = [
    {"id": "a" * 16, "url": "https://a.example/strike", "text": corpus.text(STRIKE)},
    {"id": "b" * 16, "url": "https://b.example/tram", "text": corpus.text(TRAM), "title": "T"},
    {
        "id": "c" * 16,
        "url": "https://c.example/wire",
        "text": corpus.syndicate(STRIKE, RNG, dateline="LONDON (Reuters) - "),
    },
    {"id": "d" * 16, "url": None, "text": corpus.text(TRAM).upper()},
    {"id": "e" * 16, "text": corpus.follow_up("strike-vote")[1]},
]
LATER = [
    {"id": "f" * 16, "url": "https://f.example/", "text": corpus.recrawl(TRAM, corpus.SIDEBARS[2])},
    {"id": "1" * 16, "url": "https://g.example/", "text": corpus.text(RATES)},
]


def write(path: Path, records: list[dict], blank_line: bool = False) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in records]
    if blank_line:
        lines.insert(1, "\n")
    path.write_text("".join(lines), "utf-8")
    return path


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_keeps_first_occurrences_across_inputs_byte_for_byte(tmp_path: Path, capsys) -> None:
    first = write(tmp_path / "one.jsonl", RECORDS, blank_line=True)
    second = write(tmp_path / "two.jsonl", LATER)
    out, dups = tmp_path / "out.jsonl", tmp_path / "dups.jsonl"
    args = ["dedup", str(first), str(second), "-o", str(out), "--dups", str(dups)]
    assert main([*args, "--prefer", "first"]) == 0
    kept = out.read_text("utf-8").splitlines(keepends=True)
    expected = [json.dumps(r, ensure_ascii=False) + "\n" for r in (*RECORDS, *LATER)]
    assert kept == [expected[i] for i in (0, 1, 4, 6)]
    assert [(d["id"], d["duplicate_of"], d["kind"]) for d in read(dups)] == [
        ("c" * 16, "a" * 16, "near"),
        ("d" * 16, "b" * 16, "exact"),
        ("f" * 16, "b" * 16, "near"),
    ]
    wire = read(dups)[0]
    assert wire["url"] == "https://c.example/wire"
    assert 0.4 < wire["similarity"] < 1 and wire["coverage"] > 0.55
    assert "kept 4 of 7 records" in capsys.readouterr().out


def dated(record: dict, published: str | None) -> dict:
    return {**record, "published": published}


def test_keeps_the_most_complete_copy_and_names_it_for_the_others(tmp_path: Path) -> None:
    """A trimmed wire copy came first; the full story later. The full story is kept, in its
    place in the input; the copies are listed as copies of it."""
    trimmed = {"id": "1" * 16, "url": "u1", "text": corpus.text(STRIKE[:6])}
    wire = {
        "id": "2" * 16,
        "url": "u2",
        "text": corpus.syndicate(STRIKE, RNG, dateline="PARIS (AFP) - "),
    }
    full = {"id": "3" * 16, "url": "u3", "text": corpus.text(STRIKE)}
    other = {"id": "4" * 16, "url": "u4", "text": corpus.text(TRAM)}
    source = write(tmp_path / "in.jsonl", [trimmed, other, wire, full])
    out, dups = tmp_path / "out.jsonl", tmp_path / "dups.jsonl"
    assert main(["dedup", str(source), "-o", str(out), "--dups", str(dups)]) == 0
    assert [r["id"] for r in read(out)] == [other["id"], full["id"]]
    listed = {d["id"]: d for d in read(dups)}
    assert set(listed) == {trimmed["id"], wire["id"]}
    for copy in listed.values():
        assert copy["duplicate_of"] == full["id"] and copy["kind"] == "near"
        assert copy["coverage"] > 0.55
    assert listed[trimmed["id"]]["coverage"] > 0.95  # measured against the copy kept


def test_prefer_earliest_keeps_the_earliest_published_copy(tmp_path: Path) -> None:
    copies = [
        dated({"id": "1" * 16, "url": "u1", "text": corpus.text(STRIKE)}, None),
        dated({"id": "2" * 16, "url": "u2", "text": corpus.text(STRIKE[:7])}, "2024-03-02"),
        dated({"id": "3" * 16, "url": "u3", "text": corpus.text(STRIKE[1:])}, "2024-03-01T09:00"),
    ]
    source = write(tmp_path / "in.jsonl", copies)
    out, dups = tmp_path / "out.jsonl", tmp_path / "dups.jsonl"
    assert main(["dedup", str(source), "-o", str(out), "--prefer", "earliest"]) == 0
    assert [r["id"] for r in read(out)] == ["3" * 16]
    assert main(["dedup", str(source), "-o", str(out), "--dups", str(dups)]) == 0
    assert [r["id"] for r in read(out)] == ["1" * 16]  # the most complete
    assert {d["duplicate_of"] for d in read(dups)} == {"1" * 16}


def test_the_kept_copy_is_what_a_state_indexes(tmp_path: Path) -> None:
    state = tmp_path / "state"
    trimmed = {"id": "1" * 16, "text": corpus.text(STRIKE[:6])}
    full = {"id": "3" * 16, "text": corpus.text(STRIKE)}
    source = write(tmp_path / "in.jsonl", [trimmed, full])
    out = tmp_path / "out.jsonl"
    assert main(["dedup", str(source), "-o", str(out), "--state", str(state)]) == 0
    assert [r["id"] for r in read(out)] == [full["id"]]
    with SqliteStateStore(state) as store:
        assert full["id"] in store.dedup_index()
        later = Deduplicator(store.dedup_index()).check("5" * 16, corpus.text(STRIKE[2:]))
    assert later is not None and later.is_duplicate


def test_worker_processes_give_the_same_result(tmp_path: Path) -> None:
    source = write(tmp_path / "in.jsonl", RECORDS + LATER)
    outputs = []
    for workers in ("1", "2"):
        out, dups = tmp_path / f"out{workers}.jsonl", tmp_path / f"dups{workers}.jsonl"
        args = ["dedup", str(source), "-o", str(out), "--dups", str(dups), "--workers", workers]
        assert main(args) == 0
        outputs.append((out.read_bytes(), dups.read_bytes()))
    assert outputs[0] == outputs[1]


def test_threshold_options_are_the_settings(tmp_path: Path) -> None:
    source = write(tmp_path / "in.jsonl", RECORDS + LATER)
    out = tmp_path / "out.jsonl"
    strict = ["--verify-coverage", "1.0", "--verify-lead-coverage", "1.0", "--prefer", "first"]
    assert main(["dedup", str(source), "-o", str(out), *strict]) == 0
    everything_but_exact = [r["id"] for r in RECORDS + LATER if r["id"] != "d" * 16]
    assert [r["id"] for r in read(out)] == everything_but_exact
    args = ["dedup", str(source), "-o", str(out), "--verify-coverage", "1.0", "--prefer", "first"]
    assert main(args) == 0
    # the same page: the recrawl and the wire copy open alike with the first crawl, the
    # story they copy, and hold nearly all of it
    same_page = {LATER[0]["id"], RECORDS[2]["id"]}
    assert [r["id"] for r in read(out)] == [i for i in everything_but_exact if i not in same_page]


def test_dedups_against_a_crawl_state_and_extends_it(tmp_path: Path, capsys) -> None:
    state = tmp_path / "state"
    with SqliteStateStore(state) as store, store.transaction():
        Deduplicator(store.dedup_index()).add("0" * 16, corpus.text(TRAM))
    source = write(tmp_path / "in.jsonl", RECORDS)
    out = tmp_path / "out.jsonl"
    assert main(["dedup", str(source), "-o", str(out), "--state", str(state)]) == 0
    assert [r["id"] for r in read(out)] == ["a" * 16, "e" * 16]
    assert "state: 3 documents" in capsys.readouterr().out
    again = write(tmp_path / "again.jsonl", [*LATER, RECORDS[0]])
    assert main(["dedup", str(again), "-o", str(out), "--state", str(state)]) == 0
    assert [r["id"] for r in read(out)] == ["1" * 16]  # the rest is in the state by now


def test_a_states_own_parameters_are_used_unless_options_differ(tmp_path: Path) -> None:
    state = tmp_path / "state"
    source = write(tmp_path / "in.jsonl", RECORDS[:2])
    out = tmp_path / "out.jsonl"
    first = ["dedup", str(source), "-o", str(out), "--state", str(state), "--num-perm", "128"]
    assert main(first) == 0
    assert main(["dedup", str(source), "-o", str(out), "--state", str(state)]) == 0
    with SqliteStateStore(state) as store:
        assert store.dedup_index().stored_config()["num_perm"] == 128
    assert [r["id"] for r in read(out)] == []


def test_a_state_built_with_other_parameters_is_a_one_line_error(tmp_path: Path, capsys) -> None:
    state = tmp_path / "state"
    source = write(tmp_path / "in.jsonl", RECORDS)
    out = tmp_path / "out.jsonl"
    assert main(["dedup", str(source), "-o", str(out), "--state", str(state)]) == 0
    args = ["dedup", str(source), "-o", str(out), "--state", str(state), "--shingle-size", "4"]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "shingle_size: index has 5, config has 4" in err
    assert read(out)  # the earlier output is left alone


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "x", "url": "u"}', "in.jsonl:3: a record needs a 'text' string"),
        ('{"text": "some words"}', "in.jsonl:3: a record needs an 'id' string"),
        ("[1, 2]", "in.jsonl:3: a record needs a 'text' string"),
        ("{not json", "in.jsonl:3: not JSON"),
    ],
)
def test_bad_records_are_one_line_errors_with_file_and_line(
    tmp_path: Path, capsys, line: str, message: str
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(RECORDS[0]) + "\n\n" + line + "\n", "utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["dedup", str(source), "-o", str(out), "--dups", str(tmp_path / "d.jsonl")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("newscorpus: error:") and message in err and err.count("\n") == 1
    assert not out.exists() and list(tmp_path.iterdir()) == [source]  # no partial output


def test_a_failed_run_leaves_the_state_unchanged(tmp_path: Path) -> None:
    state = tmp_path / "state"
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(RECORDS[0]) + "\n{broken\n", "utf-8")
    assert main(["dedup", str(source), "-o", str(tmp_path / "o.jsonl"), "--state", str(state)]) == 1
    with SqliteStateStore(state) as store:
        assert len(store.dedup_index()) == 0


def test_missing_input_or_bad_option_is_one_line_error(tmp_path: Path, capsys) -> None:
    assert main(["dedup", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "o.jsonl")]) == 1
    assert "nope.jsonl: no such file" in capsys.readouterr().err
    for argv in (["dedup", "x.jsonl"], ["dedup", "x.jsonl", "-o", "y", "--num-perm", "many"]):
        run = subprocess.run(
            [sys.executable, "-m", "newscorpus.cli", *argv], capture_output=True, text=True
        )
        assert run.returncode == 2
        assert run.stderr.count("\n") == 1 and "error:" in run.stderr
