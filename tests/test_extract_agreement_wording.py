"""Signed documents reported in less common wording, and the figures beside them: short reports
written for these tests through ``extract``."""

from __future__ import annotations

import pytest

from bilateral.documents.model import Document
from bilateral.extraction import extract
from bilateral.facts.models import Agreement, Fact, Indicator, Target

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


# --- targets and indicators ----------------------------------------------------------------------


def measures(text: str) -> list[Target | Indicator]:
    return [f for f in facts(text) if isinstance(f, (Target, Indicator))]


def test_a_forecast_level_is_a_target_due_this_year() -> None:
    [t] = measures("Trade between Georgia and Turkmenistan is expected to reach $4 billion by the end of this year.")
    assert (type(t), t.metric, t.value.value, t.year) == (Target, "trade_turnover", 4_000_000_000, "2025")


def test_a_projected_level_is_a_target() -> None:
    [t] = measures("Exports of Uzbek fruit to Kazakhstan are projected to exceed $900 million in 2026.")
    assert (type(t), t.metric, t.year) == (Target, "exports", "2026")


def test_trade_valued_at_a_sum_is_trade_and_its_rise_on_a_year_is_growth() -> None:
    found = measures("Bilateral trade between Tajikistan and Kuwait in the first half of the year was valued at "
                     "$21 million, 6.5 percent more than in the same period last year.")
    assert sorted((i.metric, i.value.value) for i in found) == [("growth", 6.5), ("trade_turnover", 21_000_000)]


def test_a_project_valued_at_a_sum_keeps_its_cost() -> None:
    [i] = measures("The new cement plant near Khujand, built with Chinese partners, is valued at $120 million.")
    assert i.metric == "cost"


@pytest.mark.parametrize("text", [
    "As one of the five biggest cotton producers, Uzbekistan seeks closer ties with Bangladesh.",
    "Kazakhstan ranks among the 20 largest exporters of grain to Afghanistan.",
    "Firms from the top 10 producers of Pakistani rice met Uzbek buyers.",
])
def test_a_rank_is_no_head_count(text: str) -> None:
    assert [i for i in measures(text) if i.metric == "participants"] == []


@pytest.mark.parametrize("text", [
    "Beijing decided to provide Bishkek with 200 tractors and 30 million yuan in security assistance.",
    "Besides the $500-million line of credit, Ankara offered assistance to Kyrgyz schools.",
])
def test_a_sum_given_or_lent_is_no_aid_indicator(text: str) -> None:
    assert measures(text) == []


# --- documents coordinated or counted by a numeral ---------------------------------------------------


def test_coordinated_topics_of_plural_agreements_are_documents_of_their_own() -> None:
    found = agreements("The presidents of Kyrgyzstan and Tajikistan signed agreements on visa-free travel for "
                       "students and the demarcation of the Isfara valley border.")
    assert sorted((a.count, a.subject) for a in found) == [(1, "demarcation of the Isfara valley border"),
                                                           (1, "visa-free travel for students")]


def test_listed_topics_each_with_words_of_their_own_are_documents() -> None:
    found = agreements("Following the talks, Qatar and Tajikistan inked several documents, including agreements "
                       "on mutual recognition of diplomas and regulating the employment of Tajik nurses in Doha.")
    assert {(a.count, a.subject) for a in found if a.kind == "agreement"} == {
        (1, "mutual recognition of diplomas"), (1, "regulating the employment of Tajik nurses in Doha")}


@pytest.mark.parametrize("text", [
    "Kyrgyzstan and Tajikistan signed agreements on trade and the economy.",
    "Kyrgyzstan and Tajikistan signed agreements on water use and the two leaders held talks.",
    "Kyrgyzstan and Tajikistan signed several deals on building new schools and cement supply contracts.",
])
def test_one_word_fields_or_a_new_clause_do_not_split_a_package(text: str) -> None:
    [a] = agreements(text)
    assert a.count is None


@pytest.mark.parametrize("text", ["Kyrgyzstan and Tajikistan signed a number of agreements in Osh.",
                                  "A series of agreements was signed by Kyrgyzstan and Tajikistan in Osh."])
def test_a_number_of_documents_is_no_modifier_of_their_noun(text: str) -> None:
    [a] = agreements(text)
    assert (a.count, a.subject) == (None, "agreements")


def test_one_of_the_documents_counted_is_named_with_its_value() -> None:
    found = agreements("Ankara and Bishkek signed seven MoUs during the visit, including one confirming "
                       "$200 million of credit for two hospitals in Osh.")
    assert sorted((a.kind, a.count, a.amount.value if a.amount else None) for a in found) == [
        ("mou", 1, 200_000_000), ("mou", 7, None)]


def test_a_document_a_participle_reports_signed_is_that_document() -> None:
    [a] = agreements("The ministers reviewed the implementation of agreements under the action plan signed "
                     "during the Kazakh president's visit to Bishkek.")
    assert (a.kind, a.count, a.parties) == ("roadmap", 1, ["KAZ", "KGZ"])


def test_a_superlative_ranks_a_document_already_reported() -> None:
    found = agreements("Ashgabat and Kabul signed a contract on a gas pipeline. "
                       "It is the largest deal signed by Kabul since 2021.")
    assert [a.subject for a in found] == ["gas pipeline"]


