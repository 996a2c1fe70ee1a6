"""A public broadcaster's news article, 2021-2024 (BBC News-like): Emotion CSS-in-JS classes,
each paragraph its own data-component text block, "Related Topics" tags, "More on this story"
after the article, a "Top Stories" rail and "Features" grid, closing "You may also be
interested in:" lists inside the text."""

from __future__ import annotations

from ...text import esc
from ..furniture import emotion, json_ld, meta
from ..labels import long_date
from ..site import Page, Site

NAME = "ABN News"
SECTIONS = (
    "Home",
    "UK",
    "World",
    "Business",
    "Politics",
    "Tech",
    "Science",
    "Health",
    "Entertainment & Arts",
    "In Pictures",
)


def ss(name: str) -> str:
    """An Emotion class of this build."""
    return emotion("ssrcss", name)


CLASSES = {
    "mos": ss("StyledLinksBlock"),
    "mos/h": ss("StyledHeading"),
    "mos/li": ss("StyledListItem"),
    "mos/promo": ss("PromoContent"),
    "mos/link": ss("PromoLink"),
    "mos/meta": ss("MetadataStripItem"),
    "ts": ss("TopStoriesWrapper"),
    "ts/li": ss("ListItem"),
    "ts/link": ss("PromoLink"),
    "ts/time": ss("MetadataSnippet"),
    "ft": ss("FeaturesWrapper"),
    "ft/li": ss("Promo"),
    "ft/img": ss("PromoImage"),
    "ft/link": ss("PromoLink"),
    "ft/summary": ss("PromoParagraph"),
}


def para(inner: str, first: bool) -> str:
    """A text block; the first paragraph bold."""
    if first:
        inner = f'<b class="{ss("BoldText")}">{inner}</b>'
    return (
        f'<div data-component="text-block" class="{ss("RichTextComponentWrapper")}"><div '
        f'class="{ss("RichTextContainer")}"><p class="{ss("Paragraph")}">{inner}</p></div></div>'
    )


def listing(items: list[str]) -> str:
    """An unordered-list block."""
    lis = "".join(f'<li class="{ss("ListItem")}">{x}</li>' for x in items)
    return (
        f'<div data-component="unordered-list-block" class="{ss("RichTextComponentWrapper")}">'
        f'<ul role="list" class="{ss("StyledUnorderedList")}">{lis}</ul></div>'
    )


def subhead(text: str) -> str:
    """A subheadline block."""
    return (
        f'<div data-component="subheadline-block" class="{ss("HeadingWrapper")}"><h2 '
        f'class="{ss("StyledHeading")}">{text}</h2></div>'
    )


def figure(src: str, caption: str, credit: str) -> str:
    """An image block with copyright overlay and visually hidden caption prefix."""
    return (
        f'<div data-component="image-block" class="{ss("ComponentWrapper")}"><figure class="'
        f'{ss("StyledFigure")}"><div class="{ss("StyledFigureContainer")}"><span class="'
        f'{ss("ImageWrapper")}"><img src="{src}" srcset="{src} 240w, {src} 800w" '
        f'width="976" height="549" alt="" loading="eager" class="{ss("Image")}"></span><span '
        f'role="text" class="{ss("StyledFigureCopyright")}"><span>{esc(credit)}</span></span>'
        f'</div><figcaption class="{ss("Caption")}"><span class="{ss("VisuallyHidden")}">Image '
        f"caption, </span>{esc(caption)}</figcaption></figure></div>"
    )


def embed(kind: str, html: str) -> str:
    """Social embeds behind the consent notice the site shows before loading them."""
    provider = "X" if kind == "tweet" else "YouTube"
    return (
        f'<div data-component="embed-block" class="{ss("ComponentWrapper")}"><a href="#end-of-'
        f'{kind}-content" class="{ss("SkipLink")}">Skip {provider} post</a><div class="'
        f'{ss("ConsentBanner")}"><p>Allow {provider} content?</p><p>This article contains '
        f"content provided by {provider}. We ask for your permission before anything is loaded, "
        "as they may be using cookies and other technologies.</p><button>Accept and continue"
        f'</button></div><div hidden>{html}</div><p id="end-of-{kind}-content" class="'
        f'{ss("VisuallyHidden")}">End of {provider} post</p></div>'
    )


