"""Events: signing ceremonies, sessions, kinds and invitations, on invented sentences."""

from __future__ import annotations

import pytest

from bilateral.documents.model import Document
from bilateral.extraction import extract
from bilateral.facts.models import Event

PUBLISHED = "2025-04-24"  # a Thursday


def events(text: str, published: str | None = PUBLISHED) -> list[Event]:
    return [f for f in extract(Document(id="t", text=text, published=published)) if isinstance(f, Event)]


def test_two_countries_officials_signing_is_a_meeting() -> None:
    text = ("Kyrgyz Prime Minister Adylbek Kasymaliev and Uzbek Prime Minister Abdulla Aripov signed a protocol "
            "on water sharing in Osh on April 2.")
    [meeting] = events(text)
    assert meeting.kind == "meeting"
    assert meeting.place == "Osh" and meeting.date == "2025-04-02"
    assert {p.split()[-1] for p in meeting.persons} == {"Kasymaliev", "Aripov"}


def test_a_document_signed_by_two_countries_officials_is_a_meeting() -> None:
    text = ("The contract was signed by Bakhyt Ormanov, the Kazakh deputy minister of energy, and "
            "Nodir Yusupov, the Uzbek deputy minister of energy.")
    [meeting] = events(text)
    assert meeting.kind == "meeting" and meeting.parties == ["KAZ", "UZB"]


def test_one_country_signing_alone_is_no_meeting() -> None:
    assert events("Uzbek Minister Nodir Yusupov and his deputy Alisher Karimov signed the budget order.") == []


def test_a_virtual_summit_and_the_summit_it_is_called_later_are_one_call_without_a_place() -> None:
    text = ("President Sadyr Zhaparov and Prime Minister Narendra Modi held a virtual summit on Monday. "
            "Ministers in Bishkek and New Delhi signed three documents on the sidelines of the summit.")
    kinds = {(e.kind, e.place) for e in events(text)}
    assert ("call", None) in kinds
    assert not any(kind == "summit" for kind, _ in kinds)


def test_a_conference_of_business_people_is_a_forum() -> None:
    text = "A conference of Kyrgyz and Emirati business leaders was held in Dubai on March 3."
    [forum] = events(text)
    assert forum.kind == "forum" and forum.place == "Dubai"


def test_an_invitation_to_visit_is_no_visit() -> None:
    assert not [e for e in events("President Serdar Berdimuhamedov invited Emomali Rahmon to visit Ashgabat.")
                if e.kind == "visit"]


def test_accepting_an_invitation_to_visit_is_a_visit() -> None:
    text = "Ilham Aliyev thanked Serdar Berdimuhamedov for accepting his invitation to visit Baku."
    assert [e.kind for e in events(text)] == ["visit"]


def test_a_session_of_a_joint_commission_named_for_both_sides_is_talks() -> None:
    text = "The fifth session of the joint Kazakh-Qatari commission on trade took place in Doha on May 6."
    [talks] = events(text)
    assert talks.kind == "talks" and talks.place == "Doha" and talks.date == "2025-05-06"


def test_a_working_group_session_is_talks() -> None:
    text = "A session of the Uzbek-Afghan working group on transit was held in Termez on March 11."
    [talks] = events(text)
    assert talks.kind == "talks" and talks.place == "Termez"


def test_a_scheduled_visit_and_an_earlier_one_stay_apart() -> None:
    text = ("President of Tajikistan Emomali Rahmon will soon pay a state visit to Kyrgyzstan. "
            "The last time the President of Tajikistan visited Kyrgyzstan was in June 2022.")
    visits = [e for e in events(text) if e.kind == "visit"]
    assert sorted((v.date or "", v.persons[0].split()[-1]) for v in visits) == [("", "Rahmon"), ("2022-06", "Rahmon")]


def test_an_event_dated_only_by_this_year_takes_the_year() -> None:
    [visit] = events("Earlier this year, a Kazakh trade mission visited Qatar.")
    assert visit.kind == "visit" and visit.date == "2025"


def test_a_summit_of_two_leaders_is_their_meeting() -> None:
    text = ("Uzbek President Shavkat Mirziyoyev and Korean President Lee Jae-myung agreed on rail projects "
            "at a summit in Samarkand on Tuesday.")
    kinds = [e.kind for e in events(text)]
    assert kinds == ["meeting"]


def test_a_summit_a_format_names_stays_a_summit() -> None:
    text = "Kazakh President Kassym-Jomart Tokayev spoke at the SCO summit in Tianjin on Monday."
    assert [e.kind for e in events(text)] == ["summit"]


def test_a_session_of_a_joint_committee_is_talks() -> None:
    text = "The sixth session of the Kazakh-Turkmen Joint Customs Committee took place in Aktau on May 6."
    [talks] = events(text)
    assert talks.kind == "talks" and talks.place == "Aktau"


def test_a_commission_only_praised_is_no_event() -> None:
    text = "Both ministers praised the work of the Uzbek-Kyrgyz intergovernmental commission on trade."
    assert events(text) == []


