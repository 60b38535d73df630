"""Yearly series of a country pair's trade from official figures, each side's reports kept apart.

Both countries report the same trade: A's exports to B are B's imports from A. They rarely agree, and
some countries (Afghanistan among them) report late, partly or not at all, so a series never mixes
reporters: it keeps one throughout and says which. The other side's figures serve as the mirror.
Exports are valued FOB and imports CIF (with freight and insurance), so before the two are compared the
imports are divided by a CIF/FOB factor, 1.06 by default as the IMF's Direction of Trade Statistics does.
Re-exports (RX) and re-imports (RM) are kept in the store but not added: Comtrade's X and M include them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bilateral.storage.trade import TradeFlow

CIF_FOB = 1.06
METRICS = ("trade_turnover", "exports", "imports")
FULL_YEAR = 12


@dataclass(frozen=True)
class Figure:
    """A year's value; ``months`` < 12 when only some months of the year are reported."""

    value: float
    months: int
    sources: tuple[str, ...]

    @property
    def full(self) -> bool:
        return self.months >= FULL_YEAR


@dataclass(frozen=True)
class Series:
    """One metric of a pair's trade by year, all from ``reporter``'s reports about ``partner``."""

    reporter: str
    partner: str
    metric: str
    years: dict[int, Figure]

    def full_years(self) -> dict[int, float]:
        return {year: f.value for year, f in sorted(self.years.items()) if f.full}

    def latest(self) -> tuple[int, float] | None:
        """The last year reported whole: a year of a few months says little about a yearly target."""
        full = self.full_years()
        return max(full.items()) if full else None


@dataclass(frozen=True)
class MirrorPoint:
    """A year of the reporter's figure beside the partner's matching figure, valued as the reporter's."""

    reported: float
    mirror: float

    @property
    def gap_pct(self) -> float | None:
        return (self.reported - self.mirror) / self.mirror * 100 if self.mirror else None


def side(flows: Iterable[TradeFlow], reporter: str, partner: str) -> dict[str, Series]:
    """Turnover, exports and imports by year from ``reporter``'s reports about ``partner``. In a year
    the reporter reports, a flow it leaves out counts as nothing, as WITS and the IMF count it."""
    totals = _totals(f for f in flows if f.reporter == reporter and f.partner == partner and f.flow in ("X", "M"))
    exports, imports = totals.get("X", {}), totals.get("M", {})
    turnover = {}
    for year in sorted(exports.keys() | imports.keys()):
        parts = [f for f in (exports.get(year), imports.get(year)) if f is not None]
        turnover[year] = Figure(sum(f.value for f in parts), min(f.months for f in parts),
                                tuple(sorted({s for f in parts for s in f.sources})))
    return {"trade_turnover": Series(reporter, partner, "trade_turnover", turnover),
            "exports": Series(reporter, partner, "exports", exports),
            "imports": Series(reporter, partner, "imports", imports)}


def choose_reporter(flows: Sequence[TradeFlow], pair: tuple[str, str]) -> tuple[str, str]:
    """The side that reports better, and why: more years reported, then the more recent, then the larger
    total (poor reporters miss trade rather than invent it); ties go to the first of the pair."""
    first, second = pair
    turnover = {first: side(flows, first, second)["trade_turnover"].years,
                second: side(flows, second, first)["trade_turnover"].years}
    best = max(pair, key=lambda code: (len(turnover[code]), max(turnover[code], default=0),
                                       sum(f.value for f in turnover[code].values())))
    other = second if best == first else first
    return best, f"{best} reports {_span(set(turnover[best]))}; {other} reports {_span(set(turnover[other]))}"