@pytest.mark.parametrize(("text", "count"), [
    ("India and Uzbekistan exchanged 12 memoranda of understanding during the visit.", 12),
    ("The two leaders co-signed a package of 11 bilateral agreements.", 11),
    ("Kazakhstan and Iran entered into a gas swap deal last year.", 1),
    ("The talks between Tajikistan and Uzbekistan ended with signing 9 documents.", 9),
])
def test_exchanging_co_signing_entering_into_and_signing_n_documents_conclude_them(text: str, count: int) -> None:
    assert [a.count for a in agreements(text)] == [count]


def test_a_listed_line_with_its_own_signing_reads_as_a_sentence() -> None:
    found = agreements("The following documents were signed:\n"
                       "- The health ministries of Tajikistan and Uzbekistan signed a memorandum of understanding on "
                       "training nurses;\n- Agreement on air services.")
    assert sorted((a.kind, a.subject) for a in found) == [("agreement", "air services"), ("mou", "training nurses")]


def test_the_topic_follows_a_participle_with_its_time() -> None:
    [a] = agreements("The Tajik minister cited an accord concluded last year, on building two bridges "
                     "across the Syr Darya with Kazakhstan.")
    assert a.subject == "building two bridges across the Syr Darya with Kazakhstan"


def test_a_clause_of_purpose_states_what_a_pact_is_about() -> None:
    [a] = agreements("Mongolia and Kazakhstan signed a pact that aims to simplify veterinary checks on livestock.")
    assert a.subject == "simplify veterinary checks on livestock"


def test_a_count_of_two_coordinated_nouns_is_one_package_with_its_topic() -> None:
    [a] = agreements("Georgia and Azerbaijan signed nine agreements and MoUs for cooperation in shipping and tourism.")
    assert (a.kind, a.count, a.subject) == ("agreement", 9, "cooperation in shipping and tourism")


def test_areas_named_after_various_areas_are_the_topic() -> None:
    [a] = agreements("At the expo, contracts were signed providing for cooperation between Turkey and Uzbekistan "
                     "in several sectors, including in the fields of textiles, leather and glassware.")
    assert a.subject == "cooperation between Turkey and Uzbekistan in textiles, leather and glassware"


def test_areas_named_after_the_documents_are_their_topic_and_a_bare_number_counts_them() -> None:
    [a] = agreements("Armenia and Iran exchanged 11 memorandum of understanding during the visit, "
                     "in many areas such as road building, customs and seed breeding.")
    assert (a.kind, a.count, a.subject) == ("mou", 11, "road building, customs and seed breeding")


def test_a_counted_package_of_documents_of_unstated_type_is_agreements_named_by_their_noun() -> None:
    [a] = agreements("Talks between Armenia and Georgia in Tbilisi closed with signing 7 documents.")
    assert (a.kind, a.count, a.subject) == ("agreement", 7, "documents")


def test_that_before_counted_documents_is_a_conjunction_not_a_demonstrative() -> None:
    found = agreements("Peru and Chile signed an agreement on fisheries in Lima on Monday. "
                       "The minister noted that 9 documents were approved at the session.")
    assert [(a.kind, a.count) for a in found] == [("agreement", 1), ("agreement", 9)]


def test_uncounted_documents_keep_their_kind_and_noun() -> None:
    [a] = agreements("Armenia and Georgia signed several documents in Tbilisi.")
    assert (a.kind, a.count, a.subject) == ("other", None, "documents")


def test_a_second_noun_with_its_own_article_is_a_document_of_its_own() -> None:
    found = agreements("Uzbekistan and Kazakhstan signed a memorandum (MoU) and a joint roadmap for cooperation "
                       "between their ministries of agriculture.")
    assert [(a.kind, a.count) for a in found] == [("mou", 1), ("roadmap", 1)]
    assert found[1].subject == "cooperation between their ministries of agriculture"


def test_uncounted_documents_of_a_kind_a_counted_package_names_are_that_package() -> None:
    [a] = agreements("Memorandums signed On the same day, Georgia and Armenia signed five agreements and "
                     "memorandums on tourism.")
    assert (a.kind, a.count, a.subject) == ("agreement", 5, "tourism")


def test_a_definite_document_reported_signed_with_none_before_it_is_signed() -> None:
    [a] = agreements("The contract was signed in Ashgabat by the heads of the state oil firms of Turkmenistan "
                     "and Iran. It covers repairs of the Korpeje pipeline.")
    assert (a.kind, a.count, a.parties) == ("contract", 1, ["IRN", "TKM"])


def test_a_definite_document_signed_after_one_reported_restates_it() -> None:
    found = agreements("Iran and Turkmenistan signed a pipeline repair contract on Monday. "
                       "The contract was signed in Ashgabat by the heads of the state oil firms.")
    assert [(a.kind, a.count) for a in found] == [("contract", 1)]


def test_a_level_an_agreement_reached_is_to_raise_trade_to_is_a_target() -> None:
    found = [f for f in facts("Georgia and Armenia have reached an agreement to raise bilateral trade to "
                              "$900 million within three years.") if isinstance(f, (Target, Indicator))]
    assert [(type(f).__name__, f.metric, f.value.value) for f in found] == [("Target", "trade_turnover", 900_000_000)]


