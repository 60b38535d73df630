"""Alembic environment.

The Store hands over its open connection (``config.attributes["connection"]``), which
also keeps an in-memory SQLite database the same one. Without it, as when a developer
runs ``alembic -c src/bilateral/storage/alembic.ini revision --autogenerate``, the
database named by ``sqlalchemy.url`` or ``BILATERAL_DB`` is used.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from bilateral.storage.db import make_engine, resolve_url
from bilateral.storage.tables import Base


def run(connection: Connection) -> None:
    # render_as_batch: SQLite alters a table by copying it; batch mode writes migrations that way.
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


given = context.config.attributes.get("connection")
if given is not None:
    run(given)
else:
    engine = make_engine(context.config.get_main_option("sqlalchemy.url") or resolve_url(None))
    with engine.begin() as connection:
        run(connection)
    engine.dispose()
