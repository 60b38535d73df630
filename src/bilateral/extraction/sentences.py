"""Sentences with exact character offsets into the document text.

Evidence spans point at these, so offsets must be exact Python string indices; the splitter is a
small regex pass (news prose, headlines and line breaks), not a model.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bilateral.extraction.lexicon import lexicon


class Sentence(NamedTuple):
    start: int
    end: int
    text: str


_ABBREVIATIONS = frozenset(a.lower() for a in lexicon("abbreviations"))
# A candidate boundary: terminal punctuation (with closing quotes/brackets) then space, or a line break.
# Written to begin with one character class, so that the engine skips ahead to those characters.
# A third form: a full stop with no space before the next sentence ("…the minister.The talks …"), as pages
# glued from paragraphs have it; not a site name ("Trend.Az", "Kun.uz") nor an initialism ("U.S.").
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=\n)\n*|[.!?]*[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9À-ÖØ-ÞА-Я])"
                       r"|(?<=[a-z]{2}\.)(?!(?:Az|Uz|Kz|Kg|Tj|Tm|Af|Ru|Cn|Pk|Com|Org|Net|Info|Gov)\b)(?=[A-Z][a-z]+[ ,]))")
# Initials of names transliterated from Russian, Uzbek or Kazakh ("Zh. Khodzhaev", "Sh. Mirziyoyev").
_DIGRAPH_INITIALS = frozenset({"Zh", "Sh", "Ch", "Kh", "Ts", "Yu", "Ya", "Ye", "Yo", "Gh", "Dzh"})
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
_LIST_NUMBER = re.compile(r"(?:^|\n)[ \t]*\d{1,2}$")  # "1. Agreement on …": an item's number, not a sentence
# A line that ends on a word no sentence ends with ("an official visit to⏎Astana"), or on a word or comma
# before a lowercase word ("the talks⏎⏎held in …"): a hard-wrapped line, not a sentence's end.
_OPEN_WORD = re.compile(r"\b(?:to|of|the|a|an|and|in|on|at|for|with|by|from|between)[ \t]*$")
_OPEN_END = re.compile(r"[\w,][ \t]*$")
_LOWER_AFTER = re.compile(r"[ \t]*[a-z]")
_WORD_AFTER = re.compile(r"[ \t]*\w")  # not a list's next item ("-Agreement on …")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text``, stripped of surrounding whitespace, in order."""
    sentences: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0)[0] == "." and (_is_abbreviation(text, m.start()) or _LIST_NUMBER.search(text, max(0, m.start() - 8), m.start())):
            continue
        if m.group(0)[0] == "\n" and _wrapped(text, m.start(), m.end()):
            continue
        _add(sentences, text, start, m.end())
        start = m.end()
    _add(sentences, text, start, len(text))
    return sentences


def _wrapped(text: str, brk: int, after: int) -> bool:
    """A line break inside a sentence, as in text wrapped at a fixed width."""
    before = text[max(0, brk - 12):brk]
    return (_OPEN_WORD.search(before) is not None and _WORD_AFTER.match(text, after) is not None) or \
        (_OPEN_END.search(before) is not None and _LOWER_AFTER.match(text, after) is not None)


def _is_abbreviation(text: str, dot: int) -> bool:
    """A dot after "Dr", "Oct", "U.S" or an initial ("B", "Zh") does not end a sentence."""
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if m is None:
        return False
    word = m.group(1)
    return (word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper()) or "." in word
            or word in _DIGRAPH_INITIALS)


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end, text[start:end]))
