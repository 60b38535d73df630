"""A brief's lines: what each says, the sentences it cites, and which section it belongs in.

Kept apart from the brief so that lines made from merged statements and lines made from threads share
one shape and one rule for where they go.
"""

from __future__ import annotations

from dataclasses import dataclass

from bilateral.facts.models import Agreement, Commitment, Event, Fact, Target
from bilateral.facts.record import FactRecord
from bilateral.views.text import human_date

_STAGE_SLOTS = {"intent": "objectives", "pledged": "pledges", "signed": "signed", "implementing": "under way",
                "done": "under way", "discussed": "open", "stalled": "stopped", "cancelled": "stopped"}


@dataclass(frozen=True)
class Citation:
    """The sentence a line rests on: the report's name (title, else URL, else id), link and date."""

    source: str
    url: str | None
    quote: str
    date: str | None
    stage: str | None = None
    """The stage this sentence moved its thread to; None when it moved nothing."""


@dataclass(frozen=True)
class Milestone:
    """A stage a thread reached and when: "signed 11 Jul 2025"."""

    stage: str
    date: str | None

    @property
    def when(self) -> str | None:
        return human_date(self.date, short=True) if self.date else None

    def __str__(self) -> str:
        return f"{self.stage} {self.when}" if self.when else self.stage


@dataclass(frozen=True)
class Line:
    """One statement of the brief; several citations when several reports state the same thing.

    A line made from a thread also carries its stage history, the figures reports disagree on and,
    when nothing was reported for a long time, the date since which it is silent.
    """

    text: str
    citations: tuple[Citation, ...]
    fact_ids: tuple[str, ...]
    history: tuple[Milestone, ...] = ()
    conflicts: tuple[str, ...] = ()
    silent_since: str | None = None

    @property
    def progress(self) -> str:
        """"intent 22 Apr 2025 → signed 11 Jul 2025"; empty without a history."""
        return " → ".join(str(m) for m in self.history)

    @property
    def silence(self) -> str | None:
        if self.silent_since is None:
            return None
        return f"Silent since {human_date(self.silent_since, short=True)}"


def citation(record: FactRecord, stage: str | None = None) -> Citation:
    return Citation(record.source, record.doc_url, record.quote, record.published, stage)


def slot(fact: Fact, stage: str | None = None) -> str:
    """Where a line goes: events, objectives, agreements, pledges, signed, under way, stopped, targets,
    indicators or open. ``stage`` (a thread's) overrides the fact's own, as a thread that stalled is
    shown as stalled whatever its sentences said before."""
    if stage in ("stalled", "cancelled"):
        return "stopped"
    if isinstance(fact, Event):
        return "events"
    if isinstance(fact, Agreement):
        return "agreements"
    if isinstance(fact, Commitment):
        return _STAGE_SLOTS[fact.stage]
    return "targets" if isinstance(fact, Target) else "indicators"
