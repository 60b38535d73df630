"""Storage: documents and facts in SQL tables (SQLite by default), schema by Alembic migrations."""

from bilateral.storage.db import resolve_url
from bilateral.storage.store import DocumentConflictError, Store

__all__ = ["DocumentConflictError", "Store", "resolve_url"]
