"""Line-level clean-up of an extracted body: what the HTML gave no handle on.

The body arrives one paragraph per line. Here we drop:

- the headline and a byline that the extractor put in front of the body;
- teasers that carry no link: a paragraph led by an upper-case kicker ("FRAUD ALLEGED: ...")
  and cut off mid-sentence, and the run of cut-off paragraphs that closes a body (sidebars
  glued after the article);
- a paragraph repeated word for word right after itself (a block rendered twice).
"""

from __future__ import annotations

import re
import unicodedata

# An upper-case kicker that leads a teaser: "FRAUD ALLEGED: ", "EUROPEAN FUTURE? ",
# "‘CHILD PORNOGRAPHY’: ". At least two letters; may hold digits, spaces and punctuation.
_CAPS = r"[A-Z0-9 .,&'’‘\-/]*"
KICKER = re.compile(rf"^[\"'‘“]?[A-Z0-9]{_CAPS}[A-Z]{_CAPS}[\"'’”]?[:?!] +\S")
# How a finished paragraph ends: terminal punctuation, possibly inside quotes or brackets.
FINISHED = re.compile(r"[.!?…:;)\]\"'”’»›*。！？」』）】]\s*$")
BYLINE = re.compile(r"^(?:by|von|par|por|di|door|av|af)\s+\S", re.IGNORECASE)
MIN_CUT_CHARS = 80
# A closing run of cut-off paragraphs is a sidebar only when it has several of them: one last
# paragraph without final punctuation ("... visit www.example.com") is often real body.
MIN_CUT_RUN = 2
MIN_REPEAT_CHARS = 40
MAX_BYLINE_WORDS = 12


def _key(line: str) -> str:
    folded = unicodedata.normalize("NFKC", line).casefold()
    return " ".join(re.findall(r"\w+", folded))


def is_cut_off(line: str) -> bool:
    """A long paragraph that stops without finishing its sentence."""
    return len(line) >= MIN_CUT_CHARS and not FINISHED.search(line)


def is_kicker_teaser(line: str) -> bool:
    """An upper-case kicker followed by text that is cut off mid-sentence."""
    return bool(KICKER.match(line)) and is_cut_off(line)


def drop_heading_lines(lines: list[str], titles: list[str]) -> tuple[list[str], int]:
    """Drop leading lines that repeat the headline, and a short byline right after it."""
    keys = {_key(t) for t in titles if t and _key(t)}
    dropped = 0
    while lines and (_key(lines[0]) in keys or _is_byline(lines[0])):
        lines = lines[1:]
        dropped += 1
    return lines, dropped


def _is_byline(line: str) -> bool:
    short = len(line.split()) <= MAX_BYLINE_WORDS
    return bool(BYLINE.match(line)) and short and not FINISHED.search(line.rstrip("."))


def drop_unlinked_teasers(lines: list[str]) -> tuple[list[str], int]:
    """Drop the run of cut-off paragraphs closing the body, and kicker teasers anywhere."""
    end = len(lines)
    while end > 0 and is_cut_off(lines[end - 1]):
        end -= 1
    if len(lines) - end < MIN_CUT_RUN or end == 0:
        # One cut-off paragraph, or nothing but: not a sidebar; keep it all.
        end = len(lines)
    kept = [line for line in lines[:end] if not is_kicker_teaser(line)]
    return kept, len(lines) - len(kept)


def drop_repeated(lines: list[str]) -> tuple[list[str], int]:
    """Drop a paragraph that repeats the one right before it word for word."""
    kept: list[str] = []
    for line in lines:
        if kept and len(line) >= MIN_REPEAT_CHARS and _key(line) == _key(kept[-1]):
            continue
        kept.append(line)
    return kept, len(lines) - len(kept)
