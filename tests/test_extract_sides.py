"""Who undertakes a commitment and with whom. Every sentence here is written for these tests."""

from __future__ import annotations

from bilateral.documents.model import Document
from bilateral.extraction import extract
from bilateral.facts.models import Commitment


def commitments(text: str) -> list[Commitment]:
    return [f for f in extract(Document(id="t", text=text, published="2025-04-24")) if isinstance(f, Commitment)]


def test_a_country_named_by_its_region_acts() -> None:
    text = ("Oman and Tajikistan held talks in Dushanbe on Monday. Tajikistan hopes to widen trade with Oman. "
            "The Gulf state opened a trade office in Khujand in 2019.")
    found = [c for c in commitments(text) if "office" in (c.object or "")]
    assert [(c.by, c.with_) for c in found] == [(["OMN"], ["TJK"])]


def test_three_countries_listed_as_subject_all_undertake() -> None:
    text = ("Kazakhstan, Turkmenistan and Iran held transport talks in Tehran. Kazakhstan hopes for more cargo. "
            "Iran, Turkmenistan and Kazakhstan agreed to build a joint grain terminal at the port of Bandar Abbas.")
    found = [c for c in commitments(text) if "terminal" in (c.object or "")]
    assert [(c.by, c.with_) for c in found] == [(["IRN", "KAZ", "TKM"], [])]


def test_the_three_countries_undertake_together() -> None:
    text = ("Kazakhstan, Turkmenistan and Iran held transport talks in Tehran. Kazakhstan hopes for more cargo. "
            "The three countries also agreed to open a joint freight office in Serakhs.")
    found = [c for c in commitments(text) if "office" in (c.object or "")]
    assert [(c.by, c.with_) for c in found] == [(["IRN", "KAZ", "TKM"], [])]


def test_a_signed_project_sited_in_one_country_is_built_by_the_other() -> None:
    text = ("Uzbekistan and Turkey held talks in Ankara. Uzbekistan seeks Turkish investment. "
            "The sides signed a contract to build a textile factory in Namangan.")
    found = [c for c in commitments(text) if "factory" in (c.object or "")]
    assert [(c.stage, c.by, c.with_) for c in found] == [("signed", ["TUR"], ["UZB"])]


def test_a_signed_joint_project_sited_in_one_country_is_built_by_both() -> None:
    text = ("Uzbekistan and Turkey held talks in Ankara. Uzbekistan seeks Turkish investment. "
            "The sides signed a contract to build a joint textile factory in Namangan.")
    found = [c for c in commitments(text) if "factory" in (c.object or "")]
    assert [(c.stage, c.by, c.with_) for c in found] == [("signed", ["TUR", "UZB"], [])]


def test_the_company_named_after_by_does_the_work() -> None:
    text = ("Kyrgyzstan and Saudi Arabia held talks in Bishkek. Kyrgyzstan hopes for Saudi investment. "
            "The sides agreed on the building of a wind farm near Naryn by ACWA Power.")
    found = [c for c in commitments(text) if "wind farm" in (c.object or "")]
    assert [(c.by, c.with_) for c in found] == [(["SAU"], ["KGZ"])]


def test_a_fund_taking_part_in_a_signed_supply_is_the_supplier() -> None:
    text = ("Uzbekistan and Japan held talks in Tashkent. Uzbekistan seeks Japanese investment. "
            "The sides signed a contract on the supply of dialysis machines "
            "with the participation of the Japanese aid fund.")
    found = [c for c in commitments(text) if "dialysis" in (c.object or "")]
    assert [(c.by, c.with_) for c in found] == [(["JPN"], ["UZB"])]


def test_a_country_that_only_picked_the_projects_is_no_doer() -> None:
    text = ("India and Tajikistan held talks in Dushanbe. Tajikistan seeks Indian grants. "
            "India will fund schools in rural districts selected by the Tajik government.")
    found = [c for c in commitments(text) if "schools" in (c.object or "")]
    assert [c.by for c in found] == [["IND"]]


def test_goods_both_sides_agree_to_ship_to_one_are_the_others_supply() -> None:
    text = ("Pakistan and Tajikistan held talks in Islamabad. Tajikistan hopes for more trade. "
            "The two leaders agreed to export farm tractors to Tajikistan from next spring.")
    found = [c for c in commitments(text) if "tractors" in (c.object or "")]
    assert [(c.by, c.with_) for c in found] == [(["PAK"], ["TJK"])]


def test_the_country_whose_readiness_is_listed_undertakes() -> None:
    text = ("Armenia and Georgia held talks in Tbilisi. Georgia hopes for more transit. The Armenian envoy listed "
            "the outcomes of the trip, among them Georgia's readiness to build a new bridge over the Debed river.")
    found = [c for c in commitments(text) if "bridge" in (c.object or "")]
    assert [(c.by, c.with_) for c in found] == [(["GEO"], ["ARM"])]


def test_the_countrys_readiness_is_the_last_named_country() -> None:
    text = ("Armenia and Georgia held talks in Tbilisi. Georgia hopes for more transit. The Armenian envoy listed "
            "the outcomes of the trip to Georgia, among them the country's readiness to build a bridge "
            "over the Debed river.")
    found = [c for c in commitments(text) if "bridge" in (c.object or "")]
    assert [(c.by, c.with_) for c in found] == [(["GEO"], ["ARM"])]


