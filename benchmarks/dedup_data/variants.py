"""Copies of a story as a news crawl meets them: wire copies, recrawls, trimmed and edited copies.

Every function takes paragraphs and a seeded RNG and returns new paragraphs; :func:`copy_of`
combines them by recipe. Edits model a copy desk (synonyms, spelling, dropped or added words,
a dropped sentence), never the names and numbers that make template stories differ.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import random

PLACES = [
    ("LONDON", "London"),
    ("WASHINGTON", "Washington"),
    ("NEW YORK", "New York"),
    ("PARIS", "Paris"),
    ("BERLIN", "Berlin"),
    ("NEW DELHI", "New Delhi"),
    ("SAO PAULO", "São Paulo"),
    ("TOKYO", "Tokyo"),
    ("JOHANNESBURG", "Johannesburg"),
    ("SYDNEY", "Sydney"),
    ("BRUSSELS", "Brussels"),
    ("SAN FRANCISCO", "San Francisco"),
]
AGENCIES = ["Reuters", "AP", "AFP", "dpa", "Bloomberg", "UPI", "PTI", "ANSA", "CNN", "EFE"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct."]
DATELINES = [
    "{PLACE} ({agency}) - ",
    "{PLACE}, {month} {day} ({agency}) \u2014 ",
    "{PLACE} \u2014 ",
    "{Place}, {day} {month} ({agency}) \u2013 ",
    "{PLACE}: ",
    "({agency}) - ",
    "{PLACE}, {country} ({agency}) \u2014 ",
    "{Place} ({agency}) -- ",
    "{PLACE} -- ",
    "{Place}, {month} {day} /{agency}/. ",
]
COUNTRIES = ["England", "France", "Germany", "India", "Brazil", "Japan", "South Africa"]

SYNONYMS = {
    "said": ["told reporters", "stated", "added", "says"],
    "says": ["said", "stated"],
    "percent": ["per cent", "pct"],
    "about": ["around", "roughly", "some"],
    "more than": ["over", "upwards of"],
    "after": ["following"],
    "before": ["prior to", "ahead of"],
    "also": ["too", "as well"],
    "but": ["however", "yet"],
    "people": ["persons", "residents"],
    "big": ["large", "major"],
    "large": ["big", "major"],
    "children": ["kids", "youngsters"],
    "help": ["assist", "aid"],
    "buy": ["purchase", "acquire"],
    "show": ["reveal", "indicate"],
    "shows": ["reveals", "indicates"],
    "start": ["begin", "launch"],
    "because": ["as", "since"],
    "while": ["whereas", "as"],
    "center": ["centre"],
    "color": ["colour"],
    "organization": ["organisation"],
    "U.S.": ["US", "United States"],
    "new": ["fresh", "latest"],
    "however": ["but", "though"],
    "many": ["numerous", "a lot of"],
    "according to": ["citing", "as reported by"],
}
DIGIT_WORDS = {
    "1": "one",
    "2": "two",
    "3": "three",
    "4": "four",
    "5": "five",
    "6": "six",
    "7": "seven",
    "8": "eight",
    "9": "nine",
}
FILLERS = ["also", "now", "still", "reportedly", "already", "recently", "further", "just"]
_SYNONYM_RE = re.compile("|".join(map(re.escape, (k for k in SYNONYMS if " " not in k))))
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"\u201d']))\s+(?=[\"\u201c]?[A-Z])")

START_BOILERPLATE = [
    "Advertisement",
    "Listen to this article",
    "Share this article",
    "Skip to main content",
    "Updated {hour}:{minute} GMT",
    "This article is more than 2 years old",
    "Subscribe now for full access",
]
MID_BOILERPLATE = [
    "Story continues below advertisement",
    "RELATED: {teaser}",
    "READ MORE: {teaser}",
    "ADVERTISEMENT",
    "Click here to sign up for our newsletter",
]
END_BOILERPLATE = [
    "\u00a9 {year} {agency}. All rights reserved.",
    "Reporting by {name}; Editing by {name2}",
    "Sign up for our daily newsletter to get the top stories delivered to your inbox.",
    "This article was originally published on {site}.",
    "Follow us on Twitter and Facebook for the latest updates.",
    "Have a news tip? Email us at tips@{site}.",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "Copyright {year} The Associated Press. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed.",
]
NAMES = ["Anna Berg", "Paul Nadeau", "Li Wen", "Carlos Ibarra", "Ewa Nowak", "Omar Haddad"]
SITES = ["example-news.com", "dailyherald.net", "wire-service.org", "metro-times.co.uk"]


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences (good enough for English and most Latin scripts)."""
    return [s for s in _SENTENCE_END.split(paragraph) if s]


