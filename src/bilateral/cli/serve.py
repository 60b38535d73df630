"""`bilateral serve`: the web dashboard and JSON API over a store."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from bilateral.cli.common import Db, open_store, out


def serve(
    db: Db = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on; 0.0.0.0 exposes it to the network.")
                    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the pages (country-pair overview, threads, documents, search, a form to add reports) and
    the JSON API (/api, described at /api/openapi.json) until interrupted.

    Reading is open. Adding reports needs the token in $BILATERAL_TOKEN, sent as
    `Authorization: Bearer <token>` (or typed into the form); without it the server refuses writes.
    """
    import uvicorn  # imported here: the other commands need none of the web stack

    from bilateral.storage import resolve_url
    from bilateral.web import create_app

    with open_store(db, create=False):  # a missing or unreadable database is reported as by other commands
        pass
    token = os.environ.get("BILATERAL_TOKEN") or None
    writes = "writes need $BILATERAL_TOKEN" if token else "read-only (set BILATERAL_TOKEN to accept reports)"
    out.print(f"Serving {resolve_url(db)} on http://{host}:{port}/ ({writes})", markup=False)
    uvicorn.run(create_app(db, token), host=host, port=port, log_level="warning", access_log=False)
