"""Commitments written without "X will do Y": passive and noun forms, requests, stage slips. Every
sentence here is written for these tests."""

from __future__ import annotations

import pytest

from bilateral.documents.model import Document
from bilateral.extraction import extract
from bilateral.facts.models import Commitment


def commitments(text: str) -> list[Commitment]:
    return [f for f in extract(Document(id="t", text=text, published="2025-04-24")) if isinstance(f, Commitment)]


def only(text: str) -> Commitment:
    found = commitments(text)
    assert len(found) == 1, found
    return found[0]


def test_agreeing_to_consider_is_intent() -> None:
    c = only("Kyrgyzstan and Tajikistan agreed to consider building a cement plant in Khujand.")
    assert (c.stage, c.object) == ("intent", "cement plant in Khujand")


def test_an_invitation_to_invest_is_a_request() -> None:
    c = only("The Kyrgyz minister invited Tajik companies to invest in the Naryn hydropower plant.")
    assert (c.stage, c.by) == ("discussed", [])


def test_an_invitation_to_join_a_project_is_a_request() -> None:
    c = only("The Uzbek minister invited Kazakh firms to join the Termez logistics hub project.")
    assert (c.stage, c.by, c.with_) == ("discussed", [], ["KAZ", "UZB"])


def test_noting_the_importance_of_a_project_is_discussion() -> None:
    c = only("The Tajik president noted the importance of building the Dushanbe-Kulob highway with Kyrgyzstan.")
    assert (c.stage, c.by) == ("discussed", [])


def test_the_importance_of_ones_own_institution_is_intent() -> None:
    c = only("Tajikistan stressed the importance of expanding the work of its trade house in Osh with Kyrgyzstan.")
    assert (c.stage, c.by) == ("intent", ["TJK"])


def test_a_joint_company_set_up_under_a_deal_is_founded_by_both() -> None:
    c = only("The Kyrgyz Export Agency and a chamber of commerce in Tajikistan signed a memorandum to set up "
             "a joint logistics company in Tajikistan.")
    assert (c.kind, c.stage, c.by, c.with_) == ("establishment", "signed", ["KGZ", "TJK"], [])


def test_the_side_whose_people_are_trained_is_the_beneficiary() -> None:
    c = only("Kazakhstan and Uzbekistan signed a memorandum on vocational training for welders in order to "
             "raise the skills of Uzbekistan's workforce.")
    assert (c.kind, c.by, c.with_) == ("training", ["KAZ"], ["UZB"])


def test_a_country_named_in_the_object_of_noted_is_no_reported_subject() -> None:
    c = only("The government of Tajikistan noted the rising demand of Chinese textile firms and is ready to "
             "allocate land for a cotton spinning mill.")
    assert (c.stage, c.by, c.with_) == ("intent", ["TJK"], ["CHN"])


def test_an_office_that_will_be_opened_is_pledged() -> None:
    c = only("The Kazakh consulate in Mazar-i-Sharif will be formally opened in the coming weeks, Afghanistan said.")
    assert (c.stage, c.object, c.by) == ("pledged", "The Kazakh consulate in Mazar-i-Sharif", ["KAZ"])


def test_a_shared_plan_for_transit_through_a_third_country_is_for_that_country() -> None:
    c = only("Kazakhstan and Turkmenistan agreed to draw up a common tariff for rail transit through Iran.")
    assert (c.by, c.with_) == (["KAZ", "TKM"], ["IRN"])


def test_documents_to_be_signed_in_the_passive_bind_both_sides() -> None:
    found = [c for c in commitments("Uzbek President Shavkat Mirziyoyev will travel to Tajikistan next week, where a "
                                    "set of intergovernmental documents will be signed.") if c.kind == "other"]
    assert [(c.stage, c.by, c.with_) for c in found] == [("pledged", ["TJK", "UZB"], [])]


def test_a_loan_for_one_sides_part_named_after_the_loan_is_lent_by_the_other() -> None:
    text = ("Tajikistan and Turkey signed a memorandum on providing a preferential loan to fund Tajikistan's "
            "portion of the Vakhsh bridge construction.")
    found = [c for c in commitments(text) if c.kind == "finance"]
    assert [(c.by, c.with_) for c in found] == [(["TUR"], ["TJK"])]


def test_a_line_built_under_a_contract_to_one_sides_city_is_built_by_the_other() -> None:
    found = [c for c in commitments("Turkmenistan and Afghanistan signed a contract for the construction of a "
                                    "power line from the Serhetabat substation to Herat.") if c.kind == "construction"]
    assert [(c.by, c.with_) for c in found] == [(["TKM"], ["AFG"])]


def test_what_a_signed_protocol_provides_for_is_signed() -> None:
    c = only("The two ministers also signed a protocol under which Kyrgyzstan will buy Kazakh wheat.")
    assert (c.kind, c.stage, c.by) == ("purchase", "signed", ["KGZ"])


def test_a_project_that_was_supported_is_intent() -> None:
    c = only("The building of the Osh-Batken highway was strongly supported by Kyrgyzstan and Tajikistan.")
    assert (c.kind, c.stage) == ("construction", "intent")


def test_deliveries_that_have_kicked_off_are_implementing() -> None:
    c = only("Shipments of Kyrgyz cement and glass to Tajikistan have kicked off this month.")
    assert (c.kind, c.stage, c.by) == ("supply", "implementing", ["KGZ"])


def test_work_that_will_start_is_pledged() -> None:
    c = only("The laying of the second track of the Osh railway will start next month, a Kyrgyz minister said.")
    assert (c.kind, c.stage) == ("construction", "pledged")


def test_help_sought_is_a_request() -> None:
    c = only("The Tajik delegation sought Kyrgyzstan's help in personnel training for the textile industry.")
    assert (c.kind, c.stage) == ("training", "discussed")


def test_seeking_to_act_is_intent_not_a_request() -> None:
    c = only("Kyrgyzstan sought to build a fruit warehouse near the Tajik border.")
    assert c.stage == "intent"


LISTED = ("Kyrgyzstan and Tajikistan signed 12 documents on Friday.\nThe signed documents include the following:\n"
          "- Agreement between the governments on the Kyrgyz-Tajik investment fund.\n"
          "- Agreement on the opening of a Tajik trade house in Osh.\n"
          "- Memorandum between the customs services on preventing violations of customs legislation.\n"
          "- Agreement on cultural exchanges in the form of an exchange of letters.")


def test_what_a_listed_document_sets_up_is_signed() -> None:
    found = {c.object: (c.kind, c.stage, c.by) for c in commitments(LISTED)}
    assert found == {"investment fund": ("establishment", "signed", ["KGZ", "TJK"]),
                     "Tajik trade house in Osh": ("establishment", "signed", ["TJK"])}


def test_agreeing_to_organise_a_fair_is_a_pledge() -> None:
    c = only("Kyrgyzstan and Tajikistan agreed to organise a joint trade fair for textile producers.")
    assert (c.kind, c.stage) == ("other", "pledged") and "trade fair" in c.object


def test_a_need_stressed_is_the_speakers_intent() -> None:
    c = only("The Tajik minister stressed the need for a direct rail freight service between Dushanbe and Bishkek.")
    assert (c.stage, c.by, c.object) == ("intent", ["TJK"], "direct rail freight service between Dushanbe and Bishkek")


def test_importance_attached_to_an_action_is_intent() -> None:
    c = only("Kyrgyzstan attached great importance to the construction of a grain terminal by a Tajik firm.")
    assert (c.kind, c.stage, c.by) == ("construction", "intent", ["KGZ"])


def test_a_proposal_names_its_object_after_the_gerund() -> None:
    c = only("The Kyrgyz president proposed organising Weeks of Tajik Cinema in Bishkek and Osh next spring.")
    assert (c.stage, c.by, c.object) == ("intent", ["KGZ"], "Weeks of Tajik Cinema in Bishkek and Osh next spring")


