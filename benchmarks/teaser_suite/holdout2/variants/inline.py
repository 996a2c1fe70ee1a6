"""Teasers between body paragraphs (form 2): one-line lead-ins, in-article cards and boxes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...forms import Block
from ...text import esc
from .. import leads
from ..site import link

if TYPE_CHECKING:
    from ...corpus import Story
    from ..site import Ctx

CJK_LEADINS = {
    "ja": ("【関連記事】", "▼関連記事", "【あわせて読みたい】", "◆関連記事"),
    "ko": ("[관련기사]", "▶ 관련기사", "☞ 함께 볼만한 기사"),
    "zh": ("相关阅读：", "延伸阅读：", "【推荐阅读】"),
}
CAPS = ("RELATED:", "MORE:", "READ MORE:", "ALSO READ:", "SEE ALSO:", "RELATED COVERAGE:")


def interstitial(stories: list[Story], ctx: Ctx) -> Block:
    """An Arc-style interstitial link: a bracketed, italic headline in a paragraph of its own."""
    lines = []
    for story in stories:
        a = link(ctx.href(story), story.title)
        inner = ctx.rng.choice((f"<i>[{a}]</i>", f"<b>[{a}]</b>", f"<em>{a}</em>",
                                f"<b>{esc(ctx.label('also'))}:</b> {a}"))  # fmt: skip
        lines.append(f'<p class="interstitial">{inner}</p>')
    return Block.of("\n".join(lines), [s.title for s in stories], "inbody", "interstitial")


def rich_link(stories: list[Story], ctx: Ctx) -> Block:
    """A Guardian-style rich link: an aside floated into the text, "Related: " and a link."""
    story = stories[0]
    html = (
        '<aside class="element element-rich-link element--thumbnail element-rich-link--tag--'
        f'{esc(story.section or "news")}" data-component="rich-link" data-link-name="rich-link-'
        f'{ctx.rng.randint(1, 9)} | 1"><p><span>{esc(ctx.label("also"))}: </span>'
        f"{link(ctx.href(story), story.title)}</p></aside>"
    )
    return Block.of(html, [story.title], "inbody", "rich-link")


def read_also(stories: list[Story], ctx: Ctx) -> Block:
    """ "Lesen Sie auch:", "LEGGI ANCHE", "Baca juga:" + a linked headline, each in a body
    paragraph, with the site's own separator and emphasis."""
    label = ctx.label("also")
    sep = ctx.rng.choice((": ", ": ", " | ", " – ", ". ", " » "))
    wrap = ctx.rng.choice(("<strong>{}</strong>", "<b>{}</b>", "<em>{}</em>", "{}"))
    whole = ctx.rng.random() < 0.2  # the label inside the link too
    lines = []
    for story in stories:
        if whole:
            inner = f'<a href="{esc(ctx.href(story))}">{esc(label + sep)}{esc(story.title)}</a>'
        else:
            inner = (
                wrap.format(esc(label + sep.rstrip())) + " " + link(ctx.href(story), story.title)
            )
        lines.append(ctx.para(inner))
    return Block.of("\n".join(lines), [s.title for s in stories], "inbody", "read-also")


def related_caps(stories: list[Story], ctx: Ctx) -> Block:
    """A bold capitalised "RELATED:" line with the headline linked (US local news)."""
    label = ctx.rng.choice(CAPS) if ctx.lang == "en" else ctx.label("also").upper() + ":"
    lines = []
    for story in stories:
        a = link(ctx.href(story), story.title)
        inner = ctx.rng.choice((f"<strong>{esc(label)} {a}</strong>",
                                f"<strong>{esc(label)}</strong> {a}",
                                f"<b>{esc(label)}</b> {a}"))  # fmt: skip
        lines.append(ctx.para(inner))
    return Block.of("\n".join(lines), [s.title for s in stories], "inbody", "related-caps")


def related_plain(stories: list[Story], ctx: Ctx) -> Block:
    """The same line as syndicated copies carry it, the link stripped: no <a> at all."""
    label = ctx.rng.choice(CAPS) if ctx.lang == "en" else ctx.label("also").upper() + ":"
    lines = []
    for story in stories:
        inner = ctx.rng.choice((f"<strong>{esc(label)} {esc(story.title)}</strong>",
                                f"<strong>{esc(label)}</strong> {esc(story.title)}",
                                f"{esc(label)} {esc(story.title)}"))  # fmt: skip
        lines.append(ctx.para(inner))
    return Block.of("\n".join(lines), [s.title for s in stories], "inbody", "related-plain")


