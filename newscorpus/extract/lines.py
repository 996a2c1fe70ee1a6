"""Line-level clean-up of an extracted body: what the HTML gave no handle on.

The body arrives one paragraph per line. Here we drop:

- before the first paragraph: the headline, a byline, dates and reading times, labels
  (:func:`trim_lead`);
- after the last: credits, calls to action, labels, and the run of cut-off paragraphs that
  sidebars glued after the article leave (:func:`trim_tail`);
- anywhere: kicker teasers cut off mid-sentence, "Click here" promotions, "Read more: ..."
  pointers, "Advertisement" and copyright lines (:func:`drop_never_body`), a paragraph
  repeated right after itself (:func:`drop_repeated`), and a block of paragraphs the body
  already holds (:func:`drop_repeated_blocks`).
"""

from __future__ import annotations

import re

from newscorpus.extract import furniture
from newscorpus.extract.related import is_related_label
from newscorpus.extract.text import (
    BYLINE_OPENING,
    CJK_CHARS,
    PARAGRAPH_END,
    TITLE_SEPARATOR,
    paragraph_key,
)

# A kicker that leads a teaser: "FRAUD ALLEGED: ", "EUROPEAN FUTURE? ", "‘CHILD PORNOGRAPHY’: ",
# "ПОЛИТИКА: ", "テクノロジー: ".
KICKER_HEAD = re.compile(r"^([^:：?!.]{2,40})[:：?!]\s*\S")
QUOTES = " \"'‘’“”«»"
MAX_KICKER_WORDS = 5
# How a finished paragraph ends: terminal punctuation, possibly inside quotes or brackets.
BYLINE = re.compile(rf"^{BYLINE_OPENING}\S", re.IGNORECASE)
MIN_CUT_CHARS = 80
# A web address, a handle or a hashtag closing a line: "... pic.twitter.com/KQLpngeTbO".
ENDS_ON_ADDRESS = re.compile(r"(?:https?://|www\.|\w\.(?:com|org|net)/|[@#])\S*\s*$")
# A dateline opens a story: "SAN FRANCISCO (AP) — ", "QUITO — ", "NEW DELHI, India (Reuters) - ".
DATELINE = re.compile(
    r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?)?"
    r"(?: \([\w .&/-]{2,30}\))? ?[—–-]{1,2} \S"
)
PLAIN_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")  # "the", "rider's", "don't"
# A news agency's initials signing off the last sentence: "... into the US. PTI".
AGENCY_SIGN_OFF = re.compile(r"[.!?][\"'”’)]?\s+[A-Z]{2,6}(?:[/-][A-Z]{2,6})?\s*$")
# A quote signed after its last sentence: "... the trivia you learn. – James Maude, field CTO,
# BeyondTrust" (a dash, then a name and a role of a few words, no sentence of their own).
QUOTE_SIGN_OFF = re.compile(r"[.!?…][\"'”’)]?\s+[–—-]\s*[A-Z][^.!?–—]{1,100}$")
MAX_SIGN_OFF_WORDS = 12
SENTENCE_END_INSIDE = re.compile(r"[.!?][\"'”’)]?\s+\S")
CJK_END = re.compile(f"[{CJK_CHARS}]$")
# A closing run of cut-off paragraphs is a sidebar only when it has several of them: one last
# paragraph without final punctuation ("... visit www.example.com") is often real body.
MIN_CUT_RUN = 2
MIN_REPEAT_CHARS = 40
MIN_REPEATED_BLOCK_LINES = 2
MIN_REPEATED_BLOCK_CHARS = 500
MAX_RELATED_TAIL_SHARE = 0.5
MAX_HEADLINE_WORDS = 20
MAX_BYLINE_WORDS = 12
MIN_LIST_LINES = 3
MIN_TITLE_KEY_CHARS = 12
#: A story's lead holds a date, an update time, a reading time: more date lines are a schedule.
MAX_LEAD_META_LINES = 3


def is_cut_off(line: str) -> bool:
    """A long paragraph that stops without finishing its sentence (list items and table rows,
    which often have no final stop, are not paragraphs; nor is a sentence ending on a link or
    handle, or a quote signed after its last sentence)."""
    if len(line) < MIN_CUT_CHARS or PARAGRAPH_END.search(line) or line.startswith(("- ", "| ")):
        return False
    return not ENDS_ON_ADDRESS.search(line) and not _signed(line)


def _signed(line: str) -> bool:
    """Whether ``line`` ends on a signature after a finished sentence (:data:`QUOTE_SIGN_OFF`)."""
    found = QUOTE_SIGN_OFF.search(line)
    return found is not None and len(found.group().split()) <= MAX_SIGN_OFF_WORDS


