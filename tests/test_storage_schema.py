"""The database itself: made by the migrations, named by resolve_url, readable without bilateral."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

import bilateral.storage
from bilateral.documents.model import Document
from bilateral.facts.models import Commitment, Event, Quantity
from bilateral.storage import Store, resolve_url
from bilateral.storage.db import make_engine
from bilateral.storage.tables import Base

TABLES = {"documents", "facts", "evidence", "countries", "fact_countries", "persons", "fact_persons", "threads",
          "thread_members", "imports", "trade_flows"}
TEXT = "Serik Zhumangarin visited Kabul. Kazakhstan will invest $500 million in a railway."


def fill(path: Path) -> None:
    doc = Document(id="kabul", text=TEXT, published="2025-04-27")
    facts = [Event(kind="visit", place="Kabul", parties=["KAZ", "AFG"], persons=["Serik Zhumangarin"],
                   evidence=(0, 32)),
             Commitment(kind="investment", stage="pledged", by=["KAZ"], with_=["AFG"],
                        amount=Quantity(value=500e6, currency="USD"), object="railway", evidence=(33, 82))]
    with Store(path) as store:
        store.add(doc, facts)


def test_migrations_create_the_tables_and_indexes(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Store(path).close()
    engine = make_engine(resolve_url(path))
    schema = inspect(engine)
    assert set(schema.get_table_names()) >= TABLES
    indexed = {(table, tuple(ix["column_names"])) for table in TABLES for ix in schema.get_indexes(table)}
    for wanted in (("facts", ("type",)), ("facts", ("date",)), ("facts", ("doc_id",)),
                   ("fact_countries", ("country",)), ("documents", ("published",))):
        assert wanted in indexed
    with engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == "0003"
        # the migration and tables.py describe the same schema
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    engine.dispose()


def test_reopening_a_store_keeps_its_data(tmp_path: Path) -> None:
    fill(tmp_path / "f.db")
    with Store(tmp_path / "f.db") as store:
        assert store.count_documents() == 1


def test_alembic_ini_serves_the_command_line(tmp_path: Path) -> None:
    config = Config(str(Path(bilateral.storage.__file__).with_name("alembic.ini")))
    config.set_main_option("sqlalchemy.url", resolve_url(tmp_path / "cli.db"))
    command.upgrade(config, "head")
    with sqlite3.connect(tmp_path / "cli.db") as con:
        names = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert names >= TABLES


def test_resolve_url(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("BILATERAL_DB", raising=False)
    assert resolve_url(None) == "sqlite:///bilateral.db"
    assert resolve_url(tmp_path / "x.db") == f"sqlite:///{tmp_path}/x.db"
    assert resolve_url("data/x.db") == "sqlite:///data/x.db"
    assert resolve_url("postgresql://u@host/bilateral") == "postgresql://u@host/bilateral"
    monkeypatch.setenv("BILATERAL_DB", str(tmp_path / "env.db"))
    assert resolve_url(None) == f"sqlite:///{tmp_path}/env.db"
    assert resolve_url("sqlite://") == "sqlite://"
    with Store() as store:
        assert store.url == f"sqlite:///{tmp_path}/env.db"
    assert (tmp_path / "env.db").exists()


def test_sqlite_connections_enforce_foreign_keys_and_use_wal(tmp_path: Path) -> None:
    engine = make_engine(resolve_url(tmp_path / "p.db"))
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    engine.dispose()


def test_plain_sqlite3_reads_the_tables(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    fill(path)
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    facts = con.execute("SELECT * FROM facts ORDER BY n").fetchall()
    assert [(f["id"], f["type"], f["kind"]) for f in facts] == [("kabul:1", "event", "visit"),
                                                               ("kabul:2", "commitment", "investment")]
    pledge = facts[1]
    assert (pledge["stage"], pledge["amount_value"], pledge["amount_unit"], pledge["label"]) == (
        "pledged", 500e6, "USD", "railway")
    assert json.loads(pledge["data"])["with"] == ["AFG"]
    quotes = con.execute("SELECT quote, start, \"end\" FROM evidence WHERE fact_id = 'kabul:2'").fetchone()
    assert tuple(quotes) == ("Kazakhstan will invest $500 million in a railway.", 33, 82)
    roles = con.execute("SELECT fact_id, country, role FROM fact_countries ORDER BY 1, 2, 3").fetchall()
    assert [tuple(r) for r in roles] == [("kabul:1", "AFG", "party"), ("kabul:1", "KAZ", "party"),
                                        ("kabul:2", "AFG", "with"), ("kabul:2", "KAZ", "by")]
    names = dict(con.execute("SELECT iso3, name FROM countries").fetchall())
    assert names == {"AFG": "Afghanistan", "KAZ": "Kazakhstan"}
    person = con.execute("SELECT p.name FROM persons p JOIN fact_persons fp ON fp.person_id = p.id "
                         "WHERE fp.fact_id = 'kabul:1'").fetchone()
    assert person["name"] == "Serik Zhumangarin"
    assert con.execute("SELECT text FROM documents").fetchone()["text"] == TEXT
    con.close()
