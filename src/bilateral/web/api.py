"""The JSON API under /api: documents, facts, threads and country pairs, every list paginated.

Stable paths other tools rely on: ``GET /api/facts`` (an object with the list under ``items``),
``GET /api/documents``, ``POST /api/documents`` (the answer carries the new document's ``id``).
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from bilateral.views.text import country_name
from bilateral.web import ingest
from bilateral.web.params import THREAD_KINDS, THREAD_STAGES, Limit, Offset, choice, fact_query, pair_of
from bilateral.web.schemas import (
    DocumentIn,
    DocumentOut,
    DocumentSummaryOut,
    ErrorOut,
    FactOut,
    IngestOut,
    Page,
    PairOut,
    ThreadOut,
    ThreadSummaryOut,
    UrlIn,
    document_summary,
    fact_out,
    overview_out,
    thread_out,
    thread_summary_out,
)
from bilateral.web.search import FactQuery
from bilateral.web.security import require_token
from bilateral.web.services import Services

ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorOut} for code in (404, 422)}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorOut}
                                                  for code in (400, 401, 403, 409, 413, 415, 422)}
INGEST_BODY = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": {"oneOf": [DocumentIn.model_json_schema(), UrlIn.model_json_schema()]}},
    "text/plain": {"schema": {"type": "string", "description": "a report's text (or a JSON document or HTML page)"}},
}}}

router = APIRouter(prefix="/api", responses=ERRORS)


def services(request: Request) -> Services:
    return request.app.state.services


Svc = Annotated[Services, Depends(services)]


def _send(model: BaseModel) -> Response:
    """The answer, serialized once: the route's response_model documents it, and FastAPI would
    validate and serialize it again."""
    return Response(model.model_dump_json(), media_type="application/json")


def _pair(value: str) -> tuple[str, str]:
    pair = pair_of(value)
    if pair is None:
        raise HTTPException(422, "pair: missing")
    return pair


@router.get("/documents", response_model=Page[DocumentSummaryOut], tags=["documents"])
def list_documents(svc: Svc, limit: Limit = 50, offset: Offset = 0,
                   q: Annotated[str | None, Query(max_length=500, description="words of the title or text")] = None
                   ) -> Response:
    """Stored reports, newest published first."""
    total, docs = svc.documents(q, limit, offset)
    return _send(Page[DocumentSummaryOut](items=[document_summary(d) for d in docs], total=total, limit=limit,
                                          offset=offset))


@router.post("/documents", response_model=IngestOut, status_code=201, tags=["documents"],
             dependencies=[Depends(require_token)], responses=WRITE_ERRORS, openapi_extra=INGEST_BODY)
async def add_document(request: Request) -> JSONResponse:
    """Ingest one report: a JSON document (``id`` optional), ``{"url": ...}``, or plain text. Needs
    ``Authorization: Bearer <token>``. 201 when stored, 200 when that text was stored already."""
    svc: Services = request.app.state.services
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    if not body.strip():
        raise HTTPException(400, "the body is empty")
    if kind == "application/json":
        given = ingest.from_json(body)
        document = await asyncio.to_thread(ingest.fetch, svc, given) if isinstance(given, str) else given
    elif kind == "text/plain":
        try:
            document = ingest.from_text(body.decode("utf-8"))
        except UnicodeDecodeError:
            raise HTTPException(400, "the body is not UTF-8") from None
    else:
        raise HTTPException(415, "send application/json (a document or {\"url\": ...}) or text/plain")
    done = await run_in_threadpool(ingest.store, svc, document)
    return JSONResponse(IngestOut(**asdict(done)).model_dump(), status_code=201 if done.created else 200)


@router.get("/documents/{doc_id}", response_model=DocumentOut, tags=["documents"])
def get_document(doc_id: str, svc: Svc) -> Response:
    """One report with its text."""
    document = svc.store.document(doc_id)
    if document is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    facts = svc.reads.fact_counts([doc_id]).get(doc_id, 0)
    return _send(DocumentOut(**document_summary(document).model_dump(), text=document.text, facts=facts))


@router.get("/documents/{doc_id}/facts", response_model=Page[FactOut], tags=["documents"])
def document_facts(doc_id: str, svc: Svc, limit: Limit = 100, offset: Offset = 0) -> Response:
    """A report's facts in extraction order, each with its evidence span in the text."""
    if svc.store.document(doc_id) is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    records = svc.reads.document_records(doc_id)
    page = records[offset:offset + limit]
    threads = svc.reads.thread_of([r.id for r in page])
    return _send(Page[FactOut](items=[fact_out(r, threads.get(r.id)) for r in page], total=len(records), limit=limit,
                         offset=offset))