def related_card(stories: list[Story], ctx: Ctx) -> Block:
    """An in-article related-story card: label, image and linked headline, sometimes a dek."""
    story = stories[0]
    shown = [story.title]
    href = ctx.href(story)
    if ctx.rng.random() < 0.4:  # a CNN-style embed: label and link in a heading
        html = (
            '<div class="el__embedded el__embedded--standard"><div class="el__article--embed">'
            f'<h3><span class="el__article--embed__label">Related Article: </span>'
            f"{link(href, story.title)}</h3></div></div>"
        )
        return Block.of(html, shown, "inbody", "related-card")
    dek = ""
    if ctx.rng.random() < 0.5:
        text, dots = leads.summary(story, ctx.rng, "sentence", 80, 180)
        shown.append(text)
        dek = f'<p class="related-card__dek">{esc(text)}{dots}</p>'
    html = (
        f'<div class="related-card" data-type="related"><div class="related-card__label">'
        f'{esc(ctx.label("related"))}</div><a class="related-card__image" href="{esc(href)}" '
        f'tabindex="-1">{ctx.img(story, "", 160, 90)}</a><div class="related-card__body">'
        f'<span class="related-card__kicker">{esc((story.section or "news").title())}</span>'
        f'<h3 class="related-card__headline">{link(href, story.title)}</h3>{dek}</div></div>'
    )
    return Block.of(html, shown, "inbody", "related-card")


def bracket_links(stories: list[Story], ctx: Ctx) -> Block:
    """A CJK lead-in such as 【関連記事】 and the linked headlines, separated by <br>."""
    lead_in = ctx.rng.choice(CJK_LEADINS.get(ctx.lang, CJK_LEADINS["ja"]))
    links = [link(ctx.href(s), s.title) for s in stories]
    if ctx.rng.random() < 0.5:
        inner = esc(lead_in) + "<br>" + "<br>".join(f"・{a}" for a in links)
        html = ctx.para(inner)
    else:
        html = ctx.para(esc(lead_in)) + "".join(ctx.para(a) for a in links)
    return Block.of(html, [s.title for s in stories], "inbody", "bracket-links")


def teaser_box(stories: list[Story], ctx: Ctx) -> Block:
    """A regional site's "Auch interessant" box: heading, then whole-link image teasers."""
    items = "".join(
        f'<a class="teaser-inline__link" href="{esc(ctx.href(s))}"><figure>'
        f"{ctx.img(s, 'teaser-inline__img', 200, 112)}</figure><div><span "
        f'class="teaser-inline__kicker">{esc((s.section or ctx.label("related")).title())}'
        f'</span><span class="teaser-inline__title">{esc(s.title)}</span></div></a>'
        for s in stories
    )
    html = (
        '<aside class="teaser-inline" data-teaser-type="related"><header '
        f'class="teaser-inline__header">{esc(ctx.label("related"))}</header>{items}</aside>'
    )
    return Block.of(html, [s.title for s in stories], "inbody", "teaser-box")


def link_embed(stories: list[Story], ctx: Ctx) -> Block:
    """A Medium link preview: one link around bold title, italic description and domain."""
    story = stories[0]
    text, dots = leads.summary(story, ctx.rng, ctx.rng.choice(("sentence", "dots")), 70, 160)
    href = esc(ctx.href(story))
    html = (
        '<div class="graf graf--mixtapeEmbed"><a href="{0}" data-href="{0}" class="markup--anchor '
        'markup--mixtapeEmbed-anchor" title="{0}"><strong class="markup--strong '
        'markup--mixtapeEmbed-strong">{1}</strong><br><em class="markup--em '
        'markup--mixtapeEmbed-em">{2}</em>{3}</a><a href="{0}" class="js-mixtapeImage '
        'mixtapeImage u-ignoreBlock" data-media-id="{4}"></a></div>'
    ).format(href, esc(story.title), esc(text) + dots, esc(ctx.site.host.split("//")[-1]),
             story.id[:16])  # fmt: skip
    return Block.of(html, [story.title, text], "inbody", "link-embed")


def live_post(stories: list[Story], ctx: Ctx) -> Block:
    """A live-blog post about another story: timestamp, a sentence of it, a "Read more" link."""
    story = stories[0]
    text, dots = leads.summary(story, ctx.rng, "sentence", 100, 260)
    heading = ctx.rng.choice(("Catch up", "In case you missed it", ctx.label("related")))
    html = (
        '<article class="live-entry live-entry--related" '
        f'id="entry-{ctx.rng.randint(10**5, 10**6)}">'
        f'<header class="live-entry__header"><time>{ctx.rng.randint(6, 20)}:'
        f'{ctx.rng.randint(0, 59):02d}</time></header><div class="live-entry__body"><h3>'
        f"{esc(heading)}</h3><p>{esc(text)}{dots}</p><p><strong>{esc(ctx.label('also'))}:"
        f"</strong> {link(ctx.href(story), story.title)}</p></div></article>"
    )
    return Block.of(html, [text, story.title], "inbody", "live-post")
