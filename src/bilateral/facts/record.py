"""A stored fact in its context: the document it came from and the sentence that states it."""

from __future__ import annotations

from dataclasses import dataclass

from bilateral.facts.models import Fact


@dataclass(frozen=True)
class FactRecord:
    """What views need to cite a fact: its stable id, the document and the quoted sentence.

    ``id`` is ``"<doc_id>:<n>"``, n the fact's position in its document's extraction, so that
    ids survive re-ingestion and can be written in commands and links.
    """

    id: str
    doc_id: str
    fact: Fact
    quote: str
    doc_title: str | None = None
    doc_url: str | None = None
    published: str | None = None
    doc_date: str | None = None  # the date of the engagement the report is about, where it dates one

    @property
    def date(self) -> str | None:
        """The event's own date where it has one, else the date of the report's engagement, else the
        report's publication date: a pledge made during a visit dates from the visit."""
        return self.fact.__dict__.get("date") or self.doc_date or self.published

    @property
    def source(self) -> str:
        """How a citation names the document: its title, else its URL, else its id."""
        return self.doc_title or self.doc_url or self.doc_id
