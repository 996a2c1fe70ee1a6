"""The teaser suite's third held-out set: pages imitating real news sites of 2019-2025 in CMS
families and countries the other sets leave out (a public broadcaster, an Australian
broadcaster, a Substack newsletter, a Next.js news site, a WordPress block-theme magazine, a
WordPress tech blog with related-posts plugins, a Korean portal, a Russian agency, an
Indonesian portal, an Indian portal, a US local TV station, a sports site, a French daily's
English edition, a Brazilian portal), with the teasers those sites show.

Built by `build_cases(set_name="holdout3")` from its own seed, scored like the other sets.
Never tune the extractor on it.
"""

from __future__ import annotations

from .generator import SEED, build_holdout3
from .layouts import SITES
from .variants import KINDS, VARIANTS

__all__ = ["KINDS", "SEED", "SITES", "VARIANTS", "build_holdout3"]
