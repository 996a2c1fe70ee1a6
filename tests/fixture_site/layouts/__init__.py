"""Article page templates that imitate different CMSs, looked up by name."""

from __future__ import annotations

from . import amp, divsoup, jsonld, metaonly, modern, taipei
from .base import ArticleView, Layout

LAYOUTS: dict[str, Layout] = {
    m.LAYOUT.name: m.LAYOUT for m in (modern, divsoup, jsonld, metaonly, taipei, amp)
}

__all__ = ["LAYOUTS", "ArticleView", "Layout"]
