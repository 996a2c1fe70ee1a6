"""Page furniture that reaches the extracted text as whole lines, recognised by their shape.

Each predicate looks at one line. They are applied by :mod:`.lines` only where such lines
live: before the first paragraph (dates, bylines, reading times, section labels), after the
last (credits, calls to action, "Comments", "Tags"), or anywhere for lines that can never be
body text ("CLICK HERE to get the app", "[Related: ...]").
"""

from __future__ import annotations

import re

from newscorpus.extract.related import opens_with_label
from newscorpus.extract.text import LINE_END

_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
DATE_OR_TIME = re.compile(
    rf"\b\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}}\b|\b\d{{1,2}}:\d{{2}}\b"
    rf"|\b(?:{_MONTH})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\.?\s+(?:{_MONTH})\b"
    r"|\d{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日",
    re.IGNORECASE,
)
READING_TIME = re.compile(
    r"\b\d+\s*(?:min(?:ute)?s?|mins?)\.?\s*(?:read|de leitura|de lectura|lesezeit|lecture)\b"
    r"|\b(?:reading time|tempo de leitura|tiempo de lectura|lesezeit|temps de lecture)\b",
    re.IGNORECASE,
)
META_PREFIX = re.compile(
    r"^(?:updated|published|posted|last updated|first published|publicado|actualizado"
    r"|veröffentlicht|aktualisiert|publié|mis à jour|pubblicato|aggiornato)\b",
    re.IGNORECASE,
)
CREDIT = re.compile(
    r"^\W*(?:(?:additional |with )?(?:reporting|writing|editing|compiled|research|produced"
    r"|translated|graphics)\b[^.]{0,200}?\bby\b"
    r"|(?:the )?associated press (?:writers?|reporters?)\b"
    r"|(?:[\w.'-]+ ){1,6}contributed (?:to )?(?:this|the) (?:report|story|article))",
    re.IGNORECASE,
)
CALL_TO_ACTION = re.compile(
    r"\bclick(?:ing)? here\b|\btap here\b"
    r"|^[\[(\s]*(?:subscribe|sign up|follow (?:us|[\w@.'-]+(?: [\w@.'-]+){0,4}) on|like us on"
    r"|download (?:our|the)|get (?:the|our) [\w .'-]{1,40} (?:app|newsletter)"
    r"|listen (?:to|on|live)|watch (?:live|now|the video)|write to|join (?:us|our)"
    r"|share this|if you (?:enjoyed|liked|value|appreciate)|support (?:our|us)\b"
    r"|this copy is for your personal|(?:got|have) a (?:story|news tip|tip)\b"
    r"|send us your (?:story|stories|news|tips)|call the news ?desk|tell us what you think"
    r"|reach (?:the )?(?:reporters?|writers?|authors?) (?:on|at|via)\b"
    r"|follow [\w'’. ]{1,40} coverage (?:of|at|on)\b)",
    re.IGNORECASE,
)
# Comment links under a post: "Log in to post comments", "Leave a reply", "6 comments".
COMMENT_PROMPT = re.compile(
    r"^\W*(?:(?:log ?in|sign in|register|create an account)\b[^.]{0,30}\bto (?:post|comment|reply)"
    r"|(?:leave|post|add|write) a (?:comment|reply)\W*$|\d+ comments?\W*$)",
    re.IGNORECASE,
)
# The post's tags and categories, as a line: "Filed under: Politics |", "Tags: a, b".
TAXONOMY = re.compile(
    r"^\W*(?:filed under|tags?|tagged(?: with)?|categor(?:y|ies)|posted in|schlagwörter"
    r"|étiquettes|etiquetas|tópicos|rubriken)\s*:",
    re.IGNORECASE,
)
# A line led by an arrow: "→ Headline of another story".
ARROW_POINTER = re.compile(r"^\s*[→⇒➔➜➝►▶»›]\s*\w")
# Whole lines of page furniture, in the languages news sites are most often written in.
FURNITURE_LINE = re.compile(
    r"^\W*(?:advertisement|advertising|anzeige|werbung|publicidad|publicidade|publicité"
    r"|pubblicità|реклама|広告|광고|sponsored(?: content)?|printer[- ]friendly(?: version)?"
    r"|print(?: this)?(?: article| story| page)?|e-?mail(?: this)?(?: to a friend| article)?"
    r"|share(?: this)?(?: article| story)?|back to top|top of page)\W*$"
    r"|^\W*(?:copyright\b|©|\(c\) \d{4})|\ball rights reserved\b",
    re.IGNORECASE,
)
WORD_CHAR = re.compile(r"\w")

MAX_META_WORDS = 14
MAX_LABEL_WORDS = 3
MAX_FURNITURE_WORDS = 40


def _words(line: str) -> int:
    return len(line.split())


def is_meta_line(line: str) -> bool:
    """A short line of article metadata: a date or time, a reading time, "Updated ..."."""
    if _words(line) > MAX_META_WORDS:
        return False
    return bool(DATE_OR_TIME.search(line) or READING_TIME.search(line) or META_PREFIX.match(line))


def is_furniture_line(line: str) -> bool:
    """A whole line of page furniture: "Advertisement", "Printer friendly version", a copyright
    notice, or punctuation alone ("|", "***"; a "___" rule is kept, like the text's words)."""
    if not WORD_CHAR.search(line):
        return True
    return _words(line) <= MAX_FURNITURE_WORDS and bool(FURNITURE_LINE.search(line))


def is_label(line: str, max_words: int = MAX_LABEL_WORDS) -> bool:
    """A bare label of a few words with no sentence in it: "Review", "Comments", "Tags"."""
    return _words(line) <= max_words and not LINE_END.search(line) and not line.startswith("- ")


def is_taxonomy(line: str) -> bool:
    """A line of the post's tags or categories: "Filed under: Politics |", "Tags: a, b"."""
    return _words(line) <= MAX_FURNITURE_WORDS and bool(TAXONOMY.match(line))


def is_credit(line: str) -> bool:
    """A reporting credit: "(Reporting by ...; editing by ...)", "AP writers ... contributed"."""
    return _words(line) <= 2 * MAX_FURNITURE_WORDS and bool(CREDIT.match(line))


def is_call_to_action(line: str) -> bool:
    """A promotion: "Click here to ...", "Subscribe to ...", "Follow us on ...", "Write to ...",
    or a comment prompt ("Log in to post comments")."""
    return _words(line) <= MAX_FURNITURE_WORDS and bool(
        CALL_TO_ACTION.search(line) or COMMENT_PROMPT.match(line)
    )


def is_announcement(line: str) -> bool:
    """A one-line pointer to another story: "Read more: ...", "[Related: ...]", "Lesen Sie
    auch | ...", "→ <a headline>"."""
    if _words(line) > MAX_FURNITURE_WORDS:
        return False
    if ARROW_POINTER.match(line) and not LINE_END.search(line):
        return True
    return opens_with_label(line)
