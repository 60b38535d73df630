"""Threads: the facts of every report about one commitment, target, agreement line, indicator
series or engagement, linked the way Open Contracting gathers dated releases under one ``ocid``.

Facts stay immutable; threads are derived from them. Facts are compared only within blocks
(country pair × family), and within a block only with facts that share a rare name stem, so the
cost grows near-linearly with the number of facts. Links are unions in a union-find whose
clusters carry a date range: a link that would join engagements months apart is refused, so one
undated report cannot chain two different visits together.
"""

from __future__ import annotations

import gc
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz

from bilateral.facts.models import Agreement, Commitment, Event, Target
from bilateral.facts.record import FactRecord
from bilateral.tracking.names import key_stems, normalise, proper_names, stems

SERIES_METRICS = ("trade_turnover", "exports", "imports", "growth")
# Growth of the pair's trade forms a series; growth of one commodity ("wheat exports rose 2.9 times") does not.
_TRADE_LEVEL = re.compile(r"\b(?:trade|turnover|trade volume|trade relations)\b", re.IGNORECASE)
KIND_GROUPS = {"investment": "capital", "finance": "capital", "construction": "capital", "supply": "goods",
               "purchase": "goods"}
SAME_VALUE = 0.005        # figures agree within 0.5%, as the scorer counts them
ENGAGEMENT_DAYS = 7       # mentions of one engagement are dated within a week of each other
MIN_SIMILARITY = 0.5      # share of the rarer name stems two objects must share
MAX_STEM_FREQUENCY = 200  # stems more common than this in a block are not used to find candidates
AMOUNT_NEIGHBOURS = 50    # a sum is compared with this many others of the same size, not with all of them
THING_STEMS = frozenset("""railw road highw motor pipel line bridg port airpo plant facto hub house bank
    accou visa fligh corri stati dam canal mine field schoo hospi unive stadi wareh termi tunne cable fiber
    hotel marke route""".split())  # noqa: SIM905 - the kinds of thing an undertaking builds or opens, as stems
NAME_SIMILARITY = 80      # rapidfuzz ratio above which two place or body names are one
PERSON_SIMILARITY = 85    # rapidfuzz ratio above which two normalised surnames are one person


@dataclass
class Thread:
    """One tracked thing and its facts from every report, ordered by date."""

    id: str
    kind: str  # commitment, agreement, target, indicator, engagement
    members: list[FactRecord] = field(default_factory=list)

    @property
    def countries(self) -> list[str]:
        return sorted({c for r in self.members for c in r.fact.countries()})


