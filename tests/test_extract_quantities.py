"""extraction.quantities: percentages, ratios as growth, tonnes, kilometres and counted nouns."""

from __future__ import annotations

import pytest

from bilateral.extraction.quantities import (
    find_counts,
    find_km,
    find_percentages,
    find_ratios,
    find_tonnes,
)


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("trade grew by 32% last year", 32.0, None),
    ("up 12.5 percent on the year", 12.5, None),
    ("nearly 40 per cent of the total", 40.0, "nearly"),
    ("ten percent of its wheat", 10.0, None),
    ("over 7 % higher", 7.0, "over"),
    ("exports rose by 21,4% on the year", 21.4, None),
])
def test_percentages(text: str, value: float, qualifier: str | None) -> None:
    [q] = find_percentages(text)
    assert (q.value, q.unit, q.qualifier) == (value, "percent", qualifier)


def test_percentage_offsets() -> None:
    text = "Uzbek exports to Afghanistan rose by 18.4% in the first quarter."
    [q] = find_percentages(text)
    assert text[q.start:q.end] == "18.4%"


@pytest.mark.parametrize(("text", "growth"), [
    ("turnover rose 2.9 times", 190.0),
    ("exports grew 3.1 times over five years", 210.0),
    ("a 4-fold increase", 300.0),
    ("increased 3-fold", 200.0),
    ("trade doubled in 2023", 100),
    ("doubling the volume of freight", 100),
    ("a twofold rise", 100),
    ("a two-fold rise", 100),
    ("shipments tripled", 200),
    ("a threefold increase", 200),
    ("exports rose fourfold", 300),
    ("a five-fold jump in freight", 400),
    ("the fleet grew tenfold", 900),
])
def test_ratios_are_growth_in_percent(text: str, growth: float) -> None:
    [q] = find_ratios(text)
    assert (q.value, q.unit) == (growth, "percent")


def test_ratio_offsets() -> None:
    text = "Freight via Hairatan rose 2.5 times."
    [q] = find_ratios(text)
    assert text[q.start:q.end] == "2.5 times"


@pytest.mark.parametrize("text", ["1.0 times", "0.5 times as much", "at times the talks stalled", "timeshare"])
def test_no_growth_ratio(text: str) -> None:
    assert find_ratios(text) == []


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("shipped 1.5 million tonnes of wheat", 1_500_000.0, None),
    ("over 300,000 tons of flour", 300_000.0, "over"),
    ("half a million tons of fuel", 500_000.0, None),
    ("about 2,000 metric tons of rice", 2000.0, "about"),
    ("a tonne of cotton", 1.0, None),
    ("some 8,000 MTs of rice", 8000.0, "some"),
    ("15 MT of sugar", 15.0, None),
])
def test_tonnes(text: str, value: float, qualifier: str | None) -> None:
    [q] = find_tonnes(text)
    assert (q.value, q.unit, q.qualifier) == (value, "tonnes", qualifier)


def test_tonnes_with_no_break_space_thousands() -> None:
    [q] = find_tonnes("Kazakhstan shipped 1\u00a0300 tonnes of flour")
    assert q.value == 1300.0


@pytest.mark.parametrize(("text", "value", "qualifier", "span"), [
    ("a 115km line", 115.0, None, "115km"),
    ("the 573-kilometre railway", 573.0, None, "573-kilometre"),
    ("some 760 km of track", 760.0, "some", "some 760 km"),
    ("a 1,468 kilometers road", 1468.0, None, "1,468 kilometers"),
])
def test_km(text: str, value: float, qualifier: str | None, span: str) -> None:
    [q] = find_km(text)
    assert (q.value, q.unit, q.qualifier) == (value, "km", qualifier)
    assert text[q.start:q.end] == span


@pytest.mark.parametrize(("text", "value", "noun", "qualifier"), [
    ("20 agreements were signed", 20.0, "agreements", None),
    ("400 Afghan and Kazakh investors", 400.0, "investors", None),
    ("seventeen contracts", 17.0, "contracts", None),
    ("two memoranda of understanding", 2.0, "memoranda", None),
    ("over 30 documents", 30.0, "documents", "over"),
    ("the 12 Uzbek firms took part", 12.0, "firms", None),
    ("45 trucks crossed at Hairatan", 45.0, "trucks", None),
    ("80 business owners came", 80.0, "owners", None),  # "business" ends in s but is no plural
    ("eleven business deals", 11.0, "deals", None),
])
def test_counts(text: str, value: float, noun: str, qualifier: str | None) -> None:
    [q] = find_counts(text)
    assert (q.value, q.unit, q.noun, q.qualifier) == (value, "count", noun, qualifier)


def test_count_span_runs_to_the_noun() -> None:
    text = "Officials said 400 Afghan and Kazakh investors attended."
    [q] = find_counts(text)
    assert text[q.start:q.end] == "400 Afghan and Kazakh investors"


@pytest.mark.parametrize("text", [
    "in 2024 companies grew",  # a year, not a count
    "$500 million investors",  # money
    "15 years of talks",
    "3 million tonnes",
    "Seventeen of these",
    "5 of the companies",
    "8,000 MTs of rice",
])
def test_no_count(text: str) -> None:
    assert find_counts(text) == []


@pytest.mark.parametrize(("text", "noun"), [
    ("More than 150 businessmen attended", "businessmen"),
    ("some 2,000 people visited the fair", "people"),
])
def test_irregular_plural_counts(text: str, noun: str) -> None:
    [q] = find_counts(text)
    assert q.noun == noun


def test_a_dozen_is_one_count_of_twelve() -> None:
    [q] = find_counts("They signed a dozen agreements.")
    assert q.value == 12.0
