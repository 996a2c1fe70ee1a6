"""Faults handled as users expect, crawled from the fixture news site on 127.0.0.1: links
that redirect, bodies cut short, charsets declared wrongly, a page with a huge number of
links."""

from __future__ import annotations

import pytest

from tests.conftest import run_crawl
from tests.fixture_site import FixtureServer, Page, build_news_site

HTML = "text/html; charset=utf-8"
#: Only the start pages and the pages they link to.
ONE_HOP = ("DEPTH_LIMIT=1", "NEWSCORPUS_ROBOTS_SITEMAPS=False")
ONLY_START_URLS = ("NEWSCORPUS_FOLLOW_LINKS=False", "NEWSCORPUS_ROBOTS_SITEMAPS=False")


@pytest.fixture
def server():
    with FixtureServer(build_news_site) as srv:
        yield srv


def articles(site) -> list[str]:
    return [p for p, a in site.articles.items() if a.kind == "article"]


def paths(requested: list[str]) -> set[str]:
    return {r.split("?")[0] for r in requested}


def listing(links: list[str]) -> bytes:
    """A bare HTML page linking to ``links``."""
    anchors = "".join(f'<li><a href="{link}">story {i}</a></li>' for i, link in enumerate(links))
    return f"<html><body><h1>Moved stories</h1><ul>{anchors}</ul></body></html>".encode()


def test_a_second_run_asks_for_no_article_behind_a_redirect_again(server, tmp_path) -> None:
    site, stories = server.site, articles(server.site)
    for path in stories:  # the old address of each story redirects to its page
        site.pages["/old" + path] = Page(301, HTML, b"", {"Location": site.url(path)})
    site.pages["/moved"] = Page(200, HTML, listing(["/old" + path for path in stories]))
    start, state, corpus = [site.url("/moved")], tmp_path / "state", tmp_path / "corpus.jsonl"
    first = run_crawl(start, state, corpus, *ONE_HOP)
    assert first.returncode == 0, first.log[-2000:]
    assert {r["url"] for r in first.records} == {
        site.url(site.articles[p].canonical_path) for p in stories
    }
    server.requested.clear()
    second = run_crawl(start, state, corpus, *ONE_HOP, output="-o")
    assert second.returncode == 0, second.log[-2000:]
    asked_again = paths(server.requested) & {*stories, *("/old" + p for p in stories)}
    assert asked_again == set()
    assert second.stats.get("newscorpus/skipped/seen_url") == len(stories)
    assert len(second.records) == len(first.records), "the corpus is whole"


