"""The target-progress chart as hand-built inline SVG: no script, no library, readable without colour.

The official series is a line with a dot a year; figures reports cite are diamonds beside it (filled when
they disagree with the official figure), each naming its source and sentence on hover; the target is a
labelled horizontal line and the growth still needed a dashed path to it. Every label is escaped.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from html import escape

from bilateral.trade.progress import DISAGREEMENT
from bilateral.views.chart import nice_max, svg_text
from bilateral.views.progress import CURRENCY, ProgressChart, ReportedPoint
from bilateral.views.text import money

WIDTH = 680
LEFT = 76
RIGHT = 24
PLOT_HEIGHT = 230
BOTTOM = 46
LEGEND_ROW = 20
OFFICIAL_COLOUR = "#1f4e79"
PATH_COLOUR = "#6f93bb"
TARGET_COLOUR = "#3d3d39"
REPORTED_COLOUR = "#3d3d39"
FLAGGED_COLOUR = "#b5471b"
GRID_COLOUR = "#e2e1dc"
DIAMOND = 5.5
DODGE = 11  # how far apart the diamonds of one year are drawn, so that none hides another

_Scale = Callable[[float], float]


def _diamond(x: float, y: float, flagged: bool) -> str:
    """A diamond: hollow when the figure agrees with the official one, filled when it does not. A hollow
    one has an invisible fill, so that its inside answers the pointer too."""
    d = f"M{x:.1f} {y - DIAMOND:.1f}L{x + DIAMOND:.1f} {y:.1f}L{x:.1f} {y + DIAMOND:.1f}L{x - DIAMOND:.1f} {y:.1f}Z"
    colour = FLAGGED_COLOUR if flagged else REPORTED_COLOUR
    fill = f'fill="{colour}"' if flagged else 'fill="#fff" fill-opacity="0"'
    return f'<path d="{d}" {fill} stroke="{colour}" stroke-width="1.5"'


def _legend(chart: ProgressChart) -> tuple[list[str], int]:
    """Legend entries laid out left to right, wrapping to a new row; returns the markup and its height."""
    entries: list[tuple[str, str]] = [("official", chart.official_label), ("reported", "Figure a report cites")]
    if any(p.flagged for p in chart.reported):
        entries.append(("flagged", f"Cited figure more than {DISAGREEMENT:.0%} off the official one"))
    if chart.path and chart.required_growth is not None:
        entries.append(("path", f"Path to the target at {chart.required_growth:.1%} a year"))
    out: list[str] = []
    x, row = 12.0, 0
    for kind, label in entries:
        width = 30 + 6.4 * len(label)
        if x > 12 and x + width > WIDTH - 12:
            x, row = 12.0, row + 1
        y = 16 + row * LEGEND_ROW
        if kind == "official":
            out.append(f'<line x1="{x:.1f}" y1="{y}" x2="{x + 20:.1f}" y2="{y}" stroke="{OFFICIAL_COLOUR}" '
                       'stroke-width="2"/>')
            out.append(f'<circle cx="{x + 10:.1f}" cy="{y}" r="3.5" fill="{OFFICIAL_COLOUR}"/>')
        elif kind == "path":
            out.append(f'<line x1="{x:.1f}" y1="{y}" x2="{x + 20:.1f}" y2="{y}" stroke="{PATH_COLOUR}" '
                       'stroke-width="2" stroke-dasharray="5 4"/>')
        else:
            out.append(_diamond(x + 10, y, kind == "flagged") + "/>")
        out.append(svg_text(x + 26, y + 4, label))
        x += width + 16
    return out, (row + 1) * LEGEND_ROW


def _point_title(p: ReportedPoint) -> str:
    c = p.citation
    when = f", {c.date}" if c.date else ""
    return f"{money(p.value, CURRENCY)} for {p.year}, {p.comparison}. {c.source}{when}: “{c.quote}”"


def _reported(points: Sequence[ReportedPoint], x: _Scale, y: _Scale) -> list[str]:
    """The diamonds, those of one year side by side around it."""
    by_year: dict[int, list[ReportedPoint]] = defaultdict(list)
    for p in points:
        by_year[p.year].append(p)
    out = []
    for year, group in sorted(by_year.items()):
        for i, p in enumerate(sorted(group, key=lambda p: p.value)):
            px = x(year) + DODGE * (i - (len(group) - 1) / 2)
            out.append(f"{_diamond(px, y(p.value), p.flagged)}><title>{escape(_point_title(p))}</title></path>")
    return out


def _official(chart: ProgressChart, x: _Scale, y: _Scale, bottom: float) -> list[str]:
    """The official line, a dot a year, and the latest value written under its dot."""
    if not chart.official:
        return []
    coords = " ".join(f"{x(year):.1f},{y(value):.1f}" for year, value in chart.official)
    out = [f'<polyline points="{coords}" fill="none" stroke="{OFFICIAL_COLOUR}" stroke-width="2"/>']
    for year, value in chart.official:
        label = f"{year}: {money(value, CURRENCY)}, {chart.official_label.lower()}"
        out.append(f'<circle cx="{x(year):.1f}" cy="{y(value):.1f}" r="3.5" fill="{OFFICIAL_COLOUR}">'
                   f"<title>{escape(label)}</title></circle>")
    year, value = chart.official[-1]
    below = y(value) + 20 if y(value) + 20 < bottom - 4 else y(value) - 12
    out.append(svg_text(x(year), below, money(value, CURRENCY, compact=True), text_anchor="middle",
                        font_weight="bold", fill=OFFICIAL_COLOUR))
    return out


def _target(chart: ProgressChart, left: float, right: float, y: _Scale) -> list[str]:
    label = chart.target_label
    if chart.target is None or label is None:
        return []
    ty = y(chart.target)
    return [f'<line x1="{left}" y1="{ty:.1f}" x2="{right}" y2="{ty:.1f}" stroke="{TARGET_COLOUR}" '
            f'stroke-width="1.5"><title>{escape(label.capitalize())}</title></line>',
            svg_text(right, ty - 6, label, text_anchor="end", font_weight="bold", fill=TARGET_COLOUR)]


def _path(chart: ProgressChart, x: _Scale, y: _Scale) -> list[str]:
    if len(chart.path) < 2 or chart.required_growth is None:
        return []
    coords = " ".join(f"{x(year):.1f},{y(value):.1f}" for year, value in chart.path)
    what = (f"Path to the target: {chart.required_growth:.1%} growth a year "
            f"from {chart.path[0][0]} to {chart.path[-1][0]}")
    return [f'<polyline points="{coords}" fill="none" stroke="{PATH_COLOUR}" stroke-width="2" '
            f'stroke-dasharray="5 4"><title>{escape(what)}</title></polyline>']


def _describe(chart: ProgressChart) -> str:
    """The chart in words, for readers who cannot see it."""
    official = "; ".join(f"{year} {money(value, CURRENCY)}" for year, value in chart.official) or "none"
    parts = [f"{chart.official_label}: {official}."]
    if chart.target_label:
        parts.append(chart.target_label.capitalize() + ".")
    if chart.path and chart.required_growth is not None:
        parts.append(f"Reaching it needs {chart.required_growth:.1%} growth a year.")
    if chart.reported:
        cited = "; ".join(f"{p.year} {money(p.value, CURRENCY)} ({p.citation.source}, {p.comparison})"
                          for p in chart.reported)
        parts.append(f"Figures reports cite: {cited}.")
    return " ".join(parts)


def _years(chart: ProgressChart) -> tuple[int, int]:
    years = [y for y, _ in chart.official] + [p.year for p in chart.reported] + [y for y, _ in chart.path]
    if chart.by is not None:
        years.append(chart.by)
    return min(years), max(years)


def progress_chart_svg(chart: ProgressChart) -> str:
    """The chart as one ``<svg>`` element, with a <title> and <desc> for screen readers and axis labels."""
    legend, legend_height = _legend(chart)
    top = legend_height + 28
    height = top + PLOT_HEIGHT + BOTTOM
    right, bottom = WIDTH - RIGHT, top + PLOT_HEIGHT
    first, last = _years(chart)
    span = last - first + 1
    values = [v for _, v in chart.official] + [p.value for p in chart.reported] + [v for _, v in chart.path]
    top_value = nice_max(1.05 * max([*values, chart.target or 0]))

    def x(year: float) -> float:
        return LEFT + (right - LEFT) * (year - first + 0.5) / span

    def y(value: float) -> float:
        return bottom - PLOT_HEIGHT * value / top_value

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" '
           f'height="{height}" role="img" aria-labelledby="progress-title progress-desc" '
           f'font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="12" fill="#222">',
           f'<title id="progress-title">{escape(chart.title)}</title>',
           f'<desc id="progress-desc">{escape(_describe(chart))}</desc>', *legend]
    for k in range(5):
        ty = y(top_value * k / 4)
        out.append(f'<line x1="{LEFT}" y1="{ty:.1f}" x2="{right}" y2="{ty:.1f}" stroke="{GRID_COLOUR}"/>')
        out.append(svg_text(LEFT - 8, ty + 4, money(top_value * k / 4, CURRENCY, compact=True), text_anchor="end"))
    step = math.ceil(span / 12)
    for year in range(first, last + 1, step):
        out.append(svg_text(x(year), bottom + 18, str(year), text_anchor="middle"))
    out.append(f'<line x1="{LEFT}" y1="{bottom}" x2="{right}" y2="{bottom}" stroke="#555"/>')
    out += _target(chart, LEFT, right, y) + _path(chart, x, y) + _official(chart, x, y, bottom)
    out += _reported(chart.reported, x, y)
    out.append(svg_text((LEFT + right) / 2, height - 8, "Year", text_anchor="middle", font_weight="bold"))
    middle = (top + bottom) / 2
    out.append(svg_text(16, middle, f"{chart.metric} ({CURRENCY})", text_anchor="middle", font_weight="bold",
                        transform=f"rotate(-90 16 {middle:.1f})"))
    out.append("</svg>")
    return "\n".join(out)
