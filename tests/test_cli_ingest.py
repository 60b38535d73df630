"""`bilateral ingest`: the sample reports go in once, re-ingesting changes nothing, bad inputs are reported
while the rest is stored, and --strict stores nothing at all."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from bilateral.cli import app

EXAMPLES = Path(__file__).parents[1] / "examples" / "reports"
SAMPLES = sorted(p for p in EXAMPLES.glob("*.json") if not p.name.endswith(".gold.json"))


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(app, list(args), input=stdin)


def summary(result: Result, row: str) -> int:
    """A count from the summary table, e.g. row="documents new"."""
    found = re.search(rf"{row}\s*\W\s*(\d+)", result.stdout)
    assert found, result.stdout
    return int(found.group(1))


def row_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """Good reports around a binary file and a JSON Lines file with one malformed line."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES[0], folder / "a-good.json")
    (folder / "b-binary.json").write_bytes(b"\x00\x01\x02\xff not a report")
    good_line = json.dumps(json.loads(SAMPLES[1].read_text(encoding="utf-8")))
    (folder / "c-batch.jsonl").write_text(good_line + '\n{"id": "cut", "text": \n', encoding="utf-8")
    return folder


def test_ingest_stores_the_sample_reports(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    result = run("ingest", str(EXAMPLES), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert summary(result, "documents new") == len(SAMPLES)
    assert summary(result, "documents failed") == 0
    counts = row_counts(db)
    assert counts["documents"] == len(SAMPLES)
    reported = sum(summary(result, f"new {t} facts")
                   for t in ("event", "commitment", "agreement", "target", "indicator"))
    assert counts["facts"] == reported > 0


def test_reingesting_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    run("ingest", str(EXAMPLES), "--db", str(db))
    before = row_counts(db)
    result = run("ingest", str(EXAMPLES), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert summary(result, "documents unchanged") == len(SAMPLES)
    assert summary(result, "documents new") == 0
    assert row_counts(db) == before


def test_bad_inputs_are_reported_and_the_rest_stored(tmp_path: Path, mixed: Path) -> None:
    db = tmp_path / "demo.db"
    result = run("ingest", str(mixed), "--db", str(db))
    assert result.exit_code == 1
    assert summary(result, "documents new") == 2
    assert summary(result, "documents failed") == 2
    lines = result.stderr.splitlines()
    assert f"{mixed / 'b-binary.json'}: not a text file (binary content)" in lines
    assert any(line.startswith(f"{mixed / 'c-batch.jsonl'}:2: not valid JSON") for line in lines)
    assert "Traceback" not in result.output
    assert row_counts(db)["documents"] == 2


def test_strict_stops_at_the_first_bad_input_and_stores_nothing(tmp_path: Path, mixed: Path) -> None:
    db = tmp_path / "demo.db"
    result = run("ingest", str(mixed), "--db", str(db), "--strict")
    assert result.exit_code == 1
    assert "b-binary.json: not a text file" in result.stderr
    assert "c-batch.jsonl" not in result.stderr
    assert row_counts(db)["documents"] == 0


def test_stdin_is_read_for_a_dash(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    result = run("ingest", "-", "--db", str(db), stdin=SAMPLES[0].read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.output
    assert summary(result, "documents new") == 1


def test_a_database_that_cannot_be_opened_is_a_one_line_error(tmp_path: Path) -> None:
    result = run("ingest", str(SAMPLES[0]), "--db", str(tmp_path / "missing" / "dir" / "x.db"))
    assert result.exit_code == 3
    assert result.stderr.startswith("error: cannot open the database")
    assert len(result.stderr.strip().splitlines()) == 1
