"""Linking facts of many reports into threads: spelling variants, amounts, engagements, blocks."""

from __future__ import annotations

from bilateral.facts.models import Agreement, Commitment, Event, Indicator, Quantity, Target
from bilateral.facts.record import FactRecord
from bilateral.tracking.names import key_stems, normalise
from bilateral.tracking.threads import link

USD = "USD"


def record(doc: str, n: int, fact, published: str | None = None, quote: str = "a sentence") -> FactRecord:
    return FactRecord(id=f"{doc}:{n}", doc_id=doc, fact=fact, quote=quote, published=published)


def commitment(obj: str, stage: str = "intent", amount: float | None = None, kind: str = "construction",
               by: tuple[str, ...] = ("KAZ",), sector: str = "transport") -> Commitment:
    return Commitment(kind=kind, stage=stage, by=list(by), with_=["AFG"] if by == ("KAZ",) else [],
                      amount=Quantity(value=amount, currency=USD) if amount else None, object=obj, sector=sector,
                      evidence=(0, 10))


def thread_of(threads, fact_id: str):
    return next(t for t in threads if any(r.id == fact_id for r in t.members))


def test_spelling_variants_of_a_place_resolve_to_one_key() -> None:
    assert normalise("Towrgondi") == normalise("Turgundi") == normalise("Torghundi") == "torghundi"
    assert normalise("Торгунди") == "torghundi"
    assert key_stems("115km Towrgondi–Herat railway") >= {"torgh", "herat", "railw"}


def test_one_railway_across_reports_and_spellings_is_one_thread() -> None:
    records = [
        record("a", 1, commitment("railway from Torghundi to Herat", kind="investment", amount=500e6), "2025-04-22"),
        record("b", 1, commitment("Turgundi–Herat railway line", stage="signed"), "2025-07-11"),
        record("c", 1, commitment("a logistics company in Herat", kind="establishment"), "2025-04-22"),
    ]
    threads = link(records)
    assert thread_of(threads, "a:1") is thread_of(threads, "b:1")
    assert thread_of(threads, "c:1") is not thread_of(threads, "a:1")
    assert sum(len(t.members) for t in threads) == len(records)  # each fact in exactly one thread


def test_the_same_amount_links_only_compatible_undertakings() -> None:
    records = [
        record("a", 1, commitment("the northern railway", kind="investment", amount=500e6), "2025-04-22"),
        record("b", 1, commitment("funding for the project", kind="finance", amount=500e6, sector="other"),
               "2025-07-11"),
        record("c", 1, commitment("wheat and flour deliveries", kind="supply", amount=500e6, sector="agriculture"),
               "2023-08-04"),
    ]
    threads = link(records)
    assert thread_of(threads, "a:1") is thread_of(threads, "b:1")
    assert thread_of(threads, "c:1") is not thread_of(threads, "a:1")


def test_countries_are_blocks_nothing_links_across_pairs() -> None:
    uzb = Commitment(kind="construction", stage="intent", by=["UZB"], with_=["AFG"], object="Herat railway",
                     evidence=(0, 5))
    records = [record("a", 1, commitment("Herat railway")), record("b", 1, uzb)]
    assert len(link(records)) == 2


def test_a_target_restated_in_several_reports_is_one_thread_and_its_roadmap_joins_it() -> None:
    target = Target(metric="trade_turnover", value=Quantity(value=3e9, unit=USD), parties=["AFG", "KAZ"],
                    evidence=(0, 40))
    roadmap = Agreement(kind="roadmap", count=1, parties=["AFG", "KAZ"], subject="raise trade to $3 billion",
                        evidence=(0, 40))
    records = [record("a", 1, target, "2023-04-17"), record("b", 1, target, "2025-04-22"),
               record("b", 2, roadmap, "2025-04-22"),
               record("c", 1, Target(metric="trade_turnover", value=Quantity(value=1e9, unit=USD),
                                     parties=["AFG", "KAZ"], evidence=(0, 5)), "2025-01-01")]
    threads = link(records)
    three = thread_of(threads, "a:1")
    assert {r.id for r in three.members} == {"a:1", "b:1", "b:2"}
    assert three.kind == "agreement"


def test_trade_turnover_figures_of_a_pair_form_one_series() -> None:
    def turnover(value: float, period: str) -> Indicator:
        return Indicator(metric="trade_turnover", value=Quantity(value=value, unit=USD), period=period,
                         parties=["AFG", "KAZ"], evidence=(0, 5))
    records = [record("a", 1, turnover(987.9e6, "2022")), record("b", 1, turnover(545.2e6, "2024"))]
    assert len(link(records)) == 1


def test_one_visit_reported_twice_is_one_engagement_and_a_visit_two_years_earlier_is_not() -> None:
    def visit(day: str | None, person: str = "Serik Zhumangarin") -> Event:
        return Event(kind="visit", date=day, place="Kabul", parties=["AFG", "KAZ"], persons=[person],
                     evidence=(0, 5))
    records = [
        record("a", 1, visit("2025-04-21")),
        record("a", 2, Event(kind="meeting", date="2025-04-21", place="Kabul", parties=["AFG", "KAZ"],
                             persons=["Zhumangarin", "Abdul Ghani Baradar"], evidence=(6, 9))),
        record("b", 1, visit(None, "S. Jumangarin"), "2025-04-25"),
        record("c", 1, visit("2023-04-15"), "2023-04-17"),
    ]
    threads = link(records)
    assert {r.id for r in thread_of(threads, "a:1").members} == {"a:1", "a:2", "b:1"}
    assert len(thread_of(threads, "c:1").members) == 1


def test_the_same_words_about_other_places_or_things_stay_apart() -> None:
    records = [
        record("a", 1, commitment("logistics centre in Herat", kind="establishment"), "2025-04-22"),
        record("b", 1, commitment("logistics centre in Mazar", kind="establishment"), "2025-05-01"),
        record("c", 1, commitment("Torghundi–Herat railway"), "2025-04-22"),
        record("d", 1, commitment("Torghundi–Herat road"), "2025-05-01"),
        record("e", 1, commitment("Khaf–Herat railway"), "2025-05-01"),
        record("f", 1, commitment("flights between Kabul and Astana", kind="facilitation"), "2025-05-01"),
        record("g", 1, commitment("flights between Kabul and Almaty", kind="facilitation"), "2025-05-02"),
    ]
    assert all(len(t.members) == 1 for t in link(records))


def test_a_nameless_sum_joins_the_one_named_undertaking_of_that_sum_only() -> None:
    one = [record("a", 1, commitment("Torghundi railway", kind="investment", amount=500e6), "2025-04-22"),
           record("b", 1, commitment("funding for the project", kind="finance", amount=500e6, sector="other"),
                  "2025-07-11")]
    assert len(link(one)) == 1
    two = [*one, record("c", 1, commitment("Herat airport", kind="investment", amount=500e6), "2025-05-01")]
    assert thread_of(link(two), "b:1") is not thread_of(link(two), "a:1")
