"""Speed and memory of thread linking (issue 4): bilateral.tracking.threads.link on generated facts.

    python bench/threads.py [--sizes 100000,1000000] [--seed 1] [--sample 20000]
    python bench/threads.py --profile 100000

For each size, one fresh process generates the facts (not timed) and pickles them; a second fresh
process (PYTHONHASHSEED fixed) loads them, times ``link()`` and ``derive()`` over every resulting thread
with time.perf_counter, and reads its resident memory (RSS) before loading, after loading and at its
peak during link and derive. The generator keeps the true thread of every fact, so link precision and
recall (pairwise, like the "links" line of ../shared/tools/score-threads) are printed too. See
bench/README.md for what the generator does and what the figures mean.

Exit status: 0 done, 1 bad arguments or a failed run.
"""

from __future__ import annotations

import argparse
import bisect
import cProfile
import gc
import itertools
import json
import os
import pickle
import platform
import pstats
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

GOAL_SECONDS = 120
GOAL_MB = 4096
FIRST_DAY = date(2019, 1, 1)
LAST_DAY = date(2025, 12, 31)
DAYS = (LAST_DAY - FIRST_DAY).days

# ---------------------------------------------------------------- the world: countries and pairs

NAMES = {"AFG": "Afghanistan", "KAZ": "Kazakhstan", "UZB": "Uzbekistan", "TKM": "Turkmenistan", "TJK": "Tajikistan",
         "KGZ": "Kyrgyzstan", "PAK": "Pakistan", "IRN": "Iran", "CHN": "China", "RUS": "Russia", "IND": "India",
         "TUR": "Turkey", "AZE": "Azerbaijan", "SAU": "Saudi Arabia", "ARE": "the UAE", "QAT": "Qatar",
         "BLR": "Belarus", "KOR": "South Korea", "DEU": "Germany"}
CORE = ("AFG", "KAZ", "UZB", "TKM", "TJK", "KGZ", "PAK")
# The pairs news writes most about, most first; every other pair with a core country follows, shuffled.
LEADING = (("AFG", "KAZ"), ("AFG", "UZB"), ("KAZ", "UZB"), ("AFG", "PAK"), ("CHN", "KAZ"), ("KAZ", "RUS"),
           ("AFG", "TKM"), ("CHN", "PAK"), ("RUS", "UZB"), ("AFG", "IRN"), ("KAZ", "TUR"), ("AFG", "CHN"))
ZIPF = 1.1  # weight of the pair of rank r is 1 / r**ZIPF: the top pair has about a fifth of all facts

# Surname endings by country (syllable-built surnames get one).
SURNAME_ENDS = {"AFG": ("zai", "i", "yar", "khel", "zada", ""), "PAK": ("i", " Khan", "ani", ""),
                "IRN": ("i", "zadeh", "ian", "pour"), "KAZ": ("ov", "bayev", "uly", "in", "ekov"),
                "UZB": ("ov", "ev", "murodov", "boyev"), "TKM": ("ov", "gulyev", "berdiyev"),
                "TJK": ("zoda", "ov", "iyon"), "KGZ": ("ov", "bekov", "uulu"), "RUS": ("ov", "in", "sky", "enko"),
                "AZE": ("ov", "li", "zade"), "TUR": ("oglu", "er", "can", "dag"), "SAU": ("i", ""),
                "ARE": ("i", ""), "QAT": ("i", ""), "IND": ("an", "ar", "ra", "endra"), "CHN": ("",),
                "BLR": ("ovich", "enka", "ski"), "KOR": ("",), "DEU": ("mann", "er", "berg")}
ARABIC = ("SAU", "ARE", "QAT")
_ONSET_TEXT = "b b b d d d g g h h j j k k k l l m m m n n n r r r s s s t t t z z y q p v f w sh kh gh ch zh"
ONSETS = (*_ONSET_TEXT.split(), "", "")  # weighted by repetition; the two empty onsets stay last
VOWELS = ("a",) * 5 + ("o",) * 2 + ("u",) * 2 + ("i",) * 2 + ("e", "ou", "oo")
CODAS = ("",) * 8 + ("n", "r", "l", "m", "s", "sh", "k", "d", "z", "t", "b", "rg", "nd", "kh")
PLACE_ENDS = ("abad", "kent", "ar", "an", "i", "ul", "on", "obod", "shahr", "tepa", "kala", "", "", "", "", "", "")
SUBSTITUTIONS = (("kh", "h"), ("gh", "g"), ("ou", "u"), ("oo", "u"), ("u", "ou"), ("w", "v"), ("v", "w"),
                 ("o", "u"), ("u", "o"), ("e", "i"), ("i", "e"), ("y", "i"), ("zh", "j"), ("j", "dzh"),
                 ("q", "k"), ("k", "q"), ("a", "o"), ("ai", "ay"), ("sh", "ch"))

# ---------------------------------------------------------------- what is tracked

