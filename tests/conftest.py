"""Shared fixtures: small UN Comtrade CSV files written for the trade tests."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

COMTRADE_COLUMNS = ("typeCode", "freqCode", "refYear", "refMonth", "period", "reporterISO", "partnerISO", "flowCode",
                    "cmdCode", "cmdDesc", "primaryValue", "fobvalue", "cifvalue", "netWgt", "isReported")


def _row(reporter: str, partner: str, flow: str, period: str, value: float | str, cmd: str = "TOTAL",
         extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """A row as Comtrade writes it: refYear and refMonth (52 for a whole year) follow from the period."""
    return {"typeCode": "C", "freqCode": "M" if len(period) == 6 else "A", "refYear": period[:4],
            "refMonth": str(int(period[4:])) if len(period) == 6 else "52", "period": period,
            "reporterISO": reporter, "partnerISO": partner, "flowCode": flow, "cmdCode": cmd,
            "cmdDesc": "All Commodities" if cmd == "TOTAL" else f"HS {cmd}", "primaryValue": value,
            "fobvalue": value if flow == "X" else "", "cifvalue": value if flow == "M" else "", "netWgt": "",
            "isReported": "True", **(extra or {})}


@pytest.fixture
def comtrade_file(tmp_path: Path) -> Callable[..., Path]:
    """Write rows as a Comtrade CSV file in the test's folder. A row is (reporter, partner, flow, period,
    value[, cmdCode[, {other column: value}]]), e.g. ("KAZ", "AFG", "X", "2023", 547e6)."""
    def write(specs: list[tuple[Any, ...]], name: str = "trade.csv", delimiter: str = ",") -> Path:
        rows = [_row(*spec) for spec in specs]
        path = tmp_path / name
        columns = list(dict.fromkeys([*COMTRADE_COLUMNS, *(k for r in rows for k in r)]))
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, columns, delimiter=delimiter, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        return path
    return write


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The sample reports ingested once into a store that read-only tests share."""
    from typer.testing import CliRunner

    from bilateral.cli import app

    path = tmp_path_factory.mktemp("sample") / "demo.db"
    reports = Path(__file__).parents[1] / "examples" / "reports"
    assert CliRunner().invoke(app, ["ingest", str(reports), "--db", str(path)]).exit_code == 0
    return str(path)
