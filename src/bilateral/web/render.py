"""The page templates: Jinja2 with autoescaping always on, since nearly every value shown comes from a
report, and the filters that word figures and dates as briefs do."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, PackageLoader, StrictUndefined
from starlette.responses import HTMLResponse

from bilateral.views.text import country_name, human_date, money, quantity, web_url

_PLAIN = re.compile(r"[A-Za-z0-9._:~-]*")
ENV = Environment(loader=PackageLoader("bilateral.web", "templates"), autoescape=True, undefined=StrictUndefined,
                  trim_blocks=True, lstrip_blocks=True, auto_reload=False)


def _money(value: float | None, unit: str | None) -> str:
    if value is None:
        return ""
    if unit and len(unit) == 3 and unit.isupper():
        return money(value, unit)
    return f"{value:,.0f} {unit or ''}".strip()


def _date(value: str | None) -> str:
    return human_date(value) if value else "undated"


def _part(value: object) -> str:
    """An id as one segment of a link's path; ids are nearly always plain, and quoting is slow."""
    text = str(value)
    return text if _PLAIN.fullmatch(text) else quote(text, safe="")


def _query(params: dict[str, Any], **changes: Any) -> str:
    """The query string of the current page with some parameters changed (pagination links)."""
    merged = {k: v for k, v in {**params, **changes}.items() if v not in (None, "")}
    return "?" + urlencode(merged) if merged else "?"


ENV.filters.update(part=_part, money=_money, date=_date, country=country_name,
                   quantity=quantity, web_url=web_url,
                   pair_names=lambda pair: " – ".join(country_name(c) for c in pair))
ENV.globals["query"] = _query


def page(template: str, status_code: int = 200, headers: dict[str, str] | None = None,
         **context: Any) -> HTMLResponse:
    return HTMLResponse(ENV.get_template(template).render(**context), status_code=status_code, headers=headers)
