"""extraction.numbers: numerals in digits and words, scale words, float clean-up."""

from __future__ import annotations

import re

import pytest

from bilateral.extraction.numbers import DIGIT_NUMBER, WORD_NUMBER, clean, parse_number, scale_of


@pytest.mark.parametrize(("text", "value"), [
    ("45", 45.0),
    ("4.4", 4.4),
    ("1,300,000", 1_300_000.0),
    ("1,234.5", 1234.5),
    ("1 300", 1300.0),
    ("  17 ", 17.0),
    ("318,45", 318.45),
    ("7,2", 7.2),
])
def test_digit_numerals(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(("text", "value"), [
    ("seventeen", 17.0),
    ("Seventeen", 17.0),
    ("twenty-five", 25.0),
    ("ninety nine", 99.0),
    ("half a", 0.5),
    ("a hundred", 100.0),
    ("one hundred", 100.0),
    ("two hundred", 200.0),
    ("dozen", 12.0),
    ("an", 1.0),
])
def test_word_numerals(text: str, value: float) -> None:
    assert parse_number(text) == value


def test_no_break_space_thousands() -> None:
    assert parse_number("2\u00a0500") == 2500.0
    m = re.fullmatch(DIGIT_NUMBER, "2\u00a0500")
    assert m is not None


def test_a_dozen_is_twelve() -> None:
    assert parse_number("a dozen") == 12.0


@pytest.mark.parametrize("text", ["", "railway", "twenty-something", "4.4.4"])
def test_not_a_number(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(("word", "factor"), [
    (None, 1.0),
    ("", 1.0),
    ("thousand", 1e3),
    ("k", 1e3),
    ("million", 1e6),
    ("Million", 1e6),
    ("mln", 1e6),
    ("m", 1e6),
    ("billion", 1e9),
    ("bn", 1e9),
    ("B", 1e9),
    ("trillion", 1e12),
    ("tonnes", 1.0),  # not a scale
])
def test_scale_of(word: str | None, factor: float) -> None:
    assert scale_of(word) == factor


def test_clean_rounds_away_float_noise() -> None:
    assert clean(4.4 * 1e9) == 4_400_000_000.0
    assert clean(1.13 * 1e9) == 1_130_000_000.0
    assert clean(0.1 + 0.2) == 0.3
    assert clean(2.9) == 2.9  # small values keep their decimals


@pytest.mark.parametrize(("text", "match"), [
    ("worth 1,300,000 in total", "1,300,000"),
    ("about 4.4 of them", "4.4"),
    ("a 2024 report", "2024"),
])
def test_digit_number_pattern(text: str, match: str) -> None:
    m = re.search(DIGIT_NUMBER, text)
    assert m is not None and m.group(0) == match


@pytest.mark.parametrize(("text", "match"), [
    ("twenty-five firms", "twenty-five"),
    ("seventeen deals", "seventeen"),
    ("half a million", "half a"),
])
def test_word_number_pattern(text: str, match: str) -> None:
    m = re.search(rf"\b(?:{WORD_NUMBER})\b", text)
    assert m is not None and m.group(0) == match
