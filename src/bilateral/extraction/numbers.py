"""Numerals as reports write them: digits with commas or spaces, words, scale words.

Shared by money and quantities so that "$1.13 billion", "twenty-five billion dollars"
and "half a million tons" parse the same way.
"""

from __future__ import annotations

import re

from bilateral.extraction.anchors import Span, anchors

WORD_NUMBERS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12, "half": 0.5,
}
SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "millions": 1e6,
    "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9, "billions": 1e9, "trillion": 1e12, "tn": 1e12,
    "trln": 1e12,
}
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# A number written in words: "seventeen", "twenty-five", "half a", "a hundred".
WORD_NUMBER = rf"(?:(?:{_TENS})(?:[- ](?:{_UNITS}))?|{_TEENS}|{_UNITS}|half an?|a dozen|dozens?|an?|hundred)"
# A number written in digits: "1,300,000", "4.4", "1 300", "45", and a decimal comma before a scale
# ("612,87 million", as reports translated from Russian or Azerbaijani write it).
DIGIT_NUMBER = (r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)"
                r"|\d{1,3},\d{1,2}(?=\s?(?:million|billion|trillion|mln|bln|bn|mn)\b)|\d+(?:\.\d+)?")
# "612,87", "16,6": a comma followed by one or two digits can only be a decimal comma
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
SCALE = r"(?:thousand|million|billion|trillion|mln|bln|mn|bn|trln|tn|m|b|k)"


WINDOW_BEFORE, WINDOW_AFTER = 40, 80
_SPACE = re.compile(r"\s")


def number_windows(text: str) -> tuple[tuple[int, int], ...]:
    """Disjoint spans of ``text`` around every digit or number word, wide enough for the qualifier
    before a figure ("more than") and the unit or currency after it ("billion US dollars")."""
    return _windows(text, anchors(text).get("number", ()), WINDOW_BEFORE, WINDOW_AFTER)


def _windows(text: str, spans: tuple[Span, ...], before: int, after: int) -> tuple[Span, ...]:
    windows: list[Span] = []
    for anchor_start, anchor_end in spans:
        start, end = _word_edge(text, anchor_start - before, -1), _word_edge(text, anchor_end + after, 1)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return tuple(windows)


def _word_edge(text: str, at: int, step: int) -> int:
    """``at`` moved outward to a space (or the text's end), so a window never cuts a word in two."""
    if at <= 0 or at >= len(text):
        return min(max(at, 0), len(text))
    if step > 0:
        m = _SPACE.search(text, at)
        return m.start() if m else len(text)
    space = max(text.rfind(" ", 0, at + 1), text.rfind("\n", 0, at + 1))
    return max(space, 0)


FIGURE_STARTS = ("number", "article", "qualifier")
"""Where a figure's pattern can begin: a numeral ("a" included), or a qualifier before it ("up to")."""


def finditer_near_numbers(regex: re.Pattern[str], text: str, starts: tuple[str, ...] = FIGURE_STARTS,
                          ) -> list[re.Match[str]]:
    """``regex.finditer(text)`` restricted to the spans around numbers (same matches, same offsets,
    for patterns that contain a number and reach at most the window's width around it)."""
    return _matches(regex, text, number_windows(text), starts)


def finditer_near(regex: re.Pattern[str], text: str, anchor: str, starts: tuple[str, ...] | None = None,
                  before: int = WINDOW_BEFORE + 20, after: int = WINDOW_BEFORE) -> list[re.Match[str]]:
    """``regex.finditer(text)`` run only around the anchors of kind ``anchor`` (see ``anchors``), what
    every match must contain (a currency, "%", "tonnes"), from ``before`` characters before one to
    ``after`` characters after it: the costly pattern then reads a few windows instead of the whole
    text. With ``starts``, the anchor kinds at which every match begins, the pattern is only tried
    there, not at every character of a window."""
    windows = _windows(text, anchors(text).get(anchor, ()), before, after)
    return _matches(regex, text, windows, starts)


def _matches(regex: re.Pattern[str], text: str, windows: tuple[Span, ...], starts: tuple[str, ...] | None,
             ) -> list[re.Match[str]]:
    """What ``finditer`` finds in each window, trying the places in ``starts`` only (in order, each
    match resuming after the previous one, as ``finditer`` does)."""
    if starts is None:
        return [m for start, end in windows for m in regex.finditer(text, start, end)]
    found = anchors(text)
    places = sorted(start for kind in starts for start, _ in found.get(kind, ()))
    out: list[re.Match[str]] = []
    resume = 0
    w = 0
    for place in places:
        while w < len(windows) and windows[w][1] <= place:
            w += 1
        if w == len(windows):
            break
        if place < windows[w][0] or place < resume:
            continue
        m = regex.match(text, place, windows[w][1])
        if m is not None:
            out.append(m)
            resume = max(m.end(), place + 1)
    return out


def parse_number(text: str) -> float | None:
    """The value of a digit or word numeral ("1,300" → 1300, "twenty-five" → 25, "half a" → 0.5)."""
    t = text.strip().lower()
    if t in ("a dozen", "dozen", "dozens"):
        return 12.0
    digits = t.replace(",", ".") if _DECIMAL_COMMA.fullmatch(t) else re.sub(r"[,\s\u00a0\u202f]", "", t)
    try:
        return float(digits)
    except ValueError:
        pass
    total = 0.0
    for word in re.split(r"[- ]+", t):
        if word in ("a", "an") and total:
            continue
        if word not in WORD_NUMBERS:
            return None
        value = WORD_NUMBERS[word]
        total = total * value if word in ("hundred",) and total else total + value
    return total or None


def scale_of(word: str | None) -> float:
    """Multiplier of a scale word ("million" → 1e6); 1 when there is none."""
    if not word:
        return 1.0
    return SCALES.get(word.lower(), 1.0) if word != "B" else 1e9


def clean(value: float) -> float:
    """Round away float noise from scaling (4.4 × 1e9 → 4400000000.0)."""
    return float(round(value, 6)) if value < 1e6 else float(round(value))
