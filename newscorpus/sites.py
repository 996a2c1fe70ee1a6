"""The sites file: which sources a scheduled crawl covers, and the rules of each.

``sites.toml`` holds one ``[[site]]`` table per source::

    [[site]]
    name = "guardian"                       # required, unique: stats, logs and reports use it
    urls = [                                # required: home, section pages, feeds, sitemaps
        "https://www.theguardian.com/international",
        "https://www.theguardian.com/world/rss",
    ]
    allow = ['/\\d{4}/\\w{3}/\\d{2}/']     # regexes: only URLs matching one are followed
    deny = ['/live/', '/video/']            # regexes: URLs matching one are never followed
    body = ["div.article-body"]             # the site profile (newscorpus.extract.profiles):
    prune = ["aside"]                       #   CSS selectors of the body, and of what to cut
    max_pages = 500                         # at most this many pages fetched per run
    max_age_days = 3                        # feed and sitemap entries older than this skipped
    language = "en"                         # records in another are counted; for unidentified

``allow`` and ``deny`` are searched in the whole URL (as Scrapy's link extractors do) of every
page the crawl would follow: links, feed entries and sitemap entries. The site's own ``urls``
and the sitemaps a sitemap index or robots.txt lists are always fetched. One site per
registered domain (``site_of``), so every URL belongs to at most one site: list several
sections of one domain in one ``[[site]]``.

:func:`load_sites` reads and checks a file; every problem is a :class:`SitesError` whose
message is one line naming the file, the line and the site and field.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from newscorpus.extract.profiles import SiteProfile, SiteProfiles, css_selectors
from newscorpus.urls import site_of

if TYPE_CHECKING:
    from collections.abc import Iterable

    from lxml.cssselect import CSSSelector

KEYS = ("name", "urls", "allow", "deny", "body", "prune", "max_pages", "max_age_days", "language")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*\Z")
_SITE_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*site[ \t]*\]\]", re.MULTILINE)
_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")


class SitesError(ValueError):
    """A sites file that cannot be used; the message is one line saying where and why."""


@dataclass(frozen=True, slots=True)
class Site:
    """One source of a crawl and its rules."""

    name: str
    urls: tuple[str, ...]
    allow: tuple[re.Pattern[str], ...] = ()
    deny: tuple[re.Pattern[str], ...] = ()
    body: tuple[CSSSelector, ...] = ()
    prune: tuple[CSSSelector, ...] = ()
    max_pages: int | None = None
    max_age_days: float | None = None
    language: str | None = None
    domains: frozenset[str] = field(default=frozenset())

    def allows(self, url: str) -> bool:
        """Whether the crawl may follow ``url``: no ``deny`` pattern matches it, and one of
        the ``allow`` patterns does (when there are any)."""
        if any(pattern.search(url) for pattern in self.deny):
            return False
        return not self.allow or any(pattern.search(url) for pattern in self.allow)

    def profile(self, domain: str, existing: SiteProfile | None) -> SiteProfile | None:
        """The site profile of ``domain``: this site's ``body`` and ``prune`` when it gives
        them (keeping the display name of an ``existing`` profile), else ``existing``."""
        if not (self.body or self.prune):
            return existing
        name = existing.name if existing is not None else None
        return SiteProfile(site=domain, name=name, body=self.body, prune=self.prune)


class SiteList:
    """The sites of a crawl, looked up by URL (each registered domain is one site's)."""

    def __init__(self, sites: Iterable[Site]) -> None:
        self.sites = tuple(sites)
        self.by_domain = {domain: site for site in self.sites for domain in site.domains}

    @classmethod
    def from_urls(cls, urls: Iterable[str]) -> SiteList:
        """Sites without rules for ``-a urls=...``: one per registered domain, named by it."""
        grouped: dict[str, list[str]] = {}
        for url in urls:
            grouped.setdefault(site_of(url), []).append(url)
        return cls(
            Site(name=domain, urls=tuple(found), domains=frozenset({domain}))
            for domain, found in grouped.items()
        )

    @property
    def start_urls(self) -> list[str]:
        return [url for site in self.sites for url in site.urls]

    @property
    def domains(self) -> frozenset[str]:
        return frozenset(self.by_domain)

    def site_for(self, url: str) -> Site | None:
        """The site ``url`` belongs to, if any."""
        return self.by_domain.get(site_of(url))

    def site_name_for(self, url: str) -> str | None:
        """The ``name`` of the site ``url`` belongs to, if any."""
        site = self.site_for(url)
        return site.name if site is not None else None

    def profiles(self, base: SiteProfiles) -> SiteProfiles:
        """``base`` (bundled and ``NEWSCORPUS_PROFILES`` profiles) with each site's own
        ``body`` and ``prune`` in force for its domains."""
        profiles = dict(base.profiles)
        for domain, site in self.by_domain.items():
            if (profile := site.profile(domain, profiles.get(domain))) is not None:
                profiles[domain] = profile
        return SiteProfiles(profiles)

    def __len__(self) -> int:
        return len(self.sites)


def load_sites(path: str | Path) -> SiteList:
    """The sites of the sites file at ``path``; :class:`SitesError` for any problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SitesError(f"cannot read sites file {path}: {exc}") from exc
    return parse_sites(text, str(path))


def parse_sites(text: str, source: str = "sites.toml") -> SiteList:
    """The sites of a sites file's ``text``; ``source`` names it in errors."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = _TOML_LINE.search(str(exc))
        where = f"{source}:{line.group(1)}" if line else source
        message = _TOML_LINE.sub("", str(exc)).strip()
        raise SitesError(f"{where}: not valid TOML: {message}") from exc
    if unknown := sorted(set(data) - {"site"}):
        raise SitesError(f"{source}: unknown top-level keys {unknown}; sites are [[site]] tables")
    entries = data.get("site")
    if not isinstance(entries, list) or not entries:
        raise SitesError(f"{source}: no sites: give one [[site]] table per source")
    header_lines = [text.count("\n", 0, m.start()) + 1 for m in _SITE_HEADER.finditer(text)]
    sites: list[tuple[Site, str]] = []
    for number, entry in enumerate(entries):
        line = header_lines[number] if len(header_lines) == len(entries) else None
        where = f"{source}:{line}" if line else f"{source}: [[site]] #{number + 1}"
        if not isinstance(entry, dict):
            raise SitesError(f"{where}: each site must be a [[site]] table")
        sites.append((_site(entry, where), where))
    _check_unique(sites)
    return SiteList(site for site, _ in sites)


def _site(entry: dict[str, Any], where: str) -> Site:
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip() or "/" in name:
        raise SitesError(f"{where}: name: required, a non-empty string without '/'")
    name = name.strip()

    def fail(key: str, problem: str) -> SitesError:
        return SitesError(f"{where}: site {name!r}: {key}: {problem}")

    if unknown := sorted(set(entry) - set(KEYS)):
        raise fail(unknown[0], f"unknown key (known: {', '.join(KEYS)})")
    urls = _strings(entry.get("urls"), "urls", fail)
    if not urls:
        raise fail("urls", "required: the site's home, section, feed or sitemap URLs")
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            raise fail("urls", f"not an http(s) URL: {url!r}")
    patterns = {key: _patterns(entry.get(key), key, fail) for key in ("allow", "deny")}
    selectors = {}
    for key in ("body", "prune"):
        try:
            selectors[key] = css_selectors(entry.get(key, []))
        except ValueError as exc:
            raise fail(key, str(exc)) from None
    max_pages = entry.get("max_pages")
    if max_pages is not None and (type(max_pages) is not int or max_pages < 1):
        raise fail("max_pages", f"must be a whole number of at least 1, not {max_pages!r}")
    max_age = entry.get("max_age_days")
    if max_age is not None and (type(max_age) not in {int, float} or not max_age > 0):
        raise fail("max_age_days", f"must be a number of days above 0, not {max_age!r}")
    language = entry.get("language")
    if language is not None and not (isinstance(language, str) and _LANGUAGE.match(language)):
        raise fail("language", f"must be a language code such as 'en' or 'pt-BR', not {language!r}")
    return Site(
        name=name,
        urls=tuple(urls),
        allow=patterns["allow"],
        deny=patterns["deny"],
        body=selectors["body"],
        prune=selectors["prune"],
        max_pages=max_pages,
        max_age_days=float(max_age) if max_age is not None else None,
        language=language,
        domains=frozenset(site_of(url) for url in urls),
    )


def _strings(value: Any, key: str, fail: Any) -> list[str]:
    if value is None:
        return []
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise fail(key, "must be a string or a list of strings")
    return [v.strip() for v in values if v.strip()]


def _patterns(value: Any, key: str, fail: Any) -> tuple[re.Pattern[str], ...]:
    compiled = []
    for pattern in _strings(value, key, fail):
        try:
            compiled.append(re.compile(pattern))
        except re.error as exc:
            raise fail(key, f"bad regular expression {pattern!r} ({exc})") from None
    return tuple(compiled)


def _check_unique(sites: list[tuple[Site, str]]) -> None:
    names: set[str] = set()
    owners: dict[str, str] = {}
    for site, where in sites:
        if site.name in names:
            raise SitesError(f"{where}: site {site.name!r}: name: used by another site too")
        names.add(site.name)
        for domain in sorted(site.domains):
            if domain in owners:
                raise SitesError(
                    f"{where}: site {site.name!r}: urls: {domain} is already site "
                    f"{owners[domain]!r}'s; one [[site]] per domain (put both sets of URLs "
                    "and patterns in one)"
                )
            owners[domain] = site.name
