"""UN Comtrade CSV files (the site's downloads, `comtradeapicall` output) read into rows for the store.

Files are streamed a row at a time with the csv module, so a million rows need no more memory than a
few thousand. A bad row stops the import of its file, naming the line and the reason, and nothing of
the file is stored; rows that are merely not wanted (another partner than a country, a breakdown by
transport mode, a repeated row) are skipped and counted in warnings.
"""

from __future__ import annotations

import csv
import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any, TextIO

import pycountry

from bilateral.storage import Store
from bilateral.storage.trade import TradeImport

REQUIRED = ("refYear", "period", "reporterISO", "partnerISO", "flowCode", "cmdCode", "primaryValue")
OPTIONAL = ("refMonth", "cmdDesc", "fobvalue", "cifvalue", "netWgt")
TOTALS_ONLY = {"typeCode": {"", "C"}, "partner2Code": {"", "0"}, "customsCode": {"", "C00"}, "motCode": {"", "0"}}
"""Columns that break a figure down further (goods vs services, second partner, customs procedure, mode of
transport) and the values that mean "all": other rows are parts of a total and would count twice."""
FLOWS = frozenset({"X", "M", "RX", "RM"})
DELIMITERS = (",", ";", "\t", "|")
MAX_ERRORS = 10
SHOWN_LINES = 5
COUNTRIES = frozenset(c.alpha_3 for c in pycountry.countries)

_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")         # 1,234,567.8
_GROUPED_COMMA = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")   # 1.234.567,8
_DECIMAL_COMMA = re.compile(r"\d+,\d+")                         # 1234,5
_SPACES = str.maketrans("", "", " \u00a0\u202f'")              # 1 234 567, 1'234'567
_CODE = re.compile(r"TOTAL|\d{1,12}")


class TradeFileError(ValueError):
    """A file that cannot be imported; each problem names the file and line. Nothing of it is stored."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class _RowError(ValueError):
    """A bad value in one row; the reader adds the file and line."""


@dataclass
class Reading:
    """What reading one file found besides the rows it yields: counts, and why rows were skipped."""

    path: Path
    read: int = 0
    kept: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    first_lines: dict[str, list[int]] = field(default_factory=dict)

    def skip(self, reason: str, line: int) -> None:
        self.skipped[reason] += 1
        self.first_lines.setdefault(reason, [])
        if len(self.first_lines[reason]) < SHOWN_LINES:
            self.first_lines[reason].append(line)

    def warnings(self) -> list[str]:
        """One line per reason, with the count and the first lines it applies to."""
        out = []
        for reason, count in self.skipped.items():
            lines = ", ".join(map(str, self.first_lines[reason])) + (", …" if count > SHOWN_LINES else "")
            out.append(f"{self.path}: {count} row(s) skipped, {reason} (line {lines})")
        return out


def import_file(store: Store, path: Path) -> tuple[TradeImport, Reading]:
    """Import one Comtrade CSV file into ``store`` in one transaction. Raises TradeFileError."""
    reading = Reading(path)
    try:
        digest = file_hash(path)
    except OSError as e:
        raise TradeFileError([f"{path}: cannot read ({e.strerror or e})"]) from e
    return store.import_trade(str(path), digest, read_comtrade(path, reading)), reading


def file_hash(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(1 << 20):
            sha.update(block)
    return sha.hexdigest()


def read_comtrade(path: Path, reading: Reading) -> Iterator[dict[str, Any]]:
    """The file's rows as ``trade_flows`` columns. After the last row, raises TradeFileError if any row
    was bad (up to MAX_ERRORS are reported together); rows stop being yielded at the first bad one."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            yield from _rows(f, path, reading)
    except UnicodeDecodeError as e:
        raise TradeFileError([f"{path}: not UTF-8 text ({e.reason} at byte {e.start})"]) from e
    except OSError as e:
        raise TradeFileError([f"{path}: cannot read ({e.strerror or e})"]) from e


