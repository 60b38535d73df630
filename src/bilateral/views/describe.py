"""One readable line per fact, so a brief reads as prose, not as schema fields."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from bilateral.facts.models import Agreement, Commitment, Event, Fact, Indicator, Target
from bilateral.views.text import countries, country_name, human_date, join_names, quantity

_EVENT_KINDS = {"visit": "Visit", "meeting": "Meeting", "forum": "Forum", "exhibition": "Exhibition",
                "summit": "Summit", "conference": "Conference", "talks": "Talks", "call": "Call"}
_VERBS = {"investment": "invest in", "construction": "build", "establishment": "establish",
          "supply": "supply", "purchase": "purchase", "aid": "provide aid:", "finance": "finance",
          "training": "train", "facilitation": "facilitate"}
# An object that starts with a verb says what is done itself ("make it easier for traders to…").
_PLAIN_VERBS = frozenset({"make", "ease", "simplify", "allow", "help", "let", "open", "build", "supply", "provide"})
_DOCUMENTS = {"mou": ("MoU", "MoUs"), "agreement": ("agreement", "agreements"),
              "contract": ("contract", "contracts"), "roadmap": ("roadmap", "roadmaps"),
              "other": ("document", "documents")}
_METRICS = {"trade_turnover": "trade turnover", "exports": "exports", "imports": "imports",
            "investment": "investment", "cargo": "cargo", "growth": "growth", "participants": "participants",
            "aid": "aid", "cost": "cost", "length": "length"}


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _names(codes: Collection[str]) -> str:
    return join_names(country_name(c) for c in codes)


def _where_when(event: Event) -> str:
    preposition = "to" if event.kind == "visit" else "in"
    place = f" {preposition} {event.place}" if event.place else ""
    when = f", {human_date(event.date)}" if event.date else ""
    return f"{place}{when}"


def event_title(event: Event) -> str:
    """"Visit of Serik Zhumangarin to Kabul, 21 April 2025": the heading of an engagement's brief."""
    of = f" of {event.persons[0]}" if event.kind == "visit" and event.persons else ""
    return f"{_EVENT_KINDS[event.kind]}{of}{_where_when(event)}"


def _event(event: Event) -> str:
    persons = f" — {', '.join(event.persons)}" if event.persons else ""
    parties = f" ({countries(event.parties)})" if event.parties else ""
    return f"{_EVENT_KINDS[event.kind]}{_where_when(event)}{persons}{parties}"


def _names_the_action(c: Commitment) -> bool:
    """Objects like "funding for X", "supplies of grain" or "make it easier for X" already say what is
    done; a verb before them would stutter ("finance funding for X")."""
    first = (c.object or "").split(" ", 1)[0].casefold()
    verb = _VERBS.get(c.kind, "")
    return first.endswith(("ing", "ion", "ment")) or (bool(verb) and first[:5] == verb[:5]) or first in (
        "imports", "exports", "supplies", "purchases", "deliveries", *_PLAIN_VERBS)


def _worth(c: Commitment) -> str:
    """" worth $12 million", unless the object already states the sum."""
    if c.amount is None or quantity(c.amount) in (c.object or ""):
        return ""
    return f" worth {quantity(c.amount)}"


def _undertaking(c: Commitment) -> str:
    """The verb phrase: "invest $500 million in X", "build X worth $20 million"."""
    what = c.object or c.kind
    if c.kind == "investment" and c.amount is not None:
        return f"invest {quantity(c.amount)} in {what}"
    return f"{_VERBS[c.kind]} {what}{_worth(c)}"


def _commitment(c: Commitment) -> str:
    """Undertakings read as "X (stage) to do Y"; work under way or done names what, not a verb."""
    sector = f" — {c.sector}" if c.sector else ""
    if not c.by:
        among = f", {_names(c.with_)}" if c.with_ else ""
        return f"{_capital(c.object or c.kind)}{_worth(c)} ({c.stage}{among}){sector}"
    if c.kind == "other" or c.stage in ("implementing", "done") or _names_the_action(c):
        return f"{_names(c.by)} ({c.stage}): {c.object or 'undertaking'}{_worth(c)}{sector}"
    return f"{_names(c.by)} ({c.stage}) to {_undertaking(c)}{sector}"


def _agreement(a: Agreement) -> str:
    one, many = _DOCUMENTS[a.kind]
    what = f"{a.count} {one if a.count == 1 else many}" if a.count is not None else _capital(many)
    worth = f" worth {quantity(a.amount)}" if a.amount is not None else ""
    parties = f" ({countries(a.parties)})" if a.parties else ""
    subject = f": {a.subject}" if a.subject else ""
    return f"{what}{worth} signed{parties}{subject}"


def _target(t: Target) -> str:
    metric = _METRICS.get(t.metric)
    goal = f"{metric} of {quantity(t.value)}" if metric else quantity(t.value)
    year = f" by {t.year}" if t.year else ""
    return f"Target: {goal}{year}"


def _indicator(i: Indicator) -> str:
    metric = _METRICS.get(i.metric)
    reading = f"{metric} {quantity(i.value)}" if metric else quantity(i.value)
    period = f" ({i.period})" if i.period else ""
    return f"Indicator: {reading}{period}"


def _parties(text: str, parties: Collection[str], focus: Collection[str]) -> str:
    return f"{text} ({countries(parties)})" if parties and set(parties) != set(focus) else text


def series(readings: Sequence[Indicator], focus: Collection[str] = ()) -> str:
    """One line for a series of one metric: "Trade turnover: 2022 $987.9 million; 2024 $545.2 million".
    Periods in order, each with the last reading given for it (the most recent report comes last)."""
    by_period = {i.period: i.value for i in readings}
    periods = sorted(by_period, key=lambda p: (p is None, p or ""))
    values = "; ".join(f"{p or 'year not stated'} {quantity(by_period[p])}" for p in periods)
    metric = readings[0].metric
    return _parties(f"{_capital(_METRICS.get(metric, metric))}: {values}", readings[0].parties, focus)


def describe(fact: Fact, focus: Collection[str] = ()) -> str:
    """The line for one fact; targets and indicators name their countries only when they are not
    the ``focus`` countries the whole brief is about."""
    if isinstance(fact, Event):
        return _event(fact)
    if isinstance(fact, Commitment):
        return _commitment(fact)
    if isinstance(fact, Agreement):
        return _agreement(fact)
    return _parties(_target(fact) if isinstance(fact, Target) else _indicator(fact), fact.parties, focus)
