"""Typed facts, exactly as ../shared/docs/facts.md (schema v1) defines them.

Facts are immutable values: a later report adds facts, it never edits old ones.
Every fact carries its evidence, the ``[start, end]`` character span of the
sentence or clause in the document text that states it (gold facts carry a
verbatim ``quote`` instead).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    TypeAdapter,
    field_validator,
    model_serializer,
    model_validator,
)

FACT_TYPES = ("event", "commitment", "agreement", "target", "indicator")
STAGES = ("discussed", "intent", "pledged", "signed", "implementing", "done")
SECTORS = ("transport", "trade", "agriculture", "energy", "mining", "finance", "telecom", "health",
           "education", "humanitarian", "industry", "migration", "diplomacy", "other")

EventKind = Literal["visit", "meeting", "forum", "exhibition", "summit", "conference", "talks", "call"]
CommitmentKind = Literal["investment", "construction", "establishment", "supply", "purchase", "aid",
                         "finance", "training", "facilitation", "other"]
Stage = Literal["discussed", "intent", "pledged", "signed", "implementing", "done"]
Sector = Literal["transport", "trade", "agriculture", "energy", "mining", "finance", "telecom", "health",
                 "education", "humanitarian", "industry", "migration", "diplomacy", "other"]
AgreementKind = Literal["mou", "agreement", "contract", "roadmap", "other"]
TargetMetric = Literal["trade_turnover", "exports", "imports", "investment", "cargo", "other"]
IndicatorMetric = Literal["trade_turnover", "exports", "imports", "growth", "participants", "cargo", "aid",
                          "investment", "cost", "length", "other"]
Unit = Literal["percent", "count", "tonnes", "km"]


def _number(value: float) -> int | float:
    """Whole numbers are written as integers (500000000, not 500000000.0)."""
    return int(value) if float(value).is_integer() else value


class Quantity(BaseModel):
    """Money (``currency``, ISO 4217) or another quantity (``unit``: percent, count, tonnes, km or a
    currency code). Values are in whole units: 500 million is 500000000."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    value: float
    currency: str | None = None
    unit: str | None = None

    @field_validator("currency", "unit")
    @classmethod
    def _code(cls, v: str | None) -> str | None:
        return v if v is None or v in ("percent", "count", "tonnes", "km") else v.upper()

    @model_serializer
    def _compact(self) -> dict[str, int | float | str]:
        """Whole values as integers; only the currency or unit that is given."""
        out: dict[str, int | float | str] = {"value": _number(self.value)}
        if self.currency is not None:
            out["currency"] = self.currency
        if self.unit is not None:
            out["unit"] = self.unit
        return out

    @property
    def code(self) -> str | None:
        """The currency or unit, whichever is given (gold targets give a currency as ``unit``)."""
        return self.currency or self.unit

    @property
    def is_money(self) -> bool:
        code = self.code
        return code is not None and len(code) == 3 and code.isupper()


Span = tuple[int, int]


def _year_string(v: object) -> str | None:
    """2030, 2030.0 and "2030" are all the year "2030"."""
    if v is None:
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)


def _is_partial_date(v: str) -> bool:
    parts = v.split("-")
    widths = [4, 2, 2][: len(parts)]
    return 1 <= len(parts) <= 3 and all(p.isdigit() and len(p) == w for p, w in zip(parts, widths, strict=False))


def _countries(v: list[str] | None) -> list[str]:
    """ISO3 codes upper-cased, de-duplicated and sorted, as the schema wants."""
    return sorted({c.strip().upper() for c in v or [] if c and c.strip()})


Countries = Annotated[list[str], BeforeValidator(_countries)]
Year = Annotated[str | None, BeforeValidator(_year_string)]


class FactBase(BaseModel):
    """Fields every fact shares: its evidence and, for gold facts, the quote."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    evidence: Span | None = None
    quote: str | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _has_evidence(self) -> FactBase:
        if self.evidence is None and not self.quote:
            raise ValueError("a fact needs evidence [start, end] or a quote")
        if self.evidence is not None and not 0 <= self.evidence[0] <= self.evidence[1]:
            raise ValueError(f"evidence {list(self.evidence)} is not a span [start, end] with 0 <= start <= end")
        return self

    def evidence_text(self, text: str) -> str:
        """The sentence or clause that states this fact."""
        if self.evidence is not None:
            return text[self.evidence[0]:self.evidence[1]]
        return self.quote or ""

    def countries(self) -> list[str]:
        """Every country this fact concerns, sorted. (Fields are read from ``__dict__``: a type
        without a field then costs a dictionary miss, not pydantic's slow attribute error.)"""
        codes: set[str] = set()
        for name in ("parties", "by", "with_"):
            codes.update(self.__dict__.get(name) or ())
        return sorted(codes)

    def to_json(self) -> dict:
        """The fact as the interchange format writes it: type first, quote and note only when given."""
        data = self.model_dump(mode="json", by_alias=True)
        for name in ("quote", "note"):
            if data[name] is None:
                del data[name]
        if data["evidence"] is None:
            del data["evidence"]
        return {"type": data.pop("type"), **data}


class Event(FactBase):
    type: Literal["event"] = "event"
    kind: EventKind
    date: str | None = None
    place: str | None = None
    parties: Countries = Field(default_factory=list)
    persons: list[str] = Field(default_factory=list)


    @field_validator("persons", mode="before")
    @classmethod
    def _persons(cls, v: list[str] | None) -> list[str]:
        return list(v or [])

    @field_validator("date")
    @classmethod
    def _date(cls, v: str | None) -> str | None:
        if v is not None and not _is_partial_date(v):
            raise ValueError(f"date {v!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
        return v


class Commitment(FactBase):
    type: Literal["commitment"] = "commitment"
    kind: CommitmentKind = "other"
    stage: Stage
    by: Countries = Field(default_factory=list)
    with_: Countries = Field(default_factory=list, alias="with")
    amount: Quantity | None = None
    object: str | None = None
    sector: Sector | None = None

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True, serialize_by_alias=True)



class Agreement(FactBase):
    type: Literal["agreement"] = "agreement"
    kind: AgreementKind = "agreement"
    count: int | None = None
    amount: Quantity | None = None
    parties: Countries = Field(default_factory=list)
    subject: str | None = None



class Target(FactBase):
    type: Literal["target"] = "target"
    metric: TargetMetric
    value: Quantity
    year: Year = None
    parties: Countries = Field(default_factory=list)



class Indicator(FactBase):
    type: Literal["indicator"] = "indicator"
    metric: IndicatorMetric
    value: Quantity
    period: Year = None
    parties: Countries = Field(default_factory=list)



Fact = Annotated[Event | Commitment | Agreement | Target | Indicator, Field(discriminator="type")]
FACT_ADAPTER: TypeAdapter[Fact] = TypeAdapter(Fact)