def test_a_proposal_accepted_is_no_stance_of_the_proposer() -> None:
    text = ("China and Mongolia held talks in Beijing. Mongolia hopes for more trade. "
            "China is willing to accept Mongolia's proposal to build a new rail bridge at the border.")
    found = [c for c in commitments(text) if "bridge" in (c.object or "")]
    assert [c.by for c in found] == [["CHN"]]


def test_a_decision_nobody_is_named_as_taking_binds_both() -> None:
    text = ("Mongolia and Kazakhstan held trade talks in Astana. Mongolia hopes to ship more coal. "
            "The Mongolian minister said it was decided that a joint customs post will open at the border next year.")
    found = [c for c in commitments(text) if "post" in (c.object or "")]
    assert [(c.by, c.with_) for c in found] == [(["KAZ", "MNG"], [])]


def test_the_countries_agreeing_undertake_together() -> None:
    text = ("Mongolia and Kazakhstan held trade talks in Astana. Mongolia hopes to ship more coal. "
            "A Kazakh envoy said the countries had agreed to simplify visa rules for truck drivers.")
    found = [c for c in commitments(text) if "drivers" in (c.object or "")]
    assert [(c.by, c.with_) for c in found] == [(["KAZ", "MNG"], [])]


def test_the_country_whose_office_opens_opens_it_whoever_speaks() -> None:
    text = ("Mongolia and Kazakhstan held trade talks in Astana. Kazakhstan hopes to buy more coal. "
            "The Kazakh minister said a Mongolian trade office opened in Almaty last week.")
    found = [c for c in commitments(text) if "office" in (c.object or "")]
    assert [(c.by, c.with_) for c in found] == [(["MNG"], ["KAZ"])]


def test_a_capital_with_its_verb_acts_for_its_country() -> None:
    text = ("Iran and Afghanistan held transport talks in Kabul on Sunday. Afghanistan wants new roads. "
            "Tehran has pledged to build a highway to Herat.")
    found = [c for c in commitments(text) if "highway" in (c.object or "")]
    assert [(c.by, c.with_) for c in found] == [(["IRN"], ["AFG"])]


def test_an_institution_named_of_a_country_is_that_countrys() -> None:
    text = ("Uzbekistan and Afghanistan held trade talks in Termez. Afghanistan seeks more flour. "
            "The Trade House of Uzbekistan was opened in Mazar-i-Sharif on Monday.")
    found = [c for c in commitments(text) if "Trade House" in (c.object or "")]
    assert [(c.by, c.with_) for c in found] == [(["UZB"], ["AFG"])]


def test_countries_of_a_later_list_item_are_not_parties_to_a_discussed_topic() -> None:
    text = ("Oman and Tajikistan held talks in Dushanbe. Tajikistan hopes to widen trade. "
            "The two sides also discussed lower duties on Tajik fruit, and a freight corridor "
            "linking Tajikistan, Iran and Oman.")
    found = [c for c in commitments(text) if "duties" in (c.object or "")]
    assert [(c.stage, c.by, c.with_) for c in found] == [("discussed", [], ["OMN", "TJK"])]


def test_goods_delivered_to_a_country_are_not_delivered_by_it() -> None:
    text = ("Oman and Tajikistan held talks in Dushanbe. Tajikistan hopes to widen trade. "
            "The Gulf monarchy has delivered 2,000 tons of rice to Tajikistan as humanitarian aid.")
    found = [c for c in commitments(text) if "rice" in (c.object or "")]
    assert [(c.by, c.with_) for c in found] == [(["OMN"], ["TJK"])]


def test_aid_to_people_named_by_a_demonym_stays_with_the_giver() -> None:
    text = ("Kyrgyzstan and Afghanistan held talks in Kabul. Afghanistan wants more trade. "
            "The envoy said Kyrgyzstan plans to send medical aid to Kyrgyz families in Wakhan.")
    found = [c for c in commitments(text) if "medical" in (c.object or "")]
    assert [(c.by, c.with_) for c in found] == [(["KGZ"], ["AFG"])]


def test_the_agent_of_a_passive_builds_whoever_opens_the_clause() -> None:
    text = ("Kazakhstan and Afghanistan held energy talks in Kabul. Afghanistan needs more power. "
            "Afghanistan announced that a new power line to Mazar-i-Sharif will be built by a Kazakh company.")
    found = [c for c in commitments(text) if "line" in (c.object or "")]
    assert [(c.by, c.with_) for c in found] == [(["KAZ"], ["AFG"])]


def test_a_side_that_seeks_to_export_supplies_what_a_contract_leaves_unattributed() -> None:
    text = ("Tajikistan and Oman held trade talks in Muscat. Tajikistan is seeking to export more dried apricots. "
            "The two sides signed contracts for the supply of dried apricots and honey.")
    found = [c for c in commitments(text) if "honey" in (c.object or "")]
    assert [(c.by, c.with_) for c in found] == [(["TJK"], ["OMN"])]
