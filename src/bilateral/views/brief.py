"""The brief: what an analyst writes after an engagement — who met, what each side wanted, what was
signed or pledged, what is left open — with every line citing the sentences it rests on.

Input is plain lists of FactRecord, so briefs can be built from any store, a file or a test. Given
the pair's threads, a brief shows each tracked thing once, at its current stage, with its history.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from bilateral.facts.models import Agreement, Commitment, Event, Fact, Target
from bilateral.facts.record import FactRecord
from bilateral.tracking.state import ThreadState
from bilateral.trade.progress import Progress
from bilateral.views.amounts import Chart, Totals, amounts, chart, thread_amount, totals
from bilateral.views.describe import describe, event_title
from bilateral.views.lines import Line, citation, slot
from bilateral.views.progress import TARGET_PROGRESS, ProgressChart, progress_part
from bilateral.views.select import of_engagement, of_pair, same_engagement, same_person
from bilateral.views.text import countries, country_name, date_range, join_names
from bilateral.views.thread_lines import thread_line

OUTCOMES = "Outcomes"
"""The section the money totals belong to."""


class BriefError(KeyError):
    """No brief can be made for what was asked (an unknown event id, a fact that is not an event)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True)
class Section:
    """A titled list of lines; Outcomes is split into ``parts`` (agreements, pledges, ...)."""

    title: str
    lines: tuple[Line, ...] = ()
    parts: tuple[Section, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.lines and all(p.empty for p in self.parts)


@dataclass(frozen=True)
class Summary:
    """Who, when, where and how many reports; ``events`` are the meetings, forums and visits."""

    persons: tuple[str, ...]
    countries: tuple[str, ...]
    first_date: str | None
    last_date: str | None
    places: tuple[str, ...]
    reports: int
    events: tuple[Line, ...]

    @property
    def who(self) -> str:
        """"Serik Zhumangarin, Nooruddin Azizi (Afghanistan, Kazakhstan)"."""
        names = ", ".join(self.countries)
        if not self.persons:
            return names or "not stated"
        return f"{', '.join(self.persons)} ({names})" if names else ", ".join(self.persons)

    @property
    def when(self) -> str:
        return date_range(self.first_date, self.last_date)


@dataclass(frozen=True)
class Brief:
    """``sections`` follow the summary: Objectives, Outcomes, Targets and indicators, Open items.
    ``progress_chart`` is drawn in the Target progress part, which a pair brief has when given progress."""

    title: str
    scope: str
    summary: Summary
    totals: Totals
    sections: tuple[Section, ...]
    chart: Chart | None
    progress_chart: ProgressChart | None = None


_Order = tuple[bool, str, str, int]


def _order(record: FactRecord) -> _Order:
    """Chronological (undated last), then in the order each report states its facts."""
    n = record.id.rsplit(":", 1)[-1]
    return record.date is None, record.date or "", record.doc_id, int(n) if n.isdigit() else 0


def _words(text: str | None) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", (text or "").casefold()))


def _identity(fact: Fact) -> tuple[object, ...]:
    """What makes two reports' facts the same statement: type and amount, else the object's words."""
    if isinstance(fact, Event):
        return "event", fact.kind, tuple(fact.parties)
    if isinstance(fact, Commitment):
        what = (fact.amount.value, fact.amount.code) if fact.amount else _words(fact.object)
        return "commitment", fact.stage, tuple(fact.by), what
    if isinstance(fact, Agreement):
        what = (fact.amount.value, fact.amount.code) if fact.amount else _words(fact.subject)
        return "agreement", fact.count, what
    period = fact.year if isinstance(fact, Target) else fact.period
    return fact.type, fact.metric, fact.value.value, fact.value.code, period


def _joins(group: Sequence[FactRecord], record: FactRecord) -> bool:
    """A record joins a group of the same identity from another report; events must also be the same
    engagement (close dates, same place or person), as reports date and place one visit differently."""
    if any(r.doc_id == record.doc_id for r in group):
        return False
    first, fact = group[0].fact, record.fact
    return not isinstance(first, Event) or (isinstance(fact, Event) and same_engagement(first, fact))


def _merge(records: Sequence[FactRecord]) -> list[list[FactRecord]]:
    """Group identical statements from different reports; one report's facts are never merged."""
    groups: list[list[FactRecord]] = []
    by_identity: dict[tuple[object, ...], list[list[FactRecord]]] = {}
    for record in sorted(records, key=_order):
        candidates = by_identity.setdefault(_identity(record.fact), [])
        group = next((g for g in candidates if _joins(g, record)), None)
        if group is None:
            group = []
            candidates.append(group)
            groups.append(group)
        group.append(record)
    return groups


def _line(group: Sequence[FactRecord], focus: Collection[str]) -> Line:
    return Line(describe(group[0].fact, focus), tuple(citation(r) for r in group), tuple(r.id for r in group))


def _placed(groups: Sequence[Sequence[FactRecord]], threads: Sequence[ThreadState],
            focus: Collection[str]) -> dict[str, list[Line]]:
    """Lines by section slot, each slot in the order things were first reported."""
    entries: list[tuple[_Order, str, Line]] = [(_order(g[0]), slot(g[0].fact), _line(g, focus)) for g in groups]
    entries += [(min(map(_order, t.thread.members)), *thread_line(t, focus)) for t in threads]
    placed: dict[str, list[Line]] = defaultdict(list)
    for _, where, line in sorted(entries, key=lambda e: e[0]):
        placed[where].append(line)
    return placed


def _sections(placed: Mapping[str, Sequence[Line]], progress: Sequence[Line] = ()) -> tuple[Section, ...]:
    def of(*slots: str) -> tuple[Line, ...]:
        return tuple(line for s in slots for line in placed.get(s, ()))

    outcomes = (
        Section("Agreements", of("agreements")),
        Section("Pledges", of("pledges")),
        Section("Signed commitments", of("signed")),
        Section("Under way and done", of("under way")),
        Section("Stalled or cancelled", of("stopped")),
    )
    return (
        Section("Objectives", of("objectives")),
        Section(OUTCOMES, parts=outcomes),
        Section("Targets and indicators", of("targets", "indicators"),
                (Section(TARGET_PROGRESS, tuple(progress)),) if progress else ()),
        Section("Open items", of("open")),
    )


def _unique(items: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _people(names: Sequence[str]) -> tuple[str, ...]:
    """Each person once, in the fullest form a report gives ("Rahimov" is "Aziz Rahimov")."""
    people: list[str] = []
    for name in names:
        known = next((i for i, p in enumerate(people) if same_person(p, name)), None)
        if known is None:
            people.append(name)
        elif len(name) > len(people[known]):
            people[known] = name
    return tuple(people)


def _summary(records: Sequence[FactRecord], events: Sequence[Line], focus: Sequence[str]) -> Summary:
    facts = [r.fact for r in sorted(records, key=_order) if isinstance(r.fact, Event)]
    # An undated event counts at its report's date; with no event at all, the reports' dates.
    dates = sorted(d for r in records if isinstance(r.fact, Event) and (d := r.date)) or sorted(
        d for r in records if (d := r.date))
    return Summary(
        persons=_people([p for e in facts for p in e.persons]),
        countries=tuple(country_name(c) for c in focus),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        places=_unique([e.place for e in facts if e.place]),
        reports=len({r.doc_id for r in records}),
        events=tuple(events),
    )


def _brief(title: str, scope: str, records: Sequence[FactRecord], focus: Sequence[str],
           threads: Sequence[ThreadState] = (), progress: Progress | None = None) -> Brief:
    """Records of a given thread are shown through it, one line and one amount per thread; the rest
    as merged statements."""
    ids = {r.id for r in records}
    shown = [t for t in threads if any(r.id in ids for r in t.thread.members)]
    covered = {r.id for t in shown for r in t.thread.members}
    groups = _merge([r for r in records if r.id not in covered])
    figures = amounts(groups) + [a for t in shown if (a := thread_amount(t)) is not None]
    placed = _placed(groups, shown, focus)
    lines, progress_chart = progress_part(progress) if progress is not None else ((), None)
    return Brief(title=title, scope=scope, summary=_summary(records, placed["events"], focus),
                 totals=totals(figures), sections=_sections(placed, lines), chart=chart(figures),
                 progress_chart=progress_chart)


def _reports(n: int) -> str:
    return f"{n} report{'' if n == 1 else 's'}"


def pair_brief(records: Sequence[FactRecord], pair: tuple[str, str],
               threads: Sequence[ThreadState] | None = None, progress: Progress | None = None) -> Brief:
    """Everything stored about a country pair: facts whose countries include both codes. With
    ``threads`` (derived states, e.g. of the pair's stored threads), each thread that holds one of
    those facts is one line, placed by its current stage; facts in no thread read as they do without.
    With ``progress`` (``trade.progress.pair_progress`` for the pair), Targets and indicators gets a
    Target progress part measuring the target against official statistics."""
    codes = tuple(sorted(c.strip().upper() for c in pair))
    if len(set(codes)) != 2:
        raise ValueError(f"a pair is two different country codes, got {pair!r}")
    if progress is not None and tuple(sorted(progress.pair)) != codes:
        raise ValueError(f"progress measured for {'-'.join(progress.pair)}, not for {'-'.join(codes)}")
    chosen = of_pair(records, codes)
    scope = (f"Cooperation between {join_names(country_name(c) for c in codes)} "
             f"as reported in {_reports(len({r.doc_id for r in chosen}))}")
    return _brief(" – ".join(country_name(c) for c in codes), scope, chosen, codes, threads or (), progress)


def event_brief(records: Sequence[FactRecord], event_id: str) -> Brief:
    """One engagement: the event, its report's facts, and other reports of the same engagement."""
    anchor = next((r for r in records if r.id == event_id), None)
    if anchor is None:
        raise BriefError(f"no fact with id {event_id!r}")
    if not isinstance(anchor.fact, Event):
        raise BriefError(f"fact {event_id!r} is a {anchor.fact.type}, not an event")
    event = anchor.fact
    chosen = of_engagement(records, anchor.doc_id, event)
    scope = (f"{countries(event.parties) or 'Engagement'}: objectives and outcomes "
             f"from {_reports(len({r.doc_id for r in chosen}))}")
    return _brief(event_title(event), scope, chosen, event.parties)
