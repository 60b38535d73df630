"""A brief's "Target progress": how far official statistics say a pair's trade has come towards its
target, and where the figures reports cite disagree with those statistics.

Built from what ``trade.progress`` measured, never from a store, so a brief stays a function of what it
is given. The chart's figures come from ``progress_chart_data``, so the brief draws the same required
path as every other view of the progress.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bilateral.trade.progress import DISAGREEMENT, Progress, ReportedFigure, TargetProgress, progress_chart_data
from bilateral.views.lines import Citation, Line, citation
from bilateral.views.text import country_name, join_names, money

TARGET_PROGRESS = "Target progress"
"""The part of Targets and indicators that progress adds; the HTML page draws its chart there."""

CURRENCY = "USD"  # trade.progress measures trade in USD only
_NOT_COMPARED = "part of a year, or no full official year"


@dataclass(frozen=True)
class ReportedPoint:
    """A figure a report cites, placed on the chart beside the official one of its year."""

    year: int
    value: float
    flagged: bool
    comparison: str
    """"52% below the official $987.9 million", or why there is nothing to compare with."""
    citation: Citation


@dataclass(frozen=True)
class ProgressChart:
    """What the progress chart draws: official series, reported points, target and required path."""

    title: str
    metric: str
    official_label: str
    official: tuple[tuple[int, float], ...]
    reported: tuple[ReportedPoint, ...]
    target: float | None
    by: int | None
    path: tuple[tuple[int, float], ...]
    required_growth: float | None

    @property
    def caption(self) -> str:
        path = "; the dashed line is the path to the target at the growth still needed" if self.path else ""
        return (f"{self.official_label} as a line, a dot a year; diamonds are figures reports cite, filled when "
                f"more than {DISAGREEMENT:.0%} off the official figure{path}. Point at a diamond for its source "
                "and sentence.")

    @property
    def target_label(self) -> str | None:
        """"target $3 billion (2030)"; a target without a year says so rather than inventing one."""
        if self.target is None:
            return None
        return f"target {money(self.target, CURRENCY)} ({self.by or 'no year set'})"


def _metric(name: str) -> str:
    return name.replace("_", " ").capitalize()


def _target(main: TargetProgress, latest_year: int) -> str:
    """How much of the target is reached and what growth is still needed, in the clauses an analyst uses."""
    share = main.share_of_target or 0.0
    goal = f"{money(main.target, CURRENCY)} target" + (f" for {main.by}" if main.by else "")
    if share >= 1:
        return f"{share:.1%} of the {goal}: reached"
    if main.by is None:
        return f"{share:.1%} of the {goal}; no year is set, so the growth still needed cannot be worked out"
    if main.required_cagr is None:
        return f"{share:.1%} of the {goal}, whose year has passed"
    return f"{share:.1%} of the {goal}, which needs growth of {main.required_cagr:.1%} a year from {latest_year}"


def _headline(p: Progress) -> Line:
    """The one line: latest official value, share of the target, growth needed, and whose figures.
    It cites the latest report that states the target, so the reader sees which target is meant."""
    latest = p.series.latest()
    metric = _metric(p.metric)
    if latest is None:
        text = f"{metric}: no full year of official figures is stored"
    elif p.main is None:
        text = f"{metric}: {money(latest[1], CURRENCY)} in {latest[0]}; the reports state no target for it"
    else:
        text = f"{metric}: {money(latest[1], CURRENCY)} in {latest[0]}, {_target(p.main, latest[0])}"
    sources = sorted({s for f in p.series.years.values() for s in f.sources})
    text += (f". Official figures are {country_name(p.reporter)}'s ({p.reporter_reason})"
             + (f", from {', '.join(sources)}" if sources else "") + ".")
    records = p.main.line.records if p.main is not None and p.main.line is not None else ()
    stated = sorted(records, key=lambda r: r.date or "")[-1:]
    return Line(text, tuple(citation(r) for r in stated), tuple(r.id for r in stated))


def _comparison(f: ReportedFigure, p: Progress) -> str:
    if f.official is None or f.diff_pct is None:
        return f"not compared ({_NOT_COMPARED})"
    way = "above" if f.diff_pct > 0 else "below"
    gap = f"{abs(f.diff_pct):.1f}% {way}" if round(f.diff_pct, 1) else "the same as"
    whose = f"{country_name(p.reporter)}'s statistics, {', '.join(f.official.sources)}"
    return f"{gap} the official {money(f.official.value, CURRENCY)} ({whose})"


def _what(f: ReportedFigure, p: Progress) -> str:
    """"2022" or "2022 exports": the metric is named only when it is not the one the target measures."""
    year = str(f.period) if f.period is not None else "year not stated"
    return year if f.metric == p.metric else f"{year} {f.metric.replace('_', ' ')}"


def _figures(figures: Sequence[ReportedFigure], p: Progress) -> str:
    return "; ".join(f"{money(f.value, CURRENCY)} ({_what(f, p)})" for f in figures)


def _reported_lines(p: Progress) -> list[Line]:
    """A line for each figure more than 10% off the official one, with both sources; one line for the
    figures that agree and one for those with no official year to compare with, each citing its sentences."""
    ordered = sorted(p.reported, key=lambda f: (f.period is None, f.period or 0, f.record.date or ""))
    flagged = [f for f in ordered if f.flagged]
    agree = [f for f in ordered if not f.flagged and f.official is not None]
    alone = [f for f in ordered if f.official is None]
    lines = [Line(f"{_what(f, p).capitalize()}: reported {money(f.value, CURRENCY)}, {_comparison(f, p)}",
                  (citation(f.record),), (f.record.id,)) for f in flagged]
    limit = f"{DISAGREEMENT:.0%}"
    for figures, text in ((agree, f"Reported figures within {limit} of the official ones"),
                          (alone, f"Reported figures not compared with official ones ({_NOT_COMPARED})")):
        if figures:
            cited = tuple(dict.fromkeys(citation(f.record) for f in figures))  # one sentence may give two figures
            lines.append(Line(f"{text}: {_figures(figures, p)}", cited, tuple(f.record.id for f in figures)))
    return lines


def _point(f: ReportedFigure, year: int, p: Progress) -> ReportedPoint:
    return ReportedPoint(year, f.value, f.flagged, _comparison(f, p), citation(f.record))


def _year_drawn(f: ReportedFigure, p: Progress, official: Sequence[tuple[int, float]]) -> int | None:
    """The year a cited figure is drawn at, None when it is not drawn: only the target's metric shares its
    axis, and a figure kept from its year's official one (part of a year) is not drawn beside it."""
    if f.period is None or f.metric != p.metric or (f.official is None and f.period in dict(official)):
        return None
    return f.period


def _chart(p: Progress) -> ProgressChart | None:
    """None when there is no point to draw: no full official year and no dated figure of the metric."""
    data = progress_chart_data(p)
    official = tuple((int(y), float(v)) for y, v in data["official"]["points"])
    main = p.main
    title = f"{_metric(p.metric)} of {join_names(country_name(c) for c in p.pair)}"
    chart = ProgressChart(
        title=f"{title} against the target" if main else title,
        metric=_metric(p.metric),
        official_label=f"{country_name(p.reporter)}'s official figures",
        official=official,
        reported=tuple(_point(f, year, p) for f in p.reported if (year := _year_drawn(f, p, official)) is not None),
        target=main.target if main else None,
        by=main.by if main else None,
        path=tuple((int(y), float(v)) for y, v in data["path"]),
        required_growth=main.required_cagr if main else None,
    )
    return chart if chart.official or chart.reported else None


def progress_part(progress: Progress) -> tuple[tuple[Line, ...], ProgressChart | None]:
    """The lines of the "Target progress" part and the chart the HTML page draws beside them."""
    return (_headline(progress), *_reported_lines(progress)), _chart(progress)
