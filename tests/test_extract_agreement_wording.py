"""Signed documents reported in less common wording, and the figures beside them: short reports
written for these tests through ``extract``."""

from __future__ import annotations

import pytest

from bilateral.documents.model import Document
from bilateral.extraction import extract
from bilateral.facts.models import Agreement, Fact

PUBLISHED = "2025-04-24"


def facts(text: str, title: str | None = None) -> list[Fact]:
    return extract(Document(id="t", text=text, title=title, published=PUBLISHED))


def agreements(text: str, title: str | None = None) -> list[Agreement]:
    return [f for f in facts(text, title) if isinstance(f, Agreement)]


def test_pacts_are_signed_documents() -> None:
    [a] = agreements("Ashgabat and Baku signed six pacts on cargo and tourism during the talks.")
    assert (a.kind, a.count, a.parties) == ("agreement", 6, ["AZE", "TKM"])


@pytest.mark.parametrize("verb", ["extended", "renewed", "prolonged"])
def test_extending_a_known_document_concludes_it_again(verb: str) -> None:
    [a] = agreements(f"Kyrgyzstan has {verb} its gas transit contract with Kazakhstan for five years.")
    assert (a.kind, a.count, a.parties, a.subject) == ("contract", 1, ["KAZ", "KGZ"], "gas transit contract")


def test_extending_credit_is_no_document() -> None:
    assert agreements("Turkmenistan has extended a $300 million credit line to Afghanistan.") == []


def test_contracts_a_mission_resulted_in_are_signed() -> None:
    [a] = agreements("The business mission of Tajik textile firms in Bishkek resulted in export contracts "
                     "worth $12 million for the delivery of cotton yarn to Kyrgyzstan.")
    assert (a.kind, a.count, a.amount.value, a.subject) == ("contract", None, 12_000_000,
                                                            "delivery of cotton yarn to Kyrgyzstan")


def test_a_quoted_subject_is_the_subject() -> None:
    [a] = agreements('Kabul and Dushanbe signed a memorandum on "joint management of the Panj basin" on Monday.')
    assert (a.kind, a.subject) == ("mou", "joint management of the Panj basin")


def test_the_subject_follows_the_parties_a_document_is_between() -> None:
    [a] = agreements("The talks ended with the signing of an accord between Turkmenistan and Georgia "
                     "on road freight transit.")
    assert a.subject == "road freight transit"


def test_a_press_statement_is_no_signed_document() -> None:
    [a] = agreements("The Uzbek ministry said in a statement that the signing ceremony of the MoU on rail "
                     "freight was held in Tashkent with Kazakhstan.")
    assert (a.kind, a.subject) == ("mou", "rail freight")


def test_a_headline_pact_is_the_contract_the_body_reports() -> None:
    title = "Kabul signs pact with Tashkent on grain silos"
    found = agreements(f"{title}\n\nAn Uzbek company signed a contract with the Afghan ministry on Monday to "
                       "build two grain silos near Mazar-i-Sharif.", title)
    assert [(a.kind, a.count) for a in found] == [("contract", 1)]