# Undertakings: (weight, kinds, sector or None (from the goods), slots, phrasings). Slots: p = a place of
# the receiving country, q = a place of the other one, g = goods.
PROJECTS = (
    (3, ("construction", "investment", "finance"), "transport", "pq",
     ("{p}–{q} railway", "{p}-{q} railway line", "railway from {q} to {p}", "construction of the {q}–{p} railway",
      "{q}–{p} railway project", "new {p}–{q} railroad")),
    (2, ("construction", "investment"), "transport", "pq",
     ("{p}–{q} highway", "{q}–{p} road", "reconstruction of the {p}–{q} road", "motorway between {p} and {q}")),
    (2, ("construction", "finance"), "energy", "pq",
     ("{q}–{p} power transmission line", "{q}–{p} power line", "electricity line from {q} to {p}",
      "500 kV line {q}–{p}")),
    (1, ("construction", "investment"), "energy", "pq",
     ("{q}–{p} gas pipeline", "gas pipeline from {q} to {p}", "{q}-{p} pipeline project")),
    (3, ("establishment", "construction"), "transport", "p",
     ("{p} logistics centre", "logistics hub in {p}", "{p} logistics and transport centre",
      "transport and logistics center in {p}", "wholesale logistics centre at {p}")),
    (2, ("establishment",), "trade", "p",
     ("trade house in {p}", "trading house in {p}", "trade house with its main office in {p}", "{p} trade house")),
    (2, ("investment",), "industry", "p",
     ("{p} industrial zone", "free industrial zone in {p}", "{p} free economic zone", "special economic zone at {p}")),
    (2, ("investment", "construction"), "industry", "pg",
     ("{g} plant in {p}", "{p} {g} plant", "{g} factory at {p}", "construction of a {g} plant in {p}")),
    (2, ("construction", "investment", "finance"), "energy", "p",
     ("{p} hydropower plant", "{p} HPP", "hydroelectric power station at {p}", "{p} hydropower project")),
    (3, ("supply", "purchase"), None, "gp",
     ("supply of {g} to {p}", "{g} supplies", "deliveries of {g}", "{g} deliveries to {p}", "export of {g} via {p}")),
    (1, ("facilitation",), "transport", "pq",
     ("direct flights {q}–{p}", "{q}–{p} air route", "flights between {p} and {q}")),
    (1, ("facilitation",), "transport", "p",
     ("transit of cargo through the port of {p}", "{p} port access", "use of {p} port for transit cargo")),
    (1, ("aid", "construction"), "health", "p",
     ("{p} medical centre", "hospital in {p}", "{p} regional hospital")),
)
PLANT_GOODS = ("cement", "fertiliser", "textile", "steel", "glass", "brick", "sugar", "cotton processing",
               "pharmaceutical", "copper smelting", "tyre", "leather")
GOODS = (("wheat", "agriculture"), ("flour", "agriculture"), ("sunflower oil", "agriculture"),
         ("sugar", "agriculture"), ("rice", "agriculture"), ("fertilisers", "agriculture"), ("cotton", "agriculture"),
         ("fresh fruit", "agriculture"), ("dried fruit", "agriculture"), ("fuel", "energy"), ("diesel", "energy"),
         ("liquefied gas", "energy"), ("electricity", "energy"), ("coal", "energy"), ("cement", "industry"),
         ("rebar", "industry"), ("trucks", "industry"), ("medicines", "health"), ("rolling stock", "transport"),
         ("wagons", "transport"))
MOU_FIELDS = ("customs cooperation", "veterinary inspection", "plant quarantine", "tourism", "higher education",
              "healthcare", "banking supervision", "civil aviation", "standardisation", "geology and mining",
              "water management", "youth policy", "sports", "television and radio", "archives",
              "emergency response", "statistics", "labour migration", "digital development", "seed production")
AMOUNTS = (5, 10, 12, 15, 20, 25, 30, 40, 50, 60, 75, 100, 120, 150, 200, 250, 300, 400, 500, 700, 1000, 1200,
           1500, 2000, 3000, 5000)  # millions
STAGE_WORDS = {"discussed": "The sides discussed", "intent": "{by} is ready to take part in",
               "pledged": "{by} will fund", "signed": "{by} and {with} signed a contract on",
               "implementing": "Work is under way on", "done": "{by} has completed"}
STAGES = ("discussed", "intent", "pledged", "signed", "implementing", "done")
EVENT_VERBS = {"visit": "arrived on a visit", "meeting": "met", "forum": "opened a business forum",
               "talks": "held talks", "call": "spoke by phone"}

# Kinds of true thing and their shares among new things (facts per thing differ: see the summary line).
THINGS = (("engagement", 25), ("project", 30), ("package", 7), ("mou", 6), ("target", 6), ("series", 14),
          ("measure", 12))


@dataclass
class Statement:
    """One report's statement of one true thing: facts (with the sentence each is in) and a date."""

    pair: tuple[str, str]
    day: int  # days since FIRST_DAY: when the report says it
    unit: int  # a thing a report states once (a series-year for series)
    thread: int  # the true thread
    facts: list[tuple[object, str, int]]  # (fact with placeholder evidence, its quote, its sentence's number)


@dataclass
class World:
    """Name pools that grow as things are created (a new place or person now and then, known ones
    reused with Zipf-like preference), and spelling variants of every name."""

    rng: random.Random
    places: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    people: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    variants: dict[str, tuple[str, ...]] = field(default_factory=dict)
    taken: set[str] = field(default_factory=set)
    banned: frozenset[str] = frozenset()

    def place(self, country: str, fresh: float = 0.15) -> str:
        pool = self.places[country]
        if not pool or self.rng.random() < fresh:
            name = self._new_place()
            pool.append(name)
            return name
        return pool[_zipf_index(self.rng, len(pool))]

    def person(self, country: str, fresh: float = 0.04) -> str:
        pool = self.people[country]
        if len(pool) < 3 or self.rng.random() < fresh:
            name = self._new_person(country)
            pool.append(name)
            return name
        return pool[_zipf_index(self.rng, len(pool))]

    def spell(self, name: str, canonical: float = 0.6) -> str:
        """The name as one report writes it: usually the common spelling, else one of its variants."""
        if self.rng.random() < canonical:
            return name
        forms = self.variants.get(name)
        if forms is None:
            forms = self.variants[name] = tuple(_variant(name, self.rng) for _ in range(3))
        return self.rng.choice(forms)

    def _new_place(self) -> str:
        while True:
            stem = _word(self.rng, self.rng.choice((2, 2, 3)))
            end = self.rng.choice(PLACE_ENDS)
            name = (stem + (end[1:] if end and stem[-1] == end[0] else end)).capitalize()
            if len(name) >= 5 and name.lower()[:5] not in self.banned and name not in self.taken:
                self.taken.add(name)
                return name

    def _new_person(self, country: str) -> str:
        while True:
            first = _word(self.rng, 2).capitalize()
            last = _word(self.rng, self.rng.choice((2, 2, 3)))
            if country in ARABIC:
                name = f"{first} Al-{last.capitalize()}"
            elif country in ("CHN", "KOR"):
                family = self.rng.choice(ONSETS[:-2]) + self.rng.choice(VOWELS) + self.rng.choice(("n", "ng", ""))
                name = f"{family.capitalize()} {first}"
            else:
                name = f"{first} {last.capitalize()}{self.rng.choice(SURNAME_ENDS[country])}"
            if len(name.split()[-1]) >= 3 and name not in self.taken:
                self.taken.add(name)
                return name


