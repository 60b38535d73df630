"""The brief's one chart as hand-built inline SVG: no script, no library, readable without colour.

Signed and pledged-or-intended amounts are two bars side by side, never stacked, so the eye never
adds a pledge to what was signed. Every label comes from reports and is escaped.
"""

from __future__ import annotations

import math
from html import escape

from bilateral.views.amounts import Chart
from bilateral.views.text import money

WIDTH = 680
BAR = 14
ROW = 2 * BAR + 16
TOP = 40
BOTTOM = 52
RIGHT = 120
SIGNED_COLOUR = "#1f4e79"
PENDING_COLOUR = "#9dbbd8"
SERIES = (("Signed", SIGNED_COLOUR), ("Pledged or intended", PENDING_COLOUR))


def nice_max(value: float) -> float:
    """The axis end: the next round number above the largest bar, so that quarter ticks read well."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8, 10) if step * power >= value)


def svg_text(x: float, y: float, label: str, **attrs: str) -> str:
    """A ``<text>`` with its label and attributes escaped: labels come from reports."""
    extra = "".join(f' {k.replace("_", "-")}="{escape(v)}"' for k, v in attrs.items())
    return f'<text x="{x:.1f}" y="{y:.1f}"{extra}>{escape(label)}</text>'


def _bar(left: float, y: float, end: float, name: str, colour: str, value: str) -> list[str]:
    """A bar with its value written after it and a tooltip naming both."""
    return [f'<rect x="{left}" y="{y}" width="{max(1.0, end - left):.1f}" height="{BAR - 2}" fill="{colour}">'
            f"<title>{escape(f'{name}: {value}')}</title></rect>",
            svg_text(end + 6, y + BAR - 3, value, font_size="11")]


def _describe(chart: Chart) -> str:
    """The figures in words, for readers who cannot see the bars."""
    parts = []
    for row in chart.rows:
        figures = [f"{money(v, chart.currency)} {name.lower()}"
                   for v, (name, _) in zip((row.signed, row.pending), SERIES, strict=True) if v > 0]
        parts.append(f"{row.label}: {' and '.join(figures)}")
    return f"{chart.title}. " + "; ".join(parts) + "."


def chart_svg(chart: Chart) -> str:
    """The chart as one ``<svg>`` element with a <title> and <desc> for screen readers."""
    left = min(240, max(110, 7 * max(len(r.label) for r in chart.rows) + 36))
    plot = WIDTH - left - RIGHT
    height = TOP + ROW * len(chart.rows) + BOTTOM
    top_value = nice_max(max(max(r.signed, r.pending) for r in chart.rows))

    def x(value: float) -> float:
        return left + plot * value / top_value

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" '
           f'height="{height}" role="img" aria-labelledby="chart-title chart-desc" '
           f'font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="12" fill="#222">',
           f'<title id="chart-title">{escape(chart.title)}</title>',
           f'<desc id="chart-desc">{escape(_describe(chart))}</desc>']
    for i, (name, colour) in enumerate(SERIES):
        lx = left + i * 170
        out.append(f'<rect x="{lx}" y="12" width="12" height="12" fill="{colour}"/>')
        out.append(svg_text(lx + 18, 22, name))
    bottom = TOP + ROW * len(chart.rows)
    for k in range(5):
        value = top_value * k / 4
        tx = x(value)
        out.append(f'<line x1="{tx:.1f}" y1="{TOP - 4}" x2="{tx:.1f}" y2="{bottom}" stroke="#ddd"/>')
        out.append(svg_text(tx, bottom + 16, money(value, chart.currency, compact=True), text_anchor="middle"))
    for i, row in enumerate(chart.rows):
        y = TOP + i * ROW + 6
        out.append(svg_text(left - 8, y + BAR + 4, row.label, text_anchor="end"))
        for j, (value, (name, colour)) in enumerate(zip((row.signed, row.pending), SERIES, strict=True)):
            if value > 0:
                out += _bar(left, y + j * BAR, x(value), f"{row.label}, {name}", colour,
                            money(value, chart.currency))
    out.append(f'<line x1="{left}" y1="{TOP - 4}" x2="{left}" y2="{bottom}" stroke="#555"/>')
    out.append(svg_text(left + plot / 2, height - 10, f"Amount ({chart.currency})", text_anchor="middle",
                     font_weight="bold"))
    middle = TOP + (bottom - TOP) / 2
    out.append(svg_text(14, middle, chart.by.capitalize(), text_anchor="middle", font_weight="bold",
                     transform=f"rotate(-90 14 {middle:.1f})"))
    out.append("</svg>")
    return "\n".join(out)
