"""The crawl report as one self-contained HTML page: inline CSS and SVG charts, no script, no
network, readable offline. Input: the report dict of
:func:`newscorpus.crawl.pipelines.report.build_report`."""

from __future__ import annotations

from html import escape
from typing import Any

from newscorpus.records import UNKNOWN_DAY

#: Days shown in the per-day chart (the latest); earlier ones are summed up below it.
MAX_DAYS = 60
#: Sites with their own colour in the per-day chart (the most productive); the rest are grey.
DAY_SITES = 8
PALETTE = ("#2f6db5", "#e07b24", "#3a9a4a", "#c0392b", "#8e5bb5", "#8c6d46", "#d36ba6", "#17a2b8")
OTHER = "#a0a4a8"

CSS = """
body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:24px auto;
max-width:1100px;padding:0 16px;color:#1d2329;background:#fff}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
.sub{color:#5b6570;margin-bottom:16px}
.tiles{display:flex;flex-wrap:wrap;gap:10px}
.tile{border:1px solid #d8dde2;border-radius:6px;padding:8px 14px;min-width:120px}
.tile b{display:block;font-size:22px}.tile span{color:#5b6570;font-size:12px}
.tile.bad{border-color:#c0392b;background:#fdf1ef}
.flags{border:1px solid #c0392b;background:#fdf1ef;border-radius:6px;padding:8px 14px}
.flags li{margin:2px 0}.ok{color:#3a9a4a}
table{border-collapse:collapse;width:100%}
th,td{padding:3px 8px;border-bottom:1px solid #e6e9ec;text-align:right;white-space:nowrap}
th{font-size:12px;color:#5b6570;font-weight:600;vertical-align:bottom}
td.site,th.site{text-align:left}td.site{max-width:230px;white-space:normal;overflow-wrap:anywhere}
tr.flagged td.site{color:#c0392b;font-weight:600}
td.bar{width:64px;padding-left:0}.wide{overflow-x:auto}td.num{width:1%}
.legend span{display:inline-block;margin-right:14px;font-size:12px}
.legend i{display:inline-block;width:10px;height:10px;margin-right:4px;vertical-align:-1px}
.note{color:#5b6570;font-size:12px}
"""


def _number(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) else "–"


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f} %"


def _bar(value: float, top: float, colour: str, width: int = 64) -> str:
    """An inline SVG bar of ``value`` on a scale to ``top``."""
    length = 0.0 if top <= 0 else max(0.0, min(1.0, value / top)) * width
    return (
        f'<svg width="{width}" height="12" role="img" aria-label="{value:g}">'
        f'<rect width="{width}" height="12" fill="#eef1f4"/>'
        f'<rect width="{length:.1f}" height="12" fill="{colour}"/></svg>'
    )


def _tiles(report: dict[str, Any]) -> str:
    totals = report["totals"]
    flagged = [s for s, c in report["sites"].items() if c.get("flag")]
    minutes = (report.get("elapsed_seconds") or 0) / 60
    pages_per_minute = totals["fetched"] / minutes if minutes else None
    tiles = [
        (_number(totals["fetched"]), "pages fetched", False),
        ("–" if pages_per_minute is None else f"{pages_per_minute:.0f}", "pages/min", False),
        (_number(totals["written"]), "articles written", totals["written"] == 0),
        (
            f"{_number(totals['duplicates'])} ({_percent(totals['duplicate_rate'])})",
            "duplicates dropped",
            False,
        ),
        (_number(totals["teasers"]), "teaser blocks cut", False),
        (_percent(totals["yield_rate"]), "extraction yield (articles / HTML pages)", False),
        (_number(totals["errors"]), "pages failed", bool(totals["errors"])),
        (f"{len(flagged)} of {len(report['sites'])}", "sites that produced nothing", bool(flagged)),
    ]
    return (
        '<div class="tiles">'
        + "".join(
            f'<div class="tile{" bad" if bad else ""}"><b>{escape(value)}</b><span>{escape(label)}'
            "</span></div>"
            for value, label, bad in tiles
        )
        + "</div>"
    )


def _flags(report: dict[str, Any]) -> str:
    flagged = {s: c["flag"] for s, c in report["sites"].items() if c.get("flag")}
    if not flagged:
        return '<p class="ok">Every site produced articles.</p>'
    items = "".join(f"<li><b>{escape(s)}</b>: {escape(why)}</li>" for s, why in flagged.items())
    return f'<div class="flags"><ul>{items}</ul></div>'


#: Per-site columns: (heading, value of a site's counts, shown as, bar colour).
SITE_COLUMNS: tuple[tuple[str, str, str, str], ...] = (
    ("articles written", "written", "count", "#2f6db5"),
    ("duplicate rate", "duplicate_rate", "percent", "#8e5bb5"),
    ("teaser blocks cut", "teasers", "count", "#e07b24"),
    ("extraction yield", "yield_rate", "percent", "#3a9a4a"),
    ("pages failed", "errors", "count", "#c0392b"),
)


