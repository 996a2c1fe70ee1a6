"""Text helpers: escaping, the suite's word tokens, language guess, cutting leads mid-sentence."""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import random

# Scripts written without spaces: each character is one word for leak matching.
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
TOKEN = re.compile(rf"[{CJK}]|[^\W{CJK}]+")
CJK_CHAR = re.compile(rf"[{CJK}]")
SPACE = re.compile(r"\s+")
WORD = re.compile(r"\w+")
# Cut points must not leave the lead ending on these (it must read as cut mid-sentence).
CLOSING = ".!?…:;,。！？、」』)]）»”\"'’—–-"

STOPWORDS_TEXT = {
    "en": "the and of is that for with was are this",
    "de": "der die und das ist nicht mit sich auf den",
    "fr": "le les des est une pour dans qui pas sur",
    "es": "el los las del por una para con que se",
    "it": "il che della di per una non sono gli anche è nel alla questo delle",
    "pt": "não uma para com que os das dos em ao",
    "id": "yang dan dengan untuk dari ini itu tidak dalam akan",
}
STOPWORDS = {lang: frozenset(words.split()) for lang, words in STOPWORDS_TEXT.items()}


def esc(text: str) -> str:
    """Escape text for element content and attribute values."""
    return html.escape(text, quote=True)


def normalise(text: str) -> str:
    """NFKC, casefold, whitespace collapsed: the form leak matching compares."""
    return SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


@lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[str, ...]:
    """Words of the normalised text; a CJK character is a word of its own."""
    return tuple(TOKEN.findall(normalise(text)))


def word_count(text: str) -> int:
    """Runs of word characters, as the AEB metric counts them."""
    return len(WORD.findall(text))


def guess_language(text: str) -> str:
    """ISO 639-1 code from script, then from the commonest stopwords."""
    sample = text[:6000]
    if re.search(r"[\u3040-\u30ff]", sample):
        return "ja"
    if len(re.findall(r"[\uac00-\ud7af]", sample)) > 20:
        return "ko"
    if len(re.findall(r"[\u0400-\u04ff]", sample)) > 20:
        return "ru"
    words = WORD.findall(sample.lower())
    scores = {lang: sum(w in stop for w in words) for lang, stop in STOPWORDS.items()}
    return max(sorted(scores), key=lambda lang: scores[lang])


def is_cjk(text: str) -> bool:
    """True when most of the text is in a script written without spaces."""
    return len(CJK_CHAR.findall(text)) > len(text) / 3


@lru_cache(maxsize=8192)
def cut_lead(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word boundary, ending on a bare word.

    Never the whole text and never ending on punctuation, so it reads as cut mid-sentence.
    CJK text is cut between characters.
    """
    text = SPACE.sub(" ", text).strip()
    if is_cjk(text):
        end = min(limit, len(text) - 1)
        while end > 0 and (text[end - 1] in CLOSING or text[end - 1].isspace()):
            end -= 1
        return text[:end]
    words = text.split(" ")
    kept: list[str] = []
    length = 0
    for word in words[:-1]:
        extra = len(word) + (1 if kept else 0)
        if length + extra > limit:
            break
        kept.append(word)
        length += extra
    while kept and (kept[-1][-1] in CLOSING or not kept[-1][-1].isalnum()):
        kept.pop()
    return " ".join(kept)


def slug_words(url: str) -> str:
    """Words of the last path segment of a URL that looks like a slug, else ''."""
    path = url.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
    path = re.sub(r"\.(html?|php|aspx?)$", "", path)
    parts = [p for p in re.split(r"[-_]", path) if p.isalpha()]
    return " ".join(parts) if len(parts) >= 4 else ""


def wrap_words(text: str, rng: random.Random, href: str, tag: str = "a") -> str:
    """Escaped `text` with 2-4 consecutive words wrapped in a link (or `tag`), text unchanged."""
    parts = re.split(r"(\s+)", text)
    words = list(range(0, len(parts), 2))
    if len(words) < 8:
        return esc(text)
    span = rng.randint(2, 4)
    start = words[rng.randint(1, len(words) - span - 1)]
    end = start + 2 * (span - 1)
    attrs = f' href="{esc(href)}"' if tag == "a" else ""
    return (
        esc("".join(parts[:start]))
        + f"<{tag}{attrs}>{esc(''.join(parts[start : end + 1]))}</{tag}>"
        + esc("".join(parts[end + 1 :]))
    )
