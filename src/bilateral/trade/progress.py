"""Trade targets measured against official figures: how much of the goal the latest year reached, the
yearly growth still needed, and whether the figures that reports cite agree with the statistics.

The targets come from the stored facts and their threads (a target restated in many reports is one
line, often tied to the roadmap that set it); the official series from the stored trade flows of the
better reporter of the pair. Core logic only: the command line prints what ``progress_json`` returns.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bilateral.facts.models import Indicator, Target
from bilateral.facts.record import FactRecord
from bilateral.storage import Store
from bilateral.storage.trade import TradeFlow
from bilateral.trade.series import CIF_FOB, METRICS, Figure, MirrorPoint, Series, choose_reporter, mirror, side

DISAGREEMENT = 0.10  # a reported figure more than 10% off the official one is flagged
_PART_OF_YEAR = re.compile(
    r"\b(?:(?:january|jan\.?)\s?[–-]\s?(?:february|march|april|may|june|july|august|september|october|november)|"
    r"first (?:two|three|four|five|six|seven|eight|nine|ten|eleven) months|(?:first|second) half|h[12]\b|"
    r"quarter|(?:six|nine|eight|five|four|three|two|seven|ten|eleven) months)", re.IGNORECASE)
SAME_TARGET = 0.005  # a --target within 0.5% of a stated target is that target


class NoTradeDataError(LookupError):
    """No official figure for the pair is stored: progress cannot be measured."""


@dataclass(frozen=True)
class TargetLine:
    """One goal as reports state it: the facts of one thread (None: not linked yet) with one figure."""

    thread_id: str | None
    metric: str
    value: float
    year: int | None
    records: tuple[FactRecord, ...]


@dataclass(frozen=True)
class TargetProgress:
    metric: str
    target: float
    by: int | None
    latest_year: int | None
    latest_value: float | None
    line: TargetLine | None

    @property
    def share_of_target(self) -> float | None:
        return self.latest_value / self.target if self.latest_value is not None and self.target else None

    @property
    def required_cagr(self) -> float | None:
        if self.latest_value is None or self.latest_year is None or self.by is None:
            return None
        return required_cagr(self.latest_value, self.target, self.latest_year, self.by)


@dataclass(frozen=True)
class ReportedFigure:
    """A trade figure a report cites, beside the official one for the same year."""

    record: FactRecord
    metric: str
    period: int | None
    value: float
    official: Figure | None

    @property
    def diff_pct(self) -> float | None:
        if self.official is None or not self.official.value:
            return None
        return (self.value - self.official.value) / self.official.value * 100

    @property
    def flagged(self) -> bool:
        return self.diff_pct is not None and abs(self.diff_pct) > DISAGREEMENT * 100


@dataclass(frozen=True)
class Progress:
    pair: tuple[str, str]
    reporter: str
    reporter_reason: str
    metric: str
    factor: float
    series: Series
    main: TargetProgress | None
    targets: tuple[TargetProgress, ...]
    mirror: dict[int, MirrorPoint]
    reported: tuple[ReportedFigure, ...]


def required_cagr(latest: float, target: float, latest_year: int, by: int) -> float | None:
    """The compound yearly growth that takes ``latest`` to ``target`` by ``by``:
    (target / latest) ** (1 / (by - latest_year)) - 1; None when no year is left or nothing to grow from."""
    if by <= latest_year or latest <= 0 or target <= 0:
        return None
    return (target / latest) ** (1 / (by - latest_year)) - 1


def pair_progress(store: Store, pair: tuple[str, str], **options: Any) -> Progress:
    """``measure`` over what the store holds for ``pair``."""
    first, second = sorted(code.upper() for code in pair)
    return measure(store.trade_flows((first, second)), (first, second), target_lines(store, (first, second)),
                   store.facts(type="indicator", pair=(first, second)), **options)


def measure(flows: Sequence[TradeFlow], pair: tuple[str, str], lines: Sequence[TargetLine],
            indicators: Sequence[FactRecord], *, target: float | None = None, by: int | None = None,
            metric: str = "trade_turnover", reporter: str | None = None, factor: float = CIF_FOB) -> Progress:
    """Progress of every target line, and of the main one: ``target`` (matched to a stated line when one
    has that figure), else the line restated most often. ``by`` overrides the target's own year."""
    if not flows:
        raise NoTradeDataError(f"no official trade figures for {'-'.join(pair)} are stored; "
                               "import a UN Comtrade file first")
    if reporter:
        chosen, reason = reporter, f"{reporter}, as asked"
    else:
        chosen, reason = choose_reporter(flows, pair)
    partner = pair[1] if chosen == pair[0] else pair[0]
    series = side(flows, chosen, partner)
    targets = tuple(_progress(series[line.metric], line.value, line.year, line) for line in lines)
    main = None
    if target is not None:
        line = next((t.line for t in targets if t.metric == metric and t.line is not None
                     and abs(t.target - target) <= SAME_TARGET * target), None)
        main = _progress(series[metric], target, by if by is not None else line.year if line else None, line)
    else:
        stated = [t for t in targets if t.metric == metric]
        if stated:
            first = stated[0]
            main = _progress(series[metric], first.target, by if by is not None else first.by, first.line)
    reported = tuple(_reported(r, series) for r in indicators if _is_trade_money(r.fact))
    return Progress(pair, chosen, reason, metric, factor, series[metric], main, targets,
                    mirror(flows, chosen, partner, metric, factor), reported)


