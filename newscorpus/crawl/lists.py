"""List settings that survive commas: ``-s NAME='["a, b", "c"]'`` is a JSON list."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from scrapy.exceptions import UsageError

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings


def setting_list(settings: BaseSettings, name: str) -> list[str]:
    """The strings of list setting ``name``: a list, a JSON list of strings (for items holding
    commas, such as XPaths), or Scrapy's comma-separated string."""
    value = settings.get(name)
    if not (isinstance(value, str) and value.lstrip().startswith("[")):
        return [str(v) for v in settings.getlist(name)]
    try:
        parsed = json.loads(value)
    except json.JSONDecodeError as exc:
        raise UsageError(f"{name}: not a JSON list ({exc})", print_help=False) from None
    if not isinstance(parsed, list) or not all(isinstance(v, str) for v in parsed):
        raise UsageError(f"{name}: a JSON list must hold strings only", print_help=False)
    return parsed