def test_negotiations_between_delegations_that_name_nobody_are_talks() -> None:
    text = "Negotiations between the Kyrgyz and Tajik sides were held in Osh on March 4."
    [talks] = events(text)
    assert talks.kind == "talks" and talks.place == "Osh" and talks.date == "2025-03-04"


def test_a_session_takes_the_next_sentences_people_when_only_its_outcome_lies_ahead() -> None:
    text = ("At the fourth session of the joint Kazakh-Omani commission, the sides agreed that flights "
            "will resume in June. Omani Minister of Commerce Qais Al Yousef "
            "welcomed the decision.")
    [talks] = events(text)
    assert talks.kind == "talks" and talks.persons == ["Qais Al Yousef"]


def test_a_leader_hosting_a_named_guest_is_a_meeting() -> None:
    text = "Tajik President Emomali Rahmon hosted Kyrgyz President Sadyr Japarov in Khujand on Monday."
    [meeting] = events(text)
    assert meeting.kind == "meeting" and {p.split()[-1] for p in meeting.persons} == {"Rahmon", "Japarov"}


def test_speaking_at_a_joint_press_conference_with_a_counterpart_is_a_meeting() -> None:
    text = ("Kazakh President Kassym-Jomart Tokayev spoke at a joint press conference with his Uzbek "
            "counterpart Shavkat Mirziyoyev on Monday.")
    [meeting] = events(text)
    assert meeting.kind == "meeting" and len(meeting.persons) == 2


def test_the_capital_of_a_country_named_is_the_place() -> None:
    text = ("Kyrgyz President Sadyr Japarov, who arrived in the capital of Tajikistan on a state visit, held "
            "talks with President Emomali Rahmon.")
    assert {e.place for e in events(text)} == {"Dushanbe"}


def test_two_officials_meeting_with_one_counterpart_is_one_meeting() -> None:
    text = ("Uzbek Deputy Prime Minister Jamshid Khodjaev and Uzbek Energy Minister Jurabek Mirzamakhmudov met with "
            "Kyrgyz Energy Minister Taalaibek Ibraev in Osh on Monday.")
    [meeting] = events(text)
    assert len(meeting.persons) == 3


@pytest.mark.parametrize("briefing", ["news conference", "media conference", "press conference"])
def test_a_news_conference_is_no_conference(briefing: str) -> None:
    text = (f"Uzbek Foreign Minister Bakhtiyor Saidov told a {briefing} in Ashgabat on Monday that "
            "transit fees would fall.")
    assert not any(e.kind == "conference" for e in events(text))


def test_forums_among_plans_to_organize_are_no_events() -> None:
    text = ("The sides also resolved to open trading houses in both capitals and organize business forums "
            "and exhibitions in Tashkent and Kabul.")
    assert events(text) == []


def test_a_document_signed_at_a_ceremony_attended_by_two_countries_officials_is_a_meeting() -> None:
    text = ("The supply contract was signed at a ceremony attended by Bakhyt Ormanov, the Kazakh deputy "
            "minister of energy, and Nodir Yusupov, the Uzbek deputy minister of energy.")
    [meeting] = events(text)
    assert meeting.kind == "meeting" and meeting.parties == ["KAZ", "UZB"]


def test_courtesy_calls_on_two_hosts_are_two_meetings() -> None:
    text = ("Turkish Foreign Minister Cem Aydogan paid courtesy calls on President of Georgia Levan Kiknadze "
            "and Georgian Speaker Nino Beridze on Tuesday.")
    meetings = [e for e in events(text) if e.kind == "meeting"]
    assert sorted(m.persons[-1] for m in meetings) == ["Levan Kiknadze", "Nino Beridze"]


def test_calling_on_an_official_is_a_meeting() -> None:
    text = ("Georgian Economy Minister Levan Kiknadze called on the Prime Minister of Armenia Aram Sargsyan "
            "in Yerevan on Tuesday.")
    [meeting] = events(text)
    assert meeting.kind == "meeting" and meeting.place == "Yerevan"
    assert {p.split()[-1] for p in meeting.persons} == {"Kiknadze", "Sargsyan"}


def test_a_courtesy_call_to_an_official_is_a_meeting() -> None:
    text = "The new Turkish envoy Cem Aydogan paid a courtesy call to Georgian Speaker Nino Beridze on Monday."
    assert [e.kind for e in events(text)] == ["meeting"]


def test_calling_on_a_country_to_act_is_no_meeting() -> None:
    text = ("Georgian Economy Minister Levan Kiknadze called on the Armenian government to ease transit "
            "rules for trucks.")
    assert events(text) == []


def test_a_countrys_capital_is_the_place() -> None:
    text = ("The fifth session of the Georgian-Armenian intergovernmental commission took place in Georgia’s "
            "capital on May 4.")
    assert [(e.kind, e.place) for e in events(text)] == [("talks", "Tbilisi")]


