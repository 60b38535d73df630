"""A thread's derived state: stage history with its sentences, amounts, conflicts, silence, statuses."""

from __future__ import annotations

from bilateral.facts.models import Agreement, Commitment, Indicator, Quantity
from bilateral.facts.record import FactRecord
from bilateral.tracking.state import derive
from bilateral.tracking.threads import Thread


def record(doc: str, fact, published: str | None, quote: str = "They said so.") -> FactRecord:
    return FactRecord(id=f"{doc}:1", doc_id=doc, fact=fact, quote=quote, published=published)


def railway(stage: str, amount: float | None = 500e6) -> Commitment:
    return Commitment(kind="investment", stage=stage, by=["KAZ"], with_=["AFG"], object="Herat railway",
                      amount=Quantity(value=amount, currency="USD") if amount else None, sector="transport",
                      evidence=(0, 5))


def test_stage_history_moves_forward_with_the_sentence_that_moved_it() -> None:
    members = [record("apr", railway("intent"), "2025-04-22", "Kazakhstan is ready to invest."),
               record("may", railway("intent"), "2025-05-02", "Kazakhstan is still ready to invest."),
               record("jul", railway("signed", None), "2025-07-11", "A memorandum on the line was signed.")]
    state = derive(Thread("t", "commitment", members), as_of="2025-07-11")
    assert [(s.stage, s.date, s.record.quote) for s in state.history] == [
        ("intent", "2025-04-22", "Kazakhstan is ready to invest."),
        ("signed", "2025-07-11", "A memorandum on the line was signed.")]
    assert state.stage == "signed"
    assert state.amount == Quantity(value=500e6, currency="USD")
    assert state.iati_status == 2 and state.aiddata_status == "Commitment"
    assert not state.summable  # the memorandum names no sum: the $500 million is still only offered
    members.append(record("aug", railway("signed"), "2025-08-01", "The $500 million loan agreement was signed."))
    assert derive(Thread("t", "commitment", members), as_of="2025-08-01").summable


def test_a_pledge_is_shown_but_not_summable() -> None:
    state = derive(Thread("t", "commitment", [record("a", railway("pledged"), "2025-04-22")]), as_of="2025-04-22")
    assert state.amount is not None and not state.summable and state.aiddata_status == "Pledge"


def test_a_report_of_a_halt_marks_the_thread_stalled() -> None:
    members = [record("a", railway("signed"), "2024-01-10"),
               record("b", railway("signed"), "2024-06-01", "Work on the line has stalled over funding.")]
    state = derive(Thread("t", "commitment", members), as_of="2024-06-01")
    assert state.stage == "stalled" and state.iati_status == 6


def test_reports_that_disagree_on_the_amount_are_a_conflict_with_both_sources() -> None:
    members = [record("a", railway("intent", 500e6), "2025-04-22"),
               record("b", railway("pledged", 550e6), "2025-07-11")]
    state = derive(Thread("t", "commitment", members), as_of="2025-07-11")
    assert len(state.conflicts) == 1
    conflict = state.conflicts[0]
    assert (conflict.first.doc_id, conflict.second.doc_id) == ("a", "b") and conflict.what == "amount"
    assert [a.amount.value for a in state.amounts] == [500e6, 550e6]


def test_indicator_values_for_one_year_that_disagree_are_a_conflict() -> None:
    def turnover(value: float) -> Indicator:
        return Indicator(metric="trade_turnover", value=Quantity(value=value, unit="USD"), period="2022",
                         parties=["AFG", "KAZ"], evidence=(0, 5))
    same = derive(Thread("t", "indicator", [record("a", turnover(1e9), "2023-04-17"),
                                            record("b", turnover(1.004e9), "2023-08-04")]), as_of="2023-08-04")
    differ = derive(Thread("t", "indicator", [record("a", turnover(1e9), "2023-04-17"),
                                              record("b", turnover(987.9e6), "2023-08-04")]), as_of="2023-08-04")
    assert not same.conflicts and len(differ.conflicts) == 1 and differ.conflicts[0].what == "trade turnover in 2022"


def test_silence_after_twelve_months_without_a_report_unless_done() -> None:
    pledge = Thread("t", "commitment", [record("a", railway("pledged"), "2023-04-17")])
    assert derive(pledge, as_of="2024-06-01").silent
    assert not derive(pledge, as_of="2024-03-01").silent
    assert not derive(pledge, as_of="2024-06-01", silence_months=24).silent
    done = Thread("t", "commitment", [record("a", railway("done"), "2023-04-17")])
    assert not derive(done, as_of="2025-06-01").silent


def test_an_agreement_thread_is_signed_and_labelled_by_its_subject() -> None:
    deal = Agreement(kind="agreement", count=20, amount=Quantity(value=140e6, currency="USD"), parties=["AFG", "KAZ"],
                     subject="trade contracts between private companies", evidence=(0, 5))
    state = derive(Thread("t", "agreement", [record("a", deal, "2025-04-23")]), as_of="2025-04-23")
    assert state.stage == "signed" and state.label == "trade contracts between private companies"
