"""Fetching from UN Comtrade with a fake client: never the network.

The recorded answer (tests/data/comtrade/) has the shape of the service's final-data answer, given as the
list of records that fetch also takes (comtradeapicall's DataFrame needs pandas, an optional extra); its
figures are Kazakhstan's published ones (examples/trade/README.md),
written by hand, not captured from the service. Afghanistan's side answers with no records, as it does.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import bilateral.trade.fetch
from bilateral.cli import app
from bilateral.storage import Store
from bilateral.trade.comtrade import import_file
from bilateral.trade.fetch import FetchError, country_code, fetch, write_csv

RECORDED = Path(__file__).parent / "data" / "comtrade" / "kaz-afg-2022-2023.json"


class FakeComtrade:
    """Answers like comtradeapicall.getFinalData: KAZ's records for KAZ→AFG, an empty frame otherwise."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def __call__(self, **params: Any) -> list[dict[str, Any]]:
        self.calls.append(params)
        records = json.loads(RECORDED.read_text())["data"] if params["reporterCode"] == "398" else []
        periods = params["period"].split(",")
        return [r for r in records if r["period"] in periods]


def test_fetch_asks_for_both_sides_and_the_file_imports(tmp_path: Path) -> None:
    client = FakeComtrade()
    records = fetch("KAZ", "AFG", range(2022, 2024), key="secret", client=client)
    assert [(c["reporterCode"], c["partnerCode"], c["period"]) for c in client.calls] == [
        ("398", "4", "2022,2023"), ("4", "398", "2022,2023")]
    first = client.calls[0]
    assert (first["subscription_key"], first["freqCode"], first["cmdCode"], first["flowCode"]) == (
        "secret", "A", "TOTAL,AG2", "X,M")
    assert len(records) == 4
    path = tmp_path / "fetched.csv"
    assert write_csv(records, path) == 4
    assert ",," in path.read_text()  # missing values are empty cells
    with Store(tmp_path / "f.db") as store:
        done, reading = import_file(store, path)
        assert (done.rows, reading.warnings()) == (4, [])
        values = {(f.flow, f.year): f.value for f in store.trade_flows(("AFG", "KAZ"))}
    assert values == {("X", 2022): 978.8e6, ("M", 2022): 9.1e6, ("X", 2023): 547e6, ("M", 2023): 20e6}


def test_monthly_periods_are_asked_twelve_at_a_time() -> None:
    client = FakeComtrade()
    fetch("KAZ", "AFG", [2022, 2023], monthly=True, mirror=False, key="k", client=client)
    assert [c["period"].split(",")[0] for c in client.calls] == ["202201", "202301"]
    assert all(len(c["period"].split(",")) == 12 and c["freqCode"] == "M" for c in client.calls)


def test_fetch_needs_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COMTRADE_KEY", raising=False)
    with pytest.raises(FetchError, match="COMTRADE_KEY"):
        fetch("KAZ", "AFG", [2023], client=FakeComtrade())


def test_a_failed_request_is_an_error() -> None:
    with pytest.raises(FetchError, match="KAZ→AFG 2023"):
        fetch("KAZ", "AFG", [2023], key="k", client=lambda **_: None)


def test_country_codes() -> None:
    assert (country_code("KAZ"), country_code("afg"), country_code("USA")) == (398, 4, 842)
    with pytest.raises(FetchError):
        country_code("XYZ")


def test_the_command_writes_and_imports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMTRADE_KEY", "k")
    monkeypatch.setattr(bilateral.trade.fetch, "_comtradeapicall", FakeComtrade)
    out = tmp_path / "kaz.csv"
    result = CliRunner().invoke(app, ["trade", "fetch", "--reporter", "kaz", "--partner", "AFG", "--years",
                                      "2022-2023", "--out", str(out), "--db", str(tmp_path / "f.db")])
    assert result.exit_code == 0, result.output
    assert "Fetched 4 record(s)" in result.stdout and out.exists()
    monkeypatch.delenv("COMTRADE_KEY")
    result = CliRunner().invoke(app, ["trade", "fetch", "--reporter", "KAZ", "--partner", "AFG", "--years", "2023",
                                      "--db", str(tmp_path / "f.db")])
    assert result.exit_code == 1 and "COMTRADE_KEY" in result.stderr
    bad = CliRunner().invoke(app, ["trade", "fetch", "--reporter", "KAZ", "--partner", "AFG", "--years", "2024-2019"])
    assert bad.exit_code == 2