@pytest.mark.parametrize(
    ("length", "settings"),
    [
        (lambda body: len(body) // 2, ()),  # the client reads half the page and stops
        (lambda body: 2 * len(body), ("DOWNLOAD_FAIL_ON_DATALOSS=False",)),  # Scrapy keeps it
    ],
    ids=["content-length-short", "body-short"],
)
def test_a_body_cut_short_is_never_a_record(server, tmp_path, length, settings) -> None:
    site = server.site
    path = articles(site)[0]
    whole = site.pages[path]
    site.pages[path] = Page(200, HTML, whole.body, {"Content-Length": str(length(whole.body))})
    state, corpus = tmp_path / "state", tmp_path / "corpus.jsonl"
    cut = run_crawl([site.url(path)], state, corpus, *ONLY_START_URLS, *settings)
    assert cut.records == []
    assert cut.stats.get("newscorpus/skipped/cut_short") == 1
    (line,) = [ln for ln in cut.log.splitlines() if "body ends before the page does" in ln]
    assert site.url(path) in line and len(line) < 400
    site.pages[path] = whole  # the site answers whole again: the page was not marked done
    again = run_crawl([site.url(path)], state, corpus, *ONLY_START_URLS, output="-o")
    assert [r["text"] for r in again.records] == [site.articles[path].text]


#: A story in Japanese, for a page served in Shift_JIS.
JAPANESE_STORY = (
    "港湾労働者の組合は木曜日、三週間続いたストライキを終えると発表した。",
    "組合と港湾運営会社は前夜遅くまで交渉を続け、賃金を三年間で八パーセント引き上げることで合意した。",
    "ストライキの間、港には百隻を超える貨物船が沖合で待機し、"
    "自動車部品や食料品の輸入が大幅に遅れていた。",
    "運営会社の広報担当者は、荷役作業は金曜日の朝から再開され、"
    "滞っている貨物の処理には少なくとも二週間かかる見通しだと説明した。",
    "地元の商工会議所は合意を歓迎する一方で、"
    "今回の遅れによる損失は中小企業を中心に数十億円に上るとの試算を示した。",
    "組合の委員長は記者会見で、夜間勤務の手当や安全対策の見直しについても"
    "今後話し合いを続けると述べた。",
    "市長は、港の機能が止まれば地域経済全体に影響が及ぶとして、"
    "双方に対し再発防止のための定期的な協議の場を設けるよう求めた。",
    "物流業者の間では、年末の繁忙期を前に輸送が正常に戻るかどうかを懸念する声も上がっている。",
)


def japanese_page(base_url: str) -> tuple[str, bytes]:
    """The path and Shift_JIS bytes of a Japanese article page that declares UTF-8."""
    from tests.fixture_site.layouts import LAYOUTS, ArticleView

    layout, path = LAYOUTS["taipei"], "/News/biz/archives/2026/03/14/2003850001"
    view = ArticleView(
        title="港湾ストライキが終結、賃上げで合意",
        byline="記者 山田花子",
        authors=("山田花子",),
        published="2026-03-14T09:00:00+09:00",
        section="biz",
        language="ja",
        description=JAPANESE_STORY[0],
        canonical_url=base_url + path,
        image="",
        tags=(),
        body_html="\n".join(layout.paragraph(p, None) for p in JAPANESE_STORY),
        after_html="",
    )
    return path, layout.page(view).encode("shift_jis", errors="xmlcharrefreplace")


def test_a_page_in_another_charset_than_it_declares_is_read_in_its_own(server, tmp_path) -> None:
    site = server.site
    german = next(p for p, a in site.articles.items() if a.language == "de")
    site.pages[german] = Page(200, HTML, site.pages[german].body.decode().encode("cp1252"))
    japanese, body = japanese_page(site.base_url)
    site.pages[japanese] = Page(200, HTML, body)
    urls = [site.url(german), site.url(japanese)]
    result = run_crawl(urls, tmp_path / "state", tmp_path / "corpus.jsonl", *ONLY_START_URLS)
    assert result.returncode == 0, result.log[-2000:]
    texts = {r["url"].removeprefix(site.base_url): r["text"] for r in result.records}
    assert texts == {german: site.articles[german].text, japanese: "\n".join(JAPANESE_STORY)}
    assert {r["language"] for r in result.records} == {"de", "ja"}
    assert result.stats.get("newscorpus/charset/from_content") == 2


def test_a_record_whose_text_holds_replacement_characters_is_dropped(server, tmp_path) -> None:
    site = server.site
    german = next(p for p, a in site.articles.items() if a.language == "de")
    broken = site.pages[german].body.decode().replace("ü", "\ufffd")  # the site's own mojibake
    site.pages[german] = Page(200, HTML, broken.encode("utf-8"))
    url = site.url(german)
    result = run_crawl([url], tmp_path / "state", tmp_path / "corpus.jsonl", *ONLY_START_URLS)
    assert result.records == []
    assert result.stats.get("newscorpus/extract/undecodable") == 1
    assert f"undecodable text: {url}" in result.log


def test_a_page_with_100_000_links_follows_only_the_first_and_is_not_extracted(
    server, tmp_path
) -> None:
    site, cap = server.site, 50
    story = articles(site)[0]
    flood = [story] + [f"/archive/{n}" for n in range(100_000)]
    site.pages["/everything"] = Page(200, HTML, listing(flood))
    result = run_crawl(
        [site.url("/everything")], tmp_path / "state", tmp_path / "corpus.jsonl", *ONE_HOP,
        f"NEWSCORPUS_MAX_LINKS_PER_PAGE={cap}",
    )  # fmt: skip
    assert result.returncode == 0, result.log[-2000:]
    followed = {p for p in paths(server.requested) if p in set(flood)}
    assert followed == set(flood[:cap])
    assert [r["url"] for r in result.records] == [site.url(site.articles[story].canonical_path)]
    assert result.stats.get("newscorpus/skipped/link_flood") == 1
    assert result.stats.get("newscorpus/links/over_cap") == len(flood) - cap
    assert result.stats.get("newscorpus/extract/pages") == 1  # the story, not the flood
    (line,) = [ln for ln in result.log.splitlines() if "NEWSCORPUS_MAX_LINKS_PER_PAGE" in ln]
    assert len(line) < 400
