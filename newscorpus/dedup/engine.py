"""The deduplicator: exact check, LSH candidates, verification, first occurrence wins."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Literal

import numpy as np

from newscorpus.dedup.config import DedupConfig
from newscorpus.dedup.index import Entry
from newscorpus.dedup.lsh import band_keys
from newscorpus.dedup.minhash import Signer, pack, unpack

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from newscorpus.dedup.index import Candidates, DedupIndex

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Verdict:
    """Why a document is a duplicate: of which indexed document, and how similar.

    ``similarity`` is the estimated Jaccard similarity of the two (number-weighted) shingle
    sets and ``containment`` the estimated share of the smaller set found in the larger
    one (both 1.0 for exact duplicates).
    """

    duplicate_of: str
    kind: Literal["exact", "near"]
    similarity: float
    containment: float


@dataclass(frozen=True, eq=False)
class Prepared:
    """A batch of texts ready for an index: :meth:`entry` gives the :class:`Entry` of one."""

    content_hash: np.ndarray
    lead_hash: np.ndarray
    sizes: np.ndarray
    signed: np.ndarray
    stored: np.ndarray
    band_keys: np.ndarray

    def __len__(self) -> int:
        return len(self.content_hash)

    def entry(self, i: int) -> Entry:
        signed = bool(self.signed[i])
        return Entry(
            int(self.content_hash[i]),
            int(self.lead_hash[i]),
            int(self.sizes[i]),
            self.stored[i] if signed else None,
            self.band_keys[i].tolist() if signed else [],
        )


class Deduplicator:
    """Decide whether documents duplicate already indexed ones.

    Opening an index checks its stored config (see :meth:`DedupConfig.check_index`); a new
    index gets this config stored. Keeps the first occurrence: ``check_and_add`` indexes a
    document only when it is not a duplicate.
    """

    def __init__(self, index: DedupIndex, config: DedupConfig | None = None) -> None:
        self.index = index
        self.config = config or DedupConfig()
        self.signer = Signer(self.config)
        stored = index.stored_config()
        if stored is None:
            index.store_config(self.config.to_dict())
        else:
            self.config.check_index(stored)
        bits = self.config.signature_bits
        self._chance = 0.0 if bits == 32 else 2.0**-bits  # equal low bits by accident

    def prepare(self, texts: Sequence[str]) -> Prepared:
        """Sign a batch of texts (pure computation: safe to run in worker processes)."""
        signatures = self.signer.signatures(texts)
        config = self.config
        return Prepared(
            signatures.content_hash,
            signatures.lead_hash,
            signatures.sizes,
            signatures.signed,
            pack(signatures.hashvalues, config.signature_bits),
            band_keys(signatures.hashvalues, config.bands, config.rows),
        )

    def check(self, doc_id: str, text: str) -> Verdict | None:
        """Return a :class:`Verdict` if the text duplicates an indexed document; adds nothing."""
        return self._check(doc_id, self.prepare([text]).entry(0))

    def add(self, doc_id: str, text: str) -> None:
        """Index a document unconditionally (a no-op if ``doc_id`` is already indexed)."""
        self.index.add(doc_id, self.prepare([text]).entry(0))

    def check_and_add(self, doc_id: str, text: str) -> Verdict | None:
        """Check a document and index it if it is not a duplicate."""
        return self.check_and_add_prepared([doc_id], self.prepare([text]))[0]

    def check_and_add_many(
        self, docs: Iterable[tuple[str, str]], batch_size: int = 256
    ) -> list[Verdict | None]:
        """:meth:`check_and_add` for ``(doc_id, text)`` pairs, signing texts in batches.

        Documents are checked in order against the index *and* the earlier documents of
        the same call, so the first of several duplicates is the one kept.
        """
        verdicts: list[Verdict | None] = []
        docs = iter(docs)
        while batch := list(islice(docs, batch_size)):
            prepared = self.prepare([text for _, text in batch])
            verdicts += self.check_and_add_prepared([doc_id for doc_id, _ in batch], prepared)
        return verdicts

    def check_and_add_prepared(
        self, doc_ids: Sequence[str], prepared: Prepared
    ) -> list[Verdict | None]:
        """:meth:`check_and_add_many` for a batch from :meth:`prepare`, in order."""
        verdicts: list[Verdict | None] = []
        for i, doc_id in enumerate(doc_ids):
            entry = prepared.entry(i)
            verdict = self._check(doc_id, entry)
            if verdict is None:
                self.index.add(doc_id, entry)
            else:
                logger.debug(
                    "%s is a %s duplicate of %s (jaccard %.2f, containment %.2f)",
                    doc_id,
                    verdict.kind,
                    verdict.duplicate_of,
                    verdict.similarity,
                    verdict.containment,
                )
            verdicts.append(verdict)
        return verdicts

    def _check(self, doc_id: str, entry: Entry) -> Verdict | None:
        if doc_id in self.index:
            return Verdict(doc_id, "exact", 1.0, 1.0)
        original = self.index.find_exact(entry.content_hash)
        if original is not None:
            return Verdict(original, "exact", 1.0, 1.0)
        if entry.signature is None:
            return None
        candidates = self.index.candidates(entry.band_keys)
        if not candidates.ids:
            return None
        return self._verify(entry, candidates)

    def similarity(self, a: str, b: str) -> tuple[float, float]:
        """Estimated (Jaccard, containment) of two texts, as verification sees them."""
        prepared = self.prepare([a, b])
        jaccard, containment = self._estimate(
            prepared.stored[0], int(prepared.sizes[0]), prepared.stored[1:], prepared.sizes[1:]
        )
        return float(jaccard[0]), float(containment[0])

    def _estimate(
        self, stored: np.ndarray, size: int, others: np.ndarray, sizes: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """Estimated Jaccard ``J`` against each of ``others``: the share of equal stored
        values, corrected for values equal by chance; and containment
        ``C = J / (1 + J) * (|A| + |B|) / min(|A|, |B|)``."""
        bits = self.config.signature_bits
        mine, theirs = unpack(stored, bits), unpack(others, bits)
        matches = np.count_nonzero(theirs == mine, axis=1) / len(mine)
        jaccard = np.clip((matches - self._chance) / (1.0 - self._chance), 0.0, 1.0)
        smaller = np.maximum(np.minimum(sizes, size), 1)
        containment = np.minimum(1.0, jaccard / (1.0 + jaccard) * (sizes + size) / smaller)
        return jaccard, containment

    def _verify(self, entry: Entry, candidates: Candidates) -> Verdict | None:
        """Return the most similar candidate that passes verification."""
        assert entry.signature is not None
        config = self.config
        jaccard, containment = self._estimate(
            entry.signature, entry.size, candidates.signatures, candidates.sizes
        )
        needed = np.where(
            candidates.lead_hashes == entry.lead_hash,
            min(config.verify_lead_containment, config.verify_containment),
            config.verify_containment,
        )
        passing = np.flatnonzero((jaccard >= config.verify_jaccard) & (containment >= needed))
        if not len(passing):
            return None
        best = passing[np.lexsort((passing, -containment[passing], -jaccard[passing]))[0]]
        return Verdict(candidates.ids[best], "near", float(jaccard[best]), float(containment[best]))
