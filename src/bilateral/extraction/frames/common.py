"""What several frames need: who acts in a clause, which countries a fact concerns, short phrases."""

from __future__ import annotations

import re
from collections import Counter

from bilateral.extraction.context import DocContext, SentenceContext
from bilateral.extraction.countries import capital

_BOTH = re.compile(r"\b(?:both (?:sides|countries|parties|nations|states|governments|delegations)|the (?:two|2) (?:sides|countries|"
                   r"nations|states|governments|neighbou?rs|parties|leaders|presidents|ministers)|the parties|the sides|"
                   r"the (?:leaders|presidents|governments|heads of state)|(?:both|the countries)(?= (?:have|had|will|would|agreed|decided)\b)|"
                   r"(?:they|we) (?:have )?(?:jointly|together))\b", re.IGNORECASE)
# A decision nobody is named as taking: "it has been agreed that", "it was decided to".
_IMPERSONAL = re.compile(r"\bit\s+(?:has\s+been|had\s+been|was|is)\s+(?:also\s+)?(?:agreed|decided)\b", re.IGNORECASE)
_THREE = re.compile(r"\b(?:the|all) three (?:sides|countries|parties|nations|states|governments|neighbou?rs)\b", re.IGNORECASE)
AGENT_KINDS = ("name", "demonym", "government", "org")


def anchor(doc: DocContext) -> str | None:
    """The country the document is mostly about (the most mentioned one)."""
    top = _most_named(doc, 1)
    return top[0] if top else None


def _most_named(doc: DocContext, n: int) -> list[str]:
    """The ``n`` countries the document mentions most, sorted by code."""
    counts = Counter(c.iso3 for s in doc.sentences for c in s.countries if c.kind != "compound")
    return sorted(iso3 for iso3, _ in counts.most_common(n))


def fact_parties(sc: SentenceContext, doc: DocContext, until: int | None = None) -> list[str]:
    """The countries a fact in this sentence concerns: those the sentence names (before ``until``, the
    end of the fact's words: a later list item's countries are its own) when they include a foreign
    party, else the document's main pair."""
    pair = set(doc.pair)
    stop = len(sc.text) if until is None else until
    named = {c.iso3 for c in sc.countries if c.kind != "compound" and sc.local(c.start) < stop} | \
        {p.country for p in sc.persons if p.country and sc.local(p.start) < stop}
    if not named or named <= pair:
        return sorted(pair)
    if named & pair:
        return sorted(named | pair) if len(named | pair) <= 4 else sorted(named)
    if len(named) >= 2:
        return sorted(named)
    home = anchor(doc)
    return sorted(named | ({home} if home else set()))


_PRONOUN = re.compile(r"(?:^|[,;]\s+|\band\s+)(?:he|she|they|it(?!\s+(?:is|was|has been)\s+(?:also\s+)?(?:agreed|planned|"
                      r"decided|expected|proposed|noted))|we|the (?:delegation|minister|president|"
                      r"side|company|government|official|leader|ministry|head|chairman)s?)\s", re.IGNORECASE)


def agent_mentions(sc: SentenceContext) -> list[tuple[int, str]]:
    """(offset in the sentence, country) of everything that can act: countries, demonyms,
    governments, institutions and persons whose country is known."""
    mentions = [(sc.local(c.start), c.iso3) for c in sc.countries if c.kind in AGENT_KINDS
                or (c.kind == "city" and c.text == capital(c.iso3) and _CAPITAL_ACTS.match(sc.text, sc.local(c.end)))]
    mentions += [(sc.local(p.start), p.country) for p in sc.persons if p.country]
    return sorted(mentions)


# A capital followed by its verb stands for its government ("Ankara has offered", "Tashkent will ship").
_CAPITAL_ACTS = re.compile(r"\s+(?:has|have|had|will|would|is|was|can|could|also|plans|intends|pledged|promised|agreed|"
                           r"offered|decided|announced|proposed|expressed|wants)\b")


