"""The overview's charts as Vega-Lite specs, built with Altair and drawn in the page by the vendored
vega-embed: nothing is fetched from elsewhere, and report text reaches the chart only as data.

Signed and pledged amounts are never stacked into one money bar: the commitments chart counts
undertakings (threads) by stage, and money is left to tables that keep stages apart.
"""

from __future__ import annotations

from typing import Any

import altair as alt

from bilateral.facts.models import STAGES
from bilateral.views.text import country_name, money
from bilateral.web.overview import Overview, Reading

MAX_POINTS = 200  # reported figures drawn one by one; above this, each year's median and range
REPORTED, TARGET = "Reported in the news", "Target"
STAGE_ORDER = (*STAGES, "stalled", "cancelled", "not stated")
STAGE_COLOURS = ("#c6dbef", "#9ecae1", "#6baed6", "#2171b5", "#08519c", "#08306b", "#e6a23c", "#b23b3b", "#bbbbbb")
SERIES_COLOURS = ("#1f4e79", "#b23b3b", "#2e7d32", "#8bc34a")
HEIGHT = 260


def _figures(readings: list[Reading]) -> list[dict[str, Any]]:
    """Each distinct figure reports give for a year (how many give it), or for many figures each
    year's median with the range the reports span."""
    rows: list[dict[str, Any]] = []
    many = sum(len(set(r.values)) for r in readings) > MAX_POINTS
    for r in readings:
        if many:
            low, high = min(r.values), max(r.values)
            rows.append({"year": int(r.period), "usd_m": r.median / 1e6, "low": low / 1e6, "high": high / 1e6,
                         "series": REPORTED, "reports": len(r.values),
                         "note": f"median of {len(r.values)} reports; {money(low, 'USD')} to {money(high, 'USD')}"})
            continue
        for value in sorted(set(r.values)):
            n = r.values.count(value)
            rows.append({"year": int(r.period), "usd_m": value / 1e6, "series": REPORTED, "reports": n,
                         "note": f"given in {n} report{'s' if n > 1 else ''}"})
    return rows


def trade_chart(ov: Overview) -> dict[str, Any] | None:
    """Trade turnover by year in USD: reported figures as points, official series as lines, targets
    as diamonds at their year (a dashed line when no year is stated). None when there is nothing."""
    readings = [r for r in ov.readings if r.metric == "trade_turnover" and r.currency == "USD" and r.period.isdigit()]
    points = _figures(readings)
    series = [REPORTED, TARGET]
    for o in ov.official:
        name = f"Official ({country_name(o.reporter)}'s statistics)"
        series.append(name)
        points += [{"year": year, "usd_m": value / 1e6, "series": name, "reports": 0,
                    "note": f"{country_name(o.reporter)} reports trade with {country_name(o.partner)}"}
                   for year, value in o.points]
    targets = [t for t in ov.targets if t.metric == "trade_turnover" and t.currency == "USD"]
    dated = [{"year": int(t.year), "usd_m": t.value / 1e6, "series": TARGET, "reports": t.statements,
              "note": f"target for {t.year}, stated in {t.statements} report(s)"}
             for t in targets if t.year and t.year.isdigit()]
    undated = [{"usd_m": t.value / 1e6, "series": TARGET,
                "note": f"target {money(t.value, 'USD')}, year not stated ({t.statements} report(s))"}
               for t in targets if not (t.year and t.year.isdigit())]
    if not points and not dated and not undated:
        return None
    years = [p["year"] for p in points + dated]
    domain = [min(years) - 0.5, max(years) + 0.5] if years else alt.Undefined
    colour = alt.Color("series:N", title=None, scale=alt.Scale(domain=series, range=list(SERIES_COLOURS)),
                       legend=alt.Legend(orient="bottom", labelLimit=360))
    x = alt.X("year:Q", title=None, axis=alt.Axis(format="d", tickMinStep=1),
              scale=alt.Scale(domain=domain, nice=False))
    y = alt.Y("usd_m:Q", title="USD million", axis=alt.Axis(format=",.0f"))
    tooltip = [alt.Tooltip("series:N", title="what"), alt.Tooltip("year:Q", format="d"),
               alt.Tooltip("usd_m:Q", title="USD million", format=",.1f"), alt.Tooltip("note:N", title="note")]
    base = alt.Chart(alt.InlineData(values=points + dated))
    layers = [
        base.transform_filter(alt.datum.series != REPORTED).transform_filter(alt.datum.series != TARGET)
        .mark_line(point=True).encode(x=x, y=y, color=colour, tooltip=tooltip),
        base.transform_filter(alt.datum.series == REPORTED).mark_circle(size=70, opacity=0.8)
        .encode(x=x, y=y, color=colour, tooltip=tooltip),
        base.transform_filter(alt.datum.series == TARGET).mark_point(shape="diamond", size=140, filled=True)
        .encode(x=x, y=y, color=colour, tooltip=tooltip),
    ]
    if any("low" in p for p in points):
        layers.insert(0, base.transform_filter(alt.datum.series == REPORTED).mark_rule(opacity=0.5)
                      .encode(x=x, y="low:Q", y2="high:Q", color=colour))
    if undated:
        rule = alt.Chart(alt.InlineData(values=undated))
        layers += [rule.mark_rule(strokeDash=[6, 4], size=1.5).encode(y=y, color=colour, tooltip=["note:N"]),
                   rule.mark_text(align="left", dx=4, dy=-6, fontSize=11)
                   .encode(y=y, x=alt.value(0), text="note:N", color=colour)]
    return _finish(alt.layer(*layers), "Trade turnover: targets, reported and official figures (USD)")


