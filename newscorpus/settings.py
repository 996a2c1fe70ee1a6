"""Default values of every ``NEWSCORPUS_*`` setting, and the Scrapy settings newscorpus needs.

The add-on (:mod:`newscorpus.crawl.addon`) applies both at "addon" priority, so a project's
``settings.py`` and ``-s NAME=VALUE`` on the command line still win.
"""

from __future__ import annotations

from newscorpus import __version__
from newscorpus.dedup import DedupConfig

#: DedupConfig fields that can be set as ``NEWSCORPUS_DEDUP_<FIELD>``; the rest fix the index
#: format (hash function, scheme, seed) and are stored with it.
DEDUP_TUNABLE_FIELDS = (
    "num_perm",
    "shingle_size",
    "number_weight",
    "min_words",
    "lsh_threshold",
    "verify_jaccard",
    "verify_coverage",
    "verify_lead_coverage",
    "verify_margin",
    "sample_size",
    "common_docs",
)

#: newscorpus's own settings, grouped by component; each group's switch comes first.
NEWSCORPUS_DEFAULTS: dict[str, object] = {
    # Crawl state that outlives a run: URLs already handled and the dedup index.
    "NEWSCORPUS_STATE_DIR": "output/state",
    # Seconds between commits of the state, each after the corpus files are fsync'd.
    "NEWSCORPUS_COMMIT_INTERVAL": 1.0,
    # End-of-run report: all crawl stats as JSON in this file (none when empty).
    "NEWSCORPUS_REPORT_FILE": "",
    # Discovery.
    "NEWSCORPUS_FOLLOW_LINKS": True,  # follow same-site links found on HTML pages
    "NEWSCORPUS_ROBOTS_SITEMAPS": True,  # read the sitemaps each site's robots.txt lists
    # Faults: wait as long as a 429/503's Retry-After asks, up to this many seconds.
    "NEWSCORPUS_RETRY_AFTER_MAX": 120.0,
    # Extraction.
    "NEWSCORPUS_EXTRACT_MIN_WORDS": 50,  # shorter bodies (paywall stubs, briefs) are no article
    "NEWSCORPUS_EXTRACT_FAVOR_PRECISION": False,
    "NEWSCORPUS_EXTRACT_INCLUDE_TABLES": True,
    "NEWSCORPUS_EXTRACT_PRUNE_XPATH": [],  # extra XPaths to drop before extraction
    "NEWSCORPUS_TEASERS_ENABLED": True,
    "NEWSCORPUS_PROFILES": [],  # site profile files (TOML), applied after the bundled ones
    "NEWSCORPUS_PROFILES_BUNDLED": True,  # use newscorpus/extract/profiles.toml
    "NEWSCORPUS_BOILERPLATE_ENABLED": True,  # learn each site's recurring paragraphs
    "NEWSCORPUS_BOILERPLATE_MIN_PAGES": 3,  # ... once seen on this many different stories
    # Near-duplicate removal; NEWSCORPUS_DEDUP_<FIELD> for each tunable DedupConfig field.
    "NEWSCORPUS_DEDUP_ENABLED": True,
    "NEWSCORPUS_DUPS_FILE": "",  # append each dropped record's {id, url, duplicate_of, ...}
    **{
        f"NEWSCORPUS_DEDUP_{name.upper()}": getattr(DedupConfig(), name)
        for name in DEDUP_TUNABLE_FIELDS
    },
}

#: Scrapy settings: polite by default, UTF-8 output, the newscorpus components.
SCRAPY_DEFAULTS: dict[str, object] = {
    "USER_AGENT": f"newscorpus/{__version__} (news corpus builder; obeys robots.txt)",
    "ROBOTSTXT_OBEY": True,
    "AUTOTHROTTLE_ENABLED": True,
    "AUTOTHROTTLE_START_DELAY": 1.0,
    "AUTOTHROTTLE_MAX_DELAY": 30.0,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 4,
    "DEPTH_LIMIT": 4,
    "DOWNLOAD_TIMEOUT": 30,
    "DOWNLOAD_MAXSIZE": 16 * 1024 * 1024,
    "DOWNLOAD_WARNSIZE": 4 * 1024 * 1024,
    "RETRY_TIMES": 2,
    "FEED_EXPORT_ENCODING": "utf-8",
    "TELNETCONSOLE_ENABLED": False,
    "REMOTE_CONTROL_ENABLED": False,  # no code-running HTTP server next to the crawl
    "LOG_LEVEL": "INFO",
    "LOG_FORMATTER": "newscorpus.crawl.logformatter.BriefLogFormatter",  # no HTML in logs
    # Duplicate requests filtered within a run only, also with JOBDIR: the crawl state knows
    # what earlier runs did, and a killed run's requests.seen would hide pages never fetched.
    "DUPEFILTER_CLASS": "newscorpus.crawl.dupefilter.RunDupeFilter",
}

#: Components, by import path, with their order values.
ITEM_PIPELINES = {
    "newscorpus.crawl.pipelines.extract.ExtractPipeline": 300,
    "newscorpus.crawl.pipelines.dedup.DedupPipeline": 400,
}
EXTENSIONS = {
    "newscorpus.crawl.pipelines.state.CrawlState": 0,
    "newscorpus.crawl.pipelines.report.CrawlReport": 500,
}
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "newscorpus.crawl.offsite.SameSiteOnly": 50,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "newscorpus.crawl.robots.Rfc9309RobotsTxt": 100,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "newscorpus.crawl.retry.RetryAfterMiddleware": 550,
}
FEED_STORAGES = {
    "": "newscorpus.crawl.output.DurableFileFeedStorage",
    "file": "newscorpus.crawl.output.DurableFileFeedStorage",
}
SPIDER_MIDDLEWARES = {
    "newscorpus.crawl.pipelines.state.SkipSeenUrls": 950,
}
