"""A report as received: its text, source, date and language, and the hash that identifies it."""

from __future__ import annotations

import hashlib
import re
from datetime import date

from pydantic import BaseModel, ConfigDict, Field, field_validator


def content_hash(text: str) -> str:
    """SHA-256 of the text: the same text ingested twice is recognised as the same report."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Document(BaseModel):
    """One report. ``id`` defaults to one derived from the content hash."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    id: str = Field(default="", description="stable identifier; derived from the content hash when empty")
    text: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    lang: str = "en"
    source: str | None = Field(default=None, description="where it was loaded from: a path, a URL or '-'")

    @field_validator("text")
    @classmethod
    def _not_empty(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("the text is empty")
        return v

    @field_validator("published", mode="before")
    @classmethod
    def _published(cls, v: object) -> str | None:
        if v in (None, ""):
            return None
        value = str(v)[:10]
        try:
            date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"published {v!r} is not a date YYYY-MM-DD") from None
        return value

    @field_validator("lang", mode="before")
    @classmethod
    def _lang(cls, v: object) -> str:
        return str(v or "en").lower()[:2]

    def model_post_init(self, __context: object) -> None:
        if not self.id:
            object.__setattr__(self, "id", "doc-" + self.hash[:16])

    @property
    def hash(self) -> str:
        return content_hash(self.text)

    def to_json(self) -> dict:
        """The input format of ../shared/docs/facts.md."""
        return {"id": self.id, "url": self.url, "title": self.title, "published": self.published,
                "lang": self.lang, "text": self.text}


_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str, limit: int = 60) -> str:
    """A readable id fragment from a title or file name."""
    return _SLUG.sub("-", text.lower()).strip("-")[:limit].rstrip("-")