def link(records: Sequence[FactRecord]) -> list[Thread]:
    """Group facts into threads; every fact is a member of exactly one thread. The cyclic garbage
    collector is paused meanwhile: linking makes millions of small acyclic objects, and collecting
    over them again and again costs more than the linking (about a fifth of the time at 1M facts)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return _link(records)
    finally:
        if paused:
            gc.enable()


def _link(records: Sequence[FactRecord]) -> list[Thread]:
    clusters = _Clusters(records)
    blocks: dict[tuple, list[int]] = defaultdict(list)
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        blocks[(_pair(r), _family(r))].append(i)
        by_doc[r.doc_id].append(i)
    for indices in by_doc.values():
        _link_same_sentence(records, indices, clusters)
        _link_contract_content(records, indices, clusters)
    for (_, family), indices in blocks.items():
        _LINKERS[family](records, indices, clusters)
    return _threads(records, clusters)


# ---------------------------------------------------------------- blocking

def _pair(r: FactRecord) -> tuple[str, ...]:
    codes = r.fact.countries()
    return tuple(codes[:2]) if len(codes) > 2 else tuple(codes)


def _family(r: FactRecord) -> str:
    return {"event": "engagement", "commitment": "undertaking", "agreement": "undertaking"}.get(r.fact.type,
                                                                                               r.fact.type)


# ---------------------------------------------------------------- linkers

def _link_same_sentence(records: Sequence[FactRecord], indices: list[int], clusters: _Clusters) -> None:
    """A signed document and the undertaking or target it embodies, stated in one sentence."""
    tied = [i for i in indices if records[i].fact.type in ("agreement", "commitment", "target")]
    for a_pos, a in enumerate(tied):
        for b in tied[a_pos + 1:]:
            fa, fb = records[a].fact, records[b].fact
            if _overlap(fa.evidence, fb.evidence) and _embodies(fa, fb):
                clusters.union(a, b)


def _embodies(a: object, b: object) -> bool:
    """A signed document and, in the same sentence, the undertaking it binds (signed) or the target
    it sets (a roadmap or programme)."""
    agreement = a if isinstance(a, Agreement) else b if isinstance(b, Agreement) else None
    other = b if agreement is a else a
    if agreement is None or other is agreement:
        return False
    if isinstance(other, Commitment):
        return other.stage == "signed"
    return isinstance(other, Target) and agreement.kind == "roadmap"


def _link_contract_content(records: Sequence[FactRecord], indices: list[int], clusters: _Clusters) -> None:
    """A report about one signed document: its signed undertakings and the volumes it sets belong to
    the one agreement of the same pair that the report names, unless their names say otherwise."""
    agreements = [i for i in indices if records[i].fact.type == "agreement" and records[i].fact.count == 1]
    for i in indices:
        f = records[i].fact
        content = (f.type == "commitment" and f.stage == "signed") or (f.type == "target" and f.metric in
                                                                        ("cargo", "other"))
        if not content:
            continue
        same_pair = [a for a in agreements if _pair(records[a]) == _pair(records[i])]
        if len(same_pair) == 1 and _may_embody(records[same_pair[0]].fact, f):
            clusters.union(same_pair[0], i)


def _may_embody(agreement: Agreement, fact: object) -> bool:
    """A document's subject and an undertaking's object that share a name stem, or of which one names
    nothing in particular, may be the same deal; "a memorandum on higher education" does not hold
    "a tyre plant in Shantakh"."""
    if not isinstance(fact, Commitment):
        return True
    subject, obj = key_stems(agreement.subject), key_stems(fact.object)
    if _different_names(proper_names(agreement.subject), proper_names(fact.object)):
        return False
    return not subject or not obj or bool(subject & obj)


def _link_undertakings(records: Sequence[FactRecord], indices: list[int], clusters: _Clusters) -> None:
    """Commitments and agreements of one pair: the same amount for a compatible undertaking whose name
    does not contradict it, or objects that share most of their rarer name stems and name no
    different place or body (aliases and transliteration applied)."""
    names = {i: key_stems(_label_text(records[i].fact)) for i in indices}
    proper = {i: proper_names(_label_text(records[i].fact)) for i in indices}
    place_stems = {i: frozenset(p[:5] for name in proper[i] for p in name) for i in indices}
    weights = _weights(names.values())
    by_value: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i in indices:
        amount = records[i].fact.amount
        if amount is not None and amount.value >= 1e6:
            by_value[(records[i].fact.type, _bucket(amount.value))].append(i)
    for group in by_value.values():
        named = [i for i in group if names[i]]
        for a_pos, a in enumerate(group):
            for b in group[a_pos + 1:a_pos + 1 + AMOUNT_NEIGHBOURS]:
                fa, fb = records[a].fact, records[b].fact
                if records[a].doc_id == records[b].doc_id or not _same_undertaking_value(fa, fb):
                    continue
                if names[a] and names[b]:
                    if names[a] & names[b] and not _different_names(proper[a], proper[b]):
                        clusters.union(a, b)
                elif sum(_same_undertaking_value(records[n].fact, fa if n != a else fb) for n in named) == 1:
                    clusters.union(a, b)  # "funding for the project": the one named undertaking of that sum
    for a, b in _candidates(indices, names):
        fa, fb = records[a].fact, records[b].fact
        if records[a].doc_id == records[b].doc_id:
            continue
        if isinstance(fa, Commitment) and isinstance(fb, Commitment) and not _compatible_kinds(fa, fb):
            continue
        shared = names[a] & names[b]
        if _different_names(proper[a], proper[b]) or _different_things(names[a], names[b]):
            continue  # "logistics centre in Herat" and "… in Mazar"; "Herat railway" and "Herat road"
        single_ok = isinstance(fa, Commitment) and isinstance(fb, Commitment) and fa.kind == fb.kind and \
            fa.sector == fb.sector and not shared & place_stems[a]
        if (len(shared) >= 2 or single_ok) and _similarity(names[a], names[b], weights) >= MIN_SIMILARITY:
            clusters.union(a, b)


def _different_names(a: frozenset[frozenset[str]], b: frozenset[frozenset[str]]) -> bool:
    """Both labels name places or bodies, and no name of one is, up to spelling, part of a name of
    the other (rapidfuzz ratio 80: Torghundi and Turgundi agree; "Torghundi" is part of
    "Torghundi–Herat", but "Khaf–Herat" is not "Torghundi–Herat")."""
    return bool(a and b) and not any(_within(x, y) or _within(y, x) for x in a for y in b)


def _different_things(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both name the kind of thing undertaken (railway, road, pipeline, visa…) and not the same one."""
    ta, tb = a & THING_STEMS, b & THING_STEMS
    return bool(ta and tb) and not ta & tb


