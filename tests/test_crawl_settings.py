"""Settings checked before a run starts: list settings take a JSON list (XPaths hold commas),
and a bad XPath is a one-line usage error instead of an error on every page."""

from __future__ import annotations

import json

import pytest
from scrapy.exceptions import UsageError
from scrapy.settings import Settings

from newscorpus.crawl.lists import setting_list
from tests.conftest import run_crawl

XPATH = "//div[contains(@class, 'no-such-box')]"


def test_list_settings_read_json_lists_lists_and_comma_strings() -> None:
    settings = Settings({"A": json.dumps([XPATH, "//aside"]), "B": "x.toml,y.toml", "C": ["z"]})
    assert setting_list(settings, "A") == [XPATH, "//aside"]
    assert setting_list(settings, "B") == ["x.toml", "y.toml"]
    assert setting_list(settings, "C") == ["z"]
    for bad in ("[not json", '["ok", 3]'):
        with pytest.raises(UsageError):
            setting_list(Settings({"D": bad}), "D")


def test_an_xpath_split_at_its_comma_is_refused_before_the_crawl(seed_server, tmp_path) -> None:
    before = len(seed_server.requested)
    result = run_crawl(
        [seed_server.base_url + "/"], tmp_path / "state", tmp_path / "out.jsonl",
        f"NEWSCORPUS_EXTRACT_PRUNE_XPATH={XPATH}",
    )  # fmt: skip
    assert result.returncode == 2
    last = result.log.strip().splitlines()[-1]
    assert "bad XPath" in last and "JSON list" in last
    assert len(seed_server.requested) == before, "the crawl started"


def test_an_xpath_with_commas_given_as_a_json_list_works(seed_server, tmp_path) -> None:
    result = run_crawl(
        [seed_server.base_url + "/"], tmp_path / "state", tmp_path / "out.jsonl",
        f"NEWSCORPUS_EXTRACT_PRUNE_XPATH={json.dumps([XPATH])}",
    )  # fmt: skip
    assert result.returncode == 0, result.log[-2000:]
    assert len(result.records) == 2
    assert not any(k.startswith("newscorpus/extract/error/") for k in result.stats)


@pytest.mark.parametrize(
    "setting",
    [
        "NEWSCORPUS_DEDUP_LSH_THRESHOLD=1.5",
        "NEWSCORPUS_DEDUP_NUM_PERM=0",
        "NEWSCORPUS_EXTRACT_MIN_WORDS=many",
    ],
)
def test_a_number_out_of_range_is_refused_before_the_crawl(seed_server, tmp_path, setting) -> None:
    before = len(seed_server.requested)
    result = run_crawl([seed_server.base_url + "/"], tmp_path / "s", tmp_path / "o.jsonl", setting)
    assert result.returncode == 2
    assert f"error: {setting.split('=')[0]}" in result.log.strip().splitlines()[-1]
    assert len(seed_server.requested) == before