def test_an_impersonal_plan_is_intent_by_the_owner() -> None:
    text = ("Kyrgyz Foreign Minister Kulubaev received the Tajik envoy. "
            "It is planned to open a Tajik consulate in Batken next year.")
    c = only(text)
    assert (c.kind, c.stage, c.by, c.with_) == ("establishment", "intent", ["TJK"], ["KGZ"])


def test_asking_a_country_to_join_is_a_request() -> None:
    c = only("Tajikistan asked Kyrgyzstan to join the Pamir Water Council.")
    assert (c.stage, c.by, c.object) == ("discussed", [], "Pamir Water Council")


def test_what_it_was_agreed_to_do_binds_both_sides() -> None:
    text = ("The Tajik delegation arrived in Bishkek on Monday. "
            "It was agreed to keep the Kyzyl-Bel border crossing open around the clock.")
    c = only(text)
    assert (c.stage, c.by, c.with_) == ("pledged", ["KGZ", "TJK"], [])


def test_a_frame_without_a_named_thing_is_no_undertaking() -> None:
    assert not commitments("The Kyrgyz minister stressed the need to strengthen cooperation with Tajikistan.")
    assert not commitments("The Tajik side proposed holding the next meeting of the commission in Khujand.")
    assert not commitments("Both leaders stressed the need to bring Kyrgyz-Tajik trade to $1 billion.")


def test_a_country_after_a_preposition_does_not_undertake() -> None:
    c = only("After long talks with Tajik officials, Kyrgyzstan is ready to build a bridge over the Isfara river.")
    assert (c.by, c.with_) == (["KGZ"], ["TJK"])


def test_a_named_thing_joined_by_and_the_is_a_commitment_of_its_own() -> None:
    found = commitments("Kyrgyzstan and Tajikistan discussed the creation of a seed bank and the Fergana Water Board.")
    assert [(c.kind, c.stage, c.object) for c in found] == [
        ("establishment", "discussed", "seed bank"), ("establishment", "discussed", "Fergana Water Board")]


def test_goods_joined_by_and_the_stay_one_undertaking() -> None:
    c = only("Kyrgyzstan will supply cement and the wheat flour to Tajikistan.")
    assert (c.kind, c.by) == ("supply", ["KGZ"])


def test_legal_assistance_between_courts_is_no_aid() -> None:
    text = ("Kyrgyzstan and Tajikistan signed a treaty on mutual legal assistance in family matters and "
            "an accord on judicial assistance in commercial disputes.")
    assert not [c for c in commitments(text) if c.kind == "aid"]


def test_a_sphere_or_a_size_word_names_no_thing() -> None:
    text = ("The two governments signed a memorandum on closer work in the customs sphere. The new road opens up huge "
            "opportunities for Kyrgyzstan and will promote long-term stability.")
    assert commitments(text) == []


def test_what_talks_were_aimed_at_is_no_undertaking() -> None:
    text = "The trip also included a round of talks aimed at speeding up joint projects in the two countries."
    assert commitments(text) == []


def test_advocating_a_thing_is_intent() -> None:
    c = only("The Kyrgyz minister discussed trade and advocated for the establishment of a cargo air corridor.")
    assert (c.stage, c.by) == ("intent", ["KGZ"])


def test_interest_in_running_a_thing_is_intent() -> None:
    c = only("Tajik investors showed keen interest in managing the main Kyrgyz airports.")
    assert (c.stage, c.by) == ("intent", ["TJK"])


def test_constituting_a_group_is_setting_one_up() -> None:
    c = only("Kyrgyzstan and Tajikistan decided to constitute a joint working group on water sharing.")
    assert (c.kind, c.stage, c.by) == ("establishment", "pledged", ["KGZ", "TJK"])


def test_bartering_goods_is_an_undertaking() -> None:
    c = only("Kyrgyzstan and Tajikistan have agreed to barter trade in cotton and cement.")
    assert (c.stage, c.by, c.object) == ("pledged", ["KGZ", "TJK"], "barter trade in cotton and cement")


def test_an_instruction_to_governments_is_a_pledge() -> None:
    c = only("Uzbekistan and Tajikistan held talks in Tashkent. The ministries were instructed to set up a joint "
             "venture fund for industrial projects.")
    assert (c.kind, c.stage, c.object) == ("establishment", "pledged", "joint venture fund for industrial projects")


def test_a_side_s_assurance_is_a_pledge() -> None:
    c = only("Talks were held between Uzbekistan and Tajikistan. Tajikistan's assurance to create better "
             "conditions for the transit of Uzbek cargo to Iran.")
    assert (c.stage, c.by) == ("pledged", ["TJK"])


def test_a_bare_instruction_is_no_undertaking() -> None:
    assert commitments("As instructed by the president, the Uzbek minister visited Dushanbe.") == []


def test_some_interest_in_two_joined_actions_is_intent() -> None:
    c = only("Uzbekistan and Tajikistan held talks. The delegation expressed some interest in surveying and "
             "developing Tajik copper deposits.")
    assert (c.stage, c.object) == ("intent", "Tajik copper deposits")


def test_names_listed_before_one_head_are_one_undertaking_each() -> None:
    found = commitments("Uzbekistan is ready to join the construction of the Dushanbe-Kulob, Vahdat-Yovon and "
                        "Kulob-Dangara railway lines in Tajikistan.")
    assert sorted(c.object or "" for c in found) == ["Dushanbe-Kulob railway lines", "Kulob-Dangara railway lines",
                                                     "Vahdat-Yovon railway lines"]


def test_two_undertakings_sharing_only_a_demonym_stay_apart() -> None:
    found = commitments("Uzbekistan and Tajikistan met in Termez. Uzbekistan agreed to open Tajik fruit warehouses. "
                        "Uzbekistan also promised to set up Tajik fruit shops.")
    assert len(found) == 2, found


def test_separately_named_projects_are_not_merged() -> None:
    found = commitments("Uzbekistan and Tajikistan met in Termez. Uzbekistan will build the Zarafshan railway "
                        "bridge. Uzbekistan will also build the Vakhsh railway bridge.")
    assert len(found) == 2, found


def test_an_accord_to_act_on_a_named_thing_is_pledged() -> None:
    c = only("Kyrgyzstan and Tajikistan agreed to reopen the Karamyk checkpoint for trucks.")
    assert (c.stage, c.by, c.object) == ("pledged", ["KGZ", "TJK"], "Karamyk checkpoint for trucks")


def test_a_bare_accord_to_raise_trade_is_no_commitment() -> None:
    text = "Kyrgyzstan and Tajikistan agreed to raise trade volume and speed up relations in many fields."
    assert commitments(text) == []


def test_a_grant_offered_with_its_sum_is_finance() -> None:
    c = only("Kyrgyzstan is glad to offer a grant of $30 million to Tajikistan for rural schools.")
    assert (c.kind, c.by, c.amount and c.amount.value) == ("finance", ["KGZ"], 30_000_000)


def test_an_extended_credit_line_is_pledged() -> None:
    c = only("Kyrgyzstan extended a $300 million line of credit to Tajikistan for power projects.")
    assert (c.kind, c.stage, c.with_) == ("finance", "pledged", ["TJK"])


def test_the_leaders_agreeing_bind_both_sides() -> None:
    c = only("Talks between Mongolia and Hungary went well. The leaders agreed to build a dairy plant in Darkhan.")
    assert (c.by, c.with_) == (["HUN", "MNG"], [])


def test_both_agreeing_after_ties_between_the_two_countries_bind_both() -> None:
    c = only("Hungary's minister praised ties between the two countries in Ulaanbaatar and said that both have "
             "agreed to build a cargo terminal near the border.")
    assert (c.by, c.with_) == (["HUN", "MNG"], [])


def test_an_opening_that_was_discussed_is_not_done() -> None:
    c = only("Kyrgyz and Tajik ministers discussed the opening of a joint trade house in Osh.")
    assert (c.stage, c.by) == ("discussed", [])


def test_what_will_be_removed_is_pledged_not_done() -> None:
    c = only("Kyrgyzstan and Tajikistan decided that the quotas on cement trucks will be removed next year.")
    assert c.stage == "pledged"


