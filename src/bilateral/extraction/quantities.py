"""Quantities other than money: percentages, ratios ("3.1 times", "doubled"), tonnes, kilometres
and counts of things ("400 investors", "seventeen agreements")."""

from __future__ import annotations

import re
from typing import NamedTuple

from bilateral.extraction.numbers import (
    DIGIT_NUMBER,
    FIGURE_STARTS,
    SCALE,
    WORD_NUMBER,
    clean,
    finditer_near,
    finditer_near_numbers,
    parse_number,
    scale_of,
)


class Quantity(NamedTuple):
    value: float
    unit: str  # percent, count, tonnes, km
    start: int
    end: int
    noun: str | None = None  # what is counted ("agreements", "companies")
    qualifier: str | None = None


_QUAL = r"(?:(?P<qual>up to|over|more than|nearly|almost|about|around|approximately|some|at least)\s+)?"
_NUM = rf"(?P<num>{DIGIT_NUMBER}|{WORD_NUMBER})"
_SCALED = rf"{_NUM}(?:[\s-]?(?P<scale>{SCALE})\b)?"

PERCENT_RE = re.compile(rf"{_QUAL}(?P<num>\d+(?:\.\d+|,\d{{1,2}}(?!\d))?|{WORD_NUMBER})\s?(?:%|per\s?cent\b|percentage points?\b)",
                        re.IGNORECASE)
# "2.9 times", "5-fold", "fourfold"; "twofold" and "threefold" are read by DOUBLE_RE
TIMES_RE = re.compile(r"\b(?:(?P<num>\d+(?:\.\d+)?)[\s-]?(?:times|fold)|(?P<word>four|five|six|seven|eight|nine|ten)-?fold)\b",
                      re.IGNORECASE)
DOUBLE_RE = re.compile(r"\b(?:doubl(?:ed|ing|e)|twofold|two-fold|tripl(?:ed|ing|e)|threefold)\b", re.IGNORECASE)
# "20,000 MTs of wheat": metric tons abbreviated in capitals ("mt" alone may be a mountain)
TONNES_RE = re.compile(rf"(?<!\w){_QUAL}{_SCALED}\s?(?:(?:metric\s)?(?:tonnes|tons|tonne|ton)\b|(?-i:MTs?)\b)",
                       re.IGNORECASE)
KM_RE = re.compile(rf"{_QUAL}(?P<num>{DIGIT_NUMBER})[\s-]?(?:km|kilometers|kilometres|kilometer|kilometre)\b",
                   re.IGNORECASE)
# "20 agreements", "400 Afghan and Kazakh investors", "Seventeen of these": number, up to four words, a noun
# ("seven memorandum of understandings": the plural put on the last word). A word ending in "ss" is no
# plural ("400 business leaders" counts leaders), and "women" before a plural qualifies it ("women traders").
COUNT_RE = re.compile(
    rf"(?<![\w$.,]){_QUAL}(?P<num>{DIGIT_NUMBER}|{WORD_NUMBER})(?!\s?(?:%|per\s?cent|million|billion|thousand|"
    rf"mln|bn|tons|tonnes|mts?|km|times|years?|months?|days?|weeks?|hours?)\b)"
    r"(?=(?P<mods>(?:\s+(?!of\b|in\b|on\b|for\b|to\b|with\b|worth\b|were\b|was\b|the\b)[\w’'-]+){0,4}?)"
    r"\s+(?P<noun>(?![a-z]+ss\b)[a-z]+s|memoranda|memorandum(?=\s+of\s+understandings)|criteria|businessmen|businesswomen|people|"
    r"(?:wo)?men(?!\s+[a-z]+s\b)|children|staff|personnel)\b)",
    re.IGNORECASE,
)
_RATIO = {"doubl": 100, "twofold": 100, "two-fold": 100, "tripl": 200, "threefold": 200}


def find_percentages(text: str) -> list[Quantity]:
    out = []
    for m in finditer_near(PERCENT_RE, text, "percent", FIGURE_STARTS):
        value = parse_number(m.group("num"))
        if value is not None:
            out.append(Quantity(value, "percent", m.start(), m.end(), qualifier=_qual(m)))
    return out


def find_ratios(text: str) -> list[Quantity]:
    """Growth in percent from ratios: "rose 2.9 times" is 190, "doubled" is 100."""
    out = []
    for m in finditer_near(TIMES_RE, text, "times", ("number",)):
        value = float(m.group("num")) if m.group("num") else parse_number(m.group("word")) or 0.0
        if value > 1:
            out.append(Quantity(round((value - 1) * 100, 4), "percent", m.start(), m.end()))
    for m in finditer_near(DOUBLE_RE, text, "double", ("double",)):
        word = m.group(0).lower()
        value = next(v for k, v in _RATIO.items() if word.startswith(k))
        out.append(Quantity(value, "percent", m.start(), m.end()))
    return out


def find_tonnes(text: str) -> list[Quantity]:
    return _scaled(TONNES_RE, text, "tonnes", "tonnes")


def find_km(text: str) -> list[Quantity]:
    return _scaled(KM_RE, text, "km", "km")


def find_counts(text: str) -> list[Quantity]:
    """Counted nouns; a number that is a year (1990–2099) is not a count."""
    out = []
    for m in finditer_near_numbers(COUNT_RE, text):
        raw = m.group("num")
        value = parse_number(raw)
        if value is None or value != int(value) or (raw.isdigit() and len(raw) == 4 and 1900 <= value <= 2099):
            continue
        if raw.lower() in ("a", "an", "half a", "half an", "one") and not m.group("qual"):
            value = 1.0
        qualifier = _qual(m) or ("about" if "dozen" in raw.lower() else None)  # "a dozen" is not exact
        end = m.end("noun")
        out.append(Quantity(value, "count", m.start() if not m.group("qual") else m.start("qual"), end,
                            noun=m.group("noun").lower(), qualifier=qualifier))
    return out


def _scaled(regex: re.Pattern[str], text: str, unit: str, anchor: str) -> list[Quantity]:
    out = []
    for m in finditer_near(regex, text, anchor, FIGURE_STARTS):
        value = parse_number(m.group("num"))
        if value is None:
            continue
        scale = m.groupdict().get("scale")
        out.append(Quantity(clean(value * scale_of(scale)), unit, m.start(), m.end(), qualifier=_qual(m)))
    return out


def _qual(m: re.Match[str]) -> str | None:
    q = m.groupdict().get("qual")
    return q.lower() if q else None
