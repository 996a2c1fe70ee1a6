"""The set of a text: hashes of its word shingles, numbered shingles weighted up.

A text's set is its word ``shingle_size``-grams (the normalised words joined by single
spaces); a shingle holding an ASCII digit also adds ``number_weight - 1`` tagged copies, so in
Jaccard terms it weighs ``number_weight``: template stories share their wording but not their
numbers, true copies share both. Each element is a 32-bit hash, :func:`shingle_hash` being the
pure Python reference.

Vectorised over a batch: one polynomial prefix sum over the code points of all texts gives
every shingle's 64-bit hash with no Python call per shingle; one sort keeps each text's
distinct shingles.
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
class Elements:
    """The sets of a batch of texts: ``hashes`` grouped by text (``owners``), in text order.

    Also per text: ``content_hash`` (for the exact check), ``lead_hash`` (of its first
    ``lead_words`` words) and its number of ``words``.
    """

    hashes: np.ndarray
    owners: np.ndarray
    content_hash: np.ndarray
    lead_hash: np.ndarray
    words: np.ndarray


def _hash64(parts: Sequence[bytes]) -> np.ndarray:
    """Signed 64-bit xxh3 hashes of byte strings."""
    return np.array([xxhash.xxh3_64_intdigest(p) for p in parts], dtype=U64).view(np.int64)


def shingle_elements(
    texts: Sequence[str], shingle_size: int, number_weight: int, lead_words: int
) -> Elements:
    """The :class:`Elements` of a batch of texts. Hashes are distinct within a text (barring
    32-bit collisions): its shingles first, then the tagged copies of the numbered ones."""
    norm = textmod.normalize_batch(texts)
    n = len(texts)
    counts = np.diff(norm.word_offsets)
    content = _hash64([norm.data(i) for i in range(n)])
    lead = _hash64([norm.data(i, lead_words) for i in range(n)])
    owner = np.repeat(np.arange(n, dtype=U64), counts)
    span = len(norm.starts) - shingle_size + 1
    if span <= 0:
        empty = np.empty(0, dtype=np.uint32)
        return Elements(empty, np.empty(0, dtype=np.int64), content, lead, counts)
    whole = owner[:span] == owner[shingle_size - 1 :]
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
    keys.sort()
    keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))] if len(keys) else keys
    hashes = keys & U64(0xFFFFFFFF)
    doc = (keys >> U64(33)).astype(np.int64)
    if number_weight > 1:
        numbered = (keys >> U64(32)) & U64(1) == 1
        hashes, doc = _with_copies(hashes, doc, numbered, n, number_weight - 1)
    return Elements(hashes.astype(np.uint32), doc, content, lead, counts)


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
