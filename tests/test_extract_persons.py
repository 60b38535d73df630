"""extraction.persons: named people without honorifics, in their fullest form, with their country."""

from __future__ import annotations

import pytest

from bilateral.extraction.countries import find_countries
from bilateral.extraction.persons import _GLUED, _glued_matches, find_persons


def persons(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in find_persons(text, find_countries(text))]


@pytest.mark.parametrize(("text", "expected"), [
    # known officials, by full name or surname: the canonical full name and country
    ("Zhumangarin arrived in Kabul.", [("Serik Zhumangarin", "KAZ")]),
    ("Tokayev's envoy left.", [("Kassym-Jomart Tokayev", "KAZ")]),
    ("Muttaqi and Zhumangarin talked.", [("Amir Khan Muttaqi", "AFG"), ("Serik Zhumangarin", "KAZ")]),
    # a longer known alias is kept as written
    ("Abdul Ghani Baradar Akhund attended.", [("Abdul Ghani Baradar Akhund", "AFG")]),
])
def test_known_officials(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert persons(text) == expected


@pytest.mark.parametrize(("text", "name"), [
    ("Mullah Abdul Ghani Baradar Akhund received the delegation.", "Abdul Ghani Baradar Akhund"),
    ("Mr. Tokayev spoke first.", "Kassym-Jomart Tokayev"),
    ("Sheikh Farid Rahimi, head of the chamber, spoke.", "Farid Rahimi"),
    ("Alhaj Nasir Ahmad Qaderi, chairman of the Herat chamber, said", "Nasir Ahmad Qaderi"),
])
def test_honorifics_are_dropped(text: str, name: str) -> None:
    assert [n for n, _ in persons(text)] == [name]


@pytest.mark.parametrize(("text", "expected"), [
    # a title before the name
    ("Deputy Prime Minister Bakhyt Ormanov arrived in Herat.", ("Bakhyt Ormanov", None)),
    ("Uzbek Foreign Minister Bakhtiyor Saidov held talks.", ("Bakhtiyor Saidov", "UZB")),
    ("Kazakh Trade Minister Arman Shakkaliyev opened the fair.", ("Arman Shakkaliyev", "KAZ")),
    ("Ambassador Yerlan Dosmagambetov attended.", ("Yerlan Dosmagambetov", None)),
    # a long title ending in a comma before the name
    ("the Minister of Mines and Petroleum of Afghanistan, Hedayatullah Karimi, said", ("Hedayatullah Karimi", "AFG")),
    # a portfolio right before the name is the title's, not the name's
    ("the Minister of Water and Natural Resources Bolat Iskakov left", ("Bolat Iskakov", None)),
    ("Minister of Transport and Infrastructure Omar Al Kaabi spoke", ("Omar Al Kaabi", None)),
    # a title after the name
    ("Farid Rahimi, head of the Balkh chamber, spoke.", ("Farid Rahimi", None)),
    ("Nodir Yusupov, the Uzbek deputy minister of transport, said", ("Nodir Yusupov", "UZB")),
    ("talks with Rustam Kholov Sharifi, an official from Tajikistan, ended", ("Rustam Kholov Sharifi", "TJK")),
])
def test_titled_names(text: str, expected: tuple[str, str | None]) -> None:
    assert persons(text) == [expected]


def test_offsets_and_order() -> None:
    text = "Minister Azizi met Deputy PM Kanat Bozumbayev and Ambassador Yerlan Dosmagambetov."
    found = find_persons(text, find_countries(text))
    assert [(p.name, text[p.start:p.end]) for p in found] == [
        ("Nooruddin Azizi", "Azizi"),
        ("Kanat Bozumbayev", "Kanat Bozumbayev"),
        ("Yerlan Dosmagambetov", "Yerlan Dosmagambetov"),
    ]


@pytest.mark.parametrize("text", [
    "The Ministry of Foreign Affairs said on Monday.",
    "Kazakhstan Temir Zholy and Afghanistan Railway Authority met.",
    "The Kabul Chamber of Commerce hosted the Central Asia Business Forum.",
    "Trade House Almaty opened in April.",
    "Herat Governor's Office said.",
    "Kabul Times reported.",
])
def test_institutions_and_places_are_not_persons(text: str) -> None:
    assert persons(text) == []


def test_untitled_capitalised_pair_is_not_a_person() -> None:
    # no title, not a known official: two capitalised words are not enough
    assert persons("Golden Wheat shipped flour to Herat.") == []


def test_country_from_a_demonym_in_the_title() -> None:
    assert persons("Tajik Foreign Minister Sirojiddin Muhriddin arrived.") == [("Sirojiddin Muhriddin", "TJK")]


def test_a_european_demonym_titles_a_name_and_gives_its_country() -> None:
    assert persons("The Polish deputy minister Jan Nowicki and Hungarian Foreign Minister Peter Novak arrived.") == [
        ("Jan Nowicki", "POL"), ("Peter Novak", "HUN")]


def test_without_countries_no_country_is_guessed() -> None:
    [p] = find_persons("Tajik Foreign Minister Sirojiddin Muhriddin arrived.")
    assert (p.name, p.country) == ("Sirojiddin Muhriddin", None)


def test_possessive_country_before_title() -> None:
    assert persons("Kazakhstan's Trade Minister Arman Shakkaliyev arrived in Kabul.") == [("Arman Shakkaliyev", "KAZ")]
    assert persons("Oman’s First Deputy Minister Salim Harthi spoke.") == [("Salim Harthi", "OMN")]


def test_a_portfolio_ending_in_an_honorific_is_a_title() -> None:
    text = "The Minister for Municipal Works Sheikh Rashid bin Nasser Al Kuwari opened the terminal."
    assert [name for name, _ in persons(text)] == ["Rashid bin Nasser Al Kuwari"]


@pytest.mark.parametrize(("text", "name"), [
    ("The Kyrgyz minister met his Georgian counterpart Levan Davitashvili.", "Levan Davitashvili"),
    ("German Chancellor Karl Weber flew home.", "Karl Weber"),
    ("The guests were received by Emperor Kenjiro.", "Kenjiro"),
])
def test_counterparts_chancellors_and_emperors_are_titled(text: str, name: str) -> None:
    assert [n for n, _ in persons(text)] == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("Iraq's First Vice-President Karim Nouri opened the fair.", "Karim Nouri"),
    ("The delegation was led by Vice-Premier Tomas Lind.", "Tomas Lind"),
    ("Austrian Federal Chancellor Peter Maier flew to Astana.", "Peter Maier"),
])
def test_hyphenated_and_federal_titles_are_titles(text: str, name: str) -> None:
    assert [n for n, _ in persons(text)] == [name]


