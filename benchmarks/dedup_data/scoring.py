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

    from datasketch import MinHashLSH

    from benchmarks.dedup_data.labelled import Doc

_WORD = re.compile(r"\w+")


@dataclass
class Score:
    """Precision and recall of the duplicates found, and how many hard negatives were kept.

    A document is a true duplicate when an earlier one of the stream belongs to its cluster;
    a flagged document counts as found only if it is flagged as a copy of that cluster.
    Hard negatives are the follow-ups and template stories that are the first of their
    cluster: keeping them is right.
    """

    flagged: int = 0
    found: int = 0
    duplicates: int = 0
    negatives: Counter[str] = field(default_factory=Counter)
    negatives_kept: Counter[str] = field(default_factory=Counter)
    missed: Counter[str] = field(default_factory=Counter)

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


def hard_kind(kind: str) -> str | None:
    """``follow-up`` or ``template`` for hard negatives, else None."""
    if kind == "follow-up":
        return "follow-up"
    return "template" if kind.startswith("template") else None


def score(docs: Sequence[Doc], duplicate_of: Sequence[str | None]) -> Score:
    """Score the ids each document was flagged as a copy of (None: kept), in stream order."""
    cluster_of = {doc.id: doc.cluster for doc in docs}
    seen: set[int] = set()
    result = Score()
    for doc, original in zip(docs, duplicate_of, strict=True):
        is_duplicate = doc.cluster in seen
        seen.add(doc.cluster)
        result.duplicates += is_duplicate
        if original is not None:
            result.flagged += 1
            if is_duplicate and cluster_of.get(original) == doc.cluster:
                result.found += 1
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
