"""The English extractor: a document's context, then each frame over it."""

from __future__ import annotations

from bilateral.documents.model import Document
from bilateral.extraction.context import build_context
from bilateral.extraction.frames.agreements import agreements
from bilateral.extraction.frames.commitments import commitments
from bilateral.extraction.frames.events import events
from bilateral.extraction.frames.measures import measures
from bilateral.facts.models import Fact


def extract_english(document: Document) -> list[Fact]:
    doc = build_context(document)
    found_events = events(doc)
    found_agreements = agreements(doc)
    found_commitments = commitments(doc, found_agreements)
    stated = {f.amount.value for f in [*found_agreements, *found_commitments] if f.amount is not None}
    targets, indicators = measures(doc, stated)
    return [*found_events, *found_commitments, *found_agreements, *targets, *indicators]