def target_lines(store: Store, pair: tuple[str, str]) -> list[TargetLine]:
    """The pair's trade targets (in USD) as threads group them, most restated first. Target threads and
    agreement threads both count: a roadmap that sets a target shares its thread with it."""
    facts = [r for r in store.facts(type="target", pair=pair) if _is_trade_money(r.fact)]
    thread_of: dict[str, str] = {}
    for kind in ("target", "agreement"):
        for summary in store.threads(pair=pair, kind=kind):
            found = store.thread(summary.id)
            thread_of.update((r.id, summary.id) for r in (found[1] if found else []))
    groups: dict[tuple[str | None, str, int], list[FactRecord]] = defaultdict(list)
    for r in facts:
        groups[(thread_of.get(r.id), r.fact.metric, int(float(f"{r.fact.value.value:.3g}")))].append(r)
    lines = []
    for (thread_id, metric, _), records in groups.items():
        records.sort(key=lambda r: r.date or "")
        years = [int(r.fact.year) for r in records if r.fact.year]
        lines.append(TargetLine(thread_id, metric, records[-1].fact.value.value, years[-1] if years else None,
                                tuple(records)))
    return sorted(lines, key=lambda t: (len(t.records), t.records[-1].date or ""), reverse=True)


def progress_json(p: Progress) -> dict[str, Any]:
    """The progress as plain JSON. The names pair, reporter, series, latest_year, latest_value, target,
    share_of_target, required_cagr, mirror and reported_figures are a contract: keep them."""
    main = p.main
    latest = p.series.latest()
    return {
        "pair": "-".join(p.pair),
        "metric": p.metric,
        "reporter": p.reporter,
        "reporter_reason": p.reporter_reason,
        "series": {str(year): _number(value) for year, value in p.series.full_years().items()},
        "partial_years": {str(year): {"value": _number(f.value), "months": f.months}
                          for year, f in sorted(p.series.years.items()) if not f.full},
        "latest_year": latest[0] if latest else None,
        "latest_value": _number(latest[1]) if latest else None,
        "target": _number(main.target) if main else None,
        "by": main.by if main else None,
        "share_of_target": _rounded(main.share_of_target, 6) if main else None,
        "required_cagr": _rounded(main.required_cagr, 6) if main else None,
        "target_thread": main.line.thread_id if main and main.line else None,
        "target_sources": [_source(r) for r in main.line.records] if main and main.line else [],
        "cif_fob_factor": p.factor,
        "mirror": {str(year): {"reported": _number(m.reported), "mirror": _number(m.mirror),
                               "gap_pct": _rounded(m.gap_pct, 2)} for year, m in sorted(p.mirror.items())},
        "reported_figures": [_reported_json(f) for f in p.reported],
        "targets": [_target_json(t) for t in p.targets],
        "official_sources": sorted({s for f in p.series.years.values() for s in f.sources}),
    }