def test_a_level_a_signed_accord_is_to_reach_is_a_target_not_a_measurement() -> None:
    found = [f for f in facts("Georgia and Armenia signed a free trade accord in 2009 to reach $700 million "
                              "in trade by 2015.") if isinstance(f, (Target, Indicator))]
    assert [(type(f).__name__, f.value.value, f.year) for f in found] == [("Target", 700_000_000, "2015")]


def test_a_plan_of_cooperation_in_a_list_of_signed_documents_is_a_roadmap() -> None:
    found = agreements("The delegations of Oman and Kenya signed these documents:\n\n"
                       "Treaty on the avoidance of double taxation,\n\n"
                       "Plan of cooperation between the ministries of tourism for 2026–2027,\n\n"
                       "Memorandum on fisheries research between the two marine institutes.")
    assert [(a.kind, a.count) for a in found] == [("agreement", 1), ("roadmap", 1), ("mou", 1)]
    assert "tourism" in found[1].subject


def test_the_fields_a_counted_package_covers_are_its_subject() -> None:
    [a] = agreements("Chile and Peru signed five memoranda (MoUs) in the fields of aviation, fisheries and sport, "
                     "which the ministers welcomed.")
    assert (a.kind, a.count, a.subject) == ("mou", 5, "aviation, fisheries and sport")


def test_a_document_between_long_named_sides_is_about_what_follows_them() -> None:
    [a] = agreements("Chile and Peru signed a memorandum between the Ministry of Health of Chile "
                     "and the National Institute of Health of Peru on joint vaccine research.")
    assert (a.kind, a.count, a.subject) == ("mou", 1, "joint vaccine research")


def test_a_package_counted_again_names_its_documents() -> None:
    found = agreements("Chile and Peru signed three documents in Lima on Monday. The ceremony followed the talks. "
                       "The three documents include a treaty on legal aid in civil matters, a memorandum on "
                       "fisheries research and a programme of student exchanges for 2026-2028.")
    assert [(a.kind, a.count) for a in found] == [("other", 3), ("agreement", 1), ("mou", 1), ("roadmap", 1)]
    assert "fisheries" in found[2].subject


@pytest.mark.parametrize("noun", ["contracts", "agreements"])
def test_a_sum_right_after_the_documents_is_their_value(noun: str) -> None:
    [a] = agreements(f"At the fair, Chilean and Peruvian firms signed {noun} for over $45 million.")
    assert a.amount is not None and (a.amount.value, a.amount.currency) == (45_000_000, "USD")


def test_cooperation_between_the_sides_in_named_fields_is_cooperation_in_those_fields() -> None:
    [a] = agreements("Chile and Peru signed a roadmap for cooperation between Chile and Peru in the fields of "
                     "mining, forestry and tourism.")
    assert (a.kind, a.count, a.subject) == ("roadmap", 1, "cooperation in mining, forestry and tourism")


def test_an_mou_between_two_ministries_in_one_field_is_cooperation_in_that_field() -> None:
    [a] = agreements("In Lima, an MoU on the cooperation between the Ministry of Energy of Chile and the Ministry "
                     "of Mines of Peru in the field of lithium exploration was signed by the two ministers.")
    assert (a.kind, a.count, a.subject) == ("mou", 1, "cooperation in lithium exploration")


def test_mous_told_by_their_purpose_beside_the_same_mous_counted_are_one_package() -> None:
    found = agreements("Chile and Peru have signed memoranda of understanding to deepen ties in fisheries. "
                       "The three MoUs were signed in Lima on Friday by the two fisheries ministers.")
    assert [(a.kind, a.count) for a in found] == [("mou", 3)]


def test_an_uncounted_package_beside_counted_ones_of_other_kinds_may_be_their_sum() -> None:
    found = agreements("Chilean and Peruvian firms signed contracts at the fair in Lima. "
                       "In all, six contracts and two memoranda of understanding were signed.")
    assert sorted(((a.kind, a.count) for a in found), key=str) == [("contract", 6), ("contract", None), ("mou", 2)]


@pytest.mark.parametrize("text", ["In Lima, three agreements were signed one after another by the two ministers.",
                                  "Chile and Peru signed three agreements one by one at the ceremony."])
def test_a_topic_word_must_be_a_whole_word_not_the_start_of_one(text: str) -> None:
    [a] = agreements(text)
    assert (a.kind, a.count, a.subject) == ("agreement", 3, "three agreements")


def test_a_title_before_a_capitalised_noun_is_the_subject() -> None:
    [a] = agreements("The Fisheries Data Sharing Framework (FDSF) Memorandum of Understanding was signed by the "
                     "ministers of Chile and Peru in Lima.")
    assert (a.kind, a.subject) == ("mou", "Fisheries Data Sharing Framework (FDSF) Memorandum of Understanding")


def test_a_country_name_before_a_capitalised_noun_ends_another_title() -> None:
    found = agreements("In Lima, the presidents signed the Treaty on Friendship between the Republic of Chile and "
                       "the Republic of Peru and Joint Declaration.")
    assert ("other", "Joint Declaration") in [(a.kind, a.subject) for a in found]


def test_a_definite_document_signed_takes_the_topic_the_sentence_before_gives_it() -> None:
    [a] = agreements("Peru has reached an agreement with the Government of Chile on the joint monitoring of "
                     "coastal fisheries. The agreement was signed by the two fisheries ministers in Lima.")
    assert (a.kind, a.count, a.subject) == ("agreement", 1, "joint monitoring of coastal fisheries")