def test_a_countrys_capital_that_hosted_is_the_place() -> None:
    text = "Georgia’s capital hosted the fifth session of the Georgian-Armenian intergovernmental commission on May 4."
    assert [(e.kind, e.place) for e in events(text)] == [("talks", "Tbilisi")]


def test_the_capital_city_named_by_its_demonym_is_the_place() -> None:
    text = ("Armenian Foreign Minister Aram Sargsyan met Georgian Prime Minister Levan Kiknadze in Georgian "
            "capital city on Monday.")
    assert [(e.kind, e.place) for e in events(text)] == [("meeting", "Tbilisi")]


def test_two_leaders_who_had_talks_met() -> None:
    text = ("Georgian Prime Minister Levan Kiknadze and Armenian President Aram Sargsyan had talks in Yerevan "
            "on Monday.")
    [meeting] = events(text)
    assert meeting.kind == "meeting" and meeting.place == "Yerevan"
    assert {p.split()[-1] for p in meeting.persons} == {"Kiknadze", "Sargsyan"}


def test_having_a_courtesy_meeting_with_an_envoy_is_a_meeting() -> None:
    text = "Georgian Foreign Minister Nino Beridze had a courtesy meeting on Monday with Armenian envoy Aram Sargsyan."
    assert [e.kind for e in events(text)] == ["meeting"]


def test_having_a_phone_conversation_is_a_call_only() -> None:
    text = "Georgian Foreign Minister Nino Beridze had a telephone conversation with Armenian envoy Aram Sargsyan."
    assert [e.kind for e in events(text)] == ["call"]


def test_a_meeting_by_video_conferencing_is_a_call() -> None:
    text = ("A meeting by video conferencing took place between Kazakh President Kassym-Jomart Tokayev "
            "and Uzbek President Shavkat Mirziyoyev.")
    assert [e.kind for e in events(text)] == ["call"]


def test_official_talks_held_after_arriving_are_a_visit_and_a_meeting() -> None:
    text = ("Kazakh Prime Minister Olzhas Bektenov, after arriving in Tashkent yesterday, held official talks "
            "with Uzbek Prime Minister Abdulla Aripov.")
    found = {e.kind: e for e in events(text)}
    assert found["visit"].persons == ["Olzhas Bektenov"] and found["visit"].date == "2025-04-23"
    assert {p.split()[-1] for p in found["meeting"].persons} == {"Bektenov", "Aripov"}


def test_a_route_arriving_somewhere_is_no_visit() -> None:
    assert events("The new freight line crosses Kazakhstan before arriving in Turkey.") == []


def test_a_numbered_session_of_the_commission_is_talks() -> None:
    text = ("The protocol was signed after the third session of the commission between Kyrgyzstan and Qatar, "
            "held in Doha on Monday.")
    assert "talks" in [e.kind for e in events(text)]


def test_a_visit_to_a_european_country_takes_its_capital_when_the_report_names_it() -> None:
    text = ("Uzbek President Shavkat Mirziyoyev began a state visit to Austria on Monday. "
            "In Vienna he held talks with Chancellor Karl Nehammer.")
    visit = next(e for e in events(text) if e.kind == "visit")
    assert visit.place == "Vienna"


def test_a_visit_still_to_come_takes_no_capital_however_the_report_names_it() -> None:
    text = ("Uzbek President Shavkat Mirziyoyev is scheduled to pay a state visit to Austria later this year. "
            "The two countries opened a trade office in Vienna in March.")
    visit = next(e for e in events(text) if e.kind == "visit")
    assert visit.place is None


def test_a_visit_told_by_when_it_took_place_takes_no_capital_of_the_current_stay() -> None:
    for told in ("Georgian Prime Minister Levan Kobiashvili visited Armenia earlier this spring.",
                 "Georgian Prime Minister Levan Kobiashvili made a visit to Armenia last October.",
                 "Georgian Prime Minister Levan Kobiashvili paid a visit to Armenia in May 2023."):
        text = ("Armenian and Georgian ministers met in Yerevan on Tuesday to review rail freight. " + told)
        visit = next(e for e in events(text) if e.kind == "visit")
        assert visit.place is None, told


def test_officials_of_two_countries_witnessing_a_signing_are_a_meeting() -> None:
    text = ("The two contracts were signed in the presence of Kazakh Energy Minister Aidar Nurlanov "
            "and Kyrgyz Energy Minister Bakyt Osmonov.")
    [meeting] = events(text)
    assert meeting.kind == "meeting" and meeting.parties == ["KAZ", "KGZ"]
    assert {p.split()[-1] for p in meeting.persons} == {"Nurlanov", "Osmonov"}


def test_consultations_in_passing_are_no_event_and_a_round_of_them_is_talks() -> None:
    passing = ("Kazakhstan and Uzbekistan will keep up consultations on water use, "
               "the Kazakh deputy minister Erlan Abenov said.")
    assert [e for e in events(passing) if e.kind == "talks"] == []
    held = "Kazakh and Uzbek diplomats held a round of political consultations in Tashkent on Monday."
    assert [(e.kind, e.place) for e in events(held)] == [("talks", "Tashkent")]


