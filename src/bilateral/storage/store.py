"""The store: documents and their facts in SQL tables, written atomically, read back as FactRecords."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import pycountry
from sqlalchemy import ColumnElement, Row, Select, and_, delete, func, insert, or_, select, true
from sqlalchemy.orm import Session, aliased, sessionmaker

from bilateral.documents.model import Document
from bilateral.facts.models import FACT_ADAPTER, FACT_TYPES, Fact
from bilateral.facts.record import FactRecord
from bilateral.storage.db import make_engine, resolve_url, upgrade
from bilateral.storage.tables import (
    CountryRow,
    DocumentRow,
    EvidenceRow,
    FactCountryRow,
    FactPersonRow,
    FactRow,
    PersonRow,
    ThreadMemberRow,
    ThreadRow,
)
from bilateral.storage.trade import TradeFlow, TradeImport, import_rows, pair_flows

__all__ = ["DocumentConflictError", "Store", "ThreadSummary", "resolve_url"]

ROLES = (("parties", "party"), ("by", "by"), ("with_", "with"))
"""Fact field holding countries -> the role written in ``fact_countries``."""


@dataclass(frozen=True)
class ThreadSummary:
    """A thread's stored state: what lists and filters show; its members are read separately."""

    id: str
    kind: str
    label: str
    countries: tuple[str, ...]
    stage: str | None
    amount_value: float | None
    amount_unit: str | None
    first_date: str | None
    last_date: str | None
    silent: bool
    member_ids: tuple[str, ...] = ()

    @classmethod
    def of_row(cls, row: ThreadRow) -> ThreadSummary:
        """From a row of the threads table (its members are read separately)."""
        return cls(id=row.id, kind=row.kind, label=row.label, countries=tuple(row.countries.split(",")),
                   stage=row.stage, amount_value=row.amount_value, amount_unit=row.amount_unit,
                   first_date=row.first_date, last_date=row.last_date, silent=row.silent)


class DocumentConflictError(ValueError):
    """A new text under an id already stored: fact ids build on document ids, so it is refused."""