def progress_chart_data(progress: Progress) -> dict[str, Any]:
    """What a view needs to draw the progress as a line chart: the official series, the mirror, the
    reported figures as points (flagged ones marked), the target, and the path at the required growth."""
    p, main = progress, progress.main
    latest = p.series.latest()
    path = []
    if main is not None and latest is not None and main.required_cagr is not None and main.by is not None:
        year, value = latest
        path = [[y, _number(value * (1 + main.required_cagr) ** (y - year))] for y in range(year, main.by + 1)]
    partner = p.pair[1] if p.reporter == p.pair[0] else p.pair[0]
    return {
        "title": f"{'–'.join(p.pair)} {p.metric.replace('_', ' ')}",
        "unit": "USD",
        "official": {"label": f"official ({p.reporter}'s reports)",
                     "points": [[y, _number(v)] for y, v in p.series.full_years().items()]},
        "mirror": {"label": f"mirror ({partner}'s reports, CIF/FOB {p.factor:g})",
                   "points": [[y, _number(m.mirror)] for y, m in sorted(p.mirror.items())]},
        "reported": [{"year": f.period, "value": _number(f.value), "flagged": f.flagged, "fact_id": f.record.id,
                      "source": f.record.source} for f in p.reported if f.period is not None],
        "target": {"value": _number(main.target), "year": main.by} if main else None,
        "path": path,
    }


def _progress(series: Series, target: float, by: int | None, line: TargetLine | None) -> TargetProgress:
    latest = series.latest()
    return TargetProgress(series.metric, target, by, latest[0] if latest else None, latest[1] if latest else None,
                          line)


def _reported(record: FactRecord, series: dict[str, Series]) -> ReportedFigure:
    """A cited figure and the official one for its year; a figure for part of a year ("January–May",
    "the first half") is not set against a whole year's."""
    fact = record.fact
    period = int(fact.period) if fact.period and fact.period.isdigit() else None
    official = series[fact.metric].years.get(period) if period is not None and not _PART_OF_YEAR.search(
        record.quote) else None
    return ReportedFigure(record, fact.metric, period, fact.value.value,
                          official if official is not None and official.full else None)


def _is_trade_money(fact: object) -> bool:
    return isinstance(fact, (Target, Indicator)) and fact.metric in METRICS and fact.value.code == "USD"


def _reported_json(f: ReportedFigure) -> dict[str, Any]:
    return {**_source(f.record), "metric": f.metric, "period": f.period, "value": _number(f.value),
            "currency": "USD", "official": _number(f.official.value) if f.official else None,
            "official_sources": list(f.official.sources) if f.official else [],
            "diff_pct": _rounded(f.diff_pct, 2), "flagged": f.flagged}


def _target_json(t: TargetProgress) -> dict[str, Any]:
    return {"thread": t.line.thread_id if t.line else None, "metric": t.metric, "target": _number(t.target),
            "by": t.by, "latest_year": t.latest_year,
            "latest_value": _number(t.latest_value) if t.latest_value is not None else None,
            "share_of_target": _rounded(t.share_of_target, 6), "required_cagr": _rounded(t.required_cagr, 6),
            "sources": [_source(r) for r in t.line.records] if t.line else []}


def _source(r: FactRecord) -> dict[str, Any]:
    return {"fact_id": r.id, "doc_id": r.doc_id, "date": r.date, "source": r.source, "url": r.doc_url,
            "quote": r.quote}


def _number(value: float) -> int | float:
    """Whole values as integers, others to the cent: money in JSON reads best that way."""
    rounded = round(value, 2)
    return int(rounded) if rounded.is_integer() else rounded


def _rounded(value: float | None, digits: int) -> float | None:
    return round(value, digits) if value is not None else None
