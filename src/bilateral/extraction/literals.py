"""Lists of literal names (country aliases, officials) found as whole words in one Aho-Corasick
pass: the text is read once, in C, whatever the length of the list. A regex alternation of the
same names tries each of them at each character, which costs ten times more."""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick


class Literals:
    """Whole-word occurrences of any of ``words``; at one place the longest word wins and matches do
    not overlap, as a regex alternation sorted longest first would find them. ``joiners`` are the
    characters besides letters, digits and "_" that glue words together ("-" in "Sino-Afghan")."""

    def __init__(self, words: Iterable[str], joiners: str = "") -> None:
        self.automaton = ahocorasick.Automaton()
        for word in words:
            self.automaton.add_word(word, (len(word), word))  # the length stored: one call less per hit
        self.automaton.make_automaton()
        self.joiners = joiners
        self._glue = "_" + joiners  # with letters and digits, what glues words (tested inline: a hot loop)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, word) of each whole-word occurrence, leftmost first."""
        if not len(self.automaton):
            return []
        glue = self._glue
        hits = []
        for end, (length, word) in self.automaton.iter(text):
            start = end + 1 - length
            if start:  # "Oman" in "Romania": most hits are inside words
                before = text[start - 1]
                if before.isalnum() or before in glue:
                    continue
            hits.append((start, -length, word))
        hits.sort()
        out: list[tuple[int, int, str]] = []
        taken = 0
        size = len(text)
        for start, negative_length, word in hits:
            end = start - negative_length
            if start < taken:
                continue
            if end < size:
                after = text[end]
                if after.isalnum() or after in glue:
                    continue
            out.append((start, end, word))
            taken = end
        return out
