"""What the web tests share: a store holding the sample reports, ingested through the core as
`bilateral ingest` does (no network), and a served application on a free loopback port."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from bilateral.documents import Document, load
from bilateral.extraction import extract
from bilateral.storage import Store
from bilateral.tracking.refresh import refresh_threads

EXAMPLES = Path(__file__).parents[1] / "examples" / "reports"
TRADE = Path(__file__).parents[1] / "examples" / "trade" / "kaz-afg-comtrade.csv"
TOKEN = "test-token-8c1f"
RAILWAY_THREAD_LABEL = "Torghundi"


def fill_store(path: Path, trade: bool = False) -> str:
    """The sample reports in a new SQLite file (with ``trade``, the sample official trade figures too);
    its path."""
    with Store(path) as store:
        ids = []
        for document in load([EXAMPLES]):
            assert isinstance(document, Document), document
            store.add(document, extract(document))
            ids.append(document.id)
        refresh_threads(store, ids)
        if trade:
            from bilateral.trade.comtrade import import_file

            import_file(store, TRADE)
    return str(path)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def served(app: FastAPI) -> Iterator[str]:
    """``app`` under uvicorn in a background thread; its base URL while the block runs."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