def subject_of(sc: SentenceContext) -> list[str]:
    """The sentence's grammatical subject, when a country or person opens it (for "they" later)."""
    opening = [m for m in agent_mentions(sc) if m[0] < 60]
    return [opening[0][1]] if opening else []


def agents(sc: SentenceContext, doc: DocContext, before: int, previous: list[str]) -> list[str]:
    """Who undertakes what follows sentence offset ``before``.

    "Both sides" or "X and Y" before the cue → both; else the first country or person named in the
    clause (after a reporting verb, if one names it: "A said that B will"); a pronoun ("they", "the
    delegation") → ``previous``, the last sentence's subject; nobody named → the pair (ceremonies and
    lists where the two sides act together)."""
    text = sc.text[:before]
    clause_start = max(text.rfind(";"), text.rfind(": "), 0)
    said = next(reversed(list(_SAID.finditer(text, clause_start))), None)
    if said is not None and (said.group(0).lower().startswith("according")
                             or any(said.end() <= m[0] < before and not _OBLIQUE.search(sc.text, max(0, m[0] - 30), m[0])
                                    for m in agent_mentions(sc))):
        clause_start = said.end()  # "Azizi said Kazakh producers could supply": the reported subject acts;
        # "according to Azizi, an agreement was reached": the source is no party to it; "X noted the interest
        # of Y's firms and is ready": Y is no reported subject
    clause = text[clause_start:]
    if any(not clause.endswith("between ", 0, m.start()) for m in _THREE.finditer(clause)):
        return _most_named(doc, 3)  # "the three countries agreed": the report's three main countries
    if any(not clause.endswith("between ", 0, m.start()) for m in _BOTH.finditer(clause)):
        return sorted(doc.pair)
    if (agreed := list(_IMPERSONAL.finditer(text, clause_start))) and \
            not any(agreed[-1].end() <= m[0] < before for m in agent_mentions(sc)):
        return sorted(doc.pair)  # "the minister said it was decided that a hub will open": a decision of both  # "both have agreed", not "ties between the two countries"
    prior = [m for m in agent_mentions(sc) if clause_start <= m[0] < before]
    stance = [m for m in prior if _STANCE_OF.match(sc.text, m[0])]
    if stance:
        return [stance[-1][1]]  # "… listed the results, including Kazakhstan's readiness to build": Kazakhstan
    told = list(_THE_COUNTRYS.finditer(text, clause_start))
    if told and (named := [m for m in prior if m[0] < told[-1].start()]):
        return [named[-1][1]]  # "… between Afghanistan and Kazakhstan and the country's readiness": the last one named
    subjects = [m for m in prior if not _OBLIQUE.search(sc.text, max(0, m[0] - 30), m[0])]
    if subjects and subjects[0] != prior[0] and not _JOINT_SUBJECT.fullmatch(text[prior[0][0]:subjects[0][0]]):
        prior = subjects  # "after talks with Afghan officials, Russia is ready": Russia acts
    if len(listed := _listed_subjects(text, prior)) >= 3:
        return listed
    if prior:
        first = prior[0]
        later = [m for m in prior[1:] if m[1] != first[1]]
        if later and {first[1], later[0][1]} <= set(doc.pair) and _JOINT_SUBJECT.fullmatch(text[first[0]:later[0][0]]):
            return sorted({first[1], later[0][1]})  # "Afghanistan's ministry … and Kazakhstan's ministry signed"
        return [first[1]]
    if previous and _PRONOUN.search(clause):
        return previous
    return sorted(doc.pair)


# A country whose stance a possessive names: "Kazakhstan's readiness", "Pakistan's strong commitment to".
_STANCE = r"['’]s\s+(?:[a-z]+\s+)?(?:readiness|willingness|interest|commitment|intention|desire|plans?|pledge|determination)\b"
_STANCE_OF = re.compile(r"[\w-]+(?:\s+[\w-]+)?" + _STANCE)
_THE_COUNTRYS = re.compile(r"\b(?:the|this) country" + _STANCE, re.IGNORECASE)