def mirror(flows: Sequence[TradeFlow], reporter: str, partner: str, metric: str,
           factor: float = CIF_FOB) -> dict[int, MirrorPoint]:
    """For each year both sides report whole: the reporter's figure and the partner's opposite flow,
    its imports divided by ``factor`` (CIF to FOB) and its exports multiplied by it (FOB to CIF)."""
    ours = side(flows, reporter, partner)[metric].years
    theirs = side(flows, partner, reporter)
    their_exports, their_imports = theirs["exports"].years, theirs["imports"].years
    out = {}
    for year, figure in sorted(ours.items()):
        their_year = [f for f in (their_exports.get(year), their_imports.get(year)) if f is not None]
        if not figure.full or not their_year or not all(f.full for f in their_year):
            continue
        as_exports = their_imports[year].value / factor if year in their_imports else 0.0
        as_imports = their_exports[year].value * factor if year in their_exports else 0.0
        value = {"exports": as_exports, "imports": as_imports, "trade_turnover": as_exports + as_imports}[metric]
        out[year] = MirrorPoint(figure.value, value)
    return out


def by_sector(flows: Iterable[TradeFlow], reporter: str, partner: str) -> dict[int, dict[str, dict[str, float]]]:
    """Year -> sector -> {"exports", "imports"}: the reporter's HS-coded figures, by chapter, mapped to
    our sectors (data/hs_sectors.json). Only whole years; codes at the coarsest level given, so that a
    file with both chapters and headings does not count the headings twice."""
    sectors = hs_sectors()
    groups: dict[tuple[str, int, int | None], list[TradeFlow]] = defaultdict(list)
    for f in flows:
        if f.reporter == reporter and f.partner == partner and f.flow in ("X", "M") and f.cmd_code != "TOTAL":
            groups[(f.flow, f.year, f.month)].append(f)
    annual = {(flow, year) for flow, year, month in groups if month is None}
    months: dict[tuple[str, int], int] = defaultdict(int)
    for flow, year, month in groups:
        if month is not None:
            months[(flow, year)] += 1
    out: dict[int, dict[str, dict[str, float]]] = {}
    for (flow, year, month), rows in groups.items():
        if month is not None and ((flow, year) in annual or months[(flow, year)] < FULL_YEAR):
            continue  # a year's own figure wins over its months; some months are not a whole year
        level = min(len(r.cmd_code) for r in rows)
        for r in rows:
            if len(r.cmd_code) == level:
                sector = sectors.get(r.cmd_code[:2].zfill(2), "other")
                values = out.setdefault(year, {}).setdefault(sector, {"exports": 0.0, "imports": 0.0})
                values["exports" if flow == "X" else "imports"] += r.value
    return {year: dict(sorted(by.items())) for year, by in sorted(out.items())}


@cache
def hs_sectors() -> dict[str, str]:
    """HS chapter ("01"…"99") -> our sector."""
    data = json.loads(files("bilateral.trade").joinpath("data/hs_sectors.json").read_text(encoding="utf-8"))
    return {chapter: entry["sector"] for chapter, entry in data["chapters"].items()}


def _totals(flows: Iterable[TradeFlow]) -> dict[str, dict[int, Figure]]:
    """Flow -> year -> Figure. A period's total is its TOTAL row, else the sum of its codes at the coarsest
    level; a year's figure is its annual total, else the sum of the months reported."""
    periods: dict[tuple[str, int, int | None], list[TradeFlow]] = defaultdict(list)
    for f in flows:
        periods[(f.flow, f.year, f.month)].append(f)
    annual: dict[str, dict[int, Figure]] = defaultdict(dict)
    monthly: dict[tuple[str, int], list[Figure]] = defaultdict(list)
    for (flow, year, month), rows in periods.items():
        total = [r for r in rows if r.cmd_code == "TOTAL"]
        if not total:
            level = min(len(r.cmd_code) for r in rows)
            total = [r for r in rows if len(r.cmd_code) == level]
        figure = Figure(sum(r.value for r in total), FULL_YEAR if month is None else 1,
                        tuple(sorted({r.source for r in total})))
        if month is None:
            annual[flow][year] = figure
        else:
            monthly[(flow, year)].append(figure)
    for (flow, year), parts in monthly.items():
        if year not in annual[flow]:
            annual[flow][year] = Figure(sum(p.value for p in parts), len(parts),
                                        tuple(sorted({s for p in parts for s in p.sources})))
    return {flow: dict(sorted(years.items())) for flow, years in annual.items()}


def _span(years: set[int]) -> str:
    if not years:
        return "no years"
    first, last = min(years), max(years)
    return f"{len(years)} year(s), {first}" + (f"–{last}" if last != first else "")