class Store:
    """Documents and facts in one database: SQLite by default, any SQLAlchemy URL otherwise.

    Opening it applies any pending migrations, so a new file is ready to use.
    """

    def __init__(self, url: str | Path | None = None) -> None:
        self.url = resolve_url(url)
        self._engine = make_engine(self.url)
        upgrade(self._engine)
        self._session = sessionmaker(self._engine)

    def add(self, document: Document, facts: Sequence[Fact]) -> bool:
        """Store a document and its facts in one transaction; False, and nothing written, when its
        text is stored already. Raises DocumentConflictError when its id holds another text."""
        with self._session.begin() as session:
            stored = session.execute(
                select(DocumentRow.id, DocumentRow.hash)
                .where(or_(DocumentRow.hash == document.hash, DocumentRow.id == document.id))
            ).all()
            if any(row.hash == document.hash for row in stored):
                return False
            if stored:
                raise DocumentConflictError(
                    f"document {document.id!r} is already stored with a different text; "
                    "give the new text its own id")
            _insert(session, document, facts)
        return True

    def has(self, document: Document) -> bool:
        """Whether this text is stored already, under any id."""
        with self._session() as session:
            found = session.scalar(select(DocumentRow.id).where(DocumentRow.hash == document.hash))
        return found is not None

    def document(self, id: str) -> Document | None:
        with self._session() as session:
            row = session.get(DocumentRow, id)
            return _document(row) if row is not None else None

    def documents(self, limit: int | None = None, offset: int = 0) -> list[Document]:
        """Newest published first; undated ones last."""
        stmt = (select(DocumentRow)
                .order_by(DocumentRow.published.desc().nulls_last(), DocumentRow.ingested_at.desc(),
                          DocumentRow.id)
                .limit(limit).offset(offset))
        with self._session() as session:
            return [_document(row) for row in session.scalars(stmt)]

    def count_documents(self) -> int:
        with self._session() as session:
            return session.scalar(select(func.count()).select_from(DocumentRow)) or 0

    def facts(self, *, type: str | None = None, country: str | None = None,
              pair: tuple[str, str] | None = None, since: str | None = None, doc_id: str | None = None,
              stage: str | None = None) -> list[FactRecord]:
        """Facts that pass every filter given, newest report first, in extraction order within one.

        ``country`` and both codes of ``pair`` must be among the fact's countries. ``since``
        (YYYY, YYYY-MM or YYYY-MM-DD) keeps facts whose date, else their report's publication
        date, is not before it; a partial date is kept when its period reaches ``since``
        (a target for "2025" is kept for since="2025-06-01").
        """
        conditions: list[ColumnElement[bool]] = []
        if type:
            conditions.append(FactRow.type == type)
        if doc_id:
            conditions.append(FactRow.doc_id == doc_id)
        if stage:
            conditions.append(FactRow.stage == stage)
        for code in [*([country] if country else []), *(pair or ())]:
            concerned = select(FactCountryRow.fact_id).where(FactCountryRow.country == code.upper())
            conditions.append(FactRow.id.in_(concerned))
        if since:
            when = func.coalesce(FactRow.date, DocumentRow.published)
            conditions.append(when >= func.substr(since, 1, func.length(when)))
        return self._records(conditions)

    def fact(self, id: str) -> FactRecord | None:
        records = self._records([FactRow.id == id])
        return records[0] if records else None

    def facts_by_id(self, ids: Collection[str]) -> list[FactRecord]:
        return self._records([FactRow.id.in_(list(ids))]) if ids else []

    def counts_by_type(self) -> dict[str, int]:
        """Every fact type, in schema order, with its count (0 when none is stored)."""
        counts = dict.fromkeys(FACT_TYPES, 0)
        with self._session() as session:
            counts.update(session.execute(select(FactRow.type, func.count()).group_by(FactRow.type)).all())
        return counts

    def replace_threads(self, threads: Sequence[ThreadSummary], scope: Collection[str]) -> None:
        """Replace, in one transaction, every stored thread that holds a fact of ``scope`` (fact ids)
        with ``threads``: how threads are rebuilt for the part of the store that new reports touch."""
        scope = set(scope)
        with self._session.begin() as session:
            old = set(session.scalars(select(ThreadMemberRow.thread_id).where(ThreadMemberRow.fact_id.in_(scope))))
            if old:
                session.execute(delete(ThreadMemberRow).where(ThreadMemberRow.thread_id.in_(old)))
                session.execute(delete(ThreadRow).where(ThreadRow.id.in_(old)))
            if not threads:
                return
            session.execute(insert(ThreadRow), [{
                "id": t.id, "kind": t.kind, "label": t.label, "countries": ",".join(t.countries), "stage": t.stage,
                "amount_value": t.amount_value, "amount_unit": t.amount_unit, "first_date": t.first_date,
                "last_date": t.last_date, "silent": t.silent, "members": len(t.member_ids)} for t in threads])
            session.execute(insert(ThreadMemberRow), [
                {"fact_id": fact_id, "thread_id": t.id, "position": n}
                for t in threads for n, fact_id in enumerate(t.member_ids, start=1)])

    def threads(self, *, pair: tuple[str, str] | None = None, kind: str | None = None, stage: str | None = None,
                silent: bool | None = None) -> list[ThreadSummary]:
        """Stored threads that pass every filter given, newest activity first."""
        stmt = (select(ThreadRow).where(*thread_filters(pair=pair, kind=kind, stage=stage, silent=silent))
                .order_by(ThreadRow.last_date.desc().nulls_last(), ThreadRow.id))
        with self._session() as session:
            return [ThreadSummary.of_row(row) for row in session.scalars(stmt)]

    def thread(self, id: str) -> tuple[ThreadSummary, list[FactRecord]] | None:
        """One thread and its facts in date order, or None."""
        with self._session() as session:
            row = session.get(ThreadRow, id)
            if row is None:
                return None
            summary = ThreadSummary.of_row(row)
            ids = list(session.scalars(select(ThreadMemberRow.fact_id).where(ThreadMemberRow.thread_id == id)
                                       .order_by(ThreadMemberRow.position)))
        records = {r.id: r for r in self._records([FactRow.id.in_(ids)])}
        return summary, [records[i] for i in ids if i in records]

    def latest_date(self) -> str | None:
        """The date of the newest report or event stored: the "now" against which silence is measured."""
        with self._session() as session:
            published = session.scalar(select(func.max(DocumentRow.published)))
            dated = session.scalar(select(func.max(FactRow.date)).where(FactRow.type == "event"))
        return max((d for d in (published, dated) if d), default=None)

    def thread_member_ids(self, fact_ids: Collection[str]) -> list[str]:
        """Every fact of the stored threads that hold any of ``fact_ids``."""
        with self._session() as session:
            threads = select(ThreadMemberRow.thread_id).where(ThreadMemberRow.fact_id.in_(list(fact_ids)))
            return list(session.scalars(select(ThreadMemberRow.fact_id).where(ThreadMemberRow.thread_id.in_(threads))))

    def fact_ids(self, doc_ids: Collection[str] | None = None) -> list[str]:
        """Ids of the facts of these documents (of all documents when None)."""
        stmt = select(FactRow.id)
        if doc_ids is not None:
            stmt = stmt.where(FactRow.doc_id.in_(list(doc_ids)))
        with self._session() as session:
            return list(session.scalars(stmt))

    def import_trade(self, source: str, file_hash: str, rows: Iterable[dict[str, Any]]) -> TradeImport:
        """Store one file of official trade rows, all or nothing; a file stored before is a no-op."""
        return import_rows(self._session, source, file_hash, rows)

    def trade_flows(self, pair: tuple[str, str]) -> list[TradeFlow]:
        """The official figures each country of ``pair`` reports about the other."""
        return pair_flows(self._session, pair)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def _records(self, conditions: list[ColumnElement[bool]]) -> list[FactRecord]:
        with self._session() as session:
            return [record_of(row) for row in session.execute(records_statement(and_(true(), *conditions)))]


