"""Wording an analyst would write: money, quantities, dates and country names.

Views phrase facts in words, not schema codes, so a brief reads like the analyst pieces it imitates.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import cache

import pycountry

from bilateral.facts.models import Quantity

_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£"}
_CURRENCY_WORDS = {"KZT": "tenge", "RUB": "roubles", "AFN": "afghanis", "UZS": "soums", "CNY": "yuan",
                   "TMT": "manat", "PKR": "rupees", "INR": "rupees", "IRR": "rials", "TJS": "somoni",
                   "KGS": "som", "TRY": "lira", "AED": "dirhams", "SAR": "riyals"}
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_SHORT_SCALES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"))
# Where pycountry has only the formal name, the name news reports use.
_NAME_OVERRIDES = {"RUS": "Russia", "PSE": "Palestine", "COD": "DR Congo", "FSM": "Micronesia"}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def _trim(value: float, digits: int = 2) -> str:
    """1.40 -> "1.4", 500.0 -> "500": no trailing zeros, thousands separated."""
    text = f"{value:,.{digits}f}".rstrip("0").rstrip(".")
    return text or "0"


def scaled(value: float) -> str:
    """500000000 -> "500 million", 1400000000 -> "1.4 billion", 45000 -> "45,000"."""
    for size, word in _SCALES:
        if abs(value) >= size:
            return f"{_trim(value / size)} {word}"
    return _trim(value)


def money(value: float, currency: str, compact: bool = False) -> str:
    """$500 million, €2 billion, 12 billion tenge; ``compact`` ($500M) fits chart axes."""
    number = scaled(value)
    if compact:
        number = _trim(value)
        for size, suffix in _SHORT_SCALES:
            if abs(value) >= size:
                number = f"{_trim(value / size)}{suffix}"
                break
    if currency in _SYMBOLS:
        return f"{_SYMBOLS[currency]}{number}"
    return f"{number} {_CURRENCY_WORDS.get(currency, currency)}"


def quantity(q: Quantity) -> str:
    """Any schema quantity in words: money, 32%, 400, 1.2 million tonnes, 600 km."""
    code = q.code
    if q.is_money and code:
        return money(q.value, code)
    if code == "percent":
        return f"{_trim(q.value)}%"
    if code in (None, "count"):
        return scaled(q.value)
    return f"{scaled(q.value)} {code}"


@cache
def country_name(code: str) -> str:
    """ISO3 -> the common English name ("Russia", "Iran"); unknown codes are shown as given."""
    if code in _NAME_OVERRIDES:
        return _NAME_OVERRIDES[code]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def join_names(names: Iterable[str]) -> str:
    """["A", "B", "C"] -> "A, B and C"."""
    items = list(names)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def countries(codes: Iterable[str]) -> str:
    """Country names in a comma list, as written after a line: "Afghanistan, Kazakhstan"."""
    return ", ".join(country_name(c) for c in codes)


def web_url(url: str | None) -> str | None:
    """Only web links are linked: a report's URL must never become a javascript: or data: link."""
    return url if url and url.strip().lower().startswith(("http://", "https://")) else None


def parse_day(value: str | None) -> date | None:
    """A full YYYY-MM-DD date, else None (partial dates cannot be compared day by day)."""
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def human_date(value: str, short: bool = False) -> str:
    """2025-04-21 -> "21 April 2025" ("21 Apr 2025" when ``short``, for stage histories), 2025-04 ->
    "April 2025"; anything else is shown as given."""
    parts = value.split("-")
    if len(parts) not in (2, 3) or not all(p.isdigit() for p in parts) or not 1 <= int(parts[1]) <= 12:
        return value
    name = _MONTHS[int(parts[1]) - 1]
    month = f"{name[:3] if short else name} {parts[0]}"
    return f"{int(parts[2])} {month}" if len(parts) == 3 else month


def date_range(first: str | None, last: str | None) -> str:
    """One date, or "21 April 2025 – 23 April 2025"; "not stated" when there is none."""
    if first is None or last is None:
        return "not stated"
    if first == last:
        return human_date(first)
    return f"{human_date(first)} – {human_date(last)}"