def stops_mid_sentence(line: str) -> bool:
    """Whether ``line`` visibly breaks off: with no closing punctuation, it ends on a lower-case
    word ("... is the"), or on a plain word after finished sentences ("... The suspect,
    Michael"), or on a character of a script written without spaces."""
    if not is_cut_off(line) or AGENCY_SIGN_OFF.search(line):
        return False
    last = line.split()[-1]
    if PLAIN_WORD.fullmatch(last) and (last.islower() or SENTENCE_END_INSIDE.search(line)):
        return True
    return bool(CJK_END.search(line))


def breaks_off(line: str) -> bool:
    """Whether ``line`` (a paragraph of a few words at least) is cut off: a long one without a
    final stop, or a shorter one that ends on a lower-case word ("... and it happens on")."""
    if is_cut_off(line):
        return True
    last = line.split()[-1] if line.strip() else ""
    return not PARAGRAPH_END.search(line) and bool(PLAIN_WORD.fullmatch(last)) and last.islower()


def is_headline(line: str) -> bool:
    """A line shaped like a headline: a few words without a final stop ("• Expert how-to for
    English riders")."""
    return 0 < len(line.split()) <= MAX_HEADLINE_WORDS and not PARAGRAPH_END.search(line)


def has_kicker(line: str) -> bool:
    """Whether ``line`` opens with a kicker: one to five upper-case words (or words of a script
    without case, like テクノロジー) before a colon or question mark."""
    match = KICKER_HEAD.match(line)
    if not match:
        return False
    head = match.group(1).strip(QUOTES)
    letters = [c for c in head if c.isalpha()]
    cased = [c for c in letters if c.lower() != c.upper()]
    return (
        bool(letters) and len(head.split()) <= MAX_KICKER_WORDS and all(c.isupper() for c in cased)
    )


def is_kicker_teaser(line: str) -> bool:
    """A kicker followed by text that is cut off mid-sentence."""
    return has_kicker(line) and is_cut_off(line)


def _title_keys(titles: list[str]) -> list[str]:
    """Comparable forms of the headline's variants (``<title>`` parts split at " | ", ...)."""
    keys = []
    for title in titles:
        for part in [title, *TITLE_SEPARATOR.split(title or "")]:
            if (key := paragraph_key(part or "")) and len(key) >= MIN_TITLE_KEY_CHARS:
                keys.append(key)
    return keys


def _is_title(line: str, keys: list[str]) -> bool:
    key = paragraph_key(line)
    return bool(key) and any(
        key == t
        or (len(key) >= MIN_TITLE_KEY_CHARS and key in t)
        or (t in key and len(key) <= 1.3 * len(t))
        for t in keys
    )


def _is_byline(line: str) -> bool:
    short = len(line.split()) <= MAX_BYLINE_WORDS
    return bool(BYLINE.match(line)) and short and not PARAGRAPH_END.search(line.rstrip("."))


def trim_lead(lines: list[str], titles: list[str]) -> tuple[list[str], int]:
    """Drop what stands before the first paragraph: the headline (any of ``titles``), a byline,
    dates and reading times, bare labels. More date lines than a story's lead holds (a
    schedule, a timeline, a table of events) are body: then only the headline and bylines go."""
    keys = _title_keys(titles)
    start = _lead_end(lines, keys, meta=True)
    if sum(map(furniture.is_meta_line, lines[:start])) > MAX_LEAD_META_LINES:
        start = _lead_end(lines, keys, meta=False)
    return lines[start:], start


def _lead_end(lines: list[str], keys: list[str], meta: bool) -> int:
    start = 0
    while start < len(lines) - 1:
        line = lines[start]
        if not (
            _is_title(line, keys)
            or _is_byline(line)
            or (meta and (furniture.is_meta_line(line) or furniture.is_label(line, max_words=1)))
        ):
            break
        start += 1
    return start


def _is_tail_furniture(line: str) -> bool:
    return (
        furniture.is_credit(line)
        or furniture.is_taxonomy(line)
        or furniture.is_call_to_action(line)
        or furniture.is_announcement(line)
    )


def _closing_labels(lines: list[str], end: int) -> int:
    """How many label lines ("Comments", "Tags") close ``lines[:end]``; none when the short
    lines run on (three or more: a list or a table, which is body)."""
    start = end
    while start > 0 and furniture.is_label(lines[start - 1]):
        start -= 1
    return end - start if end - start < MIN_LIST_LINES else 0


