"""The web application: the API and the pages over one store, with the security layers around them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path

import anyio.to_thread
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from sqlalchemy import make_url

from bilateral import __version__
from bilateral.documents import DEFAULT_MAX_BYTES
from bilateral.storage import Store, resolve_url
from bilateral.web import api, errors, pages
from bilateral.web.security import BodyLimit, SecurityHeaders
from bilateral.web.services import Fetch, Services

THREADS = 4
STATIC = Path(str(files("bilateral.web") / "static"))
DESCRIPTION = """Reports on cooperation between countries as evidence-linked facts, threads and country pairs.

Reading is open. Writes (`POST /api/documents`) need `Authorization: Bearer <token>`, the token the
server was started with (`BILATERAL_TOKEN`); a server started without one refuses every write. Lists
take `limit` and `offset` and answer `{"items", "total", "limit", "offset"}`; errors answer
`{"error": {"status", "message"}}`."""


def create_app(store_url: str | None, token: str | None, *, max_body: int = DEFAULT_MAX_BYTES,
               fetch: Fetch | None = None) -> FastAPI:
    """An application over the store at ``store_url`` (a path or SQLAlchemy URL; None: as the CLI
    chooses). ``token`` guards writes (None or empty: writes refused); ``fetch`` replaces the URL
    fetcher (tests). The store is opened here, so a bad URL fails before the server starts."""
    url = resolve_url(store_url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:"):
        raise ValueError("the server needs a database file or server, not an in-memory SQLite database")
    svc = Services(Store(url), token or None, **({"fetch": fetch} if fetch else {}))

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        # Requests run in a few threads rather than anyio's forty: they share one interpreter lock, and
        # forty threads handing it over at every database row leave some requests waiting far longer.
        anyio.to_thread.current_default_thread_limiter().total_tokens = THREADS
        svc.start()
        yield
        svc.close()

    app = FastAPI(title="bilateral", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.services = svc
    errors.install(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(BodyLimit, max_bytes=max_body, reply=errors.reply)
    app.add_middleware(SecurityHeaders)
    return app