def dateline(paragraphs: list[str], rng: random.Random) -> list[str]:
    """Put a wire dateline (one of ten styles) in front of the first paragraph."""
    upper, title = rng.choice(PLACES)
    line = rng.choice(DATELINES).format(
        PLACE=upper,
        Place=title,
        agency=rng.choice(AGENCIES),
        month=rng.choice(MONTHS),
        day=rng.randint(1, 28),
        country=rng.choice(COUNTRIES),
    )
    if rng.random() < 0.15:  # a byline line above the body instead of an inline dateline
        return [f"By {rng.choice(NAMES)}, {rng.choice(AGENCIES)}", *paragraphs]
    return [line + paragraphs[0], *paragraphs[1:]]


def _word_budget(paragraphs: list[str], share: float) -> int:
    return int(sum(len(p.split()) for p in paragraphs) * share)


def trim(paragraphs: list[str], rng: random.Random, where: str, max_share: float) -> list[str]:
    """Drop paragraphs at the ``first``/``middle``/``last`` position, at most ``max_share`` of
    the words and at least one paragraph (a one-paragraph story loses trailing sentences)."""
    if len(paragraphs) < 2:
        parts = sentences(paragraphs[0])
        keep = max(1, round(len(parts) * (1 - rng.uniform(0.1, max_share))))
        return [" ".join(parts[:keep])]
    budget = max(1, _word_budget(paragraphs, max_share))
    paragraphs = list(paragraphs)
    dropped = 0
    while len(paragraphs) > 1:
        if where == "first":
            index = 0
        elif where == "last":
            index = len(paragraphs) - 1
        else:
            index = rng.randrange(1, len(paragraphs)) if len(paragraphs) > 2 else 1
        size = len(paragraphs[index].split())
        if dropped and dropped + size > budget:
            break
        if not dropped and size > budget:  # too long to drop whole: cut its sentences
            parts = sentences(paragraphs[index])
            if len(parts) > 1:
                paragraphs[index] = " ".join(parts[: len(parts) // 2 or 1])
            break
        del paragraphs[index]
        dropped += size
        if rng.random() < 0.5:
            break
    return paragraphs


def edit_words(paragraphs: list[str], rng: random.Random, rate: float) -> list[str]:
    """Copy-desk edits on about ``rate`` of the words: half synonyms or spelling (where the
    text has a word to swap), the rest words cut or added; a lone digit hit by an edit may be
    spelt out ("9" -> "nine"), other numbers stay."""
    tokens = [(i, t) for i, p in enumerate(paragraphs) for t in p.split(" ")]
    edits = max(1, round(len(tokens) * rate))
    swappable = [n for n, (_, t) in enumerate(tokens) if _SYNONYM_RE.fullmatch(t.strip(",.;:"))]
    rng.shuffle(swappable)
    for _ in range(edits):
        n = rng.randrange(len(tokens))
        para, token = tokens[n]
        roll = rng.random()
        if roll < 0.5 and swappable:
            n = swappable.pop()
            para, token = tokens[n]
            word = token.strip(",.;:")
            if word in SYNONYMS:
                tokens[n] = (para, token.replace(word, rng.choice(SYNONYMS[word])))
        elif token.strip(",.;:") in DIGIT_WORDS and rng.random() < 0.5:
            word = token.strip(",.;:")  # style guides spell out numbers below ten
            tokens[n] = (para, token.replace(word, DIGIT_WORDS[word]))
        elif roll < 0.75 and not any(c.isdigit() for c in token):
            tokens[n] = (para, "")
        else:
            tokens[n] = (para, f"{token} {rng.choice(FILLERS)}")
    out: list[list[str]] = [[] for _ in paragraphs]
    for para, token in tokens:
        if token:
            out[para].append(token)
    return [" ".join(words) for words in out if words]


def drop_sentence(paragraphs: list[str], rng: random.Random) -> list[str]:
    """Remove one sentence from a paragraph that has several."""
    candidates = [i for i, p in enumerate(paragraphs) if len(sentences(p)) > 1]
    if not candidates:
        return paragraphs
    index = rng.choice(candidates)
    parts = sentences(paragraphs[index])
    del parts[rng.randrange(len(parts))]
    return [*paragraphs[:index], " ".join(parts), *paragraphs[index + 1 :]]


def reformat(paragraphs: list[str], rng: random.Random) -> list[str]:
    """Whitespace, quote, dash, case and punctuation changes that leave the words alone."""
    text = "\n".join(paragraphs)
    changes = rng.sample(range(6), rng.randint(1, 3))
    if 0 in changes:
        text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
        text = text.replace('"', "\u201c", 1) if rng.random() < 0.3 else text
    if 1 in changes:
        text = text.replace("\n", "\n\n") if rng.random() < 0.5 else text.replace(". ", ".  ")
    if 2 in changes:
        lines = text.split("\n")
        if len(lines) > 2:  # two paragraphs merged into one line
            i = rng.randrange(len(lines) - 1)
            lines[i : i + 2] = [f"{lines[i]} {lines[i + 1]}"]
        text = "\n".join(lines)
    if 3 in changes:
        text = text.replace(" - ", " \u2014 ").replace(" \u2013 ", " - ")
    if 4 in changes:
        lines = text.split("\n")
        i = rng.randrange(len(lines))
        lines[i] = lines[i].upper() if rng.random() < 0.5 else lines[i].lower()
        text = "\n".join(lines)
    if 5 in changes:
        text = text.replace(", ", " ", rng.randint(1, 4)).replace(";", ",")
    return text.split("\n")


def teaser(paragraphs: list[str], rng: random.Random) -> str:
    """A story's teaser as other pages show it: its first sentence, cut after 12-30 words."""
    words = sentences(paragraphs[0])[0].split()
    cut = rng.randint(12, 30)
    return " ".join(words[:cut]) + (" ..." if len(words) > cut else "")


def sidebar(teasers: list[str], rng: random.Random, words: int) -> list[str]:
    """Teaser lines of other stories ("KICKER: lead sentences"), about ``words`` words."""
    lines: list[str] = []
    total = 0
    while total < words:
        teaser = rng.choice(teasers)
        kicker = " ".join(teaser.split()[: rng.randint(1, 2)]).upper().strip(".,:;")
        lines.append(f"{kicker}: {teaser}" if rng.random() < 0.6 else teaser)
        total += len(teaser.split())
    return lines


def boilerplate(paragraphs: list[str], rng: random.Random, teasers: list[str]) -> list[str]:
    """Add site boilerplate at the start, in the middle and/or at the end."""
    fill = {
        "hour": f"{rng.randint(0, 23):02d}",
        "minute": f"{rng.randint(0, 59):02d}",
        "teaser": rng.choice(teasers),
        "year": rng.randint(2015, 2024),
        "agency": rng.choice(AGENCIES),
        "name": rng.choice(NAMES),
        "name2": rng.choice(NAMES),
        "site": rng.choice(SITES),
    }
    out = list(paragraphs)
    where = rng.sample(["start", "mid", "end"], rng.randint(1, 3))
    if "start" in where:
        out.insert(0, rng.choice(START_BOILERPLATE).format(**fill))
    if "mid" in where and len(out) > 2:
        out.insert(rng.randrange(1, len(out)), rng.choice(MID_BOILERPLATE).format(**fill))
    if "end" in where:
        out += [line.format(**fill) for line in rng.sample(END_BOILERPLATE, rng.randint(1, 2))]
    return out
