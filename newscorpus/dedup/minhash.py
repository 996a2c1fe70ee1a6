"""MinHash signatures, LSH band keys and the similarity estimates used to verify candidates."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import xxhash
from datasketch import MinHash

from newscorpus.dedup import text as textmod

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from newscorpus.dedup.config import DedupConfig

#: 32-bit shingle hash functions by their config name.
HASH_FUNCS: dict[str, Callable[[bytes], int]] = {
    "xxh32": xxhash.xxh32_intdigest,
    "xxh3_64_low32": lambda data: xxhash.xxh3_64_intdigest(data) & 0xFFFFFFFF,
}

#: On-disk/in-memory layout of a signature: little-endian uint32, ``4 * num_perm`` bytes.
SIGNATURE_DTYPE = np.dtype("<u4")


@dataclass(frozen=True, eq=False)
class Signature:
    """Everything the index needs to know about one text.

    ``hashvalues`` (MinHash, uint32) and ``band_keys`` are ``None``/empty for texts shorter
    than ``min_words``: those only take part in the exact check.
    """

    content_hash: str
    shingle_count: int
    hashvalues: np.ndarray | None
    band_keys: tuple[int, ...]


def estimate_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Estimate the Jaccard similarity of two shingle sets from their MinHash signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def estimate_containment(jaccard: float, size_a: int, size_b: int) -> float:
    """Estimate |A∩B| / min(|A|, |B|) from Jaccard and the set sizes.

    Uses |A∩B| = J / (1 + J) * (|A| + |B|); clipped to [0, 1].
    """
    smaller = min(size_a, size_b)
    if smaller <= 0:
        return 0.0
    shared = jaccard / (1.0 + jaccard) * (size_a + size_b)
    return min(1.0, shared / smaller)


def band_keys(hashvalues: np.ndarray, bands: int, rows: int) -> tuple[int, ...]:
    """Return one signed 64-bit key per band: xxh3_64 of the band's bytes, seeded by its number."""
    matrix = np.ascontiguousarray(hashvalues[: bands * rows], dtype=SIGNATURE_DTYPE)
    matrix = matrix.reshape(bands, rows)
    keys = np.fromiter(
        (xxhash.xxh3_64_intdigest(matrix[i].tobytes(), seed=i) for i in range(bands)),
        dtype=np.uint64,
        count=bands,
    )
    return tuple(keys.view(np.int64).tolist())


class Signer:
    """Turns texts into :class:`Signature` objects for one :class:`DedupConfig`.

    Shingles are hashed here with the configured 32-bit hash (so distinct shingles can be
    counted with ``np.unique``); datasketch's ``MinHash.update_batch`` then applies the
    permutations of the configured scheme, vectorised over all shingles of a text.
    """

    def __init__(self, config: DedupConfig) -> None:
        if config.hash_func not in HASH_FUNCS:
            raise ValueError(
                f"unknown hash_func {config.hash_func!r}; choose from {sorted(HASH_FUNCS)}"
            )
        self.config = config
        self._hash = HASH_FUNCS[config.hash_func]
        self._prototype = MinHash(
            num_perm=config.num_perm, seed=config.seed, hashfunc=int, scheme=config.scheme
        )

    def shingle_hashes(self, text_words: list[str]) -> np.ndarray:
        """Return the sorted distinct 32-bit hashes of the shingles of ``text_words``."""
        config = self.config
        shingles = textmod.shingles(text_words, config.shingle_size, config.number_weight)
        hashes = np.fromiter(map(self._hash, shingles), dtype=np.uint32, count=len(shingles))
        return np.unique(hashes)

    def minhash(self, hashes: np.ndarray) -> np.ndarray:
        """Return the MinHash values (uint32) of a set of shingle hashes."""
        sketch = self._prototype.copy()
        sketch.update_batch(hashes.tolist())
        return sketch.hashvalues.astype(SIGNATURE_DTYPE, copy=False)

    def signature(self, text: str) -> Signature:
        """Return the signature of one text."""
        return self.signatures([text])[0]

    def signatures(self, texts: Iterable[str]) -> list[Signature]:
        """Return the signatures of many texts, in order."""
        config = self.config
        result = []
        for text in texts:
            text_words = textmod.words(text)
            digest = textmod.content_hash(text_words)
            if len(text_words) < max(config.min_words, config.shingle_size):
                count = len(self.shingle_hashes(text_words))
                result.append(Signature(digest, count, None, ()))
                continue
            hashes = self.shingle_hashes(text_words)
            values = self.minhash(hashes)
            keys = band_keys(values, config.bands, config.rows)
            result.append(Signature(digest, len(hashes), values, keys))
        return result
