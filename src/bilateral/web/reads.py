"""Reads the pages need, straight from the store's tables and bounded by what one page shows.

Store has no paginated or aggregate reads; these add them on their own engine. Fact rows go through
Store's own ``records_statement``, so both build the same FactRecords; derivation (thread states,
briefs) stays in the core.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Engine, Select, and_, bindparam, func, select
from sqlalchemy.orm import aliased

from bilateral.documents import Document
from bilateral.facts.record import FactRecord
from bilateral.storage.db import make_engine
from bilateral.storage.store import ThreadSummary, record_of, records_statement, thread_filters
from bilateral.storage.tables import (
    DocumentRow,
    FactCountryRow,
    FactRow,
    ThreadMemberRow,
    ThreadRow,
)


@dataclass(frozen=True)
class PairCount:
    """A country pair and how much the store says about it."""

    pair: tuple[str, str]
    facts: int
    reports: int


class Reads:
    """Read-only queries on their own engine (the store's is private to it)."""

    def __init__(self, url: str) -> None:
        self.engine: Engine = make_engine(url)
        # The hot statements are built once: building a statement costs more than running it.
        ids = bindparam("ids", expanding=True)
        self._by_ids = records_statement(FactRow.id.in_(ids))
        self._of_document = records_statement(FactRow.doc_id == bindparam("doc_id"))
        self._thread = select(ThreadRow).where(ThreadRow.id == bindparam("id"))
        self._members = (select(ThreadMemberRow.fact_id).where(ThreadMemberRow.thread_id == bindparam("id"))
                         .order_by(ThreadMemberRow.position))
        self._thread_of = select(ThreadMemberRow.fact_id, ThreadMemberRow.thread_id).where(
            ThreadMemberRow.fact_id.in_(ids))
        self._documents = select(DocumentRow.id, DocumentRow.text, DocumentRow.url, DocumentRow.title,
                                 DocumentRow.published, DocumentRow.lang, DocumentRow.source).where(
            DocumentRow.id.in_(ids))

    def close(self) -> None:
        self.engine.dispose()

    def version(self) -> tuple[int, int]:
        """Changes whenever a report is stored or threads are relinked: documents are only ever added,
        and relinking the new facts changes how many facts are in threads."""
        with self.engine.connect() as c:
            docs = c.scalar(select(func.count()).select_from(DocumentRow)) or 0
            members = c.scalar(select(func.count()).select_from(ThreadMemberRow)) or 0
        return docs, members

    def latest_date(self) -> str | None:
        """Store.latest_date's rule: the newest publication date or event date."""
        with self.engine.connect() as c:
            published = c.scalar(select(func.max(DocumentRow.published)))
            dated = c.scalar(select(func.max(FactRow.date)).where(FactRow.type == "event"))
        return max((d for d in (published, dated) if d), default=None)

    def records(self, ids: Sequence[str]) -> list[FactRecord]:
        """FactRecords of ``ids``, in that order; unknown ids are left out."""
        found = {r.id: r for r in self._records(self._by_ids, {"ids": list(ids)})} if ids else {}
        return [found[i] for i in ids if i in found]

    def document_records(self, doc_id: str) -> list[FactRecord]:
        return self._records(self._of_document, {"doc_id": doc_id})

    def documents(self, ids: Sequence[str]) -> list[Document]:
        """Stored documents of ``ids``, in that order (Store.document one by one costs an ORM session each)."""
        if not ids:
            return []
        with self.engine.connect() as c:
            found = {r.id: Document(**r._asdict()) for r in c.execute(self._documents, {"ids": list(ids)})}
        return [found[i] for i in ids if i in found]

    def thread(self, thread_id: str) -> tuple[ThreadSummary, list[FactRecord]] | None:
        """A stored thread and its facts in thread order, as Store.thread gives them."""
        with self.engine.connect() as c:
            row = c.execute(self._thread, {"id": thread_id}).first()
            if row is None:
                return None
            ids = list(c.scalars(self._members, {"id": thread_id}))
        return ThreadSummary.of_row(row), self.records(ids)

    def threads(self, *, pair: tuple[str, str] | None = None, kind: str | None = None, stage: str | None = None,
                silent: bool | None = None, limit: int = 50, offset: int = 0) -> tuple[int, list[ThreadSummary]]:
        """One page of Store.threads (same filters, same order) and how many there are in all."""
        conditions = thread_filters(pair=pair, kind=kind, stage=stage, silent=silent)
        with self.engine.connect() as c:
            total = c.scalar(select(func.count()).select_from(ThreadRow).where(*conditions)) or 0
            rows = c.execute(select(ThreadRow).where(*conditions)
                             .order_by(ThreadRow.last_date.desc().nulls_last(), ThreadRow.id)
                             .limit(limit).offset(offset)).all()
        return total, [ThreadSummary.of_row(r) for r in rows]

    def large_threads(self, members: int) -> list[str]:
        """Ids of the threads of at least ``members`` facts, largest first."""
        with self.engine.connect() as c:
            return list(c.scalars(select(ThreadRow.id).where(ThreadRow.members >= members)
                                  .order_by(ThreadRow.members.desc())))

    def thread_of(self, fact_ids: Sequence[str]) -> dict[str, str]:
        """fact id -> the id of the thread that holds it."""
        if not fact_ids:
            return {}
        with self.engine.connect() as c:
            return dict(c.execute(self._thread_of, {"ids": list(fact_ids)}).all())

    def document_id_by_hash(self, text_hash: str) -> str | None:
        """Which id a text is stored under: Store.add says only that it is stored already."""
        with self.engine.connect() as c:
            return c.scalar(select(DocumentRow.id).where(DocumentRow.hash == text_hash))

    def fact_counts(self, doc_ids: Sequence[str]) -> dict[str, int]:
        if not doc_ids:
            return {}
        with self.engine.connect() as c:
            return dict(c.execute(select(FactRow.doc_id, func.count()).where(FactRow.doc_id.in_(list(doc_ids)))
                                  .group_by(FactRow.doc_id)).all())

    def pairs(self) -> list[PairCount]:
        """Every pair of countries that some fact concerns together, most facts first."""
        a, b = aliased(FactCountryRow), aliased(FactCountryRow)
        stmt = (select(a.country, b.country, func.count(func.distinct(a.fact_id)),
                       func.count(func.distinct(FactRow.doc_id)))
                .join(b, and_(b.fact_id == a.fact_id, a.country < b.country))
                .join(FactRow, FactRow.id == a.fact_id)
                .group_by(a.country, b.country))
        with self.engine.connect() as c:
            rows = c.execute(stmt).all()
        return sorted((PairCount((x, y), n, docs) for x, y, n, docs in rows), key=lambda p: (-p.facts, p.pair))

    def _records(self, statement: Select, params: dict[str, object]) -> list[FactRecord]:
        with self.engine.connect() as c:
            return [record_of(r) for r in c.execute(statement, params)]


def pair_condition(column: ColumnElement[str], pair: tuple[str, str]) -> ColumnElement[bool]:
    """``column`` (a fact id) names a fact that concerns both countries of ``pair``."""
    a, b = aliased(FactCountryRow), aliased(FactCountryRow)
    both = (select(a.fact_id).join(b, and_(b.fact_id == a.fact_id, b.country == pair[1]))
            .where(a.country == pair[0]))
    return column.in_(both)