def test_country_in_own_title_beats_a_later_one() -> None:
    text = "Tajik Foreign Minister Sirojiddin Muhriddin met Afghan officials in Dushanbe."
    assert persons(text) == [("Sirojiddin Muhriddin", "TJK")]


def test_a_name_ends_at_the_end_of_its_line() -> None:
    text = "Juma separately met Minister of State for Energy Farrukh Nazarbekov.\nNEW ROUTES AHEAD\nMore later."
    assert [n for n, _ in persons(text)] == ["Farrukh Nazarbekov"]


@pytest.mark.parametrize(("text", "name"), [
    # letters beyond Latin-1 inside and at the start of a name do not cut it
    ("Trade Minister Ayşegül Yıldırım opened the fair.", "Ayşegül Yıldırım"),
    ("Ambassador Şükrü Doğan, the envoy, spoke.", "Şükrü Doğan"),
    ("Deputy Minister Ṭāriq Maḥmūd arrived.", "Ṭāriq Maḥmūd"),
])
def test_names_keep_letters_beyond_latin1(text: str, name: str) -> None:
    assert [n for n, _ in persons(text)] == [name]


def test_known_official_keeps_the_texts_spelling_of_the_surname() -> None:
    assert persons("Erdoğan left.") == [("Recep Tayyip Erdoğan", "TUR")]
    assert persons("Erdogan left.") == [("Recep Tayyip Erdogan", "TUR")]
    assert persons("Later, Jumangarin toured the port.") == [("Serik Jumangarin", "KAZ")]  # not "Zhumangarin"