def test_a_loan_for_one_sides_share_is_lent_by_the_other() -> None:
    found = [c for c in commitments("Hungary and Kyrgyzstan signed a memorandum on a soft loan to finance "
                                    "Kyrgyzstan's part of a new irrigation canal.") if c.kind == "finance"]
    assert [(c.by, c.with_) for c in found] == [(["HUN"], ["KGZ"])]


def test_an_opening_on_the_agenda_is_discussed() -> None:
    c = only("Among the topics on the agenda was the opening of a Kyrgyz trade office in Dushanbe.")
    assert (c.stage, c.by) == ("discussed", [])


def test_a_potential_thing_that_was_discussed_is_a_discussion() -> None:
    c = only("Kyrgyz and Tajik experts discussed the potential construction of a bridge over the Isfara river.")
    assert (c.stage, c.by) == ("discussed", [])


def test_modernisation_is_construction() -> None:
    c = only("Georgia and Armenia agreed to modernise the Sadakhlo border crossing next year.")
    assert (c.kind, c.stage) == ("construction", "pledged")
    assert "Sadakhlo" in (c.object or "")


def test_developing_a_named_route_is_construction() -> None:
    c = only("Armenia expressed readiness to develop the Gyumri-Akhalkalaki railway line.")
    assert (c.kind, c.stage, c.by) == ("construction", "intent", ["ARM"])


def test_developing_ties_is_no_undertaking() -> None:
    assert commitments("Armenia expressed readiness to develop friendly ties with Georgia.") == []


def test_ties_between_the_two_countries_are_goodwill() -> None:
    assert commitments("The new council is to promote and deepen trade and economic relations between the two "
                       "countries.") == []


def test_flights_between_two_cities_are_concrete() -> None:
    c = only("The sides discussed direct flights between Yerevan and Batumi.")
    assert (c.kind, c.stage) == ("facilitation", "discussed")


def test_goods_provided_with_follow_with() -> None:
    c = only("Armenia decided to provide Georgia with 40 fire engines.")
    assert (c.kind, c.stage, c.by, c.object) == ("supply", "pledged", ["ARM"], "40 fire engines")


def test_what_is_provided_gives_the_kind() -> None:
    c = only("Georgia will provide a soft loan to Armenia for a water pipeline in Vanadzor.")
    assert (c.kind, c.stage, c.by) == ("finance", "pledged", ["GEO"])


def test_benefits_provided_to_someone_are_no_undertaking() -> None:
    assert commitments("The Armenian minister praised the benefits provided to Georgian farmers.") == []


def test_documents_on_unnamed_projects_are_the_agreement_alone() -> None:
    text = "Armenia and Georgia signed 14 documents on the implementation of joint projects in tourism and logistics."
    assert commitments(text) == []


def test_a_named_project_in_a_signed_document_is_an_undertaking() -> None:
    c = only("Armenia and Georgia signed an agreement on the implementation of the Vanadzor-Tbilisi road projects.")
    assert c.stage == "signed"


def test_firms_involved_in_projects_are_implementing_them() -> None:
    c = only("Armenian firms are currently involved in six investment projects in Georgia worth $400 million.")
    assert (c.kind, c.stage, c.by) == ("investment", "implementing", ["ARM"])
    assert c.amount is not None and c.amount.value == 400_000_000


def test_work_that_continues_is_implementing() -> None:
    c = only("Construction of the Armenian school in Marneuli continues with Georgian contractors.")
    assert (c.kind, c.stage) == ("construction", "implementing")


def test_what_the_talks_touched_upon_is_discussed() -> None:
    c = only("The ministers' talks touched upon the construction of a cargo terminal in Gyumri.")
    assert (c.stage, c.by) == ("discussed", [])


def test_an_item_on_the_agenda_is_discussed() -> None:
    c = only("The main item on the agenda was the rehabilitation of the Vanadzor bypass road.")
    assert (c.stage, c.by) == ("discussed", [])


def test_an_action_word_naming_a_minister_is_no_action() -> None:
    text = "Georgia signed the agreements in Yerevan along with the Armenian finance minister Karen Sargsyan."
    assert commitments(text) == []


def test_an_action_word_naming_a_partner_is_no_action() -> None:
    assert commitments("He highlighted Georgia as one of Armenia's main trade and investment partners.") == []


def test_what_a_thing_will_play_a_role_in_is_no_undertaking() -> None:
    text = "The new bridge would play a key role in boosting trade and in opening new markets for farmers."
    assert commitments(text) == []


def test_what_a_thing_will_enable_is_no_undertaking() -> None:
    assert commitments("The Osh terminal will enable Tajik traders to export more dried fruit to China.") == []


def test_what_growth_can_be_achieved_through_is_no_undertaking() -> None:
    text = "Growth of trade can be achieved through the faster implementation of the joint textile projects in Osh."
    assert commitments(text) == []


def test_what_is_done_without_is_no_undertaking() -> None:
    c = only("The ministers discussed the opening of a Kyrgyz trade house in Khujand, the spokesman said without "
             "providing any further figures.")
    assert c.object == "Kyrgyz trade house in Khujand"


def test_a_stimulus_is_no_thing_provided() -> None:
    assert commitments("Closer ties with Tajikistan will provide a stimulus to Kyrgyz light industry.") == []


def test_a_goodwill_verb_joined_by_and_ends_the_object() -> None:
    text = "Kyrgyzstan and Tajikistan signed two deals to expand mutual investment and increase trade to $900 million."
    assert commitments(text) == []


def test_the_implementation_of_which_names_no_thing() -> None:
    text = ("Five documents were signed by Kyrgyzstan and Tajikistan in 2023, the implementation of which was stressed "
            "by the ministers.")
    assert commitments(text) == []


def test_implementing_earlier_decisions_names_no_thing() -> None:
    assert commitments("The ministers discussed the implementation of the decisions reached at the Osh summit.") == []


def test_bare_joint_projects_name_no_thing() -> None:
    assert commitments("Kyrgyz and Tajik joint projects are being implemented, the minister told reporters.") == []


def test_interest_in_joining_a_project_is_intent() -> None:
    c = only("The Tajik minister reiterated his country's interest in joining the Kyrgyz-Chinese railway project.")
    assert (c.stage, c.by, c.object) == ("intent", ["TJK"], "Kyrgyz-Chinese railway project")


def test_being_interested_in_a_trade_route_is_intent() -> None:
    c = only("Tajikistan was also interested in expanding cotton trade through Uzbekistan to Iran.")
    assert (c.stage, c.by) == ("intent", ["TJK"])


def test_an_interest_to_buy_is_intent() -> None:
    c = only("The Tajik side underlined its interest to buy Kyrgyz wool and honey.")
    assert (c.kind, c.stage, c.by) == ("purchase", "intent", ["TJK"])


def test_an_interest_in_keeping_ties_is_goodwill() -> None:
    assert commitments("Kyrgyzstan is interested in maintaining the existing trade, transport and energy ties.") == []


def test_the_kind_of_a_service_makes_it_a_thing() -> None:
    c = only("The ministers discussed the resumption of direct flights, the spokesman said.")
    assert (c.kind, c.stage, c.object) == ("facilitation", "discussed", "direct flights")


def test_importation_is_a_purchase() -> None:
    c = only("The sides discussed the importation of Kyrgyz cement and glass to Tajikistan.")
    assert (c.kind, c.stage) == ("purchase", "discussed")


def test_an_agreement_reached_on_a_named_thing_is_a_pledge() -> None:
    c = only("Kyrgyzstan and Tajikistan also reached an agreement on holding Kyrgyz Film Days in Dushanbe next spring.")
    assert (c.stage, c.by) == ("pledged", ["KGZ", "TJK"]) and "Film Days" in (c.object or "")


def test_an_agreement_reached_on_a_joint_production_is_a_pledge() -> None:
    c = only("In Bishkek, an agreement was reached on the joint production of wheat flour by Kyrgyz and Tajik mills.")
    assert c.stage == "pledged"


