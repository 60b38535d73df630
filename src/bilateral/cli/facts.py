"""`bilateral facts`: stored facts, filtered, as a table to read, JSON to process or CSV for spreadsheets."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated

import typer

from bilateral.cli.common import (
    Db,
    check_country,
    check_date,
    check_pair,
    id_table,
    open_store,
    out,
    pair_codes,
)
from bilateral.facts.models import FACT_TYPES, STAGES
from bilateral.facts.record import FactRecord

# Enums, not Literals: Typer has turned enums into choices since its first versions.
FactType = StrEnum("FactType", {name: name for name in FACT_TYPES})
Stage = StrEnum("Stage", {name: name for name in STAGES})


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


QUOTE_WIDTH = 90
CSV_COLUMNS = ("id", "doc_id", "type", "kind", "metric", "stage", "date", "year", "period", "place",
               "parties", "by", "with", "persons", "count", "amount", "amount_unit", "value", "value_unit",
               "object", "subject", "sector", "quote", "source", "published")
"""Every field of every fact type, flat: lists joined by "; ", quantities split into number and unit."""


def facts(
    db: Db = None,
    fact_type: Annotated[FactType | None, typer.Option(
        "--type", metavar="T", show_default=False, help=f"Only facts of this type: {', '.join(FACT_TYPES)}.")
    ] = None,
    country: Annotated[str | None, typer.Option(
        "--country", metavar="ISO3", callback=check_country, show_default=False,
        help="Only facts that concern this country (party, by or with), e.g. KAZ.")] = None,
    pair: Annotated[str | None, typer.Option(
        "--pair", metavar="ISO3-ISO3", callback=check_pair, show_default=False,
        help="Only facts that concern both countries, e.g. AFG-KAZ.")] = None,
    since: Annotated[str | None, typer.Option(
        "--since", metavar="DATE", callback=check_date, show_default=False,
        help="Only facts dated (else published) on or after YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    stage: Annotated[Stage | None, typer.Option(
        "--stage", metavar="S", show_default=False,
        help="Only commitments at this stage: discussed, intent, pledged, signed, implementing, done.")
    ] = None,
    output: Annotated[Format, typer.Option(
        "--format", help="table to read; json: a list of {id, doc_id, fact, quote, source}, one a line; "
        "csv: one flat row per fact.")] = Format.table,
) -> None:
    """List stored facts, newest report first, each with its id and the sentence that states it."""
    with open_store(db, create=False) as store:
        records = store.facts(type=fact_type, country=country, pair=pair_codes(pair) if pair else None,
                              since=since, stage=stage)
    {Format.table: _table, Format.json: _json, Format.csv: _csv}[output](records)


def _table(records: Sequence[FactRecord]) -> None:
    from bilateral.views.describe import describe  # the views package loads the storage layer

    table = id_table([r.id for r in records], ("date", "type", "summary", "countries", "quote"),
                     f"{len(records)} fact(s)")
    for r in records:
        quote = " ".join(r.quote.split())
        if len(quote) > QUOTE_WIDTH:
            quote = quote[:QUOTE_WIDTH - 1].rstrip() + "…"
        table.add_row(r.id, r.date or "", r.fact.type, describe(r.fact), " ".join(r.fact.countries()), quote)
    out.print(table, markup=False)


def _json(records: Sequence[FactRecord]) -> None:
    """A JSON list with one object a line, so it parses whole and still greps and diffs line by line."""
    lines = [json.dumps({"id": r.id, "doc_id": r.doc_id, "fact": r.fact.to_json(), "quote": r.quote,
                         "source": r.source}, ensure_ascii=False) for r in records]
    typer.echo("[\n" + ",\n".join(lines) + "\n]" if lines else "[]")


def _csv(records: Sequence[FactRecord]) -> None:
    writer = csv.DictWriter(sys.stdout, CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(_flat(r) for r in records)


def _flat(record: FactRecord) -> dict[str, object]:
    row: dict[str, object] = {"id": record.id, "doc_id": record.doc_id, "quote": record.quote,
                              "source": record.source, "published": record.published}
    for name, value in record.fact.to_json().items():
        if isinstance(value, dict):  # a quantity
            row[name], row[f"{name}_unit"] = value["value"], value.get("currency") or value.get("unit")
        elif isinstance(value, list):
            row[name] = "; ".join(map(str, value))
        else:
            row[name] = value
    return row
