"""Near-duplicate detection for news articles: is this text one we already have?

Usage::

    dedup = Deduplicator(SqliteIndex(conn))        # or MemoryIndex(); config defaults below
    verdict = dedup.check_and_add(doc_id, text)    # None, or Verdict(duplicate_of, kind, ...)
    dropped = verdict is not None and verdict.is_duplicate  # kind "extends": kept
    conn.commit()                                  # the caller owns the transaction

``check`` only looks, ``add`` only indexes, ``check_and_add`` indexes non-duplicates (the
first occurrence is kept, and a text that extends an indexed one) and ``check_and_add_many``
does the same for many texts in order, so duplicates among them are caught too. ``prepare``
(signing: pure, parallel) and ``check_and_add_prepared`` (deciding: in order, against the
index) are the two halves, used by ``newscorpus dedup`` to sign in worker processes. An id
that is already indexed gets ``Verdict(that id, "exact", 1.0, 1.0)``. ``similarity(a, b)``
shows how two texts compare; ``compare(entry, other)`` does the same for prepared entries.

Stages
------
1. Normalise (:mod:`.text`, numpy over a batch's code points): NFKC, a leading wire dateline
   removed (``LONDON (Reuters) -``, ``BRUSSELS, March 3 (AP) \u2014``, ``NEW DELHI:``,
   ``Paris, 12 March /AFP/.``), lower case, words are runs of word characters, each CJK
   character a word. Case, whitespace, quotes and punctuation never make texts differ.
2. Exact check: xxh3_64 of the normalised words. Texts under ``min_words`` (10) words stop
   here: a handful of shingles gives no usable estimate.
3. Set (:mod:`.shingles`): word 5-gram shingles hashed to 32 bits by a polynomial hash over
   the batch's code points (no Python call per shingle); a shingle holding a digit weighs 8
   (``number_weight``: seven tagged copies). The *opening*: the shingles within the first 37
   words (``opening_words``), 33 values of 4 bytes kept by the index.
4. Signature (:mod:`.minhash`): datasketch's ``affine32`` MinHash, 512 permutations, seed 1,
   computed with numpy from the same permutation parameters (values identical to
   ``MinHash.update_batch``, tested). The index keeps the lowest 4 bits of each value
   (b-bit MinHash): 256 bytes.
5. Candidates (:mod:`.lsh`): 64 bands of 2 rows over the first 128 full values, datasketch's
   own optimum for a 0.18 threshold over 128 slots; one 32-bit key per band. P(candidate)
   = 1 - (1 - J^2)^64: 0.93 at J=0.2 (a short copy of a page twice as long), 0.998 at 0.3
   (32 bands: 0.73 and 0.95; a third of the copies missed were never candidates). The usual
   0.8 setting (9 bands of 13) finds a J=0.6 copy 1 % of the time.
6. Estimate, from the signatures: Jaccard J (the share of equal 4-bit values, corrected for
   the 1/16 equal by chance), the new text's *coverage* (the share of its own set found in
   the candidate) J / (1 + J) * (|A| + |B|) / |A| and the share of the candidate it holds.
7. Verify: every candidate whose estimates come within ``verify_margin`` (0.1) of a verdict is
   measured on the two *shingle samples* (:func:`.shingles.sample_shingles`: at most 256
   shingles each, the same ones for both texts, so exact for short texts and unbiased for long
   ones), all candidates at once (:func:`.shingles.sample_overlaps`), each measure the
   unweighted one, or where the two texts' numbers disagree (fewer than half of the numbered
   shingles of the text with fewer in both, or more than a tenth of the new text numbered
   shingles of its own) the smaller of that and the number-weighted one. Shingles of the new
   text that are *common in the corpus* are left out of its measure (neutral): held by
   ``common_docs`` (2) or more indexed documents other than the candidates, or by 8 or more
   whatever they are (site furniture: a box of teasers, a newsletter blurb), unless that leaves
   less than a quarter of its sample. Indexes count, per sampled shingle, the indexed documents
   holding it. A near duplicate needs J >= 0.1 and coverage >= 0.55, or >= 0.3 for the same page
   with other furniture: the two *open alike* (40 % of the smaller of the two openings is in
   both: a byline, an update stamp, a second dateline or an edit in the lead leave more, a text
   starting a paragraph further on none) and the text holds 80 % of the candidate. The best
   candidate by (coverage, J) is reported. A text that is no duplicate but holds >= 0.55 of a
   candidate while adding at least 45 % of its own is kept, ``Verdict(kind="extends")``.
8. Absorb: a near duplicate with coverage >= 0.65 (mostly the kept text) has the sample
   values the kept copy lacks joined to the kept copy's sample (and counted as held by it,
   ``DedupIndex.absorb``), so the kept copy stands for the story as the corpus met it: a
   later copy holding the ending a kept wire copy cut, or the paragraph a kept trimmed copy
   lacks, is measured against the whole story instead of counting that text as its own.

Directional, so order-independent where it matters: a follow-up quoting a third of a story,
seen first, never makes the story a duplicate (the story adds two thirds of its text); a
trimmed copy and its original are duplicates whichever comes first (a copy keeps at least
two thirds).

Why these numbers
-----------------
Measured with ``benchmarks/dedup.py`` on labelled sets built from real news text (AEB bodies,
fixture stories, seeds: ~2,850 documents, ~1,450 true duplicates, ~1,100 follow-ups, updates,
stories sharing a table and template stories), each in 5 arrival orders; thresholds were chosen
on one set, the other is built from other random draws (see BENCHMARKS.md for the tables).
Coverage separates copies from follow-ups and updates (both add at least 45 % of their own text;
0.5 drops updates, 0.6 loses copies), the unweighted measure separates stories sharing a table
of figures (by weighted numbers alone, the table is most of each text), the weighted one
template stories, whose numbers disagree (a copy's numbers agree with its story's: what it adds,
a dateline's date, a time stamp, a copyright year, is a few shingles; an update's new figures
are more than a tenth of its text). The same-page rule recovers recrawls with sidebars as long
as the story; follow-ups that open with the story's lead hold less than half of it, so it never
applies to them. Common shingles: a recrawl whose sidebar of teasers (leads of other kept
stories, other pages' furniture) is 45 % or more of its text is covered once the teasers are
neutral, while a follow-up's or an update's new paragraphs are held by no other document and
still count; "other than the candidates" keeps a story's own kept versions (an update holding
it) from making its text neutral, and 2 documents rather than 1 keeps a follow-up that shares an
update's new paragraphs from hiding them. What is left out: copies whose own text (edits,
teasers not yet common, junctions between teaser lines) is 45 % or more: recall about 0.986-0.99
(0.98 with 32 bands and numbers weighed everywhere, 0.97 before absorbing copies and the 0.1
Jaccard floor: a short copy covered by a long kept version, an update or a recrawl, has a low
Jaccard).

Index backends (:class:`DedupIndex`)
------------------------------------
``add / find_exact / candidates / __contains__ / __len__ / stored_config / store_config /
close``, ``shingle_counts``, ``absorb``; a check is four lookups (id, content hash, band keys,
counts of its sampled shingles), plus an update of the kept copy's sample when a near copy is
absorbed. :class:`MemoryIndex` keeps dicts and arrays: 4.7 KB (the labelled set) to 9.2 KB
(10,000 news-length documents) of RAM per indexed document, measured with ``tracemalloc`` (7.8
KB on the latter before the shingle counts). :class:`SqliteIndex` works inside the caller's
``sqlite3.Connection`` and never commits: tables ``dedup_meta``, ``dedup_docs`` (id, content
hash, size, signature, opening, sample level and sample), ``dedup_bands(key, doc)`` and
``dedup_shingles(value, docs)`` WITHOUT ROWID: ~1,250 bytes per document on disk (256 B
signature, 64 band rows of ~13 B, a 132 B opening) plus ~4 per sampled shingle in the sample and
~10 per distinct sampled shingle in the counts, bounded RAM (SQLite's page cache). A throw-away
index (``counts_in_memory=True``, ``newscorpus dedup`` without ``--state``) keeps the counts in
RAM instead (:class:`~newscorpus.dedup.index.ShingleCounter`, ~8 bytes a distinct value). The
:class:`DedupConfig` is stored with the index; opening it with other index-defining parameters
(permutations, bits, shingles, number weight, opening words, sample size, shingle counts, bands,
hash, scheme, seed, datasketch version, normalisation version) raises
:class:`IndexConfigMismatch`. Verification thresholds may change on an existing index.
"""

from __future__ import annotations

from newscorpus.dedup.config import DedupConfig, IndexConfigMismatch
from newscorpus.dedup.engine import Deduplicator, Prepared, Verdict
from newscorpus.dedup.index import Candidates, ConcurrentChange, DedupIndex, Entry, MemoryIndex
from newscorpus.dedup.minhash import Signatures, Signer
from newscorpus.dedup.sqlite_index import SqliteIndex

__all__ = [
    "Candidates",
    "ConcurrentChange",
    "DedupConfig",
    "DedupIndex",
    "Deduplicator",
    "Entry",
    "IndexConfigMismatch",
    "MemoryIndex",
    "Prepared",
    "Signatures",
    "Signer",
    "SqliteIndex",
    "Verdict",
]
