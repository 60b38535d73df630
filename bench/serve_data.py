"""Generated reports for bench/serve.py: documents whose facts are built directly (no extraction), with
evidence spans on their own sentences, so a store of 100,000 facts fills in a minute or two.

Pairs follow a Zipf law with AFG-KAZ first (about a fifth of all facts), undertakings are drawn from a
pool per pair and move through the stages over time, so the threads that tracking links are realistic
in size and number.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from bilateral.documents import Document
from bilateral.facts.models import STAGES, Agreement, Commitment, Event, Fact, Indicator, Quantity, Target

NAMES = {"AFG": "Afghanistan", "KAZ": "Kazakhstan", "UZB": "Uzbekistan", "TKM": "Turkmenistan",
         "TJK": "Tajikistan", "KGZ": "Kyrgyzstan", "PAK": "Pakistan", "IRN": "Iran", "CHN": "China",
         "RUS": "Russia", "IND": "India", "TUR": "Turkey"}
PAIRS = (("AFG", "KAZ"), ("AFG", "UZB"), ("KAZ", "UZB"), ("AFG", "PAK"), ("CHN", "KAZ"), ("KAZ", "RUS"),
         ("AFG", "TKM"), ("CHN", "PAK"), ("RUS", "UZB"), ("AFG", "IRN"), ("KAZ", "TUR"), ("AFG", "CHN"),
         ("IND", "UZB"), ("KGZ", "KAZ"), ("TJK", "UZB"), ("IRN", "TKM"))
CITIES = ("Kabul", "Herat", "Mazar-i-Sharif", "Kandahar", "Astana", "Almaty", "Tashkent", "Termez", "Ashgabat",
          "Dushanbe", "Bishkek", "Islamabad", "Karachi", "Tehran", "Beijing", "Moscow", "Delhi", "Ankara")
THINGS = ("railway", "power line", "logistics hub", "grain terminal", "cement plant", "fibre-optic link",
          "trade house", "cargo airport", "textile factory", "hospital", "water pipeline", "solar park")
SECTORS = {"railway": "transport", "power line": "energy", "logistics hub": "transport", "grain terminal":
           "agriculture", "cement plant": "industry", "fibre-optic link": "telecom", "trade house": "trade",
           "cargo airport": "transport", "textile factory": "industry", "hospital": "health",
           "water pipeline": "energy", "solar park": "energy"}
SURNAMES = ("Zhumangarin", "Azizi", "Baradar", "Muttaqi", "Nurtleu", "Saidov", "Kabir", "Rahimov", "Ospanov",
            "Karimov", "Yusupov", "Niyazov", "Abdullayev", "Tokayev", "Sharifi", "Haqqani")
FIRST_DAY, DAYS = date(2019, 1, 1), 7 * 365
FACTS_PER_DOC = 10
VERBS = {"intent": "intends to build", "discussed": "discussed building", "pledged": "pledged to build",
         "signed": "signed a contract to build", "implementing": "has begun building", "done": "completed"}


@dataclass(frozen=True)
class Project:
    """An undertaking reports follow: its name, amount, and the day it was first mentioned."""

    by: str
    other: str
    name: str
    thing: str
    amount: float
    start: int


def _weights(n: int) -> list[float]:
    return [1 / (rank ** 1.1) for rank in range(1, n + 1)]


class Generator:
    """Deterministic for a seed: ``documents(n_facts)`` yields (Document, facts) until n_facts are made."""

    def __init__(self, seed: int = 1, projects_per_pair: int = 400) -> None:
        self.rng = random.Random(seed)
        self.projects = {pair: [self._project(pair) for _ in range(projects_per_pair)] for pair in PAIRS}

    def _project(self, pair: tuple[str, str]) -> Project:
        by, other = self.rng.sample(pair, 2)
        thing = self.rng.choice(THINGS)
        a, b = self.rng.sample(CITIES, 2)
        name = f"the {a}–{b} {thing}" if thing in ("railway", "power line", "water pipeline",
                                                   "fibre-optic link") else f"the {thing} in {a}"
        amount = round(self.rng.lognormvariate(3.5, 1.2), 1) * 1e6  # a few million to a few billion
        return Project(by, other, name, thing, amount, self.rng.randrange(DAYS))

    def documents(self, n_facts: int) -> Iterator[tuple[Document, list[Fact]]]:
        made, n = 0, 0
        pair_weights = _weights(len(PAIRS))
        while made < n_facts:
            pair = self.rng.choices(PAIRS, pair_weights)[0]
            day = self.rng.randrange(DAYS)
            count = min(FACTS_PER_DOC + self.rng.randint(-3, 3), n_facts - made)
            yield self._document(f"gen-{n:06d}", pair, day, count)
            made += count
            n += 1

    def _document(self, doc_id: str, pair: tuple[str, str], day: int, count: int) -> tuple[Document, list[Fact]]:
        published = FIRST_DAY + timedelta(days=day)
        builders = (self._event, self._commitment, self._commitment, self._commitment, self._commitment,
                    self._agreement, self._agreement, self._target, self._indicator, self._indicator)
        sentences: list[str] = []
        specs: list[tuple[type, dict]] = []
        for i in range(count):
            sentence, kind, fields = builders[i % len(builders)](pair, day, published)
            sentences.append(sentence)
            specs.append((kind, fields))
        a, b = (NAMES[c] for c in pair)
        title = f"{a} and {b} review cooperation ({published:%B %Y})"
        text, facts, cursor = "", [], 0
        for sentence, (kind, fields) in zip(sentences, specs, strict=True):
            start = cursor
            text += sentence + " "
            cursor = len(text)
            facts.append(kind(**fields, evidence=(start, start + len(sentence))))
        document = Document(id=doc_id, text=text.strip(), title=title, published=published.isoformat(),
                            url=f"https://news.example.org/{doc_id}")
        return document, facts

    def _event(self, pair: tuple[str, str], day: int, published: date) -> tuple[str, type, dict]:
        person = f"{self.rng.choice('ABDKMNS')}. {self.rng.choice(SURNAMES)}"
        place = self.rng.choice(CITIES)
        when = published - timedelta(days=self.rng.randrange(3))
        return (f"{person} arrived in {place} on {when:%d %B %Y} for talks between {NAMES[pair[0]]} and "
                f"{NAMES[pair[1]]}.", Event,
                {"kind": self.rng.choice(("visit", "meeting", "forum", "talks")), "date": when.isoformat(),
                 "place": place, "parties": list(pair), "persons": [person]})

    def _commitment(self, pair: tuple[str, str], day: int, published: date) -> tuple[str, type, dict]:
        project = self.rng.choice(self.projects[pair])
        progress = max(0, day - project.start) / 400
        stage = STAGES[min(len(STAGES) - 1, int(progress + self.rng.random()))]
        amount = project.amount * (1.1 if self.rng.random() < 0.03 else 1)  # a few reports disagree
        return (f"{NAMES[project.by]} {VERBS[stage]} {project.name} worth ${amount / 1e6:g} million with "
                f"{NAMES[project.other]}.", Commitment,
                {"kind": "construction", "stage": stage, "by": [project.by], "with": [project.other],
                 "amount": Quantity(value=amount, currency="USD"), "object": project.name,
                 "sector": SECTORS[project.thing]})

    def _agreement(self, pair: tuple[str, str], day: int, published: date) -> tuple[str, type, dict]:
        count = self.rng.randint(1, 12)
        subject = self.rng.choice(("trade", "transit", "customs", "energy", "education", "health"))
        return (f"The sides signed {count} memoranda on {subject} cooperation.", Agreement,
                {"kind": "mou", "count": count, "parties": list(pair), "subject": f"{subject} cooperation"})

    def _target(self, pair: tuple[str, str], day: int, published: date) -> tuple[str, type, dict]:
        value = self.rng.choice((1, 2, 3, 5, 10)) * 1e9
        year = published.year + self.rng.choice((2, 3, 5))
        return (f"The sides aim to raise trade turnover to ${value / 1e9:g} billion by {year}.", Target,
                {"metric": "trade_turnover", "value": Quantity(value=value, currency="USD"), "year": str(year),
                 "parties": list(pair)})

    def _indicator(self, pair: tuple[str, str], day: int, published: date) -> tuple[str, type, dict]:
        year = published.year - 1
        value = round((300 + 40 * (year - 2018) + self.rng.gauss(0, 30)) * 1e6 * (PAIRS.index(pair) % 3 + 1), -5)
        return (f"Trade turnover between {NAMES[pair[0]]} and {NAMES[pair[1]]} reached ${value / 1e6:g} million "
                f"in {year}.", Indicator,
                {"metric": "trade_turnover", "value": Quantity(value=value, currency="USD"), "period": str(year),
                 "parties": list(pair)})
