"""The deduplicator: exact check, LSH candidates, verification, first occurrence wins."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Literal

from newscorpus.dedup.config import DedupConfig
from newscorpus.dedup.minhash import Signature, Signer, estimate_containment, estimate_jaccard

if TYPE_CHECKING:
    from collections.abc import Iterable

    import numpy as np

    from newscorpus.dedup.index import DedupIndex

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

    def check(self, doc_id: str, text: str) -> Verdict | None:
        """Return a :class:`Verdict` if the text duplicates an indexed document; adds nothing."""
        return self.check_signature(doc_id, self.signer.signature(text))

    def add(self, doc_id: str, text: str) -> None:
        """Index a document unconditionally (a no-op if ``doc_id`` is already indexed)."""
        self.add_signature(doc_id, self.signer.signature(text))

    def check_and_add(self, doc_id: str, text: str) -> Verdict | None:
        """Check a document and index it if it is not a duplicate."""
        return self._check_and_add(doc_id, self.signer.signature(text))

    def check_and_add_many(
        self, docs: Iterable[tuple[str, str]], batch_size: int = 1000
    ) -> list[Verdict | None]:
        """:meth:`check_and_add` for ``(doc_id, text)`` pairs, signing texts in batches.

        Documents are checked in order against the index *and* the earlier documents of
        the same call, so the first of several duplicates in a batch is the one kept.
        """
        verdicts: list[Verdict | None] = []
        docs = iter(docs)
        while batch := list(islice(docs, batch_size)):
            signatures = self.signer.signatures(text for _, text in batch)
            for (doc_id, _), signature in zip(batch, signatures, strict=True):
                verdicts.append(self._check_and_add(doc_id, signature))
        return verdicts

    def check_signature(self, doc_id: str, signature: Signature) -> Verdict | None:
        """:meth:`check` for a precomputed signature."""
        if doc_id in self.index:
            return Verdict(doc_id, "exact", 1.0, 1.0)
        original = self.index.find_exact(signature.content_hash)
        if original is not None:
            return Verdict(original, "exact", 1.0, 1.0)
        if signature.hashvalues is None:
            return None
        return self._verify(signature.hashvalues, signature.shingle_count, signature.band_keys)

    def add_signature(self, doc_id: str, signature: Signature) -> None:
        """:meth:`add` for a precomputed signature."""
        self.index.add(
            doc_id,
            signature.content_hash,
            signature.hashvalues,
            signature.band_keys,
            signature.shingle_count,
        )

    def _check_and_add(self, doc_id: str, signature: Signature) -> Verdict | None:
        verdict = self.check_signature(doc_id, signature)
        if verdict is None:
            self.add_signature(doc_id, signature)
        else:
            logger.debug(
                "%s is a %s duplicate of %s (jaccard %.2f, containment %.2f)",
                doc_id,
                verdict.kind,
                verdict.duplicate_of,
                verdict.similarity,
                verdict.containment,
            )
        return verdict

    def _verify(
        self, hashvalues: np.ndarray, shingle_count: int, band_keys: tuple[int, ...]
    ) -> Verdict | None:
        """Return the most similar candidate that passes both verification thresholds."""
        candidates = self.index.candidates(band_keys)
        if not candidates:
            return None
        best: Verdict | None = None
        for doc_id, (other, other_count) in sorted(self.index.get_many(candidates).items()):
            if other is None:
                continue
            jaccard = estimate_jaccard(hashvalues, other)
            containment = estimate_containment(jaccard, shingle_count, other_count)
            if jaccard < self.config.verify_jaccard:
                continue
            if containment < self.config.verify_containment:
                continue
            if best is None or (jaccard, containment) > (best.similarity, best.containment):
                best = Verdict(doc_id, "near", jaccard, containment)
        return best
