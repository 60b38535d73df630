"""One error body everywhere: ``{"error": {"status", "message", "fields"?}}`` under /api, and a page with
the same message elsewhere. Nothing about the server's internals reaches the client."""

from __future__ import annotations

import logging
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse, Response

from bilateral.web.render import page
from bilateral.web.security import Scope

log = logging.getLogger("bilateral.web")


def _is_api(path: str) -> bool:
    return path == "/api" or path.startswith("/api/")


def error_response(path: str, status: int, message: str, fields: list[dict[str, str]] | None = None,
                   headers: dict[str, str] | None = None) -> Response:
    if _is_api(path):
        body: dict = {"status": status, "message": message}
        if fields:
            body["fields"] = fields
        return JSONResponse({"error": body}, status_code=status, headers=headers)
    return page("error.html.j2", status, title=HTTPStatus(status).phrase, status=status, message=message,
                fields=fields or [], headers=headers)


def reply(scope: Scope, status: int, message: str) -> Response:
    """An error answer for a request that never reached the application (BodyLimit)."""
    return error_response(scope.get("path", ""), status, message)


def _field(error: dict) -> dict[str, str]:
    where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "path", "body"))
    return {"field": where or "request", "problem": error.get("msg", "invalid")}


def install(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return error_response(request.url.path, exc.status_code, str(exc.detail), headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        fields = [_field(e) for e in exc.errors()]
        message = "; ".join(f"{f['field']}: {f['problem']}" for f in fields)
        return error_response(request.url.path, 422, message, fields)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        log.exception("error on %s", request.url.path)
        return error_response(request.url.path, 500, "internal error; the server log has the details")