def test_two_countries_officials_as_joint_subject_of_a_talk_are_a_meeting() -> None:
    text = ("Uzbek Transport Minister Ilkhom Makhkamov and Georgian Economy Minister Levan Davitashvili "
            "discussed new freight routes across the Caspian.")
    [meeting] = events(text)
    assert meeting.kind == "meeting"
    assert {p.split()[-1] for p in meeting.persons} == {"Makhkamov", "Davitashvili"}


def test_one_official_signing_with_another_countrys_official_is_a_meeting() -> None:
    text = ("Kazakh Deputy Minister Bakhyt Ormanov signed three contracts with Turkish Trade Minister "
            "Omer Bolat.")
    [meeting] = events(text)
    assert meeting.kind == "meeting" and meeting.parties == ["KAZ", "TUR"]
    assert {p.split()[-1] for p in meeting.persons} == {"Ormanov", "Bolat"}


def test_an_event_agreed_on_with_a_city_and_a_month_is_scheduled() -> None:
    text = "Kyrgyzstan and Turkey agreed to hold a joint investment forum in Osh in October."
    [forum] = events(text)
    assert forum.kind == "forum" and forum.place == "Osh" and forum.date == "2025-10"


def test_events_decided_on_without_a_date_or_city_or_in_the_plural_are_only_plans() -> None:
    assert events("Kyrgyzstan and Turkey also decided to hold trade fairs in Osh next year.") == []
    assert events("Kyrgyzstan and Turkey also decided to hold a joint investment forum.") == []
    assert events("Kyrgyzstan proposed holding a joint investment forum with Turkey in Osh in October.") == []


def test_a_council_session_set_to_take_place_in_a_city_next_year_is_a_meeting() -> None:
    text = ("Officials said the third session of the Kyrgyz-Turkish High-Level Cooperation Council is set to "
            "take place in Istanbul next year.")
    [meeting] = events(text)
    assert meeting.kind == "meeting" and meeting.place == "Istanbul" and meeting.date == "2026"


def test_a_business_summit_and_an_investors_conference_are_forums() -> None:
    text = ("Kazakh Minister Serik Zhumangarin attended an investors' conference in Dubai on Monday. "
            "A business summit of Kazakh and Emirati firms will be held in Astana on June 3.")
    assert {e.kind for e in events(text)} == {"forum"}


def test_a_journey_to_a_country_is_a_visit() -> None:
    text = "Kyrgyz Deputy Prime Minister Daniyar Amangeldiev embarked on a journey to Turkey on April 14."
    [visit] = events(text)
    assert visit.kind == "visit" and visit.date == "2025-04-14"


def test_an_invitation_to_visit_is_no_visit_however_the_sentence_refers_back_to_it() -> None:
    text = ("Tokayev invited Sadyr Zhaparov to pay a state visit to Kazakhstan next spring, saying new deals "
            "would crown the visit.")
    assert [e for e in events(text) if e.kind == "visit"] == []


@pytest.mark.parametrize("text", [
    "The Mongolian president invited the Prime Minister of Kazakhstan Olzhas Bektenov to pay an official visit "
    "to Ulaanbaatar.",
    "The envoy passed on an invitation from President Ilham Aliyev to take part in the regional summit in Baku.",
])
def test_an_invitation_naming_a_long_guest_is_no_event(text: str) -> None:
    assert [e for e in events(text) if e.kind in ("visit", "summit")] == []


def test_an_invitation_to_a_dated_gathering_is_to_a_scheduled_event() -> None:
    found = events("The envoy invited Kazakh exporters to take part in the business forum to be held in Baku on May 9.")
    assert [e.kind for e in found] == ["forum"]


def test_an_invitation_acted_on_is_an_event() -> None:
    found = events("The Mongolian president arrived in Astana at the invitation of Kassym-Jomart Tokayev "
                   "to pay a state visit.")
    assert [e.kind for e in found] == ["visit"]


def test_forums_that_will_be_held_regularly_are_no_event() -> None:
    assert events("Exhibitions of Kyrgyz and Turkish goods will be held regularly.") == []


def test_the_visitor_of_a_visit_whose_outcomes_talks_discuss_is_no_side_of_the_talks() -> None:
    text = ("During the talks, the ministers discussed the results achieved following the state visit of "
            "Kyrgyz President Sadyr Zhaparov to Ankara.")
    assert [e for e in events(text) if e.kind == "meeting"] == []


def test_talks_held_as_part_of_a_visit_have_its_visitor_as_a_side() -> None:
    text = ("Negotiations of Kyrgyz and Turkish delegations took place in Ankara as part of the state visit of "
            "Kyrgyz President Sadyr Zhaparov to Turkey.")
    assert any(e.kind == "meeting" and e.persons == ["Sadyr Zhaparov"] for e in events(text))


