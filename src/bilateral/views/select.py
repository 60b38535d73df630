"""Which records a brief covers: a country pair, or one engagement as several reports tell it."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from bilateral.facts.models import Event
from bilateral.facts.record import FactRecord
from bilateral.views.text import parse_day

SAME_ENGAGEMENT_DAYS = 3
"""Reports date the same visit differently (arrival, talks, the day it was reported); ±3 days covers it."""


def of_pair(records: Sequence[FactRecord], pair: Collection[str]) -> list[FactRecord]:
    """Facts whose countries include every code of ``pair``."""
    wanted = set(pair)
    return [r for r in records if wanted <= set(r.fact.countries())]


def _concerns(record: FactRecord, parties: set[str]) -> bool:
    """A fact is about the engagement's pair when it names two of its parties (or all, if fewer)."""
    return len(parties & set(record.fact.countries())) >= min(2, len(parties))


def same_person(a: str, b: str) -> bool:
    """"Zhumangarin" and "Serik Zhumangarin" are one person: reports shorten names differently."""
    x, y = set(a.casefold().split()), set(b.casefold().split())
    return bool(x) and bool(y) and (x <= y or y <= x)


def same_engagement(a: Event, b: Event) -> bool:
    """Same parties, within ±3 days, and the same place or a shared person."""
    day_a, day_b = parse_day(a.date), parse_day(b.date)
    if not a.parties or set(a.parties) != set(b.parties) or day_a is None or day_b is None:
        return False
    if abs((day_a - day_b).days) > SAME_ENGAGEMENT_DAYS:
        return False
    same_place = bool(a.place and b.place and a.place.casefold() == b.place.casefold())
    return same_place or any(same_person(p, q) for p in a.persons for q in b.persons)


def of_engagement(records: Sequence[FactRecord], doc_id: str, event: Event) -> list[FactRecord]:
    """The event's own document, plus the pair's facts in other reports of the same engagement."""
    related = {r.doc_id for r in records
               if r.doc_id != doc_id and isinstance(r.fact, Event) and same_engagement(event, r.fact)}
    parties = set(event.parties)
    return [r for r in records if r.doc_id == doc_id or (r.doc_id in related and _concerns(r, parties))]
