"""Lexicon patterns that skip the text where none of their phrases can begin.

A frame asks many lexicons about each sentence ("is there a stage cue before this verb? a signing
verb? a sector word?"), and most answers are no. A case-insensitive regex over many phrases finds
that out slowly: Python's engine tries every alternative at every character. So every lexicon
pattern also lists the literal beginnings its phrases can have ("sign", "memorand", "ready"), one
Aho-Corasick automaton over all lexicons finds those beginnings in a sentence at once, and a
lexicon's regex is tried only at those places. The answers are the regex's own: no match can start
anywhere else.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]  # the parser's opcodes
from re import _parser as sre_parse  # type: ignore[attr-defined]

import ahocorasick

from bilateral.extraction.anchors import fold
from bilateral.extraction.memo import per_document

_MAX_KEY = 12  # a longer literal beginning adds keys without making candidates rarer
_MAX_KEYS = 64  # per phrase: "(?:visit|travel|trip)(?:ed|s)?…" stops growing here
_SHORT = 4  # a literal beginning shorter than this goes on through a space ("a " rather than "a")
# What fold() makes of each character ``\s`` matches (str.isspace(): test_extract_phrases checks the list)
_FOLDED_SPACES = " \x1c\x1d\x1e\x1f\x85\u1680\u2000\u2001\u2004\u2005\u2006\u2008\u2028\u2029\u205f\u3000"

_REGISTRY: list[Phrases] = []


_WORD_START = r"(?<![\w-])"


class Phrases:
    """A compiled lexicon regex with the regex interface that frames use (``search``, ``finditer``,
    ``match``), answered exactly as the regex would answer them. Built by
    ``compile_phrases``: the regex must begin a word, as ``_beginnings`` assumes."""

    def __init__(self, regex: re.Pattern[str], phrases: list[str]) -> None:
        if not regex.pattern.startswith(_WORD_START):
            raise ValueError(f"a lexicon pattern must begin with {_WORD_START}: {regex.pattern[:40]!r}")
        self.regex = regex
        self.pattern = regex.pattern
        keys = set()
        for phrase in phrases:
            beginnings = literal_beginnings(phrase, regex.flags)
            if not beginnings or "" in beginnings:
                keys = None
                break
            keys |= beginnings
        self.keys = frozenset(keys) if keys is not None else None  # None: a phrase may begin anywhere
        self.id = len(_REGISTRY)
        _REGISTRY.append(self)
        _automaton.cache_clear()
        _beginnings.cache_clear()  # a lexicon compiled mid-document must still be found in texts already seen

    def _places(self, text: str, pos: int, endpos: int) -> list[int] | None:
        """The places from ``pos`` to ``endpos`` where a phrase may begin; None: anywhere."""
        if self.keys is None:
            return None
        starts = _beginnings(text).get(self.id)
        if not starts:
            return []
        if pos <= starts[0] and starts[-1] < endpos:
            return starts  # most questions are about the whole text: no need to cut the list
        i = bisect_left(starts, pos)
        return starts[i:bisect_left(starts, endpos, i)]

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        places = self._places(text, pos, endpos)
        if places is None:
            return self.regex.search(text, pos, endpos)
        match = self.regex.match
        for place in places:
            m = match(text, place, endpos)
            if m is not None:
                return m
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        places = self._places(text, pos, endpos)
        if places is None:
            return self.regex.finditer(text, pos, endpos)
        found = []
        resume = 0
        for place in places:
            if place >= resume:
                m = self.regex.match(text, place, endpos)
                if m is not None:
                    found.append(m)
                    resume = max(m.end(), place + 1)
        return iter(found)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.match(text, pos, endpos)

    def __repr__(self) -> str:
        return f"Phrases({self.pattern!r})"


class LexiconGroup(dict[str, Phrases]):
    """Lexicons by name (stages, sectors, kinds of action): ``present`` gives only those that can
    match a text, so that asking ten stage lexicons about a sentence without a cue costs one lookup."""

    def present(self, text: str) -> list[tuple[str, Phrases]]:
        found = _beginnings(text)
        return [(name, phrases) for name, phrases in self.items() if phrases.keys is None or phrases.id in found]


def compile_group(lexicons: dict[str, list[str]], flags: int = re.IGNORECASE,
                  flags_of: dict[str, int] | None = None) -> LexiconGroup:
    """Each named list of phrases compiled (``flags_of`` overrides the flags of some)."""
    return LexiconGroup({name: compile_phrases(phrases, (flags_of or {}).get(name, flags))
                         for name, phrases in lexicons.items()})


def compile_phrases(phrases: list[str], flags: int = re.IGNORECASE) -> Phrases:
    """One pattern matching any of ``phrases`` (regex fragments) on word boundaries, longest first."""
    alternation = "|".join(sorted(phrases, key=len, reverse=True))
    return Phrases(re.compile(rf"{_WORD_START}(?:{alternation})(?![\w-])", flags), phrases)


def literal_beginnings(phrase: str, flags: int = re.IGNORECASE) -> set[str]:
    """The lower-cased literal text every match of ``phrase`` begins with, as a set of alternatives
    ("visit(?:ed|s)?" → {"visit"}; "(?:came|went) to" → {"came to", "went to"}); a set holding ""
    when a match may begin with anything (a class, a wildcard)."""
    beginnings, _ = _walk(sre_parse.parse(phrase, flags).data, {""})
    return beginnings


def _walk(items: list, prefixes: set[str]) -> tuple[set[str], bool]:
    """Extend ``prefixes`` through the literal part of ``items``; also say whether it reached the end
    (so the caller may go on extending after a group)."""
    for i, (op, av) in enumerate(items):
        if op is sre.LITERAL:
            prefixes = {p + chr(av).lower() for p in prefixes}
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: it restricts where a match is, not what it begins with
        elif op is sre.SUBPATTERN:
            prefixes, done = _walk(av[-1].data, prefixes)
            if not done:
                return prefixes, False
        elif op is sre.BRANCH:
            grown = [_walk(alternative.data, prefixes) for alternative in av[1]]
            prefixes = set().union(*(g for g, _ in grown))
            if not all(done for _, done in grown):
                return prefixes, False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[:2] == (0, 1):  # "(?:tele)?phone": both ways
            with_it, done = _walk(av[2].data, prefixes)
            if done:
                with_it, _ = _walk(items[i + 1:], with_it)
            without, _ = _walk(items[i + 1:], prefixes)
            return with_it | without, False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:  # "\s+": a match begins with one round
            return _walk(av[2].data, prefixes)[0], False
        elif op is sre.IN and av == [(sre.CATEGORY, sre.CATEGORY_SPACE)] and min(map(len, prefixes)) < _SHORT:
            # "an?\s+": a key "a" would stop at every letter a; "a " and "an " are rarer. Any space may
            # follow, as ``fold`` writes it
            prefixes = {p + space for p in prefixes for space in _FOLDED_SPACES}
        else:
            return prefixes, False  # a class, a repeat, a wildcard: the literal part ends here
        if len(prefixes) > _MAX_KEYS or any(len(p) >= _MAX_KEY for p in prefixes):
            return prefixes, False
    return prefixes, True


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    owners: dict[str, list[int]] = {}
    for phrases in _REGISTRY:
        for key in phrases.keys or ():
            owners.setdefault(key, []).append(phrases.id)
    automaton = ahocorasick.Automaton()
    for key, ids in owners.items():
        # A lexicon that owns a shorter key this one begins with ("cooperation" for "cooperation ") is
        # found at the same place already: listing it again only adds hits to sift.
        shorter = {i for n in range(1, len(key)) for i in owners.get(key[:n], ())}
        kept = tuple(i for i in ids if i not in shorter)
        if kept:
            automaton.add_word(key, (len(key), kept))
    automaton.make_automaton()
    return automaton


@per_document
def _beginnings(text: str) -> dict[int, list[int]]:
    r"""For each lexicon, the sorted places in ``text`` where one of its phrases may begin: at the
    start of a word, since every lexicon pattern begins with ``_WORD_START``."""
    found: dict[int, list[int]] = {}
    unsorted: set[int] = set()  # hits come by their end: a longer key may begin before one found earlier
    folded = fold(text)
    for end, (length, ids) in _automaton().iter(folded):
        start = end + 1 - length
        if start:
            before = folded[start - 1]
            if before.isalnum() or before in "_-":
                continue
        for i in ids:
            starts = found.get(i)
            if starts is None:
                found[i] = [start]
            elif starts[-1] != start:
                if start < starts[-1]:
                    unsorted.add(i)
                starts.append(start)
    for i in unsorted:  # only these can be out of order or repeat a place: the rest are sorted already
        found[i] = sorted(set(found[i]))
    return found