# A country named after a preposition is no subject ("after talks with Afghan officials, Russia will").
_OBLIQUE = re.compile(r"\b(?:with|to|from|for|by|in|into|of|between|among|against|toward|towards)\s+(?:the\s+)?"
                      r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_SAID = re.compile(r"\b(?:said|says|noted|stated|added|told \w+|stressed|emphasi[sz]ed|announced|confirmed|agreed|"
                   r"reported|believes?|hopes?)\b(?:\s+that\b)?|\baccording to [^,;]{1,60},", re.IGNORECASE)
# Two parties joined by "and" before any verb: "X and Y agreed", "the president of X, A, and the president of Y".
_JOINT_SUBJECT = re.compile(r"(?:(?!\b(?:said|says|told|met|signed|agreed|noted|stressed|announced|expressed|is|are|was|"
                            r"were|has|have|had|will|would|with|to)\b)[^;:.])*\band\s+(?:the\s+)?(?:\w+\s+){0,4}",
                            re.IGNORECASE)


def _listed_subjects(text: str, prior: list[tuple[int, str]]) -> list[str]:
    """The countries of a list that opens the clause ("Pakistan, Afghanistan and Uzbekistan agreed"):
    a three-party undertaking binds every one of them."""
    chain = prior[:1]
    for m in prior[1:]:
        link = _LIST_LINK.fullmatch(text, chain[-1][0], m[0])
        if link is None:
            break
        chain.append(m)
        if link.group(1):
            return sorted({iso3 for _, iso3 in chain})
    return []


# From one listed party to the next: its name (a word or three), then a comma or "and" ("and" ends the list).
_LIST_LINK = re.compile(r"[\w’'-]+(?:\s+[\w’'-]+){0,2}?(?:\s*,\s*|\s+)(?:(and)\s+)?(?:the\s+)?", re.IGNORECASE)


def owner(sc: SentenceContext, start: int, end: int, doc: DocContext, reach: int | None = None) -> str | None:
    """The country whose goods or institution the object (``start``-``end``) names ("delivery of Kazakh
    flour", "Kazakhstan's trade house") or from which it comes ("delivered from Kazakhstan", looked
    for up to ``reach``): the one that supplies or opens it. None when the object names both sides'
    ("an Uzbek-Afghan council", "accounts between Afghan banks and Kazakhstan's banks"): a joint one."""
    owners: list[tuple[int, str]] = []
    for c in sc.countries:
        at = sc.local(c.start)
        if c.kind not in ("name", "demonym") or c.iso3 not in doc.pair or at < start or \
                _SOURCE.search(sc.text, max(0, at - 40), at):
            continue  # "…, according to Business Turkmenistan": who reports it, not whose goods
        lead = sc.text[max(0, at - 12):at].lower()
        head = (_HEAD_OF.fullmatch(sc.text, start, at) or _NAMED_OF.fullmatch(sc.text, start, at)) is not None
        # "delivery of Kazakh flour": still Kazakh; "the Trade House of Kyrgyzstan": Kyrgyzstan's
        if (at < (reach or end) and (head or not _NOT_OWNER.search(lead))) or re.search(r"\bfrom\s+$", lead):
            owners.append((at, c.iso3))
    inside = {iso3 for at, iso3 in owners if at < end}
    if _JOINT.search(sc.text, start, end):  # "joint accounts linking Afghan banks with Kazakhstan's banks"
        inside |= {c.iso3 for c in sc.countries if c.iso3 in doc.pair and start <= sc.local(c.start) < end}
    if len(inside) > 1:
        return None
    return owners[0][1] if owners else None


# An institution's name ending "of" a country: "the Embassy of Oman", "the National Bank of Tajikistan".
_NAMED_OF = re.compile(r"(?:the\s+)?(?-i:[A-Z][\w-]*\s+){1,4}of\s+(?:the\s+)?", re.IGNORECASE)
_SOURCE = re.compile(r"\baccording to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_JOINT = re.compile(r"\b(?:joint|between|linking|both)\b", re.IGNORECASE)
_NOT_OWNER = re.compile(r"\b(?:to|in|into|for|with|of|across|through|between)\s+(?:the\s+)?$")
_HEAD_OF = re.compile(r"(?:[\w-]+\s+){1,2}?of\s+(?:(?:more\s+than|over|about|some|nearly|up\s+to)\s+)?(?:[\d,.]+\s+(?:million\s+|thousand\s+)?[\w-]+\s+of\s+)?(?:the\s+)?")


def origin(sc: SentenceContext, start: int, doc: DocContext) -> str | None:
    """The country whose goods an action names right after its "of" ("deliveries of Kazakh flour"):
    whoever proposes or asks for them, that country supplies them."""
    for c in sc.countries:
        at = sc.local(c.start)
        if at > start and c.kind in ("name", "demonym") and c.iso3 in doc.pair and _HEAD_OF.fullmatch(sc.text, start, at):
            return c.iso3
    return None


def counterparts(by: list[str], doc: DocContext) -> list[str]:
    """The other side: the document's pair less the undertaking ones (none when both undertake it)."""
    return sorted(set(doc.pair) - set(by))


_BOUNDARY = re.compile(
    r"[,.](?!\d)|[;:“”\"]|\sand\s+the\s|\b(?<!up )to\s+(?!the\b|an?\b|\d|its\b|their\b)(?-i:[a-z]+)\b|\s[–—-]\s|\bas (?:the|it|they|a|an|part)\b|\bbecause\b|\b(?:to (?:support|facilitate|ensure|boost|help|strengthen|increase|promote|meet|ease|"
    r"enhance|improve|expand|develop|serve)|in order|so as|which|that|who|where|while|as part of|as well as|and "
    r"(?:increase|expand|boost|strengthen|deepen|enhance|improve|promote|"
    r"expressed|showed|stressed|said|noted|added|announced|agreed|committed|pledged|promised|decided|called|"
    r"emphasi[sz]ed|is|are|was|were|will|"
    r"also)|with (?:the )?(?:aim|goal|purpose)|said|according|worth|valued|amounting|such as|including|"
    r"was|were|is|are|has|have|will|would|during|at the|on the sidelines|when|after|before|since|whereas|even as|"
    r"(?:al)?though|and then)\b",
    re.IGNORECASE,
)
# "a route between A, B and C": a comma after "between" and one name lists the others, it ends nothing.
_BETWEEN_ONE = re.compile(r"\bbetween\s+(?:the\s+)?(?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*)){0,2}$", re.IGNORECASE)
_MORE_NAMES = re.compile(r"(?:,\s+(?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*)){0,2})*,?\s+and\s+(?-i:[A-Z][\w’'-]*)"
                         r"(?:\s+(?-i:[A-Z][\w’'-]*)){0,2}")
_REACH = 30  # characters per word, more than any phrase's words take
_TRAILING_JOIN = re.compile(r"\s+(?:and|or)\s+(?:also\s+)?$")
_PAREN = re.compile(r"\s*\([^)]*\)")
_LEAD = re.compile(r"^(?:(?:and\s+\w+ing|in|into|on|of|for|the|a|an|more|new|its|their|his|her|our|additional|further|"
                   r"another|some|several|to|up|with|from|by|at|than)\s+)+", re.IGNORECASE)


def phrase_after(text: str, start: int, max_words: int = 12, until: int | None = None) -> tuple[str, int]:
    """The noun phrase that starts at ``start``: up to a punctuation or clause boundary, leading
    prepositions and articles dropped; ``until`` is where the next undertaking begins. Returns the
    phrase and its end offset in ``text``."""
    limit = len(text) if until is None else until
    # A boundary beyond ``max_words`` words changes nothing, so the costly pattern reads no further.
    reach = min(limit, start + _REACH * max_words)
    m = _BOUNDARY.search(text, start, reach)
    while m and m.group(0) == "," and _BETWEEN_ONE.search(text, start, m.start()) and \
            (names := _MORE_NAMES.match(text, m.start())):
        m = _BOUNDARY.search(text, names.end(), reach)  # "between A, B and C": the list is one place
    end = m.start() if m else start + len(_TRAILING_JOIN.sub("", text[start:limit]))
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
