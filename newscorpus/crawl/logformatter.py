"""Scrapy's log messages with items left out: a page's HTML or a record's text never reaches
the log. A dropped or failed page is one line: what happened, the URL and, for a duplicate, the
record it duplicates (the drop reasons' own messages say so)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from itemadapter import ItemAdapter, is_item
from scrapy.logformatter import LogFormatter, LogFormatterResult

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.http import Response
    from twisted.python.failure import Failure

#: Longest exception message kept in a log line (an exception may quote the page).
MAX_REASON = 300


def describe(item: Any) -> str:
    """An item by its id and URL, never by its content."""
    if not is_item(item):
        return type(item).__name__
    adapter = ItemAdapter(item)
    return " ".join(str(adapter[k]) for k in ("id", "url") if adapter.get(k)) or type(item).__name__


def one_line(text: str) -> str:
    """``text`` on one line, cut to :data:`MAX_REASON` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= MAX_REASON else flat[: MAX_REASON - 1] + "…"


class BriefLogFormatter(LogFormatter):
    """:class:`LogFormatter` whose scraped, dropped and item-error messages name the item
    (:func:`describe`) instead of printing it."""

    def scraped(
        self, item: Any, response: Response | Failure | None, spider: Spider
    ) -> LogFormatterResult:
        entry = super().scraped(item, response, spider)
        entry["msg"] = "Scraped from %(src)s: %(item)s"
        entry["args"] = {**entry["args"], "item": describe(item)}
        return entry

    def dropped(
        self,
        item: Any,
        exception: BaseException,
        response: Response | Failure | None,
        spider: Spider,
    ) -> LogFormatterResult:
        entry = super().dropped(item, exception, response, spider)
        entry["msg"] = "Dropped: %(exception)s"
        entry["args"] = {"exception": one_line(str(exception))}
        return entry

    def item_error(
        self,
        item: Any,
        exception: BaseException,
        response: Response | Failure | None,
        spider: Spider,
    ) -> LogFormatterResult:
        entry = super().item_error(item, exception, response, spider)
        entry["args"] = {**entry["args"], "item": describe(item)}
        return entry
