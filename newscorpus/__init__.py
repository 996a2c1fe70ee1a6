"""newscorpus: a news crawler and corpus builder.

The library half: extraction (:func:`extract_article`), teaser removal, near-duplicate
detection, crawl state and records. The Scrapy half (:mod:`newscorpus.crawl`) calls into it.
"""

from __future__ import annotations

from newscorpus.article import Article, Extraction, NotArticleReason
from newscorpus.extract import ExtractionOptions, Extractor, extract_article

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Extraction",
    "ExtractionOptions",
    "Extractor",
    "NotArticleReason",
    "__version__",
    "extract_article",
]
