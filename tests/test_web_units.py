"""The web layer's own parts: the text query, the search index's filters and the evidence highlighting."""

from __future__ import annotations

import pytest

from bilateral.facts.models import Commitment
from bilateral.facts.record import FactRecord
from bilateral.web.highlight import segments
from bilateral.web.reads import Reads
from bilateral.web.search import FactQuery, SearchIndex, match_expression
from web_support import fill_store


def test_user_text_cannot_inject_fts_syntax() -> None:
    assert match_expression('rail" OR NEAR(x y) *') == '"rail"* AND "OR"* AND "NEAR"* AND "x"* AND "y"*'
    assert match_expression("  -- !! ") is None


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    db = fill_store(tmp_path_factory.mktemp("index") / "demo.db")
    built = SearchIndex(Reads(f"sqlite:///{db}").engine)
    assert built.sync() == 8 and built.sync() == 0
    return built


def test_filters_combine_and_pages_are_stable(index: SearchIndex) -> None:
    total, ids = index.facts(FactQuery(pair=("AFG", "KAZ")), 500, 0)
    assert total == len(ids) > 50
    pair = FactQuery(pair=("AFG", "KAZ"))
    assert index.facts(pair, 5, 0)[1] + index.facts(pair, 5, 5)[1] == ids[:10]
    assert index.facts(FactQuery(q="railway", pair=("AFG", "KAZ"), type="commitment"), 50, 0)[0] > 0
    assert index.facts(FactQuery(q="railway", pair=("AFG", "USA")), 50, 0) == (0, [])
    assert index.facts(FactQuery(q="!!"), 50, 0) == (0, [])


def test_dates_compare_as_the_store_compares_them(index: SearchIndex) -> None:
    april = set(index.facts(FactQuery(since="2025-04", until="2025-04"), 500, 0)[1])
    spring = set(index.facts(FactQuery(since="2025-03-15", until="2025-05-31"), 500, 0)[1])
    assert april and april <= spring
    assert not index.facts(FactQuery(since="2030"), 500, 0)[1]


def _record(fact_id: str, span: tuple[int, int]) -> FactRecord:
    fact = Commitment(stage="pledged", evidence=span)
    return FactRecord(id=fact_id, doc_id="d", fact=fact, quote="")


def test_overlapping_evidence_is_cut_into_marked_stretches() -> None:
    text = "One. Two three. Four."
    parts = segments(text, [_record("d:1", (5, 15)), _record("d:2", (9, 21)), _record("d:3", (0, 99))])
    assert "".join(p.text for p in parts) == text
    assert [(p.text, p.facts, p.starts) for p in parts] == [
        ("One. ", ("d:3",), ("d:3",)), ("Two ", ("d:1", "d:3"), ("d:1",)),
        ("three.", ("d:1", "d:2", "d:3"), ("d:2",)), (" Four.", ("d:2", "d:3"), ())]


def test_a_document_without_facts_is_one_plain_stretch() -> None:
    assert [(p.text, p.facts) for p in segments("Plain text.", [])] == [("Plain text.", ())]
