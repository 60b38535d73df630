"""The English frames end to end: short reports through ``extract`` to facts, one test per fact type
and per convention of the schema (../shared/docs/facts.md). Every report here is written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest

from bilateral.documents.model import Document
from bilateral.extraction import extract
from bilateral.extraction.sentences import split_sentences
from bilateral.facts.models import Agreement, Commitment, Event, Fact, Indicator, Target

PUBLISHED = "2025-04-24"  # a Thursday


def facts(text: str, published: str | None = PUBLISHED) -> list[Fact]:
    return extract(Document(id="t", text=text, published=published))


def of(found: list[Fact], kind: type) -> list:
    return [f for f in found if isinstance(f, kind)]


def one(found: list[Fact], kind: type) -> Any:
    items = of(found, kind)
    assert len(items) == 1, items
    return items[0]


def money(value: float, currency: str = "USD") -> dict:
    return {"value": value, "currency": currency}


def amount(fact: Commitment | Agreement) -> dict | None:
    return fact.amount.model_dump() if fact.amount is not None else None


def quantity(fact: Target | Indicator) -> tuple[float, str | None]:
    return (fact.value.value, fact.value.code)


# --- commitments: one per stage cue -------------------------------------------------------------


def test_commitment_intent() -> None:
    c = one(facts("Kazakhstan is ready to invest in a new grain terminal in Hairatan, Afghanistan."), Commitment)
    assert (c.kind, c.stage, c.by, c.with_, c.amount) == ("investment", "intent", ["KAZ"], ["AFG"], None)
    assert "grain terminal" in c.object


def test_commitment_intent_interested_in() -> None:
    c = one(facts("The Uzbek side is interested in exporting electricity to Afghanistan."), Commitment)
    assert (c.kind, c.stage, c.by, c.with_, c.sector) == ("supply", "intent", ["UZB"], ["AFG"], "energy")
    assert "electricity" in c.object


def test_commitment_pledged() -> None:
    c = one(facts("Uzbekistan pledged to build a power line from Surkhandarya to Pul-i-Khumri in Afghanistan."),
            Commitment)
    assert (c.kind, c.stage, c.by, c.with_, c.sector) == ("construction", "pledged", ["UZB"], ["AFG"], "energy")
    assert "power line" in c.object


@pytest.mark.parametrize("cue", ["decided to open", "agreed to open", "will open"])
def test_commitment_pledged_cues(cue: str) -> None:
    c = one(facts(f"Kazakhstan {cue} a consulate in Mazar-i-Sharif, Afghanistan."), Commitment)
    assert (c.kind, c.stage, c.by, c.with_, c.sector) == ("establishment", "pledged", ["KAZ"], ["AFG"], "diplomacy")
    assert "consulate" in c.object


def test_commitment_shared_by_both_sides_has_empty_with() -> None:
    c = one(facts("Uzbekistan and Afghanistan agreed to open a joint trade centre in Termez."), Commitment)
    assert (c.kind, c.stage, c.by, c.with_) == ("establishment", "pledged", ["AFG", "UZB"], [])


def test_institution_naming_both_sides_is_a_joint_undertaking() -> None:
    c = one(facts("The two governments are ready to set up a Tajik-Uzbek chamber of commerce in Khujand."), Commitment)
    assert (c.kind, c.by, c.with_) == ("establishment", ["TJK", "UZB"], [])
    c = one(facts("Both sides showed readiness to open correspondent accounts between Tajik banks and "
                  "Uzbekistan's national bank."), Commitment)
    assert (c.by, c.with_) == (["TJK", "UZB"], [])


def test_goods_named_by_country_are_supplied_by_it() -> None:
    c = one(facts("The parties agreed on the delivery of Uzbek cement worth $2 million to Tajikistan."), Commitment)
    assert (c.kind, c.by, c.with_) == ("supply", ["UZB"], ["TJK"])


def test_source_named_by_according_to_does_not_undertake() -> None:
    c = one(facts("According to the Tajik side, Uzbekistan has promised to commit $300 million to the Vakhsh "
                  "cascade project."), Commitment)
    assert (c.kind, c.by, c.with_) == ("investment", ["UZB"], ["TJK"])


def test_an_agreement_reached_by_the_sides_is_theirs_not_the_sources() -> None:
    c = one(facts("Tajik and Uzbek officials met in Termez. According to Uzbek minister Laziz Kudratov, an "
                  "agreement was reached on the free movement of buses between the two border regions."), Commitment)
    assert (c.kind, c.stage, c.by, c.with_) == ("facilitation", "pledged", ["TJK", "UZB"], [])


def test_preferential_treatment_is_facilitation() -> None:
    c = one(facts("The two sides agreed that Uzbekistan would grant preferential tariffs to 15 kinds of Tajik "
                  "fruit."), Commitment)
    assert (c.kind, c.stage, c.by, c.with_) == ("facilitation", "pledged", ["UZB"], ["TJK"])


def test_accounts_linking_both_sides_banks_are_joint() -> None:
    c = one(facts("Both delegations said they were prepared to open joint accounts linking several Tajik banks "
                  "with Hamkorbank of Uzbekistan."), Commitment)
    assert (c.kind, c.by, c.with_) == ("establishment", ["TJK", "UZB"], [])


def test_goods_named_by_country_are_supplied_by_it_whoever_proposes() -> None:
    found = facts("Tajik minister Daler Juma met Uzbek officials. He proposed increasing the deliveries of "
                  "Uzbek cement.")
    c = one(found, Commitment)
    assert (c.kind, c.by, c.with_) == ("supply", ["UZB"], ["TJK"])


def test_reported_subject_undertakes_not_the_speaker() -> None:
    c = one(facts("Tajik minister Daler Juma said Uzbek companies could build a cement plant in Khujand."),
            Commitment)
    assert (c.kind, c.by) == ("construction", ["UZB"])


def test_a_second_cue_joined_by_and_starts_a_new_undertaking() -> None:
    found = facts("Uzbekistan underscored the importance of enhancing the activities of its trade house in Khujand "
                  "and committed to opening a consulate in Dushanbe.")
    c = next(f for f in of(found, Commitment) if "consulate" in f.object)
    assert (c.kind, c.stage, c.object) == ("establishment", "pledged", "consulate in Dushanbe")


@pytest.mark.parametrize("join", ["with the subsequent", "followed by the"])
def test_a_later_step_joined_to_a_supply_is_an_undertaking_of_its_own(join: str) -> None:
    found = facts(f"Uzbekistan is interested in supplying its buses to Tajikistan {join} localization of "
                  "service workshops in Khujand.")
    supply, local = of(found, Commitment)
    assert (supply.kind, supply.object) == ("supply", "buses to Tajikistan")
    assert (local.kind, local.stage, local.by, local.object) == ("establishment", "intent", ["UZB"],
                                                                "service workshops in Khujand")


def test_a_step_joined_by_and_later_is_an_undertaking_of_its_own() -> None:
    found = facts("The minister said Uzbekistan was keen to sell its trucks to Tajikistan and later open "
                  "repair workshops in Khujand.")
    assert [(c.kind, c.stage, c.by) for c in of(found, Commitment)] == [
        ("supply", "intent", ["UZB"]), ("establishment", "intent", ["UZB"])]


def test_each_topic_of_a_discussed_list_is_a_commitment() -> None:
    found = facts("The sides discussed the establishment of cotton mills worth over $50 million, the creation of a "
                  "logistics complex at the Termez port, and facilitating business visas for traders.")
    assert sorted(c.kind for c in of(found, Commitment)) == ["establishment", "establishment", "facilitation"]
    assert {(c.stage, c.amount) for c in of(found, Commitment)} == {("discussed", None)}
    i = one(found, Indicator)  # nobody undertakes a topic: the sum is the mills' value, a cost
    assert (i.metric, quantity(i)) == ("cost", (50_000_000, "USD"))


def test_a_sum_belongs_to_the_list_item_it_follows() -> None:
    found = facts("The sides agreed on the establishment of cotton mills worth over $50 million, the creation of a "
                  "logistics complex at the Termez port.")
    assert [(c.object, c.amount is not None) for c in of(found, Commitment)] == [
        ("cotton mills", True), ("logistics complex", False)]


def test_topics_the_talks_covered_are_discussed() -> None:
    found = facts("The talks also covered finalizing a transit agreement and establishing trade houses in "
                  "Dushanbe and Tashkent.")
    assert sorted((c.kind, c.stage, c.by) for c in of(found, Commitment)) == [
        ("establishment", "discussed", []), ("other", "discussed", [])]


def test_a_three_letter_good_is_a_concrete_object() -> None:
    found = facts("Tajik and Uzbek firms signed 12 agreements, including five for the supply of gas.")
    c = one(found, Commitment)
    assert (c.kind, c.stage, c.object) == ("supply", "signed", "gas")


@pytest.mark.parametrize("text", [
    "Tajik minister Daler Juma expressed hope that the transshipment of goods at the Termez port will run "
    "round the clock.",
    "Tajik minister Daler Juma highlighted Tajikistan's interest in attracting Uzbek investment in cotton mills.",
])
def test_hopes_and_wishes_to_attract_are_discussed(text: str) -> None:
    c = one(facts(text), Commitment)
    assert (c.stage, c.by) == ("discussed", [])


def test_a_planned_hub_in_a_city_is_an_establishment() -> None:
    c = one(facts("Uzbekistan announced plans for a logistics and transport hub in Khujand."), Commitment)
    assert (c.kind, c.stage, c.object) == ("establishment", "intent", "logistics and transport hub in Khujand")


def test_secured_agreement_is_signed() -> None:
    found = facts("Uzbekistan has secured an agreement worth $9 million for the supply of cement to Tajikistan.")
    assert (one(found, Agreement).amount.value, one(found, Commitment).stage) == (9_000_000, "signed")


def test_action_word_modifying_a_trade_is_not_an_undertaking() -> None:
    found = facts("The forum paid special attention to joint projects in textiles and construction materials.")
    assert [c.kind for c in of(found, Commitment)] == ["other"]  # the joint projects, not a construction


def test_commitment_signed_and_its_agreement() -> None:
    found = facts("Afghanistan and Kazakhstan signed a contract for the supply of wheat flour.")
    c = one(found, Commitment)
    assert (c.kind, c.stage, c.by, c.with_, c.sector) == ("supply", "signed", ["AFG", "KAZ"], [], "agriculture")
    assert "wheat flour" in c.object
    a = one(found, Agreement)
    assert (a.kind, a.count, a.parties, a.amount) == ("contract", 1, ["AFG", "KAZ"], None)
    assert "wheat flour" in a.subject



def test_the_content_of_a_document_signed_by_officials_with_long_titles_is_signed() -> None:
    found = facts("The third memorandum was signed by the Tajik Deputy Minister of Agriculture and Water "
                  "Resources Amir Rahimov and the Uzbek Ambassador Bakhtiyor Zokirov on the construction of a "
                  "fruit-drying plant in Khujand.")
    c = one(found, Commitment)
    assert (c.kind, c.stage) == ("construction", "signed")
    assert "fruit-drying plant" in c.object


def test_a_stage_word_in_a_ministry_name_is_no_stage() -> None:
    found = facts("The agreement signed by the Tajik Minister for Planning and Development Jamshed Sharipov "
                  "and an Uzbek ambassador covers the establishment of a joint seed laboratory.")
    c = one(found, Commitment)
    assert (c.kind, c.stage) == ("establishment", "signed")


def test_goods_sent_from_a_country_are_supplied_by_it() -> None:
    found = facts("Uzbek Ambassador Bakhtiyor Zokirov and a Tajik official signed a protocol on the export "
                  "of dried apricots from Tajikistan to Uzbekistan.")
    c = one(found, Commitment)
    assert (c.kind, c.stage, c.by, c.with_) == ("supply", "signed", ["TJK"], ["UZB"])


def test_up_to_a_number_stays_in_the_object() -> None:
    c = one(facts("Tajikistan offered to host up to three Uzbek trade missions a year in Khujand."), Commitment)
    assert (c.kind, c.stage, c.by) == ("establishment", "intent", ["TJK"])
    assert "three Uzbek trade missions" in c.object


def test_an_action_noun_listed_as_a_field_of_cooperation_is_no_undertaking() -> None:
    found = facts("The ministers discussed cooperation in energy, investment and tourism, and Tajikistan agreed "
                  "to build a cement plant in Termez, Uzbekistan.")
    c = one(found, Commitment)
    assert (c.kind, c.stage, c.by) == ("construction", "pledged", ["TJK"])


def test_a_listed_field_with_its_own_object_is_still_an_undertaking() -> None:
    found = facts("The ministers discussed cooperation in sectors such as energy, visa issuance for Tajik "
                  "students and tourism with Uzbekistan.")
    c = one(found, Commitment)
    assert (c.kind, c.stage) == ("facilitation", "discussed")
    assert "Tajik students" in c.object


def test_what_a_party_will_do_under_a_signed_contract_is_signed() -> None:
    found = facts("Tajikistan signed a contract with an Uzbek company on Monday. Under the contract, the "
                  "company will build a cement plant in Khujand.")
    c = one(found, Commitment)
    assert (c.kind, c.stage) == ("construction", "signed")


def test_will_without_a_document_stays_pledged() -> None:
    c = one(facts("Under pressure from traders, Uzbekistan will build a dry port in Termez for Tajik goods."),
            Commitment)
    assert (c.kind, c.stage) == ("construction", "pledged")


def test_aid_that_crossed_the_border_is_done() -> None:
    c = one(facts("A convoy of humanitarian aid crossed the border from Uzbekistan into Tajikistan on Friday."),
            Commitment)
    assert (c.kind, c.stage, c.by, c.with_) == ("aid", "done", ["UZB"], ["TJK"])


def test_a_verb_form_after_an_indefinite_article_is_a_noun() -> None:
    found = facts("Uzbekistan is ready to provide a train with forty wagons for Tajik fruit exporters.")
    assert [c.kind for c in of(found, Commitment)] != ["training"]
    found = facts("Uzbekistan agreed to train Tajik railway engineers.")
    assert [(c.kind, c.stage) for c in of(found, Commitment)] == [("training", "pledged")]


def test_documents_sharing_only_a_vague_word_are_not_restatements() -> None:
    found = facts("Tajikistan and Uzbekistan signed a joint statement to strengthen cooperation. Rahmon referred "
                  "to the declaration on eternal friendship between the two nations and the comprehensive program "
                  "to develop bilateral cooperation signed in Tashkent.")
    assert len(of(found, Agreement)) == 3


def test_what_part_of_a_signed_package_concerns_is_signed() -> None:
    found = facts("Tajik and Uzbek firms signed 12 contracts in Khujand. Five of the contracts concern cement "
                  "deliveries.")
    c = one(found, Commitment)
    assert (c.kind, c.stage, c.object) == ("supply", "signed", "cement deliveries")


def test_what_one_among_the_signed_documents_concerns_is_signed() -> None:
    found = facts("Kyrgyz and Turkish firms signed 30 memoranda at the forum in Osh. Among the memoranda is a deal "
                  "between two companies on the construction of a cement plant in Osh.")
    c = one(found, Commitment)
    assert (c.kind, c.stage, c.object) == ("construction", "signed", "cement plant in Osh")


def test_an_action_word_in_a_compound_naming_a_document_is_no_undertaking() -> None:
    found = facts("Iran and Armenia signed nine documents in Yerevan. The documents include an investment "
                  "protection deal and a pact on double taxation.")
    assert not of(found, Commitment)


def test_what_the_signed_documents_include_is_signed() -> None:
    found = facts("Tajik and Uzbek firms signed eight contracts in Khujand. The contracts, worth $30 million, relate "
                  "to the energy sector and cover the supply of Uzbek transformers.")
    c = one(found, Commitment)
    assert (c.kind, c.stage, c.by, c.object) == ("supply", "signed", ["UZB"], "Uzbek transformers")


def test_unattributed_supplies_come_from_the_side_whose_exports_the_report_names() -> None:
    found = facts("Tajik and Uzbek firms signed 12 contracts in Khujand. Seven of the contracts concern cement "
                  "deliveries. Uzbek exports made up most of the trade between the two countries last year.")
    c = one(found, Commitment)
    assert (c.kind, c.stage, c.by, c.with_) == ("supply", "signed", ["UZB"], ["TJK"])


def test_a_side_that_others_buy_from_supplies_unattributed_goods() -> None:
    found = facts("Tajik and Uzbek firms signed nine contracts in Termez. The contracts include the supply of "
                  "cement, according to news portal Tajikistan Today. Tajik traders hope to buy more building "
                  "materials from Uzbek plants.")
    c = next(c for c in of(found, Commitment) if c.stage == "signed")
    assert (c.kind, c.by, c.with_) == ("supply", ["UZB"], ["TJK"])


def test_what_a_visit_included_was_done_by_the_country_whose_goods_they_were() -> None:
    found = facts("The Uzbek mission also included the delivery of more than 2,000 tonnes of Uzbek flour "
                  "to Tajikistan.")
    c = one(found, Commitment)
    assert (c.kind, c.stage, c.by, c.with_) == ("supply", "done", ["UZB"], ["TJK"])


def test_goods_counted_in_tonnes_are_supplied_by_their_country() -> None:
    c = one(facts("Tajikistan has asked for the delivery of 2,000 tonnes of Uzbek flour."), Commitment)
    assert (c.kind, c.stage) == ("supply", "discussed")
    c = one(facts("Tajikistan is ready to accept deliveries of about 2,000 tonnes of Uzbek flour a month."),
            Commitment)
    assert (c.kind, c.stage, c.by) == ("supply", "intent", ["UZB"])

def test_commitment_implementing() -> None:
    c = one(facts("Uzbekistan has launched the construction of a power line to Afghanistan."), Commitment)
    assert (c.kind, c.stage, c.by, c.with_) == ("construction", "implementing", ["UZB"], ["AFG"])


@pytest.mark.parametrize("line", ["fibre-optic line", "power transmission line"])
def test_a_line_named_as_a_project_under_way_is_construction(line: str) -> None:
    c = one(facts(f"Among the joint projects under way between Tajikistan and Uzbekistan is a new {line} across "
                  "the Fergana valley."), Commitment)
    assert (c.kind, c.stage, c.by, c.with_) == ("construction", "implementing", ["TJK", "UZB"], [])
    assert c.object.startswith(line)


def test_commitment_done() -> None:
    c = one(facts("Turkmenistan has completed the construction of a fibre-optic line to Herat, Afghanistan."),
            Commitment)
    assert (c.kind, c.stage, c.by, c.with_, c.sector) == ("construction", "done", ["TKM"], ["AFG"], "telecom")
    assert "fibre-optic line" in c.object


def test_a_role_played_in_building_is_done() -> None:
    c = one(facts("Uzbek engineers played a major role in building the new bridge over the Panj river into "
                  "Tajikistan."), Commitment)
    assert (c.kind, c.stage, c.by, c.with_) == ("construction", "done", ["UZB"], ["TJK"])


def test_reviving_a_named_body_is_an_undertaking() -> None:
    c = one(facts("Tajikistan and Uzbekistan welcomed the revival of the joint commission on water use after "
                  "ten years."), Commitment)
    assert (c.kind, c.stage, c.by) == ("other", "done", ["TJK", "UZB"])
    assert "joint commission" in c.object


def test_commitment_done_delivered_aid() -> None:
    found = facts("Kazakhstan has delivered 5,000 tonnes of humanitarian aid to Afghanistan.")
    c = one(found, Commitment)
    assert (c.kind, c.stage, c.by, c.with_, c.sector) == ("aid", "done", ["KAZ"], ["AFG"], "humanitarian")
    # a volume already moved is an indicator; the commitment's amount is money only
    assert c.amount is None
    i = one(found, Indicator)
    assert (i.metric, quantity(i)) == ("cargo", (5000, "tonnes"))


def test_commitment_discussed_request_has_no_undertaker() -> None:
    c = one(facts("Afghanistan asked Kazakhstan to ease visa rules for Afghan traders."), Commitment)
    assert (c.kind, c.stage, c.by, c.with_, c.sector) == ("facilitation", "discussed", [], ["AFG", "KAZ"],
                                                          "migration")
    assert "visa" in c.object


def test_commitment_discussed_topic() -> None:
    c = one(facts("The sides discussed the construction of a railway from Termez to Peshawar through "
                  "Afghanistan and Pakistan."), Commitment)
    assert (c.kind, c.stage, c.by, c.sector) == ("construction", "discussed", [], "transport")
    assert c.with_ == ["AFG", "PAK", "UZB"]


def test_commitment_amount() -> None:
    c = one(facts("Kazakhstan expressed readiness to invest $200 million in a rail link between Hairatan and "
                  "Mazar-i-Sharif."), Commitment)
    assert (c.kind, c.stage, c.by, c.with_) == ("investment", "intent", ["KAZ"], ["AFG"])
    assert amount(c) == money(200_000_000)
    assert "rail link" in c.object


def test_commitment_object_leaves_out_the_amount() -> None:
    c = one(facts("Kazakhstan expressed readiness to invest $200 million in a rail link between Hairatan and "
                  "Mazar-i-Sharif."), Commitment)
    assert c.object.startswith("rail link")


def test_goodwill_is_not_a_commitment() -> None:
    assert of(facts("Both countries agreed to expand cooperation in all areas."), Commitment) == []


def test_same_undertaking_repeated_is_one_at_its_highest_stage() -> None:
    found = facts("Kazakhstan plans to build a grain silo in Kunduz. Kazakh officials later pledged to build the "
                  "grain silo in Kunduz, Afghanistan.")
    c = one(found, Commitment)
    assert (c.kind, c.stage, c.by) == ("construction", "pledged", ["KAZ"])


def test_plan_to_sign_is_intent_not_signed() -> None:
    found = facts("Kazakhstan and Afghanistan plan to sign an agreement on the construction of a logistics hub.")
    assert of(found, Agreement) == []  # nothing is signed yet
    assert [c.stage for c in of(found, Commitment)] == ["intent"]


@pytest.mark.parametrize(("text", "stage", "obj"), [
    ("The new transit contract is expected to be signed in June.", "intent", "new transit contract"),
    ("The ministers agreed that the cotton memorandum should be finalized by autumn.", "pledged", "cotton memorandum"),
    ("The customs protocol is to be signed during the next session.", "pledged", "customs protocol"),
])
def test_a_document_named_before_a_passive_plan_is_to_be_signed(text: str, stage: str, obj: str) -> None:
    c = one(facts(f"Tajik and Uzbek officials held talks in Khujand. {text}"), Commitment)
    assert (c.kind, c.stage, c.object) == ("other", stage, obj)
    assert not of(facts(text), Agreement)


def test_plan_to_sign_is_not_an_agreement() -> None:
    found = facts("Kazakhstan and Afghanistan plan to sign an agreement on the construction of a logistics hub.")
    assert of(found, Agreement) == []


def test_opened_office_is_a_done_establishment() -> None:
    c = one(facts("Kazakhstan's Freedom Bank has opened an office in Kabul."), Commitment)
    assert (c.kind, c.stage, c.by, c.with_) == ("establishment", "done", ["KAZ"], ["AFG"])


def test_an_institution_of_a_country_keeps_its_head() -> None:
    found = facts("The envoy welcomed the opening of the logistics hub in Khujand and the trade houses of Tajikistan "
                  "in Samarkand and Bukhara.")
    c = next(c for c in of(found, Commitment) if "houses" in c.object)
    assert (c.kind, c.stage, c.by, c.object) == ("establishment", "done", ["TJK"],
                                                 "trade houses of Tajikistan in Samarkand and Bukhara")


def test_a_done_subject_starts_after_the_clause_word() -> None:
    found = facts("Kabul's envoy told reporters that the Uzbek trade house in Herat has opened its doors.")
    c = one(found, Commitment)
    assert (c.stage, c.object) == ("done", "the Uzbek trade house in Herat")


# --- agreements ----------------------------------------------------------------------------------


PACKAGE = ("During the forum in Tashkent, Uzbek and Afghan companies signed 20 agreements worth $140 million. "
           "Seventeen of these were trade agreements and three were investment agreements.")


def test_package_is_one_agreement_with_count_and_value() -> None:
    found = facts(PACKAGE)
    total = [a for a in of(found, Agreement) if a.amount is not None]
    assert len(total) == 1
    assert (total[0].count, amount(total[0]), total[0].parties) == (20, money(140_000_000), ["AFG", "UZB"])
    # a package described by count and value is the agreement alone
    assert of(found, Commitment) == []
    # its value is not restated as a target or indicator
    assert of(found, Target) == []
    assert [i for i in of(found, Indicator) if i.value.value == 140_000_000] == []


def test_package_parts_are_facts_of_their_own() -> None:
    parts = [a for a in of(facts(PACKAGE), Agreement) if a.amount is None]
    assert sorted((a.count, a.subject) for a in parts) == [(3, "investment agreements"), (17, "trade agreements")]
    assert all(a.parties == ["AFG", "UZB"] for a in parts)


def test_mou_counts_one_with_its_subject() -> None:
    a = one(facts("Kazakhstan and Afghanistan signed a memorandum of understanding on the construction of a "
                  "railway."), Agreement)
    assert (a.kind, a.count, a.parties, a.amount) == ("mou", 1, ["AFG", "KAZ"], None)
    assert "railway" in a.subject


def test_stated_count_of_memoranda() -> None:
    a = one(facts("Uzbekistan and Afghanistan signed two memoranda of understanding on transport and energy."),
            Agreement)
    assert (a.kind, a.count, a.parties) == ("mou", 2, ["AFG", "UZB"])


def test_approximate_count_is_null() -> None:
    a = one(facts("Pakistan and Uzbekistan signed more than 30 documents in Islamabad."), Agreement)
    assert (a.count, a.parties) == (None, ["PAK", "UZB"])


def test_a_dozen_is_a_null_count() -> None:
    a = one(facts("Pakistan and Uzbekistan signed a dozen agreements in Islamabad."), Agreement)
    assert a.count is None


def test_two_currencies_use_the_usd_figure() -> None:
    a = one(facts("Turkmen and Afghan firms signed contracts worth 1.5 billion manat ($428 million) in Herat."),
            Agreement)
    assert (a.kind, a.count, amount(a), a.parties) == ("contract", None, money(428_000_000), ["AFG", "TKM"])


def test_including_part() -> None:
    found = of(facts("Afghan and Kazakh firms signed deals worth $35 million, including 12 for fuel supplies."),
               Agreement)
    assert [(a.count, amount(a)) for a in found] == [(None, money(35_000_000)), (12, None)]
    assert "fuel" in found[1].subject


def test_a_negated_signing_is_no_agreement() -> None:
    found = facts("Turkmen firms want to build roads in Afghanistan, but Kabul has not yet signed contracts with them.")
    assert of(found, Agreement) == []


def test_speeding_up_a_signing_is_a_plan_not_an_agreement() -> None:
    found = facts("The Kazakh and Afghan ministers told their staff to speed up the signing of a transit agreement.")
    assert of(found, Agreement) == []
    c = one(found, Commitment)
    assert (c.kind, c.stage) == ("other", "intent")


def test_a_joint_statement_adopted_is_a_concluded_document() -> None:
    a = one(facts("In Dushanbe the Tajik and Uzbek leaders adopted a joint statement on water use."), Agreement)
    assert (a.kind, a.count, a.parties) == ("other", 1, ["TJK", "UZB"])


def test_this_contract_points_back_to_the_agreement_just_named() -> None:
    found = facts("Afghan Railways signed an agreement with a Kazakh company to run the Hairatan line. "
                  "With the signing of this contract, freight will keep moving while work on the northern section "
                  "goes on.")
    a = one(found, Agreement)
    assert (a.kind, a.parties) == ("agreement", ["AFG", "KAZ"])


def test_the_agreement_a_speaker_says_we_signed_is_signed() -> None:
    a = one(facts('"The transit agreement that we have signed today will help our farmers," the Uzbek minister '
                  'told his Afghan counterpart.'), Agreement)
    assert (a.kind, a.count) == ("agreement", 1)
    assert "transit" in a.subject


SIGNED_LIST = ("Kyrgyz and Tajik ministers signed 9 documents in Dushanbe on Monday. "
               "The following documents were signed:\n"
               "- Agreement between the governments on the joint use of the Isfara river;\n"
               "- Memorandum of understanding between the ministries of health\n"
               "- The programme of cultural exchanges for 2026–2028;\n"
               "- Cooperation in the field of civil aviation.\n"
               "The leaders then visited a hydropower plant.")


def test_each_document_of_a_signed_list_is_an_agreement_typed_by_its_head() -> None:
    found = of(facts(SIGNED_LIST), Agreement)
    assert [(a.kind, a.count) for a in found] == [("agreement", 9), ("agreement", 1), ("mou", 1), ("roadmap", 1),
                                                   ("other", 1)]
    assert found[1].subject == "joint use of the Isfara river"
    assert "health" in found[2].subject
    assert all(a.parties == ["KGZ", "TJK"] for a in found)


def test_a_listed_document_is_evidenced_by_its_own_line() -> None:
    found = of(facts(SIGNED_LIST), Agreement)
    assert SIGNED_LIST[found[1].evidence[0]:found[1].evidence[1]].startswith("- Agreement between the governments")


def test_a_numbered_list_after_an_exchange_of_documents() -> None:
    text = ("The Uzbek and Afghan presidents witnessed an exchange of the following documents:\n"
            "1. Agreement on international road transport.\n"
            "2. Protocol on veterinary inspection of exported livestock.\n"
            "Both sides praised the results.")
    found = of(facts(text), Agreement)
    assert [(a.kind, a.subject) for a in found] == [("agreement", "international road transport"),
                                                    ("agreement", "veterinary inspection of exported livestock")]


def test_unmarked_lines_after_a_signed_list_need_a_document_noun() -> None:
    text = ("Documents signed during the Kazakh president's visit to Kabul:\n"
            "Agreement on the Turgundi railway\n"
            "Trade between the countries grew last year.")
    found = of(facts(text), Agreement)
    assert [(a.kind, a.subject) for a in found] == [("agreement", "Turgundi railway")]


def test_listed_documents_sharing_only_function_words_are_two() -> None:
    text = ("Kazakh and Uzbek officials signed these documents:\n"
            "- Agreement on cooperation in the field of health;\n"
            "- Agreement on cooperation in the field of transport.")
    assert [a.subject for a in of(facts(text), Agreement)] == ["cooperation in the field of health",
                                                               "cooperation in the field of transport"]


def test_documents_a_package_includes_are_agreements_of_their_own() -> None:
    found = of(facts("Tajikistan and Uzbekistan signed 12 documents on Friday, including an agreement on water "
                     "sharing, a protocol on border crossings and a trade roadmap."), Agreement)
    assert [(a.kind, a.count, a.subject) for a in found] == [
        ("agreement", 12, "documents"), ("agreement", 1, "water sharing"), ("agreement", 1, "border crossings"),
        ("roadmap", 1, "trade roadmap")]


def test_these_include_lists_the_documents_of_the_package_before() -> None:
    found = of(facts("Several agreements were signed by Afghan and Kazakh officials. These include a memorandum "
                     "on grain storage, cooperation in banking and contracts for the supply of fuel."), Agreement)
    assert [(a.kind, a.count, a.subject) for a in found] == [
        ("agreement", None, "agreements"), ("mou", 1, "grain storage"), ("contract", None, "supply of fuel")]


def test_kinds_of_documents_included_name_no_document() -> None:
    found = of(facts("Afghan and Uzbek firms signed 30 documents, including agreements, contracts and memoranda."),
               Agreement)
    assert [(a.kind, a.count) for a in found] == [("agreement", 30)]


def test_memorandums_of_understanding_are_plural() -> None:
    a = one(facts("Kazakhstan and Afghanistan signed memorandums of understanding on mining."), Agreement)
    assert (a.kind, a.count) == ("mou", None)


def test_a_list_of_planned_documents_is_no_agreement() -> None:
    text = ("The following agreements are to be signed in Tashkent next week:\n"
            "- Agreement on a free trade zone;\n- Memorandum on transit.")
    assert of(facts(text), Agreement) == []


def test_roadmap_target_is_a_target_beside_the_agreement() -> None:
    found = facts("Kazakhstan and Uzbekistan signed a roadmap to raise bilateral trade to $10 billion by 2030.")
    a = one(found, Agreement)
    assert (a.kind, a.count, a.amount) == ("roadmap", 1, None)
    t = one(found, Target)
    assert (t.metric, quantity(t), t.year) == ("trade_turnover", (10_000_000_000, "USD"), "2030")


# --- events --------------------------------------------------------------------------------------


VISIT = ("Kazakh Trade Minister Arman Shakkaliyev arrived in Kabul on Tuesday for a two-day visit. "
         "He met Afghan Commerce Minister Nooruddin Azizi.")


def test_visit_with_relative_date_and_place() -> None:
    found = facts(VISIT)
    [visit] = [e for e in of(found, Event) if e.kind == "visit"]
    assert (visit.date, visit.place, visit.parties, visit.persons) == (
        "2025-04-22", "Kabul", ["AFG", "KAZ"], ["Arman Shakkaliyev"])


def test_meeting_inside_a_visit_takes_its_date_and_place() -> None:
    [meeting] = [e for e in of(facts(VISIT), Event) if e.kind == "meeting"]
    assert (meeting.date, meeting.place, meeting.parties) == ("2025-04-22", "Kabul", ["AFG", "KAZ"])
    assert "Nooruddin Azizi" in meeting.persons


def test_visit_to_a_country_is_placed_in_its_capital_when_the_report_names_it() -> None:
    named = facts("A Kazakh delegation led by Serik Zhumangarin visited Afghanistan in March. "
                  "Talks in Kabul covered wheat.")
    e = next(f for f in named if isinstance(f, Event) and f.kind == "visit")
    assert (e.kind, e.date, e.place, e.parties, e.persons) == (
        "visit", "2025-03", "Kabul", ["AFG", "KAZ"], ["Serik Zhumangarin"])
    unnamed = one(facts("A Kazakh delegation led by Serik Zhumangarin visited Afghanistan in March."), Event)
    assert unnamed.place is None


def test_lead_sentence_dates_the_events_it_reports() -> None:
    found = facts("Kyrgyzstan and Uzbekistan signed a border treaty on Tuesday, April 22, 2025. "
                  "The treaty was signed during Adylbek Kasymaliev's official visit to Tashkent. "
                  "Kasymaliev also recalled his previous visit to Bishkek by Shavkat Mirziyoyev.")
    dates = {e.place: e.date for e in of(found, Event) if e.kind == "visit"}
    assert dates == {"Tashkent": "2025-04-22", "Bishkek": None}  # the recalled visit stays undated


def test_reporting_date_is_not_an_event_date() -> None:
    found = facts("Farmers met buyers at the Uzbek-Tajik business forum in Dushanbe, the ministry's press "
                  "service reported on April 22.")
    assert one(found, Event).date is None


def test_meeting_with_businesspeople_is_a_forum() -> None:
    e = one(facts("The Tajik and Uzbek ministers will attend a meeting with Tajik-Uzbek businesspeople "
                  "set for Friday."), Event)
    assert (e.kind, e.date) == ("forum", "2025-04-25")


def test_a_forum_still_to_come_takes_nobody_from_the_next_sentence() -> None:
    found = facts("A business forum in Dushanbe is scheduled for Friday. "
                  "Tajik minister Daler Juma praised Uzbek investors.")
    assert one(found, Event).persons == []


def test_meetings_with_several_hosts_are_one_each_with_the_visitor() -> None:
    found = facts("Uzbek Prime Minister Abdulla Aripov visited Tajikistan. During the visit, the Uzbek delegation "
                  "held meetings with Tajik Prime Minister Kokhir Rasulzoda, Tajik Foreign Minister Sirojiddin "
                  "Muhriddin and Tajik Finance Minister Fayziddin Qahhorzoda.")
    meetings = sorted(tuple(e.persons) for e in of(found, Event) if e.kind == "meeting")
    assert meetings == [("Abdulla Aripov", "Fayziddin Qahhorzoda"), ("Abdulla Aripov", "Kokhir Rasulzoda"),
                        ("Abdulla Aripov", "Sirojiddin Muhriddin")]



def test_a_meeting_of_leaders_named_by_office_takes_the_person_named_with_that_office() -> None:
    found = facts("Tajik President Emomali Rahmon called the Uzbek guests friends. Both sides praised the "
                  "rise in trade. The Presidents of Tajikistan and Uzbekistan held bilateral talks in Dushanbe.")
    e = one(found, Event)
    assert (e.kind, e.persons) == ("meeting", ["Emomali Rahmon"])


def test_the_head_of_state_is_the_president_the_report_names() -> None:
    found = facts("Tajik President Emomali Rahmon praised Uzbek investors. Later the Head of State held talks "
                  "with Uzbek business leaders on a cement plant.")
    assert [(e.kind, e.persons) for e in of(found, Event)] == [("meeting", ["Emomali Rahmon"])]


def test_a_bare_office_names_nobody() -> None:
    found = facts("Tajik Minister of Energy Daler Juma spoke to Uzbek reporters. The minister held talks with "
                  "Uzbek business leaders on a cement plant.")
    assert of(found, Event) == []


def test_a_session_of_a_named_body_beside_the_talks_is_a_meeting_of_its_own() -> None:
    found = facts("Tajik President Emomali Rahmon and Uzbek President Shavkat Mirziyoyev spoke to the press "
                  "following bilateral negotiations and a meeting of the Supreme Interstate Council in Dushanbe.")
    meetings = [e for e in of(found, Event) if e.kind == "meeting"]
    assert len(meetings) == 2
    assert all(e.persons == ["Emomali Rahmon", "Shavkat Mirziyoyev"] for e in meetings)


def test_a_meeting_named_as_what_a_signing_followed() -> None:
    found = facts("Tajik President Emomali Rahmon and Uzbek President Shavkat Mirziyoyev signed a joint "
                  "declaration following a two-hour meeting in Samarkand.")
    e = one(found, Event)
    assert (e.kind, e.place, e.persons) == ("meeting", "Samarkand", ["Emomali Rahmon", "Shavkat Mirziyoyev"])


def test_a_visit_named_by_its_visitor_inside_another_visit_is_a_visit_of_its_own() -> None:
    found = facts("A Tajik trade delegation visited Uzbekistan to carry out the agreements reached during the "
                  "visit of Tajik Prime Minister Kokhir Rasulzoda.")
    visits = sorted(tuple(e.persons) for e in of(found, Event) if e.kind == "visit")
    assert visits == [(), ("Kokhir Rasulzoda",)]


def test_a_council_session_reported_apart_from_the_talks_is_a_meeting_of_its_own() -> None:
    found = facts("Tajik President Emomali Rahmon held talks with Uzbek President Shavkat Mirziyoyev. "
                  "Both sides praised the growth of trade. Rahmon said the first meeting of the Joint "
                  "Interstate Council took place the same day.")
    assert [e.kind for e in of(found, Event)] == ["meeting", "meeting"]


def test_visits_to_two_countries_are_two_visits() -> None:
    found = facts("Uzbek Foreign Minister Bakhtiyor Saidov visited Tajikistan on Monday. The talks were held as a "
                  "follow-up to the earlier visit of Tajik Foreign Minister Sirojiddin Muhriddin to Uzbekistan.")
    visits = sorted(tuple(e.persons) for e in of(found, Event) if e.kind == "visit")
    assert visits == [("Bakhtiyor Saidov",), ("Sirojiddin Muhriddin",)]


def test_a_visit_names_its_visitors_not_their_hosts() -> None:
    found = facts("Uzbek Foreign Minister Bakhtiyor Saidov visited Tajikistan, where Tajik President Emomali "
                  "Rahmon received him.")
    visit = next(e for e in of(found, Event) if e.kind == "visit")
    assert visit.persons == ["Bakhtiyor Saidov"]


def test_a_visitor_named_through_a_possessive_is_the_visitor() -> None:
    e = one(facts("The deals were signed during Prime Minister Anvar Rasulov’s three-day state visit to Tajikistan."),
            Event)
    assert (e.kind, e.persons) == ("visit", ["Anvar Rasulov"])


def test_a_delegation_leader_after_a_dotted_excellency_is_the_visitor() -> None:
    e = one(facts("A delegation of Kyrgyzstan headed by Deputy Minister H.E, Mr. Anvar Rasulov arrived in Pakistan."),
            Event)
    assert (e.kind, e.persons) == ("visit", ["Anvar Rasulov"])


def test_a_visitor_named_by_office_is_the_person_named_with_it() -> None:
    found = facts("Acting Minister of Energy of Tajikistan Daler Juma spoke at the forum in Dushanbe. The "
                  "contracts follow the visit of the acting minister to Uzbekistan and his meeting with Uzbek "
                  "President Shavkat Mirziyoyev.")
    visit = next(e for e in of(found, Event) if e.kind == "visit")
    assert visit.persons == ["Daler Juma"]

def test_an_earlier_visit_lends_no_people_to_the_current_one() -> None:
    found = facts("A Tajik delegation paid an official visit to Uzbekistan. Tajik minister Daler Juma "
                  "recalled the last visit to Uzbekistan by Uzbek minister Laziz Kudratov.")
    visit = one(found, Event)
    assert visit.persons == []
    assert visit.evidence == (0, 56)


def test_a_named_mention_states_an_event_better_than_this_visit() -> None:
    text = ("I hope this visit will open a new page, Tajik minister Daler Juma said. "
            "The first council session took place during the visit of the Uzbek president to Dushanbe.")
    visit = next(e for e in facts(text) if isinstance(e, Event) and e.kind == "visit")
    assert text[visit.evidence[0]:visit.evidence[1]].startswith("The first council session")


def test_dateline_does_not_date_the_events() -> None:
    found = facts("DUSHANBE, April 22 — Uzbekistan will build a cement plant in Khujand, Uzbek minister Laziz "
                  "Kudratov said during a visit to Dushanbe.")
    assert one(found, Event).date is None


@pytest.mark.parametrize("text", [
    "Uzbek minister Laziz Kudratov flew into Dushanbe on Monday, April 21.",
    "Uzbek minister Laziz Kudratov landed in Dushanbe on Monday, April 21.",
])
def test_arrival_by_air_is_a_visit(text: str) -> None:
    e = one(facts(text), Event)
    assert (e.kind, e.date, e.place) == ("visit", "2025-04-21", "Dushanbe")


def test_the_delegation_on_a_visit_is_its_named_leader() -> None:
    found = facts("An Uzbek delegation led by Deputy Prime Minister Jamshid Khodjaev signed a cotton deal in "
                  "Dushanbe. The deal was concluded while the delegation was in Tajikistan on an official visit.")
    assert one(found, Event).persons == ["Jamshid Khodjaev"]


def test_a_route_city_is_not_the_venue() -> None:
    found = facts("Tajik minister Daler Juma visited Tashkent on Monday. He later held talks with Uzbek minister "
                  "Laziz Kudratov, where both sides agreed to open the Dushanbe–Samarkand air corridor.")
    meeting = next(e for e in of(found, Event) if e.kind == "meeting")
    assert meeting.place == "Tashkent"


def test_trip_of_a_delegation_is_a_visit() -> None:
    e = one(facts("The contracts were signed during the trip of an Uzbek business delegation to Khujand."), Event)
    assert (e.kind, e.place) == ("visit", "Khujand")


@pytest.mark.parametrize(("text", "kind"), [
    ("The deals were finalized during trade meetings in Khujand, attended by Tajik minister Daler Juma.", "forum"),
    ("Discussions between Tajik minister Daler Juma and the Uzbek delegation focused on trade.", "meeting"),
    ("Tajik minister Daler Juma raised the issue of tariffs during a meeting in Dushanbe with Uzbek envoy "
     "Oybek Usmonov.", "meeting"),
])
def test_event_cues(text: str, kind: str) -> None:
    assert one(facts(text), Event).kind == kind


@pytest.mark.parametrize(("text", "kind", "persons"), [
    ("Minister Anvar Rasulov was received by President Sadyr Japarov at his residence.", "meeting",
     ["Anvar Rasulov", "Sadyr Japarov"]),
    ("The accords were signed following talks in Bishkek between President Sadyr Japarov and President "
     "Emomali Rahmon.", "meeting", ["Sadyr Japarov", "Emomali Rahmon"]),
    ("The Minister of Energy of Tajikistan, Daler Juma, headed a delegation to Kyrgyzstan last week.", "visit",
     ["Daler Juma"]),
])
def test_engagements_named_without_a_meeting_verb(text: str, kind: str, persons: list[str]) -> None:
    e = one(facts(text), Event)
    assert (e.kind, e.persons) == (kind, persons)


def test_a_stated_date_wins_over_the_weekday_before_it() -> None:
    e = one(facts("Minister Daler Juma headed a delegation to Kyrgyzstan on Monday, 3 March 2025."), Event)
    assert e.date == "2025-03-03"


def test_held_here_names_no_city_the_dateline_alone_places_nothing() -> None:
    e = one(facts("BISHKEK: The Kyrgyz-Tajik business forum held here on Friday drew 300 firms."), Event)
    assert (e.kind, e.place) == ("forum", None)


def test_a_country_naming_a_side_of_a_format_is_not_the_visits_destination() -> None:
    found = facts("Astana and Beijing can raise trade, Tokayev said. On his state visit, President Kassym-Jomart "
                  "Tokayev will take part in the China-Central Asia summit as well.")
    assert [e.place for e in of(found, Event)] == [None, None]


def test_forum_with_explicit_date() -> None:
    e = one(facts("The Afghanistan–Uzbekistan business forum took place in Termez on June 5, 2025."), Event)
    assert (e.kind, e.date, e.place, e.parties) == ("forum", "2025-06-05", "Termez", ["AFG", "UZB"])


def test_phone_call() -> None:
    e = one(facts("Tokayev and Mirziyoyev held a phone call on Monday to discuss regional transit."), Event)
    assert (e.kind, e.date, e.place, e.parties) == ("call", "2025-04-21", None, ["KAZ", "UZB"])
    assert e.persons == ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"]


def test_commission_session_is_talks() -> None:
    e = one(facts("The intergovernmental commission of Kazakhstan and Afghanistan held its session in Astana on "
                  "3 May 2025."), Event)
    assert (e.kind, e.date, e.place) == ("talks", "2025-05-03", "Astana")


@pytest.mark.parametrize("text", [
    "The Kazakh premier held a video conference with Uzbek Prime Minister Abdulla Aripov on Monday.",
    "Minister Rashid Meredov held an online meeting with Afghan minister Nooruddin Azizi on Monday.",
])
def test_a_video_or_online_meeting_is_one_call(text: str) -> None:
    assert [e.kind for e in of(facts(text), Event)] == ["call"]


@pytest.mark.parametrize("text", [
    "Our trade mission in Tashkent is only a phone call away, Ambassador Rustam Nazarov told investors.",
    "Trade missions and exhibitions are regularly held in both capitals.",
    "It was agreed to arrange an investment forum for firms of both sides.",
    "The ministers signed an agreement on the establishment of a joint intergovernmental commission on energy.",
])
def test_trigger_words_without_an_engagement_are_not_events(text: str) -> None:
    assert of(facts(text), Event) == []


def test_relative_date_without_published_is_null() -> None:
    e = one(facts("Minister Zhumangarin visited Kabul on Tuesday.", published=None), Event)
    assert (e.kind, e.date, e.place, e.persons) == ("visit", None, "Kabul", ["Serik Zhumangarin"])


def test_planned_visit_is_not_an_event() -> None:
    assert of(facts("Uzbek Foreign Minister Bakhtiyor Saidov will visit Kabul next month."), Event) == []


def test_planned_exhibition_is_a_commitment_not_an_event() -> None:
    found = facts("Kazakhstan plans to host an Afghan trade exhibition in Astana.")
    assert of(found, Event) == []
    c = one(found, Commitment)
    assert (c.kind, c.stage, c.by, c.with_) == ("establishment", "intent", ["KAZ"], ["AFG"])


def test_inaugurating_the_construction_is_implementing() -> None:
    c = one(facts("Leaders of Turkmenistan and Afghanistan inaugurated the construction of a power line to Herat."),
            Commitment)
    assert (c.kind, c.stage, c.by) == ("construction", "implementing", ["AFG", "TKM"])


@pytest.mark.parametrize("text", [
    "The minister assured Uzbek investors that Pakistan would create a conducive business climate.",
    "Pakistan will remove every bottleneck and obstacle for Uzbek traders, the minister promised.",
    "The two presidents agreed to work on approaches to resolving the most pressing problems.",
    "Kazakhstan will not build a second checkpoint on the border with Uzbekistan this year.",
])
def test_goodwill_and_negated_undertakings_are_not_commitments(text: str) -> None:
    assert not of(facts(text), Commitment)


def test_not_only_is_no_negation() -> None:
    found = facts("Kazakhstan will not only build a grain terminal in Termez but also supply wheat to Uzbekistan.")
    assert of(found, Commitment)


# --- targets and indicators ----------------------------------------------------------------------


def test_target_with_year() -> None:
    t = one(facts("Kazakhstan and Afghanistan aim to raise bilateral trade to $3 billion by 2030."), Target)
    assert (t.metric, quantity(t), t.year, t.parties) == ("trade_turnover", (3_000_000_000, "USD"), "2030",
                                                          ["AFG", "KAZ"])


def test_target_without_year() -> None:
    t = one(facts("Uzbekistan and Afghanistan set a goal of bringing trade turnover to $5 billion."), Target)
    assert (t.metric, quantity(t), t.year) == ("trade_turnover", (5_000_000_000, "USD"), None)


@pytest.mark.parametrize("text", [
    "In the first half of 2024, trade between Tajikistan and Uzbekistan grew by 15% and amounted to $410 million.",
    "Farm trade between Kyrgyzstan and Uzbekistan increased by 9% to almost $260 million in January-June.",
    "Turnover between Pakistan and Uzbekistan has been raised to $410 million over two years.",
    "Trade between Pakistan and Uzbekistan escalated to $410 million last year.",
])
def test_a_level_already_reached_is_an_indicator_not_a_target(text: str) -> None:
    found = facts(text)
    assert not of(found, Target)
    assert [quantity(i) for i in of(found, Indicator) if i.metric == "trade_turnover"] == [(
        410_000_000 if "410" in text else 260_000_000, "USD")]


@pytest.mark.parametrize("text", ["Tajik exports to Uzbekistan have increased to $410 million this year.",
                                  "Tajik exports to Uzbekistan had reached $410 million by June."])
def test_a_perfect_tense_after_a_country_governed_by_to_is_a_level_reached(text: str) -> None:
    found = facts(text)
    assert not of(found, Target)
    assert [(i.metric, quantity(i)) for i in of(found, Indicator)] == [("exports", (410_000_000, "USD"))]


def test_this_figure_takes_the_metric_of_the_level_reported_before_it() -> None:
    found = facts("Trade between Tajikistan and Uzbekistan reached $600 million in 2023. "
                  "In the first half of 2024 this figure grew by 10% and amounted to $350 million.")
    assert sorted((quantity(i)[0], i.metric, i.period) for i in of(found, Indicator) if i.metric != "growth") == [
        (350_000_000, "trade_turnover", "2024"), (600_000_000, "trade_turnover", "2023")]
    assert not of(found, Target)


@pytest.mark.parametrize("text", [
    "The two presidents agreed that trade should be increased to $410 million by 2027.",
    "Trade between Tajikistan and Uzbekistan is to be raised to $410 million.",
    "The sides have agreed to increase trade between Tajikistan and Uzbekistan to $410 million.",
    "Tajikistan and Uzbekistan aimed at raising their trade to $410 million.",
    "Tajikistan and Uzbekistan discussed steps to escalate their trade turnover to $410 million.",
])
def test_a_level_still_to_reach_is_a_target(text: str) -> None:
    assert quantity(one(facts(text), Target)) == (410_000_000, "USD")


def test_indicator_with_explicit_period() -> None:
    i = one(facts("Trade between Kazakhstan and Afghanistan reached $545 million in 2024."), Indicator)
    assert (i.metric, quantity(i), i.period, i.parties) == ("trade_turnover", (545_000_000, "USD"), "2024",
                                                            ["AFG", "KAZ"])


def test_indicator_in_two_currencies_uses_usd() -> None:
    i = one(facts("Trade between Kazakhstan and Afghanistan reached 45 billion tenge ($90 million) in 2024."),
            Indicator)
    assert (i.metric, quantity(i), i.period) == ("trade_turnover", (90_000_000, "USD"), "2024")


def test_ratio_times_is_growth_with_relative_period() -> None:
    i = one(facts("Trade between Uzbekistan and Afghanistan rose 2.9 times last year."), Indicator)
    assert (i.metric, quantity(i), i.period, i.parties) == ("growth", (190, "percent"), "2024", ["AFG", "UZB"])


def test_a_multiple_still_to_be_reached_is_no_growth_measured() -> None:
    found = facts("Mongolia and Kyrgyzstan adopted a programme meant to lift their trade 4 times by 2031. "
                  "Officials see room to grow exports from Kyrgyzstan to Mongolia by 3-5 times in the next few years.")
    assert of(found, Indicator) == []


def test_a_number_of_firms_that_grew_manifold_is_a_change_of_metric_other() -> None:
    i = one(facts("The number of Mongolian-Kyrgyz joint companies registered in Bishkek rose sixfold in 2024."),
            Indicator)
    assert (i.metric, quantity(i), i.period) == ("other", (500, "percent"), "2024")


def test_a_level_given_a_deadline_still_ahead_is_a_target() -> None:
    found = facts("Trade between Mongolia and Kyrgyzstan to be reached $900 million by 2029, the ministers decided.")
    t = one(found, Target)
    assert (t.metric, quantity(t), t.year) == ("trade_turnover", (900_000_000, "USD"), "2029")
    assert of(found, Indicator) == []


def test_a_level_reached_by_a_past_year_stays_an_indicator() -> None:
    i = one(facts("Trade between Mongolia and Kyrgyzstan reached $900 million by 2023."), Indicator)
    assert (i.metric, quantity(i), i.period) == ("trade_turnover", (900_000_000, "USD"), "2023")


def test_relative_period_without_published_is_null() -> None:
    i = one(facts("Trade between Uzbekistan and Afghanistan rose 2.9 times last year.", published=None), Indicator)
    assert (i.metric, quantity(i), i.period) == ("growth", (190, "percent"), None)


def test_unresolved_this_year_does_not_inherit_the_previous_sentence_year() -> None:
    found = facts("In 2023, trade between Tajikistan and Uzbekistan reached $600 million. "
                  "Trade in the first half of this year hit $350 million.", published=None)
    periods = sorted((quantity(i)[0], i.period) for i in of(found, Indicator))
    assert periods == [(350_000_000, None), (600_000_000, "2023")]


@pytest.mark.parametrize("text", [
    "Over the past year, trade between Tajikistan and Uzbekistan reached $600 million.",
    "Over the last year alone, trade between Tajikistan and Uzbekistan came to over $600 million.",
])
def test_over_the_past_year_is_the_period_not_a_baseline(text: str) -> None:
    assert one(facts(text), Indicator).period == "2024"


@pytest.mark.parametrize("text", [
    "Over the last seven years, trade between Mongolia and Kazakhstan has tripled to $480 million in 2023.",
    "Trade between Mongolia and Kazakhstan went up by 45% during the past four years, to $480 million in 2023.",
])
def test_a_change_over_the_past_years_has_no_one_period(text: str) -> None:
    found = facts(text)
    assert sorted((i.metric, i.period) for i in of(found, Indicator)) == [("growth", None),
                                                                          ("trade_turnover", "2023")]


def test_a_level_over_the_past_years_does_not_inherit_the_paragraph_year() -> None:
    found = facts("In 2023, trade between Mongolia and Kazakhstan reached $480 million. "
                  "Over the past 15 years, Kazakh firms have invested $900 million in Mongolia.")
    periods = sorted((quantity(i)[0], i.period) for i in of(found, Indicator))
    assert periods == [(480_000_000, "2023"), (900_000_000, None)]


def test_a_span_of_months_takes_its_year_not_the_publication_year() -> None:
    i = one(facts("Trade between Mongolia and Kazakhstan came to $310 million in January-August 2024."), Indicator)
    assert (quantity(i), i.period) == ((310_000_000, "USD"), "2024")


def test_a_figure_takes_the_year_after_it_over_the_one_ending_the_clause_before() -> None:
    found = facts("Kazakh exports to Mongolia stood at $410 million in 2022 and at $525 million in 2023.")
    assert sorted((quantity(i)[0], i.period) for i in of(found, Indicator)) == [(410_000_000, "2022"),
                                                                               (525_000_000, "2023")]


def test_a_fiscal_year_dates_its_figures_by_the_year_it_starts() -> None:
    found = facts("Trade between Mongolia and Kazakhstan grew from $120 million in 2017-18 to $190 million in 2019-20.")
    periods = sorted((quantity(i)[0], i.period) for i in of(found, Indicator) if i.metric == "trade_turnover")
    assert periods == [(120_000_000, "2017"), (190_000_000, "2019")]


def test_over_a_named_year_is_a_baseline() -> None:
    assert one(facts("Trade between Tajikistan and Uzbekistan grew by 20% over 2022."), Indicator).period is None


def test_an_undated_figure_restates_the_dated_one_of_the_same_value() -> None:
    found = facts("Tajik-Uzbek trade up 12 percent\n\nTrade between Tajikistan and Uzbekistan rose by 12 percent "
                  "in 2023, the statistics agency said.")
    assert [(quantity(i), i.period) for i in of(found, Indicator)] == [((12, "percent"), "2023")]


def test_an_unresolved_year_ends_the_year_the_paragraph_carried() -> None:
    found = facts("In 2023, trade between Tajikistan and Uzbekistan reached $600 million. "
                  "Trade in the first half of this year hit $350 million. "
                  "Uzbek exports of cement stood at $90 million.", published=None)
    periods = sorted((quantity(i)[0], i.period) for i in of(found, Indicator))
    assert periods == [(90_000_000, None), (350_000_000, None), (600_000_000, "2023")]


@pytest.mark.parametrize("text", [
    "There are 150 enterprises with Tajik capital in Uzbekistan, the ministry said.",
    "Some 30 joint ventures have been established in Tajikistan by Uzbek investors since January.",
])
def test_firms_that_exist_or_were_set_up_are_a_count_not_participants(text: str) -> None:
    assert [i.metric for i in of(facts(text), Indicator)] == ["other"]


def test_statement_day_is_not_a_period() -> None:
    i = one(facts("The minister said on Tuesday that trade between Tajikistan and Uzbekistan exceeded "
                  "$700 million."), Indicator)
    assert (i.metric, quantity(i), i.period) == ("trade_turnover", (700_000_000, "USD"), None)


@pytest.mark.parametrize("text", [
    "In this contract, Tajikistan will be a 20 percent partner, and its role will increase over time.",
    "The Tajik share in the Uzbek joint venture will increase to 75 percent.",
    "Tajikistan and Uzbekistan plan a business council which will include 18 Tajik companies.",
    "Tajikistan, Uzbekistan Sign $300 Million Trade Deals",
])
def test_stakes_levels_planned_members_and_deal_values_are_not_indicators(text: str) -> None:
    assert of(facts(text), Indicator) == []


def test_grown_by_is_growth_and_officials_take_part() -> None:
    found = facts("The Tajik-Uzbek business forum gathered more than 300 officials and entrepreneurs. Bilateral "
                  "trade between Tajikistan and Uzbekistan had grown by 12% in 2024.")
    assert sorted((i.metric, quantity(i)) for i in of(found, Indicator)) == [
        ("growth", (12, "percent")), ("participants", (300, "count"))]


def test_doubled_is_growth_100() -> None:
    i = one(facts("Bilateral trade between Turkmenistan and Afghanistan doubled in 2023."), Indicator)
    assert (i.metric, quantity(i), i.period) == ("growth", (100, "percent"), "2023")


def test_doubling_is_growth_100() -> None:
    i = one(facts("Afghan fruit exports to Kazakhstan rose sharply last year, doubling compared with 2023."),
            Indicator)
    assert (i.metric, quantity(i), i.period, i.parties) == ("growth", (100, "percent"), "2024", ["AFG", "KAZ"])


def test_doubling_outside_trade_is_no_growth() -> None:
    assert of(facts("The Kazakh side proposed doubling the number of scholarships for Afghan students."),
              Indicator) == []


def test_percent_growth() -> None:
    i = one(facts("Afghan exports to Kazakhstan grew by 32% in 2024."), Indicator)
    assert (i.metric, quantity(i), i.period) == ("growth", (32, "percent"), "2024")


def test_share_is_other_percent() -> None:
    i = one(facts("Kazakhstan accounts for 80% of Afghanistan's flour imports."), Indicator)
    assert (i.metric, quantity(i), i.period) == ("other", (80, "percent"), None)


def test_cargo_moved_is_an_indicator() -> None:
    i = one(facts("Kazakhstan exported 1.2 million tonnes of flour to Afghanistan in 2024."), Indicator)
    assert (i.metric, quantity(i), i.period) == ("cargo", (1_200_000, "tonnes"), "2024")


def test_cargo_dispatched_in_capital_mt_is_an_indicator() -> None:
    found = facts("In 2023 Kazakhstan dispatched two convoys to Afghanistan carrying 12,500 MTs of flour and "
                  "90 tons of blankets.")
    assert sorted((i.metric, quantity(i)) for i in of(found, Indicator)) == [
        ("cargo", (90, "tonnes")), ("cargo", (12_500, "tonnes"))]
    assert not of(found, Target)


def test_a_tonnage_nearest_the_exports_it_makes_up_is_exports() -> None:
    found = facts("Tajikistan is the main consumer of Uzbek cement, which accounts for 400,000 tons or 60% of "
                  "all cement exports.")
    i = next(i for i in of(found, Indicator) if i.value.code == "tonnes")
    assert (i.metric, quantity(i)) == ("exports", (400000, "tonnes"))


def test_cargo_a_visit_included_is_an_indicator() -> None:
    found = facts("The Uzbek mission also included the delivery of 3,000 tonnes of Uzbek flour to Tajikistan.")
    i = one(found, Indicator)
    assert (i.metric, quantity(i)) == ("cargo", (3000, "tonnes"))
    assert not of(found, Target)


def test_cargo_promised_is_a_target() -> None:
    found = facts("The Uzbek side will export 1 million tonnes of cement to Afghanistan annually.")
    t = one(found, Target)
    assert (t.metric, quantity(t), t.parties) == ("cargo", (1_000_000, "tonnes"), ["AFG", "UZB"])
    c = one(found, Commitment)
    assert (c.kind, c.stage, c.amount, c.sector) == ("supply", "pledged", None, "industry")
    assert of(found, Indicator) == []



def test_cargo_to_be_bought_under_a_deal_is_a_target() -> None:
    found = facts("Last autumn Afghan traders struck a deal with Uzbekistan to buy 400,000 tons of cement "
                  "for reconstruction.")
    assert [(t.metric, quantity(t)) for t in of(found, Target)] == [("cargo", (400_000, "tonnes"))]
    assert of(found, Indicator) == []


def test_cargo_each_of_several_goods_is_one_target_per_good() -> None:
    found = facts("Under the contract Kazakhstan will ship 200,000 tonnes each of wheat and barley, and 50,000 "
                  "tonnes of sugar to Afghanistan.")
    assert sorted(quantity(t) for t in of(found, Target)) == [(50_000, "tonnes"), (200_000, "tonnes"),
                                                                (200_000, "tonnes")]


def test_projected_effects_are_targets_of_metric_other() -> None:
    found = facts("The solar park, to be built in Bukhara by a Saudi developer, will supply 300,000 homes and "
                  "cut 1.1 million tonnes of carbon emissions a year, Uzbekistan said.")
    targets = sorted((t.metric, quantity(t)) for t in of(found, Target))
    assert targets == [("other", (300_000, "count")), ("other", (1_100_000, "tonnes"))]


def test_projected_revenue_is_a_target_of_metric_other() -> None:
    found = facts("Once the line opens, Afghanistan's yearly income from transit fees will be $120 million, "
                  "officials said.")
    t = one(found, Target)
    assert (t.metric, quantity(t)) == ("other", (120_000_000, "USD"))
    assert not of(found, Indicator)


@pytest.mark.parametrize("text", [
    "Kyrgyz officials say the new corridor could earn their country about $70 million a year in fees.",
    "The mining contract with the Chinese firm is expected to bring $70 million annually to Kyrgyz state revenues.",
])
def test_a_yearly_sum_named_revenue_after_it_is_a_projected_target(text: str) -> None:
    found = facts(text)
    assert [(t.metric, quantity(t)) for t in of(found, Target)] == [("other", (70_000_000, "USD"))]
    assert not of(found, Indicator)


def test_revenue_already_earned_is_not_a_target() -> None:
    assert not of(facts("Afghanistan earned transit fees of $120 million from the line last year."), Target)


def test_staff_a_plant_is_to_employ_are_a_projected_effect_not_participants() -> None:
    found = facts("The Uzbek-Turkish textile mill in Namangan is expected to employ about 900 people.")
    assert [(t.metric, quantity(t)) for t in of(found, Target)] == [("other", (900, "count"))]
    assert not of(found, Indicator)


def test_staff_a_plant_already_employs_are_neither_goal_nor_participants() -> None:
    found = facts("The Uzbek-Turkish textile mill in Namangan employs about 900 people.")
    assert not of(found, Target) and not of(found, Indicator)


def test_effects_achieved_are_not_targets() -> None:
    found = facts("The cement plant that Uzbekistan built in Balkh employs 1,200 residents of the province.")
    assert of(found, Target) == []


def test_a_baseline_in_parentheses_is_an_indicator_of_its_own_year() -> None:
    found = facts("Trade between Tajikistan and Uzbekistan reached $610.5 million in January–September 2024. "
                  "This indicator grew by 17.3 percent year-on-year ($520.4 million in January–September 2023).",
                  published=None)
    got = sorted((i.metric, quantity(i), i.period) for i in of(found, Indicator))
    assert got == [("growth", (17.3, "percent"), "2024"), ("trade_turnover", (520_400_000, "USD"), "2023"),
                   ("trade_turnover", (610_500_000, "USD"), "2024")]

@pytest.mark.parametrize("text", [
    "Trade between Armenia and Kyrgyzstan fell by 14.5% in 2023.",
    "In 2023 Kyrgyz exports to Armenia were down 14.5 percent.",
    "Armenia-Kyrgyzstan trade totalled $40 million in 2023, a 14.5% decline on the year before.",
])
def test_a_fall_in_trade_is_a_negative_growth(text: str) -> None:
    [i] = [f for f in facts(text) if isinstance(f, Indicator) and f.metric == "growth"]
    assert quantity(i) == (-14.5, "percent")


@pytest.mark.parametrize("text", [
    "Trade between Armenia and Kyrgyzstan keeps rising, by 14.5% in 2023 alone.",
    "Armenia and Kyrgyzstan see their trade growing 14.5% in 2023.",
])
def test_a_participle_of_rise_marks_growth(text: str) -> None:
    [i] = [f for f in facts(text) if isinstance(f, Indicator) and f.metric == "growth"]
    assert quantity(i) == (14.5, "percent")


def test_participants() -> None:
    found = facts("Some 300 companies from Afghanistan and Uzbekistan took part in the exhibition in Tashkent.")
    i = one(found, Indicator)
    assert (i.metric, quantity(i), i.parties) == ("participants", (300, "count"), ["AFG", "UZB"])
    e = one(found, Event)
    assert (e.kind, e.place) == ("exhibition", "Tashkent")


@pytest.mark.parametrize("text", ["Around 140 joint ventures operate in Tajikistan.",
                                  "Some 140 enterprises with Uzbek capital are registered in Tajikistan.",
                                  "There are 140 legal entities with Uzbek capital in Tajikistan.",
                                  "Now 140 firms with the participation of Uzbek capital actively operate there."])
def test_firms_that_operate_in_a_country_are_counted_as_other(text: str) -> None:
    i = one(facts(f"Uzbekistan and Tajikistan held talks. {text}"), Indicator)
    assert (i.metric, quantity(i)) == ("other", (140, "count"))


@pytest.mark.parametrize("text", [
    "Over 140 firms set up by Uzbek investors are currently working in Tajikistan.",
    "Some 140 enterprises with Uzbek partners, including 30 banks, operate in Tajikistan.",
])
def test_firms_whose_clause_says_they_operate_are_counted_as_other(text: str) -> None:
    found = [i for i in facts(f"Uzbekistan and Tajikistan held talks. {text}") if isinstance(i, Indicator)]
    assert {i.metric for i in found} == {"other"} and (140, "count") in [quantity(i) for i in found]


def test_firms_that_attend_a_forum_remain_participants() -> None:
    i = one(facts("Some 140 firms operating in Tajikistan and Uzbekistan attended the forum in Dushanbe."), Indicator)
    assert (i.metric, quantity(i)) == ("participants", (140, "count"))


def test_firms_of_a_stock_split_by_kind_are_counted_as_other() -> None:
    found = [f for f in facts("Uzbekistan and Tajikistan held talks. There are 90 enterprises with Uzbek capital in "
                              "Tajikistan, of which 25 are joint ventures and 65 are wholly owned enterprises.")
             if isinstance(f, Indicator)]
    assert sorted((i.metric, quantity(i)) for i in found) == [
        ("other", (25, "count")), ("other", (65, "count")), ("other", (90, "count"))]


def test_participants_businessmen() -> None:
    i = one(facts("More than 150 businessmen from Afghanistan and Kazakhstan attended the business forum in "
                  "Almaty."), Indicator)
    assert (i.metric, quantity(i)) == ("participants", (150, "count"))


@pytest.mark.parametrize("text", ["Nearly 70 business representatives of Kazakhstan and Mongolia met in Ulaanbaatar.",
                                  "The fair in Ulaanbaatar drew 70 executives from Kazakhstan and Mongolia."])
def test_participants_named_by_their_role(text: str) -> None:
    i = one(facts(text), Indicator)
    assert (i.metric, quantity(i)) == ("participants", (70, "count"))


@pytest.mark.parametrize("text", ["The fair in Bishkek drew some 240 attendees from Kyrgyzstan and Turkey.",
                                  "Some 240 executives from Kyrgyzstan and Turkey met at the fair in Bishkek.",
                                  "The Bishkek fair brought together 240 business people from Kyrgyzstan and Turkey."])
def test_attendees_and_executives_are_participants(text: str) -> None:
    i = one(facts(text), Indicator)
    assert (i.metric, quantity(i)) == ("participants", (240, "count"))


@pytest.mark.parametrize("text", ["The Kyrgyz delegation that came to Ankara for the fair has some 240 members.",
                                  "Some 240 women traders from Kyrgyzstan came to the Ankara fair in the delegation."])
def test_members_of_a_delegation_and_women_traders_are_participants(text: str) -> None:
    i = one(facts(text), Indicator)
    assert (i.metric, quantity(i)) == ("participants", (240, "count"))


def test_route_length() -> None:
    i = one(facts("The 573 km railway will link Termez with Peshawar through Afghanistan, Uzbek officials said."),
            Indicator)
    assert (i.metric, quantity(i), i.parties) == ("length", (573, "km"), ["AFG", "PAK", "UZB"])


def test_project_cost() -> None:
    i = one(facts("The project's cost is estimated at $4.8 billion, Uzbekistan and Pakistan said."), Indicator)
    assert (i.metric, quantity(i), i.parties) == ("cost", (4_800_000_000, "USD"), ["PAK", "UZB"])


# --- evidence ------------------------------------------------------------------------------------


REPORT = ("ASTANA, April 24\n\n"
          "Kazakhstan and Afghanistan signed a memorandum on a new rail link on Wednesday.  "
          "Trade between the two countries reached $600 million last year, up 30%.\n"
          "Kazakhstan also pledged to build a grain terminal in Hairatan.")


def test_evidence_slices_back_to_the_stating_sentence() -> None:
    found = facts(REPORT)
    quoted = {(f.type, REPORT[f.evidence[0]:f.evidence[1]]) for f in found}
    assert quoted == {
        ("agreement", "Kazakhstan and Afghanistan signed a memorandum on a new rail link on Wednesday."),
        ("indicator", "Trade between the two countries reached $600 million last year, up 30%."),
        ("commitment", "Kazakhstan also pledged to build a grain terminal in Hairatan."),
    }


def test_evidence_is_always_a_whole_sentence() -> None:
    texts = [PACKAGE, VISIT, REPORT, "Afghanistan and Kazakhstan signed a contract for the supply of wheat flour."]
    for text in texts:
        spans = {(s.start, s.end) for s in split_sentences(text)}
        found = facts(text)
        assert found
        for f in found:
            assert tuple(f.evidence) in spans, (text, f)


def test_report_facts_in_detail() -> None:
    found = facts(REPORT)
    a = one(found, Agreement)
    assert (a.kind, a.count, a.parties) == ("mou", 1, ["AFG", "KAZ"])
    assert "rail link" in a.subject
    indicators = sorted((i.metric, quantity(i), i.period) for i in of(found, Indicator))
    assert indicators == [("growth", (30, "percent"), "2024"), ("trade_turnover", (600_000_000, "USD"), "2024")]
    c = one(found, Commitment)
    assert (c.kind, c.stage, c.by, c.with_) == ("construction", "pledged", ["KAZ"], ["AFG"])



def test_a_year_earlier_dates_only_the_figure_it_follows() -> None:
    earlier = facts("Kazakh statistics put bilateral turnover at $987.9 million in 2022, against $474.3 million "
                    "a year earlier.")
    assert sorted((f.value.value, f.period) for f in earlier if isinstance(f, Indicator)) == [
        (474.3e6, "2021"), (987.9e6, "2022")]
    stated = facts("He said two-way trade had reached about $1 billion in 2022, double the previous year's level.")
    assert [(f.value.value, f.period) for f in stated if isinstance(f, Indicator) and f.metric == "trade_turnover"] == [
        (1e9, "2022")]


def test_body_sentence_states_a_fact_rather_than_a_photo_caption() -> None:
    text = ("Over a dozen agreements were signed between the two nations in Dushanbe, and the leaders said "
            "they would deepen their ties. / Reuters\n\n"
            "On Monday, over a dozen agreements were signed between Tajikistan and Uzbekistan.")
    agreement = one(facts(text), Agreement)
    assert text[agreement.evidence[0]:agreement.evidence[1]].startswith("On Monday")


def test_an_agreement_subject_from_its_modifiers_has_no_copula() -> None:
    found = facts("Uzbekistan and Afghanistan said on Monday that the documents signed are trade agreements.")
    a = one(found, Agreement)
    assert not a.subject.lower().startswith(("are ", "that "))


def test_received_is_a_meeting_only_when_someone_is_received() -> None:
    met = facts("President Tokayev received Uzbek Foreign Minister Bakhtiyor Saidov in Astana on Tuesday.")
    assert [e.kind for e in of(met, Event)] == ["meeting"]
    told = facts("Deputy Prime Minister Serik Zhumangarin said Kazakhstan had received two diplomats from Kabul.")
    assert of(told, Event) == []


def test_a_second_action_joined_by_and_is_not_part_of_the_object() -> None:
    c = one(facts("Uzbekistan is interested in building and equipping the Termez–Mazar railway."), Commitment)
    assert c.object == "Termez–Mazar railway"


def test_the_city_of_names_a_place_the_gazetteer_does_not_know() -> None:
    e = one(facts("Kyrgyz President Sadyr Japarov met Uzbek Prime Minister Abdulla Aripov "
                  "in the Kyrgyz city of Uzgen on Monday."), Event)
    assert (e.kind, e.date, e.place) == ("meeting", "2025-04-21", "Uzgen")


def test_a_saying_at_a_meeting_dates_the_meeting() -> None:
    e = one(facts("Trade can double by 2030, Uzbek minister Laziz Kudratov said on Tuesday at a meeting "
                  "with Kazakh minister Serik Zhumangarin."), Event)
    assert (e.kind, e.date) == ("meeting", "2025-04-22")


def test_the_day_a_stay_lasts_until_is_not_its_date() -> None:
    e = one(facts("Kyrgyz President Sadyr Japarov is on a state visit to Uzbekistan, which will last "
                  "until April 30."), Event)
    assert (e.kind, e.date) == ("visit", None)


def test_a_meeting_held_between_two_sides_counts_without_names() -> None:
    e = one(facts("A meeting between Kyrgyz and Tajik officials was held in Osh on Monday."), Event)
    assert (e.kind, e.date, e.place, e.parties, e.persons) == ("meeting", "2025-04-21", "Osh", ["KGZ", "TJK"], [])
    assert of(facts("A series of meetings between Kyrgyz and Tajik officials followed."), Event) == []


@pytest.mark.parametrize("text", [
    "Chile and Peru have plans to increase from $90 million in 2024 to $400 million of trade within a few years.",
    "Chile and Peru set a goal to bring trade to $400 million, from the current $90 million, by 2030.",
])
def test_the_level_a_goal_starts_from_is_a_measurement(text: str) -> None:
    found = facts(text)
    assert [t.value.value for t in of(found, Target)] == [400_000_000]
    assert [(i.metric, i.value.value) for i in of(found, Indicator)] == [("trade_turnover", 90_000_000)]


def test_a_goal_up_to_a_level_by_the_year_end_is_a_target_of_that_year() -> None:
    found = facts("Chile and Peru expect to raise their trade up to $700 million by the year-end.")
    t = one(found, Target)
    assert (t.value.value, t.year) == (700_000_000, PUBLISHED[:4])
    assert of(found, Indicator) == []


@pytest.mark.parametrize("text", [
    "In 2024, Chilean investment in Peru rose by 18% to a record level.",
    "The number of Chilean firms registered in Peru doubled in 2024.",
])
def test_a_change_in_investment_or_in_a_number_of_things_is_no_trade_growth(text: str) -> None:
    i = one(facts(text), Indicator)
    assert (i.metric, i.value.unit) == ("other", "percent")


def test_a_change_in_trade_after_investment_is_growth() -> None:
    i = one(facts("Peru remains a key investor in Chile, and their trade grew by 12% in 2024."), Indicator)
    assert (i.metric, i.value.value) == ("growth", 12)


def test_size_of_a_delegation_is_a_participant_count() -> None:
    found = facts("A 45-member business delegation from Turkey arrived in Ashgabat for talks with Turkmen officials.")
    i = one(found, Indicator)
    assert (i.metric, quantity(i)) == ("participants", (45, "count"))


@pytest.mark.parametrize("text", ["Trade keeps growing, with 140 Uzbek firms currently operating in Tajikistan.",
                                  "Trade keeps growing, with 140 Uzbek firms investing in Tajikistan."])
def test_firms_operating_or_investing_in_a_country_are_a_stock(text: str) -> None:
    i = one(facts(f"Uzbekistan and Tajikistan held talks. {text}"), Indicator)
    assert (i.metric, quantity(i)) == ("other", (140, "count"))


def test_what_trade_should_reach_is_a_target() -> None:
    found = facts("Kazakhstan and Belarus held talks. Their trade should reach $2 billion in 2027, the minister said.")
    t = one(found, Target)
    assert (quantity(t), t.year) == ((2e9, "USD"), "2027")
    assert not of(found, Indicator)


def test_current_level_a_goal_starts_from_is_an_indicator() -> None:
    found = facts("Kazakhstan and Georgia could lift their trade to $1 billion from the current level of $400 million.")
    assert quantity(one(found, Target)) == (1e9, "USD")
    assert quantity(one(found, Indicator)) == (4e8, "USD")


def test_flow_with_its_participle_states_a_level_not_a_goal() -> None:
    found = facts("Georgia and Armenia held talks. Their trade stood at $900 million, "
                  "with exports increasing by 12% to $300 million.")
    assert not of(found, Target)
    assert (300e6, "USD") in [quantity(i) for i in of(found, Indicator)]


def test_figure_compared_with_same_period_last_year_is_of_this_year() -> None:
    found = facts("Georgia and Armenia held talks. Exports to Armenia reached $80 million in five months, "
                  "up 15% on the corresponding period last year.")
    periods = {i.metric: i.period for i in of(found, Indicator)}
    assert periods == {"exports": "2025", "growth": "2025"}


def test_end_of_the_year_before_the_goal_is_its_deadline() -> None:
    found = facts("Iran and Armenia held talks. By the end of the year their trade is expected to reach $3 billion.")
    assert one(found, Target).year == "2025"


def test_share_a_partner_holds_in_trade_is_an_indicator_of_other() -> None:
    found = facts("Latvia and Kazakhstan held talks. Kazakhstan's share in Latvia's grain imports was 18.5 percent.")
    i = one(found, Indicator)
    assert (i.metric, quantity(i)) == ("other", (18.5, "percent"))


def test_value_of_projects_that_were_signed_is_no_cost_indicator() -> None:
    found = facts("Oman and Kyrgyzstan held talks. Nine projects worth $70 million were signed at the forum.")
    assert not of(found, Indicator)


def test_tonnes_a_deposit_holds_are_no_cargo() -> None:
    found = facts("Output at the Kyrgyz field, which holds an estimated 3.5 million tonnes of zinc, will start "
                  "with Chinese help.")
    assert of(found, Target) == [] and of(found, Indicator) == []


def test_a_plants_yearly_capacity_is_an_effect_not_cargo() -> None:
    t = one(facts("Built with Turkish investors, the Uzbek mill can process 120,000 tonnes of cotton a year."),
            Target)
    assert (t.metric, quantity(t)) == ("other", (120_000, "tonnes"))


@pytest.mark.parametrize("text", [
    "Oman and Kyrgyzstan held talks. Oman's sales to other countries climbed 9 percent to $6 billion last year.",
    "Oman and Kyrgyzstan held talks. Trade among the Central Asian states grew from $4 billion to $9 billion.",
    "Oman and Kyrgyzstan held talks. Barely 4% of its territory is covered by forest, the minister noted.",
])
def test_a_figure_of_a_wider_whole_or_of_a_land_is_no_indicator_of_the_pair(text: str) -> None:
    assert not of(facts(text), Indicator)


def test_a_change_a_report_recorded_states_a_level_not_a_goal() -> None:
    found = facts("Oman and Kyrgyzstan held talks. Oman's exports to Kyrgyzstan registered an increase of 15% "
                  "to $80 million in May.")
    assert not of(found, Target)
    assert (80e6, "USD") in [quantity(i) for i in of(found, Indicator)]


def test_level_a_goal_starts_from_just_over_is_an_indicator() -> None:
    found = facts("Oman and Kyrgyzstan want to lift their trade to $900 million, up from just over $300 million.")
    assert quantity(one(found, Target)) == (9e8, "USD")
    assert quantity(one(found, Indicator)) == (3e8, "USD")


def _firm_counts(text: str) -> dict[float, str | None]:
    found = facts(text, published=None)
    return {quantity(i)[0]: i.period for i in of(found, Indicator) if i.metric == "other"}


def test_firms_at_work_today_take_no_year_from_an_earlier_sentence() -> None:
    text = ("Trade between Georgia and Kyrgyzstan reached $80 million in 2021. "
            "Today about 260 companies with Georgian capital operate in Kyrgyzstan.")
    assert _firm_counts(text) == {260: None}


def test_firm_count_takes_no_year_from_a_contrasting_clause() -> None:
    text = ("Georgia and Kyrgyzstan held talks. About 260 joint ventures operate in Kyrgyzstan, "
            "although in 2014 their number was just 40.")
    assert _firm_counts(text).get(260) is None


def test_firm_count_takes_the_year_its_clause_states() -> None:
    text = ("Georgia and Kyrgyzstan held talks. As of March 1, 2022, there are 260 firms with Georgian "
            "capital in Kyrgyzstan, of which 90 are joint ventures.")
    assert _firm_counts(text) == {260: "2022", 90: "2022"}


def test_an_event_takes_the_month_of_its_own_clause() -> None:
    text = ("In March Georgia opened a consulate in Bishkek, and in October Kyrgyzstan hosted a "
            "Georgian-Kyrgyz business forum in Bishkek.")
    assert one(facts(text, published="2023-12-20"), Event).date == "2023-10"
