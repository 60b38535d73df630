"""A country pair at a glance: trade targets against the figures reports cite and the official ones,
undertakings by stage and sector, engagements over time and the newest reports.

Aggregates come from SQL over stored columns and threads, not from loading every fact: the top pair
of a large store has tens of thousands. Undertakings and engagements are counted as threads (one
commitment reported ten times counts once), at the stage tracking derived for them.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import Connection, and_, func, select

from bilateral.facts.models import STAGES
from bilateral.storage import Store
from bilateral.storage.tables import DocumentRow, EvidenceRow, FactRow, ThreadMemberRow, ThreadRow
from bilateral.web.reads import Reads, pair_condition

TRADE_METRICS = ("trade_turnover", "exports", "imports")
NEWEST_REPORTS = 8
LATEST_ENGAGEMENTS = 10
TIMELINE_MAX = 1000
UNDERTAKINGS = 12


@dataclass(frozen=True)
class TargetLine:
    """A goal as reports state it: one metric, figure and year, and how many statements give it."""

    metric: str
    value: float
    currency: str
    year: str | None
    statements: int
    fact_id: str
    quote: str
    source: str


@dataclass(frozen=True)
class Reading:
    """What reports say a metric was in one period: every figure given, and the latest one."""

    metric: str
    period: str
    currency: str
    values: tuple[float, ...]
    latest: float
    fact_id: str
    source: str

    @property
    def median(self) -> float:
        return statistics.median(self.values)


@dataclass(frozen=True)
class Official:
    """A yearly series from official statistics, as one country reports it."""

    reporter: str
    partner: str
    points: tuple[tuple[int, float], ...]


@dataclass(frozen=True)
class StageSector:
    stage: str
    sector: str
    threads: int
    amounts: tuple[tuple[str, float], ...]  # currency, sum of the threads' current amounts


@dataclass(frozen=True)
class ThreadRef:
    id: str
    kind: str
    label: str
    stage: str | None
    amount: float | None
    unit: str | None
    first_date: str | None
    last_date: str | None
    silent: bool


@dataclass(frozen=True)
class ReportRef:
    id: str
    title: str | None
    published: str | None
    facts: int


@dataclass(frozen=True)
class Overview:
    pair: tuple[str, str]
    targets: tuple[TargetLine, ...]
    readings: tuple[Reading, ...]
    official: tuple[Official, ...]
    commitments: tuple[StageSector, ...]
    engagements: tuple[ThreadRef, ...]  # newest first, at most TIMELINE_MAX
    engagements_total: int
    undertakings: tuple[ThreadRef, ...]
    reports: tuple[ReportRef, ...]

    def by_stage(self) -> list[tuple[str, int, dict[str, float]]]:
        """Undertakings and the sum of their current amounts per stage, in stage order; each stage is
        summed on its own, as a pledge added to signed money would overstate what was committed."""
        threads: Counter = Counter()
        sums: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for s in self.commitments:
            threads[s.stage] += s.threads
            for currency, value in s.amounts:
                sums[s.stage][currency] += value
        order = [*STAGES, "stalled", "cancelled"]
        ranked = sorted(threads, key=lambda stage: order.index(stage) if stage in order else len(order))
        return [(stage, threads[stage], dict(sums[stage])) for stage in ranked]


def overview(store: Store, reads: Reads, pair: tuple[str, str]) -> Overview:
    with reads.engine.connect() as c:
        targets, readings = _targets(c, pair), _readings(c, pair)
        commitments = _commitments(c, pair)
        engagements, total = _engagements(c, pair)
        undertakings = _undertakings(c, pair)
        reports = _newest_reports(c, pair)
    return Overview(pair, targets, readings, official(store, pair), commitments, engagements, total,
                    undertakings, reports)


def official(store: Store, pair: tuple[str, str]) -> tuple[Official, ...]:
    """Each side's reported trade turnover by whole year, from the trade statistics stored with
    ``bilateral trade``; none when that part of bilateral or its figures are absent."""
    try:
        from bilateral.trade.series import side
    except ImportError:
        return ()
    flows = store.trade_flows(pair) if hasattr(store, "trade_flows") else []
    out = []
    for reporter, partner in (pair, pair[::-1]):
        years = side(flows, reporter, partner)["trade_turnover"].full_years()
        if years:
            out.append(Official(reporter, partner, tuple(sorted(years.items()))))
    return tuple(out)


def _pair_threads(pair: tuple[str, str]) -> list:
    return [ThreadRow.countries.contains(code) for code in pair]


def _targets(c: Connection, pair: tuple[str, str]) -> tuple[TargetLine, ...]:
    rows = c.execute(select(FactRow.id, FactRow.metric, FactRow.date, FactRow.amount_value, FactRow.amount_unit,
                            EvidenceRow.quote, DocumentRow.title, DocumentRow.published, DocumentRow.id.label("doc"))
                     .join(EvidenceRow, EvidenceRow.fact_id == FactRow.id)
                     .join(DocumentRow, DocumentRow.id == FactRow.doc_id)
                     .where(FactRow.type == "target", FactRow.amount_value.is_not(None),
                            pair_condition(FactRow.id, pair))
                     .order_by(DocumentRow.published)).all()
    groups: dict[tuple, list] = defaultdict(list)
    for r in rows:
        if r.amount_unit and len(r.amount_unit) == 3 and r.amount_unit.isupper():  # money only
            groups[(r.metric, r.amount_unit, f"{r.amount_value:.3g}", r.date)].append(r)
    lines = [TargetLine(metric, rs[-1].amount_value, unit, year, len(rs), rs[-1].id, rs[-1].quote,
                        rs[-1].title or rs[-1].doc)
             for (metric, unit, _, year), rs in groups.items()]
    return tuple(sorted(lines, key=lambda t: (-t.statements, t.metric, t.year or "")))


def _readings(c: Connection, pair: tuple[str, str]) -> tuple[Reading, ...]:
    rows = c.execute(select(FactRow.id, FactRow.metric, FactRow.date, FactRow.amount_value, FactRow.amount_unit,
                            DocumentRow.title, DocumentRow.id.label("doc"))
                     .join(DocumentRow, DocumentRow.id == FactRow.doc_id)
                     .where(FactRow.type == "indicator", FactRow.metric.in_(TRADE_METRICS), FactRow.date.is_not(None),
                            FactRow.amount_value.is_not(None), pair_condition(FactRow.id, pair))
                     .order_by(DocumentRow.published.nulls_first(), FactRow.doc_id, FactRow.n)).all()
    groups: dict[tuple, list] = defaultdict(list)
    for r in rows:
        if r.amount_unit and len(r.amount_unit) == 3 and r.amount_unit.isupper():
            groups[(r.metric, r.date[:4], r.amount_unit)].append(r)
    return tuple(Reading(metric, period, unit, tuple(r.amount_value for r in rs), rs[-1].amount_value, rs[-1].id,
                         rs[-1].title or rs[-1].doc)
                 for (metric, period, unit), rs in sorted(groups.items()))


def _commitments(c: Connection, pair: tuple[str, str]) -> tuple[StageSector, ...]:
    """Commitment threads by their current stage and the sector their facts name most."""
    rows = c.execute(select(ThreadRow.id, ThreadRow.stage, ThreadRow.amount_value, ThreadRow.amount_unit,
                            FactRow.sector)
                     .join(ThreadMemberRow, ThreadMemberRow.thread_id == ThreadRow.id)
                     .join(FactRow, FactRow.id == ThreadMemberRow.fact_id)
                     .where(ThreadRow.kind == "commitment", *_pair_threads(pair))).all()
    threads: dict[str, tuple] = {}
    sectors: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        threads[r.id] = (r.stage or "not stated", r.amount_value, r.amount_unit)
        if r.sector:
            sectors[r.id][r.sector] += 1
    counts: Counter = Counter()
    sums: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for thread_id, (stage, value, unit) in threads.items():
        sector = sectors[thread_id].most_common(1)[0][0] if sectors[thread_id] else "not stated"
        counts[(stage, sector)] += 1
        if value is not None and unit:
            sums[(stage, sector)][unit] += value
    return tuple(StageSector(stage, sector, n, tuple(sorted(sums[(stage, sector)].items())))
                 for (stage, sector), n in sorted(counts.items()))


def _thread_ref(r: object) -> ThreadRef:
    return ThreadRef(r.id, r.kind, r.label, r.stage, r.amount_value, r.amount_unit, r.first_date, r.last_date,
                     r.silent)


def _engagements(c: Connection, pair: tuple[str, str]) -> tuple[tuple[ThreadRef, ...], int]:
    where = (ThreadRow.kind == "engagement", *_pair_threads(pair))
    total = c.scalar(select(func.count()).select_from(ThreadRow).where(*where)) or 0
    rows = c.execute(select(ThreadRow).where(*where)
                     .order_by(ThreadRow.first_date.desc().nulls_last(), ThreadRow.id).limit(TIMELINE_MAX)).all()
    return tuple(_thread_ref(r) for r in rows), total


def _undertakings(c: Connection, pair: tuple[str, str]) -> tuple[ThreadRef, ...]:
    """The commitments and agreements reported on most recently."""
    where = (ThreadRow.kind.in_(("commitment", "agreement")), *_pair_threads(pair))
    rows = c.execute(select(ThreadRow).where(*where)
                     .order_by(ThreadRow.last_date.desc().nulls_last(), ThreadRow.id).limit(UNDERTAKINGS)).all()
    return tuple(_thread_ref(r) for r in rows)


def _newest_reports(c: Connection, pair: tuple[str, str]) -> tuple[ReportRef, ...]:
    counted = (select(FactRow.doc_id, func.count().label("n")).where(pair_condition(FactRow.id, pair))
               .group_by(FactRow.doc_id).subquery())
    rows = c.execute(select(DocumentRow.id, DocumentRow.title, DocumentRow.published, counted.c.n)
                     .join(counted, and_(counted.c.doc_id == DocumentRow.id))
                     .order_by(DocumentRow.published.desc().nulls_last(), DocumentRow.id).limit(NEWEST_REPORTS)).all()
    return tuple(ReportRef(r.id, r.title, r.published, r.n) for r in rows)
