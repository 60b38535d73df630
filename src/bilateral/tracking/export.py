"""Threads for other tools: the ``threads.json`` contract, CSV, and records in IATI's and AidData's terms.

``threads.json`` is ``{"threads": [{"id", "kind", "label", "countries", "stage", "amount",
"members": [{"doc_id", "type", "evidence", "date", "stage"}]}]}``; the scorer and other tools read
it, so its shape stays as it is.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from bilateral.facts.models import Quantity
from bilateral.tracking.state import ThreadState

CSV_COLUMNS = ("id", "kind", "label", "countries", "stage", "amount", "currency", "summable", "first_date",
               "last_date", "silent", "conflicts", "members", "iati_activity_status", "aiddata_status")
IATI_NAMES = {1: "Pipeline/identification", 2: "Implementation", 3: "Finalisation", 4: "Closed", 5: "Cancelled",
              6: "Suspended"}


def threads_json(states: Iterable[ThreadState]) -> dict:
    """The ``threads.json`` object."""
    return {"threads": [_thread(s) for s in states]}


def _thread(s: ThreadState) -> dict:
    return {
        "id": s.thread.id, "kind": s.thread.kind, "label": s.label, "countries": s.thread.countries,
        "stage": s.stage, "amount": _amount(s.amount),
        "members": [{"doc_id": r.doc_id, "type": r.fact.type,
                     "evidence": list(r.fact.evidence) if r.fact.evidence else None,
                     "date": r.date, "stage": r.fact.__dict__.get("stage")} for r in s.thread.members],
    }


def _amount(q: Quantity | None) -> dict | None:
    return None if q is None else {"value": q.model_dump()["value"], "currency": q.code}


def threads_csv(states: Iterable[ThreadState]) -> str:
    """One row a thread, the columns of ``CSV_COLUMNS``."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for s in states:
        dates = [r.date for r in s.thread.members if r.date]
        writer.writerow({
            "id": s.thread.id, "kind": s.thread.kind, "label": s.label, "countries": " ".join(s.thread.countries),
            "stage": s.stage or "", "amount": _amount(s.amount)["value"] if s.amount else "",
            "currency": s.amount.code if s.amount else "", "summable": s.summable,
            "first_date": min(dates) if dates else "", "last_date": s.last_date or "", "silent": s.silent,
            "conflicts": len(s.conflicts), "members": len(s.thread.members),
            "iati_activity_status": s.iati_status or "", "aiddata_status": s.aiddata_status or ""})
    return out.getvalue()


def activity_records(states: Iterable[ThreadState]) -> list[dict]:
    """Commitment and agreement threads as activity records: IATI's activity status (code and name),
    AidData's status, and whether the amount is safe to add up (signed or later)."""
    records = []
    for s in states:
        if s.thread.kind not in ("commitment", "agreement"):
            continue
        first = s.thread.members[0]
        records.append({
            "iati_identifier": s.thread.id, "title": s.label, "recipient_countries": s.thread.countries,
            "activity_status": {"code": s.iati_status, "name": IATI_NAMES.get(s.iati_status or 0)},
            "aiddata_status": s.aiddata_status, "amount": _amount(s.amount), "summable": s.summable,
            "start_date": first.date, "last_reported": s.last_date,
            "sources": [{"doc_id": r.doc_id, "title": r.doc_title, "url": r.doc_url, "quote": r.quote}
                        for r in s.thread.members],
        })
    return records
