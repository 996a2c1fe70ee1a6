"""The set of a text: hashes of its word shingles, numbered shingles weighted up.

A text's set is its word ``shingle_size``-grams (the normalised words joined by single
spaces); a shingle holding an ASCII digit also adds ``number_weight - 1`` tagged copies, so in
Jaccard terms it weighs ``number_weight``: template stories share their wording but not their
numbers, true copies share both. Each element is a 32-bit hash, :func:`shingle_hash` being the
pure Python reference.

Vectorised over a batch: one polynomial prefix sum over the code points of all texts gives
every shingle's 64-bit hash with no Python call per shingle; one sort keeps each text's
distinct shingles.

Each text also gets its *opening*: the distinct shingles lying within its first
``opening_words`` words (the shingle hashes, sorted), so that two texts can be told to open
alike although one has a byline, an update stamp or an edit in its first lines; and a *sample*
of its distinct shingles (:func:`sample_shingles`) for precise
verification: the shingles whose 31-bit key ends in ``level`` zero bits, ``level`` the
smallest that keeps at most ``sample_size`` of them. Two samples compared at the larger of
their levels hold exactly the shared shingles of that level, so overlaps measured on them are
unbiased whatever the two sizes (a short text's sample is all its shingles: exact).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import xxhash

from newscorpus.dedup import text as textmod

if TYPE_CHECKING:
    from collections.abc import Sequence

U64 = np.uint64
#: Base of the polynomial shingle hash (odd, so it has an inverse modulo 2**64).
BASE = 0x9E3779B97F4A7C15
#: Added once per tagged copy of a numbered shingle's hash before mixing.
COPY_STEP = 0xC2B2AE3D27D4EB4F
_MASK64 = (1 << 64) - 1
#: A sample value: the shingle's 31-bit key, and bit 31 set when the shingle holds a digit.
KEY_MASK = 0x7FFFFFFF
NUMBERED_BIT = 31
#: Neutral (common) shingles are left out of a measure only if the rest of the first sample
#: is at least this share of it and this many values: a page of furniture alone is measured
#: as it is.
NEUTRAL_MIN_SHARE = 0.25
NEUTRAL_MIN_COUNT = 10
#: Two texts' numbers agree when at least this share of the numbered shingles of the one with
#: fewer is in both: a copy repeats the story's figures (its own numbered lines, a date in a
#: dateline, a copyright year, add to one side only), a template story has other figures in
#: the same sentences. Measures weigh numbers only where they do not agree.
NUMBERS_AGREE = 0.5
OWN_NUMBERS = 0.1


def fmix64(x: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser (a bijection), element-wise on uint64 arrays."""
    x = x ^ (x >> U64(33))
    x = x * U64(0xFF51AFD7ED558CCD)
    x = x ^ (x >> U64(33))
    x = x * U64(0xC4CEB9FE1A85EC53)
    return x ^ (x >> U64(33))


def _top32(value: int) -> int:
    return int(fmix64(np.array([value & _MASK64], dtype=U64))[0] >> U64(32))


def shingle_hash(shingle: str, copy: int = 0) -> int:
    """The 32-bit hash of one shingle or of its tagged copy number ``copy``.

    ``H = sum(ord(shingle[j]) * BASE**j)`` modulo 2**64; the hash is the top 32 bits of
    ``fmix64(H)``, and copy ``c`` of a shingle with hash ``h`` the top 32 bits of
    ``fmix64(h + c * COPY_STEP)``.
    """
    value, power = 0, 1
    for char in shingle:
        value = (value + ord(char) * power) & _MASK64
        power = power * BASE & _MASK64
    value = _top32(value)
    return _top32(value + copy * COPY_STEP) if copy else value


class _Powers:
    """``BASE**j`` and ``BASE**-j`` modulo 2**64 for j < capacity, grown on demand."""

    def __init__(self) -> None:
        self.up = np.ones(1, dtype=U64)
        self.down = np.ones(1, dtype=U64)

    def get(self, size: int) -> tuple[np.ndarray, np.ndarray]:
        if size > len(self.up):
            capacity = max(size, 2 * len(self.up), 1 << 16)
            self.up = self._powers(BASE, capacity)
            self.down = self._powers(pow(BASE, -1, 1 << 64), capacity)
        return self.up[:size], self.down[:size]

    @staticmethod
    def _powers(base: int, count: int) -> np.ndarray:
        values = np.full(count, base, dtype=U64)
        values[0] = 1
        return np.cumprod(values, dtype=U64)  # wraps around: modulo 2**64