def thread_filters(*, pair: tuple[str, str] | None = None, kind: str | None = None, stage: str | None = None,
                   silent: bool | None = None) -> list[ColumnElement[bool]]:
    """The conditions of ``Store.threads``, for other readers of the threads table (the web's pages)."""
    conditions: list[ColumnElement[bool]] = [ThreadRow.countries.contains(code.upper()) for code in pair or ()]
    if kind:
        conditions.append(ThreadRow.kind == kind)
    if stage:
        conditions.append(ThreadRow.stage == stage)
    if silent is not None:
        conditions.append(ThreadRow.silent.is_(silent))
    return conditions


def records_statement(condition: ColumnElement[bool]) -> Select:
    """Facts with what a FactRecord holds, newest report first and in extraction order within one.

    A report's engagement date (the full date of its first dated event) is a correlated subquery, so
    it is computed for the rows returned only: a page of ten facts costs ten index look-ups, not a
    pass over every stored event.
    """
    inner = aliased(FactRow)
    engagement_date = (select(inner.date)
                       .where(inner.doc_id == FactRow.doc_id, inner.type == "event", func.length(inner.date) == 10)
                       .order_by(inner.n).limit(1).scalar_subquery())
    return (select(FactRow.id, FactRow.doc_id, FactRow.data, EvidenceRow.quote, DocumentRow.title,
                   DocumentRow.url, DocumentRow.published, engagement_date.label("doc_date"))
            .join(DocumentRow, DocumentRow.id == FactRow.doc_id)
            .join(EvidenceRow, EvidenceRow.fact_id == FactRow.id)
            .where(condition)
            .order_by(DocumentRow.published.desc().nulls_last(), FactRow.doc_id, FactRow.n))


