"""The teaser suite's second held-out set: pages imitating real news sites of 2019-2025 (a
BLOX regional daily, Arc XP, Guardian-like onward journeys, a European regional paper, a
Japanese portal, a WordPress news theme with Jetpack, a Medium-like blog, div paragraphs,
infinite scroll, AMP, a live page, a press-release wire), with the teasers those sites show.

Built by `build_cases(set_name="holdout2")` from its own seed, scored like the other sets.
Never tune the extractor on it.
"""

from __future__ import annotations

from .generator import SEED, build_holdout2
from .layouts import SITES
from .variants import KINDS, VARIANTS

__all__ = ["KINDS", "SEED", "SITES", "VARIANTS", "build_holdout2"]
