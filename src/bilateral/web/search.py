"""Search and filtering over every stored fact and document, in an in-memory SQLite with FTS5.

The store has no text index and no pagination, and a LIKE over 100,000 quotes costs tens of
milliseconds a query; the store's schema belongs to its migrations, so the index lives here, in
memory, rebuilt from the store when the server starts and topped up as reports arrive (reports are
only ever added). Results are fact and document ids, in the store's order; the records themselves are
read from the store.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations, islice

from sqlalchemy import Engine, Row, select

from bilateral.storage.tables import DocumentRow, EvidenceRow, FactCountryRow, FactRow

BATCH = 500  # documents read from the store at a time while indexing
MAX_TERMS = 12
_WORD = re.compile(r"\w+")
_SCHEMA = """
create table facts(rowid integer primary key, id text unique, doc_id text, n integer, type text, stage text,
                   sector text, day text, published text, countries text);
create index facts_order on facts(published desc, doc_id, n);
create table pairs(a text, b text, published text, doc_id text, n integer, fact integer,
                   primary key(a, b, published desc, doc_id, n)) without rowid;
create table countries(country text, published text, doc_id text, n integer, fact integer,
                       primary key(country, published desc, doc_id, n)) without rowid;
create virtual table facts_text using fts5(quote, label, content='', tokenize='unicode61 remove_diacritics 2');
create table docs(rowid integer primary key, id text unique, published text, ingested text);
create index docs_order on docs(published desc, ingested desc, id);
create virtual table docs_text using fts5(title, body, content='', tokenize='unicode61 remove_diacritics 2');
"""


@dataclass(frozen=True)
class FactQuery:
    """Filters of the facts list; each one given must hold. Dates are YYYY, YYYY-MM or YYYY-MM-DD and
    compare as Store.facts' ``since`` does: a fact dated "2025" is kept for since="2025-06"."""

    type: str | None = None
    pair: tuple[str, str] | None = None
    country: str | None = None
    stage: str | None = None
    sector: str | None = None
    since: str | None = None
    until: str | None = None
    q: str | None = None


def match_expression(text: str) -> str | None:
    """User text as an FTS5 query: every word must appear, as a word or the start of one ("rail"
    finds "railway"). Words are quoted, so no input can inject FTS5 syntax; None when there are none."""
    words = _WORD.findall(text)[:MAX_TERMS]
    return " AND ".join('"' + w + '"*' for w in words) if words else None


