"""WARC in and out: archiving what a crawl fetched (:mod:`.archive`), and building a corpus
from WARC files, a crawl's or Common Crawl's (:mod:`.read`, :mod:`.build`)."""
