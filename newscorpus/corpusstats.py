"""``newscorpus stats``: counts per site, publication day and language, and the length
distribution of JSONL corpora (plain, gzip or zstd), in one streaming pass.

Memory does not grow with the number of records: each record is read, counted and let go;
lengths go into a histogram of logarithmic bins (each 2 % wide, so about 800 bins up to ten
million words), from which the quantiles are read to within 1 % (exactly below 50). What does
grow is one counter per distinct site, day and language."""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newscorpus.corpusfile import read_lines
from newscorpus.extract.text import count_words
from newscorpus.records import publication_day, site_key

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from pathlib import Path

#: Quantiles shown by default.
QUANTILES = (0.0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1.0)
#: Width of a histogram bin: each holds the lengths within this ratio of each other.
BIN_RATIO = 1.02
_LOG_RATIO = math.log(BIN_RATIO)


@dataclass
class LengthHistogram:
    """Lengths (non-negative integers) in logarithmic bins: bounded memory, quantiles to
    within :data:`BIN_RATIO`, exact count, sum, minimum and maximum."""

    bins: Counter[int] = field(default_factory=Counter)
    count: int = 0
    total: int = 0
    low: int | None = None
    high: int | None = None

    @staticmethod
    def bin_of(length: int) -> int:
        return 0 if length <= 0 else 1 + int(math.log(length) / _LOG_RATIO + 1e-9)

    @staticmethod
    def bounds(index: int) -> tuple[int, int]:
        """The smallest and largest length of bin ``index``."""
        if index == 0:
            return 0, 0
        low = math.ceil(BIN_RATIO ** (index - 1) - 1e-9)
        high = math.ceil(BIN_RATIO**index - 1e-9) - 1
        return low, max(low, high)

    def add(self, length: int) -> None:
        self.bins[self.bin_of(length)] += 1
        self.count += 1
        self.total += length
        self.low = length if self.low is None else min(self.low, length)
        self.high = length if self.high is None else max(self.high, length)

    def quantile(self, q: float) -> int | None:
        """The length below which a share ``q`` of the lengths lie (nearest rank), to within
        a bin; the exact minimum at 0 and maximum at 1."""
        if not self.count or self.low is None or self.high is None:
            return None
        if q <= 0:
            return self.low
        if q >= 1:
            return self.high
        rank = max(1, math.ceil(q * self.count))
        seen = 0
        for index in sorted(self.bins):
            seen += self.bins[index]
            if seen >= rank:
                low, high = self.bounds(index)
                middle = round(math.sqrt(low * high)) if low else high
                return min(max(middle, self.low), self.high)
        return self.high

    @property
    def mean(self) -> float | None:
        return self.total / self.count if self.count else None


@dataclass
class CorpusStats:
    """What a pass over corpora counted."""

    records: int = 0
    sites: Counter[str] = field(default_factory=Counter)
    days: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    words: LengthHistogram = field(default_factory=LengthHistogram)
    characters: LengthHistogram = field(default_factory=LengthHistogram)
    #: Lines that are no record (not JSON, no ``text``); the first one's file:line.
    unreadable: int = 0
    first_unreadable: str | None = None

    def add(self, record: dict[str, Any]) -> None:
        self.records += 1
        self.sites[site_key(record)] += 1
        self.days[publication_day(record)] += 1
        language = record.get("language")
        self.languages[language if isinstance(language, str) and language else "unknown"] += 1
        self.words.add(count_words(record["text"]))
        self.characters.add(len(record["text"]))

    def as_dict(self, quantiles: Iterable[float] = QUANTILES) -> dict[str, Any]:
        def lengths(histogram: LengthHistogram) -> dict[str, Any]:
            return {
                "mean": histogram.mean,
                "quantiles": {f"{q:g}": histogram.quantile(q) for q in quantiles},
            }

        return {
            "records": self.records,
            "unreadable_lines": self.unreadable,
            "sites": dict(self.sites.most_common()),
            "days": dict(sorted(self.days.items())),
            "languages": dict(self.languages.most_common()),
            "words": lengths(self.words),
            "characters": lengths(self.characters),
        }


def records_of(path: Path, stats: CorpusStats) -> Iterator[dict[str, Any]]:
    """The records of one corpus file, one at a time; unreadable lines counted in ``stats``,
    :class:`IncompleteFile` for a compressed file cut short."""
    for number, line in enumerate(read_lines(path), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            record = None
        if isinstance(record, dict) and isinstance(record.get("text"), str):
            yield record
            continue
        stats.unreadable += 1
        stats.first_unreadable = stats.first_unreadable or f"{path}:{number}"


def corpus_stats(paths: Iterable[Path]) -> CorpusStats:
    """One streaming pass over the corpora at ``paths``."""
    stats = CorpusStats()
    for path in paths:
        for record in records_of(path, stats):
            stats.add(record)
    return stats


def format_stats(stats: CorpusStats, top: int | None = None) -> str:
    """The counts as text tables (the ``top`` most frequent sites and languages, and the
    latest ``top`` days, when given)."""
    out = [f"records: {stats.records:,}"]
    if stats.unreadable:
        out.append(
            f"unreadable lines (skipped): {stats.unreadable:,}, the first at "
            f"{stats.first_unreadable}"
        )

    def table(title: str, counts: list[tuple[str, int]], total: int) -> None:
        width = max((len(k) for k, _ in counts), default=0)
        out.append(f"\n{title}:")
        out.extend(f"  {k:<{width}}  {n:>10,}  {100 * n / total:5.1f} %" for k, n in counts)

    if stats.records:
        sites, languages = stats.sites.most_common(top), stats.languages.most_common(top)
        days = sorted(stats.days.items())
        days = days[-top:] if top else days
        table(f"per site ({len(stats.sites)})", sites, stats.records)
        table(f"per publication day ({len(stats.days)})", days, stats.records)
        table(f"per language ({len(stats.languages)})", languages, stats.records)
        out.append("\nlength (quantiles):")
        out.append("  " + f"{'':<11}" + "".join(f"{f'p{100 * q:g}':>9}" for q in QUANTILES))
        for name, histogram in (("words", stats.words), ("characters", stats.characters)):
            cells = "".join(f"{histogram.quantile(q) or 0:>9,}" for q in QUANTILES)
            out.append(f"  {name:<11}{cells}   mean {histogram.mean or 0:,.0f}")
    return "\n".join(out)


def json_stats(stats: CorpusStats) -> str:
    return json.dumps(stats.as_dict(), ensure_ascii=False, indent=1)