def _rows(f: TextIO, path: Path, reading: Reading) -> Iterator[dict[str, Any]]:
    header_line = f.readline()
    delimiter = _delimiter(header_line)
    reader = csv.reader(chain([header_line], f), delimiter=delimiter)
    header = next(reader, [])
    columns = _columns(header, path, delimiter)
    parse = _RowParser(columns, decimal_comma=delimiter == ";")
    seen: dict[int, tuple[int, float]] = {}
    errors: list[str] = []
    for fields in reader:
        line = reader.line_num
        if not any(fields):
            continue
        reading.read += 1
        try:
            if len(fields) != len(header):
                raise _RowError(f"{len(fields)} fields where the header has {len(header)} "
                                f"(delimiter {delimiter!r}; a value with a delimiter in it needs quotes)")
            row = parse(fields)
            if isinstance(row, str):
                reading.skip(row, line)
                continue
            # The hash of the key, not the key, keeps a million rows in little memory; two keys sharing
            # a 64-bit hash in one file is a chance of about 1 in 10^7.
            key = hash((row["reporter"], row["partner"], row["flow"], row["period"], row["cmd_code"]))
            earlier = seen.get(key)
            if earlier is not None:
                if earlier[1] != row["value_usd"]:
                    raise _RowError(f"same reporter, partner, flow, period and cmdCode as line {earlier[0]} with "
                                    f"another primaryValue ({row['value_usd']:g} against {earlier[1]:g})")
                reading.skip("repeating an earlier row", line)
                continue
            seen[key] = (line, row["value_usd"])
        except _RowError as e:
            errors.append(f"{path}:{line}: {e}")
            if len(errors) >= MAX_ERRORS:
                errors.append(f"{path}: stopped after {MAX_ERRORS} errors")
                break
            continue
        if not errors:
            reading.kept += 1
            yield row
    if errors:
        raise TradeFileError(errors)


def _delimiter(header_line: str) -> str:
    """The delimiter under which the header names most required columns. Sniffing character counts
    (csv.Sniffer) is fooled by commodity descriptions full of commas; the header we need is not."""
    def score(delimiter: str) -> int:
        names = {n.strip().lower() for n in next(csv.reader([header_line], delimiter=delimiter), [])}
        return sum(name.lower() in names for name in REQUIRED)
    return max(DELIMITERS, key=score)


def _columns(header: list[str], path: Path, delimiter: str) -> dict[str, int]:
    """Column name (lower case) -> position; a clear error naming every required column missing."""
    columns: dict[str, int] = {}
    for i, name in enumerate(header):
        columns.setdefault(name.strip().lower(), i)
    missing = [name for name in REQUIRED if name.lower() not in columns]
    if missing:
        hint = (f" (the header reads as {len(header)} column(s) with delimiter {delimiter!r}: "
                "is it a Comtrade CSV file, separated by commas, semicolons or tabs?)" if len(header) < 3 else "")
        raise TradeFileError([f"{path}: missing required column(s) {', '.join(missing)}{hint}"])
    return columns