@pytest.mark.parametrize("text", [
    "The envoy, Deputy Minister H.E. Mr. Anvar Rasulov, spoke.",
    "A team headed by Deputy Minister H.E, Mr. Anvar Rasulov spoke.",
])
def test_dotted_excellency_is_an_honorific_not_a_name(text: str) -> None:
    assert [n for n, _ in persons(text)] == ["Anvar Rasulov"]


def test_a_country_after_a_verb_is_where_the_person_went_not_theirs() -> None:
    assert persons("Deputy Minister Anvar Rasulov arrived in Pakistan.") == [("Anvar Rasulov", None)]
    assert persons("Anvar Rasulov, the envoy of Uzbekistan, spoke.") == [("Anvar Rasulov", "UZB")]


def test_a_one_word_name_takes_the_fuller_form_given_elsewhere() -> None:
    text = ("Mongolian President Ukhnaagiin Khurelsukh arrived in the evening. "
            "President Khurelsukh and his hosts opened a new bridge.")
    assert [name for name, _ in persons(text)] == ["Ukhnaagiin Khurelsukh", "Ukhnaagiin Khurelsukh"]


def test_a_one_word_name_shared_by_two_fuller_names_stays_as_written() -> None:
    text = ("Minister Aziz Karimov and Governor Bakhtiyor Karimov met. Minister Karimov spoke first.")
    assert [name for name, _ in persons(text)][-1] == "Karimov"


def test_a_countrys_region_is_no_person_and_its_governor_is() -> None:
    text = "Guests included the Governor of Kyrgyzstan’s Talas province, Almaz Tokonov, and traders."
    assert persons(text) == [("Almaz Tokonov", "KGZ")]


@pytest.mark.parametrize("text", [
    "The Mongolian delegation landed on Monday. President Ukhnaagiin Khurelsukh then met Shavkat Mirziyoyev.",
    "Talks opened in Baku. President Ilham Aliyev welcomed Mr. Kassym-Jomart Tokayev.",
])
def test_a_word_that_ends_a_sentence_does_not_join_the_name_after_it(text: str) -> None:
    assert len(find_persons(text)) == 2


def test_a_title_that_lists_portfolios_with_commas_names_the_person() -> None:
    text = "The Omani Minister of Commerce, Industry and Investment Qais Al Yousef spoke first."
    assert [p.name for p in find_persons(text)] == ["Qais Al Yousef"]


def test_an_adviser_to_an_office_on_a_subject_names_the_person() -> None:
    text = "Then the Adviser to the President on Investment Aziz Karimov opened the session."
    assert [p.name for p in find_persons(text)] == ["Aziz Karimov"]


def test_a_glued_initial_is_part_of_a_titled_name() -> None:
    assert persons("Mongolian Foreign Minister B.Tsogtbayar met the envoy.") == [("B. Tsogtbayar", "MNG")]


def test_a_glued_name_that_ends_a_sentence_keeps_its_title_and_country() -> None:
    assert persons("The Chinese envoy Li Qiang called on Mongolian Speaker D.Amarbayasgalan.") == [
        ("Li Qiang", "CHN"), ("D. Amarbayasgalan", "MNG")]


def test_a_country_in_another_persons_title_is_not_the_next_persons_unless_they_are_listed() -> None:
    assert persons("Chinese minister Li Qiang met with Speaker of the Parliament Dashzegviin Amarbayasgalan.") == [
        ("Li Qiang", "CHN"), ("Dashzegviin Amarbayasgalan", None)]
    assert persons("The speakers of Japan's two houses, Mr Taro Sato, and Mr Jiro Ito, attended.") == [
        ("Taro Sato", "JPN"), ("Jiro Ito", "JPN")]


def test_a_glued_initial_without_a_title_is_no_person() -> None:
    assert persons("The cargo reached St.Nazaire port.") == []


@pytest.mark.parametrize("text", [
    "Speaker G.Zandanshatar met U.Batbold and Sh.Enkhbold.", "A.B.Cdef x.Yabc É.Ñandu .Abc", "Mr.Smith and Dr.Jones",
    "S.Aa S.Abc-Def", "", "No glued initials here. None at all.",
])
def test_glued_names_are_sought_only_before_a_full_stop_with_the_same_answers(text: str) -> None:
    assert [m.span() for m in _glued_matches(text)] == [m.span() for m in _GLUED.finditer(text)]


