"""What several frames need: who acts in a clause, which countries a fact concerns, short phrases."""

from __future__ import annotations

import re
from collections import Counter

from bilateral.extraction.context import DocContext, SentenceContext

_BOTH = re.compile(r"\b(?:both (?:sides|countries|parties|nations|states|governments)|the (?:two|2) (?:sides|countries|"
                   r"nations|states|governments|neighbou?rs|parties|leaders|presidents|ministers)|the parties|the sides|"
                   r"(?:they|we) (?:have )?(?:jointly|together))\b", re.IGNORECASE)
_AGENT_KINDS = ("name", "demonym", "government", "org")


def anchor(doc: DocContext) -> str | None:
    """The country the document is mostly about (the most mentioned one)."""
    counts = Counter(c.iso3 for s in doc.sentences for c in s.countries)
    return counts.most_common(1)[0][0] if counts else None


def fact_parties(sc: SentenceContext, doc: DocContext) -> list[str]:
    """The countries a fact in this sentence concerns: those the sentence names when they include a
    foreign party, else the document's main pair."""
    pair = set(doc.pair)
    named = {c.iso3 for c in sc.countries if c.kind != "city"} | {c.iso3 for c in sc.countries if c.kind == "city"}
    named |= {p.country for p in sc.persons if p.country}
    if not named or named <= pair:
        return sorted(pair)
    if named & pair:
        return sorted(named | pair) if len(named | pair) <= 4 else sorted(named)
    if len(named) >= 2:
        return sorted(named)
    home = anchor(doc)
    return sorted(named | ({home} if home else set()))


def agents(sc: SentenceContext, doc: DocContext, before: int) -> list[str]:
    """Who undertakes what follows sentence offset ``before``: "both sides" → the pair; else the
    country (or person's country) named last before it; else the sentence's first; else the anchor."""
    text = sc.text[:before]
    if _BOTH.search(text):
        return sorted(doc.pair)
    mentions: list[tuple[int, str]] = [(sc.local(c.start), c.iso3) for c in sc.countries if c.kind in _AGENT_KINDS]
    mentions += [(sc.local(p.start), p.country) for p in sc.persons if p.country]
    prior = [m for m in mentions if m[0] < before]
    if prior:
        first_clause = _subject(prior, text)
        if first_clause:
            return [first_clause]
    if mentions:
        return [min(mentions)[1]]
    home = anchor(doc)
    return [home] if home else []


def _subject(prior: list[tuple[int, str]], text: str) -> str | None:
    """The subject country: the first agent mention of the clause that holds the cue."""
    clause_start = max(text.rfind(";"), text.rfind(". "), 0)
    in_clause = [m for m in prior if m[0] >= clause_start]
    return min(in_clause)[1] if in_clause else max(prior)[1]


def counterparts(by: list[str], doc: DocContext, parties: list[str]) -> list[str]:
    """The other side: the pair (or the sentence's parties) less the undertaking ones."""
    others = set(parties) | set(doc.pair)
    return sorted(others - set(by)) if set(by) != set(doc.pair) else []


_BOUNDARY = re.compile(
    r"[,.](?!\d)|[;:“”\"]|\sand\s+the\s|\bto\s+(?!the\b|an?\b|\d|its\b|their\b)(?-i:[a-z]+)\b|\s[–—-]\s|\bas (?:the|it|they|a|an|part)\b|\bbecause\b|\b(?:to (?:support|facilitate|ensure|boost|help|strengthen|increase|promote|meet|ease|"
    r"enhance|improve|expand|develop|serve)|in order|so as|which|that|who|where|while|as part of|as well as|and "
    r"(?:expressed|showed|stressed|said|noted|added|announced|agreed|called|emphasi[sz]ed|is|are|was|were|will|"
    r"also)|with (?:the )?(?:aim|goal|purpose)|said|according|worth|valued|amounting|such as|including|"
    r"was|were|is|are|has|have|will|would|during|at the|on the sidelines)\b",
    re.IGNORECASE,
)
_PAREN = re.compile(r"\s*\([^)]*\)")
_LEAD = re.compile(r"^(?:(?:in|into|on|of|for|the|a|an|more|new|its|their|his|her|our|additional|further|"
                   r"another|some|several|to|up|with|from|by|at)\s+)+", re.IGNORECASE)


def phrase_after(text: str, start: int, max_words: int = 12) -> tuple[str, int]:
    """The noun phrase that starts at ``start``: up to a punctuation or clause boundary, leading
    prepositions and articles dropped. Returns the phrase and its end offset in ``text``."""
    m = _BOUNDARY.search(text, start)
    end = m.start() if m else len(text)
    raw = text[start:end]
    if raw.count("(") != raw.count(")"):
        raw = raw[:raw.rfind("(")] if raw.count("(") > raw.count(")") else raw
    words = raw.split()
    if len(words) > max_words:
        raw = " ".join(words[:max_words])
    lead = _LEAD.match(raw.lstrip())
    phrase = raw.lstrip()[lead.end():] if lead else raw.strip()
    phrase = _PAREN.sub("", phrase)
    return phrase.strip(" ,.'’"), start + len(raw.rstrip())
