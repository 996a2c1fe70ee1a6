"""The third holdout's sites, each imitating a kind of news site of 2019-2025."""

from __future__ import annotations

from . import (
    abcau,
    broadcaster,
    g1portal,
    gutenberg,
    idportal,
    indiaportal,
    lemonde,
    localtv,
    naver,
    nextnews,
    ruportal,
    sports,
    substack,
    techblog,
)

SITES = {
    module.SITE.name: module.SITE
    for module in (
        broadcaster,
        abcau,
        substack,
        nextnews,
        gutenberg,
        techblog,
        naver,
        ruportal,
        idportal,
        indiaportal,
        localtv,
        sports,
        lemonde,
        g1portal,
    )
}

__all__ = ["SITES"]