def test_left_title_window_narrowed_to_last_foreign_sign_finds_the_same_title():
    """``_title_left`` starts its search after the last character no title contains; the answer must
    be the one a search of the whole window gives, punctuation or not."""
    from bilateral.extraction.persons import _LEFT_TITLE, _NOT_TITLE

    texts = ["Talks opened. The Deputy Minister of Water, Energy and Roads, Piet Vandenberg",
             "(Acting Governor of the Northern Province Lise Marten",
             "said: “the envoy” and Special Adviser to the Cabinet Oskar Lind"]
    for text in texts:
        for at in range(len(text) + 1):
            pos = max(0, at - 90)
            other = _NOT_TITLE.match(text, pos, at)
            narrowed = _LEFT_TITLE.search(text, max(pos, other.end() - 1) if other else pos, at)
            whole = _LEFT_TITLE.search(text, pos, at)
            assert (narrowed and narrowed.span()) == (whole and whole.span())


def test_the_country_an_envoy_is_sent_to_is_not_the_envoys_own() -> None:
    assert persons("Turkey’s ambassador to Uzbekistan, Mehmet Yilmaz, spoke.") == [("Mehmet Yilmaz", "TUR")]
    assert persons("The special representative for Mongolia, Mehmet Yilmaz, spoke.") == [("Mehmet Yilmaz", None)]


def test_a_country_in_the_paragraph_before_does_not_give_a_persons_country() -> None:
    text = "Grain will go from Kazakhstan to China.\n\nDeputy Minister Aibek Osmonov signed the order."
    assert persons(text) == [("Aibek Osmonov", None)]


def test_two_glued_initials_are_part_of_a_titled_name() -> None:
    text = "The delegation was headed by Deputy Chairman of the Cabinet P.R.Ivanenko on Monday."
    assert [p.name for p in find_persons(text)] == ["P.R. Ivanenko"]


def test_a_plural_title_names_each_leader_after_a_country() -> None:
    text = "Prime Ministers of Kyrgyzstan Aidar Toktomushev and Tajikistan Farrukh Nazarov held talks."
    assert [p.name for p in find_persons(text)] == ["Aidar Toktomushev", "Farrukh Nazarov"]


@pytest.mark.parametrize("text", [
    "He addressed the Speaker of the National Khural of Mongolia.",
    "The chairman of the Foreign Trade Board said so.",
])
def test_an_office_modifier_alone_titles_no_one_word_name(text: str) -> None:
    assert find_persons(text) == []


def test_a_surname_alone_after_the_full_name_is_that_person() -> None:
    text = "Omani Trade Minister Qais Al Yousef arrived in Bishkek. Yousef later met business leaders."
    assert [(p.name, p.start) for p in find_persons(text)] == [("Qais Al Yousef", 21), ("Qais Al Yousef", 56)]


@pytest.mark.parametrize("text", [
    # two people of one surname: the surname alone is neither
    "Deputy Minister Aibek Usenov and Governor Talant Usenov spoke. Usenov left.",
    # a surname inside a longer name of something else
    "Minister Aibek Usenov opened the Karim Usenov Museum.",
])
def test_a_surname_alone_is_someone_only_without_doubt(text: str) -> None:
    assert all(" " in text[p.start:p.end] for p in find_persons(text))


def test_a_portfolio_word_before_the_name_is_no_part_of_it() -> None:
    assert [p.name for p in find_persons("Minister of Economic and Financial Affairs Aibek Usenov spoke.")] == \
        ["Aibek Usenov"]


def test_surname_matches_agree_with_the_alternation_they_replace():
    import random
    import re

    from bilateral.extraction.persons import _UPPER, _surname_matches

    pieces = ["Ali", "Alimov", "Ali’s", "O'Neil", "Al-Sabah", " ", ", ", ".", "-", "’s ", "'s", " Tashkent",
              " and", "x", "Al", "Ali.", "\n", "É", "Sabah", "Sabahs"]
    rng = random.Random(7)
    for _ in range(3000):
        words = rng.sample(["Ali", "Alimov", "Al-Sabah", "Sabah", "O'Neil", "Ali’s", "Al"], rng.randint(1, 4))
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        regex = re.compile(rf"(?<![\w.-])({'|'.join(map(re.escape, words))})(?=[’']s\b|(?![\w-]))(?!\s[{_UPPER}])")
        assert _surname_matches(text, words) == [m.span() for m in regex.finditer(text)], (text, words)