class SearchIndex:
    """Thread-safe: one in-memory connection, used under a lock (queries take a few milliseconds)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._lock = threading.Lock()
        self._db = _empty()
        self._docs: set[str] = set()

    def sync(self) -> int:
        """Index the stored documents not indexed yet; the number added."""
        with self._engine.connect() as c:
            stored = set(c.scalars(select(DocumentRow.id)))
        with self._lock:
            if not self._docs <= stored:  # something was deleted behind the store's back: start over
                self._db.close()
                self._db, self._docs = _empty(), set()
            new = sorted(stored - self._docs)
            for batch in _batches(new, BATCH):
                self._add(batch)
        return len(new)

    def facts(self, query: FactQuery, limit: int, offset: int) -> tuple[int, list[str]]:
        """How many facts match, and the ids of one page of them, newest report first."""
        plan = _plan(query)
        if plan is None:
            return 0, []
        source, order, where, params = plan
        clause = " and ".join(where) or "1"
        # Conditions on the driving table alone are counted without reading the facts.
        counted = source.split(" join ")[0] if all(w.startswith("k.") for w in where) else source
        with self._lock:
            total = self._db.execute(f"select count(*) from {counted} where {clause}", params).fetchone()[0]
            ids = [row[0] for row in self._db.execute(
                f"select f.id from {source} where {clause} order by {order} limit ? offset ?",
                [*params, limit, offset])]
        return total, ids

    def documents(self, q: str, limit: int, offset: int) -> tuple[int, list[str]]:
        """Documents whose title or text holds every word of ``q``, newest first."""
        expression = match_expression(q)
        if expression is None:
            return 0, []
        matching = "rowid in (select rowid from docs_text where docs_text match ?)"
        with self._lock:
            total = self._db.execute(f"select count(*) from docs where {matching}", [expression]).fetchone()[0]
            ids = [row[0] for row in self._db.execute(
                f"select id from docs where {matching} order by published desc nulls last, ingested desc, id "
                "limit ? offset ?", [expression, limit, offset])]
        return total, ids

    def _add(self, doc_ids: Sequence[str]) -> None:
        with self._engine.connect() as c:
            docs = c.execute(select(DocumentRow.id, DocumentRow.title, DocumentRow.text, DocumentRow.published,
                                    DocumentRow.ingested_at).where(DocumentRow.id.in_(doc_ids))).all()
            facts = c.execute(select(FactRow.id, FactRow.doc_id, FactRow.n, FactRow.type, FactRow.stage,
                                     FactRow.sector, FactRow.date, FactRow.label, EvidenceRow.quote)
                              .join(EvidenceRow, EvidenceRow.fact_id == FactRow.id)
                              .where(FactRow.doc_id.in_(doc_ids))).all()
            links = c.execute(select(FactCountryRow.fact_id, FactCountryRow.country)
                              .join(FactRow, FactRow.id == FactCountryRow.fact_id)
                              .where(FactRow.doc_id.in_(doc_ids))).all()
        published = {d.id: d.published for d in docs}
        with self._db as db:  # one transaction: a failure leaves nothing half indexed
            self._insert(db, docs, facts, links, published)
        self._docs.update(d.id for d in docs)

    def _insert(self, db: sqlite3.Connection, docs: Sequence[Row], facts: Sequence[Row], links: Sequence[Row],
                published: dict[str, str | None]) -> None:
        for d in docs:
            rowid = db.execute("insert into docs(id, published, ingested) values (?, ?, ?)",
                               (d.id, d.published, d.ingested_at)).lastrowid
            db.execute("insert into docs_text(rowid, title, body) values (?, ?, ?)", (rowid, d.title or "", d.text))
        countries: dict[str, set[str]] = {}
        for fact_id, country in links:
            countries.setdefault(fact_id, set()).add(country)
        rowids: dict[str, int] = {}
        for f in facts:
            day = f.date or published[f.doc_id]
            codes = "".join(f" {c} " for c in sorted(countries.get(f.id, ())))
            rowid = db.execute("insert into facts(id, doc_id, n, type, stage, sector, day, published, countries) "
                               "values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               (f.id, f.doc_id, f.n, f.type, f.stage, f.sector, day, published[f.doc_id], codes)
                               ).lastrowid
            rowids[f.id] = rowid
            db.execute("insert into facts_text(rowid, quote, label) values (?, ?, ?)", (rowid, f.quote, f.label or ""))
        # Keys of the ordered tables: an undated report sorts last ("" is below any date, as NULL is).
        keys = {f.id: (published[f.doc_id] or "", f.doc_id, f.n, rowids[f.id]) for f in facts}
        db.executemany("insert into countries(country, published, doc_id, n, fact) values (?, ?, ?, ?, ?)",
                       [(code, *keys[f]) for f, codes in countries.items() for code in codes])
        db.executemany("insert into pairs(a, b, published, doc_id, n, fact) values (?, ?, ?, ?, ?, ?)",
                       [(a, b, *keys[f]) for f, codes in countries.items() for a, b in combinations(sorted(codes), 2)])


def _empty() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:", check_same_thread=False)
    db.executescript(_SCHEMA)
    return db


def _plan(query: FactQuery) -> tuple[str, str, list[str], list[object]] | None:
    """FROM, ORDER BY, conditions and parameters; None when the text query has no word (nothing
    matches). Words drive the query from the text index (matches are few, then sorted); else a pair or
    country drives it from its own table, kept in result order, so a page of a large pair is read in
    order rather than sorted. SQLite puts NULLs (and "") last in DESC."""
    expression = match_expression(query.q) if query.q and query.q.strip() else None
    if query.q and query.q.strip() and expression is None:
        return None
    where: list[str] = []
    params: list[object] = []
    codes = [*(query.pair or ()), *([query.country] if query.country else [])]
    if expression is None and query.pair:
        source, where, params, codes = "pairs k join facts f on f.rowid = k.fact", ["k.a = ?", "k.b = ?"], [
            *query.pair], codes[2:]
    elif expression is None and query.country:
        source, where, params, codes = "countries k join facts f on f.rowid = k.fact", ["k.country = ?"], [
            query.country], []
    else:
        source = "facts f"
    order = "f.published desc, f.doc_id, f.n" if source == "facts f" else "k.published desc, k.doc_id, k.n"
    if expression is not None:
        where.append("f.rowid in (select rowid from facts_text where facts_text match ?)")
        params.append(expression)
    for code in codes:
        where.append("instr(f.countries, ?) > 0")
        params.append(f" {code} ")
    for column in ("type", "stage", "sector"):
        value = getattr(query, column)
        if value:
            where.append(f"f.{column} = ?")
            params.append(value)
    if query.since:
        where.append("f.day >= substr(?, 1, length(f.day))")
        params.append(query.since)
    if query.until:
        where.append("substr(f.day, 1, length(?)) <= ?")
        params += [query.until, query.until]
    return source, order, where, params


def _batches(items: Sequence[str], size: int) -> Iterator[list[str]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
