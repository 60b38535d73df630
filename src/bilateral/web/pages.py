"""The pages: server-rendered HTML over the same services as the API. Report text is only ever passed
to templates as data (autoescaped); charts travel as JSON in non-executable script tags."""

from __future__ import annotations

import asyncio
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2.utils import htmlsafe_json_dumps
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool

from bilateral.facts.models import FACT_TYPES, SECTORS, STAGES
from bilateral.views import render_html
from bilateral.views.describe import describe
from bilateral.web import ingest
from bilateral.web.charts import commitments_chart, engagements_chart, trade_chart
from bilateral.web.highlight import segments
from bilateral.web.params import THREAD_KINDS, THREAD_STAGES, Limit, Offset, choice, fact_query, pair_of
from bilateral.web.render import page
from bilateral.web.search import FactQuery
from bilateral.web.security import WriteRefused, check_token
from bilateral.web.services import Services

LANDING = ("AFG", "KAZ")
BRIEF_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'"

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def services(request: Request) -> Services:
    return request.app.state.services


Svc = Annotated[Services, Depends(services)]


def _pair(svc: Services, value: str) -> tuple[str, str]:
    pair = pair_of(value)
    if pair is None or svc.pair_count(pair) is None:
        raise HTTPException(404, f"no facts about {value} are stored")
    return pair


@router.get("/")
def home(svc: Svc) -> Response:
    """The AFG–KAZ overview when that pair is stored, else the list of pairs."""
    if svc.pair_count(LANDING) is not None:
        return RedirectResponse(f"/pairs/{'-'.join(LANDING)}", status_code=302)
    return page("pairs.html.j2", pairs=svc.pairs(), nav="pairs")


@router.get("/pairs")
def pairs(svc: Svc) -> Response:
    return page("pairs.html.j2", pairs=svc.pairs(), nav="pairs")


def _charts(svc: Services, pair: tuple[str, str]) -> dict[str, Markup | None]:
    """The overview's chart specs as JSON for script tags, made once per version of the store."""
    def make() -> dict[str, Markup | None]:
        ov = svc.overview(pair)
        built = {"trade": trade_chart(ov), "commitments": commitments_chart(ov), "engagements": engagements_chart(ov)}
        return {name: htmlsafe_json_dumps(spec) if spec else None for name, spec in built.items()}
    return svc.snapshot.get(("charts", pair), make)


@router.get("/pairs/{pair}")
def overview(pair: str, svc: Svc) -> Response:
    codes = _pair(svc, pair)
    return page("overview.html.j2", ov=svc.overview(codes), counts=svc.pair_count(codes),
                charts=_charts(svc, codes), nav="overview")


@router.get("/pairs/{pair}/brief")
def brief(pair: str, svc: Svc) -> Response:
    """The brief as ``bilateral brief --format html`` writes it: a self-contained page with inline
    style and SVG and no script, served under a policy that allows exactly that."""
    codes = _pair(svc, pair)
    return HTMLResponse(render_html(svc.brief(codes)), headers={"content-security-policy": BRIEF_CSP})


@router.get("/threads")
def threads(svc: Svc, request: Request, limit: Limit = 50, offset: Offset = 0, pair: str | None = None,
            kind: str | None = None, stage: str | None = None, silent: bool = False) -> Response:
    total, found = svc.reads.threads(pair=pair_of(pair), kind=choice("kind", kind, THREAD_KINDS),
                                     stage=choice("stage", stage, THREAD_STAGES), silent=True if silent else None,
                                     limit=limit, offset=offset)
    return page("threads.html.j2", threads=found, total=total, limit=limit, offset=offset,
                params=dict(request.query_params), kinds=THREAD_KINDS, stages=THREAD_STAGES, nav="threads")


@router.get("/threads/{thread_id}")
def thread(thread_id: str, svc: Svc, limit: Limit = 100, offset: Offset = 0) -> Response:
    state = svc.thread_state(thread_id)
    if state is None:
        raise HTTPException(404, f"no thread {thread_id!r}")
    members = state.thread.members
    return page("thread.html.j2", state=state, members=members[offset:offset + limit], total=len(members),
                limit=limit, offset=offset, params={}, stages=STAGES, describe=describe, nav="threads")


@router.get("/documents")
def documents(svc: Svc, request: Request, limit: Limit = 50, offset: Offset = 0, q: str | None = None) -> Response:
    total, docs = svc.documents(q, limit, offset)
    return page("documents.html.j2", documents=docs, counts=svc.reads.fact_counts([d.id for d in docs]), total=total,
                limit=limit, offset=offset, q=q or "", params=dict(request.query_params), nav="documents")


@router.get("/documents/{doc_id}")
def document(doc_id: str, svc: Svc, new: str | None = None) -> Response:
    found = svc.store.document(doc_id)
    if found is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    records = sorted(svc.reads.document_records(doc_id), key=lambda r: int(r.id.rsplit(":", 1)[1]))
    return page("document.html.j2", doc=found, records=records, segments=segments(found.text, records),
                threads=svc.reads.thread_of([r.id for r in records]), describe=describe, new=new, nav="documents")


@router.get("/search")
def search(svc: Svc, request: Request, query: Annotated[FactQuery, Depends(fact_query)], limit: Limit = 25,
           offset: Offset = 0) -> Response:
    searched = any(v for v in vars(query).values())
    total, records = svc.facts(query, limit, offset) if searched else (0, [])
    doc_total, docs = svc.documents(query.q, 10, 0) if query.q else (0, [])
    return page("search.html.j2", query=query, records=records, total=total, limit=limit, offset=offset,
                docs=docs, doc_total=doc_total, searched=searched, params=dict(request.query_params),
                threads=svc.reads.thread_of([r.id for r in records]), describe=describe, types=FACT_TYPES,
                stages=STAGES, sectors=SECTORS, nav="search")


@router.get("/ingest")
def ingest_form(svc: Svc) -> Response:
    return page("ingest.html.j2", error=None, text="", url="", published="", writable=bool(svc.token), nav="ingest")


@router.post("/ingest")
async def ingest_submit(request: Request) -> Response:
    """The form's report (pasted text, or a URL) stored as ``POST /api/documents`` stores it; the
    token is a form field, as a form cannot send an Authorization header."""
    svc: Services = request.app.state.services
    form = await request.form()
    text, url, published, token = (str(form.get(name) or "") for name in ("text", "url", "published", "token"))

    def again(status: int, error: str) -> Response:
        return page("ingest.html.j2", status, error=error, text=text, url=url, published=published,
                    writable=bool(svc.token), nav="ingest")

    try:
        check_token(svc.token, token)
        if text.strip() and url.strip():
            raise HTTPException(422, "give either a text or a URL, not both")
        if url.strip():
            document = await asyncio.to_thread(ingest.fetch, svc, url.strip())
        elif text.strip():
            document = ingest.from_text(text, published.strip() or None)
        else:
            raise HTTPException(422, "paste a report's text or give its URL")
        done = await run_in_threadpool(ingest.store, svc, document)
    except (WriteRefused, HTTPException) as e:
        return again(e.status_code, str(e.detail))
    return RedirectResponse(f"/documents/{quote(done.id, safe='')}?new={'stored' if done.created else 'known'}",
                            status_code=303)