def _syllable(rng: random.Random) -> str:
    return rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS)


def _word(rng: random.Random, syllables: int) -> str:
    """Syllables joined where they sound like one word: no three consonants or two vowels meeting."""
    out = _syllable(rng)
    for _ in range(syllables - 1):
        nxt = _syllable(rng)
        while (out[-1] not in "aeiou" and nxt[0] not in "aeiou" and ((len(nxt) > 1 and nxt[1] not in "aeiou")
               or out[-2:-1] not in "aeiou" or out[-1] == nxt[0])) or (out[-1] in "aeiou" and nxt[0] in "aeiou"):
            nxt = _syllable(rng)
        out += nxt
    return out


def _zipf_index(rng: random.Random, n: int) -> int:
    """Index in 0..n-1, low indices preferred about as 1/(i+1)."""
    return min(n - 1, int(n ** rng.random()) - 1)


def _variant(name: str, rng: random.Random) -> str:
    """A transliteration variant: kh/h, gh/g, ou/u, w/v, o/u, e/i… substituted, a letter doubled or
    undoubled, a final -i dropped (Torghundi, Turgundi, Towrgondi)."""
    s = name.lower()
    for _ in range(rng.choice((1, 1, 2))):
        op = rng.random()
        if op < 0.65:
            options = [(a, b) for a, b in SUBSTITUTIONS if a in s]
            if options:
                a, b = rng.choice(options)
                spots = [i for i in range(len(s)) if s.startswith(a, i)]
                i = rng.choice(spots)
                s = s[:i] + b + s[i + len(a):]
                continue
        if op < 0.8:
            spots = [i for i in range(1, len(s)) if s[i].isalpha() and s[i] not in "aeiou" and s[i] != s[i - 1]]
            if spots:
                i = rng.choice(spots)
                s = s[:i] + s[i] + s[i:]
                continue
        if op < 0.9:
            spots = [i for i in range(1, len(s)) if s[i] == s[i - 1]]
            if spots:
                i = rng.choice(spots)
                s = s[:i] + s[i + 1:]
                continue
        s = s[:-1] if s.endswith("i") and len(s) > 5 else s.replace("a", "aa", 1)  # a dropped -i, or a long a
    return " ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in s.split())


# ---------------------------------------------------------------- generating statements of things