_POWERS = _Powers()


@dataclass(frozen=True, eq=False)
class Ragged:
    """Values of a batch of texts: text ``i``'s are ``values[offsets[i]:offsets[i + 1]]``
    (uint32, sorted, distinct)."""

    values: np.ndarray
    offsets: np.ndarray

    @classmethod
    def grouped(cls, values: np.ndarray, owner: np.ndarray, n: int) -> Ragged:
        """Values owned by texts ``owner`` (int64, < n) as sorted distinct runs per text."""
        values, owner = _distinct_per_text(values.astype(np.int64), owner)
        offsets = np.concatenate(([0], np.cumsum(np.bincount(owner, minlength=n))))
        return cls(values.astype(np.uint32), offsets.astype(np.int64))

    def of(self, i: int) -> np.ndarray:
        return self.values[self.offsets[i] : self.offsets[i + 1]]

    def one(self, i: int) -> Ragged:
        """Text ``i``'s values as a batch of one."""
        return Ragged(self.of(i), np.array([0, self.offsets[i + 1] - self.offsets[i]]))


@dataclass(frozen=True, eq=False)
class Samples(Ragged):
    """Shingle samples of a batch (:class:`Ragged`), text ``i``'s taken at ``levels[i]``."""

    levels: np.ndarray

    def one(self, i: int) -> Samples:
        alone = super().one(i)
        return Samples(alone.values, alone.offsets, self.levels[i : i + 1])

    @classmethod
    def empty(cls, n: int) -> Samples:
        return cls(np.empty(0, np.uint32), np.zeros(n + 1, np.int64), np.zeros(n, np.int64))


@dataclass(frozen=True, eq=False)
class Elements:
    """The sets of a batch of texts: ``hashes`` grouped by text (``owners``), in text order.

    Also per text: ``content_hash`` (for the exact check), its ``openings`` (the hashes of
    the shingles within its first ``opening_words`` words), its number of ``words`` and its
    shingle sample (:func:`sample_shingles`).
    """

    hashes: np.ndarray
    owners: np.ndarray
    content_hash: np.ndarray
    openings: Ragged
    words: np.ndarray
    samples: Samples