def trim_tail(lines: list[str], teasers_before: list[int] | None = None) -> tuple[list[str], int]:
    """Drop what stands after the last paragraph: credits, calls to action, labels, and a run
    of cut-off paragraphs (sidebar teasers), in any order.

    ``teasers_before[i]`` counts kicker teasers already dropped right before ``lines[i]``: they
    belonged to the same run, so one cut-off paragraph after them closes a run of several."""
    end = _before_related_label(lines)
    while end > 1:
        if _is_tail_furniture(lines[end - 1]) or DATELINE.match(lines[end - 1]):
            # A dateline after the body opens another story.
            end -= 1
            continue
        if labels := min(_closing_labels(lines, end), end - 1):
            end -= labels
            continue
        run = end
        while run > 0 and (is_cut_off(lines[run - 1]) or _is_tail_furniture(lines[run - 1])):
            run -= 1
        cut_offs = [line for line in lines[run:end] if is_cut_off(line)]
        if run == 0 or not cut_offs:
            break
        dropped = sum(teasers_before[run:end]) if teasers_before else 0
        if len(cut_offs) + dropped < MIN_CUT_RUN and not stops_mid_sentence(cut_offs[0]):
            # One paragraph without a final stop ("... visit www.example.com"): body.
            break
        end = run
    return lines[:end], len(lines) - end


def is_never_body(line: str) -> bool:
    """Whether ``line`` is never body text wherever it stands: a kicker teaser cut off
    mid-sentence, a "Click here" promotion, a "Read more: ..." pointer, page furniture."""
    return (
        is_kicker_teaser(line)
        or furniture.is_furniture_line(line)
        or furniture.is_call_to_action(line)
        or furniture.is_announcement(line)
    )


def _before_related_label(lines: list[str]) -> int:
    """Where the body ends when a "Read also" label stands near its end: everything after the
    label announces other stories. Near the end: less text after the label than half of what
    stands before it."""
    after = 0
    for i in range(len(lines) - 1, 0, -1):
        if is_related_label(lines[i]):
            before = sum(len(line) for line in lines[:i])
            return i if after <= MAX_RELATED_TAIL_SHARE * before else len(lines)
        after += len(lines[i])
    return len(lines)


def drop_never_body(lines: list[str]) -> tuple[list[str], int]:
    """Drop the lines that are never body text (:func:`is_never_body`)."""
    kept, _ = split_never_body(lines)
    return kept, len(lines) - len(kept)


def split_never_body(lines: list[str]) -> tuple[list[str], list[int]]:
    """The lines that may be body, and for each how many kicker teasers were dropped right
    before it (for :func:`trim_tail`)."""
    kept: list[str] = []
    teasers_before: list[int] = []
    pending = 0
    for line in lines:
        if is_never_body(line):
            pending += is_kicker_teaser(line)
            continue
        kept.append(line)
        teasers_before.append(pending)
        pending = 0
    return kept, teasers_before


def repeated_share(lines: list[str]) -> float:
    """The share of the characters of ``lines`` in paragraphs that repeat an earlier one word
    for word: a page's template dumped several times over, not an article."""
    seen: set[str] = set()
    repeated = 0
    for line in lines:
        key = paragraph_key(line)
        if len(line) >= MIN_REPEAT_CHARS and key in seen:
            repeated += len(line)
        seen.add(key)
    return repeated / max(1, sum(len(line) for line in lines))


def drop_repeated(lines: list[str]) -> tuple[list[str], int]:
    """Drop a paragraph that repeats the one right before it word for word."""
    kept: list[str] = []
    last_key: str | None = None  # the key of kept[-1], once computed
    for line in lines:
        if kept and len(line) >= MIN_REPEAT_CHARS:
            key = paragraph_key(line)
            if last_key is None:
                last_key = paragraph_key(kept[-1])
            if key == last_key:
                continue
            kept.append(line)
            last_key = key
            continue
        kept.append(line)
        last_key = None
    return kept, len(lines) - len(kept)


def drop_repeated_blocks(lines: list[str]) -> tuple[list[str], int]:
    """Drop a block of paragraphs that repeats earlier ones word for word: a run of at least
    :data:`MIN_REPEATED_BLOCK_LINES` lines, each already in the body, of at least
    :data:`MIN_REPEATED_BLOCK_CHARS` together, half of them paragraphs of prose (the body
    rendered twice for two screen sizes, a tab and its copy). A single repeated paragraph (a
    refrain, a repeated question) stays, and so do repeated short lines (the days of a meal
    plan, the rows of a schedule: structure, not a copy)."""
    seen: set[str] = set()
    repeats: list[bool] = []
    for line in lines:
        key = paragraph_key(line)
        repeats.append(bool(key) and key in seen)
        seen.add(key)
    kept: list[str] = []
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and repeats[end]:
            end += 1
        block = lines[i:end]
        if (
            len(block) >= MIN_REPEATED_BLOCK_LINES
            and sum(map(len, block)) >= MIN_REPEATED_BLOCK_CHARS
            and 2 * sum(len(line) >= MIN_CUT_CHARS for line in block) >= len(block)
        ):
            i = end
            continue
        kept.extend(block or lines[i : i + 1])
        i = max(end, i + 1)
    return kept, len(lines) - len(kept)