def commitments_chart(ov: Overview) -> dict[str, Any] | None:
    """Undertakings (threads) per sector, coloured by the stage each has reached."""
    if not ov.commitments:
        return None
    rows = [{"stage": s.stage, "sector": s.sector, "threads": s.threads, "order": STAGE_ORDER.index(s.stage)
             if s.stage in STAGE_ORDER else len(STAGE_ORDER)} for s in ov.commitments]
    chart = alt.Chart(alt.InlineData(values=rows)).mark_bar().encode(
        y=alt.Y("sector:N", title=None, sort="-x"),
        x=alt.X("sum(threads):Q", title="undertakings (each counted once, however often reported)"),
        color=alt.Color("stage:N", title="stage", scale=alt.Scale(domain=list(STAGE_ORDER), range=list(STAGE_COLOURS)),
                        legend=alt.Legend(orient="bottom", columns=5)),
        order=alt.Order("order:Q"),
        tooltip=["sector:N", "stage:N", alt.Tooltip("sum(threads):Q", title="undertakings")])
    return _finish(chart, "Commitments by stage and sector")


def engagements_chart(ov: Overview) -> dict[str, Any] | None:
    """Each engagement a tick on a time line; a click opens its thread."""
    rows = [{"date": e.first_date, "label": e.label, "href": f"/threads/{e.id}"}
            for e in ov.engagements if e.first_date]
    if not rows:
        return None
    chart = alt.Chart(alt.InlineData(values=rows)).mark_tick(thickness=2, size=28, color="#1f4e79").encode(
        x=alt.X("date:T", title=None, axis=alt.Axis(format="%Y", tickCount="year")),
        href="href:N", tooltip=[alt.Tooltip("date:T", format="%d %b %Y"), alt.Tooltip("label:N", title="engagement")])
    return _finish(chart.properties(height=50), "Engagements over time (click one to open it)")


def _finish(chart: alt.TopLevelMixin, title: str) -> dict[str, Any]:
    spec = chart.properties(width="container").to_dict()
    spec.setdefault("height", HEIGHT)
    spec["description"] = title
    spec["config"] = {**spec.get("config", {}), "font": "system-ui, sans-serif",
                      "axis": {"labelFontSize": 11, "titleFontSize": 11, "titleFontWeight": "normal"},
                      "legend": {"labelFontSize": 11}, "view": {"stroke": None}}
    return spec
