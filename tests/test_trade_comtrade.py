"""Reading UN Comtrade CSV files: the formats met in practice, every bad input named by its line, and
imports that are all-or-nothing and never store a figure twice."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

import bilateral.storage.trade
from bilateral.storage import Store
from bilateral.trade.comtrade import Reading, TradeFileError, import_file, parse_number, read_comtrade

HEADER = "refYear,refMonth,period,reporterISO,partnerISO,flowCode,cmdCode,cmdDesc,primaryValue,fobvalue,cifvalue,netWgt"


def read(path: Path) -> tuple[list[dict], Reading]:
    reading = Reading(path)
    return list(read_comtrade(path, reading)), reading


def write(tmp_path: Path, text: str, name: str = "t.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems(path: Path) -> str:
    with pytest.raises(TradeFileError) as caught:
        read(path)
    return str(caught.value)


def counts(db: Path) -> tuple[int, int]:
    with sqlite3.connect(db) as con:
        return (con.execute("SELECT count(*) FROM trade_flows").fetchone()[0],
                con.execute("SELECT count(*) FROM imports").fetchone()[0])


def test_annual_and_monthly_rows_with_extra_columns(comtrade_file: Callable[..., Path]) -> None:
    path = comtrade_file([("KAZ", "AFG", "X", "2023", 547e6, "TOTAL", {"motDesc": "TOTAL MOT", "anything": "x"}),
                          ("kaz", "afg", "M", "202302", "1500000.5", "10")])
    rows, reading = read(path)
    assert rows == [
        {"reporter": "KAZ", "partner": "AFG", "flow": "X", "year": 2023, "month": None, "period": "2023",
         "cmd_code": "TOTAL", "cmd_desc": "All Commodities", "value_usd": 547e6, "fob": 547e6, "cif": None,
         "net_weight": None},
        {"reporter": "KAZ", "partner": "AFG", "flow": "M", "year": 2023, "month": 2, "period": "202302",
         "cmd_code": "10", "cmd_desc": "HS 10", "value_usd": 1500000.5, "fob": None, "cif": 1500000.5,
         "net_weight": None}]
    assert (reading.read, reading.kept, reading.warnings()) == (2, 2, [])


def test_missing_required_columns_are_named(tmp_path: Path) -> None:
    path = write(tmp_path, "refYear,period,reporterISO,partnerISO,cmdCode,netWgt\n2023,2023,KAZ,AFG,TOTAL,1\n")
    message = problems(path)
    assert "missing required column(s) flowCode, primaryValue" in message
    assert message.startswith(str(path))


def test_a_file_that_is_not_delimited_as_expected_says_so(tmp_path: Path) -> None:
    message = problems(write(tmp_path, HEADER.replace(",", " ") + "\n2023 52 2023 KAZ AFG X TOTAL a 1 1  \n"))
    assert "missing required column(s) refYear, period" in message and "1 column(s)" in message


def test_semicolons_with_decimal_commas_and_grouped_thousands(tmp_path: Path) -> None:
    text = (HEADER.replace(",", ";") + "\n"
            "2023;52;2023;KAZ;AFG;X;TOTAL;All;1.234.567,5;;;\n"
            "2023;52;2023;KAZ;AFG;M;TOTAL;All;1234,25;;;\n"
            "2022;52;2022;KAZ;AFG;X;TOTAL;All;1,234,567;;;\n")
    rows, _ = read(write(tmp_path, text))
    assert [r["value_usd"] for r in rows] == [1234567.5, 1234.25, 1234567.0]


def test_thousands_separators_in_quoted_cells(tmp_path: Path) -> None:
    text = HEADER + '\n2023,52,2023,KAZ,AFG,X,TOTAL,"Wheat, meslin","1,234,567","1,234,567.5",,"12 500"\n'
    rows, _ = read(write(tmp_path, text))
    assert (rows[0]["value_usd"], rows[0]["fob"], rows[0]["net_weight"], rows[0]["cmd_desc"]) == (
        1234567.0, 1234567.5, 12500.0, "Wheat, meslin")


@pytest.mark.parametrize(("row", "reason"), [
    ("2023,52,2023,KAZ,AFG,X,TOTAL,All,,,,", "primaryValue is empty"),
    ("2023,52,2023,KAZ,AFG,X,TOTAL,All,-5,,,", "primaryValue -5 is negative"),
    ("2023,52,2023,KAZ,AFG,X,TOTAL,All,12abc,,,", "primaryValue '12abc' is not a number"),
    ("2023,52,2023,KAZ,AFG,X,TOTAL,All,1,,-3,", "cifvalue -3 is negative"),
    ("2023,52,2023,KAZ,AFG,X,TOTAL,All,nan,,,", "primaryValue 'nan' is not a number"),
    ("2023,52,20231,KAZ,AFG,X,TOTAL,All,1,,,", "period '20231' is not YYYY or YYYYMM"),
    ("2023,13,202313,KAZ,AFG,X,TOTAL,All,1,,,", "period '202313' has no month 13"),
    ("2022,52,2023,KAZ,AFG,X,TOTAL,All,1,,,", "refYear '2022' does not match period 2023"),
    ("2023,4,202303,KAZ,AFG,X,TOTAL,All,1,,,", "refMonth '4' does not match period 202303"),
    ("2023,52,2023,KAZ,AFG,9,TOTAL,All,1,,,", "flowCode '9' is not a flow code"),
    ("2023,52,2023,KAZ,AFG,X,ABC,All,1,,,", "cmdCode 'ABC' is neither TOTAL nor an HS code"),
    ("2023,52,2023,KAZ,AFG,X,TOTAL,All,1,,,,", "13 fields where the header has 12"),
])
def test_bad_values_are_named_with_their_line(tmp_path: Path, row: str, reason: str) -> None:
    good = "2023,52,2023,KAZ,AFG,M,TOTAL,All,1,,,"
    path = write(tmp_path, f"{HEADER}\n{good}\n{row}\n")
    assert f"{path}:3: {reason}" in problems(path)


def test_repeated_rows_are_skipped_and_conflicting_ones_refused(tmp_path: Path) -> None:
    row = "2023,52,2023,KAZ,AFG,X,TOTAL,All,100,,,"
    rows, reading = read(write(tmp_path, f"{HEADER}\n{row}\n{row}\n{row}\n"))
    assert len(rows) == 1
    assert reading.warnings() == [f"{tmp_path / 't.csv'}: 2 row(s) skipped, repeating an earlier row (line 3, 4)"]
    message = problems(write(tmp_path, f"{HEADER}\n{row}\n{row.replace('100', '200')}\n", "c.csv"))
    assert "c.csv:3: same reporter, partner, flow, period and cmdCode as line 2 with another primaryValue" in message


def test_unknown_countries_other_flows_and_breakdowns_are_skipped_with_warnings(
        comtrade_file: Callable[..., Path]) -> None:
    path = comtrade_file([("KAZ", "AFG", "X", "2023", 1),
                          ("KAZ", "W00", "X", "2023", 2),
                          ("XYZ", "AFG", "X", "2023", 3),
                          ("KAZ", "AFG", "DX", "2023", 4),
                          ("KAZ", "AFG", "M", "2023", 5, "TOTAL", {"motCode": "2100"}),
                          ("KAZ", "AFG", "M", "2023", 6, "TOTAL", {"motCode": "0"})])
    rows, reading = read(path)
    assert [r["value_usd"] for r in rows] == [1, 6]
    assert reading.warnings() == [
        f"{path}: 1 row(s) skipped, partnerISO W00 is not an ISO 3166 country code (line 3)",
        f"{path}: 1 row(s) skipped, reporterISO XYZ is not an ISO 3166 country code (line 4)",
        f"{path}: 1 row(s) skipped, flowCode DX (only X, M, RX and RM are kept) (line 5)",
        f"{path}: 1 row(s) skipped, motCode 2100 (a part of the total, not the total) (line 6)"]


def test_errors_are_gathered_up_to_a_limit(tmp_path: Path) -> None:
    bad = "\n".join(f"2023,52,2023,KAZ,AFG,X,{n},All,x,,," for n in range(10, 30))
    message = problems(write(tmp_path, f"{HEADER}\n{bad}\n"))
    assert message.count("is not a number") == 10 and message.endswith("stopped after 10 errors")


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes(f"{HEADER}\n2023,52,2023,KAZ,AFG,X,TOTAL,Bl\xe9,1,,,\n".encode("latin-1"))
    assert "not UTF-8 text" in problems(path)


@pytest.mark.parametrize(("text", "decimal_comma", "value"), [
    ("547000000", False, 547e6), ("5.47E+08", False, 547e6), (" 12 ", False, 12.0), ("", False, None),
    ("1,234,567.89", False, 1234567.89), ("1 234 567", False, 1234567.0), ("1\u00a0234", False, 1234.0),
    ("1234,5", True, 1234.5), ("1.234.567,8", True, 1234567.8), ("1,234,567", True, 1234567.0),
    ("-1,234", False, -1234.0),
])
def test_parse_number(text: str, decimal_comma: bool, value: float | None) -> None:
    assert parse_number(text, decimal_comma) == value


@pytest.mark.parametrize("text", ["1,234.5.6", "1.234.567", "1234,5", "1_000", "inf", "12,34"])
def test_parse_number_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


def test_importing_again_changes_nothing(tmp_path: Path, comtrade_file: Callable[..., Path]) -> None:
    db = tmp_path / "t.db"
    rows = [("KAZ", "AFG", flow, period, 100) for flow in ("X", "M") for period in ("2022", "2023")]
    first = comtrade_file(rows, "first.csv")
    with Store(db) as store:
        done, _ = import_file(store, first)
        assert (done.new, done.rows, done.already_stored) == (True, 4, 0)
        again, _ = import_file(store, first)
        assert (again.new, again.id, again.rows) == (False, done.id, 4)
        copy = tmp_path / "copy.csv"
        copy.write_bytes(first.read_bytes())
        assert import_file(store, copy)[0].new is False  # the same bytes under another name
        assert counts(db) == (4, 1)
        overlap = comtrade_file([*rows[2:], ("KAZ", "AFG", "X", "2024", 100)], "overlap.csv")
        done, _ = import_file(store, overlap)
        assert (done.new, done.offered, done.rows, done.already_stored) == (True, 3, 1, 2)
    assert counts(db) == (5, 2)


def test_a_failed_import_leaves_the_store_as_it_was(tmp_path: Path, comtrade_file: Callable[..., Path],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bilateral.storage.trade, "CHUNK", 2)  # so rows are written before the bad one is met
    db = tmp_path / "t.db"
    good = [("KAZ", "AFG", "X", str(year), 100) for year in range(2015, 2024)]
    path = comtrade_file([*good, ("KAZ", "AFG", "M", "2023", "n/a")])
    with Store(db) as store, pytest.raises(TradeFileError, match=r"trade.csv:11: primaryValue 'n/a'"):
        import_file(store, path)
    assert counts(db) == (0, 0)
    path.write_text(path.read_text().replace("n/a", "7"))  # fixed, the same file imports whole
    with Store(db) as store:
        assert import_file(store, path)[0].rows == 10
