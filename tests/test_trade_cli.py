"""`bilateral trade import`, `series` and `progress` over the sample data, and the errors a user can meet."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from bilateral.cli import app

EXAMPLES = Path(__file__).parents[1] / "examples"
SAMPLE = EXAMPLES / "trade" / "kaz-afg-comtrade.csv"


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("trade") / "demo.db")
    assert run("ingest", str(EXAMPLES / "reports"), "--db", path).exit_code == 0
    result = run("trade", "import", str(SAMPLE), "--db", path)
    assert result.exit_code == 0, result.output
    return path


def test_sample_progress_by_hand(db: str) -> None:
    result = run("trade", "progress", "--db", db, "--pair", "KAZ-AFG", "--target", "3e9", "--by", "2030", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["pair"], data["reporter"]) == ("AFG-KAZ", "KAZ")  # Afghanistan's side is not in the file
    # Kazakhstan's exports + imports with Afghanistan, as examples/trade/README.md sources them
    assert data["series"] == {"2021": 474_300_000, "2022": 987_900_000, "2023": 567_000_000, "2024": 545_200_000}
    assert (data["latest_year"], data["latest_value"], data["target"], data["by"]) == (
        2024, 545_200_000, 3_000_000_000, 2030)
    assert data["share_of_target"] == 0.181733  # 545.2 / 3000 = 0.1817333…
    assert data["required_cagr"] == 0.328702  # (3000 / 545.2) ** (1 / 6) - 1 = 5.50257 ** (1/6) - 1
    assert data["mirror"] == {}
    assert data["target_thread"] is not None  # the $3 billion the reports restate
    stated = [f for f in data["reported_figures"] if f["period"] == 2024 and f["value"] == 545_200_000]
    assert stated and not stated[0]["flagged"] and stated[0]["source"]


def test_reimport_is_a_noop(db: str) -> None:
    result = run("trade", "import", str(SAMPLE), "--db", db)
    assert result.exit_code == 0 and "imported before" in result.stdout


def test_progress_and_series_tables(db: str) -> None:
    result = run("trade", "progress", "--db", db, "--pair", "AFG-KAZ", "--target", "3e9", "--by", "2030")
    assert result.exit_code == 0, result.output
    assert "reached 18.2%" in result.stdout and "needs 32.9% a year" in result.stdout
    series = run("trade", "series", "--db", db, "--pair", "AFG-KAZ")
    assert series.exit_code == 0 and "$545.2M" in series.stdout and "no mirror" in series.stdout


def test_import_names_bad_lines_and_keeps_the_good_files(tmp_path: Path, comtrade_file: Callable[..., Path]) -> None:
    good = comtrade_file([("KAZ", "UZB", "X", "2023", 10, cmd) for cmd in ("10", "27", "87")], "g.csv")
    bad = comtrade_file([("KAZ", "UZB", "M", "2023", "ten")], "b.csv")
    db = str(tmp_path / "t.db")
    result = run("trade", "import", str(bad), str(good), "--db", db)
    assert result.exit_code == 1
    assert f"error: {bad}:2: primaryValue 'ten' is not a number" in result.stderr
    sectors = run("trade", "series", "--db", db, "--pair", "KAZ-UZB", "--by-sector")
    assert sectors.exit_code == 0, sectors.output
    assert all(s in sectors.stdout for s in ("agriculture", "energy", "transport"))


def test_usage_and_missing_data_errors(db: str, tmp_path: Path) -> None:
    assert run("trade", "progress", "--db", str(tmp_path / "none.db"), "--pair", "AFG-KAZ").exit_code == 3
    missing = run("trade", "progress", "--db", db, "--pair", "AFG-UZB")
    assert missing.exit_code == 1 and "bilateral trade import" in missing.stderr
    assert run("trade", "series", "--db", db, "--pair", "AFG-UZB").exit_code == 1
    assert run("trade", "progress", "--db", db, "--pair", "AFGKAZ").exit_code == 2
    assert run("trade", "progress", "--db", db, "--pair", "AFG-KAZ", "--target", "-1").exit_code == 2
    assert run("trade", "import", str(tmp_path / "absent.csv"), "--db", db).exit_code == 1
