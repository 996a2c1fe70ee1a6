"""Site profiles: declarative, per-site extraction rules that a user extends without Python.

A profile file is TOML, one table per site (its registered domain)::

    ["taipeitimes.com"]
    name = "Taipei Times"            # the site name for records (optional)
    body = ["div.archives"]          # CSS selectors of the article body; text comes from these
    prune = ["div.archives > a"]     # CSS selectors removed before extraction

A profile only narrows what the generic path sees: when its ``body`` selectors match nothing
(the site changed its layout), extraction falls back to the whole page and the miss is counted
(``newscorpus/profiles/missed/<site>``) and logged once, so a stale profile shows instead of
breaking silently.
"""

from __future__ import annotations

import logging
import tomllib
from copy import deepcopy
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cssselect import SelectorError
from lxml.cssselect import CSSSelector
from lxml.html import fromstring

from newscorpus.urls import site_of

if TYPE_CHECKING:
    from collections.abc import Iterable

    from lxml.html import HtmlElement

logger = logging.getLogger(__name__)

#: The bundled profiles: package data, readable from a wheel or a zipped egg too.
BUNDLED = files("newscorpus.extract") / "profiles.toml"
KEYS = frozenset({"name", "body", "prune"})


class ProfileError(ValueError):
    """A profile file that cannot be used; the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class SiteProfile:
    """Extraction rules for one site."""

    site: str
    name: str | None = None
    body: tuple[CSSSelector, ...] = ()
    prune: tuple[CSSSelector, ...] = ()

    def pruned(self, tree: HtmlElement) -> list[HtmlElement]:
        """The elements of ``tree`` the profile removes."""
        return [el for selector in self.prune for el in selector(tree)]

    def body_elements(self, tree: HtmlElement) -> list[HtmlElement]:
        """The outermost elements of ``tree`` that hold the article body."""
        found = [el for selector in self.body for el in selector(tree)]
        return [el for el in found if not any(a in found for a in el.iterancestors())]


def body_only(bodies: list[HtmlElement]) -> HtmlElement:
    """A new document whose body holds copies of ``bodies`` only."""
    document = fromstring("<html><body></body></html>")
    body = document.find("body")
    for element in bodies:
        body.append(deepcopy(element))
    return document


def css_selectors(value: Any) -> tuple[CSSSelector, ...]:
    """The compiled ``body`` or ``prune`` value of a profile: a CSS selector or a list of them;
    a :class:`ValueError` saying what is wrong otherwise (the caller names where)."""
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ValueError("must be a CSS selector or a list of them")
    try:
        return tuple(CSSSelector(v) for v in values)
    except SelectorError as exc:
        raise ValueError(f"bad CSS selector ({exc})") from exc


def _selectors(source: str, site: str, key: str, value: Any) -> tuple[CSSSelector, ...]:
    try:
        return css_selectors(value)
    except ValueError as exc:
        separator = " " if str(exc).startswith("must") else ": "
        raise ProfileError(f"{source}: [{site}] {key}{separator}{exc}") from exc


def _check_site(source: str, site: str) -> None:
    """Refuse a table name that is no site as :func:`site_of` names sites (a registered
    domain, or ``host:port`` for a host without one): its profile would never apply."""
    try:
        own = site_of(f"http://{site}/")
    except ValueError:
        own = ""
    if own == site.lower() and ("." in own or ":" in own):
        return
    hint = f': use ["{own}"], which covers all its hosts' if "." in own else ""
    raise ProfileError(f"{source}: [{site}] is not a registered domain{hint}")


def parse_profiles(data: dict[str, Any], source: str) -> dict[str, SiteProfile]:
    """Profiles from a parsed TOML document; ``source`` names it in errors."""
    profiles = {}
    for site, entry in data.items():
        if not isinstance(entry, dict):
            raise ProfileError(f"{source}: [{site}] must be a table")
        if unknown := set(entry) - KEYS:
            raise ProfileError(f"{source}: [{site}] unknown keys {sorted(unknown)}")
        _check_site(source, site)
        name = entry.get("name")
        if name is not None and not isinstance(name, str):
            raise ProfileError(f"{source}: [{site}] name must be a string")
        profiles[site.lower()] = SiteProfile(
            site=site.lower(),
            name=name,
            body=_selectors(source, site, "body", entry.get("body", [])),
            prune=_selectors(source, site, "prune", entry.get("prune", [])),
        )
    return profiles


class SiteProfiles:
    """The profiles in force, looked up by URL."""

    def __init__(self, profiles: dict[str, SiteProfile] | None = None) -> None:
        self.profiles = profiles or {}

    @classmethod
    def load(cls, paths: Iterable[str | Path], bundled: bool = True) -> SiteProfiles:
        """The bundled profiles (unless ``bundled`` is false), then each file in turn; a later
        file's entry for a site replaces an earlier one."""
        profiles: dict[str, SiteProfile] = {}
        for path in [BUNDLED] * bundled + [Path(p) for p in paths]:
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                raise ProfileError(f"cannot read site profiles {path}: {exc}") from exc
            profiles.update(parse_profiles(data, str(path)))
        return cls(profiles)

    @classmethod
    @cache
    def bundled(cls) -> SiteProfiles:
        """The profiles shipped with newscorpus (loaded once)."""
        return cls.load([])

    def for_url(self, url: str | None) -> SiteProfile | None:
        """The profile of the site ``url`` belongs to, if any."""
        return self.profiles.get(site_of(url)) if url and self.profiles else None

    def __len__(self) -> int:
        return len(self.profiles)