def test_the_meeting_of_the_heads_of_state_is_a_meeting_of_the_people_named() -> None:
    text = ("The press services reported on the meeting of the heads of state Sadyr Zhaparov and "
            "Recep Tayyip Erdogan on March 3.")
    [meeting] = events(text)
    assert meeting.kind == "meeting" and meeting.date == "2025-03-03"
    assert {p.split()[-1] for p in meeting.persons} == {"Zhaparov", "Erdogan"}


def test_an_exposition_is_an_exhibition_and_a_body_named_conference_is_no_conference() -> None:
    text = ("An exposition of Kyrgyz textiles opened in Izmir on Monday. The summit of the Conference on "
            "Cooperation in Eurasia will be held in Ankara on June 4.")
    assert {e.kind for e in events(text)} == {"exhibition", "summit"}


def test_meetings_with_two_hosts_are_two_meetings() -> None:
    text = ("The Kyrgyz foreign minister also had meetings with Cevdet Yilmaz, the Turkish vice president, "
            "and Omer Bolat, the Turkish trade minister.")
    meetings = [e for e in events(text) if e.kind == "meeting"]
    assert sorted(p for e in meetings for p in e.persons) == ["Cevdet Yilmaz", "Omer Bolat"]
    assert len(meetings) == 2


def test_a_meeting_of_a_commission_is_talks_and_a_signing_there_no_other_meeting() -> None:
    text = ("Kyrgyz Deputy Prime Minister Daniyar Amangeldiev and Uzbek Deputy Prime Minister Jamshid Khodjaev "
            "signed a protocol during a meeting of the trade commission of the two countries in Osh on April 2.")
    [talks] = events(text)
    assert talks.kind == "talks" and talks.place == "Osh" and talks.date == "2025-04-02"


def test_a_hyphenated_inter_governmental_commission_is_talks() -> None:
    text = "The Turkmen-Omani Inter-governmental Commission convened in Muscat on April 9."
    assert [(e.kind, e.place) for e in events(text)] == [("talks", "Muscat")]


def test_co_chairs_named_in_a_sentence_of_their_own_take_part_in_the_session() -> None:
    text = ("The fifth session of the Kazakh-Omani intergovernmental commission was held in Muscat on April 9. "
            "It reviewed projects in logistics and energy. "
            "The co-chairs were Kazakh Deputy Prime Minister Serik Zhumangarin and Omani Minister "
            "of Commerce Qais Al Yousef.")
    [talks] = [e for e in events(text) if e.kind == "talks"]
    assert {p.split()[-1] for p in talks.persons} == {"Zhumangarin", "Yousef"}


def test_heads_of_delegation_named_in_a_sentence_of_their_own_take_part_in_the_session() -> None:
    text = ("The third session of the Georgian-Latvian working group on transport met in Riga on May 14. "
            "It reviewed ferry schedules and port fees. "
            "The Georgian side was headed by Deputy Minister Levan Kobiashvili, "
            "and the Latvian side was headed by State Secretary Andris Ozolins.")
    [talks] = [e for e in events(text) if e.kind == "talks"]
    assert {p.split()[-1] for p in talks.persons} == {"Kobiashvili", "Ozolins"}


def test_a_meeting_scheduled_with_a_city_is_an_event_and_one_without_date_or_city_is_not() -> None:
    text = "Uzbek Foreign Minister Bakhtiyor Saidov is to meet Omani Foreign Minister Badr Albusaidi in Muscat."
    [meeting] = events(text)
    assert (meeting.kind, meeting.place) == ("meeting", "Muscat")
    assert events("Uzbek Foreign Minister Bakhtiyor Saidov will meet Omani Foreign Minister Badr Albusaidi soon.") == []


def test_talks_by_phone_are_a_call_and_no_meeting() -> None:
    text = ("After talks by telephone with his Kyrgyz counterpart Jeenbek Kulubaev, Uzbek Foreign Minister "
            "Bakhtiyor Saidov said the two countries would open a joint fund.")
    assert [e.kind for e in events(text)] == ["call"]
    phone = "Uzbek Foreign Minister Bakhtiyor Saidov held phone talks with his Kyrgyz counterpart Jeenbek Kulubaev."
    assert [e.kind for e in events(phone)] == ["call"]


def test_a_commission_taking_place_today_is_a_session_there_that_day() -> None:
    text = ("Kazakhstan and Uzbekistan opened a joint trade house. The 12th convening of the intergovernmental "
            "Uzbek-Kazakh commission is taking place in Almaty today.")
    [talks] = events(text)
    assert (talks.kind, talks.date, talks.place) == ("talks", PUBLISHED, "Almaty")


