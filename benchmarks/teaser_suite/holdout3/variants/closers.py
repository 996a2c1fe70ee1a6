"""Form 4 of holdout3: lines closing the article text that point at other stories: a label
and a list of links, "MORE: <a>headline</a>" lines, a newsletter's reading list, a portal's
"▶" lines, "It was reported earlier that ..." with one linked word, an unlinked video title
over its player, Le Monde's closing "Read more"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...text import esc
from .. import embeds, leads
from .inline import label_link, labelled_list, read_more_sub

if TYPE_CHECKING:
    from ...corpus import Story
    from ..site import Ctx

Shown = tuple[str, list[str]]
EARLIER = {
    "ru": (
        "Ранее <a>сообщалось</a>, что {lead}",
        "Ранее <a>сообщалось</a>: {lead}",
        "Как <a>писали СМИ</a>, {lead}",
    ),
    "id": ("Sebelumnya <a>diberitakan</a>, {lead}", "<a>Sebelumnya</a>, {lead}"),
    "en": ("Earlier, <a>it was reported</a> that {lead}", "As <a>previously reported</a>, {lead}"),
}


def closing_list(stories: list[Story], ctx: Ctx) -> Shown:
    """A closing label ("You may also be interested in:") and a list of linked headlines."""
    return labelled_list(stories, ctx, "closing")


def more_lines(stories: list[Story], ctx: Ctx) -> Shown:
    """Closing one-liners "MORE: <a>Headline</a>"."""
    return label_link(stories, ctx, "more")


def reading_list(stories: list[Story], ctx: Ctx) -> Shown:
    """A newsletter's closing reading list: linked titles, most with a sentence after."""
    items, shown = [], []
    for story in stories:
        shown.append(story.title)
        note = ""
        if ctx.rng.random() < 0.6:
            shown.append(leads.sentences(story, ctx.rng, 200))
            note = f" — {esc(shown[-1])}"
        items.append(f"<li><p>{ctx.a(story, esc(story.title))}{note}</p></li>")
    head = f"<p><strong>{esc(ctx.say('reading'))}</strong></p>"
    return f"{head}\n<ul>{''.join(items)}</ul>", shown


def arrow_lines(stories: list[Story], ctx: Ctx) -> Shown:
    """A Korean publisher's closing "▶ headline" links, parted by line breaks."""
    lines = [f"▶ {ctx.a(s, esc(s.title))}" for s in stories]
    return "<br>\n".join(lines), [s.title for s in stories]


def earlier(stories: list[Story], ctx: Ctx) -> Shown:
    """ "It was reported earlier that <lead>", one word linked to the earlier story."""
    lines, shown = [], []
    for story in stories:
        lead = leads.lower_first(leads.sentences(story, ctx.rng, 260))
        pattern = ctx.rng.choice(EARLIER.get(ctx.lang) or EARLIER["en"])
        link = f'<a href="{esc(ctx.href(story))}">'
        lines.append(ctx.site.para(pattern.replace("<a>", link).format(lead=esc(lead)), False))
        shown.append(lead)
    return ctx.site.line_break.join(lines), shown


def watch_video(stories: list[Story], ctx: Ctx) -> Shown:
    """An unlinked video title in bold over an embedded player."""
    out = []
    for story in stories:
        label = esc(ctx.say("watch"))
        title = esc(story.title)
        text = f'{label} "{title}"' if ctx.lang == "id" else f"{label} {title}"
        player = embeds.make(ctx.rng.choice(("youtube", "video")), ctx.rng, ctx.year)
        out.append(
            ctx.site.para(f"<strong>{text}</strong>", False)
            + ctx.site.line_break
            + f'<div class="embed-video">{player}</div>'
        )
    return "\n".join(out), [s.title for s in stories]


def read_more_end(stories: list[Story], ctx: Ctx) -> Shown:
    """Le Monde's "Read more" lines closing the article."""
    return read_more_sub(stories, ctx)