class _RowParser:
    """Turns one row's fields into ``trade_flows`` columns, or a reason to skip it; raises _RowError."""

    def __init__(self, columns: dict[str, int], decimal_comma: bool) -> None:
        self.at = {name: columns[name.lower()] for name in REQUIRED}
        self.optional = {name: columns.get(name.lower()) for name in OPTIONAL}
        self.filters = [(name, columns[name.lower()], allowed) for name, allowed in TOTALS_ONLY.items()
                        if name.lower() in columns]
        self.decimal_comma = decimal_comma

    def __call__(self, fields: list[str]) -> dict[str, Any] | str:
        at = self.at
        for name, i, allowed in self.filters:
            value = fields[i].strip()
            if value not in allowed:
                return f"{name} {value} (a part of the total, not the total)"
        reporter, partner = fields[at["reporterISO"]].strip().upper(), fields[at["partnerISO"]].strip().upper()
        for role, code in (("reporterISO", reporter), ("partnerISO", partner)):
            if code not in COUNTRIES:
                return f"{role} {code or '(empty)'} is not an ISO 3166 country code"
        flow = fields[at["flowCode"]].strip().upper()
        if flow not in FLOWS:
            if flow.isalpha():
                return f"flowCode {flow} (only X, M, RX and RM are kept)"
            raise _RowError(f"flowCode {flow or '(empty)'!r} is not a flow code such as X or M")
        period, year, month = self._period(fields)
        code = fields[at["cmdCode"]].strip().upper()
        if not _CODE.fullmatch(code):
            raise _RowError(f"cmdCode {code or '(empty)'!r} is neither TOTAL nor an HS code")
        value = self._number(fields, "primaryValue")
        if value is None:
            raise _RowError("primaryValue is empty")
        desc_at = self.optional["cmdDesc"]
        return {"reporter": reporter, "partner": partner, "flow": flow, "year": year, "month": month,
                "period": period, "cmd_code": code,
                "cmd_desc": (fields[desc_at].strip() or None) if desc_at is not None else None,
                "value_usd": value, "fob": self._number(fields, "fobvalue"), "cif": self._number(fields, "cifvalue"),
                "net_weight": self._number(fields, "netWgt")}

    def _period(self, fields: list[str]) -> tuple[str, int, int | None]:
        """period is YYYY (a year) or YYYYMM (a month); refYear and refMonth must agree with it."""
        period = _whole(fields[self.at["period"]])
        if not (period.isdigit() and len(period) in (4, 6)):
            raise _RowError(f"period {period or '(empty)'!r} is not YYYY or YYYYMM")
        year, month = int(period[:4]), int(period[4:]) if len(period) == 6 else None
        if month is not None and not 1 <= month <= 12:
            raise _RowError(f"period {period!r} has no month {month}")
        ref_year = _whole(fields[self.at["refYear"]])
        if ref_year != period[:4]:
            raise _RowError(f"refYear {ref_year or '(empty)'!r} does not match period {period}")
        month_at = self.optional["refMonth"]
        if month is not None and month_at is not None:
            ref_month = _whole(fields[month_at])
            if ref_month and (not ref_month.isdigit() or int(ref_month) != month):
                raise _RowError(f"refMonth {ref_month!r} does not match period {period}")
        return period, year, month

    def _number(self, fields: list[str], name: str) -> float | None:
        i = self.at.get(name, self.optional.get(name))
        if i is None:
            return None
        text = fields[i]
        try:
            value = parse_number(text, self.decimal_comma)
        except ValueError:
            raise _RowError(f"{name} {text.strip()!r} is not a number") from None
        if value is not None and value < 0:
            raise _RowError(f"{name} {text.strip()} is negative")
        return value


def parse_number(text: str, decimal_comma: bool = False) -> float | None:
    """A figure as people write it: 1234567, 1.2e6, "1,234,567", 1 234 567; with ``decimal_comma``
    (semicolon-separated files, as European spreadsheets write them) also 1.234.567,8 and 1234,5.
    None for an empty cell; ValueError for anything else."""
    s = text.strip()
    if not s:
        return None
    try:
        value = float(s)
    except ValueError:
        value = _grouped(s, decimal_comma)
    if "_" in s or not math.isfinite(value):  # float() also takes 1_000, nan and inf
        raise ValueError(s)
    return value


def _grouped(s: str, decimal_comma: bool) -> float:
    sign, digits = ("-", s[1:]) if s.startswith("-") else ("", s)
    digits = digits.translate(_SPACES)
    if decimal_comma and (_DECIMAL_COMMA.fullmatch(digits) or _GROUPED_COMMA.fullmatch(digits)):
        return float(sign + digits.replace(".", "").replace(",", "."))
    if _GROUPED.fullmatch(digits):
        return float(sign + digits.replace(",", ""))
    return float(sign + digits)  # raises ValueError unless only spaces were in the way


def _whole(text: str) -> str:
    """A year or period as written, also when a spreadsheet or pandas made it 2022.0."""
    s = text.strip()
    return s[:-2] if s.endswith(".0") else s