def test_an_earlier_session_the_report_recalls_by_number_or_as_the_previous_is_talks_of_its_own() -> None:
    numbered = ("The 12th meeting of the Uzbek-Kazakh intergovernmental commission was held in Almaty on Monday. "
                "The sides reviewed the decisions of the 11th session held in Tashkent in May 2023.")
    assert {(e.kind, e.date, e.place) for e in events(numbered)} == {
        ("talks", "2025-04-21", "Almaty"), ("talks", "2023-05", "Tashkent")}
    previous = ("The Uzbek-Kazakh intergovernmental commission met in Almaty on Monday. The previous meeting with "
                "our Kazakh colleagues within the intergovernmental commission took place in Tashkent in 2021.")
    assert {(e.kind, e.date, e.place) for e in events(previous)} == {
        ("talks", "2025-04-21", "Almaty"), ("talks", "2021", "Tashkent")}


def test_a_visit_named_by_its_visitors_office_takes_that_visitor_not_the_hosts_named_next() -> None:
    text = ("Turkish Foreign Minister Mevlut Cavusoglu arrived in Ulaanbaatar on Monday. Turkey and Mongolia agreed "
            "to expand trade during the Turkish foreign minister's official visit to the country. He held talks "
            "with his Mongolian counterpart Lundeg Purevsuren.")
    [visit] = [e for e in events(text) if e.kind == "visit"]
    assert visit.persons == ["Mevlut Cavusoglu"]


def test_the_same_day_the_day_before_and_the_next_day_count_from_the_day_told_before() -> None:
    text = ("Chinese Premier Li Qiang arrived in Dushanbe on October 12, 2024. The next day, the Chinese premier "
            "held talks with Tajik President Emomali Rahmon. A business forum held the day before drew 300 firms.")
    dated = {e.kind: e.date for e in events(text)}
    assert dated == {"visit": "2024-10-12", "meeting": "2024-10-13", "forum": "2024-10-11"}


def test_a_visit_mentioned_again_on_a_later_day_of_the_stay_stays_one_visit() -> None:
    text = ("Kazakh President Kassym-Jomart Tokayev began a state visit to Japan on December 17, 2024. "
            "He held talks with Japanese Prime Minister Shigeru Ishiba on December 18. On the same day, "
            "Tokayev visited a museum in Tokyo.")
    assert len([e for e in events(text) if e.kind == "visit"]) == 1


def test_a_summit_takes_the_city_named_beside_it_not_one_an_earlier_visit_went_to() -> None:
    text = ("The ministers reviewed the results of the visit of Indian Prime Minister Narendra Modi to Tashkent "
            "and his talks with President Shavkat Mirziyoyev at the SCO summit in Bishkek.")
    [summit] = [e for e in events(text) if e.kind == "summit"]
    assert summit.place == "Bishkek"


def test_leading_a_delegation_to_a_city_is_a_visit_whatever_the_tense() -> None:
    text = "Kyrgyz Economy Minister Daniyar Amangeldiev is leading a business delegation to Seoul this week."
    [visit] = events(text)
    assert (visit.kind, visit.place, visit.persons) == ("visit", "Seoul", ["Daniyar Amangeldiev"])


def test_a_business_councils_meeting_is_its_forum_alone() -> None:
    text = "The second meeting of the Kazakh-Omani Business Council was held in Muscat on March 3."
    [forum] = events(text)
    assert (forum.kind, forum.place, forum.date) == ("forum", "Muscat", "2025-03-03")


def test_negotiations_in_a_co_chairs_title_add_no_meeting_to_the_commissions_talks() -> None:
    text = ("Under the co-chairing of Kazakh economy minister Daulet Serikov and Said Al-Harthy, Oman's chief of "
            "trade negotiations, the 9th meeting of the Intergovernmental Commission of Kazakhstan and Oman was "
            "held in Muscat on March 3.")
    [talks] = events(text)
    assert (talks.kind, talks.place, talks.date) == ("talks", "Muscat", "2025-03-03")


def test_a_leaders_name_spelt_with_and_without_accents_is_one_meeting() -> None:
    text = ("Presidents Recep Tayyip Erdoğan and Ilham Aliyev met in Baku on Tuesday. Energy projects were also "
            "discussed during the meeting, Recep Tayyip Erdogan said.")
    [meeting] = events(text)
    assert (meeting.place, meeting.persons) == ("Baku", ["Recep Tayyip Erdoğan", "Ilham Aliyev"])


def test_negotiations_on_a_document_are_its_drafting_not_a_meeting() -> None:
    text = ("The fifth Kazakh-Omani Joint Committee meeting was held in Muscat on March 3. The sides proposed to "
            "speed up the negotiations on a free trade agreement. Kazakh Deputy Foreign Minister Alibek Bakayev "
            "asked Oman to support Kazakh firms.")
    assert [e.kind for e in events(text)] == ["talks"]


def test_the_meeting_named_again_after_a_session_is_that_session() -> None:
    text = ("The fourth session of the Kazakh-Omani intergovernmental commission took place in Muscat on May 6. "
            "During the meeting, the sides praised the growth of trade. Kazakh Deputy Foreign Minister Alibek "
            "Bakayev asked Oman to support Kazakh firms.")
    assert [e.kind for e in events(text)] == ["talks"]


