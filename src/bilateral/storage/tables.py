"""The store's tables: plain columns that Datasette or any SQL tool can browse.

Each fact keeps its full JSON in ``facts.data`` (the source of truth when it is read
back); the other columns repeat what filters and people look at, so queries never
have to parse JSON. The schema itself is created by the Alembic migrations.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Integer, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Fixed constraint names, so later migrations can refer to them (SQLite needs names to alter)."""

    metadata = MetaData(naming_convention=NAMING)


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    url: Mapped[str | None] = mapped_column(String)
    title: Mapped[str | None] = mapped_column(String)
    published: Mapped[str | None] = mapped_column(String(10), index=True)
    lang: Mapped[str] = mapped_column(String(2))
    source: Mapped[str | None] = mapped_column(String)
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[str] = mapped_column(String(32), doc="UTC, ISO 8601")


class FactRow(Base):
    __tablename__ = "facts"
    __table_args__ = (UniqueConstraint("doc_id", "n"),)

    id: Mapped[str] = mapped_column(String, primary_key=True, doc='"<doc_id>:<n>"')
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    n: Mapped[int] = mapped_column(Integer, doc="position in the document's extraction, from 1")
    type: Mapped[str] = mapped_column(String(16), index=True)
    kind: Mapped[str | None] = mapped_column(String(16), doc="event, commitment and agreement kind")
    metric: Mapped[str | None] = mapped_column(String(16), doc="target and indicator metric")
    stage: Mapped[str | None] = mapped_column(String(16), index=True)
    date: Mapped[str | None] = mapped_column(String(10), index=True,
                                             doc="event date, target year or indicator period")
    amount_value: Mapped[float | None] = mapped_column(Float)
    amount_unit: Mapped[str | None] = mapped_column(String(8), doc="currency or unit")
    sector: Mapped[str | None] = mapped_column(String(16))
    label: Mapped[str | None] = mapped_column(String, doc="commitment object or agreement subject")
    data: Mapped[str] = mapped_column(Text, doc="the fact's full JSON")


class EvidenceRow(Base):
    __tablename__ = "evidence"

    fact_id: Mapped[str] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text, doc="the sentence that states the fact")


class CountryRow(Base):
    __tablename__ = "countries"

    iso3: Mapped[str] = mapped_column(String(3), primary_key=True)
    name: Mapped[str | None] = mapped_column(String)


class FactCountryRow(Base):
    __tablename__ = "fact_countries"

    fact_id: Mapped[str] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True)
    country: Mapped[str] = mapped_column(ForeignKey("countries.iso3"), primary_key=True, index=True)
    role: Mapped[str] = mapped_column(String(8), primary_key=True, doc="party, by or with")


class PersonRow(Base):
    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String, unique=True)


class FactPersonRow(Base):
    __tablename__ = "fact_persons"

    fact_id: Mapped[str] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), primary_key=True, index=True)


class ThreadRow(Base):
    """A thread as last derived from its facts (rebuilt when reports arrive, never edited by hand)."""

    __tablename__ = "threads"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True,
                                      doc="commitment, agreement, target, indicator, engagement")
    label: Mapped[str] = mapped_column(String)
    countries: Mapped[str] = mapped_column(String, index=True, doc="ISO3 codes, sorted, comma-separated")
    stage: Mapped[str | None] = mapped_column(String(16), index=True)
    amount_value: Mapped[float | None] = mapped_column(Float)
    amount_unit: Mapped[str | None] = mapped_column(String(8))
    first_date: Mapped[str | None] = mapped_column(String(10))
    last_date: Mapped[str | None] = mapped_column(String(10))
    silent: Mapped[bool] = mapped_column(Boolean, doc="no report for longer than the silence period")
    members: Mapped[int] = mapped_column(Integer, doc="how many facts")


class ThreadMemberRow(Base):
    __tablename__ = "thread_members"

    fact_id: Mapped[str] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True)
    thread_id: Mapped[str] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, doc="order by date within the thread, from 1")


class ImportRow(Base):
    """A file of official trade data, known by the hash of its bytes: importing it again is a no-op."""

    __tablename__ = "imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True, doc="SHA-256 of the file")
    source: Mapped[str] = mapped_column(String, doc="the file as it was named on import")
    rows: Mapped[int] = mapped_column(Integer, doc="trade rows this file added")
    imported_at: Mapped[str] = mapped_column(String(32), doc="UTC, ISO 8601")


class TradeRow(Base):
    """One official figure: what ``reporter`` declares it exported to (X, RX) or imported from (M, RM)
    ``partner`` in a year or month, in UN Comtrade's terms. One figure per key, whichever file brought it."""

    __tablename__ = "trade_flows"
    __table_args__ = (UniqueConstraint("reporter", "partner", "flow", "period", "cmd_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("imports.id", ondelete="CASCADE"), index=True,
                                           doc="the file it came from")
    reporter: Mapped[str] = mapped_column(String(3), doc="ISO3 of the declaring country")
    partner: Mapped[str] = mapped_column(String(3))
    flow: Mapped[str] = mapped_column(String(2), doc="X, M, RX or RM")
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int | None] = mapped_column(Integer, doc="1-12; null for a whole year")
    period: Mapped[str] = mapped_column(String(6), doc="YYYY or YYYYMM, as Comtrade writes it")
    cmd_code: Mapped[str] = mapped_column(String(12), doc="TOTAL or an HS code")
    cmd_desc: Mapped[str | None] = mapped_column(String)
    value_usd: Mapped[float] = mapped_column(Float, doc="Comtrade's primaryValue")
    fob: Mapped[float | None] = mapped_column(Float)
    cif: Mapped[float | None] = mapped_column(Float)
    net_weight: Mapped[float | None] = mapped_column(Float, doc="kg")
