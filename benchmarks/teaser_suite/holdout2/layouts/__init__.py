"""The second holdout's site layouts, each imitating one real kind of news site."""

from __future__ import annotations

from ..site import Site
from . import (
    ampwp,
    arcxp,
    blox,
    cnnish,
    euregio,
    japortal,
    liveupdates,
    mediumish,
    onward,
    pressrelease,
    scrollnext,
    wpnews,
)

SITES: dict[str, Site] = {
    module.LAYOUT.name: module.LAYOUT
    for module in (
        blox, arcxp, onward, euregio, japortal, wpnews,
        mediumish, cnnish, scrollnext, ampwp, liveupdates, pressrelease,
    )
}  # fmt: skip

__all__ = ["SITES"]
