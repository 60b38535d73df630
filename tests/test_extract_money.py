"""extraction.money: figures with a currency, their offsets, qualifiers and the two-currency rule."""

from __future__ import annotations

import pytest

from bilateral.extraction.money import Money, find_money


def values(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.currency) for m in find_money(text)]


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("a grant of $500 million", 500_000_000, "USD"),
    ("a US$4 million credit line", 4_000_000, "USD"),
    ("USD 550 mln for the project", 550_000_000, "USD"),
    ("4.4 billion US dollars in investment", 4_400_000_000, "USD"),
    ("twenty-five billion dollars", 25_000_000_000, "USD"),
    ("$1.13 billion", 1_130_000_000, "USD"),
    ("a $500m loan", 500_000_000, "USD"),
    ("a $3bn package", 3_000_000_000, "USD"),
    ("$10B in trade", 10_000_000_000, "USD"),
    ("€300 million from Brussels", 300_000_000, "EUR"),
    ("₸15 billion", 15_000_000_000, "KZT"),
    ("80 billion tenge", 80_000_000_000, "KZT"),
    ("1.2 trillion soums", 1_200_000_000_000, "UZS"),
    ("150 million yuan", 150_000_000, "CNY"),
    ("3 million afghanis", 3_000_000, "AFN"),
    ("Rs 300 million", 300_000_000, "PKR"),
    ("70 million rubles", 70_000_000, "RUB"),
    ("a 12 billion yen loan", 12_000_000_000, "JPY"),
    ("480 billion won in trade", 480_000_000_000, "KRW"),
    ("₩3 trillion", 3_000_000_000_000, "KRW"),
    ("9 million lari", 9_000_000, "GEL"),
    ("200 million drams", 200_000_000, "AMD"),
    ("40 billion tugriks", 40_000_000_000, "MNT"),
])
def test_single_figures(text: str, value: float, currency: str) -> None:
    assert values(text) == [(value, currency)]


def test_offsets_cover_the_figure() -> None:
    text = "Astana set aside $120 million for the Hairatan terminal."
    [money] = find_money(text)
    assert text[money.start:money.end] == "$120 million"
    assert money.qualifier is None


@pytest.mark.parametrize(("text", "qualifier", "span"), [
    ("up to $2 billion in loans", "up to", "up to $2 billion"),
    ("over €300 million", "over", "over €300 million"),
    ("about 20 million euros", "about", "about 20 million euros"),
    ("Nearly $45 million", "nearly", "Nearly $45 million"),
])
def test_qualifiers_are_kept_and_spanned(text: str, qualifier: str, span: str) -> None:
    [money] = find_money(text)
    assert money.qualifier == qualifier
    assert text[money.start:money.end] == span


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("exports could reach $3-4 billion a year", 3_000_000_000, "USD"),
    ("a fund of 200–250 million euros", 200_000_000, "EUR"),
    ("worth $1.5-2bn", 1_500_000_000, "USD"),
    ("since 2010 - 90 million dollars", 90_000_000, "USD"),  # a spaced dash after a year is no range
    ("loans of $120–150 million", 120_000_000, "USD"),
    ("a price of $30-40 per tonne", 30, "USD"),  # no shared scale: the first figure alone
])
def test_a_range_is_read_as_its_lower_bound_with_the_shared_scale(text: str, value: float, currency: str) -> None:
    assert values(text) == [(value, currency)]


def test_single_letter_scale_only_when_glued() -> None:
    # "$5 m" is five dollars followed by a stray letter, "$5m" is five million
    assert values("a $5 m for") == [(5, "USD")]
    assert values("a $5m fund") == [(5_000_000, "USD")]


def test_two_currencies_resolve_to_the_usd_figure() -> None:
    text = "The deals are worth 22.8 billion tenge ($45 million), officials in Astana said."
    [money] = find_money(text)
    assert (money.value, money.currency) == (45_000_000, "USD")
    # the span runs from the first figure through the USD one
    assert money.start == text.index("22.8")
    assert text[money.start:money.end].endswith("($45 million")


def test_two_currencies_with_about_in_brackets() -> None:
    assert values("a loan of 70 billion rubles (about $850 million)") == [(850_000_000, "USD")]


def test_usd_then_exact_usd_keeps_the_exact_one() -> None:
    [money] = find_money("almost $1 billion ($987.9 million) in exports")
    assert (money.value, money.currency, money.qualifier) == (987_900_000, "USD", "almost")


def test_usd_first_then_local_currency_keeps_the_usd_figure() -> None:
    found = values("a $50 million (4.5 billion afghanis) grant")
    assert found[0] == (50_000_000, "USD")
    assert (4_500_000_000, "USD") not in found


def test_currency_written_once_applies_to_both_figures() -> None:
    text = "investment of 5 billion and then 10 billion US dollars"
    found = find_money(text)
    assert [(m.value, m.currency) for m in found] == [(5_000_000_000, "USD"), (10_000_000_000, "USD")]
    assert text[found[0].start:found[0].end] == "5 billion"


def test_several_figures_in_order() -> None:
    text = "Exports reached $320 million and imports $95 million, while the Termez hub cost 40 billion soums."
    assert values(text) == [(320_000_000, "USD"), (95_000_000, "USD"), (40_000_000_000, "UZS")]


@pytest.mark.parametrize("text", [
    "paid in US dollars",
    "a dollar-denominated account",
    "a dollar",
    "2,500 tonnes of wheat",
    "in 2024 the sides met",
])
def test_no_money(text: str) -> None:
    assert find_money(text) == []


def test_money_is_a_value() -> None:
    m = Money(1.0, "USD", 0, 2)
    assert m == Money(1.0, "USD", 0, 2)
    with pytest.raises(AttributeError):
        m.value = 2.0  # type: ignore[misc]


def test_a_currency_name_that_is_also_a_verb_needs_its_scale() -> None:
    assert values("The consortium set up in 2021 won the tender for the bridge.") == []


def test_the_same_sum_in_dollars_after_or_is_the_one_kept() -> None:
    assert values("contracts worth 35 billion tenge, or about $70 million") == [(70_000_000, "USD")]
    assert values("$4 million or $6 million") == [(4_000_000, "USD"), (6_000_000, "USD")]


@pytest.mark.parametrize(("text", "value"), [
    ("turnover came to $318,45 million in the first half", 318_450_000),
    ("imports of $2,7 billion", 2_700_000_000),
    ("exports reached $741,902 million", 741_902_000),
    ("a $1,500 million facility", 1_500_000_000),
    ("a budget of 250,000 thousand tenge", 250_000_000),
])
def test_a_decimal_comma_before_a_scale(text: str, value: float) -> None:
    assert [m.value for m in find_money(text)] == [value]


@pytest.mark.parametrize(("text", "pair", "currency"), [
    ("Tokyo set aside ¥40 billion for the plant", ("JPN", "KAZ"), "JPY"),
    ("Beijing set aside ¥40 billion for the plant", ("CHN", "KAZ"), "CNY"),
    ("the yen and the yuan: ¥40 billion for the plant", ("CHN", "JPN"), "CNY"),
    ("New Delhi set aside Rs 40 billion for the port", ("IND", "IRN"), "INR"),
    ("Islamabad set aside Rs 40 billion for the port", ("PAK", "UZB"), "PKR"),
])
def test_a_sign_two_currencies_share_is_the_one_of_the_reports_country(
        text: str, pair: tuple[str, ...], currency: str) -> None:
    assert [m.currency for m in find_money(text, pair)] == [currency]
