"""Speed of `bilateral trade import` (issue 6): a generated UN Comtrade CSV file into a fresh SQLite store.

    python bench/trade_import.py [--rows 1000000] [--keep DIR]

The file has Comtrade's 47 columns and distinct rows: 30 reporters × their 29 partners × exports and
imports × 2019–2024 × the total and 96 HS chapters, cut at --rows. It is written in a temporary folder
(or --keep DIR), then imported by the real command in a child process, so the time and the peak memory
(the child's maximum resident set) are what a user sees. The import of the same file again, a no-op,
is timed too. Prints rows/s and peak memory; exit status 1 if the store does not hold every row.
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COLUMNS = ("typeCode", "freqCode", "refPeriodId", "refYear", "refMonth", "period", "reporterCode", "reporterISO",
           "reporterDesc", "flowCode", "flowDesc", "partnerCode", "partnerISO", "partnerDesc", "partner2Code",
           "partner2ISO", "partner2Desc", "classificationCode", "classificationSearchCode", "isOriginalClassification",
           "cmdCode", "cmdDesc", "aggrLevel", "isLeaf", "customsCode", "customsDesc", "mosCode", "motCode", "motDesc",
           "qtyUnitCode", "qtyUnitAbbr", "qty", "isQtyEstimated", "altQtyUnitCode", "altQtyUnitAbbr", "altQty",
           "isAltQtyEstimated", "netWgt", "isNetWgtEstimated", "grossWgt", "isGrossWgtEstimated", "cifvalue",
           "fobvalue", "primaryValue", "legacyEstimationFlag", "isReported", "isAggregate")
COUNTRIES = ("AFG", "KAZ", "UZB", "TKM", "TJK", "KGZ", "PAK", "IND", "IRN", "CHN", "RUS", "TUR", "ARE", "SAU", "AZE",
             "GEO", "ARM", "BLR", "UKR", "DEU", "FRA", "ITA", "GBR", "USA", "JPN", "KOR", "MNG", "QAT", "OMN", "EGY")
CODES = ["TOTAL"] + [f"{n:02d}" for n in range(1, 98) if n != 77]
YEARS = range(2019, 2025)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="write the file and the store here and keep them")
    args = parser.parse_args(argv)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        return _bench(args.keep, args.rows)
    with tempfile.TemporaryDirectory() as folder:
        return _bench(Path(folder), args.rows)


def _bench(folder: Path, rows: int) -> int:
    path, db = folder / "comtrade.csv", folder / "trade.db"
    db.unlink(missing_ok=True)
    started = time.perf_counter()
    written = _generate(path, rows)
    print(f"file       {written:,} rows, {path.stat().st_size / 1e6:,.0f} MB, written in "
          f"{time.perf_counter() - started:.1f} s ({path})")
    command = [sys.executable, "-m", "bilateral", "trade", "import", str(path), "--db", str(db)]
    seconds = _timed(command)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # kB on Linux
    again = _timed(command)
    with sqlite3.connect(db) as con:
        stored = con.execute("SELECT count(*) FROM trade_flows").fetchone()[0]
    print(f"import     {seconds:.1f} s, {written / seconds:,.0f} rows/s, peak memory {peak_mb:,.0f} MB "
          f"(the whole `bilateral trade import` process)")
    print(f"again      {again:.1f} s (the same file: recognised by its hash, nothing written)")
    print(f"store      {stored:,} rows in trade_flows, {db.stat().st_size / 1e6:,.0f} MB")
    print(f"python     {sys.version.split()[0]}; target: 1,000,000 rows in under 60 s")
    return 0 if stored == written else 1


def _generate(path: Path, rows: int) -> int:
    rng = random.Random(6)
    names = {code: f"Country {code}" for code in COUNTRIES}
    written = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(COLUMNS)
        for reporter in COUNTRIES:
            for partner in COUNTRIES:
                if partner == reporter:
                    continue
                for flow in ("X", "M"):
                    for year in YEARS:
                        for code in CODES:
                            if written == rows:
                                return written
                            value = rng.randrange(1_000, 50_000_000_000) / 10
                            writer.writerow(_row(reporter, partner, flow, year, code, value, names))
                            written += 1
    return written


def _row(reporter: str, partner: str, flow: str, year: int, code: str, value: float,
         names: dict[str, str]) -> list[object]:
    total = code == "TOTAL"
    return ["C", "A", f"{year}0101", year, 52, year, 0, reporter, names[reporter], flow,
            "Export" if flow == "X" else "Import", 0, partner, names[partner], 0, "W00", "World", "H6", "HS", True,
            code, "All Commodities" if total else f"Chapter {code}", 0 if total else 2, not total, "C00", "TOTAL CPC",
            0, 0, "TOTAL MOT", -1, "N/A", "", False, -1, "N/A", "", False, round(value / 400, 1), False, "", False,
            value if flow == "M" else "", value if flow == "X" else "", value, 0, True, False]


def _timed(command: list[str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"the import failed ({result.returncode}):\n{result.stderr}")
    return time.perf_counter() - started


if __name__ == "__main__":
    sys.exit(main())
