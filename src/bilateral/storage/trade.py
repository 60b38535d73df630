"""Official trade figures in the store: a file is imported whole or not at all, and read back per pair.

A file is known by the hash of its bytes, so importing it again changes nothing. Rows whose key
(reporter, partner, flow, period, commodity) another file already stored are left as stored, so two
downloads that overlap never count a figure twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice
from typing import Any

from sqlalchemy import Insert, Table, and_, func, insert, or_, select
from sqlalchemy.orm import Session, sessionmaker

from bilateral.storage.tables import ImportRow, TradeRow

CHUNK = 20_000  # rows a statement: large enough for executemany's speed, small enough to keep memory flat


@dataclass(frozen=True)
class TradeImport:
    """What importing one file did. ``new`` is False when the same bytes were imported before."""

    id: int
    source: str
    rows: int
    offered: int
    imported_at: str
    new: bool

    @property
    def already_stored(self) -> int:
        """Rows of this file whose figure an earlier file had stored."""
        return self.offered - self.rows if self.new else 0


@dataclass(frozen=True)
class TradeFlow:
    """One stored figure, as series and progress read it."""

    reporter: str
    partner: str
    flow: str
    year: int
    month: int | None
    cmd_code: str
    value: float
    source: str


def import_rows(sessions: sessionmaker[Session], source: str, file_hash: str,
                rows: Iterable[dict[str, Any]]) -> TradeImport:
    """Store one file's rows (dicts of ``trade_flows`` columns) in one transaction. An exception raised
    while ``rows`` is read (a bad line) rolls the whole file back; a known hash returns before reading."""
    with sessions.begin() as session:
        known = session.scalars(select(ImportRow).where(ImportRow.hash == file_hash)).first()
        if known is not None:
            return TradeImport(known.id, known.source, known.rows, known.rows, known.imported_at, new=False)
        record = ImportRow(hash=file_hash, source=source, rows=0,
                           imported_at=datetime.now(UTC).isoformat(timespec="seconds"))
        session.add(record)
        session.flush()
        statement = _keeping_stored(session, TradeRow.__table__)
        offered = 0
        for chunk in _chunks(rows, record.id):
            session.execute(statement, chunk)
            offered += len(chunk)
        record.rows = session.scalar(select(func.count()).select_from(TradeRow)
                                     .where(TradeRow.import_id == record.id)) or 0
        return TradeImport(record.id, source, record.rows, offered, record.imported_at, new=True)


def pair_flows(sessions: sessionmaker[Session], pair: tuple[str, str]) -> list[TradeFlow]:
    """Every stored figure either country of ``pair`` reports about the other."""
    a, b = (code.upper() for code in pair)
    stmt = (select(TradeRow.reporter, TradeRow.partner, TradeRow.flow, TradeRow.year, TradeRow.month,
                   TradeRow.cmd_code, TradeRow.value_usd, ImportRow.source)
            .join(ImportRow, ImportRow.id == TradeRow.import_id)
            .where(or_(and_(TradeRow.reporter == a, TradeRow.partner == b),
                       and_(TradeRow.reporter == b, TradeRow.partner == a)))
            .order_by(TradeRow.reporter, TradeRow.flow, TradeRow.period, TradeRow.cmd_code))
    with sessions() as session:
        return [TradeFlow(*row) for row in session.execute(stmt)]


def _keeping_stored(session: Session, table: Table) -> Insert:
    """An INSERT that leaves a row already stored under the same key alone (SQLite and PostgreSQL say
    ON CONFLICT DO NOTHING); other databases get a plain INSERT, which refuses overlapping files."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert
        return sqlite_insert(table).on_conflict_do_nothing()
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert
        return postgresql_insert(table).on_conflict_do_nothing()
    return insert(table)


def _chunks(rows: Iterable[dict[str, Any]], import_id: int) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, CHUNK)):
        for row in chunk:
            row["import_id"] = import_id
        yield chunk
