"""The suite's page layouts, each imitating a kind of CMS the extractor has never seen."""

from __future__ import annotations

from . import (
    ampish,
    broadsheet,
    divparas,
    localnews,
    portal,
    reactish,
    sectioned,
    staticblog,
    tabular,
    wpclassic,
)
from .base import Item, Layout, View

LAYOUTS: dict[str, Layout] = {
    module.LAYOUT.name: module.LAYOUT
    for module in (
        wpclassic, broadsheet, portal, tabular, ampish,
        reactish, sectioned, divparas, localnews, staticblog,
    )
}  # fmt: skip

__all__ = ["LAYOUTS", "Item", "Layout", "View"]
