"""Dedup parameters, stored with the index so that an index is only read the way it was built."""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from importlib.metadata import version
from typing import Any

from newscorpus.dedup.lsh import optimal_param

logger = logging.getLogger(__name__)

#: Version of the text normalisation in :mod:`newscorpus.dedup.text` and of the shingle hash
#: in :mod:`newscorpus.dedup.minhash`. Bump it whenever either changes output: content hashes
#: and signatures change too.
TEXT_VERSION = 2
#: Signature bits an index may keep per slot (b-bit MinHash: the lowest bits of each value).
SIGNATURE_BITS = (1, 2, 4, 8, 16, 32)

#: Fields that only steer the verification of candidates. They change verdicts, not what is
#: stored, so an index may be reopened with other values (e.g. to re-tune thresholds).
POLICY_FIELDS = frozenset(
    {
        "verify_jaccard",
        "verify_coverage",
        "verify_lead_coverage",
        "verify_margin",
        "common_docs",
        "lsh_threshold",
        "lsh_weights",
        "lsh_slots",
    }
)
#: Thresholds earlier versions stored (symmetric containment): ignored when an index is opened;
#: such an index lacks ``sample_size`` anyway, which is a mismatch.
RETIRED_POLICY_FIELDS = frozenset({"verify_containment", "verify_lead_containment"})


class IndexConfigMismatch(ValueError):
    """The index was built with other parameters than the ones it is opened with."""

    def __init__(self, differences: dict[str, tuple[Any, Any]]) -> None:
        self.differences = differences
        detail = "; ".join(
            f"{name}: index has {stored!r}, config has {current!r}"
            for name, (stored, current) in sorted(differences.items())
        )
        super().__init__(
            f"dedup index was built with a different configuration ({detail}). "
            "Signatures or band keys would not match, so every lookup would silently miss: "
            "use the parameters (and newscorpus/datasketch versions) it was built with, or "
            "start a new state"
        )


@dataclass(frozen=True)
class DedupConfig:
    """Parameters of the dedup engine.

    ``bands``/``rows`` are derived from ``lsh_threshold`` and ``lsh_weights`` (false positive
    and false negative weights) with datasketch's optimiser over the first ``lsh_slots``
    signature slots, unless given explicitly. An index keeps the lowest ``signature_bits``
    bits of each of the ``num_perm`` MinHash values and a sample of up to ``sample_size``
    shingles (0: none). A document is a near duplicate of an indexed one when Jaccard >=
    ``verify_jaccard`` *and* its coverage (the share of *its own* elements found in the
    other) >= ``verify_coverage``, or >= ``verify_lead_coverage`` when the two open alike
    (share shingles of their first ``opening_words`` words, see the engine) and it holds
    nearly all of the other. Values are estimated from the signatures; where an
    estimate is within ``verify_margin`` of its threshold, the samples measure it instead,
    leaving out the new text's shingles held by ``common_docs`` or more indexed documents
    besides the candidates (0: none; the index counts them when ``shingle_counts``).
    Texts with fewer than ``min_words`` words only get the exact check.
    """

    num_perm: int = 512
    shingle_size: int = 5
    number_weight: int = 8
    min_words: int = 10
    lsh_threshold: float = 0.18
    lsh_weights: tuple[float, float] = (0.2, 0.8)
    lsh_slots: int = 128
    bands: int = 0
    rows: int = 0
    signature_bits: int = 4
    opening_words: int = 37
    sample_size: int = 256
    verify_jaccard: float = 0.1
    verify_coverage: float = 0.55
    verify_lead_coverage: float = 0.3
    verify_margin: float = 0.1
    common_docs: int = 2
    shingle_counts: bool = True
    hash_func: str = "poly64-fmix64"
    scheme: str = "affine32"
    seed: int = 1
    text_version: int = TEXT_VERSION
    datasketch_version: str = field(default=version("datasketch"))

    def __post_init__(self) -> None:
        if min(self.num_perm, self.shingle_size, self.opening_words) < 1:
            raise ValueError("num_perm, shingle_size and opening_words must be >= 1")
        if min(self.min_words, self.sample_size, self.common_docs) < 0 or self.verify_margin < 0:
            raise ValueError("min_words, sample_size, common_docs and verify_margin must be >= 0")
        if self.signature_bits not in SIGNATURE_BITS:
            raise ValueError(f"signature_bits must be one of {SIGNATURE_BITS}")
        if self.num_perm * self.signature_bits % 8:
            raise ValueError("num_perm * signature_bits must be a whole number of bytes")
        if self.hash_func != "poly64-fmix64":
            raise ValueError(f"unknown shingle hash {self.hash_func!r}: only 'poly64-fmix64'")
        if not 1 <= self.number_weight <= 255:
            raise ValueError(f"number_weight must be in [1, 255], got {self.number_weight}")
        if self.scheme != "affine32":
            raise ValueError(
                f"only the 'affine32' MinHash scheme is supported, got {self.scheme!r}"
            )
        if not 0.0 < self.lsh_threshold < 1.0:
            raise ValueError(f"lsh_threshold must be in (0, 1), got {self.lsh_threshold}")
        if len(self.lsh_weights) != 2:
            raise ValueError("lsh_weights must be (false_positive_weight, false_negative_weight)")
        object.__setattr__(self, "lsh_weights", tuple(float(w) for w in self.lsh_weights))
        if not (self.bands and self.rows):
            slots = min(self.lsh_slots, self.num_perm)
            bands, rows = optimal_param(self.lsh_threshold, slots, *self.lsh_weights)
            object.__setattr__(self, "bands", bands)
            object.__setattr__(self, "rows", rows)
        if self.bands * self.rows > self.num_perm:
            raise ValueError(
                f"bands * rows = {self.bands * self.rows} exceeds num_perm = {self.num_perm}"
            )

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict of all fields."""
        data = dataclasses.asdict(self)
        data["lsh_weights"] = list(self.lsh_weights)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DedupConfig:
        """Build a config from :meth:`to_dict` output; unknown keys are an error."""
        names = {f.name for f in dataclasses.fields(cls)}
        unknown = set(data) - names
        if unknown:
            raise ValueError(f"unknown DedupConfig fields: {sorted(unknown)}")
        values = dict(data)
        if "lsh_weights" in values:
            values["lsh_weights"] = tuple(values["lsh_weights"])
        return cls(**values)

    def differences(self, stored: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
        """Return ``{field: (stored, current)}`` for every index-defining field that differs."""
        current = self.to_dict()
        names = (set(current) | set(stored)) - POLICY_FIELDS - RETIRED_POLICY_FIELDS
        return {
            name: (stored.get(name), current.get(name))
            for name in names
            if stored.get(name) != current.get(name)
        }

    def check_index(self, stored: dict[str, Any]) -> None:
        """Raise :class:`IndexConfigMismatch` unless ``stored`` is compatible with this config."""
        differences = self.differences(stored)
        if differences:
            raise IndexConfigMismatch(differences)
        current = self.to_dict()
        for name in sorted(POLICY_FIELDS):
            if name in stored and stored[name] != current[name]:
                logger.info(
                    "dedup %s changed since the index was built: %r -> %r",
                    name,
                    stored.get(name),
                    current[name],
                )
