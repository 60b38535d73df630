"""Literal lists found as whole words: longest first at a place, no overlaps, joiners respected."""

from bilateral.extraction.literals import Literals


def test_longest_whole_word_wins_and_matches_do_not_overlap() -> None:
    names = Literals(["Oman", "Romania", "Islamic Emirate", "Emirate", "Iran"])
    text = "Romania, the Islamic Emirate and Iranian firms met Oman's envoy."
    assert [(text[s:e], w) for s, e, w in names.find(text)] == [
        ("Romania", "Romania"), ("Islamic Emirate", "Islamic Emirate"), ("Oman", "Oman")]


def test_joiners_glue_words() -> None:
    text = "Afghan-Kazakh talks; Kazakh firms"
    assert [w for _, _, w in Literals(["Kazakh"]).find(text)] == ["Kazakh", "Kazakh"]
    assert [w for _, _, w in Literals(["Kazakh"], joiners="-").find(text)] == ["Kazakh"]


def test_an_empty_list_finds_nothing() -> None:
    assert Literals([]).find("anything") == []
