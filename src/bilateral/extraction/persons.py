"""Persons named in a report, with honorifics removed, in the fullest form the text gives, and
their country where a title or the curated list of officials (``data/persons.json``) tells it.

A capitalised run of words is a person when the list knows it, when a title stands right before
it ("Deputy PM Serik Zhumangarin", "the Minister of Industry and Commerce, Nooruddin Azizi"), or
when a title follows it ("Amir Khan Muttaqi, the acting foreign minister").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from bilateral.extraction.countries import CountryMention, gazetteer
from bilateral.extraction.lexicon import lexicon
from bilateral.extraction.literals import Literals


class PersonMention(NamedTuple):
    name: str
    start: int
    end: int
    country: str | None = None


@dataclass(frozen=True)
class _Lexicon:
    known: dict[str, tuple[str, str]]  # alias or name -> (canonical name, iso3)
    known_names: Literals
    honorifics: frozenset[str]
    title_tokens: frozenset[str]
    title_words: frozenset[str]
    not_names: frozenset[str]
    not_last: frozenset[str]  # not_names and title tokens: what a name cannot end with


@cache
def _lexicon() -> _Lexicon:
    people = lexicon("persons")["people"]
    known: dict[str, tuple[str, str]] = {}
    for p in people:
        for alias in [p["name"], *p["aliases"]]:
            known[alias] = (p["name"], p["country"])
    titles = lexicon("titles")
    title_tokens = {w for t in titles["titles"] for w in t.split()} | {"Acting", "Deputy", "First", "Former"}
    not_names = set(lexicon("name_stopwords")) | set(gazetteer().table)
    return _Lexicon(
        known=known,
        known_names=Literals(known, joiners="-"),
        honorifics=frozenset(h.rstrip(".") for h in titles["honorifics"]),
        title_tokens=frozenset(title_tokens),
        title_words=frozenset(titles["title_words"]),
        not_names=frozenset(not_names),
        not_last=frozenset(not_names) | frozenset(title_tokens),
    )


# Names from Turkish, Azeri or romanised Arabic carry letters beyond Latin-1 (Erdoğan, Yılmaz, Ṭāhir):
# a capital is any Latin capital, and the rest of a word any letter, so a name is not cut at the first.
_UPPER = "A-Z" + "".join(c for c in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper())
_LETTER = r"[^\W\d_]"
# Dotted initials ("H.E.", "H.E,") are one word, so an honorific written so is dropped whole.
_TOKEN = (rf"(?:(?:[{_UPPER}]\.){{1,3}}[{_UPPER}]\.?|[{_UPPER}](?:{_LETTER}|[’'])*(?:-{_LETTER}(?:{_LETTER}|[’'])*)*\.?"
          r"|(?:ul|ur|al|ud|ad|bin|ibn|van|von|de)-?)")
# Two words or more on one line: a single capitalised word is never taken for a person, and a name
# does not run across a line break into the heading below it, nor ends in initials glued to a surname.
_RUN = re.compile(rf"(?<![\w-]){_TOKEN}(?:[ \t\u00a0]{_TOKEN})+(?![\w-]|\.[{_UPPER}])")
# A title may list its portfolios with commas ("Minister of Industry, Mines and Trade Reza Fatemi Amin").
# Mongolian reports glue the patronymic initial to the name ("Speaker G.Zandanshatar"): one person,
# reported with the initial apart ("G. Zandanshatar"), also when the sentence's full stop follows.
_GLUED = re.compile(rf"(?<![\w.-])((?:[{_UPPER}][a-z]?\.){{1,2}})([{_UPPER}]{_LETTER}{{2,}})(?![\w-]|\.\w)")
_DOT_CAPITAL = re.compile(rf"\.(?=[{_UPPER}])")
_LEFT_TITLE = re.compile(r"(?:^|[\s(])((?:[\w’'-]+,?\s){0,11}[\w’'-]+),?\s*$")
# Everything up to the last character that ``_LEFT_TITLE`` cannot read past: a match begins there or later.
_NOT_TITLE = re.compile(r"(?s:.*)[^\w’',\s-]")
# "The Pakistani delegation was led by A", "the Azeri side was headed by B": the head of a delegation.
_DELEGATION_HEAD = re.compile(r"\b(?:delegation|side)s? (?:was |were )?(?:led|headed) by $", re.IGNORECASE)
_RIGHT_TITLE = re.compile(r"^\s?(?:\([^)]{0,20}\)\s?)?,\s(?:the\s|an?\s)?((?:[\w’'-]+\s?){1,6})")


def find_persons(text: str, countries: list[CountryMention] | None = None) -> list[PersonMention]:
    """Persons in ``text`` (a sentence or a document), in order of appearance, one mention each."""
    lex = _lexicon()
    found: dict[int, PersonMention] = {}
    for start, end, alias in lex.known_names.find(text):
        canonical, iso3 = lex.known[alias]
        name = alias if len(alias.split()) > 1 else _spelled_as(canonical, alias)
        found[start] = PersonMention(name, start, end, iso3)
    taken = [(p.start, p.end) for p in found.values()]
    for whole in _RUN.finditer(text):
        for run in _sentence_parts(text, whole, lex):
            run_start, run_end = run.span()
            if any(s < run_end and run_start < e for s, e in taken):
                continue
            person = _person_in_run(text, run, lex)
            if person is not None:
                found[person.start] = person
    for glued in _glued(text, lex):
        if not any(p.start < glued.end and glued.start < p.end for p in found.values()):
            found[glued.start] = glued
    starts = sorted(found)
    persons = _fullest([_with_country(found[k], text, countries, starts) for k in starts])
    return sorted(persons + _surnames_alone(text, persons, lex), key=lambda p: p.start)


_CAPITALISED_BEFORE = re.compile(rf"[{_UPPER}][\w’'-]*\s$")


def _surnames_alone(text: str, persons: list[PersonMention], lex: _Lexicon) -> list[PersonMention]:
    """"Motegi said", "Kerobyan arrived": after giving the full name, reports use the surname alone, a
    single word no title stands beside; it is that person where the report names only one so."""
    owners: dict[str, set[PersonMention]] = {}
    for p in persons:
        words = p.name.split()
        for w in words[:-1]:
            owners.setdefault(w, set()).add(p)
        if len(words) > 1 and len(words[-1]) > 3 and words[-1] not in lex.not_last:
            owners.setdefault(words[-1], set()).add(p)
    single = {w: next(iter(ps)) for w, ps in owners.items() if len({q.name for q in ps}) == 1
              and next(iter(ps)).name.split()[-1] == w}
    if not single:
        return []
    taken = [(p.start, p.end) for p in persons]
    out = []
    for start, end in _surname_matches(text, list(single)):
        full = single[text[start:end]]
        given = full.name[:-len(text[start:end])]
        if given and text.endswith(given, 0, start) and not any(s < end and start - len(given) < e for s, e in taken) \
                and not _CAPITALISED_BEFORE.search(text, max(0, start - len(given) - 30), start - len(given)):
            start -= len(given)  # the full name again, with no title beside it this time
        elif any(s <= start < e for s, e in taken) or _CAPITALISED_BEFORE.search(text, max(0, start - 30), start):
            continue  # part of a longer name or of a run of capitalised words
        out.append(PersonMention(full.name, start, end, full.country))
    return out


_SURNAME_START = re.compile(r"(?<![\w.-])")
_SURNAME_END = re.compile(rf"(?=[’']s\b|(?![\w-]))(?!\s[{_UPPER}])")


def _surname_matches(text: str, words: list[str]) -> list[tuple[int, int]]:
    """The spans ``re.finditer(rf"{_SURNAME_START}({'|'.join(map(re.escape, words))}){_SURNAME_END}", text)``
    gives, found with ``str.find`` and two patterns compiled once (compiling a pattern per document, with
    its class of 400 capitals, cost more than the rest of the search): at each position the first word
    in order that fits, then on from its end."""
    fits = sorted((i, k, i + len(w)) for k, w in enumerate(words) for i in _occurrences(text, w)
                  if _SURNAME_START.match(text, i) and _SURNAME_END.match(text, i + len(w)))
    spans, after = [], 0
    for start, _, end in fits:
        if start >= after:
            spans.append((start, end))
            after = end
    return spans


def _occurrences(text: str, word: str) -> Iterator[int]:
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def _glued(text: str, lex: _Lexicon) -> list[PersonMention]:
    """Names written with a glued initial ("U.Batbold") that a title stands beside."""
    return [PersonMention(f"{m.group(1)} {m.group(2)}", m.start(), m.end()) for m in _glued_matches(text)
            if m.group(2) not in lex.not_names
            and (_title_left(text, m.start(), lex) or _title_right(text, m.end(), lex))]


def _glued_matches(text: str) -> Iterator[re.Match[str]]:
    """``_GLUED.finditer(text)``, tried only just before a full stop that a capital follows (a scan for a
    literal is fast; one that begins with a class of 400 capitals is not). A match holds one full stop."""
    for dot in _DOT_CAPITAL.finditer(text):
        m = _GLUED.match(text, max(0, dot.start() - 2)) or _GLUED.match(text, max(0, dot.start() - 1))
        if m is not None:
            yield m


def _sentence_parts(text: str, run: re.Match[str], lex: _Lexicon) -> list[re.Match[str]]:
    """A run split where a word ends its sentence ("… arrived on Monday. President Khurelsukh"): a
    full stop ends a name unless it closes an initial or an abbreviated honorific ("Mr.", "H.E.")."""
    if ". " not in run.group(0):
        return [run]  # most runs: no full stop inside
    parts: list[re.Match[str]] = []
    start = run.start()
    for word in re.finditer(r"\S+\.(?=\s)", run.group(0)):
        stem = word.group(0)[:-1]
        if len(stem.replace(".", "")) <= 1 or stem in lex.honorifics or stem in lex.title_tokens:
            continue
        end = run.start() + word.end() - 1
        part = _RUN.match(text, start, end)
        if part is not None:
            parts.append(part)
        start = run.start() + word.end() + 1
    last = _RUN.match(text, start, run.end()) if start != run.start() else run
    return [*parts, last] if last is not None else parts


def _fullest(persons: list[PersonMention]) -> list[PersonMention]:
    """A one-word name ("President Xi") in the fuller form the text gives elsewhere ("Xi Jinping"),
    when just one fuller name has that word: a person is reported in the fullest form the text gives."""
    fuller: dict[str, set[PersonMention]] = {}
    for p in persons:
        words = p.name.split()
        if len(words) > 1:
            for w in words:
                fuller.setdefault(w, set()).add(p)
    out = []
    for p in persons:
        names = {q.name for q in fuller.get(p.name, ())}
        if " " not in p.name and len(names) == 1:
            full = next(iter(fuller[p.name]))
            p = PersonMention(full.name, p.start, p.end, p.country or full.country)
        out.append(p)
    return out


def _spelled_as(canonical: str, surname: str) -> str:
    """The full name with the surname as the text spells it ("Zhaparov" or "Japarov", "Erdoğan" or
    "Erdogan"): names are reported as written, and the list only lends the given names."""
    return " ".join([*canonical.split()[:-1], surname])


def _person_in_run(text: str, run: re.Match[str], lex: _Lexicon) -> PersonMention | None:
    tokens = _tokens(run)
    if tokens and tokens[-1][0].endswith(".") and len(tokens[-1][0]) > 2:
        tokens[-1] = (tokens[-1][0][:-1], tokens[-1][1])  # the sentence's full stop, not an initial
    tokens = _from_title(tokens, lex)
    titled = False
    while tokens and (tokens[0][0].rstrip(".") in lex.honorifics or tokens[0][0] in lex.title_tokens
                      or tokens[0][0].removesuffix("s") in lex.title_tokens  # "Cabinet of Ministers X"
                      or tokens[0][0] in lex.not_names or tokens[0][0].lower() in ("of", "the", "and")):
        # "President Xi" is one, "the National Diet" is none: an office's modifier alone titles no name
        titled = titled or tokens[0][0].lower() in lex.title_words or tokens[0][0].rstrip(".") in lex.honorifics
        tokens.pop(0)
    while len(tokens) > 2 and _common_word(text, tokens[0][0]):
        tokens.pop(0)  # "Minister of Transport and Roads A B": the portfolio's last word, not a given name
    trailing: list[str] = []
    while tokens and tokens[-1][0].rstrip(".’'s") in lex.not_last:
        trailing.append(tokens.pop()[0])
    if len(tokens) < 2 and not (titled and tokens and len(tokens[0][0].rstrip(".")) > 1):
        return None  # one word after a title, but not an initial ("H.E, Mr. …" is no "H")
    words = [t for t, _ in tokens]
    if any(_possessive(w) in lex.not_names for w in words[:-1]):
        return None  # "Uzbekistan’s Syrdarya": a country's region or city, not a person
    if any(w in lex.not_names or w.lower() in lex.title_words or (w.endswith(".") and len(w) > 2) for w in words):
        return None
    if not all(w[0].isupper() for w in (words[0], words[-1])):
        return None
    start, end = tokens[0][1], tokens[-1][1] + len(tokens[-1][0])
    if not (titled or _title_left(text, start, lex) or _title_right(text, end, lex)
            or _office_after(text, run.end(), trailing, lex)
            or _DELEGATION_HEAD.search(text, max(0, start - 40), start)):
        return None
    return PersonMention(_possessive(" ".join(words)).rstrip("’'"), start, end)  # "Lis’s" is Lis, "Lis" too


# Endings of English nouns of offices and sectors ("Division", "Governments", "Highness", "Policy"),
# which given names do not have.
_NOUN_ENDINGS = ("tion", "sion", "ment", "ments", "ness", "ity", "ities", "ics", "ies", "ship", "ance", "ence",
                 "ences", "ency", "icy", "ures", "ds", "ts", "ces")


def _common_word(text: str, word: str) -> bool:
    """An acronym ("JSC", "CAA"), a noun by its ending, or a word the report also writes in lower case
    ("roads", "zones"): an organisation or a portfolio that runs into the name after it, which no
    given name is."""
    if (len(word) > 1 and word.isupper()) or word.lower().endswith(_NOUN_ENDINGS):
        return True
    lower = word.lower()
    i = text.find(lower)
    while i >= 0:
        if not (text[i - 1:i].isalpha() or text[i + len(lower):i + len(lower) + 1].isalpha()):
            return True
        i = text.find(lower, i + 1)
    return False


def _tokens(run: re.Match[str]) -> list[tuple[str, int]]:
    """(word, offset) of each word of a run: ``_RUN`` parts words by exactly one space, so offsets add
    up without a regex scan of the run."""
    tokens = []
    at = run.start()
    for word in run.group(0).split():
        tokens.append((word, at))
        at += len(word) + 1
    return tokens


def _office_after(text: str, end: int, trailing: list[str], lex: _Lexicon) -> bool:
    """An office of a country follows the name with no comma ("A B Ambassador of Turkey", "A B Deputy
    Minister of Trade"), as Afghan state media write: the run's last words are that title."""
    return any(w.lower() in lex.title_words for w in trailing) and text.startswith(" of ", end)


def _from_title(tokens: list[tuple[str, int]], lex: _Lexicon) -> list[tuple[str, int]]:
    """The run from where its title begins: past a country's possessive before a title ("Oman’s Deputy
    Minister …", "Peru’s Trade Minister …") and past a portfolio that an honorific ends ("Minister for
    Foreign Trade Sheikh …"), so neither the country nor the portfolio rejects the name."""
    first = tokens[0][0] if tokens else ""
    if _possessive(first) != first and _possessive(first) in lex.not_names and \
            any(t in lex.title_tokens or t.rstrip(".") in lex.honorifics for t, _ in tokens[1:-1]):
        tokens = tokens[1:]
    cut = next((i for i in range(len(tokens) - 2, 0, -1) if tokens[i][0].rstrip(".") in lex.honorifics), None)
    if cut is None:  # "External Affairs Minister A B", "Crown Prince A bin B": the name follows the last title word
        last = max((i for i, (t, _) in enumerate(tokens) if t in lex.title_tokens or t.lower() in lex.title_words),
                   default=None)
        cut = last + 1 if last is not None and 0 < last < len(tokens) - 2 else None
    return tokens[cut:] if cut is not None else tokens


def _possessive(word: str) -> str:
    """The word without a possessive ending ("Uzbekistan’s" is "Uzbekistan")."""
    return word.removesuffix("’s").removesuffix("'s")


def _title_left(text: str, start: int, lex: _Lexicon) -> bool:
    """A title phrase ends right before the name ("…Minister of Industry and Commerce, ")."""
    pos = max(0, start - 90)
    other = _NOT_TITLE.match(text, pos, start)  # a title can only begin after the last sign no title has
    m = _LEFT_TITLE.search(text, max(pos, other.end() - 1) if other else pos, start)
    if m is None:
        return False
    words = m.group(1).split()
    for word in reversed(words):
        bare = word.strip(",").lower().removesuffix("’s").removesuffix("'s")
        if bare in lex.title_words or bare.removesuffix("s") in lex.title_words:  # "Presidents of A X and B Y"
            return True
        if not (word[0].isupper() or bare in _TITLE_FILLERS):
            return False
    return False


# Lower-case words inside a title phrase ("Governor of the Syrdarya region, ", "Adviser to the
# President on Investment ").
_TITLE_FILLERS = frozenset({"of", "the", "and", "for", "on", "to", "at", "acting", "deputy", "former", "first", "region", "province"})


def _title_right(text: str, end: int, lex: _Lexicon) -> bool:
    """A title follows the name after a comma (", the acting foreign minister")."""
    m = _RIGHT_TITLE.match(text[end:end + 120])
    if m is None:
        return False
    return any(w.lower().strip(",").removesuffix("’s") in lex.title_words for w in m.group(1).split()[:5])


def _with_country(p: PersonMention, text: str, countries: list[CountryMention] | None,
                  starts: list[int]) -> PersonMention:
    """The person's country, if unknown: a country named in the title right before or after the name,
    not in another person's title ("Chinese minister A met with Speaker B": B is not Chinese), unless
    the two are listed ("the speakers of Japan's houses, A, and B")."""
    if p.country or not countries:
        return p
    near = [c for c in countries if c.kind in ("name", "demonym", "government")
            and ((p.start - 70 <= c.end <= p.start and "\n" not in text[c.end:p.start])
                 or (p.end <= c.start <= p.end + 70 and _appositive(text, p.end)))
            and not _ACCREDITED.search(text, max(0, c.start - 5), c.start)
            and not any(min(c.end, p.end) <= s < max(c.start, p.start) and " and " not in text[s:p.start]
                        for s in starts)]
    if not near:
        return p
    best = min(near, key=lambda c: min(abs(c.end - p.start), abs(c.start - p.end)))
    return PersonMention(p.name, p.start, p.end, best.iso3)


# "Russia's envoy to Afghanistan, A", "the special representative for Afghanistan, A": the country an
# envoy is sent to or deals with is not the envoy's own.
_ACCREDITED = re.compile(r"\b(?:to|for) (?:the )?$")


def _appositive(text: str, end: int) -> bool:
    """A title follows the name (", the Uzbek envoy", "(Uzbekistan)"), so a country after it is the
    person's; after a verb ("arrived in Pakistan") it is where the person went."""
    return text[end:end + 2].lstrip(" ").startswith((",", "("))


@cache
def _referring() -> tuple[re.Pattern[str], dict[str, str]]:
    titles: dict[str, str] = lexicon("titles")["referring_titles"]
    alternation = "|".join(sorted((re.escape(t) for t in titles), key=len, reverse=True))
    regex = re.compile(rf"\b(?:the|its|their)\s+(?P<mods>(?:[\w’'-]+\s+){{0,2}}?)(?P<title>{alternation})s?\b"
                       r"(?P<of>\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+and\s+(?:the\s+)?[A-Z][\w’'-]*)?)?",
                       re.IGNORECASE)
    return regex, titles


_MODIFIERS = frozenset({"acting", "deputy", "first", "foreign", "interim", "caretaker", "current"})


def by_title(text: str, start: int, end: int, persons: list[PersonMention],
             countries: list[CountryMention]) -> list[PersonMention]:
    """People that ``text[start:end]`` names only by office ("the Head of State said", "the Presidents
    of Kazakhstan and Uzbekistan", "the acting minister"): reports name a leader once and then by title.
    Each reference is the person the report names with that title (and country, where the reference
    gives one): the nearest earlier mention, else the first later one. A bare "the minister" names
    nobody in particular."""
    regex, titles = _referring()
    found: list[PersonMention] = []
    for ref in regex.finditer(text, start, end):
        title = titles[ref.group("title").lower()]
        mods = ref.group("mods").lower().split()
        nations = {c.iso3 for c in countries if c.kind in ("name", "demonym") and ref.start() <= c.start < ref.end()}
        words = [w for w in mods if w in _MODIFIERS]
        if len(words) + bool(ref.group("mods").strip() and nations) != len(mods):
            continue  # "the new president": a modifier that is neither an office word nor a country
        if not nations and not words and title == "minister":
            continue
        for iso3 in sorted(nations) or [None]:
            person = _titled(text, ref.start(), persons, words, title, iso3)
            if person is not None and not any(p.name == person.name for p in found):
                found.append(person)
    return found


_LISTED = re.compile(r",?\s+and\s+(?:[a-z][\w’'-]*,?\s+){1,2}")


def _titled(text: str, at: int, persons: list[PersonMention], words: list[str], title: str,
            iso3: str | None) -> PersonMention | None:
    """The mention nearest before ``at`` (else the first after it) of a person of ``iso3`` whose name
    the report gives with ``title`` and all of ``words`` beside it (not a deputy's title, unless asked)."""
    best: PersonMention | None = None
    for i, p in enumerate(persons):
        if iso3 and p.country != iso3:
            continue
        left = text[max(persons[i - 1].end if i else 0, p.start - 70):p.start].lower()
        if i and _LISTED.fullmatch(left):  # "the Presidents of A, X, and B, Y": the title before X is Y's too
            left = text[max(persons[i - 2].end if i > 1 else 0, persons[i - 1].start - 70):persons[i - 1].start].lower() + left
        right = text[p.end:min(persons[i + 1].start if i + 1 < len(persons) else len(text), p.end + 70)].lower()
        context = f"{left} | {right}"
        if title not in context or not all(w in context for w in words) or \
                ("deputy" not in words and f"deputy {title}" in context):
            continue
        if p.start < at:
            best = p
        elif best is None:
            return p
    return best
