"""What a thread says now, derived from its facts and never typed in: the stage and the sentence that
moved it to each stage, the amount and its history, conflicting figures, and silence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bilateral.facts.models import Agreement, Commitment, Event, Indicator, Quantity, Target
from bilateral.facts.record import FactRecord
from bilateral.tracking.threads import Thread

STAGES = ("discussed", "intent", "pledged", "signed", "implementing", "done")
SUMMABLE = frozenset({"signed", "implementing", "done"})  # AidData: only commitments and later add up
SILENCE_MONTHS = 12
CONFLICT_TOLERANCE = 0.005
IATI_STATUS = {"discussed": 1, "intent": 1, "pledged": 1, "signed": 2, "implementing": 2, "done": 4,
               "cancelled": 5, "stalled": 6}
AIDDATA_STATUS = {"intent": "Pledge", "pledged": "Pledge", "signed": "Commitment", "implementing": "Implementation",
                  "done": "Completion", "cancelled": "Cancelled", "stalled": "Suspended"}
_STALLED = re.compile(r"\b(?:stalled|suspended|halted|frozen|postponed|put on hold|delayed indefinitely)\b",
                      re.IGNORECASE)
_CANCELLED = re.compile(r"\b(?:cancell?ed|scrapped|abandoned|terminated|withdrew from|called off)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Step:
    """A stage the thread reached, when, and the report sentence that says so."""

    stage: str
    date: str | None
    record: FactRecord


@dataclass(frozen=True)
class AmountStep:
    amount: Quantity
    date: str | None
    record: FactRecord


@dataclass(frozen=True)
class Conflict:
    """Two reports that disagree on a figure (both shown, with their sources)."""

    what: str
    first: FactRecord
    second: FactRecord


@dataclass(frozen=True)
class ThreadState:
    thread: Thread
    label: str
    stage: str | None
    history: tuple[Step, ...]
    amount: Quantity | None
    amounts: tuple[AmountStep, ...]
    conflicts: tuple[Conflict, ...]
    last_date: str | None
    silent: bool

    @property
    def summable(self) -> bool:
        """AidData's rule: an amount signed or later is safe to add up; a pledge is shown, not summed.
        The amount itself must be stated at that stage: money offered before an MoU that names no
        sum is still only offered."""
        return self.stage in SUMMABLE and self.amount is not None and any(
            _stage_of(r) in SUMMABLE and r.fact.__dict__.get("amount") is not None for r in self.thread.members)

    @property
    def iati_status(self) -> int | None:
        return IATI_STATUS.get(self.stage or "")

    @property
    def aiddata_status(self) -> str | None:
        return AIDDATA_STATUS.get(self.stage or "")


def derive(thread: Thread, as_of: str | None, silence_months: int = SILENCE_MONTHS) -> ThreadState:
    """The state of ``thread`` as of the date of the latest report in the store (``as_of``)."""
    members = thread.members
    history = _history(members)
    amounts = _amounts(members)
    last = max((r.date for r in members if r.date), default=None)
    stage = history[-1].stage if history else None
    open_ended = thread.kind in ("commitment", "agreement", "target") and stage not in ("done", "cancelled")
    return ThreadState(
        thread=thread, label=label(thread), stage=stage, history=tuple(history),
        amount=amounts[-1].amount if amounts else None, amounts=tuple(amounts),
        conflicts=tuple(_conflicts(members)), last_date=last,
        silent=open_ended and _months_between(last, as_of) > silence_months,
    )


def _stage_of(r: FactRecord) -> str | None:
    f = r.fact
    if _CANCELLED.search(r.quote):
        return "cancelled"
    if _STALLED.search(r.quote):
        return "stalled"
    if isinstance(f, Commitment):
        return f.stage
    if isinstance(f, Agreement):
        return "signed"
    return None


def _history(members: list[FactRecord]) -> list[Step]:
    """Each advance of the stage in date order, with the sentence that made it. A later report that
    restates a lower stage ("Kazakhstan is ready to invest" after the MoU) does not move it back;
    a report that the project stalled or was cancelled always does."""
    steps: list[Step] = []
    reached = -1
    for r in members:
        stage = _stage_of(r)
        if stage is None:
            continue
        if stage in ("stalled", "cancelled"):
            if not steps or steps[-1].stage != stage:
                steps.append(Step(stage, r.date, r))
            continue
        rank = STAGES.index(stage)
        if rank > reached or (steps and steps[-1].stage in ("stalled", "cancelled")):
            steps.append(Step(stage, r.date, r))
            reached = max(reached, rank)
    return steps


def _amounts(members: list[FactRecord]) -> list[AmountStep]:
    out: list[AmountStep] = []
    for r in members:
        amount = r.fact.__dict__.get("amount")
        if isinstance(r.fact, (Target, Indicator)):
            amount = r.fact.value if r.fact.value.is_money else None
        if amount is not None and not (out and _same(out[-1].amount, amount)):
            out.append(AmountStep(amount, r.date, r))
    return out


def _conflicts(members: list[FactRecord]) -> list[Conflict]:
    """Reports that disagree: different amounts for one undertaking, different values for one
    indicator period."""
    out: list[Conflict] = []
    seen: dict[tuple, FactRecord] = {}
    for r in members:
        f = r.fact
        if isinstance(f, (Commitment, Agreement)) and f.amount is not None:
            key, value = ("amount", f.amount.currency), f.amount
        elif isinstance(f, Indicator) and f.period:
            key, value = ("value", f.metric, f.period), f.value
        else:
            continue
        earlier = seen.get(key)
        if earlier is None:
            seen[key] = r
        elif not _same(_value_of(earlier), value) and earlier.doc_id != r.doc_id:
            out.append(Conflict(_describe(key), earlier, r))
    return out


def _value_of(r: FactRecord) -> Quantity:
    f = r.fact
    return f.amount if isinstance(f, (Commitment, Agreement)) else f.value


def _describe(key: tuple) -> str:
    return "amount" if key[0] == "amount" else f"{key[1].replace('_', ' ')} in {key[2]}"


def _same(a: Quantity, b: Quantity) -> bool:
    return a.code == b.code and abs(a.value - b.value) <= CONFLICT_TOLERANCE * max(abs(a.value), abs(b.value))


def _months_between(earlier: str | None, later: str | None) -> float:
    if not earlier or not later:
        return 0.0
    a, b = _as_date(earlier), _as_date(later)
    return (b - a).days / 30.44


def _as_date(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def label(thread: Thread) -> str:
    """A short name for what the thread tracks, from its most descriptive member."""
    members = thread.members
    kinds = {type(r.fact) for r in members}
    if Commitment in kinds or Agreement in kinds:
        names = [r.fact.object if isinstance(r.fact, Commitment) else r.fact.subject for r in members
                 if isinstance(r.fact, (Commitment, Agreement))]
        named = [n for n in names if n]
        return max(named, key=len) if named else thread.kind
    first = members[0].fact
    pair = "–".join(thread.countries)
    if isinstance(first, Target):
        return f"{first.metric.replace('_', ' ')} target {_figure(first.value)} ({pair})"
    if isinstance(first, Indicator):
        return f"{first.metric.replace('_', ' ')} ({pair})"
    if isinstance(first, Event):
        visit = next((r.fact for r in members if r.fact.kind == "visit"), first)
        where = f" to {visit.place}" if visit.place else ""
        who = f" by {visit.persons[0]}" if visit.persons else ""
        when = f", {visit.date}" if visit.date else ""
        return f"{visit.kind}{where}{who}{when}"
    return thread.kind


def _figure(q: Quantity) -> str:
    if q.is_money:
        for scale, word in ((1e9, "billion"), (1e6, "million")):
            if q.value >= scale:
                return f"{q.value / scale:g} {word} {q.code}"
    return f"{q.value:g} {q.code or ''}".strip()
