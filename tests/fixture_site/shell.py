"""The HTML shell of non-article pages: front, section, tag, about, terms and error pages."""

from __future__ import annotations

from .chrome import page_title, site_footer, site_header
from .text import esc


def shell(
    title: str,
    content: str,
    *,
    active: str = "",
    head_extra: str = "",
    full_title: bool = True,
) -> str:
    """A complete non-article HTML page (og:type website, no publication date)."""
    shown = page_title(title) if full_title else title
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(shown)}</title>
<meta property="og:type" content="website">
<meta property="og:site_name" content="Example News">
<link rel="alternate" type="application/rss+xml" title="Example News" href="/rss.xml">
{head_extra}
</head>
<body class="listing">
{site_header("site-header", active)}
<main id="content">
{content}
</main>
{site_footer("site-footer")}
</body>
</html>
"""


def error_html(status: int) -> str:
    """Body of a 404 or 500 page."""
    message = {
        404: ("Page not found", "Sorry, we could not find the page you were looking for."),
        500: ("Something went wrong", "Sorry, an error occurred. Please try again later."),
    }[status]
    return shell(message[0], f"<h1>{message[0]}</h1><p>{message[1]}</p>")