def test_a_statement_cited_as_the_source_is_no_signed_document() -> None:
    [a] = agreements("According to a palace press statement, Chile and Peru signed a memorandum of understanding "
                     "(MoU) to cooperate in fisheries.")
    assert (a.kind, a.count, a.subject) == ("mou", 1, "cooperate in fisheries")


def test_a_memorandum_added_with_as_well_as_is_a_document_of_its_own() -> None:
    found = agreements("The Chilean and Peruvian ministers signed an agreement on a joint customs post, "
                       "as well as a memorandum on tourism exchanges.")
    assert [(a.kind, a.subject) for a in found] == [("agreement", "joint customs post"), ("mou", "tourism exchanges")]


def test_another_with_its_own_topic_is_a_second_document() -> None:
    found = agreements("Chile and Peru signed an agreement on the “protection of migratory birds” and another "
                       "on “joint patrols of coastal waters”.")
    assert [(a.kind, a.count, a.subject) for a in found] == [
        ("agreement", 1, "protection of migratory birds"), ("agreement", 1, "joint patrols of coastal waters")]


def test_the_topic_follows_a_long_counterpart_name_with_its_abbreviation() -> None:
    [a] = agreements("Chile's Andes Power has signed an agreement with Peru’s Ministry of Mines and Energy (MINEM) "
                     "to build 300 MW of wind farms.")
    assert a.subject == "build 300 MW of wind farms"


def test_documents_in_a_list_of_lowercase_fields_are_about_those_fields() -> None:
    [a] = agreements("Chile and Peru signed several memoranda of understanding (MoUs) in fisheries, mining, "
                     "and culture.")
    assert (a.kind, a.count, a.subject) == ("mou", None, "fisheries, mining, and culture")


def test_in_total_is_no_field_of_the_documents() -> None:
    [a] = agreements("Chile and Peru signed 12 agreements in total, worth $40 million.")
    assert (a.count, a.subject) == (12, "agreements")


def test_loose_agreements_beside_a_counted_package_are_that_package() -> None:
    found = agreements("Chile and Peru signed several agreements in different fields. During the talks, the "
                       "ministers signed seven memoranda on fisheries, mining and tourism.")
    assert [(a.kind, a.count) for a in found] == [("mou", 7)]


def test_loose_agreements_alone_are_reported() -> None:
    [a] = agreements("Chile and Peru signed several agreements in different fields.")
    assert (a.kind, a.count) == ("agreement", None)



def test_memoranda_the_sides_adopted_are_concluded() -> None:
    [a] = agreements("At the end of the visit, Chile and Peru adopted four memoranda on fisheries and mining.")
    assert (a.kind, a.count, a.subject) == ("mou", 4, "fisheries and mining")


def test_the_adoption_of_a_programme_concludes_it() -> None:
    [a] = agreements("The summit ended with the adoption of a joint cooperation program between Chile and Peru "
                     "on port logistics.")
    assert (a.kind, a.count) == ("roadmap", 1)


def test_a_short_listed_document_is_no_headline_restating_a_longer_one() -> None:
    text = ("After the talks, nine agreements were signed, among them:\n\n"
            "Agreement between the Ministry of Fisheries of Chile and the Ministry of Production of Peru on joint "
            "research of coastal fish stocks,\n\n"
            "Programme of joint research between the institutes of Chile and Peru for 2026–2028,\n\n"
            "Memorandum on joint port inspections.")
    found = agreements(text)
    assert [(a.kind, a.count) for a in found] == [("agreement", 9), ("agreement", 1), ("roadmap", 1), ("mou", 1)]


def test_a_run_of_documents_each_with_its_article_and_topic_is_one_fact_each() -> None:
    found = agreements("At the talks in Ulaanbaatar, the ministers of Mongolia and Kyrgyzstan signed a cultural "
                       "exchange programme for 2026-2028, an agreement on the mutual protection of migrant workers, "
                       "an agreement on a joint veterinary laboratory near the border, as well as a memorandum on "
                       "cooperation between the two national film archives.")
    assert [(a.kind, a.count, a.subject) for a in found] == [
        ("roadmap", 1, "cultural exchange programme"),
        ("agreement", 1, "mutual protection of migrant workers"),
        ("agreement", 1, "joint veterinary laboratory near the border"),
        ("mou", 1, "cooperation between the two national film archives")]


def test_a_document_in_apposition_without_a_topic_is_no_second_document() -> None:
    [a] = agreements("Mongolia and Kyrgyzstan signed an agreement on grain storage, a deal that officials welcomed.")
    assert a.subject == "grain storage"


def test_agreements_reached_on_projects_worth_a_sum_are_no_signed_documents_nor_a_measurement() -> None:
    found = facts("After the business council, agreements were reached on the launch of new mining and "
                  "logistics ventures worth $700 million between Mongolia and Kyrgyzstan.")
    assert [f for f in found if isinstance(f, (Agreement, Indicator))] == []


def test_a_deal_reached_with_its_own_value_is_concluded() -> None:
    [a] = agreements("Mongolia and Kyrgyzstan reached a deal worth $45 million on the supply of fertiliser.")
    assert (a.count, a.amount.value, a.subject) == (1, 45_000_000, "supply of fertiliser")


