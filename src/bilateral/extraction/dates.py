"""Dates as reports state them: full ("April 21, 2025", "11 September 2024"), partial ("Oct. 28",
"in May", "in 2024") and relative ("on Tuesday", "today", "yesterday", "last year"), resolved against the publication date."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from typing import NamedTuple

from bilateral.extraction.memo import per_document
from bilateral.extraction.numbers import finditer_near

MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
          "nov": 11, "dec": 12}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}


class DateMention(NamedTuple):
    value: str  # YYYY-MM-DD, YYYY-MM or YYYY
    start: int
    end: int
    relative: bool = False
    reported: bool = False  # when a source reported or announced something ("reported on April 26")


_MONTH = (r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|"
          r"Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_RANGE = r"(?:\s?[–-]\s?[0-3]?\d|\sto\s[0-3]?\d)?"  # "3-5 June", "3 to 5 June": the first day
# "November 9 to November 10, 2022", "Nov 30 – Dec 2, 2023": a range whose end repeats the month gives the year.
_MONTH_RANGE = rf"(?:(?:\s?[–-]\s?|\sto\s)(?:(?:{_MONTH[10:]}\s)?[0-3]?\d)?"
# "in January-September 2025", "in January — June 2025": months of one year, which ends the span
_MONTHS_TO = rf"(?:\s?[–—-]\s?(?:{_MONTH[10:]}(?!\.?\s[0-3]?\d(?!\d)))?"
# "in March", "during March 2024" is a month; "during Mar 3-6" is that day, not "during Mar" and a stray 3.
DATE_RE = re.compile(
    rf"\b(?:{_MONTH}\s{_DAY}{_MONTH_RANGE}(?:,?\s{_YEAR})?"
    rf"|{_DAY.replace('day', 'day2')}{_RANGE.replace('?:', '?:', 1)}\s(?P<month2>{_MONTH[10:]}(?:,?\s(?P<year2>(?:19|20)\d\d))?"
    rf"|(?P<month3>{_MONTH[10:]}\s(?P<year3>(?:19|20)\d\d)"
    rf"|(?i:in|since|during|of|by|until)\s(?P<month4>{_MONTH[10:]}(?!\.?\s[0-3]?\d(?!\d)){_MONTHS_TO}(?:\s(?P<year4>(?:19|20)\d\d)|(?P<last>\s(?:last|this|next)\syear))?"
    rf"|(?:(?P<future>next|this\scoming|coming|set\sfor|scheduled\sfor)\s)?(?:on\s)?(?:last\s)?"
    rf"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    rf"|(?P<yrel>(?i:last|this|next|previous|past))\s(?i:year)"
    rf"|(?P<mrel>(?i:last|this|next|previous|(?:earlier|later)\sthis))\s(?i:month)"
    rf"|(?P<today>(?i:today|yesterday))"
    rf"|(?:FY\s?)?(?P<fiscal>(?:19|20)\d\d)[-–/](?P<fiscal_end>\d\d)(?!\d)"
    rf"|(?P<year5>(?:19|20)\d\d)"
    rf")\b(?![-/]\d)",
)


# "the press service reported on April 26", "said on Thursday": the date of a report, not of what it reports.
_REPORTED = re.compile(r"\b(?:reported|announced|informed|wrote|published|quoted|said)\s+(?:\w+ly\s+)?(?:on\s+)?"
                       r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$", re.IGNORECASE)
# A dateline ("ASTANA, April 17 —", "ASTANA, Kazakhstan, April 17.", "ASTANA (Agency), April 17 —",
# "ASTANA (Agency - 17th April, 2025)") dates the report too.
_DATELINE_CITY = re.compile(r"(?:^|\n)[A-Z][A-Z .'-]+(?:,\s?[A-Z][\w .'-]{1,30})?(?:\s?\([^)\n]{1,40}\))?,\s*$")
_DATELINE_DASH = re.compile(r"\s*(?:\([^)]{1,30}\)\s*)?[—–:.-]")
_DATELINE_AGENCY = re.compile(r"(?:^|\n)[A-Z][A-Z .'-]+\s?\([^)\n]{1,40}$")
# A sign-off after the story ("/// nCa, 29 August 2024") dates the report, not its facts.
_SIGN_OFF = re.compile(r"/{2,}\s*[\w .&-]{1,40},?\s*$")


def find_dates(text: str, published: date | None, default_year: int | None = None) -> list[DateMention]:
    """Dates in ``text``; partial dates take the year of ``published`` (else ``default_year``);
    relative ones are resolved against ``published`` and skipped without it."""
    ref_year = published.year if published else default_year
    out: list[DateMention] = []
    for m in _date_matches(text):
        value = _resolve(m, published, ref_year, _looks_ahead(text, m))
        if value is not None:
            out.append(DateMention(value, m.start(), m.end(),
                                   relative=bool(m.group("weekday") or m.group("yrel") or m.group("mrel") or m.group("last")
                                                 or m.group("today")),
                                   reported=_reported(text, m.start(), m.end())))
    return out


# "relations were established on May 3, 1992": background history, not the year the report is about.
_HISTORY = re.compile(r"\b(?:established|founded|set up|since|born|independence)\b[^.;]{0,20}$", re.IGNORECASE)


def usual_year(text: str) -> int | None:
    """The year of most full dates in ``text``, which partial ones share when the report has no
    publication date; a founding or anniversary date is history and does not count."""
    full = ((value, m.start()) for m in _date_matches(text) if (value := _resolve(m, None, None)) is not None)
    years = Counter(value[:4] for value, start in full if len(value) == 10
                    and not _HISTORY.search(text, max(0, start - 40), start))
    return int(years.most_common(1)[0][0]) if years else None


@per_document
def _date_matches(text: str) -> list[re.Match[str]]:
    """Every date pattern in ``text``, found around month and weekday names, "year" and years (the
    words before a date, "scheduled for next", reach at most 30 characters back). Cached: a report's
    dates are read twice, once to learn its usual year."""
    return finditer_near(DATE_RE, text, "date", before=30, after=30)


def _reported(text: str, start: int, end: int) -> bool:
    """The date a source reported something on: after a reporting verb, in a dateline or in a sign-off."""
    return _REPORTED.search(text, max(0, start - 45), start) is not None or \
        _SIGN_OFF.search(text, max(0, start - 45), start) is not None or (
        _DATELINE_CITY.search(text, max(0, start - 60), start) is not None and _DATELINE_DASH.match(text, end) is not None) \
        or (_DATELINE_AGENCY.search(text, max(0, start - 60), start) is not None and text.startswith(")", end))


def _month(word: str) -> int:
    return MONTHS[word[:3].lower()]


# "is to meet the president on Thursday", "talks will be held on Monday": a weekday the sentence looks ahead to.
_AHEAD = re.compile(r"\b(?:will|is to|are to|(?:is|are) (?:due|scheduled|expected|set) to|to be held)\b[^.!?\n]{0,80}$")


def _looks_ahead(text: str, m: re.Match[str]) -> bool:
    """A weekday that a future verb earlier in its sentence governs is after the publication date."""
    return m.group("weekday") is not None and _AHEAD.search(text, max(0, m.start() - 100), m.start()) is not None


def _resolve(m: re.Match[str], published: date | None, ref_year: int | None, ahead: bool = False) -> str | None:
    g = m.groupdict()
    if g["month"]:
        year = int(g["year"]) if g["year"] else ref_year
        return _ymd(year, _month(g["month"]), int(g["day"]))
    if g["month2"]:
        year = int(g["year2"]) if g["year2"] else ref_year
        return _ymd(year, _month(g["month2"]), int(g["day2"]))
    if g["month3"]:
        return f"{int(g['year3']):04d}-{_month(g['month3']):02d}"
    if g["month4"]:
        if g["year4"]:
            return f"{int(g['year4']):04d}-{_month(g['month4']):02d}"
        if ref_year is None:
            return None
        shift = {"last": -1, "next": 1}.get((g["last"] or " this").split()[0], 0)
        return f"{ref_year + shift:04d}-{_month(g['month4']):02d}"
    if g["weekday"]:
        if published is None:
            return None
        weekday = WEEKDAYS[g["weekday"].lower()]
        if ahead and not g["future"]:  # "is due to open on Friday", published on a Friday: that day
            return (published + timedelta(days=(weekday - published.weekday()) % 7)).isoformat()
        return _weekday(published, weekday, future=bool(g["future"])).isoformat()
    if g["today"]:
        back = timedelta(days=1 if g["today"].lower() == "yesterday" else 0)
        return (published - back).isoformat() if published else None
    if g["yrel"]:
        if published is None:
            return None
        shift = {"last": -1, "previous": -1, "past": -1, "next": 1}.get(g["yrel"].lower(), 0)
        return str(published.year + shift)
    if g["mrel"]:
        return _month_of(published, {"last": -1, "previous": -1, "next": 1}.get(g["mrel"].lower(), 0))
    if g["fiscal"]:  # "in 2021-22", "FY2022-23": a fiscal year, named by the year it starts in
        return g["fiscal"] if int(g["fiscal_end"]) == (int(g["fiscal"]) + 1) % 100 else None
    return g["year5"]


def _month_of(published: date | None, shift: int) -> str | None:
    """"Last month", "earlier this month": the month ``shift`` months from publication."""
    if published is None:
        return None
    months = published.year * 12 + published.month - 1 + shift
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def _ymd(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _weekday(published: date, weekday: int, future: bool) -> date:
    """The named weekday nearest ``published``: on or before it, or after it when the text looks ahead."""
    if future:
        return published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def parse_published(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None