def record_of(row: Row[Any]) -> FactRecord:
    """A row of ``records_statement`` as the FactRecord it describes."""
    return FactRecord(id=row.id, doc_id=row.doc_id, fact=FACT_ADAPTER.validate_json(row.data), quote=row.quote,
                      doc_title=row.title, doc_url=row.url, published=row.published, doc_date=row.doc_date)


def _insert(session: Session, document: Document, facts: Sequence[Fact]) -> None:
    """All rows of one document, parents before children so foreign keys hold at every step."""
    session.execute(insert(DocumentRow), [{
        "id": document.id, "hash": document.hash, "url": document.url, "title": document.title,
        "published": document.published, "lang": document.lang, "source": document.source,
        "text": document.text, "ingested_at": datetime.now(UTC).isoformat(timespec="seconds")}])
    if not facts:
        return
    numbered = [(n, f"{document.id}:{n}", fact) for n, fact in enumerate(facts, start=1)]
    session.execute(insert(FactRow),
                    [_fact_row(document.id, n, fact_id, fact) for n, fact_id, fact in numbered])
    session.execute(insert(EvidenceRow), [{
        "fact_id": fact_id, "doc_id": document.id,
        "start": fact.evidence[0] if fact.evidence else None,
        "end": fact.evidence[1] if fact.evidence else None,
        "quote": fact.evidence_text(document.text)} for _, fact_id, fact in numbered])
    links = [{"fact_id": fact_id, "country": code, "role": role}
             for _, fact_id, fact in numbered for field, role in ROLES for code in getattr(fact, field, [])]
    if links:
        _ensure_countries(session, {link["country"] for link in links})
        session.execute(insert(FactCountryRow), links)
    named = {(fact_id, name)
             for _, fact_id, fact in numbered for name in getattr(fact, "persons", []) if name}
    if named:
        person_ids = _person_ids(session, {name for _, name in named})
        session.execute(insert(FactPersonRow), [{"fact_id": fact_id, "person_id": person_ids[name]}
                                                for fact_id, name in sorted(named)])


def _fact_row(doc_id: str, n: int, fact_id: str, fact: Fact) -> dict[str, Any]:
    """The columns people filter and read by; ``data`` keeps the whole fact."""
    quantity = getattr(fact, "amount", None) or getattr(fact, "value", None)
    return {
        "id": fact_id, "doc_id": doc_id, "n": n, "type": fact.type,
        "kind": getattr(fact, "kind", None), "metric": getattr(fact, "metric", None),
        "stage": getattr(fact, "stage", None),
        "date": getattr(fact, "date", None) or getattr(fact, "year", None) or getattr(fact, "period", None),
        "amount_value": quantity.value if quantity is not None else None,
        "amount_unit": quantity.code if quantity is not None else None,
        "sector": getattr(fact, "sector", None),
        "label": getattr(fact, "object", None) or getattr(fact, "subject", None),
        "data": json.dumps(fact.to_json(), ensure_ascii=False),
    }


def _ensure_countries(session: Session, codes: set[str]) -> None:
    known = set(session.scalars(select(CountryRow.iso3).where(CountryRow.iso3.in_(codes))))
    new = sorted(codes - known)
    if new:
        session.execute(insert(CountryRow), [{"iso3": code, "name": _country_name(code)} for code in new])


def _country_name(code: str) -> str | None:
    """The English name, so the countries table reads without a lookup; None for unknown codes."""
    country = pycountry.countries.get(alpha_3=code)
    return country.name if country is not None else None


def _person_ids(session: Session, names: set[str]) -> dict[str, int]:
    """Ids of these persons, adding those not yet stored."""
    by_name = select(PersonRow.name, PersonRow.id)
    ids = dict(session.execute(by_name.where(PersonRow.name.in_(names))).all())
    new = sorted(names - ids.keys())
    if new:
        session.execute(insert(PersonRow), [{"name": name} for name in new])
        ids.update(session.execute(by_name.where(PersonRow.name.in_(new))).all())
    return ids


def _document(row: DocumentRow) -> Document:
    return Document(id=row.id, text=row.text, url=row.url, title=row.title, published=row.published,
                    lang=row.lang, source=row.source)