def test_being_directed_to_do_a_thing_is_a_pledge() -> None:
    c = only("The Kyrgyz and Tajik transport ministries were directed to set up a joint council on cargo tariffs.")
    assert (c.kind, c.stage) == ("establishment", "pledged")


def test_being_tasked_with_a_thing_is_a_pledge() -> None:
    c = only("The Kyrgyz and Tajik energy ministries were tasked with building a power line to Khujand.")
    assert (c.kind, c.stage) == ("construction", "pledged")


def test_a_compound_of_the_sides_names_no_thing() -> None:
    text = "Kyrgyzstan and Tajikistan signed two documents meant to promote the growth of the Kyrgyz-Tajik partnership."
    assert commitments(text) == []


def test_attention_paid_in_the_passive_is_a_discussion() -> None:
    c = only("At the talks, particular attention was paid to building a cold store for Kyrgyz and Tajik fruit.")
    assert (c.kind, c.stage) == ("construction", "discussed")


def test_a_bare_adjective_of_a_field_list_names_no_thing() -> None:
    text = "In Osh, Kyrgyzstan and Tajikistan paid attention to enhancing political, cultural and humanitarian ties."
    assert commitments(text) == []


def test_a_long_agreed_list_shares_its_first_items_stage() -> None:
    found = commitments("Kyrgyzstan and Tajikistan agreed to cooperate in farming through the creation of joint dairy "
                        "farms and fish hatcheries along the border near Isfara, exporting Kyrgyz honey to Tajikistan.")
    assert [(c.kind, c.stage) for c in found] == [("establishment", "pledged"), ("supply", "pledged")]


def test_an_item_after_list_items_without_an_action_word_shares_the_stage() -> None:
    found = commitments("The contracts signed by Kyrgyzstan and Tajikistan include the building of grain silos near "
                        "the old town of Osh in the south, river dredging near Isfara, upkeep of border roads, supply "
                        "of Kyrgyz honey to Tajikistan.")
    assert [(c.kind, c.stage) for c in found] == [("construction", "signed"), ("supply", "signed")]


def test_a_list_of_single_fields_before_one_head_carries_no_stage() -> None:
    c = only("In Osh, Kyrgyzstan agreed on building a large cold store for fruit with Tajikistan, farming, water, "
             "mining and investment projects.")
    assert c.kind == "construction"


def test_a_goodwill_topic_between_items_ends_the_list() -> None:
    c = only("Kyrgyzstan has opened a trade house in the Tajik city of Khujand, closer cooperation in farming and "
             "mining, and the facilitation of visas for Tajik traders are steps that strengthen ties.")
    assert c.kind == "establishment"


def test_a_cue_after_a_long_list_of_topics_governs_it() -> None:
    found = commitments("Besides, the question of opening a fast lane for fresh fruit at the border, a shared "
                        "veterinary laboratory, phytosanitary control points, more border posts and an increase in "
                        "freight by rail between Kyrgyzstan and Tajikistan was discussed.")
    assert [(c.kind, c.stage) for c in found] == [("establishment", "discussed")]


def test_two_modifiers_share_one_head() -> None:
    c = only("Kyrgyzstan and Tajikistan agreed on the creation of wholesale and logistics centres near Osh.")
    assert c.object == "wholesale and logistics centres near Osh"


def test_a_document_to_be_signed_is_the_one_before_the_passive() -> None:
    c = only("After the Kyrgyz-Tajik commission ends, a protocol will be signed and a road map will be adopted.")
    assert (c.stage, c.object) == ("pledged", "protocol")


def test_thanks_for_a_named_deed_is_a_done_undertaking_of_the_side_thanked() -> None:
    c = only("Kyrgyz officials voiced their gratitude to Tajikistan for financing the Osh city water pipeline.")
    assert (c.kind, c.stage, c.by, c.with_) == ("finance", "done", ["TJK"], ["KGZ"])


def test_thanks_for_courtesy_is_no_undertaking() -> None:
    assert commitments("The Kyrgyz president thanked Tajikistan for hosting the gathering and its hospitality.") == []


def test_the_side_thanked_by_name_is_the_one_that_did_it() -> None:
    c = only("He expressed gratitude to Tajikistan for its scholarships, which have helped many Kyrgyz students.")
    assert (c.stage, c.by, c.with_) == ("done", ["TJK"], ["KGZ"])


def test_what_a_route_or_facility_will_bring_about_is_no_undertaking() -> None:
    text = "Tajik officials said the new Kyrgyz highway, built in spring, will supply fresh markets for Tajik farmers."
    assert commitments(text) == []
    assert commitments("The Uzbek-Kazakh trade zone is expected to increase exports of Uzbek fruit.") == []


def test_carrying_out_what_an_earlier_session_decided_names_nothing() -> None:
    assert commitments("The co-chairs looked at how the decisions taken at the third round in Khiva "
                       "were being implemented.") == []
    assert commitments("Both ministers reviewed the implementation of the results achieved at the Termez talks "
                       "with Tajikistan.") == []


def test_accepting_an_invitation_or_sending_a_delegation_is_a_visit_not_an_undertaking() -> None:
    assert commitments("The Kyrgyz president accepted the invitation of the Qatari emir to come to Doha.") == []
    assert commitments("The Omani minister said he will send a trade delegation to Tajikistan next spring.") == []


def test_an_open_exchange_of_views_is_goodwill() -> None:
    assert commitments("Tajikistan is interested in an open exchange of views with Kuwait on regional matters.") == []


def test_raising_turnover_with_our_country_is_goodwill() -> None:
    assert commitments("The Latvian envoy spoke of his side's intention to raise trade turnover "
                       "with our country.") == []


def test_agreeing_to_start_negotiations_on_a_treaty_is_a_pledge() -> None:
    c = only("Turkmenistan and Georgia agreed to launch negotiations on a road transport treaty.")
    assert (c.kind, c.stage, c.by) == ("other", "pledged", ["GEO", "TKM"])
    assert "negotiations on a road transport treaty" in (c.object or "")


def test_starting_negotiations_that_name_no_subject_is_no_undertaking() -> None:
    assert commitments("Turkmenistan and Georgia agreed to begin negotiations soon at the level of experts.") == []


def test_a_promise_of_zero_tariffs_is_market_access() -> None:
    c = only("Mongolia will impose zero tariffs on wool imported from Kyrgyzstan, the minister said.")
    assert (c.kind, c.stage, c.by, c.with_) == ("facilitation", "pledged", ["MNG"], ["KGZ"])


def test_cutting_tariffs_is_market_access() -> None:
    c = only("Tajikistan and Uzbekistan agreed to eliminate import tariffs on cement and glass.")
    assert (c.kind, c.stage) == ("facilitation", "pledged")


def test_documents_that_would_also_be_signed_are_a_planned_signing() -> None:
    c = only("Officials of Uzbekistan and Kazakhstan said two memorandums would also be signed during the visit.")
    assert (c.kind, c.stage, c.by) == ("other", "pledged", ["KAZ", "UZB"])


def test_the_opening_of_a_business_forum_is_no_establishment() -> None:
    assert commitments("Kazakhstan's minister spoke at the opening of the third Kazakh-Uzbek business forum "
                       "in Tashkent.") == []


def test_the_opening_of_an_investment_forum_is_no_investment() -> None:
    assert commitments("The Uzbek minister spoke at the opening of the second Uzbek-Kazakh investment forum "
                       "in Tashkent.") == []


def test_a_venue_for_fairs_that_opened_is_an_establishment() -> None:
    c = only("Kazakhstan has opened an exhibition centre for Uzbek goods in Shymkent.")
    assert (c.kind, c.stage) == ("establishment", "done")


def test_a_signed_preferential_trade_agreement_binds_both_sides_to_its_regime() -> None:
    c = only("In Tashkent on Monday, the trade ministers of Kyrgyzstan and Uzbekistan signed a preferential "
             "trade agreement between the two governments.")
    assert (c.kind, c.stage, c.by, c.with_, c.sector) == ("facilitation", "signed", ["KGZ", "UZB"], [], "trade")