class Generator:
    """True things of many kinds, each restated in several reports as facts of the right types."""

    def __init__(self, seed: int) -> None:
        from bilateral.tracking.names import _STOP, GENERIC, _country_stems

        self.rng = random.Random(seed)
        self.world = World(self.rng, banned=frozenset(_country_stems() | GENERIC | _STOP))
        rest = sorted({tuple(sorted((a, b))) for a in CORE for b in NAMES if a != b} - set(LEADING))
        self.rng.shuffle(rest)
        self.pairs = [*LEADING, *rest]
        weights = [1 / (r + 1) ** ZIPF for r in range(len(self.pairs))]
        self.pair_cum = list(itertools.accumulate(weights))
        self.thing_cum = list(itertools.accumulate(w for _, w in THINGS))
        self.project_cum = list(itertools.accumulate(p[0] for p in PROJECTS))
        self.used: set[tuple] = set()  # (pair, name) of projects: distinct projects have distinct names
        self.known: dict[tuple, tuple] = {}  # (pair, what) → (thread, …) of things that may be drawn again
        self.series_value: dict[tuple, float] = {}
        self.thread_kind: list[str] = []

    def statements(self, n_facts: int) -> list[Statement]:
        """Statements of new things until they hold at least ``n_facts`` facts."""
        out: list[Statement] = []
        total = 0
        while total < n_facts:
            pair = self.pairs[bisect.bisect(self.pair_cum, self.rng.random() * self.pair_cum[-1])]
            kind = THINGS[bisect.bisect(self.thing_cum, self.rng.random() * self.thing_cum[-1])][0]
            new = getattr(self, "_" + kind)(pair)
            out.extend(new)
            total += sum(len(s.facts) for s in new)
        return out

    def _thread(self, kind: str) -> int:
        self.thread_kind.append(kind)
        return len(self.thread_kind) - 1

    def _mentions(self, mean: float, cap: int = 40) -> int:
        """How many reports state a thing: geometric with the given mean."""
        p = 1 / mean
        n = 1
        while n < cap and self.rng.random() > p:
            n += 1
        return n

    def _days(self, n: int, start: int | None = None, gap: float = 45) -> list[int]:
        """Dates of n reports: a start in 2019–2025 and gaps of about ``gap`` days."""
        day = self.rng.randrange(DAYS) if start is None else start
        out = []
        for _ in range(n):
            out.append(min(day, DAYS))
            day += int(self.rng.expovariate(1 / gap))
        return out

    def _sides(self, pair: tuple[str, str]) -> tuple[str, str]:
        """(giver, receiver): a core country receives more often from a partner."""
        a, b = pair
        if (a in CORE) != (b in CORE):
            return (b, a) if a in CORE else (a, b)
        return (a, b) if self.rng.random() < 0.5 else (b, a)

    def _money(self, exact: float = 0.3) -> float:
        base = self.rng.choice(AMOUNTS) * 1e6
        if self.rng.random() < exact:  # an exact figure: three significant digits
            base = float(f"{base * self.rng.uniform(0.8, 1.2):.3g}")
        return base

    def _restated(self, value: float) -> float | None:
        """The figure one report gives: the same (mostly), rounded, or none."""
        r = self.rng.random()
        if r < 0.7:
            return value
        if r < 0.8:
            return float(f"{value:.2g}")
        if r < 0.85:
            return float(f"{value:.1g}")
        return None

    # ------------------------------------------------------------ undertakings

    def _project(self, pair: tuple[str, str]) -> list[Statement]:
        from bilateral.facts.models import Agreement, Commitment, Quantity

        rng, world = self.rng, self.world
        giver, receiver = self._sides(pair)
        _, kinds, fixed_sector, slots, phrasings = PROJECTS[bisect.bisect(self.project_cum,
                                                                    rng.random() * self.project_cum[-1])]
        for _ in range(50):
            names = {"p": world.place(receiver), "q": world.place(giver)}
            goods, sector = "", fixed_sector
            if "g" in slots:
                if fixed_sector is None:
                    picked = rng.sample(GOODS, rng.choice((1, 1, 2)))
                    goods = " and ".join(g for g, _ in picked)
                    sector = picked[0][1]
                else:
                    goods = rng.choice(PLANT_GOODS)
            key = (pair, phrasings[0], *sorted((names["p"], names["q"] if "q" in slots else "")), goods)
            if key not in self.used:
                self.used.add(key)
                break
        kind = rng.choice(kinds)
        amount = self._money() if rng.random() < 0.5 else None
        currency = "USD" if rng.random() < 0.92 else rng.choice(("EUR", "CNY", "RUB", "KZT"))
        thread = self._thread("commitment")
        unit = thread
        n = self._mentions(4.0)
        days = self._days(n, gap=60)
        stage = rng.choice((0, 1, 1, 1, 2))
        out = []
        for day in days:
            if rng.random() < 0.3:
                stage = min(stage + 1, 5)
            said = stage if rng.random() > 0.15 else max(0, stage - 1)  # a later report restating less
            stage_name = STAGES[said]
            obj = rng.choice(phrasings).format(**{k: world.spell(v) for k, v in names.items()},
                                               g=_goods_order(goods, rng))
            by, with_ = ([], list(pair)) if stage_name == "discussed" else \
                (list(pair), []) if rng.random() < 0.2 else ([giver], [receiver])
            value = self._restated(amount) if amount else None
            money = Quantity(value=value, currency=currency) if value else None
            quote = STAGE_WORDS[stage_name].format(by=NAMES[giver], **{"with": NAMES[receiver]}) + f" the {obj}"
            if money:
                quote += f" worth {_say_money(money.value, currency)}"
            if rng.random() < 0.01:
                quote += "; the work has since stalled"
            facts = [(Commitment(kind=kind, stage=stage_name, by=by, with_=with_, amount=money, object=obj,
                                 sector=sector, evidence=(0, 1)), quote + ".", 0)]
            if stage_name == "signed" and rng.random() < 0.5:
                doc_kind = rng.choice(("mou", "agreement", "contract"))
                subject = {"mou": "MoU on the {}", "agreement": "agreement on the {}",
                           "contract": "contract for the {}"}[doc_kind].format(obj)
                facts.append((Agreement(kind=doc_kind, count=1, amount=money, parties=list(pair), subject=subject,
                                        evidence=(0, 1)), quote + ".", 0))
            out.append(Statement(pair, day, unit, thread, facts))
        return out

    def _package(self, pair: tuple[str, str]) -> list[Statement]:
        """A set of documents signed on one occasion, restated by count and value."""
        from bilateral.facts.models import Agreement, Quantity

        rng = self.rng
        thread = self._thread("agreement")
        count = rng.randint(2, 40)
        amount = self._money(exact=0.6) if rng.random() < 0.6 else None
        city = self.world.place(rng.choice(pair), fresh=0.05)
        fields = rng.sample(("trade", "transport", "energy", "agriculture", "health", "education", "banking",
                             "mining", "culture", "tourism", "customs", "logistics"), 3)
        subjects = (None, f"agreements in {rng.randint(3, 15)} sectors", "documents on {}, {} and {}".format(*fields),
                    "agreements signed at the {} business forum", "package of agreements signed in {}")
        subject_form = rng.choice(subjects)
        start = rng.randrange(DAYS)
        out = []
        for day in self._days(self._mentions(2.5), start=start, gap=20):
            value = self._restated(amount) if amount else None
            said = count if rng.random() < 0.75 else None
            subject = subject_form.format(self.world.spell(city)) if subject_form else None
            quote = f"{NAMES[pair[0]]} and {NAMES[pair[1]]} signed {said or 'over a dozen'} documents"
            if value:
                quote += f" worth {_say_money(value, 'USD')}"
            fact = Agreement(kind=rng.choice(("agreement", "mou", "other")), count=said,
                             amount=Quantity(value=value, currency="USD") if value else None,
                             parties=self._parties(pair), subject=subject, evidence=(0, 1))
            out.append(Statement(pair, day, thread, thread, [(fact, quote + ".", 0)]))
        return out

    def _mou(self, pair: tuple[str, str]) -> list[Statement]:
        """A memorandum on one field of cooperation, reported when signed and mentioned later."""
        from bilateral.facts.models import Agreement, Commitment

        rng = self.rng
        subject_field = rng.choice(MOU_FIELDS)
        if ("mou", pair, subject_field) not in self.known:  # drawn again: more reports of the same memorandum
            self.known[("mou", pair, subject_field)] = (self._thread("agreement"),)
        thread, = self.known[("mou", pair, subject_field)]
        forms = ("memorandum of understanding on {}", "MoU on {}", "memorandum on cooperation in {}",
                 "agreement on {}")
        out = []
        for i, day in enumerate(self._days(self._mentions(2.0), gap=90)):
            subject = rng.choice(forms).format(subject_field)
            quote = f"The sides signed a {subject}."
            if i == 0 or rng.random() < 0.7:
                fact = Agreement(kind="mou", count=1, parties=list(pair), subject=subject, evidence=(0, 1))
            else:  # a later report on carrying it out
                fact = Commitment(kind="other", stage="implementing", by=list(pair), object=f"{subject_field}",
                                  sector="other", evidence=(0, 1))
                quote = f"The sides are implementing the agreement on {subject_field}."
            out.append(Statement(pair, day, thread, thread, [(fact, quote, 0)]))
        return out

    def _parties(self, pair: tuple[str, str]) -> list[str]:
        """The pair, now and then with a third country (a trilateral meeting or document)."""
        if self.rng.random() < 0.03:
            return [*pair, self.rng.choice(sorted(set(NAMES) - set(pair)))]
        return list(pair)

    # ------------------------------------------------------------ targets and indicators

    def _target(self, pair: tuple[str, str]) -> list[Statement]:
        from bilateral.facts.models import Agreement, Quantity, Target

        rng = self.rng
        metric = rng.choice(("trade_turnover",) * 6 + ("exports", "imports", "investment", "cargo", "other"))
        unit = {"cargo": "tonnes", "other": "count"}.get(metric, "USD")
        if unit == "USD":
            value = rng.choice((0.3, 0.5, 1, 1.5, 2, 3, 5, 10, 15, 20, 30, 50)) * 1e9
        elif unit == "tonnes":
            value = rng.choice((0.5, 1, 1.5, 2, 3, 5, 7, 10, 15, 20, 30)) * 1e6
        else:
            value = rng.randint(5, 300) * 100.0
        if ("target", pair, metric, value) not in self.known:  # drawn again: the same goal, restated once more
            year = rng.choice((None, 2025, 2026, 2027, 2028, 2030, 2030, 2035))
            self.known[("target", pair, metric, value)] = (self._thread("target"), year)
        thread, year = self.known[("target", pair, metric, value)]
        out = []
        for i, day in enumerate(self._days(self._mentions(3.0), gap=120)):
            said_year = year if rng.random() < 0.7 else None
            quote = f"The sides aim to raise {metric.replace('_', ' ')} to {_say_money(value, unit)}" + (
                f" by {said_year}" if said_year else "") + "."
            facts = [(Target(metric=metric, value=Quantity(value=value, unit=unit), year=said_year,
                             parties=list(pair), evidence=(0, 1)), quote, 0)]
            if i == 0 and rng.random() < 0.3:
                facts.append((Agreement(kind="roadmap", count=1, parties=list(pair),
                                        subject=f"roadmap to raise {metric.replace('_', ' ')}", evidence=(0, 1)),
                              quote, 0))
            out.append(Statement(pair, day, thread, thread, facts))
        return out

    def _series(self, pair: tuple[str, str]) -> list[Statement]:
        """A trade figure of one year, restated: a point of the pair's series (one thread per metric)."""
        from bilateral.facts.models import Indicator, Quantity

        rng = self.rng
        metric = rng.choice(("trade_turnover", "trade_turnover", "trade_turnover", "exports", "imports", "growth"))
        key = (pair, metric)
        if key not in self.series_value:
            self.series_value[key] = self._thread("indicator")
            self.series_value[(pair, "base")] = self.series_value.get((pair, "base")) or rng.uniform(5e7, 5e9)
        thread = self.series_value[key]
        year = rng.randint(2018, 2025)
        if (pair, metric, year) not in self.series_value:
            base = self.series_value[(pair, "base")] * (1.12 ** (year - 2018)) * rng.uniform(0.8, 1.2)
            share = {"exports": 0.7, "imports": 0.3}.get(metric, 1.0)
            self.series_value[(pair, metric, year)] = float(f"{base * share:.4g}") if metric != "growth" else \
                float(rng.randint(-20, 120))
        value = self.series_value[(pair, metric, year)]
        unit_id = -(thread * 10000 + year)  # one report states one year of a series once
        out = []
        start = (date(year + 1, 1, 10) - FIRST_DAY).days if year < 2025 else DAYS - 30
        for day in self._days(self._mentions(2.5), start=start + rng.randrange(200), gap=60):
            said = value if metric == "growth" else (self._restated(value) or value)
            if metric == "growth":
                quote = f"Bilateral trade grew by {said:g}% in {year}."
                q = Quantity(value=said, unit="percent")
            else:
                quote = f"{metric.replace('_', ' ').capitalize()} reached {_say_money(said, 'USD')} in {year}."
                q = Quantity(value=said, unit="USD")
            period = str(year) if rng.random() < 0.85 else None
            fact = Indicator(metric=metric, value=q, period=period, parties=list(pair), evidence=(0, 1))
            out.append(Statement(pair, day, unit_id, thread, [(fact, quote, 0)]))
        return out

    def _measure(self, pair: tuple[str, str]) -> list[Statement]:
        """A one-off measurement (participants, a project's cost or length, cargo moved, aid), restated."""
        from bilateral.facts.models import Indicator, Quantity

        rng = self.rng
        metric = rng.choice(("participants", "participants", "cost", "length", "cargo", "aid", "investment", "other"))
        unit = {"participants": "count", "length": "km", "cargo": "tonnes", "other": "percent"}.get(metric, "USD")
        value = {"count": lambda: float(rng.randint(10, 2000)), "km": lambda: float(rng.randint(20, 1800)),
                 "tonnes": lambda: float(f"{rng.uniform(1e3, 5e6):.3g}"),
                 "percent": lambda: float(rng.randint(5, 95))}.get(unit, lambda: self._money(0.7))()
        key = ("measure", pair, metric, int(float(f"{value:.3g}")))
        if key not in self.known:  # drawn again: the same figure, reported once more
            period = str(rng.randint(2019, 2025)) if rng.random() < 0.6 else None
            self.known[key] = (self._thread("indicator"), period, value)
        thread, period, value = self.known[key]
        out = []
        for day in self._days(self._mentions(1.8), gap=30):
            quote = f"The {metric} figure stood at {_say_money(value, unit)}."
            fact = Indicator(metric=metric, value=Quantity(value=value, unit=unit), period=period,
                             parties=list(pair), evidence=(0, 1))
            out.append(Statement(pair, day, thread, thread, [(fact, quote, 0)]))
        return out

    # ------------------------------------------------------------ engagements

    def _engagement(self, pair: tuple[str, str]) -> list[Statement]:
        """A visit of named officials (with its meetings and perhaps a forum), talks or a call, reported
        in the days after and now and then recalled months later."""
        from bilateral.facts.models import Event

        rng, world = self.rng, self.world
        guest, host = pair if rng.random() < 0.5 else pair[::-1]
        kind = rng.choice(("visit",) * 7 + ("talks", "call", "forum"))
        visitors = [world.person(guest) for _ in range(rng.choice((1, 1, 2)))]
        hosts = list(dict.fromkeys(world.person(host) for _ in range(rng.choice((1, 2, 2, 3)))))
        city = world.place(host, fresh=0.03) if kind != "call" else None
        day = rng.randrange(DAYS)
        forum = kind == "visit" and rng.random() < 0.2
        thread = self._thread("engagement")
        out = []
        for _ in range(self._mentions(3.0, cap=25)):
            later = rng.random() < 0.15
            report_day = day + (rng.randint(30, 400) if later else rng.randint(0, 3))
            facts = []
            parts = []
            if kind == "visit":
                if rng.random() < 0.8:
                    parts.append(("visit", visitors))
                parts += [("meeting", [visitors[0], h]) for h in hosts if rng.random() < 0.5]
                if not parts:
                    parts.append(("visit", visitors))
                if forum and rng.random() < 0.5:
                    parts.append(("forum", visitors[:1]))
            else:
                parts.append((kind, [visitors[0], hosts[0]]))
            for sentence, (event_kind, persons) in enumerate(parts):
                said_day = None if later and rng.random() < 0.7 else _say_day(day, rng)
                place = None if city is None or rng.random() < 0.2 else world.spell(city)
                named = [world.spell(p, 0.7) for p in persons if rng.random() < 0.9]
                fact = Event(kind=event_kind, date=said_day, place=place, parties=self._parties(pair),
                             persons=named, evidence=(0, 1))
                who = " and ".join(named) or "The delegations"
                quote = f"{who} {EVENT_VERBS[event_kind]}" + (f" in {place}" if place else "") + "."
                facts.append((fact, quote, sentence))
            out.append(Statement(pair, min(report_day, DAYS), thread, thread, facts))
        return out


