"""Anchors: the cheap words and signs that every figure or date contains (a digit, "million", "$",
"%", "tonnes", a month), found for all the recognisers of figures in one pass over a report.

A figure's full pattern is costly, so it runs only in windows around its anchors. Case-insensitive
regular expressions are slow to scan a whole text with (Python's engine tries every alternative at
every character), so the anchors of every kind are literals in one Aho-Corasick automaton, read once
over the lower-cased text, and digits are one case-free regex.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import ahocorasick

from bilateral.extraction.lexicon import lexicon
from bilateral.extraction.memo import per_document

Span = tuple[int, int]


@dataclass(frozen=True)
class Term:
    """A literal anchor; ``whole_start``/``whole_end``: it must begin/end a word ("ten", not "often")."""

    kind: str
    text: str
    whole_start: bool = True
    whole_end: bool = True


_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_FOLD_UNITS = ("four", "five", "six", "seven", "eight", "nine", "ten")  # "twofold", "threefold" read as "double"
_SCALES = ("tonne", "tonnes", "ton", "tons", "thousand", "million", "billion", "trillion")


def _terms() -> list[Term]:
    number_words = [*_UNITS, *_TEENS, *_TENS, "half", "dozen", "dozens", "hundred", "twofold", "two-fold",
                    "threefold", *(f"{a} {s}" for a in ("a", "an") for s in _SCALES)]
    terms = [Term("number", w) for w in number_words]
    terms += [Term("number", w, whole_end=False) for w in ("doubl", "tripl")]
    terms += [Term("double", w, whole_end=False) for w in ("doubl", "tripl")]
    terms += [Term("double", w) for w in ("twofold", "two-fold", "threefold")]
    terms += [Term("number", f"{u}{j}fold", whole_end=False) for u in _FOLD_UNITS for j in ("", "-")]  # "fourfold"
    currencies = lexicon("currencies")
    terms += [Term("currency", s.lower(), s.isalpha(), False) for s in currencies["symbols"]]
    terms += [Term("currency", n.lower()) for n in currencies["names"]]
    terms += [Term("percent", p, False, False) for p in ("%", "percent", "per cent", "percentage point")]
    terms += [Term("times", w, False, False) for w in ("times", "fold")]
    terms += [Term("tonnes", "ton", whole_end=False), Term("tonnes", "mt", whole_end=False)]  # "MTs"
    terms += [Term("km", "km", False), Term("km", "kilomet", False, False)]
    qualifiers = ["up to", "over", "more than", "nearly", "almost", "about", "around", "approximately", "some",
                  "at least", "less than", "roughly"]
    terms += [Term("qualifier", w) for w in qualifiers]
    terms += [Term("article", w, whole_end=False) for w in ("a ", "an ")]  # "a million tonnes", "an extra"
    months = ["jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul",
              "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec",
              "december"]
    weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    terms += [Term("date", w) for w in [*months, *weekdays, "year", "month", "today", "yesterday"]]
    return terms


@cache
def _automaton() -> ahocorasick.Automaton:
    by_text: dict[str, list[Term]] = {}
    for term in _terms():
        by_text.setdefault(term.text, []).append(term)
    automaton = ahocorasick.Automaton()
    for text, terms in by_text.items():
        automaton.add_word(text, (len(text), tuple(terms), all(t.whole_start for t in terms)))
    automaton.make_automaton()
    return automaton


_DIGITS = re.compile(r"\d+")
_SPACES = "\t\n\r\f\v\u00a0\u2007\u202f\u2009\u200a\u2002\u2003"


def fold(text: str) -> str:
    """Lower case with every space written " ", at the same offsets as ``text``."""
    folded = text.lower()
    if len(folded) != len(text):  # "İ" lowers to two characters: keep such letters as they are
        folded = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for space in _SPACES:  # str.replace runs in C; str.translate with a table is ten times slower here
        if space in folded:
            folded = folded.replace(space, " ")
    return folded


@per_document
def anchors(text: str) -> dict[str, tuple[Span, ...]]:
    """The anchors of ``text`` by kind ("number", "currency", "percent"…), in order. Cached: every
    recogniser of figures asks for the same text's anchors in turn."""
    folded = fold(text)
    digits = [m.span() for m in _DIGITS.finditer(text)]
    years = [(s, e) for s, e in digits if e - s == 4 and text[s:s + 2] in ("19", "20")]
    found: dict[str, list[Span]] = {"number": digits, "date": years}
    size = len(folded)
    for end, (length, terms, whole_start) in _automaton().iter(folded):
        start, end = end + 1 - length, end + 1
        left = start > 0 and _word_char(folded[start - 1])
        if left and whole_start:
            continue  # "ten" in "often": most hits are inside words
        right = end < size and _word_char(folded[end])
        for term in terms:
            if not (term.whole_start and left) and not (term.whole_end and right):
                found.setdefault(term.kind, []).append((start, end))
    return {kind: tuple(sorted(spans)) for kind, spans in found.items()}


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"