@router.get("/facts", response_model=Page[FactOut], tags=["facts"])
def list_facts(svc: Svc, query: Annotated[FactQuery, Depends(fact_query)], limit: Limit = 50,
               offset: Offset = 0) -> Response:
    """Stored facts that pass every filter given, newest report first."""
    total, records = svc.facts(query, limit, offset)
    threads = svc.reads.thread_of([r.id for r in records])
    return _send(Page[FactOut](items=[fact_out(r, threads.get(r.id)) for r in records], total=total, limit=limit,
                         offset=offset))


@router.get("/facts/{fact_id}", response_model=FactOut, tags=["facts"])
def get_fact(fact_id: str, svc: Svc) -> Response:
    found = svc.reads.records([fact_id])
    if not found:
        raise HTTPException(404, f"no fact {fact_id!r}")
    return _send(fact_out(found[0], svc.reads.thread_of([fact_id]).get(fact_id)))


@router.get("/threads", response_model=Page[ThreadSummaryOut], tags=["threads"])
def list_threads(svc: Svc, limit: Limit = 50, offset: Offset = 0,
                 pair: Annotated[str | None, Query(description="e.g. AFG-KAZ")] = None,
                 kind: Annotated[str | None, Query(description=", ".join(THREAD_KINDS))] = None,
                 stage: Annotated[str | None, Query(description=", ".join(THREAD_STAGES))] = None,
                 silent: Annotated[bool | None, Query(description="no report for over 12 months")] = None
                 ) -> Response:
    """What is tracked across reports, most recently reported first."""
    total, found = svc.reads.threads(pair=pair_of(pair), kind=choice("kind", kind, THREAD_KINDS),
                                     stage=choice("stage", stage, THREAD_STAGES), silent=silent, limit=limit,
                                     offset=offset)
    return _send(Page[ThreadSummaryOut](items=[thread_summary_out(s) for s in found], total=total, limit=limit,
                                  offset=offset))


@router.get("/threads/{thread_id}", response_model=ThreadOut, tags=["threads"])
def get_thread(thread_id: str, svc: Svc, limit: Limit = 100, offset: Offset = 0) -> Response:
    """One thread's timeline: stage history with the sentence behind each step, amounts, conflicting
    figures, and its member facts (paginated)."""
    state = svc.thread_state(thread_id)
    if state is None:
        raise HTTPException(404, f"no thread {thread_id!r}")
    return _send(thread_out(state, limit, offset))


@router.get("/pairs", response_model=Page[PairOut], tags=["pairs"])
def list_pairs(svc: Svc, limit: Limit = 100, offset: Offset = 0) -> Response:
    """Country pairs the stored facts concern, most facts first."""
    pairs = svc.pairs()
    items = [PairOut(pair="-".join(p.pair), names=[country_name(c) for c in p.pair], facts=p.facts, reports=p.reports)
             for p in pairs[offset:offset + limit]]
    return _send(Page[PairOut](items=items, total=len(pairs), limit=limit, offset=offset))


def _stored_pair(svc: Services, value: str) -> tuple[str, str]:
    codes = _pair(value)
    if svc.pair_count(codes) is None:
        raise HTTPException(404, f"no facts about {'-'.join(codes)} are stored")
    return codes


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


@router.get("/pairs/{pair}", tags=["pairs"], response_class=JSONResponse,
            responses={200: {"content": {"application/json": {"schema": {"type": "object"}}}}})
def get_pair(pair: str, svc: Svc) -> Response:
    """A pair's overview: trade targets with the figures reports give by year and official series,
    commitments by stage and sector, engagements and the newest reports. Serialized once per version
    of the store."""
    codes = _stored_pair(svc, pair)
    body = svc.snapshot.get(("overview.json", codes), lambda: _json(overview_out(svc.overview(codes))))
    return Response(body, media_type="application/json")


@router.get("/pairs/{pair}/brief", tags=["pairs"], response_class=JSONResponse,
            responses={200: {"content": {"application/json": {"schema": {"type": "object"}}}}})
def get_brief(pair: str, svc: Svc) -> Response:
    """The pair's brief (as ``bilateral brief --pair``) as JSON."""
    codes = _stored_pair(svc, pair)
    body = svc.snapshot.get(("brief.json", codes), lambda: _json(asdict(svc.brief(codes))))
    return Response(body, media_type="application/json")
