"""The JSON API's shapes, which the OpenAPI description publishes, and how core objects become them.

A fact keeps the keys of ``bilateral facts --format json`` (id, doc_id, fact, quote, source), so a tool
can read either; the rest (summary, evidence, date...) is what a page needs besides.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

from bilateral.documents import Document
from bilateral.facts.models import Quantity
from bilateral.facts.record import FactRecord
from bilateral.storage.store import ThreadSummary
from bilateral.tracking.state import ThreadState
from bilateral.views.describe import describe
from bilateral.web.overview import Overview

T = TypeVar("T")
MAX_STEPS = 100
"""A series of readings changes its figure with nearly every report: lists of changes are cut to the latest."""


class Page(BaseModel, Generic[T]):
    """One page of a list: ``items``, and ``total`` across all pages."""

    items: list[T]
    total: int
    limit: int
    offset: int


class ErrorDetail(BaseModel):
    status: int
    message: str
    fields: list[dict[str, str]] | None = Field(default=None, description="for a bad request: field and problem")


class ErrorOut(BaseModel):
    """Every error answers with this body, whatever its status."""

    error: ErrorDetail


class FactOut(BaseModel):
    id: str
    doc_id: str
    type: str
    date: str | None
    summary: str
    quote: str
    evidence: list[int] | None = Field(description="[start, end] character span of the quote in the document text")
    countries: list[str]
    source: str
    doc_title: str | None
    doc_url: str | None
    published: str | None
    thread_id: str | None = None
    fact: dict[str, Any] = Field(description="the fact as ../shared/docs/facts.md defines it")


class DocumentSummaryOut(BaseModel):
    id: str
    title: str | None
    url: str | None
    published: str | None
    lang: str
    source: str | None


class DocumentOut(DocumentSummaryOut):
    text: str
    facts: int


class DocumentIn(BaseModel):
    """A report as ../shared/docs/facts.md describes documents; without ``id``, one is derived from the
    content hash. Alternatively ``{"url": "https://..."}`` alone fetches the report."""

    id: str | None = None
    text: str
    url: str | None = None
    title: str | None = None
    published: str | None = Field(default=None, description="YYYY-MM-DD")
    lang: str = "en"


class UrlIn(BaseModel):
    url: str = Field(description="http(s) only; private, loopback and link-local addresses are refused")


class IngestOut(BaseModel):
    id: str
    created: bool = Field(description="false when this text was stored already (``id`` is where)")
    facts: dict[str, int] = Field(description="new facts by type")
    threads: int = Field(description="threads relinked")


class AmountOut(BaseModel):
    value: float
    currency: str | None = None
    unit: str | None = None


class ThreadSummaryOut(BaseModel):
    id: str
    kind: str
    label: str
    countries: list[str]
    stage: str | None
    amount: AmountOut | None
    first_date: str | None
    last_date: str | None
    silent: bool


class StepOut(BaseModel):
    """A stage the thread reached, and the sentence that moved it there."""

    stage: str
    date: str | None
    fact_id: str
    doc_id: str
    quote: str
    source: str


class AmountStepOut(BaseModel):
    amount: AmountOut
    date: str | None
    fact_id: str
    doc_id: str
    quote: str
    source: str


class ConflictOut(BaseModel):
    what: str
    first: StepOut
    second: StepOut


class ThreadOut(ThreadSummaryOut):
    summable: bool = Field(description="signed or later with an amount: safe to add up (AidData's rule)")
    history: list[StepOut]
    amounts: list[AmountStepOut] = Field(description=f"the latest {MAX_STEPS} changes of the amount")
    amounts_total: int
    conflicts: list[ConflictOut] = Field(description=f"the latest {MAX_STEPS} disagreements")
    conflicts_total: int
    members: Page[FactOut]


class PairOut(BaseModel):
    pair: str
    names: list[str]
    facts: int
    reports: int


def fact_out(r: FactRecord, thread_id: str | None = None) -> FactOut:
    evidence = r.fact.evidence
    return FactOut(id=r.id, doc_id=r.doc_id, type=r.fact.type, date=r.date, summary=describe(r.fact), quote=r.quote,
                   evidence=list(evidence) if evidence else None, countries=r.fact.countries(), source=r.source,
                   doc_title=r.doc_title, doc_url=r.doc_url, published=r.published, thread_id=thread_id,
                   fact=r.fact.to_json())


def document_summary(d: Document) -> DocumentSummaryOut:
    return DocumentSummaryOut(id=d.id, title=d.title, url=d.url, published=d.published, lang=d.lang, source=d.source)


def amount_out(q: Quantity | None) -> AmountOut | None:
    return None if q is None else AmountOut(value=q.value, currency=q.currency, unit=q.unit)


def _money(value: float | None, unit: str | None) -> AmountOut | None:
    if value is None:
        return None
    is_currency = unit is not None and len(unit) == 3 and unit.isupper()
    return AmountOut(value=value, currency=unit if is_currency else None, unit=None if is_currency else unit)


def thread_summary_out(s: ThreadSummary) -> ThreadSummaryOut:
    return ThreadSummaryOut(id=s.id, kind=s.kind, label=s.label, countries=list(s.countries), stage=s.stage,
                            amount=_money(s.amount_value, s.amount_unit), first_date=s.first_date,
                            last_date=s.last_date, silent=s.silent)


def _step(stage: str, date: str | None, r: FactRecord) -> StepOut:
    return StepOut(stage=stage, date=date, fact_id=r.id, doc_id=r.doc_id, quote=r.quote, source=r.source)


def thread_out(state: ThreadState, limit: int, offset: int) -> ThreadOut:
    t = state.thread
    dates = [r.date for r in t.members if r.date]
    members = t.members[offset:offset + limit]
    return ThreadOut(
        id=t.id, kind=t.kind, label=state.label, countries=t.countries, stage=state.stage,
        amount=amount_out(state.amount), first_date=min(dates) if dates else None, last_date=state.last_date,
        silent=state.silent, summable=state.summable,
        history=[_step(s.stage, s.date, s.record) for s in state.history],
        amounts=[AmountStepOut(amount=amount_out(a.amount), date=a.date, fact_id=a.record.id, doc_id=a.record.doc_id,
                               quote=a.record.quote, source=a.record.source) for a in state.amounts[-MAX_STEPS:]],
        amounts_total=len(state.amounts),
        conflicts=[ConflictOut(what=c.what, first=_step("", c.first.date, c.first),
                               second=_step("", c.second.date, c.second)) for c in state.conflicts[-MAX_STEPS:]],
        conflicts_total=len(state.conflicts),
        members=Page[FactOut](items=[fact_out(r, t.id) for r in members], total=len(t.members), limit=limit,
                              offset=offset))


def overview_out(ov: Overview) -> dict[str, Any]:
    """The overview's dataclasses as plain JSON."""
    data = asdict(ov)
    data["pair"] = "-".join(ov.pair)
    for reading, out in zip(ov.readings, data["readings"], strict=True):
        out["median"] = reading.median
    return data
