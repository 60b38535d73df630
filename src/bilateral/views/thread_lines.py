"""A thread as one line of a brief: the undertaking, target, series or engagement once, however many
reports state it, with the stages it went through, the figures reports disagree on and its silence.
"""

from __future__ import annotations

from collections.abc import Collection

from bilateral.facts.models import STAGES, Agreement, Commitment, Event, Fact, Indicator, Target
from bilateral.facts.record import FactRecord
from bilateral.tracking.state import Conflict, ThreadState
from bilateral.views.amounts import undertaking_amount
from bilateral.views.describe import describe, series
from bilateral.views.lines import Citation, Line, Milestone, citation, slot
from bilateral.views.text import quantity

_OWN_TYPE: dict[str, type[Fact]] = {"commitment": Commitment, "agreement": Agreement, "target": Target,
                                    "indicator": Indicator, "engagement": Event}


def _rank(fact: Fact) -> tuple[object, ...]:
    """How far a member goes: a commitment by its stage; an engagement by how much of it a report
    names (a visit before the meetings inside it)."""
    if isinstance(fact, Commitment):
        return (STAGES.index(fact.stage),)
    if isinstance(fact, Event):
        return fact.kind == "visit", fact.date is not None, fact.place is not None, len(fact.persons)
    return ()


def lead(state: ThreadState) -> Fact:
    """The member that describes the thread: of the thread's own kind, the most advanced, the most
    recent on a tie (an engagement: the mention that names most of it, the earliest on a tie). It is
    told at the thread's stage and, when it states no sum, at the sum the thread was last given."""
    own = [r.fact for r in state.thread.members if isinstance(r.fact, _OWN_TYPE[state.thread.kind])]
    fact = max(own, key=_rank) if state.thread.kind == "engagement" else max(reversed(own), key=_rank)
    update: dict[str, object] = {}
    if isinstance(fact, Commitment) and state.stage in STAGES and state.stage != fact.stage:
        update["stage"] = state.stage
    if isinstance(fact, Commitment | Agreement) and fact.amount is None:
        update["amount"] = undertaking_amount(state)
    return fact.model_copy(update=update) if update else fact


def _text(state: ThreadState, fact: Fact, focus: Collection[str]) -> str:
    """A series of readings (trade turnover by year) is one line of values by period."""
    readings = [r.fact for r in state.thread.members if isinstance(r.fact, Indicator)]
    if state.thread.kind == "indicator" and len({i.period for i in readings if i.period}) > 1:
        return series(readings, focus)
    return describe(fact, focus)


def _figure(record: FactRecord) -> str:
    """The figure one side of a conflict gives: an indicator's value, an undertaking's amount."""
    fact = record.fact
    value = fact.value if isinstance(fact, Indicator) else getattr(fact, "amount", None)
    return quantity(value) if value is not None else "no figure"


def _disagreement(c: Conflict) -> str:
    """"Reports disagree on the amount: $500 million (Source A) vs $550 million (Source B)"."""
    what = "the amount" if c.what == "amount" else c.what
    return (f"Reports disagree on {what}: {_figure(c.first)} ({c.first.source}) "
            f"vs {_figure(c.second)} ({c.second.source})")


def _citations(state: ThreadState) -> tuple[Citation, ...]:
    """The sentence that moved each stage first, then the other members' sentences; a sentence that
    states two facts of the thread is quoted once."""
    cited: dict[tuple[str, str], Citation] = {}
    for step in state.history:
        cited.setdefault((step.record.doc_id, step.record.quote), citation(step.record, step.stage))
    for r in state.thread.members:
        cited.setdefault((r.doc_id, r.quote), citation(r))
    return tuple(cited.values())


def thread_line(state: ThreadState, focus: Collection[str]) -> tuple[str, Line]:
    """The section slot (see ``lines.slot``) and the line for one thread."""
    fact = lead(state)
    line = Line(text=_text(state, fact, focus), citations=_citations(state),
                fact_ids=tuple(r.id for r in state.thread.members),
                history=tuple(Milestone(s.stage, s.date) for s in state.history),
                conflicts=tuple(_disagreement(c) for c in state.conflicts),
                silent_since=state.last_date if state.silent else None)
    return slot(fact, state.stage), line