def test_a_trade_agreement_signed_years_ago_is_background() -> None:
    assert commitments("Kyrgyzstan and Uzbekistan signed a preferential trade agreement in 2009, officials in "
                       "Bishkek recalled.") == []


def test_a_trade_agreement_signed_with_a_third_party_is_not_the_pairs() -> None:
    assert commitments("Kyrgyzstan spoke of the customs union, with which Uzbekistan has lately signed a "
                       "preferential trade agreement.") == []


def test_a_memorandum_on_reconstruction_is_a_signed_construction() -> None:
    c = only("Tajikistan's water utility and an Emirati engineering firm signed a memorandum on the "
             "reconstruction of pumping stations in Khujand.")
    assert (c.kind, c.stage, c.object) == ("construction", "signed", "pumping stations in Khujand")


def test_an_investment_by_one_side_in_the_other_is_the_investors() -> None:
    c = only("Officials of both countries held negotiations on new mining investments by Kazakhstan into Tajikistan.")
    assert (c.kind, c.by, c.with_) == ("investment", ["KAZ"], ["TJK"])


def test_offering_to_help_a_country_in_a_field_is_aid_by_the_helper() -> None:
    c = only("Japan and Mongolia held talks. The agency also plans to assist Ulaanbaatar in the health "
             "and water sectors.")
    assert (c.kind, c.stage, c.by, c.with_) == ("aid", "intent", ["JPN"], ["MNG"])


def test_help_with_a_country_named_after_it_needs_a_field() -> None:
    assert commitments("Kazakhstan said the new agreement will help Tajikistan to boost trade.") == []


def test_exploring_a_project_on_a_trip_is_discussion() -> None:
    c = only("A Kazakh delegation arrived in Dushanbe to explore ways of building a railway to Kulob.")
    assert (c.stage, c.by) == ("discussed", [])


def test_a_stated_wish_to_explore_a_project_is_intent() -> None:
    c = only("Kazakhstan voiced its readiness to explore the construction of a cement plant in Khujand.")
    assert (c.stage, c.by, c.with_) == ("intent", ["KAZ"], ["TJK"])


def test_allocating_a_sum_for_a_building_is_finance() -> None:
    c = only("The Korean government will allocate $64,000 for the construction of a clinic in Mongolia's Khovd.")
    assert (c.kind, c.by, c.with_) == ("finance", ["KOR"], ["MNG"])


def test_a_sum_allocated_for_works_is_finance() -> None:
    c = only("Some $58,000 will be allocated by Korea for the construction of a kindergarten in Mongolia's Darkhan.")
    assert (c.kind, c.stage) == ("finance", "pledged")


def test_a_loan_for_a_road_is_finance() -> None:
    c = only("Kuwait agreed to grant a loan for the development of the Khujand-Isfara road in Tajikistan.")
    assert (c.kind, c.by, c.with_) == ("finance", ["KWT"], ["TJK"])


def test_cutting_delivery_times_is_no_supply() -> None:
    assert commitments("Kazakhstan and Azerbaijan said their new rail venture will cut the delivery time "
                       "across the Caspian to 12 days.") == []


@pytest.mark.parametrize("text", [
    "The new accords will open wide opportunities for Moldovan and Latvian exporters.",
    "Estonian investors can invest in various sectors within Moldova, the envoy added.",
    "He urged Latvia to invest in key sectors such as mining and tourism.",
    "The Latvian minister said the signing of a transit memorandum provides a practical framework for expanding "
    "trade between Latvia and Moldova.",
    "The Latvian minister urged Moldova to develop new partnerships with Baltic companies.",
])
def test_opportunities_frameworks_and_sectors_name_no_undertaking(text: str) -> None:
    assert commitments(text) == []


def test_resuming_a_service_is_an_undertaking_of_the_service_kind() -> None:
    c = only("Mongolia and Kyrgyzstan agreed on the resumption of direct flights between Ulaanbaatar and Bishkek.")
    assert (c.kind, c.stage) == ("facilitation", "pledged")
    assert "flights" in c.object


def test_resuming_a_named_works_is_an_undertaking() -> None:
    c = only("Kyrgyzstan and Tajikistan decided on resuming the Batken water pipeline between the two regions.")
    assert c.stage == "pledged" and "Batken water pipeline" in c.object


def test_resuming_talks_is_no_undertaking() -> None:
    assert commitments("Kyrgyzstan and Tajikistan agreed on resuming the talks between their border commissions.") == []


def test_improving_named_links_is_an_undertaking() -> None:
    c = only("Mongolia is ready to improve rail links with Kyrgyzstan.")
    assert (c.kind, c.stage) == ("facilitation", "intent") and "rail links" in c.object


def test_improving_relations_is_goodwill() -> None:
    assert commitments("Mongolia is ready to improve relations with Kyrgyzstan.") == []


def test_resuming_the_work_of_an_institution_takes_its_kind() -> None:
    c = only("Kyrgyzstan will support the resumption of the work of the Tajik trade house in Osh.")
    assert (c.kind, c.stage) == ("establishment", "pledged") and "trade house" in c.object


def test_a_body_that_will_be_formed_is_pledged() -> None:
    c = only("Under the new plan, a joint veterinary council will be formed by the two agriculture ministries.")
    assert (c.kind, c.stage, c.object) == ("establishment", "pledged", "joint veterinary council")


def test_an_impersonal_decision_that_a_thing_be_set_up_is_pledged() -> None:
    c = only("At the talks in Osh it was decided that a border market near Batken be established next spring.")
    assert (c.kind, c.stage) == ("establishment", "pledged") and c.object.startswith("border market near Batken")


def test_a_decision_that_a_body_would_be_formed_is_pledged() -> None:
    c = only("The two ministers agreed that a joint council on fisheries would be established next year.")
    assert (c.kind, c.stage) == ("establishment", "pledged") and c.object.startswith("joint council on fisheries")


def test_a_view_that_a_body_would_be_formed_is_no_pledge() -> None:
    assert all(c.stage != "pledged" for c in commitments(
        "The Tajik envoy said that a seed bank in Khorog would be established one day."))


def test_what_will_be_set_up_is_named_before_the_verb() -> None:
    c = only("Under the plan, a joint laboratory for grain testing will be set up next year.")
    assert (c.kind, c.stage) == ("establishment", "pledged") and c.object.startswith("joint laboratory for grain")


def test_a_deal_reached_in_talks_on_a_project_is_a_pledge_not_a_signing() -> None:
    c = only("Kazakhstan and Mongolia reached a deal on building a railway from Choibalsan to Semey.")
    assert (c.kind, c.stage, c.by) == ("construction", "pledged", ["KAZ", "MNG"])


def test_a_consensus_reached_to_do_something_is_pledged() -> None:
    c = only("At the talks in Astana with Mongolia, a consensus was reached to double the number of trucks "
             "crossing the border daily.")
    assert c.stage == "pledged" and "trucks" in c.object


def test_taking_trade_to_the_next_level_names_no_undertaking() -> None:
    assert commitments(
        "Kazakhstan and Mongolia reached an agreement to take their bilateral trade to the next level.") == []


def test_a_system_that_will_be_put_into_operation_is_pledged() -> None:
    c = only("Officials said a single window system at the Dostuk crossing will also be operationalised by May.")
    assert c.stage == "pledged" and "single window system" in c.object


def test_what_may_be_launched_is_not_pledged() -> None:
    assert all(c.stage != "pledged" for c in commitments(
        "The minister said that a tractor plant in Khujand may be launched next year."))


def test_a_meeting_that_will_be_held_is_no_undertaking() -> None:
    assert commitments("Officials said the next session of the commission will be held in Bishkek.") == []


@pytest.mark.parametrize("text", [
    "The Mongolian minister called on Kyrgyz firms to use the new freight terminal in Darkhan.",
    "Mongolia called upon the Kyrgyz authorities to speed up the Osh-Darkhan cargo flights.",
])
def test_calling_on_a_side_to_act_is_a_request(text: str) -> None:
    c = only(text)
    assert (c.stage, c.by) == ("discussed", [])


