"""The held-out layouts: kinds of site markup none of the main set's layouts imitate."""

from __future__ import annotations

from . import (
    asiaportal,
    blogger,
    drupal,
    ghost,
    liveblog,
    printview,
    rtl,
    semantic,
    sitebuilder,
    styled,
    wire,
)
from .base import HoldoutLayout

HOLDOUT_LAYOUTS: dict[str, HoldoutLayout] = {
    module.LAYOUT.name: module.LAYOUT
    for module in (
        drupal, ghost, wire, blogger, liveblog, asiaportal,
        rtl, styled, semantic, sitebuilder, printview,
    )
}  # fmt: skip

__all__ = ["HOLDOUT_LAYOUTS", "HoldoutLayout"]
