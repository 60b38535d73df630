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
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=\n)\n*|[.!?]*[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9À-ÖØ-ÞА-Я]))")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
_LIST_NUMBER = re.compile(r"(?:^|\n)[ \t]*\d{1,2}$")  # "1. Agreement on …": an item's number, not a sentence


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text``, stripped of surrounding whitespace, in order."""
    sentences: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0)[0] == "." and (_is_abbreviation(text, m.start()) or _LIST_NUMBER.search(text, max(0, m.start() - 8), m.start())):
            continue
        _add(sentences, text, start, m.end())
        start = m.end()
    _add(sentences, text, start, len(text))
    return sentences


def _is_abbreviation(text: str, dot: int) -> bool:
    """A dot after "Dr", "Oct", "U.S" or a single initial does not end a sentence."""
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if m is None:
        return False
    word = m.group(1)
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper()) or "." in word


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end, text[start:end]))