@pytest.mark.parametrize("text", [
    "Mongolia will cut taxes on Kyrgyz wool imports from March.",
    "Mongolia and Kyrgyzstan discussed tax exemptions for the Osh power project.",
    "Most Kyrgyz goods will be exempted from tariffs under the new deal with Mongolia.",
    "Mongolia plans to abolish transit fees for Kyrgyz trucks.",
])
def test_cutting_or_waiving_taxes_and_fees_is_facilitation(text: str) -> None:
    assert only(text).kind == "facilitation"


def test_a_named_project_given_as_an_example_of_projects_discussed_is_discussed() -> None:
    c = only("Mongolia and Kyrgyzstan discussed regional projects, including the Osh-Darkhan Power Line.")
    assert (c.kind, c.stage, c.by) == ("other", "discussed", [])
    assert "Osh-Darkhan Power Line" in c.object


def test_a_named_project_given_as_an_example_of_projects_built_is_no_undertaking() -> None:
    assert commitments("Mongolia has built many projects in Kyrgyzstan, including the Darkhan Wool Park.") == []


@pytest.mark.parametrize("text", [
    "Mongolia and Kyrgyzstan discussed boosting transit between the two countries.",
    "Mongolia pledged to raise trade and transit between Kyrgyzstan and neighbouring countries.",
])
def test_transit_placed_only_by_the_sides_is_goodwill(text: str) -> None:
    assert commitments(text) == []


def test_the_transit_of_named_goods_is_an_undertaking() -> None:
    assert "Kyrgyz wool" in only("Mongolia will ease the transit of Kyrgyz wool through Mongolia.").object


def test_extending_a_railway_is_construction_like_its_extension() -> None:
    c = only("The sides discussed extending the Osh railway to Darkhan.")
    assert (c.kind, c.stage) == ("construction", "discussed")


def test_extending_support_is_no_construction() -> None:
    assert commitments("Mongolia will extend its support to Kyrgyz farmers.") == []


def test_a_generic_noun_alone_names_no_thing_to_do() -> None:
    assert commitments("Armenia pledged to supply Georgian enterprises.") == []


def test_a_list_of_places_after_between_stays_in_the_object() -> None:
    c = only("Armenia pledged to build a power line between Armenia, Georgia and Iran, the minister said.")
    assert c.object == "power line between Armenia, Georgia and Iran"


@pytest.mark.parametrize("text", [
    "Armenia will deliver 300 tractors to Georgia even as fuel prices rise sharply.",
    "Armenia will deliver 300 tractors to Georgia and then the trucks go back empty.",
    "Armenia will deliver 300 tractors to Georgia although fuel prices rose sharply.",
])
def test_a_clause_word_ends_the_object(text: str) -> None:
    assert only(text).object == "300 tractors to Georgia"


def test_a_gerund_item_of_no_action_word_is_an_undertaking_of_the_list() -> None:
    found = commitments("Kazakh and Afghan officials discussed building a grain depot in Herat, transferring "
                        "veterinary know-how to Afghan farms and repairing the Hairatan bridge.")
    assert [(c.stage, c.object) for c in found] == [
        ("discussed", "grain depot in Herat"), ("discussed", "veterinary know-how to Afghan farms"),
        ("discussed", "Hairatan bridge")]


def test_goodwill_asides_and_fields_in_a_gerund_list_are_no_undertakings() -> None:
    found = commitments("Kazakh and Afghan officials discussed building a grain depot in Herat, strengthening "
                        "bilateral ties and coordinating plans for the coming year.")
    assert [c.object for c in found] == ["grain depot in Herat"]
    found = commitments("Kazakhstan is ready to build a grain depot in Herat, prioritizing the farming sector.")
    assert [c.object for c in found] == ["grain depot in Herat"]
    found = commitments("Kazakhstan will build a grain depot in Herat, helping Afghan farmers store their harvest.")
    assert [c.object for c in found] == ["grain depot in Herat"]


def test_calling_upon_a_side_is_a_request() -> None:
    c = only("The Kazakh minister called upon Kyrgyzstan to speed up the opening of the Karasu road bridge.")
    assert (c.stage, c.by) == ("discussed", [])


def test_what_follows_based_on_the_agreement_is_its_content() -> None:
    c = only("Based on the agreement, Turkmenistan has expressed readiness to build the Serhetabat-Herat power line.")
    assert (c.stage, c.object) == ("signed", "Serhetabat-Herat power line")


def test_what_applies_once_an_agreement_takes_effect_is_its_content() -> None:
    text = "Once the trade agreement enters into force (in mid-2027), Kyrgyzstan will cut duties on Turkish cloth."
    assert only(text).stage == "signed"
    assert only("Once the agreement is signed, Kyrgyzstan will cut duties on Turkish textiles.").stage == "pledged"


def test_what_a_pact_aims_at_takes_the_stage_of_the_verb_naming_the_pact() -> None:
    c = only("The ministers discussed the transit accord, which aims to expand deliveries of Kazakh grain to Pakistan.")
    assert c.stage == "discussed"


def test_ongoing_projects_are_under_way_unless_a_verb_governs_them() -> None:
    assert only("The ministry reported four ongoing projects to build canals in Balkh.").stage == "implementing"
    assert only("The two sides agreed to speed up ongoing projects to build canals in Balkh.").stage == "pledged"


@pytest.mark.parametrize("text", [
    "Mongolia and Kyrgyzstan signed a memorandum on vocational training on Friday. "
    "Mongolia will build a technical college in Karakol.",
    "The two ministers signed a grant agreement in Ulaanbaatar. "
    "“The document covers several social projects,” the envoy said. "
    "Mongolia will build a technical college in Karakol.",
    "Mongolia is funding several projects in Kyrgyzstan, the embassy said. "
    "As part of the signed grants, the first payments go out in May. "
    "Mongolia will build a technical college in Karakol.",
])
def test_a_will_right_after_a_signing_states_the_document_content(text: str) -> None:
    c = next(c for c in commitments(text) if "college" in (c.object or ""))
    assert c.stage == "signed"


@pytest.mark.parametrize("text", [
    "Mongolia and Kyrgyzstan signed a memorandum on vocational training on Friday. "
    "The sides also agreed that Mongolia would build a technical college in Karakol.",
    "Mongolia and Kyrgyzstan signed a memorandum on vocational training on Friday. "
    "Mongolia will build a technical college in Karakol under an accord to be signed next year.",
    "Mongolia and Kyrgyzstan signed a memorandum on vocational training on Friday. "
    "Separately, Mongolia will build a technical college in Karakol.",
    "Mongolia will build a technical college in Karakol, the minister said.",
])
def test_a_will_of_the_talks_or_of_a_later_document_stays_pledged(text: str) -> None:
    c = next(c for c in commitments(text) if "college" in (c.object or ""))
    assert c.stage == "pledged"


def test_the_purpose_of_a_step_is_not_an_undertaking() -> None:
    assert commitments("Mongolia named two trade envoys in Seoul. The task of the envoys is to simplify visa "
                       "procedures for Mongolian exporters.") == []
    assert only("Mongolia named two trade envoys in Seoul. The envoys are to simplify visa procedures for "
                "Mongolian exporters.").stage == "pledged"


def test_what_a_step_will_bring_about_is_not_an_undertaking() -> None:
    found = commitments("Chile opened a customs office at the port. This will help simplify visa procedures for "
                        "Peruvian traders.")
    assert [(c.stage, c.object) for c in found] == [("done", "customs office")]
    assert len(commitments("Chile opened a customs office at the port. Chile will simplify visa procedures for "
                           "Peruvian traders.")) == 2


def test_an_undertaking_of_a_document_signed_years_ago_is_background() -> None:
    assert commitments("The bridge treaty Chile and Peru signed in March 2011 provides for the construction "
                       "of a toll bridge over the Lluta river.") == []
    assert only("The bridge treaty Chile and Peru signed in March 2025 provides for the construction "
                "of a toll bridge over the Lluta river.").stage == "signed"