def _goods_order(goods: str, rng: random.Random) -> str:
    if " and " in goods and rng.random() < 0.4:
        a, b = goods.split(" and ", 1)
        return f"{b} and {a}"
    return goods


def _say_day(day: int, rng: random.Random) -> str | None:
    """An event's date as one report gives it: the day (mostly), a day off, the month only, or none."""
    r = rng.random()
    d = FIRST_DAY + timedelta(days=day)
    if r < 0.65:
        return d.isoformat()
    if r < 0.75:
        return (d + timedelta(days=rng.choice((-1, 1)))).isoformat()
    if r < 0.85:
        return d.isoformat()[:7]
    return None


def _say_money(value: float, code: str) -> str:
    if code in ("count", "km", "tonnes", "percent"):
        return f"{value:,.0f} {code}"
    for scale, word in ((1e9, "billion"), (1e6, "million")):
        if value >= scale:
            return f"{value / scale:g} {word} {code}"
    return f"{value:,.0f} {code}"


# ---------------------------------------------------------------- reports

def generate(n_facts: int, seed: int) -> tuple[list, list[int], list[str], dict]:
    """``n_facts`` FactRecords in reports, the true thread of each, the family of each true thread,
    and a summary of what was generated."""
    from bilateral.facts.record import FactRecord

    gen = Generator(seed)
    statements = gen.statements(n_facts)
    rng = gen.rng
    by_pair: dict[tuple, list[Statement]] = defaultdict(list)
    for s in statements:
        by_pair[s.pair].append(s)
    docs: list[list[tuple[FactRecord, int]]] = []
    for pair in gen.pairs:  # a fixed order, not the dict's
        for doc in _reports(sorted(by_pair.get(pair, ()), key=lambda s: s.day), rng):
            published = (FIRST_DAY + timedelta(days=max(s.day for s in doc))).isoformat()
            doc_id = f"{pair[0].lower()}-{pair[1].lower()}-{published}-{len(docs):07d}"
            offset, n, facts = 0, 0, []
            for s in doc:
                spans: dict[int, tuple[int, int]] = {}
                for fact, quote, sentence in s.facts:
                    if sentence not in spans:  # facts of one sentence share its span
                        spans[sentence] = (offset, offset + len(quote))
                        offset += len(quote) + 1
                    facts.append((FactRecord(id=f"{doc_id}:{n}", doc_id=doc_id,
                                             fact=fact.model_copy(update={"evidence": spans[sentence]}),
                                             quote=quote, published=published), s.thread))
                    n += 1
            docs.append(facts)
    rng.shuffle(docs)  # reports arrive in no particular order
    flat = [f for doc in docs for f in doc][:n_facts]  # exactly n_facts: the last report may lose a few
    records = [r for r, _ in flat]
    truth = [t for _, t in flat]
    pairs = Counter(tuple(r.fact.countries()[:2]) for r in records)
    (top, top_n), = pairs.most_common(1)
    summary = {"docs": len({r.doc_id for r in records}), "true_threads": len(set(truth)), "pairs": len(pairs),
               "top_pair": f"{'-'.join(top)} {top_n / len(records):.0%}",
               "types": dict(Counter(r.fact.type for r in records).most_common())}
    return records, truth, gen.thread_kind, summary


