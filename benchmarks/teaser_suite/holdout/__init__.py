"""The teaser suite's held-out set: new layouts and new teaser markup, never used to tune the
extractor. Built by `build_cases(holdout=True)` with its own seed; scored like the main set."""

from __future__ import annotations

from .generator import SEED, build_holdout
from .layouts import HOLDOUT_LAYOUTS
from .variants import KINDS, VARIANTS

__all__ = ["HOLDOUT_LAYOUTS", "KINDS", "SEED", "VARIANTS", "build_holdout"]
