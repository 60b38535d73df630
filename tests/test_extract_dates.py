"""extraction.dates: full, partial and relative dates, resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from bilateral.extraction.dates import find_dates, parse_published, usual_year

PUBLISHED = date(2025, 4, 24)  # a Thursday


def values(text: str, published: date | None = PUBLISHED, default_year: int | None = None) -> list[str]:
    return [d.value for d in find_dates(text, published, default_year)]


@pytest.mark.parametrize(("text", "value"), [
    ("signed on April 21, 2025 in Kabul", "2025-04-21"),
    ("on 11 September 2024", "2024-09-11"),
    ("1 May 2023", "2023-05-01"),
    ("on Sept. 9, 2022", "2022-09-09"),
    ("June 3-5, 2025", "2025-06-03"),  # a range: its first day
    ("from 3 to 5 June 2024", "2024-06-03"),
    ("from June 3 to 5, 2024", "2024-06-03"),
    ("held from October 2 to October 4, 2019 in Baku", "2019-10-02"),  # the month repeated: its year still
    ("from Jan 30 – Feb 1, 2020", "2020-01-30"),
    ("in December 2023", "2023-12"),
    ("March 2023", "2023-03"),
    ("in 2024", "2024"),
    ("in February-October 2021", "2021-02"),  # months of one year: the year ends the span
    ("in March — August 2019", "2019-03"),
    ("in the 2020-21 fiscal year", "2020"),  # a fiscal year: the year it starts in
    ("during FY2016-17", "2016"),
    ("in 2018/19", "2018"),
])
def test_explicit_dates_need_no_publication_date(text: str, value: str) -> None:
    assert values(text, None) == [value]
    assert values(text) == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("on Oct. 28", "2025-10-28"),
    ("15 May", "2025-05-15"),
    ("3–5 June", "2025-06-03"),
    ("in May", "2025-05"),
    ("in March last year", "2024-03"),
    ("in January next year", "2026-01"),
    ("In February-May, wheat sales doubled", "2025-02"),  # a sentence that opens with its month
    ("During July the border stayed shut", "2025-07"),
])
def test_partial_dates_take_the_publication_year(text: str, value: str) -> None:
    assert values(text) == [value]


def test_partial_dates_fall_back_to_the_default_year() -> None:
    assert values("in May and on June 5", None, default_year=2023) == ["2023-05", "2023-06-05"]
    assert values("in May and on June 5", None) == []


@pytest.mark.parametrize(("text", "value"), [
    ("met on Tuesday", "2025-04-22"),
    ("on Thursday", "2025-04-24"),  # the publication day itself
    ("on Friday", "2025-04-18"),  # the last Friday before publication
    ("on Sunday", "2025-04-20"),
    ("next Monday", "2025-04-28"),
    ("scheduled for Friday", "2025-04-25"),
    ("last year", "2024"),
    ("the previous year", "2024"),
    ("this year", "2025"),
    ("next year", "2026"),
    ("the ministers signed it today", "2025-04-24"),
    ("Earlier this month the envoys met", "2025-04"),
    ("talks held last month", "2025-03"),
    ("a fair due next month", "2025-05"),
])
def test_relative_dates_resolve_against_published(text: str, value: str) -> None:
    [d] = find_dates(text, PUBLISHED)
    assert d.value == value
    assert d.relative


@pytest.mark.parametrize("text", ["met on Tuesday", "last year", "next Monday", "signed today",
                                  "last month"])
def test_relative_dates_without_publication_are_skipped(text: str) -> None:
    assert find_dates(text, None) == []


def test_explicit_dates_are_not_relative() -> None:
    [d] = find_dates("on 11 September 2024", PUBLISHED)
    assert not d.relative


def test_offsets() -> None:
    text = "The Kazakh delegation arrived in Kabul on April 21, 2025 and left on Wednesday."
    found = find_dates(text, PUBLISHED)
    assert [text[d.start:d.end] for d in found] == ["April 21, 2025", "on Wednesday"]
    assert [d.value for d in found] == ["2025-04-21", "2025-04-23"]


@pytest.mark.parametrize("text", [
    "February 30, 2024",  # no such day
    "route 2024-05",  # part of a code
    "a 150-page report",
    "Maybe",
])
def test_not_dates(text: str) -> None:
    assert find_dates(text, PUBLISHED) == []


def test_parse_published() -> None:
    assert parse_published("2025-04-24") == PUBLISHED
    assert parse_published(None) is None
    assert parse_published("") is None
    assert parse_published("24/04/2025") is None


@pytest.mark.parametrize(("text", "reported"), [
    ("the press service reported on April 22", True),
    ("the spokesman unexpectedly announced on Tuesday, April 22, that", True),
    ("the ministry's spokesman said on Tuesday", True),
    ("DUSHANBE, April 22 — The Tajik minister", True),
    ("DUSHANBE, April 22 (Reuters) - The Tajik minister", True),
    ("KHUJAND, Tajikistan, April 22. A Tajik minister", True),
    ("BISHKEK (Kabar), April 22 — The Kyrgyz minister", True),
    ("BISHKEK (Kabar news agency - 22nd April, 2025) The Kyrgyz minister", True),
    ("Ministers met in Dushanbe, April 22 saw the signing", False),
    ("the delegations met on April 22", False),
    ("the line is open.\n/// Trend, 22 April 2025", True),
    ("the line is open. // Kabar 22 April 2025", True),
])
def test_reporting_dates_are_flagged(text: str, reported: bool) -> None:
    assert {d.reported for d in find_dates(text, PUBLISHED)} == {reported}


def test_usual_year_ignores_founding_dates() -> None:
    text = ("The two ministers met in Bishkek on March 4, 2021. The bank was founded on May 2, 1993. "
            "Diplomatic ties have existed since January 9, 1993.")
    assert usual_year(text) == 2021
    assert usual_year("The fund was established on June 1, 1999. A forum took place on June 3.") is None


def test_yesterday_is_the_day_before_publication() -> None:
    assert values("The delegation landed in Astana yesterday.") == ["2025-04-23"]


@pytest.mark.parametrize(("text", "value"), [
    ("the minister toured the region during Mar 3-6.", "2025-03-03"),
    ("the delegation stayed in Osh during Feb. 11 and 12.", "2025-02-11"),
    ("the forum takes place in June 9 this time", "2025-06-09"),
    ("during March he was away", "2025-03"),
])
def test_a_day_after_during_or_in_and_a_month_is_that_day(text: str, value: str) -> None:
    assert values(text, default_year=2025) == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("The two ministers are to hold talks in Osh on Monday.", "2025-04-28"),
    ("The forum is due to open on Thursday.", "2025-04-24"),  # published on a Thursday: that day
    ("The ministers met on Monday.", "2025-04-21"),
    ("He said the talks on Monday went well and will continue.", "2025-04-21"),
])
def test_a_weekday_a_future_verb_governs_is_ahead(text: str, value: str) -> None:
    assert values(text) == [value]


def test_a_range_to_a_month_and_year_leaves_the_first_day_and_the_month_apart() -> None:
    assert values("from May 5 to June 2021") == ["2025-05-05", "2021-06"]
