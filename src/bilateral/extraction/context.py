"""What the frames read: a document's sentences, each with the mentions found in it.

Every recogniser runs once over the whole text and its mentions are bucketed by sentence
offsets, so a frame looks at a sentence's figures, countries, persons and dates without
re-scanning the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from bilateral.documents.model import Document
from bilateral.extraction.countries import CountryMention, described, find_countries, main_pair
from bilateral.extraction.dates import DateMention, find_dates, parse_published, usual_year
from bilateral.extraction.memo import new_document
from bilateral.extraction.money import Money, find_money
from bilateral.extraction.persons import PersonMention, find_persons
from bilateral.extraction.quantities import (
    Quantity,
    find_counts,
    find_km,
    find_percentages,
    find_ratios,
    find_tonnes,
)
from bilateral.extraction.sentences import Sentence, split_sentences


@dataclass(slots=True)
class SentenceContext:
    sentence: Sentence
    money: list[Money] = field(default_factory=list)
    percents: list[Quantity] = field(default_factory=list)
    ratios: list[Quantity] = field(default_factory=list)
    tonnes: list[Quantity] = field(default_factory=list)
    km: list[Quantity] = field(default_factory=list)
    counts: list[Quantity] = field(default_factory=list)
    countries: list[CountryMention] = field(default_factory=list)
    persons: list[PersonMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    # The sentence's text and start, copied once: frames read them a few hundred times per document,
    # and a slot is read faster than a property is called
    text: str = field(init=False, repr=False, compare=False)
    start: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.text = self.sentence.text
        self.start = self.sentence.start

    def local(self, absolute: int) -> int:
        """An absolute text offset as an offset into this sentence."""
        return absolute - self.sentence.start

    def span(self) -> tuple[int, int]:
        return (self.sentence.start, self.sentence.end)


@dataclass(eq=False)  # hashed by identity: per-document caches key on it
class DocContext:
    document: Document
    published: date | None
    sentences: list[SentenceContext]
    pair: tuple[str, ...]
    persons: list[PersonMention]
    headlines: frozenset[tuple[int, int]] = frozenset()
    captions: frozenset[tuple[int, int]] = frozenset()  # photo captions ("… / AFP"): restate the body

    @property
    def text(self) -> str:
        return self.document.text

    def prefer(self, kept: tuple[int, int] | None, other: tuple[int, int] | None) -> tuple[int, int] | None:
        """The evidence to keep when two mentions state one fact: a body sentence over a headline or caption."""
        weak = self.headlines | self.captions
        return other if kept in weak and other is not None and other not in weak else kept


def build_context(document: Document) -> DocContext:
    new_document()
    text = document.text
    published = parse_published(document.published)
    sentences = [SentenceContext(s) for s in split_sentences(text)]
    starts = [s.sentence.start for s in sentences]
    countries = find_countries(text)
    pair = main_pair(countries, _lead_countries(document, countries, sentences))
    countries = sorted(countries + described(text, pair), key=lambda c: c.start)
    persons = find_persons(text, countries)
    mentions: list[tuple[str, list]] = [
        ("money", find_money(text, pair)), ("percents", find_percentages(text)), ("ratios", find_ratios(text)),
        ("tonnes", find_tonnes(text)), ("km", find_km(text)), ("counts", find_counts(text)),
        ("countries", countries), ("persons", persons), ("dates", find_dates(text, published, None if published else usual_year(text))),
    ]
    for name, items in mentions:
        for item in items:
            i = bisect_right(starts, item.start) - 1
            if i >= 0 and item.start < sentences[i].sentence.end:
                getattr(sentences[i], name).append(item)
    headlines = frozenset(s.span() for s in sentences if _is_headline(s.sentence, document.title))
    captions = frozenset(s.span() for s in sentences if _is_caption(s.sentence.text))
    return DocContext(document, published, sentences, pair, persons, headlines, captions)


def _lead_countries(document: Document, countries: list[CountryMention],
                    sentences: list[SentenceContext]) -> frozenset[str]:
    """Countries of the headline (the title, or the text's first line) and of the first sentence after it."""
    if not sentences:
        return frozenset()
    titled = bool(document.title) and sentences[0].sentence.text.strip() != document.title.strip()
    lead = sentences[0] if titled or len(sentences) == 1 else sentences[1]
    lead_end = lead.sentence.end
    named = {c.iso3 for c in countries if c.start < lead_end and c.kind != "compound"}
    if document.title:
        named.update(c.iso3 for c in find_countries(document.title) if c.kind != "compound")
    return frozenset(named)


_CAPTION = re.compile(r"\s/\s*[A-Z][\w .&-]{1,40}$")  # ends with a photo credit


def _is_caption(text: str) -> bool:
    """Ends with a photo credit; most sentences have no slash near their end, which a lookup tells faster."""
    return "/" in text[-45:] and _CAPTION.search(text, max(0, len(text) - 45)) is not None


def _is_headline(sentence: Sentence, title: str | None) -> bool:
    """A title or section heading: the document's title, or a short line without a full stop."""
    if title and sentence.text.strip() == title.strip():
        return True
    return len(sentence.text.split()) <= 16 and sentence.text.rstrip()[-1:] not in ".!?\"”’)"