def _distinct_per_text(values: np.ndarray, owner: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``values`` sorted and made distinct within each owner, owners in order."""
    order = np.lexsort((values, owner))
    values, owner = values[order], owner[order]
    distinct = np.ones(len(values), dtype=bool)
    distinct[1:] = (values[1:] != values[:-1]) | (owner[1:] != owner[:-1])
    return values[distinct], owner[distinct]


def sample_shingles(
    hashes: np.ndarray, doc: np.ndarray, numbered: np.ndarray, n: int, sample_size: int
) -> Samples:
    """Each text's sample: the keys (``hashes`` without their top bit) with ``level`` trailing
    zero bits or more, ``level`` the smallest keeping at most ``sample_size`` (0: no samples);
    a numbered shingle's value has bit 31 set."""
    if sample_size <= 0 or not len(hashes):
        return Samples.empty(n)
    keys = (hashes & U64(KEY_MASK)).astype(np.int64)
    zeros = trailing_zeros(keys)
    counts = np.bincount(doc * 32 + zeros, minlength=n * 32).reshape(n, 32)
    at_least = np.cumsum(counts[:, ::-1], axis=1)[:, ::-1]  # shingles with >= s zero bits
    levels = np.count_nonzero(at_least > sample_size, axis=1).astype(np.int64)
    keep = zeros >= levels[doc]
    values = keys[keep] | (numbered[keep].astype(np.int64) << NUMBERED_BIT)
    sample = Ragged.grouped(values, doc[keep], n)  # two 32-bit hashes may share a 31-bit key
    return Samples(sample.values, sample.offsets, levels)


def _hash64(parts: Sequence[bytes]) -> np.ndarray:
    """Signed 64-bit xxh3 hashes of byte strings."""
    return np.array([xxhash.xxh3_64_intdigest(p) for p in parts], dtype=U64).view(np.int64)


def shingle_elements(
    texts: Sequence[str],
    shingle_size: int,
    number_weight: int,
    opening_words: int,
    sample_size: int = 0,
) -> Elements:
    """The :class:`Elements` of a batch of texts. Hashes are distinct within a text (barring
    32-bit collisions): its shingles first, then the tagged copies of the numbered ones."""
    norm = textmod.normalize_batch(texts)
    n = len(texts)
    counts = np.diff(norm.word_offsets)
    content = _hash64([norm.data(i) for i in range(n)])
    owner = np.repeat(np.arange(n, dtype=U64), counts)
    span = len(norm.starts) - shingle_size + 1
    if span <= 0:
        empty = np.empty(0, dtype=np.uint32)
        nothing = np.empty(0, dtype=np.int64)
        openings = Ragged(empty, np.zeros(n + 1, np.int64))
        return Elements(empty, nothing, content, openings, counts, Samples.empty(n))
    whole = owner[:span] == owner[shingle_size - 1 :]
    position = np.arange(span) - norm.word_offsets[:-1][owner[:span].astype(np.int64)]
    opening = whole & (position <= opening_words - shingle_size)
    first, last = norm.starts[:span][whole], norm.ends[shingle_size - 1 :][whole]
    codes = norm.codes
    up, down = _POWERS.get(len(codes) + 1)
    prefix = np.zeros(len(codes) + 1, dtype=U64)
    np.cumsum(codes.astype(U64) * up[: len(codes)], out=prefix[1:])
    keys = fmix64((prefix[last] - prefix[first]) * down[first]) >> U64(32)
    if number_weight > 1:  # bit 32 marks the shingles holding a digit
        digits = np.zeros(len(codes) + 1, dtype=np.int32)
        np.cumsum((codes >= 0x30) & (codes <= 0x39), out=digits[1:])
        keys |= (digits[last] > digits[first]).astype(U64) << U64(32)
    keys |= owner[:span][whole] << U64(33)
    at_start = keys[opening[whole]]  # as sample values: the key, bit 31 for a digit
    values = (at_start & U64(KEY_MASK)) | ((at_start >> U64(32)) & U64(1)) << U64(NUMBERED_BIT)
    openings = Ragged.grouped(values.astype(np.int64), (at_start >> U64(33)).astype(np.int64), n)
    keys.sort()
    keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))] if len(keys) else keys
    hashes = keys & U64(0xFFFFFFFF)
    doc = (keys >> U64(33)).astype(np.int64)
    numbered = (keys >> U64(32)) & U64(1) == 1
    samples = sample_shingles(hashes, doc, numbered, n, sample_size)
    if number_weight > 1:
        hashes, doc = _with_copies(hashes, doc, numbered, n, number_weight - 1)
    return Elements(hashes.astype(np.uint32), doc, content, openings, counts, samples)


def _with_copies(
    hashes: np.ndarray, doc: np.ndarray, numbered: np.ndarray, n: int, extra: int
) -> tuple[np.ndarray, np.ndarray]:
    """Each text's hashes followed by ``extra`` tagged copies of its numbered ones."""
    plain = np.bincount(doc, minlength=n)
    tagged = np.bincount(doc[numbered], minlength=n)
    start = np.concatenate(([0], np.cumsum(plain + extra * tagged)))
    out = np.empty(start[-1], dtype=U64)
    out[start[doc] + np.arange(len(doc)) - np.concatenate(([0], np.cumsum(plain)))[doc]] = hashes
    at = np.flatnonzero(numbered)
    owner = doc[at]
    rank = np.arange(len(at)) - np.concatenate(([0], np.cumsum(tagged)))[owner]
    slot = start[owner] + plain[owner] + rank
    for copy in range(1, extra + 1):
        copies = fmix64(hashes[at] + U64(copy * COPY_STEP & _MASK64)) >> U64(32)
        out[slot + (copy - 1) * tagged[owner]] = copies
    return out, np.repeat(np.arange(n), plain + extra * tagged)


