"""What closes the body or follows the article (form 4): "MORE:" lines, "Read more:" lists,
link-stripped syndication lists, CJK related lists, and the next article of an infinite scroll."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...forms import Block
from ...text import esc
from .. import labels, leads
from ..site import link

if TYPE_CHECKING:
    from ...corpus import Story
    from ..site import Ctx

MORE = ("MORE:", "READ MORE:", "RELATED:", "ALSO READ:", "Read more:", "More:", "WATCH:")
KANREN = {"ja": "【関連記事】", "ko": "[관련기사]", "zh": "相关阅读："}


def more_line(stories: list[Story], ctx: Ctx) -> Block:
    """Closing "MORE: <headline>" lines, the headline linked (some in capitals, as Fox does)."""
    label = ctx.rng.choice(MORE) if ctx.lang == "en" else f"{ctx.label('also')}:"
    caps = ctx.lang == "en" and ctx.rng.random() < 0.25
    lines = []
    for s in stories:
        title = s.title.upper() if caps else s.title
        a = link(ctx.href(s), title)
        inner = ctx.rng.choice((f"<strong>{esc(label)}</strong> {a}", f"<b>{esc(label)} {a}</b>",
                                f"<em>{esc(label)} {a}</em>"))  # fmt: skip
        lines.append(ctx.para(inner))
    return Block.of("\n".join(lines), [s.title for s in stories], "tail", "more-line")


def read_more_list(stories: list[Story], ctx: Ctx) -> Block:
    """A "Read more:" paragraph, then one linked headline per paragraph or list item."""
    label = ctx.rng.choice(("Read more:", "Read more", "Related Links", ctx.label("related")))
    if ctx.rng.random() < 0.5:
        html = ctx.para(f"<b>{esc(label)}</b>") + "".join(
            ctx.para(link(ctx.href(s), s.title)) for s in stories
        )
    else:
        items = "".join(f"<li>{link(ctx.href(s), s.title)}</li>" for s in stories)
        html = f"<h3>{esc(label)}</h3><ul>{items}</ul>"
    return Block.of(html, [s.title for s in stories], "tail", "read-more-list")


def unlinked_list(stories: list[Story], ctx: Ctx) -> Block:
    """A syndicated copy's closing "More from <Site>:" list, its links stripped."""
    site = ctx.rng.choice(("Lakeview Gazette", "Tri-County Post", "Bay Area Courier"))
    label = ctx.rng.choice((f"More from {site}:", "More stories:", f"{ctx.label('related')}:"))
    if ctx.rng.random() < 0.5:
        html = ctx.para(esc(label)) + "".join(ctx.para(f"• {esc(s.title)}") for s in stories)
    else:
        items = "".join(f"<li>{esc(s.title)}</li>" for s in stories)
        html = ctx.para(f"<strong>{esc(label)}</strong>") + f"<ul>{items}</ul>"
    return Block.of(html, [s.title for s in stories], "tail", "unlinked-list")


def kanren_end(stories: list[Story], ctx: Ctx) -> Block:
    """A CJK article's closing 【関連記事】 list of linked headlines."""
    lead_in = KANREN.get(ctx.lang, KANREN["ja"])
    links = [link(ctx.href(s), s.title) for s in stories]
    if ctx.rng.random() < 0.5:
        html = ctx.para(esc(lead_in) + "<br>" + "<br>".join(f"・{a}" for a in links))
    else:
        items = "".join(f"<li>{a}</li>" for a in links)
        html = f'<div class="article_related"><p>{esc(lead_in)}</p><ul>{items}</ul></div>'
    return Block.of(html, [s.title for s in stories], "tail", "kanren-end")


def next_article(stories: list[Story], ctx: Ctx) -> Block:
    """The next article an infinite scroll appends: headline (seldom linked), byline, photo and
    first paragraphs in the same body markup as the article, and a "Continue reading" link."""
    story = stories[0]
    paras = leads.paragraphs(story, ctx.rng.choice((260, 420)))
    href = ctx.href(story)
    headline = link(href, story.title) if ctx.rng.random() < 0.3 else esc(story.title)
    more = f'<a class="continue-reading" href="{esc(href)}">Continue reading</a>'
    html = (
        f'<div class="infinite-scroll-item" data-url="{esc(href)}"><div class="next-label">'
        f'{esc(ctx.label("next"))}</div><article class="article article--next"><header '
        f'class="article-header"><span class="kicker">{esc((story.section or "News").title())}'
        f'</span><h2 class="headline">{headline}</h2><div class="byline">By '
        f"{esc(ctx.rng.choice(labels.AUTHORS))} · {ctx.when()}</div></header>"
        f'<figure>{ctx.img(story, "", 1024, 576)}</figure><div class="{esc(ctx.site.body_class)}">'
        f"{''.join(ctx.para(esc(p)) for p in paras)}</div>"
        f"{more if ctx.rng.random() < 0.7 else ''}</article></div>"
    )
    return Block.of(html, [story.title, *paras], "tail", "next-article")
