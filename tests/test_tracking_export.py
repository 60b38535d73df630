"""Thread exports: the threads.json contract, CSV, IATI and AidData records."""

from __future__ import annotations

import csv
import io

from bilateral.facts.models import Commitment, Event, Quantity
from bilateral.facts.record import FactRecord
from bilateral.tracking.export import activity_records, threads_csv, threads_json
from bilateral.tracking.state import derive
from bilateral.tracking.threads import Thread

PLEDGE = Commitment(kind="investment", stage="pledged", by=["KAZ"], with_=["AFG"], object="Herat railway",
                    amount=Quantity(value=500e6, currency="USD"), sector="transport", evidence=(4, 40))
VISIT = Event(kind="visit", date="2025-04-21", place="Kabul", parties=["AFG", "KAZ"], persons=["Serik Zhumangarin"],
              evidence=(0, 30))


def states():
    pledge = Thread("com-1", "commitment", [FactRecord("a:1", "a", PLEDGE, "Kazakhstan pledged.", "A report",
                                                       "https://example.org/a", "2025-07-11")])
    visit = Thread("eng-1", "engagement", [FactRecord("b:1", "b", VISIT, "He arrived.", None, None, "2025-04-22")])
    return [derive(pledge, "2025-07-11"), derive(visit, "2025-07-11")]


def test_threads_json_keeps_the_contract_shape() -> None:
    data = threads_json(states())
    first = data["threads"][0]
    assert set(first) == {"id", "kind", "label", "countries", "stage", "amount", "members"}
    assert first["amount"] == {"value": 500000000, "currency": "USD"} and first["countries"] == ["AFG", "KAZ"]
    assert first["members"] == [{"doc_id": "a", "type": "commitment", "evidence": [4, 40], "date": "2025-07-11",
                                 "stage": "pledged"}]
    assert data["threads"][1]["members"][0]["stage"] is None


def test_csv_has_one_row_per_thread_with_statuses() -> None:
    rows = list(csv.DictReader(io.StringIO(threads_csv(states()))))
    assert [r["id"] for r in rows] == ["com-1", "eng-1"]
    assert rows[0]["iati_activity_status"] == "1" and rows[0]["aiddata_status"] == "Pledge"
    assert rows[0]["summable"] == "False" and rows[0]["amount"] == "500000000"


def test_activity_records_cover_undertakings_only() -> None:
    records = activity_records(states())
    assert len(records) == 1
    record = records[0]
    assert record["activity_status"] == {"code": 1, "name": "Pipeline/identification"}
    assert record["sources"][0]["url"] == "https://example.org/a"
