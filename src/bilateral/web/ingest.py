"""Reports sent to the server take the path of ``bilateral ingest``: loaded as documents (documents),
their facts extracted (extraction), stored in one transaction (Store.add) and linked into threads
(tracking.refresh_threads). A bad report is refused whole, with a 4xx that says why."""

from __future__ import annotations

import io
import json
from collections import Counter
from dataclasses import dataclass

from fastapi import HTTPException
from pydantic import ValidationError

from bilateral.documents import Document, DocumentError, load
from bilateral.documents.errors import build_document, json_problem
from bilateral.extraction import UnsupportedLanguage, extract
from bilateral.storage import DocumentConflictError
from bilateral.tracking.refresh import refresh_threads
from bilateral.web.services import Services

SOURCE = "web"


@dataclass(frozen=True)
class Ingested:
    id: str
    created: bool
    facts: dict[str, int]
    threads: int


def from_text(text: str, published: str | None = None) -> Document:
    """Pasted content, read as ``bilateral ingest -`` reads stdin: a JSON document, an HTML page or text;
    ``published`` (YYYY-MM-DD), when given, is its publication date."""
    items = list(load(["-"], stdin=io.StringIO(text)))
    if len(items) != 1:
        raise HTTPException(422, f"one report per request, got {len(items)}")
    if isinstance(items[0], DocumentError):
        raise HTTPException(422, items[0].problem)
    fields = {**items[0].model_dump(), "source": SOURCE}
    if published:
        fields["published"] = published
    try:
        return Document.model_validate(fields)
    except ValidationError as e:
        raise HTTPException(422, "; ".join(err["msg"].removeprefix("Value error, ") for err in e.errors())) from None


def from_json(body: bytes) -> Document | str:
    """A JSON document, or the URL of ``{"url": ...}`` to fetch."""
    try:
        value = json.loads(body)
    except UnicodeDecodeError:
        raise HTTPException(400, "the body is not UTF-8") from None
    except json.JSONDecodeError as e:
        raise HTTPException(400, json_problem(e)) from None
    if isinstance(value, dict) and "text" not in value and set(value) >= {"url"}:
        if not isinstance(value["url"], str) or not value["url"].strip():
            raise HTTPException(422, 'field "url": not a URL')
        return value["url"].strip()
    try:
        return build_document(value, SOURCE)
    except DocumentError as e:
        raise HTTPException(422, e.problem) from None


def fetch(services: Services, url: str) -> Document:
    """The report at ``url``; internal addresses are refused, as ``bilateral ingest`` refuses them.
    Callers run it on the event loop's own executor, not the few request threads: a slow site must not
    hold up reading."""
    try:
        return services.fetch(url)
    except DocumentError as e:
        raise HTTPException(422, e.problem.replace(" (use --allow-private)", "")) from None


def store(services: Services, document: Document) -> Ingested:
    try:
        facts = extract(document)
    except UnsupportedLanguage as e:
        raise HTTPException(422, str(e)) from None
    with services.write_lock:
        try:
            added = services.store.add(document, facts)
        except DocumentConflictError as e:
            raise HTTPException(409, str(e)) from None
        threads = refresh_threads(services.store, [document.id]) if added else 0
    services.written()
    if not added:
        return Ingested(services.reads.document_id_by_hash(document.hash) or document.id, False, {}, 0)
    return Ingested(document.id, True, dict(Counter(f.type for f in facts)), threads)