def _reports(statements: list[Statement], rng: random.Random) -> list[list[Statement]]:
    """Statements of one pair, in date order, grouped into reports: a few statements each (1 + geometric,
    mean 2.5), all within two weeks, no thing stated twice in one report."""
    queue, pending = deque(statements), deque()
    out = []
    while queue or pending:
        size = 1 + _geometric(rng, 2.5, 12)
        doc: list[Statement] = []
        units: set[int] = set()
        deferred: list[Statement] = []
        while len(doc) < size and (pending or queue):
            source = pending if pending else queue
            s = source.popleft()
            if doc and s.day - doc[0].day > 14:
                source.appendleft(s)
                break
            if s.unit in units:
                deferred.append(s)
                continue
            doc.append(s)
            units.add(s.unit)
        pending = deque(deferred + list(pending))
        out.append(doc)
    return out


def _geometric(rng: random.Random, mean: float, cap: int) -> int:
    n = 0
    while n < cap and rng.random() > 1 / mean:
        n += 1
    return n


# ---------------------------------------------------------------- quality

def link_scores(truth: Sequence[int], predicted: Sequence[int]) -> tuple[float, float]:
    """Pairwise (precision, recall) over all pairs of facts, from contingency counts: a predicted link
    is a pair in one predicted thread, a true link a pair in one true thread."""
    def links(counts: Counter) -> int:
        return sum(c * (c - 1) // 2 for c in counts.values())
    both = links(Counter(zip(truth, predicted, strict=True)))
    pred, true = links(Counter(predicted)), links(Counter(truth))
    return (both / pred if pred else 0.0), (both / true if true else 0.0)


def quality(truth: list[int], kinds: list[str], predicted: list[int], sample: int, seed: int) -> dict:
    """Link precision and recall over a random sample of facts, overall and per family of the true
    thread (engagement, commitment, agreement, target, indicator)."""
    rng = random.Random(seed)
    picked = sorted(rng.sample(range(len(truth)), min(sample, len(truth))))
    out = {"all": link_scores([truth[i] for i in picked], [predicted[i] for i in picked])}
    by_kind: dict[str, list[int]] = defaultdict(list)
    for i in picked:
        by_kind[kinds[truth[i]]].append(i)
    for kind in ("engagement", "commitment", "agreement", "target", "indicator"):
        members = by_kind.get(kind, [])
        out[kind] = link_scores([truth[i] for i in members], [predicted[i] for i in members])
    return out


# ---------------------------------------------------------------- measuring one size

def _rss_mb() -> float:
    """Current resident set size."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_mb() -> float:
    """The process's peak resident set size: VmHWM (resettable), else ru_maxrss."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reset_peak() -> bool:
    """Reset the peak RSS to the current RSS (Linux: write 5 to /proc/self/clear_refs)."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def write_facts(size: int, seed: int, folder: str) -> dict:
    """Generate ``size`` facts and pickle them (records; truth apart), so that the measuring process
    holds them as a process that loaded them from a store would, without the generator's garbage."""
    t0 = time.perf_counter()
    records, truth, kinds, summary = generate(size, seed)
    summary["gen_s"] = time.perf_counter() - t0
    with open(os.path.join(folder, "records.pickle"), "wb") as f:
        pickle.dump(records, f, protocol=pickle.HIGHEST_PROTOCOL)
    with open(os.path.join(folder, "truth.pickle"), "wb") as f:
        pickle.dump((truth, kinds), f, protocol=pickle.HIGHEST_PROTOCOL)
    return summary


def measure(folder: str, seed: int, sample: int) -> dict:
    """Load the facts, then time link() and derive() and read the memory they take."""
    from bilateral.tracking.names import _aliases, _country_stems
    from bilateral.tracking.state import derive
    from bilateral.tracking.threads import link

    _aliases(), _country_stems()  # loaded once, as in any long-running process
    gc.collect()
    rss_empty = _rss_mb()
    with open(os.path.join(folder, "records.pickle"), "rb") as f:
        records = pickle.load(f)
    gc.collect()
    rss_loaded = _rss_mb()
    reset = _reset_peak()
    t0 = time.perf_counter()
    threads = link(records)
    link_s = time.perf_counter() - t0
    as_of = max(r.published for r in records)
    t0 = time.perf_counter()
    states = [derive(t, as_of) for t in threads]
    derive_s = time.perf_counter() - t0
    peak = _peak_mb()
    with open(os.path.join(folder, "truth.pickle"), "rb") as f:
        truth, kinds = pickle.load(f)
    position = {r.id: i for i, r in enumerate(records)}
    predicted = [0] * len(records)
    for n, t in enumerate(threads):
        for r in t.members:
            predicted[position[r.id]] = n
    return {"facts": len(records), "threads": len(threads), "states": len(states), "link_s": link_s,
            "derive_s": derive_s, "rss_empty_mb": rss_empty, "rss_loaded_mb": rss_loaded, "peak_mb": peak,
            "peak_is_whole_run": not reset, "quality": quality(truth, kinds, predicted, sample, seed)}


def profile(size: int, seed: int) -> None:
    from bilateral.tracking.names import _aliases, _country_stems
    from bilateral.tracking.threads import link

    _aliases(), _country_stems()
    records, _, _, summary = generate(size, seed)
    print(f"profiling link() on {len(records):,} facts ({summary['docs']:,} reports)")
    profiler = cProfile.Profile()
    profiler.enable()
    link(records)
    profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats("cumulative").print_stats(15)


# ---------------------------------------------------------------- driver

def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(argv)
    if args.generate:
        print(json.dumps(write_facts(args.generate, args.seed, args.folder)))
        return 0
    if args.measure:
        print(json.dumps(measure(args.folder, args.seed, args.sample)))
        return 0
    if args.profile:
        profile(args.profile, args.seed)
        return 0
    try:
        sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        print(f"--sizes: not a list of numbers: {args.sizes!r}", file=sys.stderr)
        return 1
    if not sizes or min(sizes) < 2:
        print("--sizes: give at least one size of 2 facts or more", file=sys.stderr)
        return 1
    print(f"python {platform.python_version()}, {os.cpu_count()} cores, seed {args.seed}; "
          f"each size in a fresh process")
    results = []
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="bench-threads-") as folder:
            started = time.perf_counter()
            summary = _child(["--generate", str(size), "--seed", str(args.seed), "--folder", folder])
            result = _child(["--measure", "1", "--seed", str(args.seed), "--sample", str(args.sample),
                             "--folder", folder]) if summary else None
        if result is None:
            return 1
        result.update(summary, wall_s=time.perf_counter() - started)
        results.append(result)
        print(f"  {size:,} facts: {result['docs']:,} reports, {result['true_threads']:,} true threads, "
              f"{result['pairs']} pairs (top {result['top_pair']}); types {result['types']}; "
              f"generated in {result['gen_s']:.1f} s, whole run {result['wall_s']:.1f} s", flush=True)
    _report(results, args.sample)
    return 0


