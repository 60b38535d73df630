"""extraction.countries: names, demonyms, governments, cities and institutions resolved to ISO3."""

from __future__ import annotations

import pytest

from bilateral.extraction.countries import capital, country_name, find_countries, main_pair


def found(text: str) -> list[tuple[str, str, str]]:
    return [(c.iso3, c.kind, c.text) for c in find_countries(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kazakhstan and Afghanistan", [("KAZ", "name", "Kazakhstan"), ("AFG", "name", "Afghanistan")]),
    ("the Islamic Emirate said", [("AFG", "name", "Islamic Emirate")]),
    ("the Taliban administration", [("AFG", "government", "Taliban")]),
    ("Uzbek traders", [("UZB", "demonym", "Uzbek")]),
    ("Kazakhstani grain", [("KAZ", "demonym", "Kazakhstani")]),
    ("Pakistani officials", [("PAK", "demonym", "Pakistani")]),
    ("Kabul hosted the fair", [("AFG", "city", "Kabul")]),
    ("a Tashkent-based company", [("UZB", "city", "Tashkent")]),
    ("talks in Ashgabat", [("TKM", "city", "Ashgabat")]),
    ("Freedom Bank opened an office", [("KAZ", "org", "Freedom Bank")]),
    ("Kazakhstan Temir Zholy will carry it", [("KAZ", "org", "Kazakhstan Temir Zholy")]),
    ("Afghanistan's exports", [("AFG", "name", "Afghanistan")]),
    ("the Russian Federation", [("RUS", "name", "Russian Federation")]),
    ("Türkiye and Turkey", [("TUR", "name", "Türkiye"), ("TUR", "name", "Turkey")]),
    ("the United Arab Emirates", [("ARE", "name", "United Arab Emirates")]),
])
def test_aliases_resolve_to_iso3(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_longest_alias_wins() -> None:
    # "Islamic Emirate of Afghanistan" is one mention, not "Islamic Emirate" plus "Afghanistan"
    assert found("the Islamic Emirate of Afghanistan") == [("AFG", "name", "Islamic Emirate of Afghanistan")]
    assert found("Saudi Arabia") == [("SAU", "name", "Saudi Arabia")]


@pytest.mark.parametrize("text", ["paid in US dollars", "500 million Saudi riyals", "the Afghanistani", "Kabuli pulao"])
def test_currencies_and_word_parts_are_not_countries(text: str) -> None:
    assert found(text) == []


def test_offsets() -> None:
    text = "Officials from Kabul and Astana met in Termez."
    mentions = find_countries(text)
    assert [(text[m.start:m.end], m.iso3) for m in mentions] == [("Kabul", "AFG"), ("Astana", "KAZ"),
                                                                ("Termez", "UZB")]


def test_capital() -> None:
    assert capital("AFG") == "Kabul"
    assert capital("KAZ") == "Astana"
    assert capital("UZB") == "Tashkent"
    assert capital("XXX") is None


def test_country_name() -> None:
    assert country_name("AFG") == "Afghanistan"
    assert country_name("KAZ") == "Kazakhstan"
    assert country_name("IRN") == "Iran"  # pycountry's common name, not "Iran, Islamic Republic of"
    assert country_name("ZZZ") == "ZZZ"


def test_main_pair_is_the_two_most_mentioned() -> None:
    mentions = find_countries("Kazakhstan, Afghanistan, Kabul, Astana, Kazakh firms, Uzbekistan and Pakistan.")
    assert main_pair(mentions) == ("AFG", "KAZ")


def test_main_pair_ties_go_to_the_first_mentioned() -> None:
    assert main_pair(find_countries("Uzbekistan, Afghanistan and Kazakhstan")) == ("AFG", "UZB")


def test_main_pair_of_one_or_none() -> None:
    assert main_pair(find_countries("Kabul and Herat")) == ("AFG",)
    assert main_pair([]) == ()


def test_hyphen_chains_of_three_or_more_name_a_project() -> None:
    text = "the Turkmenistan-Afghanistan-Pakistan-India pipeline and Uzbekistan"
    assert [(c.iso3, c.kind) for c in find_countries(text)] == [
        ("TKM", "compound"), ("AFG", "compound"), ("PAK", "compound"), ("IND", "compound"), ("UZB", "name")]
    # a pair joined by a hyphen is still two parties
    assert [c.kind for c in find_countries("the Kazakhstan-Afghanistan forum")] == ["name", "name"]


def test_main_pair_ignores_project_names() -> None:
    text = ("Turkmenistan-Afghanistan-Pakistan-India gas, Turkmenistan-Afghanistan-Pakistan-India pipeline; "
            "Uzbekistan and Kazakhstan")
    assert main_pair(find_countries(text)) == ("KAZ", "UZB")


@pytest.mark.parametrize(("text", "expected"), [
    ("the leaders met in Warsaw", [("POL", "city", "Warsaw")]),
    ("a port forum opened in Qingdao", [("CHN", "city", "Qingdao")]),
    ("the commission sat in Yekaterinburg", [("RUS", "city", "Yekaterinburg")]),
    ("a retreat at Avaza", [("TKM", "city", "Avaza")]),
])
def test_capitals_and_host_cities_beyond_the_region_are_places(text: str, expected: list[tuple[str, str, str]]) -> None:
    # reports place summits and commissions in capitals and big cities far from Central Asia too
    assert found(text) == expected


def test_a_capital_is_known_for_countries_outside_the_region() -> None:
    assert capital("AUT") == "Vienna"


@pytest.mark.parametrize("text", [
    "the Gulf state", "THEIR CENTRAL ASIAN NATION", "his fellow South Caucasus republic", "its European country",
    "the Central Asİan nation", "the Central Asıan nation", "the South Caucaſus state", "The gULF emirate",
])
def test_the_region_guard_lets_every_match_through(text: str) -> None:
    from bilateral.extraction.countries import _REGION, _may_describe

    assert _REGION.search(text) is not None
    assert _may_describe(text)
    assert not _may_describe(text.replace(text.split()[-2], "Pacific"))


def test_a_country_of_the_lead_outweighs_one_named_twice_later() -> None:
    mentions = find_countries("Kabul, Afghanistan, Afghan, Afghanistan, Pakistan, Pakistan, China")
    assert main_pair(mentions) == ("AFG", "PAK")
    assert main_pair(mentions, frozenset({"CHN", "AFG"})) == ("AFG", "CHN")


def test_the_headline_decides_the_pair_of_a_report_that_dwells_on_one_side() -> None:
    from bilateral.documents.model import Document
    from bilateral.extraction.context import build_context

    text = ("Afghan traders welcomed the news. Afghanistan's exports fell after Pakistan shut two crossings, "
            "and Pakistan has not reopened them. Afghan officials hope China will add flights.")
    assert build_context(Document(id="t", text=text)).pair == ("AFG", "PAK")
    titled = Document(id="t", text=text, title="China reopens its air corridor with Afghanistan")
    assert build_context(titled).pair == ("AFG", "CHN")
