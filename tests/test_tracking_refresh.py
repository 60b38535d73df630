"""Threads kept in the store: rebuilt for what new reports touch, every fact in exactly one thread."""

from __future__ import annotations

from pathlib import Path

from bilateral.documents.model import Document
from bilateral.facts.models import Commitment, Quantity
from bilateral.storage import Store
from bilateral.tracking.refresh import refresh_threads


def pledge(text: str, stage: str, obj: str) -> Commitment:
    return Commitment(kind="investment", stage=stage, by=["KAZ"], with_=["AFG"], object=obj,
                      amount=Quantity(value=500e6, currency="USD"), sector="transport", evidence=(0, len(text)))


def test_threads_are_rebuilt_as_reports_arrive(tmp_path: Path) -> None:
    store = Store(tmp_path / "t.db")
    april = "Kazakhstan is ready to put $500 million into the Torghundi railway."
    july = "Kazakhstan signed up to fund the Turgundi railway with $500 million."
    store.add(Document(id="apr", text=april, published="2025-04-22"), [pledge(april, "intent", "Torghundi railway")])
    assert refresh_threads(store, ["apr"]) == 1
    store.add(Document(id="jul", text=july, published="2025-07-11"), [pledge(july, "signed", "Turgundi railway")])
    refresh_threads(store, ["jul"])
    threads = store.threads(pair=("AFG", "KAZ"))
    assert len(threads) == 1
    summary, members = store.thread(threads[0].id)
    assert summary.stage == "signed" and [r.doc_id for r in members] == ["apr", "jul"]
    assert sorted(store.thread_member_ids(["apr:1"])) == ["apr:1", "jul:1"]
    assert store.threads(stage="intent") == [] and store.threads(silent=True) == []
