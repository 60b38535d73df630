"""`bilateral threads` and `bilateral thread` over the sample reports."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from bilateral.cli import app


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def db(sample_db: str) -> str:
    return sample_db


def exported(db: str, tmp_path: Path) -> dict:
    out = tmp_path / "threads.json"
    result = run("threads", "--db", db, "--out", str(out))
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))


def test_threads_json_has_the_contract_shape_and_every_fact_once(db: str, tmp_path: Path) -> None:
    data = exported(db, tmp_path)
    assert all(set(t) == {"id", "kind", "label", "countries", "stage", "amount", "members"} for t in data["threads"])
    members = [(m["doc_id"], tuple(m["evidence"]), m["type"]) for t in data["threads"] for m in t["members"]]
    with sqlite3.connect(db) as connection:
        stored = connection.execute("select count(*) from facts").fetchone()[0]
    assert len(members) == stored
    assert all(set(m) == {"doc_id", "type", "evidence", "date", "stage"} for t in data["threads"] for m in t["members"])


def test_the_railway_thread_goes_from_intent_in_april_to_signed_in_july(db: str, tmp_path: Path) -> None:
    railway = [t for t in exported(db, tmp_path)["threads"]
               if t["kind"] == "commitment" and "Torghundi" in t["label"] and t["amount"]]
    assert len(railway) == 1
    thread = railway[0]
    assert thread["stage"] == "signed" and thread["amount"] == {"value": 500000000, "currency": "USD"}
    assert len({m["doc_id"] for m in thread["members"]}) >= 3  # April visit, April protocol, July memorandum
    stages = [(m["date"][:7], m["stage"]) for m in thread["members"] if m["stage"]]
    assert ("2025-04", "intent") in stages and any(d == "2025-07" for d, _ in stages)
    shown = run("thread", thread["id"], "--db", db)
    assert shown.exit_code == 0
    assert "intent (2025-04" in shown.stdout and "signed (2025-0" in shown.stdout


def test_filters_and_csv(db: str) -> None:
    result = run("threads", "--db", db, "--type", "commitment", "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and {r["kind"] for r in rows} == {"commitment"}
    assert {r["aiddata_status"] for r in rows if r["stage"] == "intent"} == {"Pledge"}
    signed = run("threads", "--db", db, "--stage", "signed", "--format", "json")
    assert {t["stage"] for t in json.loads(signed.stdout)["threads"]} == {"signed"}


def test_activity_records_map_to_iati_and_aiddata(db: str) -> None:
    records = json.loads(run("threads", "--db", db, "--format", "activities").stdout)
    assert records and all(r["activity_status"]["code"] in (1, 2, 4, 5, 6) for r in records)
    assert {r["aiddata_status"] for r in records} <= {"Pledge", "Commitment", "Implementation", "Completion",
                                                     "Cancelled", "Suspended", None}


def test_unknown_thread_and_bad_stage_are_clear_errors(db: str) -> None:
    missing = run("thread", "nope", "--db", db)
    assert missing.exit_code == 1 and "no thread 'nope'" in missing.stderr
    assert run("threads", "--db", db, "--stage", "finished").exit_code == 2