def test_a_meeting_named_with_its_people_after_a_session_is_reported() -> None:
    text = ("The fourth session of the Kazakh-Omani intergovernmental commission took place in Muscat on May 6. "
            "During the meeting, Kazakh Deputy Foreign Minister Alibek Bakayev met Omani Minister of Commerce "
            "Qais Al-Yousef.")
    assert "meeting" in [e.kind for e in events(text)]


def test_a_country_that_begins_the_name_of_a_forum_is_no_destination_of_the_visit() -> None:
    text = ("As part of his working visit, Kazakh Deputy Prime Minister Serik Zhumangarin spoke at the Kazakhstan "
            "Investment Roundtable in front of Qatari investors. Bankers from Astana also attended.")
    [visit] = [e for e in events(text) if e.kind == "visit"]
    assert visit.persons == ["Serik Zhumangarin"] and visit.place is None


def test_pairs_of_ministers_signing_at_a_ceremony_already_told_are_that_ceremony_not_meetings_each() -> None:
    text = ("President Sadyr Japarov and Uzbek President Shavkat Mirziyoyev witnessed the signing ceremony in Osh "
            "on Tuesday. The customs protocol was signed by Kyrgyz Finance Minister Almaz Baketaev and Uzbek "
            "Finance Minister Jamshid Kuchkarov. The Uzbek Energy Minister Jurabek Mirzamakhmudov and the Kyrgyz "
            "Energy Minister Taalaibek Ibraev signed the grid accord.")
    [meeting] = [e for e in events(text) if e.kind == "meeting"]
    assert {p.split()[-1] for p in meeting.persons} == {"Japarov", "Mirziyoyev"}


def test_a_commission_sitting_by_video_is_its_talks_and_those_attending_are_their_sides() -> None:
    text = ("Officials noted a rise in Georgian-Kazakh trade at the video conference of the intergovernmental "
            "commission. The video conference was attended by Georgian Economy Minister Levan Davitashvili and "
            "Kazakh Trade Minister Arman Shakkaliyev.")
    [talks] = events(text)
    assert talks.kind == "talks"
    assert {p.split()[-1] for p in talks.persons} == {"Davitashvili", "Shakkaliyev"}


def test_the_visit_of_a_leader_by_office_is_the_second_of_two_listed_with_one_plural_title() -> None:
    text = ("The Presidents of Kazakhstan Kassym-Jomart Tokayev and Azerbaijan Ilham Aliyev held talks in Astana. "
            "Tokayev said the state visit of the Azerbaijani president opened a new stage.")
    [visit] = [e for e in events(text) if e.kind == "visit"]
    assert visit.persons == ["Ilham Aliyev"]


def test_a_press_release_issued_here_places_the_release_not_the_meeting() -> None:
    text = ("ISLAMABAD, April 22: Pakistani Planning Minister Ahsan Iqbal met Uzbek Economy Minister Jamshid "
            "Kuchkarov to review rail links, said a press release issued here.")
    [meeting] = [e for e in events(text) if e.kind == "meeting"]
    assert meeting.place is None


def test_touring_an_exhibition_or_a_fair_is_no_visit() -> None:
    text = ("The Mongolian trade fair opened in Tashkent on Monday with Uzbek and Mongolian firms. "
            "Later, Uzbek Deputy Prime Minister Timur Rasulov visited the national pavilion of Mongolia.")
    assert [e.kind for e in events(text)] == ["exhibition"]
    assert "visit" in [e.kind for e in events("Mongolian Minister Bat Erdene visited Uzbekistan on Monday.")]


def test_a_spokesperson_telling_of_a_meeting_takes_no_part_in_it() -> None:
    text = ("Acting Minister of Mines Hedayat Karimi met Kazakh Ambassador Erlan Sadykov in Kabul on Sunday, "
            "said Jawid Rahimi, spokesman for the ministry. The ministry's spokesperson Nasir Omari added that "
            "Karimi and Sadykov met again later.")
    for event in events(text):
        assert not {"Jawid Rahimi", "Nasir Omari"} & set(event.persons)
    assert any({"Hedayat Karimi", "Erlan Sadykov"} <= set(e.persons) for e in events(text))


@pytest.mark.parametrize("dateline", ["Dushanbe (News Agency) – ", "Dushanbe, April 22 (Agency): ",
                                      "DUSHANBE, Tajikistan — "])
def test_a_dateline_city_is_where_the_report_was_filed_not_the_meetings_place(dateline: str) -> None:
    text = (f"{dateline}Tajik Minister of Energy Daler Juma met with Kyrgyz Deputy Prime Minister "
            "Bakyt Torobaev yesterday to discuss power trade.")
    [meeting] = events(text)
    assert meeting.kind == "meeting" and meeting.place is None
    named = text.replace("yesterday", "in Bishkek yesterday")
    assert [e.place for e in events(named)] == ["Bishkek"]


