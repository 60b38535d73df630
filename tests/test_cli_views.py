"""`bilateral facts`, `events` and `brief` over the sample reports, and the errors a user can run into."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from bilateral.cli import app

VISIT = "kz-af-2025-04-zhumangarin-kabul-visit"


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def db(sample_db: str) -> str:
    return sample_db


def facts_json(db: str, *filters: str) -> list[dict]:
    result = run("facts", "--db", db, "--format", "json", *filters)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_facts_as_json(db: str) -> None:
    records = facts_json(db)
    assert records
    assert all(set(r) == {"id", "doc_id", "fact", "quote", "source"} for r in records)
    assert all(r["id"].startswith(r["doc_id"] + ":") and r["quote"] for r in records)
    assert {r["fact"]["type"] for r in records} <= {"event", "commitment", "agreement", "target", "indicator"}


def test_facts_filters(db: str) -> None:
    signed = facts_json(db, "--type", "commitment", "--stage", "signed", "--pair", "kaz-afg", "--since", "2025")
    assert signed
    for r in signed:
        assert r["fact"]["type"] == "commitment" and r["fact"]["stage"] == "signed"
        assert {"AFG", "KAZ"} <= set(r["fact"]["by"]) | set(r["fact"]["with"])
    assert len(facts_json(db, "--since", "2025")) < len(facts_json(db))


def test_facts_as_csv(db: str) -> None:
    result = run("facts", "--db", db, "--format", "csv", "--type", "agreement")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == len(facts_json(db, "--type", "agreement")) > 0
    assert all(r["type"] == "agreement" and r["quote"] and r["id"] for r in rows)
    assert any(r["amount"] and r["amount_unit"] == "USD" for r in rows)


def test_facts_table_and_events_list_ids(db: str) -> None:
    targets = facts_json(db, "--type", "target")
    table = run("facts", "--db", db, "--type", "target")
    assert table.exit_code == 0, table.output
    assert f"{len(targets)} fact(s)" in table.stdout
    assert all(r["id"] in table.stdout for r in targets)  # ids are never wrapped: they are to be copied
    events = run("events", "--db", db, "--pair", "AFG-KAZ")
    assert events.exit_code == 0, events.output
    assert f"{VISIT}:" in events.stdout


def test_pair_brief_in_markdown(db: str) -> None:
    result = run("brief", "--db", db, "--pair", "AFG-KAZ")
    assert result.exit_code == 0, result.output
    assert "## Outcomes" in result.stdout
    assert '  > "' in result.stdout  # every line cites the sentence it rests on


def test_html_brief_is_written_to_a_file(db: str, tmp_path: Path) -> None:
    out = tmp_path / "brief.html"
    result = run("brief", "--db", db, "--pair", "AFG-KAZ", "--format", "html", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "<svg" in out.read_text(encoding="utf-8")


def test_event_brief_by_fact_id_or_by_report_id(db: str) -> None:
    visit = next(r for r in facts_json(db, "--type", "event")
                 if r["doc_id"] == VISIT and r["fact"]["kind"] == "visit")
    by_fact = run("brief", "--db", db, "--event", visit["id"])
    assert by_fact.exit_code == 0, by_fact.output
    assert by_fact.stdout.startswith("# Visit of Serik Zhumangarin to Kabul")
    assert run("brief", "--db", db, "--event", VISIT).stdout == by_fact.stdout


@pytest.mark.parametrize("options", [[], ["--event", f"{VISIT}:1", "--pair", "AFG-KAZ"]])
def test_brief_needs_exactly_one_of_event_and_pair(db: str, options: list[str]) -> None:
    result = run("brief", "--db", db, *options)
    assert result.exit_code == 2
    assert result.stderr == "error: give exactly one of --event ID or --pair ISO3-ISO3\n"


@pytest.mark.parametrize(("options", "message"), [
    (["--event", "no-such-report:1"], "error: no fact with id 'no-such-report:1'"),
    (["--pair", "AFG-PAK"], "error: no facts about AFG-PAK are stored"),
])
def test_brief_of_nothing_is_a_clear_error(db: str, options: list[str], message: str) -> None:
    result = run("brief", "--db", db, *options)
    assert result.exit_code == 1
    assert result.stderr.startswith(message) and "Traceback" not in result.output


def test_bad_option_values_are_usage_errors(db: str) -> None:
    for options in (["--pair", "AFGKAZ"], ["--since", "2025-13"], ["--type", "promise"], ["--country", "K"]):
        result = run("facts", "--db", db, *options)
        assert result.exit_code == 2, options


def test_reading_a_missing_database_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    result = run("facts", "--db", str(missing))
    assert result.exit_code == 3
    assert result.stderr.startswith(f"error: no database at {missing}")
    assert not missing.exists()


def test_db_defaults_to_the_environment(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BILATERAL_DB", db)
    assert run("facts", "--format", "json").stdout == run("facts", "--db", db, "--format", "json").stdout


def test_version_and_help() -> None:
    assert run("--version").stdout.startswith("bilateral ")
    for command in ("ingest", "extract", "facts", "events", "brief"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Exit codes" in result.stdout, command
