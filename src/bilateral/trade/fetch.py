"""Official trade figures fetched from UN Comtrade with `comtradeapicall` and written as a Comtrade CSV file.

The network is touched only when ``fetch`` is called, and only with a subscription key (``$COMTRADE_KEY``).
The client is a parameter, so tests hand in a recorded response instead of the service, and the
package (with pandas, which it needs) is imported only when no client is given. The file written is
then imported like any download, so a fetch is as traceable and as idempotent as an import.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pycountry

KEY_ENV = "COMTRADE_KEY"
MAX_PERIODS = 12  # periods one request may ask for
MAX_RECORDS = 100_000  # records one request may return with a free subscription
COMTRADE_CODES = {"USA": 842, "FRA": 251, "IND": 699, "NOR": 579, "CHE": 757}
"""Where Comtrade's country codes differ from ISO 3166 numeric ones (its figures include territories)."""

Client = Callable[..., Any]
"""comtradeapicall.getFinalData: keyword arguments in, a pandas DataFrame (or None on failure) out."""


class FetchError(RuntimeError):
    """The fetch could not be made or brought nothing back."""


def fetch(reporter: str, partner: str, years: Sequence[int], *, monthly: bool = False, mirror: bool = True,
          key: str | None = None, client: Client | None = None) -> list[dict[str, Any]]:
    """Records of what ``reporter`` declares it trades with ``partner`` (and, with ``mirror``, what
    ``partner`` declares about ``reporter``) in ``years``: the totals and the HS chapters, exports and
    imports, all customs procedures and transport modes together."""
    key = key or os.environ.get(KEY_ENV)
    if not key:
        raise FetchError(f"no UN Comtrade subscription key: set {KEY_ENV} (free keys: comtradedeveloper.un.org)")
    client = client or _comtradeapicall()
    sides = [(reporter, partner), (partner, reporter)] if mirror else [(reporter, partner)]
    periods = [f"{y}{m:02d}" for y in years for m in range(1, 13)] if monthly else [str(y) for y in years]
    records: list[dict[str, Any]] = []
    for declaring, other in sides:
        for start in range(0, len(periods), MAX_PERIODS):
            chunk = ",".join(periods[start:start + MAX_PERIODS])
            data = client(subscription_key=key, typeCode="C", freqCode="M" if monthly else "A", clCode="HS",
                          period=chunk, reporterCode=str(country_code(declaring)), cmdCode="TOTAL,AG2",
                          flowCode="X,M", partnerCode=str(country_code(other)), partner2Code="0",
                          customsCode="C00", motCode="0", maxRecords=MAX_RECORDS, format_output="JSON",
                          includeDesc=True)
            if data is None:
                raise FetchError(f"UN Comtrade answered {declaring}→{other} {chunk} with an error or nothing "
                                 "(check the key, the daily quota and the network)")
            records.extend(_records(data))
    return records


def write_csv(records: Iterable[dict[str, Any]], path: Path) -> int:
    """The records as a Comtrade CSV file (columns in the service's order); the number of rows."""
    records = list(records)
    columns: dict[str, None] = {}
    for record in records:
        columns.update(dict.fromkeys(record))
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, list(columns))
        writer.writeheader()
        writer.writerows({k: _cell(v) for k, v in r.items()} for r in records)
    return len(records)


def country_code(iso3: str) -> int:
    """Comtrade's numeric code of a country (M49, as ISO 3166 numeric save a few)."""
    code = iso3.upper()
    if code in COMTRADE_CODES:
        return COMTRADE_CODES[code]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        raise FetchError(f"{iso3!r} is not an ISO3 country code")
    return int(country.numeric)


def _comtradeapicall() -> Client:
    try:
        import comtradeapicall
    except ImportError as e:
        raise FetchError(f"comtradeapicall cannot be imported ({e}); "
                         "install it with: pip install 'bilateral[comtrade]'") from e
    return comtradeapicall.getFinalData


def _records(data: Any) -> list[dict[str, Any]]:
    """A DataFrame's rows (what comtradeapicall returns) or a list of records, as dicts."""
    return data.to_dict("records") if hasattr(data, "to_dict") else [dict(r) for r in data]


def _cell(value: Any) -> Any:
    """Missing values (None, pandas' NaN) as empty cells, as the Comtrade site writes them."""
    return "" if value is None or value != value else value