def test_a_document_signed_without_a_topic_takes_the_one_the_next_sentence_gives() -> None:
    [a] = agreements("A memorandum of understanding was signed in Lima between the port authorities of Chile and "
                     "Peru. Negotiated since spring, the memorandum envisages a shared registry of fishing vessels.")
    assert (a.kind, a.subject) == ("mou", "shared registry of fishing vessels")


def test_a_document_signed_without_a_topic_takes_the_one_its_which_clause_gives() -> None:
    [a] = agreements("Chile and Peru signed an agreement between their weather services, which is intended to "
                     "improve storm warnings on the coast.")
    assert a.subject == "improve storm warnings on the coast"


def test_a_document_with_its_topic_keeps_it_whatever_the_next_sentence_says() -> None:
    [a] = agreements("Chile and Peru signed an agreement on seed exchange. The agreement aims to raise farm yields.")
    assert a.subject == "seed exchange"


def test_a_paragraph_ending_in_a_full_stop_leads_the_list_lines_after_it() -> None:
    text = ("Ecuador and Bolivia held talks in La Paz on Monday. The ministers then witnessed the signing of "
            "bilateral documents.\n\n"
            "Agreement on the mutual recognition of driving licences,\n\n"
            "Programme of cooperation between the customs services for 2026-2027,\n\n"
            "Memorandum on joint research into quinoa varieties.")
    found = agreements(text)
    assert [(a.kind, a.count) for a in found] == [("agreement", 1), ("roadmap", 1), ("mou", 1)]
    assert found[0].subject == "mutual recognition of driving licences"


def test_a_paragraph_followed_by_sentences_about_a_document_leads_no_list() -> None:
    text = ("Ecuador and Bolivia signed several documents in La Paz on Monday.\n\n"
            "Agreement on river transport was the main one, officials said.")
    assert all(a.count is None for a in agreements(text))


def test_documents_exchanged_at_a_ceremony_head_a_list() -> None:
    text = ("In the presence of the two presidents, a ceremony was held to exchange intergovernmental "
            "agreements of Peru and Chile, including:\n"
            "– An agreement on the joint management of the border aquifer;\n"
            "– An agreement on cooperation in seismology.\n"
            "In the Joint Declaration, both presidents reaffirmed their support for the Pacific Alliance.")
    found = agreements(text)
    assert [(a.kind, a.subject) for a in found] == [
        ("agreement", "joint management of the border aquifer"), ("agreement", "cooperation in seismology")]


def test_a_run_of_documents_in_named_fields_is_one_fact_each() -> None:
    found = agreements("Chile and Peru signed an agreement on cooperation in fighting crime, a cooperation "
                       "agreement in fisheries, aquaculture and marine science, a cooperation agreement in the "
                       "legal field between the ministries of justice, and a memorandum of understanding between "
                       "the Central Bank of Chile and the Central Reserve Bank of Peru in the field of banking "
                       "supervision.")
    assert [(a.kind, a.count, a.subject) for a in found] == [
        ("agreement", 1, "cooperation in fighting crime"),
        ("agreement", 1, "fisheries, aquaculture and marine science"),
        ("agreement", 1, "cooperation agreement"),
        ("mou", 1, "banking supervision")]


def test_documents_sharing_only_their_noun_are_two() -> None:
    found = agreements("The first agreement was signed by the port authorities of Chile and Peru. "
                       "A credit agreement was also signed between the Government of Peru and a Chilean bank.")
    assert [(a.kind, a.count, a.subject) for a in found] == [
        ("agreement", 1, "first agreement"), ("agreement", 1, "credit agreement")]


def test_a_percent_more_than_in_a_named_year_is_trade_growth() -> None:
    found = measures("In 2024, trade between Chile and Peru reached $2.1 billion, which is 13.5% more than in 2023.")
    growth = [(f.value.value, f.period) for f in found if isinstance(f, Indicator) and f.metric == "growth"]
    assert growth == [(13.5, "2024")]


def test_a_level_in_parentheses_beside_a_goal_is_a_measurement_of_its_own_year() -> None:
    found = measures("The ministers agreed to raise trade between Chile and Peru to $4 billion in the coming "
                     "years (trade in 2019 stood at $2.6 billion).")
    assert [(type(f), f.metric, f.value.value) for f in found] == [
        (Target, "trade_turnover", 4_000_000_000), (Indicator, "trade_turnover", 2_600_000_000)]
    assert (found[0].year, found[1].period) == (None, "2019")


def test_two_listed_packages_of_uncounted_agreements_on_different_topics_are_two() -> None:
    text = ("The ministers of Chile and Peru signed the following documents:\n"
            "– Agreements on cooperation in forestry and wildlife protection;\n"
            "– Agreements with the national mining society and two port operators.")
    found = agreements(text)
    assert [(a.kind, a.count) for a in found] == [("agreement", None), ("agreement", None)]


def test_a_single_document_of_no_topic_is_named_by_the_bodies_that_signed_it() -> None:
    [a] = agreements("A memorandum of understanding was also signed between the Lima Port Authority and "
                     "Valparaiso Terminal Company of Chile.")
    assert (a.kind, a.count) == ("mou", 1)
    assert a.subject == ("memorandum of understanding between Lima Port Authority and Valparaiso Terminal "
                         "Company of Chile")


def test_documents_sharing_only_the_sides_names_are_two() -> None:
    found = agreements("Chile and Peru signed an agreement on the border of Chile and Peru, "
                       "as well as an agreement between Chile's Export Agency and Peru's Trade Chamber.")
    assert [a.subject for a in found] == ["border of Chile and Peru",
                                          "agreement between Chile's Export Agency and Peru's Trade Chamber"]