def page(p: Page) -> str:
    """Full document."""
    nav = "".join(f'<li><a href="/news/{s.lower().split()[0]}">{esc(s)}</a></li>' for s in SECTIONS)
    topics = "".join(
        f'<li><a href="/news/topics/c{k}{p.variant}">{t}</a></li>'
        for k, t in enumerate((p.section, "United Kingdom", "Economy")[: 1 + p.variant % 3])
    )
    return f"""<!DOCTYPE html><html lang="en-GB" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(p.title)} - {NAME}</title>{meta(p, NAME)}{json_ld(p, NAME, "ReportageNewsArticle")}
<style data-emotion="ssrcss">.{ss("Paragraph").split()[0]}{{margin:0 0 1rem}}</style></head>
<body><div id="__next"><header role="banner" class="{ss("GlobalNavigation")}"><a
href="#main-heading"
class="{ss("SkipLink")}">Skip to content</a><nav aria-label="ABN"><ul><li><a href="/">Home</a></li>
<li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a
href="/weather">Weather</a>
</li><li><a href="/iplayer">Watch</a></li><li><a href="/sounds">Listen</a></li></ul></nav>
<nav aria-label="News" class="{ss("NavigationSections")}"><ul>{nav}</ul></nav></header>
<div class="{ss("Wrapper")}"><main id="main-content" data-testid="main-content"
class="{ss("Main")}">
<article class="{ss("ArticleWrapper")}"><header class="{ss("HeadingWrapper")}"><h1 id="main-heading"
class="{ss("StyledHeading")}" tabindex="-1">{esc(p.title)}</h1></header>
<div data-component="byline-block" class="{ss("BylineWrapper")}"><div><span>By
{esc(p.author)}</span>
<span>{NAME}</span></div></div><div data-component="timestamp-block"><time datetime="{p.published}"
>{long_date(p.published)}</time></div>
<div data-component="links-block" class="{ss("ShareTools")}"><button>Share</button></div>
{p.body}
<div data-component="tag-list" class="{ss("TopicListWrapper")}"><h2 class="{ss("StyledHeading")}"
>Related Topics</h2><ul role="list">{topics}</ul></div>
{p.after}
</article><div class="{ss("Aside")}" data-testid="rail">{p.sidebar}</div></main></div>
{p.below}
<footer role="contentinfo" class="{ss("GlobalFooter")}"><ul><li><a href="/terms">Terms of
Use</a></li>
<li><a href="/about">About the ABN</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a
href="/cookies">Cookies</a></li><li><a href="/help">Help</a></li></ul><p>Copyright ©
{p.published[:4]}
{NAME}. {NAME} is not responsible for the content of external sites. <a href="/external">Read about
our approach to external linking.</a></p></footer></div></body></html>
"""


SITE = Site(
    "broadcaster",
    "https://www.abn.example.co.uk",
    "/news/{section}-{n}",
    para,
    subhead,
    figure,
    page,
    variants={
        "linkbox": ("more-on-story",),
        "inbody": ("label-list",),
        "cards": ("top-stories", "features"),
        "tail": ("closing-list",),
    },
    words={
        "also": {"en": ("Read more:", "Find out more:", "More on this story:")},
        "closing": {"en": ("You may also be interested in:",)},
        "more_story": {"en": ("More on this story",)},
        "top": {"en": ("Top Stories",)},
        "features": {"en": ("Features", "Elsewhere on the ABN", "Features & Analysis")},
    },
    classes=CLASSES,
    extras={"figure": 0.9, "figure2": 0.4, "tweet": 0.15, "youtube": 0.1},
    embed=embed,
    listing=listing,
    years=(2021, 2024),
    link_words="/news/topics/{word}",
)
