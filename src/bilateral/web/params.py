"""Query parameters shared by the API and the pages, checked once. An empty value (an HTML form's "any")
means no filter; a wrong one is a 422 that names the parameter."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated

from fastapi import HTTPException, Query

from bilateral.facts.models import FACT_TYPES, SECTORS, STAGES
from bilateral.web.search import FactQuery

THREAD_KINDS = ("commitment", "agreement", "target", "indicator", "engagement")
THREAD_STAGES = (*STAGES, "stalled", "cancelled")
MAX_LIMIT = 500
_DATE = re.compile(r"\d{4}(-\d{2}){0,2}")

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="items per page")]
Offset = Annotated[int, Query(ge=0, description="items to skip")]


def _bad(name: str, message: str) -> HTTPException:
    return HTTPException(422, f"{name}: {message}")


def choice(name: str, value: str | None, allowed: tuple[str, ...]) -> str | None:
    if not value:
        return None
    if value not in allowed:
        raise _bad(name, f"{value!r} is not one of {', '.join(allowed)}")
    return value


def pair_of(value: str | None, name: str = "pair") -> tuple[str, str] | None:
    """"afg-kaz" -> ("AFG", "KAZ"): two different ISO3 codes, sorted as facts store them."""
    if not value:
        return None
    codes = value.strip().upper().split("-")
    if len(codes) != 2 or not all(len(c) == 3 and c.isascii() and c.isalpha() for c in codes) or codes[0] == codes[1]:
        raise _bad(name, f"{value!r} is not two different ISO3 country codes, like AFG-KAZ")
    first, second = sorted(codes)
    return first, second


def country_of(value: str | None) -> str | None:
    if not value:
        return None
    code = value.strip().upper()
    if not (len(code) == 3 and code.isascii() and code.isalpha()):
        raise _bad("country", f"{value!r} is not an ISO3 country code, like KAZ")
    return code


def date_of(name: str, value: str | None) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date."""
    if not value:
        return None
    try:
        if _DATE.fullmatch(value):
            date.fromisoformat((value + "-01-01")[:10])
            return value
    except ValueError:
        pass
    raise _bad(name, f"{value!r} is not a date YYYY, YYYY-MM or YYYY-MM-DD")


def fact_query(
    type: Annotated[str | None, Query(description=f"one of {', '.join(FACT_TYPES)}")] = None,
    pair: Annotated[str | None, Query(description="two ISO3 codes, e.g. AFG-KAZ")] = None,
    country: Annotated[str | None, Query(description="an ISO3 code the fact concerns")] = None,
    stage: Annotated[str | None, Query(description=f"commitment stage: {', '.join(STAGES)}")] = None,
    sector: Annotated[str | None, Query(description=f"one of {', '.join(SECTORS)}")] = None,
    since: Annotated[str | None, Query(description="facts dated on or after: YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(description="facts dated on or before: YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    q: Annotated[str | None, Query(max_length=500, description="words the quoted sentence must hold")] = None,
) -> FactQuery:
    """The facts filters, as a dependency."""
    return FactQuery(type=choice("type", type, FACT_TYPES), pair=pair_of(pair), country=country_of(country),
                     stage=choice("stage", stage, STAGES), sector=choice("sector", sector, SECTORS),
                     since=date_of("since", since), until=date_of("until", until), q=(q or "").strip() or None)
