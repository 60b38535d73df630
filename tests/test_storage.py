"""The Store: facts come back as they went in, re-adding is harmless, failures leave nothing behind."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from bilateral.documents.model import Document
from bilateral.facts.models import Agreement, Commitment, Event, Fact, Indicator, Quantity, Target
from bilateral.facts.record import FactRecord
from bilateral.storage import DocumentConflictError, Store
from bilateral.storage import store as store_module
from bilateral.storage.tables import CountryRow, DocumentRow, FactRow

KABUL = (
    "Kazakh Trade Minister Serik Zhumangarin visited Kabul on 12 April 2025. "
    "Kazakhstan pledged to invest $500 million in the Torghundi–Herat railway. "
    "The sides signed 5 memorandums on trade and transport. "
    "They aim to raise trade turnover to $3 billion by 2030. "
    "Trade between the countries reached $545 million in 2024. "
    "Afghanistan asked for flour supplies."
)
TASHKENT = (
    "Uzbek and Afghan officials met in Tashkent. "
    "Uzbekistan signed a contract to build a power line to Afghanistan."
)
UNDATED = "Kazakhstan and Uzbekistan exchanged 1200 tonnes of cargo."


def span(text: str, sentence: str) -> tuple[int, int]:
    start = text.index(sentence)
    return start, start + len(sentence)


def usd(value: float) -> Quantity:
    return Quantity(value=value, currency="USD")


def kabul() -> tuple[Document, list[Fact]]:
    doc = Document(id="kabul", text=KABUL, title="Visit to Kabul", url="https://example.org/kabul",
                   published="2025-04-27", source="kabul.json")
    s = KABUL.split(". ")
    facts: list[Fact] = [
        Event(kind="visit", date="2025-04-12", place="Kabul", parties=["AFG", "KAZ"],
              persons=["Serik Zhumangarin"], evidence=span(KABUL, s[0] + ".")),
        Commitment(kind="investment", stage="pledged", by=["KAZ"], with_=["AFG"], amount=usd(500e6),
                   object="Torghundi–Herat railway", sector="transport", evidence=span(KABUL, s[1] + ".")),
        Agreement(kind="mou", count=5, parties=["KAZ", "AFG"], subject="trade and transport",
                  evidence=span(KABUL, s[2] + ".")),
        Target(metric="trade_turnover", value=usd(3e9), year=2030, parties=["AFG", "KAZ"],
               evidence=span(KABUL, s[3] + ".")),
        Indicator(metric="trade_turnover", value=usd(545e6), period="2024", parties=["AFG", "KAZ"],
                  evidence=span(KABUL, s[4] + ".")),
        Commitment(kind="supply", stage="discussed", with_=["AFG"], object="flour",
                   quote="Afghanistan asked for flour supplies", note="a gold fact: quote, no span"),
    ]
    return doc, facts


def tashkent() -> tuple[Document, list[Fact]]:
    doc = Document(id="tashkent", text=TASHKENT, published="2024-01-10")
    facts: list[Fact] = [
        Event(kind="meeting", place="Tashkent", parties=["AFG", "UZB"], evidence=(0, 43)),
        Commitment(kind="construction", stage="signed", by=["UZB"], with_=["AFG"], object="power line",
                   sector="energy", evidence=(44, len(TASHKENT))),
    ]
    return doc, facts


def undated() -> tuple[Document, list[Fact]]:
    doc = Document(id="undated", text=UNDATED)
    return doc, [Indicator(metric="cargo", value=Quantity(value=1200, unit="tonnes"), parties=["KAZ", "UZB"],
                           evidence=(0, len(UNDATED)))]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "facts.db"


@pytest.fixture
def filled(db: Path) -> Iterator[Store]:
    store = Store(db)
    for doc, facts in (kabul(), tashkent(), undated()):
        assert store.add(doc, facts)
    yield store
    store.close()


def table_counts(db: Path) -> dict[str, int]:
    """Rows in every table, read with plain sqlite3 so nothing the Store caches can hide a leftover."""
    tables = ("documents", "facts", "evidence", "countries", "fact_countries", "persons", "fact_persons")
    with sqlite3.connect(db) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_all_five_types_round_trip_through_a_file(db: Path) -> None:
    doc, facts = kabul()
    with Store(db) as store:
        assert store.add(doc, facts) is True
    with Store(db) as store:  # a fresh connection: nothing comes from memory
        records = store.facts(doc_id="kabul")
        assert store.document("kabul") == doc
    assert [r.fact for r in records] == facts
    assert {r.fact.type for r in records} == {"event", "commitment", "agreement", "target", "indicator"}
    assert [r.id for r in records] == [f"kabul:{n}" for n in range(1, 7)]
    assert records[1].quote == "Kazakhstan pledged to invest $500 million in the Torghundi–Herat railway."
    assert records[5].quote == "Afghanistan asked for flour supplies"
    assert (records[0].doc_title, records[0].doc_url, records[0].published) == (
        "Visit to Kabul", "https://example.org/kabul", "2025-04-27")


def test_in_memory_store_round_trips() -> None:
    doc, facts = tashkent()
    with Store("sqlite://") as store:
        assert store.add(doc, facts)
        assert [r.fact for r in store.facts()] == facts
        assert store.fact("tashkent:2").quote == TASHKENT[44:]
        assert store.fact("tashkent:3") is None
        assert store.document("nope") is None


def test_adding_the_same_text_again_changes_nothing(filled: Store, db: Path) -> None:
    before = table_counts(db)
    doc, facts = kabul()
    assert filled.has(doc)
    assert filled.add(doc, facts) is False
    same_text = Document(id="kabul-copy", text=KABUL)
    assert filled.has(same_text)
    assert filled.add(same_text, facts[:1]) is False
    assert table_counts(db) == before
    assert filled.count_documents() == 3
    assert filled.document("kabul-copy") is None


def test_a_new_text_under_a_stored_id_is_refused(filled: Store, db: Path) -> None:
    before = table_counts(db)
    changed = Document(id="kabul", text=KABUL + " A late correction.")
    assert not filled.has(changed)
    with pytest.raises(DocumentConflictError, match="'kabul'"):
        filled.add(changed, [])
    assert table_counts(db) == before
    assert filled.document("kabul") == kabul()[0]


def test_a_failure_half_way_leaves_nothing_behind(filled: Store, db: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    before = table_counts(db)
    doc = Document(id="moscow", text="Russia and Kazakhstan met in Moscow.", published="2025-05-01")
    facts = [Event(kind="meeting", place="Moscow", parties=["KAZ", "RUS"], persons=["Ivan Petrov"],
                   evidence=(0, 36))]

    def broken(session: Session, names: set[str]) -> dict[str, int]:
        # persons are written last: the document, its facts and a new country are in by now
        assert session.get(DocumentRow, "moscow") is not None
        assert session.get(FactRow, "moscow:1") is not None
        assert session.get(CountryRow, "RUS") is not None
        raise RuntimeError("disk full")

    monkeypatch.setattr(store_module, "_person_ids", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        filled.add(doc, facts)
    assert table_counts(db) == before
    assert not filled.has(doc)
    assert filled.facts(doc_id="moscow") == []
    assert len(filled.facts(doc_id="kabul")) == 6

    monkeypatch.undo()
    assert filled.add(doc, facts)
    assert [r.fact for r in filled.facts(doc_id="moscow")] == facts


def ids(records: list[FactRecord]) -> list[str]:
    return [r.id for r in records]


def test_filters(filled: Store) -> None:
    assert ids(filled.facts(type="commitment")) == ["kabul:2", "kabul:6", "tashkent:2"]
    assert ids(filled.facts(country="uzb")) == ["tashkent:1", "tashkent:2", "undated:1"]
    assert ids(filled.facts(pair=("KAZ", "AFG"))) == [f"kabul:{n}" for n in range(1, 6)]
    assert ids(filled.facts(pair=("kaz", "uzb"))) == ["undated:1"]
    assert ids(filled.facts(stage="signed")) == ["tashkent:2"]
    assert ids(filled.facts(type="commitment", country="AFG", stage="discussed")) == ["kabul:6"]
    assert ids(filled.facts(doc_id="undated")) == ["undated:1"]
    assert filled.facts(type="target", country="UZB") == []


def test_since_uses_the_fact_date_else_the_publication_date(filled: Store) -> None:
    # kabul:5 is the 2024 indicator; tashkent has no fact dates and was published 2024-01-10;
    # the undated report has neither and never passes a date filter
    assert ids(filled.facts(since="2025-01-01")) == ["kabul:1", "kabul:2", "kabul:3", "kabul:4", "kabul:6"]
    assert ids(filled.facts(since="2024-06")) == [f"kabul:{n}" for n in range(1, 7)]
    assert ids(filled.facts(since="2024-01-10")) == [*(f"kabul:{n}" for n in range(1, 7)),
                                                     "tashkent:1", "tashkent:2"]
    assert ids(filled.facts(type="target", since="2030")) == ["kabul:4"]
    assert filled.facts(since="2031") == []


def test_documents_newest_first_and_counts(filled: Store) -> None:
    assert [d.id for d in filled.documents()] == ["kabul", "tashkent", "undated"]
    assert [d.id for d in filled.documents(limit=1, offset=1)] == ["tashkent"]
    assert filled.count_documents() == 3
    assert filled.counts_by_type() == {"event": 2, "commitment": 3, "agreement": 1, "target": 1,
                                       "indicator": 2}
