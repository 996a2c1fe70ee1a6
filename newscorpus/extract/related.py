"""The vocabulary of labels that introduce other stories ("Read also", "Lesen Sie auch",
"Новости по теме"), in the languages news sites are most often written in: one place for every
stage that looks for them (the teaser detectors on the HTML, the claims, the line rules).

A label like this is never body text: as a heading in the HTML it announces a box of links, and
as a line of extracted text it announces the teasers after it. English headings are matched
more loosely (:data:`RELATED_HEADING`); the class and id tokens of such boxes are
:data:`RELATED_CLASS`.
"""

from __future__ import annotations

import re

RELATED_PHRASES = {
    "en": "related|related (?:stories|articles|content|coverage|news|posts|links|topics|reading)"
    "|read (?:more|also|next)|also read|more (?:stories|news)|you (?:may|might) also like"
    "|recommended(?: for you)?|most (?:read|popular|viewed)(?: in [\\w ]{1,30})?"
    "|trending(?: now)?|popular now"
    "|in case you missed it|don'?t miss|see also|further reading|top stories|editor'?s picks"
    "|what to read next|keep reading|up next",
    "de": "lesen sie auch|auch interessant|mehr zum thema|das könnte sie auch interessieren"
    "|top-?themen|meistgelesen|empfehlungen der redaktion"
    "|weitere artikel|(?:verwandte|ähnliche|empfohlene) artikel",
    "fr": "à lire aussi|lire aussi|à lire également|voir aussi|sur le même sujet|les plus lus"
    "|à la une|les plus partagés"
    "|articles (?:liés|similaires)|vous aimerez aussi|tendances|à ne pas manquer",
    "es": "le[ae] también|leer también|ver también|(?:también )?(?:te|le) puede interesar"
    "|(?:noticias|artículos) relacionad[oa]s|lo más leído|más leíd[oa]s|tendencias|más noticias"
    "|destacad[oa]s|en portada",
    "pt": "leia também|leia mais|veja também|saiba mais|notícias relacionadas|mais lid[oa]s"
    "|você também pode gostar|tendências",
    "it": "leggi anche|(?:ti )?potrebbe interessarti|articoli correlati|(?:i )?più letti"
    "|da non perdere|in evidenza|primo piano",
    "nl": "lees ook|ook interessant|meest gelezen|gerelateerde artikelen|meer nieuws|aanbevolen",
    "sv/da/no": "läs också|läs även|mest läst|relaterade artiklar|læs også|les også"
    "|mest læste|mest lest|relaterte artikler|relaterede artikler",
    "fi": "lue myös|luetuimmat|aiheeseen liittyvät",
    "pl": "czytaj (?:także|też)|zobacz (?:także|też)|przeczytaj także|najczęściej czytane"
    "|polecane|(?:podobne|powiązane) artykuły|najważniejsze",
    "cs/sk": "čtěte také|přečtěte si také|související články|nejčtenější|čítajte tiež"
    "|súvisiace články|najčítanejšie",
    "ru/uk": "читайте также|читайте еще|по теме|новости по теме|похожие новости|популярное"
    "|самое читаемое|смотрите также|главное|читайте також|дивіться також|по темі|головне",
    "tr": "(?:bunlar da )?ilginizi çekebilir|ayrıca okuyun|ilgili haberler|en çok okunanlar"
    "|benzer haberler",
    "ar": "اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|(?:مقالات|أخبار) ذات صلة|الأكثر قراءة|قد يهمك",
    "he": "קראו גם|כתבות נוספות",
    "zh": "相关阅读|相关新闻|相关文章|延伸阅读|推荐阅读|热门文章|猜你喜欢|相關新聞|延伸閱讀",
    "ja": "関連記事|関連ニュース|おすすめ記事|人気記事|あわせて読みたい",
    "ko": "관련 ?기사|많이 본 뉴스|추천 기사|인기 기사",
    "id/ms": "baca juga|baca selanjutnya|berita terkait|artikel terkait|terpopuler",
    "vi": "xem thêm|tin liên quan|đọc thêm|bài liên quan",
    "el": "διαβάστε επίσης|σχετικά άρθρα",
    "ro": "citește și|citeste si|articole similare|cele mai citite",
    "hu": "kapcsolódó cikkek|ezt is ajánljuk|legolvasottabb",
}
_PHRASES = "|".join(RELATED_PHRASES.values())
# A whole line (or heading) that is only such a label, lower-cased first.
RELATED_LABEL = re.compile(rf"^\W*(?:{_PHRASES})\W*$")
# A line that opens with one, as a pointer to another story: "Lesen Sie auch: <headline>".
RELATED_POINTER = re.compile(rf"^\W*(?:{_PHRASES})\s*[:：|»›→]\s*\w")
MAX_LABEL_WORDS = 6
#: An English heading that introduces links to other stories, whole, in lower case: the
#: phrases above and their looser variants ("More from <section>", "Read more about ...").
RELATED_HEADING = re.compile(
    r"^\W*(?:related(?: (?:stories|articles|content|coverage|news|reading|links|topics))?"
    r"|read (?:more|also|next|this next)(?: (?:on|about|from)\b.*)?"
    r"|(?:also|further|recommended|suggested|essential) read(?:ing|s)?"
    r"|more (?:on|about) (?:this|the) (?:story|topic|subject)"
    r"|more (?:[\w'-]+ ){0,3}(?:stories|news|articles|reads|coverage|headlines)"
    r"|more (?:to read|like this|from [\w .'-]{1,40})"
    r"|see also|you (?:may|might|could) (?:also )?(?:like|enjoy|be interested in)"
    r"|recommended(?: for you| stories| articles)?|most (?:read|popular|viewed|shared|watched)"
    r"|trending(?: now| stories)?|top stories|popular(?: now| stories)?|editor'?s picks"
    r"|don'?t miss|what to read next|in other news|latest (?:news|stories|headlines)"
    r"|other stories|up next|next up|keep reading)\W*$"
)
#: A line that opens with a short label and a separator, pointing at another story or at
#: media: "Related: ...", "Watch: ...", "Photos | ...", "Lesen Sie auch: ...".
RELATED_PREFIX = re.compile(
    r"^\W*(?:related(?: stories| articles| coverage)?|read (?:more|also|next)|also read|also"
    r"|see also|more|watch|listen|video|photos?|gallery|recommended|lesen sie auch|mehr zum thema"
    r"|à lire aussi|lire aussi|leggi anche|ver también|lea también|leia também|читайте также"
    r"|関連記事)\s*[:：|»]",
    re.IGNORECASE,
)
#: Class and id tokens of boxes that hold links to other stories, matched in lower case (a
#: case-insensitive search is several times slower, and runs on every block of the page).
RELATED_CLASS = re.compile(
    r"related|more[-_]?(?:stories|news|articles|from|on)|read[-_]?(?:more|also|next)"
    r"|recommend|also[-_]?(?:read|like)|see[-_]?also|most[-_]?(?:read|popular|viewed)"
    r"|popular|trending|teaser|promo|outbrain|taboola|you[-_]?may|further[-_]?reading"
    r"|up[-_]?next|next[-_]?up|headlines|latest"
)


def is_related_pointer(line: str) -> bool:
    """Whether ``line`` is a pointer to another story behind such a label."""
    return bool(RELATED_POINTER.match(line.lower()))


def is_related_label(text: str) -> bool:
    """Whether ``text`` is only a label introducing other stories, in any listed language."""
    return len(text.split()) <= MAX_LABEL_WORDS and bool(RELATED_LABEL.match(text.lower()))


def announces_stories(text: str) -> bool:
    """Whether a heading's text announces other stories ("Related", "Lesen Sie auch")."""
    return bool(RELATED_HEADING.match(text.lower()) or is_related_label(text))


def opens_with_label(line: str) -> bool:
    """Whether ``line`` opens with a label pointing elsewhere: "Read more: ...", "[Related:
    ...]", "Watch: ...", "Lesen Sie auch | ..."."""
    return bool(RELATED_PREFIX.match(line) or is_related_pointer(line))
