"""Scores of a dedup run on the labelled set, and the plain datasketch loop it is compared with."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from typing import BinaryIO

    from datasketch import MinHash, MinHashLSH

    from benchmarks.dedup_data.labelled import Doc

_WORD = re.compile(r"\w+")


@dataclass
class Score:
    """Precision and recall of the duplicates found, and how many hard negatives were kept.

    A document is a true duplicate when an earlier one of the stream belongs to its cluster
    or contains it; a flagged document counts as found only if it is flagged as a copy of
    such a document. Hard negatives (:data:`HARD_KINDS`) are the first of their cluster:
    keeping them is right.
    """

    flagged: int = 0
    found: int = 0
    duplicates: int = 0
    negatives: Counter[str] = field(default_factory=Counter)
    negatives_kept: Counter[str] = field(default_factory=Counter)
    missed: Counter[str] = field(default_factory=Counter)
    extending: int = 0  # kept documents reported as extending another

    @property
    def precision(self) -> float:
        return self.found / self.flagged if self.flagged else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.duplicates if self.duplicates else 1.0

    def kept(self, kind: str | None = None) -> float:
        """Share of hard negatives (of one kind, or all) kept."""
        total = self.negatives[kind] if kind else sum(self.negatives.values())
        kept = self.negatives_kept[kind] if kind else sum(self.negatives_kept.values())
        return kept / total if total else 1.0


#: Kinds of document that are distinct stories although they share text with another.
HARD_KINDS = ("follow-up", "follow-up:lead", "update", "shared-numbers", "template")


def hard_kind(kind: str) -> str | None:
    """The :data:`HARD_KINDS` entry of a document kind (every template kind is
    ``template``), or None."""
    if kind in HARD_KINDS:
        return kind
    return "template" if kind.startswith("template") else None


def score(docs: Sequence[Doc], duplicate_of: Sequence[str | None]) -> Score:
    """Score the ids each document was flagged as a copy of (None: kept), in stream order."""
    by_id = {doc.id: doc for doc in docs}
    seen: set[int] = set()
    result = Score()
    for doc, original in zip(docs, duplicate_of, strict=True):
        is_duplicate = doc.cluster in seen
        seen.add(doc.cluster)
        seen.update(doc.contains)
        result.duplicates += is_duplicate
        if original is not None:
            result.flagged += 1
            other = by_id.get(original)
            if is_duplicate and other is not None:
                result.found += doc.cluster == other.cluster or doc.cluster in other.contains
        elif is_duplicate:
            result.missed[doc.kind] += 1
        hard = hard_kind(doc.kind)
        if hard and not is_duplicate:
            result.negatives[hard] += 1
            result.negatives_kept[hard] += original is None
    return result


def plain_datasketch(
    lines: Iterable[bytes],
    kept: BinaryIO | None = None,
    dropped: BinaryIO | None = None,
    lsh: MinHashLSH | None = None,
) -> list[str | None]:
    """The usual datasketch loop: word 5-grams, ``MinHash.update`` per shingle (SHA-1, 128
    permutations), ``MinHashLSH(threshold=0.8)``; a record with any LSH hit is a duplicate
    (of the smallest id hit). Reads JSONL lines and writes kept lines / dups like the CLI."""
    from datasketch import MinHash, MinHashLSH

    lsh = lsh if lsh is not None else MinHashLSH(threshold=0.8, num_perm=128)
    verdicts: list[str | None] = []
    for line in lines:
        record = json.loads(line)
        words = _WORD.findall(record["text"].lower())
        sketch = MinHash(num_perm=128)
        for i in range(len(words) - 4):
            sketch.update(" ".join(words[i : i + 5]).encode("utf-8"))
        hits = lsh.query(sketch)
        if hits:
            verdicts.append(min(hits))
            if dropped is not None:
                dup = {"id": record["id"], "url": record.get("url"), "duplicate_of": min(hits)}
                dropped.write(json.dumps(dup).encode("utf-8") + b"\n")
        else:
            lsh.insert(record["id"], sketch)
            verdicts.append(None)
            if kept is not None:
                kept.write(line)
    return verdicts


def datasketch_sketches(texts: Iterable[str]) -> list[MinHash]:
    """The plain loop's MinHash of each text (word 5-grams, ``update`` per shingle)."""
    from datasketch import MinHash

    sketches = []
    for text in texts:
        words = _WORD.findall(text.lower())
        sketch = MinHash(num_perm=128)
        for i in range(len(words) - 4):
            sketch.update(" ".join(words[i : i + 5]).encode("utf-8"))
        sketches.append(sketch)
    return sketches


def datasketch_verdicts(ids: Sequence[str], sketches: Sequence[MinHash]) -> list[str | None]:
    """:func:`plain_datasketch`'s decisions for documents already sketched, in this order."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    verdicts: list[str | None] = []
    for doc_id, sketch in zip(ids, sketches, strict=True):
        hits = lsh.query(sketch)
        if hits:
            verdicts.append(min(hits))
        else:
            lsh.insert(doc_id, sketch)
            verdicts.append(None)
    return verdicts