def test_documents_sharing_only_their_years_are_two() -> None:
    found = agreements("The customs services of Chile and Peru signed a cooperation programme on port security "
                       "for 2026-2028. The fire services signed a cooperation programme on forest fires for 2026-2028.")
    assert [(a.kind, a.count) for a in found] == [("roadmap", 1), ("roadmap", 1)]


@pytest.mark.parametrize(("text", "count"), [
    ("Georgia and Armenia signed six memorandum of understandings on border trade.", 6),
    ("Georgia and Armenia signed 6 Memorandum of Understandings (MoUs) on border trade.", 6),
    ("Georgia and Armenia signed memorandum of understandings on border trade.", None),
])
def test_memoranda_with_the_plural_on_understanding_are_counted_and_keep_their_topic(text: str,
                                                                                      count: int | None) -> None:
    [a] = agreements(text)
    assert (a.kind, a.count, a.subject) == ("mou", count, "border trade")


@pytest.mark.parametrize("text", [
    "In 2021, 40 mln US dollars was attracted from Qatar to Tajik hydropower.",
    "Tajikistan attracted $40 million from Qatar in 2021.",
])
def test_money_attracted_from_a_partner_is_investment(text: str) -> None:
    [i] = measures(text)
    assert (i.metric, i.value.value, i.period) == ("investment", 40_000_000, "2021")


def test_interest_attracted_by_a_sum_is_no_investment() -> None:
    found = measures("Tajik silver deposits worth over $2 billion have attracted the interest of Qatar.")
    assert [i for i in found if i.metric == "investment"] == []


def test_a_sum_counted_since_a_year_is_of_no_one_year() -> None:
    found = measures("In 2021, 40 mln US dollars was attracted from Qatar to Tajikistan, and since the year of "
                     "2012 - 300 mln US dollars.")
    assert [(i.value.value, i.period) for i in found] == [(40_000_000, "2021"), (300_000_000, None)]


def test_a_level_the_highest_since_a_year_keeps_its_own_year() -> None:
    [i] = measures("In 2021, trade between Qatar and Tajikistan reached $40 million, the highest since 2012.")
    assert (i.metric, i.period) == ("trade_turnover", "2021")


def test_a_document_named_before_an_active_signing_of_another_is_not_what_was_signed() -> None:
    [a] = agreements("Guided by a joint declaration on friendship, the ministers of Chile and Peru signed "
                     "a fisheries treaty in Lima.")
    assert (a.kind, a.subject) == ("agreement", "fisheries treaty")


@pytest.mark.parametrize(("text", "kind"), [
    ("At the end of the visit Chile and Peru agreed a roadmap for their energy partnership up to 2030.", "roadmap"),
    ("The two ministers also agreed on a memorandum of understanding on seismic monitoring with Peru and Chile.",
     "mou"),
])
def test_a_written_document_the_sides_agreed_on_is_concluded(text: str, kind: str) -> None:
    [a] = agreements(text)
    assert (a.kind, a.count, a.parties) == (kind, 1, ["CHL", "PER"])


@pytest.mark.parametrize("text", [
    "Chile and Peru agreed to sign a roadmap on energy next year.",
    "Chile and Peru agreed on a deal to speed up customs checks.",
])
def test_agreeing_to_sign_or_on_a_deal_concludes_no_document(text: str) -> None:
    assert agreements(text) == []


def test_the_preposition_of_agreeing_on_is_no_modifier_of_the_document() -> None:
    [a] = agreements("Chile and Peru agreed on a Memorandum between their customs services.")
    assert a.subject == "Memorandum"


def test_a_definite_document_named_by_its_of_phrase_and_reported_signed_is_signed() -> None:
    [a] = agreements("Chile and Peru held the fourth session of their joint commission in Lima. At its close, the "
                     "Protocol of the fourth session of the Chile-Peru Joint Commission was signed.")
    assert (a.count, a.parties, a.subject) == (1, ["CHL", "PER"],
                                               "Protocol of the fourth session of the Chile-Peru Joint Commission")


def test_a_listed_programme_of_cooperation_is_a_roadmap_named_by_its_own_item() -> None:
    found = agreements("A package of bilateral documents signed during the talks includes Protocol of the first "
                       "meeting of the Chile-Peru Customs Council, The programme of cooperation between the two "
                       "governments for 2025-2027.")
    programme = [a for a in found if a.kind == "roadmap"]
    assert [a.subject for a in programme] == ["programme of cooperation"]
    assert all("include" not in (a.subject or "") and "Council" not in (a.subject or "") for a in found)


@pytest.mark.parametrize("text", [
    "From 2010 to 2024, Qatari investments in Tajikistan surpassed $3 billion.",
    "Between 1995 and 2024, Qatar invested more than $3 billion in Tajikistan.",
])
def test_a_sum_over_a_span_of_years_is_of_no_one_year(text: str) -> None:
    [i] = measures(text)
    assert (i.metric, i.period) == ("investment", None)


def test_a_level_takes_the_year_of_its_own_clause_not_the_next() -> None:
    found = measures("Last year, trade between Qatar and Tajikistan grew by 9%, reaching 800 million dollars, "
                     "and this year the growth goes on.")
    assert {(i.metric, i.period) for i in found} == {("trade_turnover", "2024"), ("growth", "2024")}