def _child(options: list[str]) -> dict | None:
    """Run this script in a fresh process (hash seed fixed: set orders, hence union orders, repeat)."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run([sys.executable, os.path.abspath(__file__), *options], env=env, capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        print(f"{' '.join(options[:2])} failed (exit {done.returncode}):\n{done.stderr}", file=sys.stderr)
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def _report(results: list[dict], sample: int) -> None:
    print()
    head = (f"{'facts':>10} {'threads':>9} {'link s':>8} {'derive s':>9} {'facts/s':>8} {'facts MB':>9}"
            f" {'peak RSS MB':>12} {'link+derive MB':>15}")
    print(head)
    print("-" * len(head))
    for r in results:
        print(f"{r['facts']:>10,} {r['threads']:>9,} {r['link_s']:>8.1f} {r['derive_s']:>9.1f} "
              f"{r['facts'] / r['link_s']:>8,.0f} {r['rss_loaded_mb'] - r['rss_empty_mb']:>9,.0f} "
              f"{r['peak_mb']:>12,.0f} {r['peak_mb'] - r['rss_loaded_mb']:>15,.0f}")
    print(f"(facts/s: by link() alone; facts MB: RSS the loaded facts add to the interpreter with bilateral "
          f"imported ({results[0]['rss_empty_mb']:,.0f} MB); peak RSS: the process during link() and derive(); "
          f"link+derive MB: peak RSS over the loaded facts)")
    if any(r["peak_is_whole_run"] for r in results):
        print("(the peak could not be reset after loading: peak RSS is that of the whole measuring process)")
    for a, b in itertools.pairwise(results):
        growth = b["facts"] / a["facts"]
        print(f"growth {a['facts']:,} → {b['facts']:,} facts (×{growth:g}; linear ×{growth:g}, quadratic "
              f"×{growth * growth:g}): link time ×{b['link_s'] / a['link_s']:.1f}, "
              f"derive time ×{b['derive_s'] / a['derive_s']:.1f}, link+derive memory "
              f"×{_ratio(b['peak_mb'] - b['rss_loaded_mb'], a['peak_mb'] - a['rss_loaded_mb'])}, "
              f"facts memory ×{_ratio(b['rss_loaded_mb'] - b['rss_empty_mb'], a['rss_loaded_mb'] - a['rss_empty_mb'])}")
    last = results[-1]
    seconds = last["link_s"] + last["derive_s"]
    met = seconds < GOAL_SECONDS and last["peak_mb"] < GOAL_MB
    print(f"goal at {last['facts']:,} facts: link + derive {seconds:.0f} s (< {GOAL_SECONDS} s), "
          f"peak RSS {last['peak_mb']:,.0f} MB (< {GOAL_MB:,} MB): {'met' if met else 'NOT met'}")
    print()
    print(f"link precision / recall, pairwise over a random sample of {sample:,} facts of each run, "
          "by the true thread's kind:")
    kinds = ("all", "engagement", "commitment", "agreement", "target", "indicator")
    print(f"{'facts':>10} " + " ".join(f"{k:>13}" for k in kinds))
    for r in results:
        q = r["quality"]
        print(f"{r['facts']:>10,} " + " ".join(f"{q[k][0]:>6.3f}/{q[k][1]:<6.3f}" for k in kinds))


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.1f}" if b > 0 else "n/a"


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description="Time and memory of thread linking on generated facts (issue 4).")
    p.add_argument("--sizes", default="100000,1000000",
                   help="comma-separated numbers of facts (default 100000,1000000)")
    p.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    p.add_argument("--sample", type=int, default=20000, help="facts sampled for precision/recall (default 20000)")
    p.add_argument("--profile", type=int, metavar="N", help="instead: cProfile link() on N facts, top 15 by cumulative")
    p.add_argument("--generate", type=int, help=argparse.SUPPRESS)  # internal: write N facts to --folder
    p.add_argument("--measure", type=int, help=argparse.SUPPRESS)  # internal: measure the facts in --folder
    p.add_argument("--folder", help=argparse.SUPPRESS)
    return p.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