def _within(smaller: frozenset[str], larger: frozenset[str]) -> bool:
    return all(any(fuzz.ratio(p, q) >= NAME_SIMILARITY for q in larger) for p in smaller)


def _link_targets(records: Sequence[FactRecord], indices: list[int], clusters: _Clusters) -> None:
    """One goal restated: the same metric and figure."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i in indices:
        f = records[i].fact
        groups[(f.metric, f.value.code, _bucket(f.value.value))].append(i)
    for group in groups.values():
        for i in group[1:]:
            clusters.union(group[0], i)


def _link_indicators(records: Sequence[FactRecord], indices: list[int], clusters: _Clusters) -> None:
    """Trade figures of a pair form one series per metric (turnover by year, growth…); other
    measurements link when they report the same figure."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i in indices:
        f = records[i].fact
        series = f.metric in SERIES_METRICS and (f.metric != "growth" or _TRADE_LEVEL.search(records[i].quote))
        key = (f.metric, f.value.code) if series else (f.metric, f.value.code, _bucket(f.value.value))
        groups[key].append(i)
    for group in groups.values():
        for i in group[1:]:
            clusters.union(group[0], i)


def _link_engagements(records: Sequence[FactRecord], indices: list[int], clusters: _Clusters) -> None:
    """Events of one engagement: in one report, mentions whose dates and places agree; across
    reports, mentions that share a person and a place, or a person and dates within a week."""
    mentions = {i: _Mention.of(records[i].fact) for i in indices}
    same_doc: dict[str, list[int]] = defaultdict(list)
    for i in indices:
        same_doc[records[i].doc_id].append(i)
    for group in same_doc.values():
        for a_pos, a in enumerate(group):
            for b in group[a_pos + 1:]:
                if mentions[a].agrees(mentions[b]):
                    clusters.union(a, b)
    keys = {i: mentions[i].keys for i in indices}
    edges = []
    for a, b in _candidates(indices, keys):
        ma, mb = mentions[a], mentions[b]
        if records[a].doc_id != records[b].doc_id and ma.agrees(mb) and ma.shares_person(mb) and \
                ((ma.place and mb.place) or (ma.day and mb.day)):
            edges.append((-(bool(ma.day) + bool(mb.day)), a, b))
    for _, a, b in sorted(edges):
        clusters.union(a, b)


@dataclass(frozen=True)
class _Mention:
    """What an event mention is compared by, computed once: its day, place and surnames."""

    day: date | None
    place: frozenset[str] | None
    surnames: tuple[str, ...]

    @classmethod
    def of(cls, f: Event) -> _Mention:
        return cls(_day(f.date), stems(f.place) if f.place else None,
                   tuple(normalise(p).split()[-1] for p in f.persons if p.split()))

    @property
    def keys(self) -> frozenset[str]:
        """Blocking keys: the first three letters of each surname (so that Berdimuhamedov and
        Berdimuhamedow meet) and the place."""
        return frozenset({"~" + s[:3] for s in self.surnames} | {"@" + s for s in self.place or ()})

    def agrees(self, other: _Mention) -> bool:
        """Neither the dates (more than a week apart) nor the places disagree."""
        if self.day and other.day and abs((self.day - other.day).days) > ENGAGEMENT_DAYS:
            return False
        return not (self.place and other.place and self.place != other.place)

    def shares_person(self, other: _Mention) -> bool:
        """Some surname of one is, up to spelling, a surname of the other (rapidfuzz ratio ≥ 85)."""
        return any(fuzz.ratio(x, y) >= PERSON_SIMILARITY for x in self.surnames for y in other.surnames)


_LINKERS = {"undertaking": _link_undertakings, "target": _link_targets, "indicator": _link_indicators,
            "engagement": _link_engagements}


# ---------------------------------------------------------------- comparisons