def test_a_title_at_a_ministry_and_a_long_portfolio_still_title_the_name() -> None:
    assert persons("A deputy secretary at the Ministry of Finance Anna Nowak spoke.") == [("Anna Nowak", None)]
    long = "The talks were chaired by Secretary of State at Poland’s Ministry of Digital Affairs and Energy Tomasz Lis."
    assert persons(long) == [("Tomasz Lis", "POL")]


def test_a_surname_ending_in_s_keeps_it_and_loses_only_a_possessive() -> None:
    assert persons("Greek Prime Minister Nikos Andreadis met the envoy.") == [("Nikos Andreadis", "GRC")]
    assert persons("Greek Prime Minister Nikos Andreadis’s visit ended.") == [("Nikos Andreadis", "GRC")]


def test_the_plural_office_of_a_body_ending_before_the_name_is_no_part_of_it() -> None:
    text = "The Deputy Chairman of the Cabinet of Ministers Daniyar Amangeldiev opened the session."
    assert [name for name, _ in persons(text)] == ["Daniyar Amangeldiev"]


def test_the_head_of_a_delegation_is_a_person_without_a_title() -> None:
    text = "The Latvian delegation was led by Andris Ozolins. A delegation led by Latvian Railways came too."
    assert [p.name for p in find_persons(text)] == ["Andris Ozolins"]


def test_a_title_of_a_country_right_after_the_name_without_a_comma_titles_it() -> None:
    text = "Rahmat Wali Noori Deputy Minister of Mines of Afghanistan received Kemal Ozdemir Ambassador of Turkey."
    assert [p.name for p in find_persons(text)] == ["Rahmat Wali Noori", "Kemal Ozdemir"]
    assert find_persons("The Herat Trade Council Chairman of the board spoke.") == []


def test_a_full_name_repeated_without_its_title_is_the_same_person_again() -> None:
    text = ("Deputy Chairman of the Security Council Bolot Temirov arrived in Kabul. "
            "Bolot Temirov then held talks with Amir Khan Muttaqi. The Bolot Temirov Foundation opened later.")
    assert [(p.name, p.start) for p in find_persons(text) if p.name == "Bolot Temirov"] == \
        [("Bolot Temirov", text.index("Bolot")), ("Bolot Temirov", text.index("Bolot Temirov then"))]


def test_a_name_follows_the_last_title_word_of_a_longer_office() -> None:
    text = ("Chile’s External Relations Minister Carla Montes met Jordan’s Crown Prince Hamid bin Rashid in Amman, "
            "while Osman Kaya Deputy Trade Minister of Turkey watched.")
    assert [p.name for p in find_persons(text)] == ["Carla Montes", "Hamid bin Rashid", "Osman Kaya"]


@pytest.mark.parametrize(("text", "expected"), [
    # the portfolio's last word runs into the name: a noun by its ending, an acronym, a word also in lower case
    ("The Minister for Resettlement Nodir Karimov Aliyevich spoke.", ["Nodir Karimov Aliyevich"]),
    ("The chairman of TGK Farhod Rahim Sobirov arrived.", ["Farhod Rahim Sobirov"]),
    ("New bridges were built. The Minister of Rail and Bridges Talgat Omar Nurlan opened them.",
     ["Talgat Omar Nurlan"]),
    # a three-word name with no portfolio before it keeps its first word
    ("The Minister of Energy Charles de Gaulle Dupont met the press.", ["Charles de Gaulle Dupont"]),
])
def test_a_portfolio_word_before_a_name_is_not_a_given_name(text: str, expected: list[str]) -> None:
    assert [p.name for p in find_persons(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Talks were held with Arman Dosym Bek, the acting chargé d’affaires of Oman.", ["Arman Dosym Bek"]),
    ("The Turkmen Charge D'Affaires Berdi Yazmuhammet visited the fair.", ["Berdi Yazmuhammet"]),
])
def test_a_charge_d_affaires_is_a_title(text: str, expected: list[str]) -> None:
    assert [p.name for p in find_persons(text)] == expected
