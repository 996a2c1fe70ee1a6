"""How each story is published on the news site: layout, teaser forms, URL and listing."""

from __future__ import annotations

from dataclasses import dataclass

# Teaser forms (see teasers.py): link-wrapped boxes after the body, a related box inside the
# body, a card grid after the body, plain cut paragraphs at the end of the body.
FORMS = ("boxes", "inline", "cards", "tail")
# Listing: "normal" (front/section/tag pages, feeds, sitemaps), "feed-only", "sitemap-only",
# "private" (under /private/, linked from the front page only), "section" (section page only).
LISTINGS = ("normal", "feed-only", "sitemap-only", "private", "section")


@dataclass(frozen=True)
class PagePlan:
    """Presentation of one article page."""

    slug: str
    layout: str
    forms: tuple[str, ...]
    kind: str = "article"
    listing: str = "normal"
    labeled: bool = False  # teaser blocks carry tell-tale class names ("related", "promo")
    news_id: int | None = None  # /news/<slug>-<id> instead of a dated path
    lead_class: str | None = None
    charset: str = "utf-8"

    @property
    def is_amp(self) -> bool:
        """True for the AMP copy of a story."""
        return self.kind == "amp-copy"


PLANS: tuple[PagePlan, ...] = (
    PagePlan("port-strike-ends", "modern", ("boxes", "tail")),
    PagePlan("election-runoff", "jsonld", ("inline", "cards")),
    PagePlan("river-flood-evacuations", "divsoup", ("cards", "tail"), labeled=True),
    PagePlan("nachtzug-nach-wien", "metaonly", ("boxes",)),
    PagePlan("arveon-earnings-beat", "metaonly", ("inline", "tail"), lead_class="lead teaser"),
    PagePlan("central-bank-holds-rates", "taipei", ("boxes",), labeled=True),
    PagePlan("cafe-chains-raise-prices", "divsoup", ("inline", "tail"), charset="iso-8859-1"),
    PagePlan("harbour-city-cup-final", "modern", ("cards", "inline"), labeled=True),
    PagePlan("lakeside-marathon-record", "taipei", ("boxes", "tail")),
    PagePlan(
        "marchetti-comeback-title", "jsonld", ("boxes",), listing="sitemap-only", news_id=483920
    ),
    PagePlan("amateur-astronomers-new-comet", "jsonld", ("tail", "cards")),
    PagePlan("coral-reef-recovery", "divsoup", ("boxes", "inline")),
    PagePlan("battery-lithium-recycling", "modern", ("inline",), listing="feed-only"),
    PagePlan("draft-budget-second-homes", "modern", ("cards",), kind="private", listing="private"),
    PagePlan("drost-wins-runoff", "metaonly", ("boxes", "tail"), kind="follow-up"),
    PagePlan("dockworkers-back-to-work", "taipei", ("cards",), kind="syndicated", news_id=730215),
    PagePlan(
        "amateur-astronomers-new-comet", "amp", ("boxes",), kind="amp-copy", listing="section"
    ),
)


def main_path(plan: PagePlan, published: str, section: str) -> str:
    """URL path of a page, e.g. /world/2026/03/14/port-strike-ends.html."""
    if plan.news_id is not None:
        return f"/news/{plan.slug}-{plan.news_id}"
    year, month, day = published[:10].split("-")
    top = "private" if plan.listing == "private" else section
    path = f"/{top}/{year}/{month}/{day}/{plan.slug}.html"
    return "/amp" + path if plan.is_amp else path