def test_concrete_topics_listed_after_a_verb_of_discussion() -> None:
    found = commitments("The Kyrgyz and Tajik ministers exchanged views on the Osh-Khujand railway, "
                        "the Kambarata power plant and direct flights.")
    assert sorted(c.object for c in found) == ["Kambarata power plant", "Osh-Khujand railway", "direct flights"]
    assert all((c.stage, c.by) == ("discussed", []) for c in found)


def test_concrete_topics_as_subjects_of_a_passive_discussion() -> None:
    c = only("Kyrgyz and Tajik officials met in Osh. The Batken-Isfara highway was also considered.")
    assert (c.stage, c.kind, c.object) == ("discussed", "construction", "Batken-Isfara highway")


def test_names_sharing_a_topic_head_make_one_topic() -> None:
    c = only("The Kyrgyz and Tajik ministers discussed the Kambarata, Rogun and Nurek hydropower plants.")
    assert c.object == "Kambarata, Rogun and Nurek hydropower plants"


def test_goodwill_topics_and_names_after_a_preposition_are_no_topics() -> None:
    assert commitments("The Kyrgyz and Tajik ministers discussed trade ties, transport and sports.") == []
    assert commitments("The Kyrgyz and Tajik ministers discussed delays at Osh, Batken and Isfara crossings.") == []


def test_named_projects_and_lines_are_discussed_topics() -> None:
    found = commitments("The Kyrgyz and Tajik ministers discussed the Kambarata and Rogun projects "
                        "and the Osh-Batken railway line.")
    assert sorted(c.object for c in found) == ["Kambarata and Rogun projects", "Osh-Batken railway line"]
    assert commitments("The Kyrgyz and Tajik ministers discussed joint projects and new projects.") == []


@pytest.mark.parametrize("text", [
    "Kyrgyz and Tajik officials met in Osh. The Batken-Isfara highway also came under discussion.",
    "Kyrgyz and Tajik officials met in Osh. Their agenda included the Batken-Isfara highway.",
    "Kyrgyz and Tajik officials met in Osh and talked over the Batken-Isfara highway.",
])
def test_more_wordings_of_discussion_govern_topics(text: str) -> None:
    c = only(text)
    assert (c.stage, c.object) == ("discussed", "Batken-Isfara highway")


def test_a_country_that_supplies_power_now_is_implementing_the_supply() -> None:
    c = only("Kyrgyzstan currently supplies electricity to Tajikistan during the winter months.")
    assert (c.kind, c.stage, c.by, c.with_) == ("supply", "implementing", ["KGZ"], ["TJK"])


def test_a_present_tense_trade_flow_is_no_undertaking() -> None:
    assert commitments("Kyrgyzstan exports cement and textiles to Tajikistan.") == []
    assert commitments("Kyrgyz exports to Tajikistan rose by a tenth last year.") == []


def test_goods_a_country_delivered_are_done() -> None:
    c = only("Kyrgyzstan delivered 300 tonnes of seed potatoes to Tajikistan.")
    assert (c.kind, c.stage, c.by, c.with_) == ("supply", "done", ["KGZ"], ["TJK"])


def test_delivered_aid_keeps_the_kind_of_aid() -> None:
    assert only("Kyrgyzstan has delivered humanitarian aid to Tajikistan.").kind == "aid"


def test_a_delivered_speech_is_no_supply() -> None:
    assert commitments("The Kyrgyz minister delivered a keynote speech on Tajikistan's trade.") == []


def test_a_passive_delivery_does_not_take_its_destination_for_the_goods() -> None:
    assert commitments("The tractors were delivered to Tajikistan in March.") == []


def test_a_route_opened_as_the_subject_of_a_passive_is_done() -> None:
    c = only("The Osh-Khorog freight corridor between Kyrgyzstan and Tajikistan was opened last spring.")
    assert (c.kind, c.stage, c.object) == ("establishment", "done",
                                           "The Osh-Khorog freight corridor between Kyrgyzstan and Tajikistan")


def test_a_bridge_built_as_the_subject_of_a_passive_is_done_construction() -> None:
    c = only("The new Batken bridge was built by Kyrgyzstan for Tajik traders.")
    assert (c.kind, c.stage, c.by) == ("construction", "done", ["KGZ"])


def test_a_railway_being_built_is_under_way() -> None:
    c = only("Tajik officials said the Kulob railway to Kyrgyzstan is now being built.")
    assert (c.kind, c.stage) == ("construction", "implementing")


def test_a_side_that_has_built_a_thing_did_it() -> None:
    c = only("Kyrgyzstan has built two clinics in the Tajik town of Isfara.")
    assert (c.kind, c.stage, c.by) == ("construction", "done", ["KGZ"])
    assert c.object == "two clinics in the Tajik town of Isfara"


def test_aid_a_side_sent_is_done_aid() -> None:
    c = only("Kyrgyzstan promptly sent tents and blankets as humanitarian aid to Tajikistan.")
    assert (c.kind, c.stage, c.by) == ("aid", "done", ["KGZ"])


@pytest.mark.parametrize("text", [
    "Kyrgyzstan and Tajikistan have built strong ties over the years.",
    "The road built in 1970 links Kyrgyzstan with Tajikistan.",
    "We have sent blankets to Tajikistan, the Kyrgyz minister said.",
])
def test_a_past_verb_without_a_side_that_did_a_thing_is_no_undertaking(text: str) -> None:
    assert commitments(text) == []


def test_a_signing_still_to_come_is_pledged() -> None:
    c = only("Tajikistan and Kyrgyzstan will soon sign a water-sharing agreement.")
    assert (c.kind, c.stage, c.by, c.object) == ("other", "pledged", ["KGZ", "TJK"], "water-sharing agreement")


def test_agreeing_to_ink_documents_is_pledged() -> None:
    c = only("Kyrgyzstan and Tajikistan agreed to ink three memorandums on energy.")
    assert (c.kind, c.stage, c.by) == ("other", "pledged", ["KGZ", "TJK"])


def test_each_clause_may_name_a_thing_to_be_set_up() -> None:
    found = commitments("Kyrgyzstan will build a school in Isfara, and a Tajik-Kyrgyz working group will be formed.")
    assert [(c.kind, c.object) for c in found] == [("construction", "school in Isfara"),
                                                   ("establishment", "Tajik-Kyrgyz working group")]


def test_a_promise_to_guard_a_named_route_is_pledged() -> None:
    c = only("Kyrgyz officials promised to protect the Osh-Khujand highway.")
    assert (c.stage, c.by, c.object) == ("pledged", ["KGZ"], "Osh-Khujand highway")


def test_a_decision_noun_governs_what_follows() -> None:
    c = only("The talks ended with the decision to establish a joint Tajik-Kyrgyz customs committee.")
    assert (c.kind, c.stage, c.by) == ("establishment", "pledged", ["KGZ", "TJK"])


def test_set_to_provide_is_pledged() -> None:
    c = only("Kyrgyzstan is set to provide Tajikistan with a $20 million loan.")
    assert (c.kind, c.stage, c.by) == ("finance", "pledged", ["KGZ"])


def test_what_a_body_comprises_is_no_undertaking() -> None:
    c = only("The talks ended with the decision to set up a joint Tajik-Kyrgyz customs committee, comprising "
             "customs officers from both countries.")
    assert c.object == "joint Tajik-Kyrgyz customs committee"


def test_setting_out_to_visit_is_no_undertaking() -> None:
    assert commitments("The Kyrgyz minister is set to visit Dushanbe next week to finalize a water agreement.") == []


def test_agreements_reached_on_a_list_pledge_each_item() -> None:
    found = commitments("Kyrgyzstan and Tajikistan made agreements on the supply of Kyrgyz coal and building a bridge "
                        "across the Isfara river.")
    assert [(c.stage, c.kind) for c in found] == [("pledged", "supply"), ("pledged", "construction")]


