"""A document's text cut where its facts' evidence starts and ends, so each stretch can be marked with
the facts that rest on it. Spans overlap (one sentence often states several facts), so a stretch
carries every fact covering it; the text itself is left to the template to escape."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from bilateral.facts.record import FactRecord


@dataclass(frozen=True)
class Segment:
    text: str
    facts: tuple[str, ...] = ()
    starts: tuple[str, ...] = ()
    """Facts whose evidence begins here: the anchors a link to ``#fact-<id>`` lands on."""


def segments(text: str, records: Sequence[FactRecord]) -> list[Segment]:
    spans = []
    for r in records:
        if r.fact.evidence is not None:
            start, end = (min(max(0, p), len(text)) for p in r.fact.evidence)
            if start < end:
                spans.append((start, end, r.id))
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for start, end in pairwise(cuts):
        covering = tuple(i for s, e, i in spans if s <= start and end <= e)
        starting = tuple(i for s, _, i in spans if s == start)
        out.append(Segment(text[start:end], covering, starting))
    return out