def test_a_day_a_deed_is_dated_by_does_not_date_a_change_of_last_year() -> None:
    [i] = measures("The Tajik leader, whose visit to Doha began on April 20, hailed a 9% rise in trade with "
                   "Qatar last year.")
    assert (i.metric, i.period) == ("growth", "2024")


def test_a_roadmap_a_document_outlines_is_no_second_document() -> None:
    text = ("Kazakhstan and Oman signed a memorandum on port services. Trade between them stands at $400 million, "
            "with the newly signed memorandum outlining a roadmap to double it within five years.")
    assert [(a.kind, a.count) for a in agreements(text)] == [("mou", 1)]


@pytest.mark.parametrize("text", [
    "The ministries were told to prepare for the signing of a visa-free travel agreement between Kazakhstan and Oman.",
    "Kazakhstan and Oman noted the importance of closer ties and adoption of a road map on air cargo.",
])
def test_a_signing_still_to_be_prepared_or_urged_is_no_signed_document(text: str) -> None:
    assert agreements(text) == []


@pytest.mark.parametrize(("text", "subject"), [
    ("Mongolia and Qatar signed an aviation services agreement to open direct flights between their capitals.",
     "aviation services agreement to open direct flights between their capitals"),
    ("Ministers of Laos and Kazakhstan signed a customs cooperation memorandum to simplify border checks.",
     "customs cooperation memorandum to simplify border checks"),
])
def test_a_document_signed_for_a_purpose_keeps_its_name(text: str, subject: str) -> None:
    [a] = agreements(text)
    assert a.subject == subject


@pytest.mark.parametrize("text", [
    "Mongolia and Qatar signed an agreement to open direct flights between their capitals.",
    "On Monday Mongolia and Qatar signed three agreements to open direct flights between their capitals.",
])
def test_a_document_with_no_name_of_its_own_is_told_by_its_purpose(text: str) -> None:
    [a] = agreements(text)
    assert a.subject == "open direct flights between their capitals"


@pytest.mark.parametrize(("text", "subject"), [
    ("The co-chairs from Kazakhstan and Oman signed the minutes of the 5th meeting of the joint commission.",
     "minutes of the 5th meeting of the joint commission"),
    ("After two days of talks, Kazakhstan and Oman signed the protocol of the third session of their commission.",
     "protocol of the third session of their commission"),
])
def test_the_record_of_a_commission_meeting_is_a_signed_document(text: str, subject: str) -> None:
    [a] = agreements(text)
    assert (a.count, a.subject) == (1, subject)


def test_minutes_of_a_session_spent_sign_nothing() -> None:
    text = "Kazakhstan and Oman signed nothing; the first 40 minutes of the session went on procedure."
    assert agreements(text) == []


def test_a_definite_document_the_text_has_not_named_before_is_signed_first_here() -> None:
    [a] = agreements("After a plenary session of the commission, the Kazakh and Omani ministers signed the final "
                     "protocol.")
    assert (a.count, a.parties) == (1, ["KAZ", "OMN"])


def test_a_definite_document_named_before_is_restated() -> None:
    text = ("Kazakhstan and Oman signed a transit agreement on Monday. "
            "After the talks, the Kazakh and Omani ministers signed the agreement in Muscat.")
    assert len(agreements(text)) == 1


def test_a_document_cited_as_the_source_is_not_the_one_signed() -> None:
    [a] = agreements("According to the memorandum, a contract to build a cement plant in Shymkent was signed "
                     "by Kazakh and Omani firms on May 3.")
    assert (a.kind, a.subject) == ("contract", "build a cement plant in Shymkent")


@pytest.mark.parametrize("lead", ["The session resulted in signing", "The talks ended with signing"])
def test_a_meeting_that_ended_in_signing_concluded_its_document(lead: str) -> None:
    [a] = agreements(f"Mongolia and Kazakhstan held trade talks in Ulaanbaatar. {lead} a protocol on grain transit.")
    assert (a.count, a.parties, a.subject) == (1, ["KAZ", "MNG"], "grain transit")


def test_a_second_document_after_as_well_as_the_is_its_own() -> None:
    found = agreements("Oman and Uzbekistan held talks in Muscat. The ministers signed the protocol of the session "
                       "as well as the agreement on avoiding double taxation.")
    assert len(found) == 2 and found[1].subject == "avoiding double taxation"


@pytest.mark.parametrize("text", ["Oman and Uzbekistan issued a joint statement on water cooperation.",
                                  "A joint statement issued by Oman and Uzbekistan after the summit covered "
                                  "water cooperation."])
def test_an_issued_joint_statement_is_concluded(text: str) -> None:
    [a] = agreements(text)
    assert (a.kind, a.count, a.parties) == ("other", 1, ["OMN", "UZB"])


def test_a_joint_statement_quoted_as_a_source_is_no_document() -> None:
    assert agreements("Oman and Uzbekistan will build a canal, according to a joint statement issued "
                      "after the summit.") == []


def test_a_document_a_second_verb_takes_is_its_own() -> None:
    found = agreements("The presidents of Mongolia and Kazakhstan signed a joint declaration and adopted the "
                       "programme of cooperation for the coming three years.")
    assert [a.kind for a in found] == ["other", "roadmap"]


