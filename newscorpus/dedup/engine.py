"""The deduplicator: exact check, LSH candidates, directional verification, first copy kept."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Literal

import numpy as np

from newscorpus.dedup.config import DedupConfig
from newscorpus.dedup.index import Candidates, Entry
from newscorpus.dedup.lsh import band_keys
from newscorpus.dedup.minhash import Signer, pack, unpack
from newscorpus.dedup.shingles import Ragged, Samples, sample_overlaps

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from newscorpus.dedup.index import DedupIndex

logger = logging.getLogger(__name__)

#: Share of a kept document a new one opening alike must hold for the lower
#: ``verify_lead_coverage`` to apply: the same page with other furniture (sidebars, boxes),
#: not a follow-up that repeats the lead and some background.
SAME_PAGE_COVERED = 0.8
#: Two texts open alike when this share of the smaller of their openings (the shingles of
#: their first ``opening_words`` words) is in both: a byline or an update stamp above one of
#: them (a few words: the other's opening is the rest of this one's) or an edit in the first
#: lines (5 shingles an edit) still leaves more than half in common; a page that starts a
#: paragraph further on shares none.
OPEN_ALIKE = 0.4
#: A shingle held by this many indexed documents is furniture even when they are all
#: candidates (a box of teasers as long as the stories shares bands with the pages it is on).
FURNITURE_DOCS = 8
#: A near duplicate whose coverage is at least this has its sample joined to the kept copy's
#: (``DedupIndex.absorb``): the story as the corpus has met it, so that a later copy holding
#: the part the kept one lacks (the ending a wire copy cut, a trimmed paragraph) is measured
#: against all of it. Mostly the kept text, so a chain of copies cannot drift to another story.
ABSORB_COVERAGE = 0.65


@dataclass(frozen=True)
class Verdict:
    """How a document relates to an indexed one, ``duplicate_of``.

    ``kind`` is ``"exact"`` or ``"near"`` for a duplicate (not indexed), or ``"extends"`` for
    a document that is kept and indexed although most of the other's text is in it: it adds
    enough text of its own (an updated or longer version). ``similarity`` is the Jaccard
    similarity of the two (number-weighted) shingle sets, ``coverage`` the share of *this*
    document's set found in the other's and ``covered`` the share of the other's found in
    this one (all 1.0 for exact duplicates).
    """

    duplicate_of: str
    kind: Literal["exact", "near", "extends"]
    similarity: float
    coverage: float
    covered: float = 1.0

    @property
    def is_duplicate(self) -> bool:
        """Whether the document is dropped (an exact or near duplicate)."""
        return self.kind != "extends"

    def record(self, doc_id: str, url: object) -> dict[str, object]:
        """The line a dups file holds for this duplicate."""
        return {
            "id": doc_id,
            "url": url,
            "duplicate_of": self.duplicate_of,
            "kind": self.kind,
            "similarity": round(self.similarity, 4),
            "coverage": round(self.coverage, 4),
        }


@dataclass(frozen=True, eq=False)
class Prepared:
    """A batch of texts ready for an index: :meth:`entry` gives the :class:`Entry` of one."""

    content_hash: np.ndarray
    openings: Ragged
    sizes: np.ndarray
    words: np.ndarray
    signed: np.ndarray
    stored: np.ndarray
    band_keys: np.ndarray
    samples: Samples

    def __len__(self) -> int:
        return len(self.content_hash)

    def entry(self, i: int) -> Entry:
        if not self.signed[i]:
            return Entry(int(self.content_hash[i]), int(self.sizes[i]), None, [])
        return Entry(
            int(self.content_hash[i]),
            int(self.sizes[i]),
            self.stored[i],
            self.band_keys[i].tolist(),
            self.openings.of(i),
            self.samples.of(i),
            int(self.samples.levels[i]),
        )


class Deduplicator:
    """Decide whether documents duplicate already indexed ones.

    Opening an index checks its stored config (see :meth:`DedupConfig.check_index`); a new
    index gets this config stored. Keeps the first occurrence: ``check_and_add`` indexes a
    document unless it is a duplicate (a document that extends an indexed one is indexed).
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
            signatures.openings,
            signatures.sizes,
            signatures.words,
            signatures.signed,
            pack(signatures.hashvalues, config.signature_bits),
            band_keys(signatures.hashvalues, config.bands, config.rows),
            signatures.samples,
        )

    def check(self, doc_id: str, text: str) -> Verdict | None:
        """Return a :class:`Verdict` if the text duplicates or extends an indexed document;
        adds nothing."""
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
        return [self.check_and_add_entry(d, prepared.entry(i)) for i, d in enumerate(doc_ids)]

    def check_and_add_entry(self, doc_id: str, entry: Entry) -> Verdict | None:
        """:meth:`check_and_add` for a text signed already (``Prepared.entry``)."""
        verdict = self._check(doc_id, entry)
        if verdict is None or not verdict.is_duplicate:
            self.index.add(doc_id, entry)
        elif verdict.kind == "near" and verdict.coverage >= ABSORB_COVERAGE:
            self.index.absorb(verdict.duplicate_of, entry.sample)
        if verdict is not None:
            logger.debug(
                "%s: %s %s (jaccard %.2f, coverage %.2f, covers %.2f of it)",
                doc_id,
                verdict.kind,
                verdict.duplicate_of,
                verdict.similarity,
                verdict.coverage,
                verdict.covered,
            )
        return verdict

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
        """(Jaccard, share of ``a`` found in ``b``) of two texts, as verification sees them."""
        prepared = self.prepare([a, b])
        first, second = prepared.entry(0), prepared.entry(1)
        if first.signature is None or second.signature is None:
            equal = first.content_hash == second.content_hash
            return float(equal), float(equal)
        jaccard, coverage, _ = self._measure(first, _as_candidates(second))
        return float(jaccard[0]), float(coverage[0])

    def compare(self, entry: Entry, other: Entry) -> Verdict:
        """How ``entry`` relates to ``other`` (a :class:`Verdict` of either duplicate kind,
        whatever the thresholds): used to report a copy against the copy kept instead."""
        if entry.content_hash == other.content_hash:
            return Verdict("", "exact", 1.0, 1.0)
        if entry.signature is None or other.signature is None:
            return Verdict("", "near", 0.0, 0.0, 0.0)
        jaccard, coverage, covered = self._measure(entry, _as_candidates(other))
        return Verdict("", "near", float(jaccard[0]), float(coverage[0]), float(covered[0]))

    def _estimate(
        self, stored: np.ndarray, size: int, others: np.ndarray, sizes: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """From the signatures, against each of ``others``: Jaccard ``J`` (the share of equal
        stored values, corrected for values equal by chance), the share of this set found in
        the other, ``J / (1 + J) * (|A| + |B|) / |A|``, and of the other's found in this."""
        bits = self.config.signature_bits
        mine, theirs = unpack(stored, bits), unpack(others, bits)
        matches = np.count_nonzero(theirs == mine, axis=1) / len(mine)
        jaccard = np.clip((matches - self._chance) / (1.0 - self._chance), 0.0, 1.0)
        shared = jaccard / (1.0 + jaccard) * (sizes + size)
        coverage = np.minimum(1.0, shared / max(size, 1))
        covered = np.minimum(1.0, shared / np.maximum(sizes, 1))
        return jaccard, coverage, covered

    def _needed(self, entry: Entry, candidates: Candidates, covered: np.ndarray) -> np.ndarray:
        """The coverage each candidate must reach: lower for the same page with other
        furniture (this text opens like the candidate, :func:`opens_alike`, and holds nearly
        all of it)."""
        config = self.config
        same_page = opens_alike(entry.opening, candidates.openings)
        same_page &= covered >= SAME_PAGE_COVERED
        lower = min(config.verify_lead_coverage, config.verify_coverage)
        return np.where(same_page, lower, config.verify_coverage)

    def _measure(
        self, entry: Entry, candidates: Candidates, common: bool = False
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Jaccard, coverage and covered share against each candidate: estimated from the
        signatures, then measured on the shingle samples (when both have one) for every
        candidate whose estimates come within ``verify_margin`` of a duplicate or of
        extending it, leaving out (with ``common``) the values of this text's sample that are
        common in the index (:meth:`_neutral`, looked up only then)."""
        assert entry.signature is not None
        config = self.config
        jaccard, coverage, covered = self._estimate(
            entry.signature, entry.size, candidates.signatures, candidates.sizes
        )
        if not len(entry.sample):
            return jaccard, coverage, covered
        margin = config.verify_margin
        lowest = min(config.verify_lead_coverage, config.verify_coverage)
        plausible = (jaccard >= config.verify_jaccard - margin) & (coverage >= lowest - margin)
        plausible |= covered >= config.verify_coverage - margin
        rows = np.flatnonzero(plausible)
        if not len(rows):
            return jaccard, coverage, covered
        measured = sample_overlaps(
            entry.sample,
            entry.sample_level,
            [candidates.samples[i] for i in rows],
            candidates.sample_levels[rows],
            config.number_weight,
            self._neutral(entry, candidates) if common else None,
        )
        done = rows[measured[3]]
        for values, measure in zip((jaccard, coverage, covered), measured[:3], strict=False):
            values[done] = measure[measured[3]]
        return jaccard, coverage, covered

    def _neutral(self, entry: Entry, candidates: Candidates) -> np.ndarray | None:
        """The values of this text's sample common in the index beyond the candidates (held
        by ``common_docs`` or more indexed documents that are not candidates: furniture such
        as teasers of other stories), left out when measuring it."""
        k = self.config.common_docs
        sample = entry.sample
        if not k or not len(sample):
            return None
        held = self.index.shingle_counts(sample)
        beyond = held.copy()
        if candidates.samples:
            theirs = np.concatenate(candidates.samples)
            at = np.minimum(np.searchsorted(sample, theirs), len(sample) - 1)
            beyond -= np.bincount(at[sample[at] == theirs], minlength=len(sample))
        return (beyond >= k) | (held >= FURNITURE_DOCS)

    def _verify(self, entry: Entry, candidates: Candidates) -> Verdict | None:
        """The candidate this document most duplicates, else the one it most extends."""
        config = self.config
        jaccard, coverage, covered = self._measure(entry, candidates, common=True)
        needed = self._needed(entry, candidates, covered)
        passing = np.flatnonzero((jaccard >= config.verify_jaccard) & (coverage >= needed))
        kind: Literal["near", "extends"] = "near"
        if not len(passing):
            adds_own = coverage < config.verify_coverage  # substantial text of its own
            passing = np.flatnonzero((covered >= config.verify_coverage) & adds_own)
            kind = "extends"
            if not len(passing):
                return None
        first = coverage if kind == "near" else covered
        best = passing[np.lexsort((passing, -jaccard[passing], -first[passing]))[0]]
        return Verdict(
            candidates.ids[best],
            kind,
            float(jaccard[best]),
            float(coverage[best]),
            float(covered[best]),
        )


def opens_alike(opening: np.ndarray, others: Sequence[np.ndarray]) -> np.ndarray:
    """Per opening of ``others``, whether it shares :data:`OPEN_ALIKE` of the smaller of it
    and ``opening`` (sorted distinct shingle hashes) with ``opening``."""
    n = len(others)
    if not n or not len(opening):
        return np.zeros(n, dtype=bool)
    lengths = np.fromiter(map(len, others), dtype=np.int64, count=n)
    theirs = np.concatenate(others)
    at = np.minimum(np.searchsorted(opening, theirs), len(opening) - 1)
    hit = opening[at] == theirs
    shared = np.bincount(np.repeat(np.arange(n), lengths)[hit], minlength=n)
    smaller = np.minimum(lengths, len(opening))
    return (smaller > 0) & (shared >= OPEN_ALIKE * smaller)


def _as_candidates(entry: Entry) -> Candidates:
    """One entry as a candidate list, to compare two documents directly."""
    assert entry.signature is not None
    return Candidates(
        [""],
        entry.signature[None, :],
        np.array([entry.size]),
        [entry.opening],
        [entry.sample],
        np.array([entry.sample_level]),
    )