@pytest.mark.parametrize("text, obj", [
    ("The Kyrgyz minister expressed Kyrgyzstan's desire to build a cement plant in Tajikistan.",
     "cement plant in Tajikistan"),
    ("The Tajik envoy voiced his country's keenness to supply cotton to Kazakhstan.", "cotton to Kazakhstan"),
])
def test_a_stated_desire_or_keenness_to_do_a_thing_is_intent(text: str, obj: str) -> None:
    c = only(text)
    assert (c.stage, c.object) == ("intent", obj)


@pytest.mark.parametrize("text", [
    "Kyrgyzstan expressed readiness for the implementation of new business projects within its framework with Korea.",
    "The Tajik minister confirmed his readiness for implementing mutually beneficial projects within Uzbekistan.",
])
def test_carrying_out_projects_of_no_named_kind_is_goodwill(text: str) -> None:
    assert commitments(text) == []


def test_projects_in_a_named_sector_stay_a_commitment() -> None:
    c = only("Kazakhstan is interested in implementing joint projects in the mining sector with Uzbekistan.")
    assert (c.stage, c.by, c.with_) == ("intent", ["KAZ"], ["UZB"])


def test_a_second_infinitive_after_and_to_is_its_own_undertaking() -> None:
    found = commitments("Kyrgyzstan is ready to build a cold store in Osh and to supply apricots to Kazakhstan.")
    assert [(c.stage, c.object) for c in found] == [("intent", "cold store in Osh"),
                                                   ("intent", "apricots to Kazakhstan")]


@pytest.mark.parametrize("text", [
    "Kyrgyzstan continues to deliver winter fuel to Tajikistan's border districts.",
    "Kyrgyzstan continued to render medical assistance to Tajikistan during the floods.",
    "Kyrgyzstan is also sending flour and cooking oil to Tajikistan each month.",
])
def test_help_a_side_keeps_giving_is_under_way(text: str) -> None:
    c = only(text)
    assert (c.stage, c.by, c.with_) == ("implementing", ["KGZ"], ["TJK"])


def test_a_side_that_merely_is_a_supplier_gives_nothing_under_way() -> None:
    assert all(c.stage != "implementing" for c in commitments("Kyrgyzstan is ready for sending fuel to Tajikistan."))


@pytest.mark.parametrize("text", [
    "Kyrgyzstan had given six fire engines to Tajikistan in April.",
    "Kyrgyzstan donated school furniture to Tajikistan last autumn.",
])
def test_goods_a_side_gave_are_done(text: str) -> None:
    c = only(text)
    assert (c.stage, c.by, c.with_) == ("done", ["KGZ"], ["TJK"])


def test_a_side_that_gave_a_priority_gave_nothing() -> None:
    assert commitments("Kyrgyzstan gave priority to its ties with Tajikistan.") == []


def test_exports_a_side_resumed_go_on_again() -> None:
    c = only("Kyrgyzstan resumed coal exports to Tajikistan after a pause of three months.")
    assert (c.stage, c.kind, c.by, c.with_) == ("implementing", "supply", ["KGZ"], ["TJK"])
    assert c.object.startswith("coal exports")


def test_resumed_talks_are_no_undertaking() -> None:
    assert commitments("Kyrgyzstan resumed talks with Tajikistan on the border.") == []


@pytest.mark.parametrize("text", [
    "Envoys of Kyrgyzstan and Tajikistan met in Osh. The two countries also set up a joint venture fund for farms.",
    "Kyrgyzstan and Tajikistan set up a joint venture fund for agriculture.",
])
def test_a_body_both_sides_set_up_is_done(text: str) -> None:
    c = only(text)
    assert (c.stage, c.by, c.with_) == ("done", ["KGZ", "TJK"], [])
    assert "joint venture fund" in c.object


def test_setting_up_a_body_still_to_come_is_not_done() -> None:
    found = commitments("Kyrgyzstan and Tajikistan agreed to set up a joint venture fund.")
    assert found and all(c.stage != "done" for c in found)


def test_a_body_whose_founding_an_appositive_dates_is_done() -> None:
    c = only("The Kyrgyz-Tajik Business Council, founded in 2019, meets twice a year in Osh.")
    assert (c.stage, c.kind, c.by) == ("done", "establishment", ["KGZ", "TJK"])
    assert "Business Council" in c.object


@pytest.mark.parametrize("text", [
    "Kyrgyzstan waived the transit fee for Tajik lorries.",
    "Kyrgyzstan abolished customs duties on Tajik cotton.",
])
def test_a_barrier_a_side_removed_is_done(text: str) -> None:
    c = only(text)
    assert (c.stage, c.kind, c.by, c.with_) == ("done", "facilitation", ["KGZ"], ["TJK"])


@pytest.mark.parametrize("text", [
    "Tajikistan is ready to provide Kyrgyzstan with all necessary support.",
    "The Kazakh side expressed readiness to offer comprehensive assistance to Uzbekistan.",
    "Tajikistan attaches great importance to the expansion of trade with Uzbekistan.",
])
def test_help_or_growth_of_no_named_kind_is_goodwill(text: str) -> None:
    assert commitments(text) == []


def test_help_of_a_named_kind_stays_a_commitment() -> None:
    c = only("Kyrgyzstan is ready to provide humanitarian assistance to Tajikistan.")
    assert (c.stage, c.kind, c.by) == ("intent", "aid", ["KGZ"])


@pytest.mark.parametrize("text", [
    "The new bridge has the potential to increase Kyrgyzstan's share in regional cargo transit routes.",
    "Simpler customs rules are expected to ease visa procedures for traders from Kazakhstan and Tajikistan.",
])
def test_what_a_thing_could_bring_about_is_no_undertaking(text: str) -> None:
    assert commitments(text) == []


def test_a_party_expected_to_act_still_plans_it() -> None:
    c = only("Kazakhstan is expected to sign a deal on wheat supplies to Tajikistan.")
    assert (c.stage, c.by) == ("intent", ["KAZ"])


@pytest.mark.parametrize("text, obj", [
    ("Kyrgyzstan expressed its support for the Kambarata-1 hydropower project.", "Kambarata-1 hydropower project"),
    ("Kazakhstan reiterated its support to the Trans-Caspian cargo route.", "Trans-Caspian cargo route"),
])
def test_stated_support_for_a_named_project_is_intent(text: str, obj: str) -> None:
    c = only(text)
    assert (c.stage, c.object) == ("intent", obj)


def test_stated_support_for_a_country_is_goodwill() -> None:
    assert commitments("Uzbekistan reaffirmed its full support to Afghanistan.") == []


def test_each_concrete_item_agreed_on_is_pledged() -> None:
    found = commitments("Kyrgyzstan and Tajikistan agreed on cooperation in many fields, joint breeding of cattle in "
                        "Batken, deep processing of cotton and wool in Khujand, and production of cement in Osh.")
    assert [c.object for c in found] == ["joint breeding of cattle in Batken",
                                         "deep processing of cotton and wool in Khujand", "production of cement in Osh"]
    assert all((c.stage, c.by, c.with_) == ("pledged", ["KGZ", "TJK"], []) for c in found)


def test_agreements_on_a_list_skip_whole_fields() -> None:
    found = commitments("Dushanbe and Bishkek also made agreements on expanding trade, developing transportation, "
                        "technical cooperation in irrigation, and banking services for Tajik traders in Osh.")
    assert [(c.stage, c.object) for c in found] == [("pledged", "banking services for Tajik traders in Osh")]


def test_agreeing_on_a_need_lists_nothing() -> None:
    found = commitments("Kyrgyzstan and Tajikistan agreed on the need for closer ties, trust and joint water use.")
    assert found == []


def test_agreed_to_a_list_of_nouns_pledges_each_item() -> None:
    found = commitments("Kyrgyzstan and Tajikistan agreed to joint courses in medicine, cooperation in tourism and "
                        "creating a joint leasing company.")
    assert sorted(c.object for c in found) == ["joint courses in medicine", "joint leasing company"]


def test_the_named_examples_of_bodies_agreed_are_pledged() -> None:
    found = commitments("Kyrgyzstan and Tajikistan agreed to create such bodies as the Osh Trade Council.")
    assert ("pledged", "Osh Trade Council") in [(c.stage, c.object) for c in found]
