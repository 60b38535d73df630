"""extraction.sentences: sentence and clause splitting with exact offsets into the text."""

from __future__ import annotations

import pytest

from bilateral.extraction.sentences import Sentence, split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def assert_offsets(text: str, parts: list[Sentence]) -> None:
    for p in parts:
        assert text[p.start:p.end] == p.text


def test_plain_sentences() -> None:
    text = "Uzbekistan and Afghanistan met in Termez. Trade was the main topic! Did they agree? Yes."
    assert texts(text) == ["Uzbekistan and Afghanistan met in Termez.", "Trade was the main topic!",
                           "Did they agree?", "Yes."]
    assert_offsets(text, split_sentences(text))


def test_offsets_are_exact_with_surrounding_whitespace() -> None:
    text = "  \n The Kazakh side arrived.   Talks began at noon.\n\n"
    found = split_sentences(text)
    assert [(s.start, s.end) for s in found] == [(4, 28), (31, 51)]
    assert_offsets(text, found)


@pytest.mark.parametrize("text", [
    "Dr. Rahimi spoke in Kabul on Oct. 28 about the railway.",
    "The U.S. Embassy in Kabul stayed closed.",
    "Mr. Azizi met J. Karimov in Mazar-i-Sharif.",
    "Officials met on Sept. 3 in Herat.",
])
def test_abbreviations_and_initials_do_not_split(text: str) -> None:
    assert texts(text) == [text]


def test_decimal_point_does_not_split() -> None:
    assert texts("Exports reached 4.5 million tonnes. 2024 was a record year.") == [
        "Exports reached 4.5 million tonnes.", "2024 was a record year."]


def test_the_number_of_a_list_item_does_not_split() -> None:
    text = "Signed documents:\n1. Agreement on transit.\n12. Protocol on customs.\nTrade grew 3. Then it fell."
    assert texts(text) == ["Signed documents:", "1. Agreement on transit.", "12. Protocol on customs.",
                           "Trade grew 3.", "Then it fell."]


def test_line_breaks_end_headlines_and_datelines() -> None:
    text = "Kabul and Astana agree on rail link\nASTANA, May 3 - Talks ended.\n\nA second paragraph follows"
    assert texts(text) == ["Kabul and Astana agree on rail link", "ASTANA, May 3 - Talks ended.",
                           "A second paragraph follows"]
    assert_offsets(text, split_sentences(text))


def test_a_line_wrapped_inside_a_sentence_does_not_split() -> None:
    text = ("The minister flew on a working visit to\nBishkek. Both sides agreed,\nafter long talks, to\n"
            "widen the road.\nA new paragraph\n\nbegins in lowercase.")
    assert texts(text) == ["The minister flew on a working visit to\nBishkek.",
                           "Both sides agreed,\nafter long talks, to\nwiden the road.",
                           "A new paragraph\n\nbegins in lowercase."]
    assert_offsets(text, split_sentences(text))


def test_a_list_item_ending_on_and_stays_apart_from_the_next() -> None:
    text = "Signed were:\n-a transit accord and\n-a customs protocol."
    assert texts(text) == ["Signed were:", "-a transit accord and", "-a customs protocol."]


def test_closing_quote_stays_with_its_sentence() -> None:
    text = 'The envoy said: "We are ready to build the line." Then he left for Herat.'
    assert texts(text) == ['The envoy said: "We are ready to build the line."', "Then he left for Herat."]


def test_lowercase_after_full_stop_does_not_split() -> None:
    assert texts("The fund has $2.5 bn. in reserve for the line.") == ["The fund has $2.5 bn. in reserve for the line."]


def test_empty_and_blank_text() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\n ") == []


def test_a_full_stop_with_no_space_still_ends_a_sentence() -> None:
    text = "The envoys thanked their hosts.The commission then closed its session."
    assert texts(text) == ["The envoys thanked their hosts.", "The commission then closed its session."]
    assert_offsets(text, split_sentences(text))


@pytest.mark.parametrize("text", ["Trend.Az reports that trade grew.", "Officials told Kun.Uz on Monday.",
                                  "Both sides praised the U.S. plan."])
def test_site_names_and_initialisms_do_not_split(text: str) -> None:
    assert texts(text) == [text]


def test_transliterated_two_letter_initials_do_not_split() -> None:
    text = "The talks were led by Zh. Omarov and Sh. Karimov. They lasted an hour."
    assert texts(text) == ["The talks were led by Zh. Omarov and Sh. Karimov.", "They lasted an hour."]
