"""`bilateral serve`: the command starts the server over a store, and refuses a missing database."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from bilateral.cli import app
from web_support import fill_store, free_port


def test_a_missing_database_is_reported_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    result = CliRunner().invoke(app, ["serve", "--db", str(missing)])
    assert result.exit_code == 3 and "no database" in result.output
    assert not missing.exists()


def test_serve_answers_on_the_port_it_is_given(tmp_path: Path) -> None:
    db = fill_store(tmp_path / "demo.db")
    port = free_port()
    env = {**os.environ, "BILATERAL_TOKEN": ""}
    server = subprocess.Popen([sys.executable, "-m", "bilateral", "serve", "--db", db, "--port", str(port)],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/api/pairs", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.fail(f"the server did not start: {server.stdout.read() if server.stdout else ''}")
                time.sleep(0.2)
        assert answer.json()["items"][0]["pair"] == "AFG-KAZ"
        refused = httpx.post(f"http://127.0.0.1:{port}/api/documents", json={"text": "x"})
        assert refused.status_code == 403  # started without a token: read-only
    finally:
        server.terminate()
        server.wait(timeout=10)