def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _bucket(value: float) -> int:
    """Values within 0.5% of each other fall in the same or a neighbouring bucket; rounding to
    three significant figures puts $500 million and $500m together."""
    return int(float(f"{value:.3g}"))


def _same_undertaking_value(a: Commitment | Agreement, b: Commitment | Agreement) -> bool:
    if abs(a.amount.value - b.amount.value) > SAME_VALUE * max(a.amount.value, b.amount.value):
        return False
    if isinstance(a, Agreement):
        return a.count is None or b.count is None or a.count == b.count
    return _compatible_kinds(a, b) and (a.sector == b.sector or "other" in (a.sector, b.sector))


def _compatible_kinds(a: Commitment, b: Commitment) -> bool:
    ga, gb = KIND_GROUPS.get(a.kind, a.kind), KIND_GROUPS.get(b.kind, b.kind)
    return ga == gb or "other" in (a.kind, b.kind)


def _label_text(f: Commitment | Agreement) -> str:
    return (f.object if isinstance(f, Commitment) else f.subject) or ""


def _weights(names: Iterable[frozenset[str]]) -> dict[str, float]:
    """Rarer stems weigh more: 1 / the number of facts of the block that use the stem."""
    counts: dict[str, int] = defaultdict(int)
    for name in names:
        for s in name:
            counts[s] += 1
    return {s: 1.0 / n for s, n in counts.items()}


def _similarity(a: frozenset[str], b: frozenset[str], weights: dict[str, float]) -> float:
    """Weighted overlap: the weight of shared stems over the lighter of the two names."""
    if not a or not b:
        return 0.0
    shared = sum(weights.get(s, 1.0) for s in a & b)
    lighter = min(sum(weights.get(s, 1.0) for s in a), sum(weights.get(s, 1.0) for s in b))
    return shared / lighter if lighter else 0.0


def _candidates(indices: list[int], keys: dict[int, frozenset[str]]) -> Iterable[tuple[int, int]]:
    """Pairs that share a key which is not too common in the block (an inverted index), each once."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i in indices:
        for k in keys[i]:
            postings[k].append(i)
    seen: set[tuple[int, int]] = set()
    for posting in postings.values():
        if len(posting) > MAX_STEM_FREQUENCY:
            continue
        for a_pos, a in enumerate(posting):
            for b in posting[a_pos + 1:]:
                pair = (a, b) if a < b else (b, a)
                if pair not in seen:
                    seen.add(pair)
                    yield pair


def _day(value: str | None) -> date | None:
    if not value:
        return None
    parts = value.split("-")
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 7, int(parts[2]) if len(parts) > 2 else 15)
    except ValueError:
        return None


# ---------------------------------------------------------------- clusters

class _Clusters:
    """Union-find whose clusters keep the span of their members' dates; a union that would join
    facts dated more than a week apart is refused for engagements."""

    def __init__(self, records: Sequence[FactRecord]) -> None:
        self.parent = list(range(len(records)))
        self.span: list[tuple[date, date] | None] = []
        for r in records:
            d = _day(r.date) if isinstance(r.fact, Event) else None
            self.span.append((d, d) if d else None)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        sa, sb = self.span[ra], self.span[rb]
        if sa and sb:
            low, high = min(sa[0], sb[0]), max(sa[1], sb[1])
            if (high - low).days > ENGAGEMENT_DAYS * 2:
                return
            self.span[ra] = (low, high)
        else:
            self.span[ra] = sa or sb
        self.parent[rb] = ra


def _threads(records: Sequence[FactRecord], clusters: _Clusters) -> list[Thread]:
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(records)):
        groups[clusters.find(i)].append(i)
    threads = []
    for members in groups.values():
        ordered = sorted((records[i] for i in members), key=lambda r: (r.date or "9999", r.id))
        threads.append(Thread(id=_thread_id(ordered), kind=_kind(ordered), members=ordered))
    threads.sort(key=lambda t: (t.members[0].date or "9999", t.id))
    return threads


def _kind(members: list[FactRecord]) -> str:
    types = {r.fact.type for r in members}
    for kind in ("commitment", "agreement", "target", "indicator"):
        if kind in types:
            return kind
    return "engagement"


def _thread_id(members: list[FactRecord]) -> str:
    """Stable while the thread's first fact stays first: a short hash of the earliest fact id."""
    first = min(r.id for r in members)
    return f"{_kind(members)[:3]}-" + hashlib.sha1(first.encode()).hexdigest()[:10]