def trailing_zeros(values: np.ndarray) -> np.ndarray:
    """Per sample value, the trailing zero bits of its 31-bit key (31 for key 0): a value is in
    every sample taken at that level or below."""
    keys = (values & KEY_MASK).astype(np.int64)
    lowest = keys & -keys
    return np.where(keys == 0, 31, np.log2(np.maximum(lowest, 1)).astype(np.int64))


def sample_overlaps(
    first: np.ndarray,
    first_level: int,
    seconds: Sequence[np.ndarray],
    second_levels: np.ndarray,
    weight: int,
    neutral: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(Jaccard, share of the first set found in each second, share of each second found in
    the first, measured?) on the samples, each pair at the larger of its two levels (not
    measured where either sample is empty there). Each is measured with all shingles weighing
    one (unrelated stories may share a table of figures, whose shingles all hold digits) and,
    unless the two texts' numbers agree (:data:`NUMBERS_AGREE`), is the smaller of that and
    the measure with numbered shingles weighing ``weight`` (template stories differ in their
    numbers). ``neutral`` marks values of ``first`` left out of both sets (shingles common in
    the corpus: site furniture), unless that leaves too little of the first set."""
    n = len(seconds)
    if not len(first):
        nothing = np.zeros(n)
        return nothing, nothing, nothing, np.zeros(n, dtype=bool)
    levels = np.maximum(np.asarray(second_levels, dtype=np.int64), first_level)
    lengths = np.fromiter(map(len, seconds), dtype=np.int64, count=n)
    b = np.concatenate(seconds) if n else np.empty(0, np.uint32)
    owner = np.repeat(np.arange(n), lengths)
    b_zeros = trailing_zeros(b)
    kept = b_zeros >= levels[owner]
    b, owner = b[kept], owner[kept]
    a_zeros = trailing_zeros(first)
    if neutral is None:
        neutral = np.zeros(len(first), dtype=bool)
    at = np.minimum(np.searchsorted(first, b), len(first) - 1)
    hit = first[at] == b
    top = np.uint32(NUMBERED_BIT)
    a_numbered = (first >> top).astype(bool)
    b_numbered = (b >> top).astype(bool)

    def per_candidate(mask: np.ndarray, numbered: np.ndarray) -> np.ndarray:
        plain = np.bincount(owner[mask], minlength=n)
        tagged = np.bincount(owner[mask & numbered], minlength=n)
        return np.stack([plain, tagged]).astype(float)

    size_b = per_candidate(np.ones(len(b), dtype=bool), b_numbered)
    shared = per_candidate(hit, b_numbered)
    shared_neutral = per_candidate(hit & neutral[at], b_numbered)

    # first's values at each candidate's level: counted per level, summed from the top
    def at_levels(mask: np.ndarray) -> np.ndarray:
        counts = np.stack(
            [
                np.bincount(a_zeros[mask], minlength=33)[:33],
                np.bincount(a_zeros[mask & a_numbered], minlength=33)[:33],
            ]
        ).astype(float)
        above = np.cumsum(counts[:, ::-1], axis=1)[:, ::-1]
        return above[:, np.minimum(levels, 32)]

    size_a = at_levels(np.ones(len(first), dtype=bool))
    size_a_neutral = at_levels(neutral)
    own_a = size_a - size_a_neutral
    use = (own_a[0] >= NEUTRAL_MIN_SHARE * size_a[0]) & (own_a[0] >= NEUTRAL_MIN_COUNT)
    size_a = np.where(use, own_a, size_a)
    size_b = np.where(use, size_b - shared_neutral, size_b)
    shared = np.where(use, shared - shared_neutral, shared)
    measured = (size_a[0] > 0) & (size_b[0] > 0)
    measures = []
    for w in (1, weight):
        sa, sb, s = (x[0] + (w - 1) * x[1] for x in (size_a, size_b, shared))
        with np.errstate(divide="ignore", invalid="ignore"):
            measures.append(np.stack([s / (sa + sb - s), s / sa, s / sb]))
    plain, weighted = (np.nan_to_num(m) for m in measures)
    fewer = np.minimum(size_a[1], size_b[1])
    agree = shared[1] >= NUMBERS_AGREE * fewer
    agree &= size_a[1] - shared[1] <= OWN_NUMBERS * size_a[0]
    jaccard, coverage, covered = np.where(agree, plain, np.minimum(plain, weighted))
    return jaccard, coverage, covered, measured
