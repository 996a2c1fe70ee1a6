"""A fixture news website served on 127.0.0.1, with machine-readable ground truth.

with FixtureServer(build_news_site) as srv:
    srv.base_url, srv.site, srv.requested
"""

from __future__ import annotations

from .model import ExpectedArticle, Page, Site
from .pages import build_news_site
from .seeds import build_seed_site
from .server import DROP, FixtureServer

__all__ = [
    "DROP",
    "ExpectedArticle",
    "FixtureServer",
    "Page",
    "Site",
    "build_news_site",
    "build_seed_site",
]
