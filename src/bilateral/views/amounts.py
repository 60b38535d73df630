"""Money in a brief: signed totals kept apart from pledges and intentions, and the chart's figures.

A pledge is not money committed on paper; adding it to signed amounts is the classic error of
cooperation reporting, so each status is summed on its own and never combined.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from bilateral.facts.models import STAGES, Agreement, Commitment, Quantity
from bilateral.facts.record import FactRecord
from bilateral.tracking.state import ThreadState
from bilateral.views.text import money

Status = Literal["signed", "pledged", "intended"]
_STATUS: dict[str, Status] = {"signed": "signed", "implementing": "signed", "done": "signed",
                              "pledged": "pledged", "intent": "intended"}
_STAGE_LABELS = {"signed": "Signed", "pledged": "Pledged", "intended": "Intended"}


@dataclass(frozen=True)
class Money:
    value: float
    currency: str

    def __str__(self) -> str:
        return money(self.value, self.currency)


@dataclass(frozen=True)
class Totals:
    """Sums per currency: ``signed`` (agreements, commitments signed or later), the rest apart."""

    signed: tuple[Money, ...] = ()
    pledged: tuple[Money, ...] = ()
    intended: tuple[Money, ...] = ()


@dataclass(frozen=True)
class Amount:
    """One money figure of a brief, after identical statements from several reports are merged."""

    status: Status
    sector: str | None
    money: Money
    is_agreement: bool


@dataclass(frozen=True)
class ChartRow:
    label: str
    signed: float
    pending: float
    """Pledged or intended: shown beside the signed bar, never stacked onto it."""


@dataclass(frozen=True)
class Chart:
    """Amounts in one currency by sector (or by stage when no amount has a sector)."""

    title: str
    by: Literal["sector", "stage"]
    currency: str
    rows: tuple[ChartRow, ...]
    not_charted: tuple[str, ...] = ()
    """Other currencies found: they cannot share an axis without exchange rates."""


def _money(fact: Agreement | Commitment) -> Money | None:
    if fact.amount is None or not fact.amount.is_money:
        return None
    return Money(fact.amount.value, fact.amount.code or "")


def amounts(groups: Sequence[Sequence[FactRecord]]) -> list[Amount]:
    """The money figures of merged statements (each group is one statement, first record leading).

    Counted once, not twice: a commitment one report calls intended and another pledged (same side,
    same sum) counts at its furthest stage; a signed commitment whose sum is the value of an agreement
    in the same report is that agreement's content.
    """
    out: list[Amount] = []
    instruments: set[tuple[str, Money]] = set()
    pending: list[tuple[Commitment, Money, set[str]]] = []
    for group in groups:
        fact = group[0].fact
        figure = _money(fact) if isinstance(fact, Agreement | Commitment) else None
        docs = {r.doc_id for r in group}
        if isinstance(fact, Agreement) and figure is not None:
            out.append(Amount("signed", None, figure, True))
            instruments.update((doc, figure) for doc in docs)
        elif isinstance(fact, Commitment) and figure is not None and fact.stage in _STATUS:
            pending.append((fact, figure, docs))
    furthest: dict[tuple[tuple[str, ...], Money], int] = defaultdict(int)
    for fact, figure, _ in pending:
        key = (tuple(fact.by), figure)
        furthest[key] = max(furthest[key], STAGES.index(fact.stage))
    for fact, figure, docs in pending:
        status = _STATUS[fact.stage]
        if STAGES.index(fact.stage) < furthest[(tuple(fact.by), figure)] or (
                status == "signed" and any((doc, figure) in instruments for doc in docs)):
            continue
        out.append(Amount(status, fact.sector, figure, False))
    return out


def undertaking_amount(state: ThreadState) -> Quantity | None:
    """The money a thread's undertaking or agreement was last reported at. A target's figure that a
    roadmap in the thread sets is a goal, not money committed, so it is never taken for it."""
    steps = [a.amount for a in state.amounts
             if isinstance(a.record.fact, Agreement | Commitment) and a.amount.is_money]
    return steps[-1] if steps else None


def thread_amount(state: ThreadState) -> Amount | None:
    """A thread's money, once however many reports state it, at the thread's current stage: signed
    only when the state is summable (AidData's rule), pledges and intentions apart, nothing for what
    is discussed, stalled or cancelled."""
    figure = undertaking_amount(state)
    status: Status | None = "signed" if state.summable else {"pledged": "pledged", "intent": "intended"}.get(
        state.stage or "")
    if figure is None or status is None:
        return None
    sectors = [r.fact.sector for r in state.thread.members if isinstance(r.fact, Commitment) and r.fact.sector]
    return Amount(status, sectors[-1] if sectors else None, Money(figure.value, figure.code or ""),
                  state.thread.kind == "agreement")


def _sums(items: Sequence[Amount], status: Status) -> tuple[Money, ...]:
    by_currency: dict[str, float] = defaultdict(float)
    for a in items:
        if a.status == status:
            by_currency[a.money.currency] += a.money.value
    return tuple(sorted((Money(v, c) for c, v in by_currency.items()), key=lambda m: -m.value))


def totals(items: Sequence[Amount]) -> Totals:
    return Totals(_sums(items, "signed"), _sums(items, "pledged"), _sums(items, "intended"))


def _label(a: Amount, by_sector: bool) -> str:
    if not by_sector:
        return _STAGE_LABELS[a.status]
    if a.sector:
        return a.sector.capitalize()
    return "Agreements (no sector)" if a.is_agreement else "Sector not stated"


def chart(items: Sequence[Amount]) -> Chart | None:
    """Figures for one chart in the most used currency (USD on a tie); None when there is no money."""
    if not items:
        return None
    used = Counter(a.money.currency for a in items)
    currency = max(used, key=lambda c: (used[c], c == "USD"))
    chosen = [a for a in items if a.money.currency == currency]
    by_sector = any(a.sector for a in chosen)
    rows: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for a in chosen:
        rows[_label(a, by_sector)][0 if a.status == "signed" else 1] += a.money.value
    ordered = sorted(rows.items(), key=lambda kv: -sum(kv[1]))
    by: Literal["sector", "stage"] = "sector" if by_sector else "stage"
    return Chart(title=f"Amounts by {by} ({currency})", by=by, currency=currency,
                 rows=tuple(ChartRow(label, s, p) for label, (s, p) in ordered),
                 not_charted=tuple(sorted(set(used) - {currency})))
