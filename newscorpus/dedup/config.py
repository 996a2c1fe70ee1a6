"""Dedup parameters, stored with the index so that an index is only read the way it was built."""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from typing import Any

import datasketch
from datasketch.lsh import _optimal_param

logger = logging.getLogger(__name__)

#: Version of the text normalisation in :mod:`newscorpus.dedup.text`. Bump it whenever
#: ``words()`` or ``shingles()`` change output: content hashes and signatures change too.
TEXT_VERSION = 1

#: Fields that only steer the verification of candidates. They change verdicts, not what is
#: stored, so an index may be reopened with other values (e.g. to re-tune thresholds).
POLICY_FIELDS = frozenset({"verify_jaccard", "verify_containment", "lsh_threshold", "lsh_weights"})


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
            "rebuild the index, or open it with DedupConfig.from_dict(index.stored_config())."
        )


@dataclass(frozen=True)
class DedupConfig:
    """Parameters of the dedup engine.

    ``bands``/``rows`` are derived from ``lsh_threshold`` and ``lsh_weights`` (false positive
    and false negative weights) with datasketch's own optimiser unless given explicitly.
    A near duplicate needs estimated Jaccard >= ``verify_jaccard`` *and* estimated
    containment (shared shingles / shingles of the smaller document) >= ``verify_containment``.
    Texts with fewer than ``min_words`` words only get the exact check.
    """

    num_perm: int = 128
    shingle_size: int = 5
    number_weight: int = 4
    min_words: int = 10
    lsh_threshold: float = 0.25
    lsh_weights: tuple[float, float] = (0.2, 0.8)
    bands: int = 0
    rows: int = 0
    verify_jaccard: float = 0.2
    verify_containment: float = 0.5
    hash_func: str = "xxh32"
    scheme: str = "affine32"
    seed: int = 1
    text_version: int = TEXT_VERSION
    datasketch_version: str = field(default=datasketch.__version__)

    def __post_init__(self) -> None:
        if min(self.num_perm, self.shingle_size) < 1 or self.min_words < 0:
            raise ValueError("num_perm and shingle_size must be >= 1, min_words >= 0")
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
            bands, rows = _optimal_param(self.lsh_threshold, self.num_perm, *self.lsh_weights)
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
        names = (set(current) | set(stored)) - POLICY_FIELDS
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
            if stored.get(name) != current[name]:
                logger.info(
                    "dedup %s changed since the index was built: %r -> %r",
                    name,
                    stored.get(name),
                    current[name],
                )
