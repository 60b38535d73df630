"""Facts as JSON Lines: one ``{"doc_id", "facts"}`` object a line, as ../shared/docs/facts.md says."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import ValidationError

from bilateral.facts.models import FACT_ADAPTER, Fact


class FactsFormatError(ValueError):
    """A facts line or fact that does not follow the schema; the message names where and which field."""


def parse_fact(data: object, where: str) -> Fact:
    """Validate one fact; errors name the document (``where``) and the field."""
    try:
        return FACT_ADAPTER.validate_python(data)
    except ValidationError as e:
        problems = "; ".join(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in e.errors())
        raise FactsFormatError(f"{where}: {problems}") from None


def parse_facts_line(line: str, where: str) -> tuple[str, list[Fact]]:
    """One JSON Lines record -> (doc_id, facts)."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise FactsFormatError(f"{where}: not valid JSON ({e.msg} at column {e.colno})") from None
    if not isinstance(obj, dict) or not isinstance(obj.get("doc_id"), str) or not isinstance(
            obj.get("facts"), list):
        raise FactsFormatError(f'{where}: expected an object {{"doc_id": "...", "facts": [...]}}')
    doc_id = obj["doc_id"]
    facts = [parse_fact(f, f"{where}: document {doc_id}: fact #{i}") for i, f in enumerate(obj["facts"])]
    return doc_id, facts


def read_facts(path: Path) -> Iterator[tuple[str, list[Fact]]]:
    """Stream (doc_id, facts) from a facts JSON Lines file; blank lines are skipped."""
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                yield parse_facts_line(line, f"{path}:{n}")


def facts_line(doc_id: str, facts: Iterable[Fact]) -> str:
    """The JSON Lines record for one document (no trailing newline)."""
    return json.dumps({"doc_id": doc_id, "facts": [f.to_json() for f in facts]}, ensure_ascii=False)