def test_a_document_signed_after_a_package_is_its_own() -> None:
    found = agreements("Oman and Uzbekistan held talks in Muscat. After the signing of five contracts, the "
                       "ministers also signed a memorandum on tourism between the two countries.")
    assert [(a.kind, a.count) for a in found] == [("contract", 5), ("mou", 1)]


LISTED = ("Kazakhstan and Mongolia signed the following documents:\n"
          "- Roadmap for cooperation between the Ministry of Energy of the Republic of Kazakhstan and the Ministry"
          " of Mining of Mongolia in coal geology;\n"
          "- Memorandum on linking the “Steppe Corridor” and “Northern Route” transport projects.")


def test_a_listed_document_is_read_to_the_end_of_its_line() -> None:
    roadmap, _ = agreements(LISTED)
    assert (roadmap.kind, roadmap.subject) == (
        "roadmap", "cooperation between the Ministry of Energy and the Ministry of Mining of Mongolia in coal geology")


def test_quoted_titles_do_not_end_a_listed_document() -> None:
    _, memo = agreements(LISTED)
    assert (memo.kind, memo.subject) == ("mou", "linking the Steppe Corridor and Northern Route transport projects")


def test_the_package_named_again_lists_one_topic_per_document() -> None:
    package, *listed = agreements(
        "Oman and Pakistan signed three agreements to widen their ties. The agreements include support for small"
        " business, grants for farming cooperatives, and cooperation in civil aviation.")
    assert (package.count, [a.subject for a in listed]) == (
        3, ["support for small business", "grants for farming cooperatives", "cooperation in civil aviation"])


def test_fewer_topics_than_documents_are_fields_of_the_package() -> None:
    assert len(agreements("Oman and Pakistan signed six agreements to widen their ties. The agreements include"
                          " support for small business, grants for farming cooperatives, and civil aviation.")) == 1


def test_the_documents_named_again_include_deals() -> None:
    subjects = [a.subject for a in agreements(
        "Oman and Pakistan signed several documents on Monday. The documents also included deals on a new gas"
        " pipeline to Pakistan and a joint fund for mining projects.")]
    assert "gas pipeline to Pakistan" in subjects


def test_topics_listed_by_commas_after_uncounted_agreements_are_one_document_each() -> None:
    subjects = [a.subject for a in agreements(
        "Agreements were signed between Kyrgyzstan and Oman on a new bridge over the Naryn river, equipment"
        " for a city hospital in Osh and food supplies for mountain villages.")]
    assert subjects == ["bridge over the Naryn river", "equipment for a city hospital in Osh",
                        "food supplies for mountain villages"]


def test_a_clause_after_the_comma_is_no_topic() -> None:
    subjects = [a.subject for a in agreements(
        "Kyrgyzstan and Oman signed agreements on a new bridge over the Naryn river, a source in the"
        " ministry told reporters.")]
    assert subjects == ["bridge over the Naryn river"]


def test_commas_part_listed_topics_and_an_and_inside_one_joins_its_words() -> None:
    found = agreements("During the talks, Peru and Mongolia exchanged memorandums on cooperation in tourism, "
                       "protection of wildlife in the steppe, mining and mineral exploration, and training of "
                       "customs officers.")
    assert [a.subject for a in found] == ["cooperation in tourism", "protection of wildlife in the steppe",
                                          "mining and mineral exploration", "training of customs officers"]


def test_a_sentence_naming_no_document_does_not_part_a_package_from_its_listed_topics() -> None:
    text = ("Peru and Mongolia signed three memorandums to widen cooperation.\n\n"
            "The signing was watched by the two presidents.\n\n"
            "The memorandums include cooperation in tourism, training of customs officers, and protection of wildlife.")
    assert [a.subject for a in agreements(text)][1:] == ["cooperation in tourism", "training of customs officers",
                                                         "protection of wildlife"]


@pytest.mark.parametrize("signing", ["the talks ended with the signing of a protocol meant to widen trade",
                                     "a closing protocol was signed, summing up the decisions taken"])
def test_a_protocol_with_no_topic_is_the_protocol_of_the_meeting_the_report_covers(signing: str) -> None:
    [a] = agreements("Minsk hosted the fourth meeting of the Belarusian-Mongolian Intergovernmental Commission on "
                     f"Monday.\n\nAfter the session, {signing}.")
    assert a.kind == "agreement"
    assert "fourth meeting of the Belarusian-Mongolian Intergovernmental Commission" in (a.subject or "")


def test_a_protocol_with_its_own_topic_keeps_it() -> None:
    [a] = agreements("Minsk hosted the fourth meeting of the Belarusian-Mongolian Intergovernmental Commission on "
                     "Monday.\n\nThe sides signed a protocol on veterinary checks of meat.")
    assert a.subject == "veterinary checks of meat"


@pytest.mark.parametrize("sentence", [
    "So far Nepal and Kazakhstan have not yet finalized any agreement on flights.",
    "The fair in Almaty will result in signing 12 contracts worth $30 million between Nepal and Kazakhstan.",
    "The two prime ministers will preside over the signing of memorandums on tourism between Nepal and Kazakhstan.",
    "It is also planned to open an exhibition and sign agreements on tourism between Nepal and Kazakhstan.",
])
def test_a_signing_denied_or_still_to_come_is_no_signed_document(sentence: str) -> None:
    assert agreements(sentence) == []
