"""Default values of every ``NEWSCORPUS_*`` setting, and the Scrapy settings newscorpus needs.

The add-on (:mod:`newscorpus.crawl.addon`) applies both at "addon" priority, so a project's
``settings.py`` and ``-s NAME=VALUE`` on the command line still win.
"""

from __future__ import annotations

import os

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
    # Many workers: redis://host:6379/0 shares the frontier, the request dupefilter, the seen
    # URLs and the dedup index on that server (NEWSCORPUS_STATE_DIR is then unused).
    "NEWSCORPUS_REDIS_URL": "",
    "NEWSCORPUS_REDIS_PREFIX": "newscorpus",  # of every key the crawl keeps there
    "NEWSCORPUS_REDIS_LEASE": 30.0,  # seconds without a heartbeat: a worker counts as dead
    # Seconds between commits of the state, each after the corpus files are fsync'd.
    "NEWSCORPUS_COMMIT_INTERVAL": 1.0,
    # Revisits: articles first fetched less than this many hours ago are fetched again when
    # a listing shows them again; a text changed by at least MIN_CHANGE (the share of words in
    # paragraphs added, removed or reworded) gives a new version. 0: never revisit.
    "NEWSCORPUS_REVISIT_HOURS": 0.0,
    "NEWSCORPUS_REVISIT_MIN_CHANGE": 0.02,
    # Archive: every fetched HTML page (request and response) to gzip WARC files in this
    # folder (none when empty), a new file after this many bytes.
    "NEWSCORPUS_WARC_DIR": "",
    "NEWSCORPUS_WARC_MAX_SIZE": 1024**3,
    # End-of-run report: all crawl stats as JSON in this file (none when empty).
    "NEWSCORPUS_REPORT_FILE": "",
    # report.json and report.html of the last run in this folder ("": the state folder; "-":
    # none).
    "NEWSCORPUS_REPORT_DIR": "",
    # The run's manifest (files, records, sha256): "" for manifest-%(time)s.json beside the
    # first local output; "-": none.
    "NEWSCORPUS_MANIFEST": "",
    # Progress: a log line every this many seconds (0: none), one per site too if asked; a
    # live table on stderr: "auto" (when it is a terminal), True or False.
    "NEWSCORPUS_PROGRESS_INTERVAL": 30.0,
    "NEWSCORPUS_PROGRESS_SITES": False,
    "NEWSCORPUS_PROGRESS_LIVE": "auto",
    # Discovery.
    "NEWSCORPUS_FOLLOW_LINKS": True,  # follow same-site links found on HTML pages
    "NEWSCORPUS_ROBOTS_SITEMAPS": True,  # read the sitemaps each site's robots.txt lists
    "NEWSCORPUS_MAX_LINKS_PER_PAGE": 2000,  # links followed from one HTML page, in page order
    # Faults: wait as long as a 429/503's Retry-After asks, up to this many seconds.
    "NEWSCORPUS_RETRY_AFTER_MAX": 120.0,
    # Worker processes for extraction and dedup signing (0: all in the crawl process).
    "NEWSCORPUS_WORKERS": len(os.sched_getaffinity(0)),
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
    # Items processed at once per response: a page gives one item and few new links, and
    # Scrapy starts this many tasks for every response (its default, 100, costs more CPU
    # per page than the links do).
    "CONCURRENT_ITEMS": 16,
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


def redis_settings(prefix: str) -> dict[str, object]:
    """The Scrapy settings of a crawl shared on Redis (with ``NEWSCORPUS_REDIS_URL``):
    scrapy-redis's frontier and dupefilter under ``prefix``, kept when a worker stops (the
    others go on), popped through the worker's lease."""
    return {
        "SCHEDULER": "newscorpus.crawl.redis_scheduler.SharedScheduler",
        "SCHEDULER_QUEUE_CLASS": "newscorpus.crawl.redis_scheduler.LeasedQueue",
        "SCHEDULER_QUEUE_KEY": f"{prefix}:%(spider)s:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:%(spider)s:dupefilter",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,
    }


#: Components, by import path, with their order values.
ITEM_PIPELINES = {
    "newscorpus.crawl.pipelines.extract.ExtractPipeline": 300,
    "newscorpus.crawl.pipelines.dedup.DedupPipeline": 400,
}
EXTENSIONS = {
    "newscorpus.crawl.pipelines.state.CrawlState": 0,
    "newscorpus.crawl.warc.WarcArchive": 100,  # after CrawlState: syncs before its commits
    "newscorpus.crawl.pipelines.report.CrawlReport": 500,
    "newscorpus.crawl.progress.Progress": 510,
    "newscorpus.crawl.manifest.RunManifest": 520,
    "scrapy.extensions.logstats.LogStats": None,  # its per-minute line: Progress's instead
}
DOWNLOADER_MIDDLEWARES = {
    "newscorpus.crawl.counters.SiteCounter": 40,  # next to the engine: final outcomes only
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "newscorpus.crawl.offsite.SameSiteOnly": 50,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "newscorpus.crawl.robots.Rfc9309RobotsTxt": 100,
    "newscorpus.crawl.siterules.SiteRules": 120,
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
