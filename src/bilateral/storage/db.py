"""Where the store lives and how it is opened: the URL, the engine and the migrations."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.pool import StaticPool

MIGRATIONS = Path(__file__).with_name("migrations")
DEFAULT_FILE = "bilateral.db"


def resolve_url(db: str | Path | None) -> str:
    """``db``, else ``$BILATERAL_DB``, else ``bilateral.db`` in the working folder.

    A URL (anything with ``://``) is kept as given, so PostgreSQL works the same way;
    a plain path becomes an SQLite file URL.
    """
    if db is None or db == "":
        db = os.environ.get("BILATERAL_DB") or DEFAULT_FILE
    if isinstance(db, str) and "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def make_engine(url: str) -> Engine:
    """An engine; for SQLite one with foreign keys enforced and a write-ahead log."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url)
    if parsed.database in (None, "", ":memory:"):
        # One shared connection: every new connection to ":memory:" would be a new, empty database.
        engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        engine = create_engine(url)
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: DBAPIConnection, _record: object) -> None:
    """SQLite leaves foreign keys off per connection; WAL lets readers (Datasette) work during writes."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration; the packaged migrations folder is found next to
    this module, so it works from a clone and from an installed package alike. Alembic is imported
    here, when a store opens: it takes a quarter of a second that commands without one should not pay."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
