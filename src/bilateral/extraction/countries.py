"""Countries and what acts for them: names, demonyms, governments, cities, banks and companies,
resolved to ISO 3166-1 alpha-3 through pycountry and the curated aliases in ``data/countries.json``."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

import pycountry

from bilateral.extraction.lexicon import lexicon
from bilateral.extraction.literals import Literals


class CountryMention(NamedTuple):
    iso3: str
    kind: str  # name, demonym, government, city, org
    start: int
    end: int
    text: str


_CURRENCY_AFTER = re.compile(r"\s?(?:dollars?|riyals?|dirhams?|rupees?|yuan|\$)", re.IGNORECASE)


@dataclass(frozen=True)
class Gazetteer:
    aliases: Literals
    table: dict[str, tuple[str, str]]  # alias -> (iso3, kind)

    def find(self, text: str) -> list[CountryMention]:
        out = []
        for start, end, alias in self.aliases.find(text):
            if _CURRENCY_AFTER.match(text, end) or text[start - 1:start] == "$":
                continue  # "US dollars", "$US", "Saudi riyals": a currency, not a party
            iso3, kind = self.table[alias]
            out.append(CountryMention(iso3, kind, start, end, alias))
        return _mark_compounds(out, text)


def _mark_compounds(mentions: list[CountryMention], text: str) -> list[CountryMention]:
    """Names chained by hyphens ("Turkmenistan-Afghanistan-Pakistan-India pipeline") name a project,
    not the parties: a chain of three or more is marked ``compound``."""
    chains: list[list[int]] = []
    for i, m in enumerate(mentions):
        if chains and text[mentions[chains[-1][-1]].end:m.start] in ("-", "–", "—"):
            chains[-1].append(i)
        else:
            chains.append([i])
    out = list(mentions)
    for chain in chains:
        if len(chain) >= 3:
            for i in chain:
                out[i] = CountryMention(out[i].iso3, "compound", out[i].start, out[i].end, out[i].text)
    return out


@cache
def gazetteer() -> Gazetteer:
    """Every alias of every country; at one place the longest alias wins ("Islamic Emirate" over "Emirate")."""
    table: dict[str, tuple[str, str]] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            name = getattr(country, attr, None)
            if name and "," not in name:
                table.setdefault(name, (country.alpha_3, "name"))
    for iso3, kinds in lexicon("countries").items():
        if iso3.startswith("_"):
            continue
        for kind, aliases in kinds.items():
            for alias in aliases:
                table[alias] = (iso3, kind)
    return Gazetteer(Literals(table), table)


def find_countries(text: str) -> list[CountryMention]:
    return gazetteer().find(text)


def capital(iso3: str) -> str | None:
    """The capital city of a country, where the curated data knows it."""
    return lexicon("countries")["_capitals"].get(iso3)


def country_name(iso3: str) -> str:
    """A readable name for a code ("AFG" → "Afghanistan"), the code itself when unknown."""
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return iso3
    return getattr(country, "common_name", None) or country.name


def _region_pattern() -> re.Pattern[str]:
    regions = [r for r in lexicon("countries")["_regions"] if not r.startswith("_")]
    names = "|".join(re.escape(r) for r in sorted(regions, key=len, reverse=True))
    return re.compile(rf"\b(?:the|this|his|her|its|their)\s+(?:fellow\s+)?({names})\s+"
                      r"(?:country|nation|state|republic|kingdom|emirate)\b(?!s)", re.IGNORECASE)


_REGION = _region_pattern()
# The last word of each region's name, one of which every match of _REGION holds: most reports have none
_REGION_WORDS = tuple({r.split()[-1].lower() for r in lexicon("countries")["_regions"] if not r.startswith("_")})


def _may_describe(text: str) -> bool:
    """Whether ``text`` may hold a match of _REGION, tested on its lower case with the letters that
    the pattern's IGNORECASE also takes for i and s ("İ" lowers to "i" and a dot, "ı", "ſ") written
    as those: a substring test is some fifty times faster than the scan."""
    if not all(w.isascii() and w.isalpha() for w in _REGION_WORDS):
        return True
    lowered = text.lower()
    if not lowered.isascii():
        lowered = lowered.replace("\u0307", "").replace("ı", "i").replace("ſ", "s")
    return any(w in lowered for w in _REGION_WORDS)


def described(text: str, pair: tuple[str, ...]) -> list[CountryMention]:
    """Countries a report names by region ("the Gulf state", "his Central Asian nation") to avoid
    repeating a name: each is the one of the two main countries that lies in that region."""
    if not _may_describe(text):
        return []
    regions = {k.lower(): v for k, v in lexicon("countries")["_regions"].items()}
    out = []
    for m in _REGION.finditer(text):
        there = [iso3 for iso3 in pair if iso3 in regions[m.group(1).lower()]]
        if len(there) == 1:
            out.append(CountryMention(there[0], "name", m.start(), m.end(), m.group(0)))
    return out


_LEAD_WEIGHT = 2


def main_pair(mentions: list[CountryMention], lead: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The document's two main countries: the most mentioned ones (ties: first mentioned). A country
    the headline or the opening sentence names (``lead``) counts twice more: a report about a new
    partner often names it there and then dwells on the country it knows ("China resumed flights to
    Afghanistan", then Afghanistan's trade with its neighbours)."""
    mentions = [m for m in mentions if m.kind != "compound"]
    counts = Counter(m.iso3 for m in mentions)
    for iso3 in lead:
        counts[iso3] += _LEAD_WEIGHT
    first: dict[str, int] = {}
    for i, m in enumerate(mentions):
        first.setdefault(m.iso3, i)
    ranked = sorted(counts, key=lambda c: (-counts[c], first.get(c, len(mentions))))
    return tuple(sorted(ranked[:2]))