def _site_table(report: dict[str, Any]) -> str:
    sites = report["sites"]
    head = '<tr><th class="site">site</th><th>pages fetched</th>' + "".join(
        f'<th colspan="2">{escape(h)}</th>' for h, *_ in SITE_COLUMNS
    )
    head += "</tr>"
    tops = {
        key: (1.0 if shown == "percent" else max((c[key] or 0 for c in sites.values()), default=0))
        for _, key, shown, _ in SITE_COLUMNS
    }
    rows = []
    ordered = sorted(sites.items(), key=lambda kv: (not kv[1].get("flag"), -kv[1]["written"]))
    for site, counts in ordered:
        cells = [
            f'<td class="site">{escape(site)}{" ⚠" if counts.get("flag") else ""}</td>',
            f'<td class="num">{_number(counts["fetched"])}</td>',
        ]
        for _, key, shown, colour in SITE_COLUMNS:
            value = counts[key]
            if shown == "percent":
                text = _percent(value)
                if key == "yield_rate" and counts["pages"]:
                    text += f" <span class='note'>({counts['articles']}/{counts['pages']})</span>"
            else:
                text = _number(value)
            cells.append(f'<td class="num">{text}</td>')
            cells.append(f'<td class="bar">{_bar(value or 0, tops[key], colour)}</td>')
        flagged = ' class="flagged"' if counts.get("flag") else ""
        rows.append(f"<tr{flagged}>{''.join(cells)}</tr>")
    return f"<div class='wide'><table>{head}{''.join(rows)}</table></div>"


def _day_chart(report: dict[str, Any]) -> str:
    """Records written by publication day, stacked by site."""
    sites = report["sites"]
    days = sorted({d for c in sites.values() for d in c["days"]} - {UNKNOWN_DAY})
    unknown = sum(c["days"].get(UNKNOWN_DAY, 0) for c in sites.values())
    if not days:
        return f'<p class="note">No record with a publication date ({unknown} without one).</p>'
    shown, earlier = days[-MAX_DAYS:], days[:-MAX_DAYS]
    ranked = sorted(sites, key=lambda s: -sites[s]["written"])
    coloured = [s for s in ranked if sites[s]["written"]][:DAY_SITES]
    colour = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(coloured)}
    height, left, bottom, top_pad = 180, 40, 60, 10
    step = max(8, min(40, 900 // len(shown)))
    width = left + step * len(shown) + 10
    day_totals = {d: sum(c["days"].get(d, 0) for c in sites.values()) for d in shown}
    peak = max(day_totals.values()) or 1
    scale = (height - top_pad) / peak
    parts = [
        f'<svg width="{width}" height="{height + bottom}" role="img" '
        'aria-label="articles per publication day" font-size="10" font-family="sans-serif">',
        f'<line x1="{left}" y1="{height}" x2="{width}" y2="{height}" stroke="#888"/>',
        f'<text x="{left - 4}" y="{top_pad + 4}" text-anchor="end">{peak}</text>',
        f'<text x="{left - 4}" y="{height}" text-anchor="end">0</text>',
    ]
    label_every = max(1, len(shown) // 15)
    one_year = shown[0][:4] == shown[-1][:4]
    for i, day in enumerate(shown):
        x, y = left + i * step + 1, float(height)
        for site in [*coloured, None]:
            if site is None:
                n = day_totals[day] - sum(sites[s]["days"].get(day, 0) for s in coloured)
            else:
                n = sites[site]["days"].get(day, 0)
            if n:
                h = n * scale
                y -= h
                fill = OTHER if site is None else colour[site]
                parts.append(
                    f'<rect x="{x}" y="{y:.1f}" width="{step - 2}" height="{h:.1f}" '
                    f'fill="{fill}"><title>{escape(day)} {escape(site or "other sites")}: '
                    f"{n}</title></rect>"
                )
        if i % label_every == 0:
            cx = x + (step - 2) / 2
            parts.append(
                f'<text x="{cx:.1f}" y="{height + 12}" text-anchor="end" '
                f'transform="rotate(-40 {cx:.1f} {height + 12})">'
                f"{escape(day[5:] if one_year else day)}</text>"
            )
    parts.append("</svg>")
    legend = "".join(
        f'<span><i style="background:{colour[s]}"></i>{escape(s)}</span>' for s in coloured
    )
    if len([s for s in ranked if sites[s]["written"]]) > len(coloured):
        legend += f'<span><i style="background:{OTHER}"></i>other sites</span>'
    notes = [f"{shown[0]} to {shown[-1]}"]
    if earlier:
        n = sum(c["days"].get(d, 0) for c in sites.values() for d in earlier)
        notes.append(f"{n} records of {len(earlier)} earlier days not shown")
    if unknown:
        notes.append(f"{unknown} records without a publication date")
    return (
        f'<div class="legend">{legend}</div>{"".join(parts)}'
        f'<p class="note">{escape("; ".join(notes))}</p>'
    )


def render(report: dict[str, Any]) -> str:
    """The report page."""
    when = f"{report.get('started') or '?'} to {report.get('finished') or '?'}"
    reason = report.get("finish_reason", "unknown")
    sub = f"{when} (UTC) · finish reason: {reason} · newscorpus {report.get('version', '')}"
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            "<title>newscorpus crawl report</title>",
            f"<style>{CSS}</style></head><body>",
            "<h1>newscorpus crawl report</h1>",
            f'<div class="sub">{escape(sub)}</div>',
            _tiles(report),
            "<h2>Sites that produced nothing</h2>",
            _flags(report),
            "<h2>Per site</h2>",
            _site_table(report),
            '<p class="note">Duplicate rate: duplicates dropped / (duplicates + written). '
            "Extraction yield: article pages / HTML pages. Pages failed: HTTP errors, download "
            "failures after retries, extraction and pipeline errors.</p>",
            "<h2>Articles written per publication day</h2>",
            _day_chart(report),
            "</body></html>",
        ]
    )