def test_a_city_that_seats_an_embassy_or_consulate_is_not_the_meetings_place() -> None:
    seat = ("Kyrgyz Foreign Minister Jeenbek Kulubaev met Erlan Sadykov, the counsellor of the Kazakh Embassy "
            "in Osh, to discuss the opening of a consulate in Jalal-Abad.")
    assert [(e.kind, e.place) for e in events(seat)] == [("meeting", None)]
    held = ("Kyrgyz Foreign Minister Jeenbek Kulubaev met Kazakh Ambassador Erlan Sadykov at the Kazakh Embassy "
            "in Osh.")
    assert [(e.kind, e.place) for e in events(held)] == [("meeting", "Osh")]


def test_a_city_that_names_a_province_or_region_is_not_the_events_place() -> None:
    text = ("Kazakh Deputy Prime Minister Serik Zhumangarin met Afghan Acting Minister of Commerce Nooruddin "
            "Azizi and the governor of Herat province to discuss the rail link.")
    assert [(e.kind, e.place) for e in events(text)] == [("meeting", None)]


def test_a_visit_that_dates_something_else_takes_no_capital() -> None:
    text = ("Dushanbe will host Uzbek firms at a trade fair. The two ministries signed a customs protocol on the "
            "eve of Uzbek President Shavkat Mirziyoyev's visit to Tajikistan.")
    [visit] = [e for e in events(text) if e.kind == "visit"]
    assert visit.place is None


def test_the_visitor_of_a_visit_still_to_come_is_no_side_of_the_meeting() -> None:
    text = ("After talks between the Latvian and Uzbek foreign ministers, the sides agreed to arrange a visit of "
            "Latvia’s President Andris Ozolins to Uzbekistan next year.")
    assert [e.kind for e in events(text)] == ["visit"]


def test_talks_a_side_is_only_ready_to_hold_take_no_one_from_the_next_sentence() -> None:
    text = ("On his part, the Latvian minister said that Latvia is ready to keep backing Uzbek reforms and hold "
            "regular bilateral talks.\nIt was also agreed to arrange a visit of Latvia’s President Andris Ozolins "
            "to Uzbekistan in 2025.")
    assert [e for e in events(text) if e.kind == "meeting"] == []


def test_the_meeting_named_again_by_its_article_is_the_meeting_told() -> None:
    text = ("Afghan Commerce Minister Hamid Rasuli met Kyrgyz Ambassador Bakyt Osmonov in Kabul on Monday. "
            "During the meeting, Afghan Deputy Minister Karim Nazari thanked Kyrgyzstan for its wheat aid.")
    found = events(text)
    assert [e.kind for e in found] == ["meeting"]
    assert "Karim Nazari" not in found[0].persons


def test_a_meeting_the_sentence_names_for_itself_stays_its_own() -> None:
    text = ("Afghan Commerce Minister Hamid Rasuli met Kyrgyz Ambassador Bakyt Osmonov in Kabul on Monday. "
            "In the evening, Rasuli held a meeting with Kyrgyz Deputy Minister Aida Temirova in Kabul on Tuesday.")
    assert len([e for e in events(text) if e.kind == "meeting"]) == 2


@pytest.mark.parametrize("setting", ["on the sidelines of the Eurasian Rivers summit",
                                     "within the framework of the fourth ministerial conference on water"])
def test_a_gathering_named_only_as_where_the_pair_met_is_no_event(setting: str) -> None:
    text = (f"Tajik Foreign Minister Sirojiddin Muhriddin met Mongolian Foreign Minister Batmunkh Battsetseg "
            f"{setting} in Baku on Monday.")
    assert [e.kind for e in events(text)] == ["meeting"]


def test_a_summit_one_of_the_pair_hosts_stays_an_event() -> None:
    text = ("Tajik Foreign Minister Sirojiddin Muhriddin met Mongolian Foreign Minister Batmunkh Battsetseg "
            "on the sidelines of the Eurasian Rivers summit in Ulaanbaatar on Monday.")
    assert sorted(e.kind for e in events(text)) == ["meeting", "summit"]


def test_plural_exhibitions_among_forms_of_cooperation_are_no_event() -> None:
    text = ("The Mongolian and Tajik ministers discussed ways to expand trade, including mutual trade "
            "exhibitions and fairs and regular business missions.")
    assert [e for e in events(text) if e.kind == "exhibition"] == []


def test_counterparts_without_a_country_are_hosts_not_guests() -> None:
    text = ("Emirati envoy Khalid Al Mansoori led a delegation to Kabul on April 2 to discuss aid. Al Mansoori met "
            "with Mawlawi Abdul Kabir Zahid, Deputy Prime Minister for Political Affairs of Afghanistan, Mawlawi "
            "Rahim Shah Noori, Acting Minister of Energy and Water, and Haji Bashir, Minister of Mines and Industry, "
            "to discuss power supply and mining ventures.")
    meetings = [e for e in events(text) if e.kind == "meeting"]
    assert sorted(sorted(p.split()[-1] for p in e.persons) for e in meetings) == [
        ["Bashir", "Mansoori"], ["Kabir", "Mansoori"], ["Mansoori", "Noori"]]

