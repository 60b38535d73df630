"""Who may write, what pages may load, and how much a request may send.

Reading is open. Every write needs the bearer token the server was started with, compared in
constant time; a server started without one refuses all writes. Reports are untrusted input, so the
pages allow scripts and styles from this server only (no inline script, nothing from elsewhere), and
templates escape every value.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import HTTPException, Request

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
HEADERS = {"content-security-policy": CSP, "x-content-type-options": "nosniff", "referrer-policy": "no-referrer",
           "x-frame-options": "DENY", "cross-origin-opener-policy": "same-origin"}
WRITES_DISABLED = "writes are disabled: the server was started without BILATERAL_TOKEN"


class WriteRefused(HTTPException):
    """401 (no or wrong token) or 403 (no token configured)."""


def check_token(configured: str | None, given: str | None) -> None:
    """Raise WriteRefused unless ``given`` is the configured token."""
    if not configured:
        raise WriteRefused(403, WRITES_DISABLED)
    if not given or not hmac.compare_digest(given.encode("utf-8"), configured.encode("utf-8")):
        raise WriteRefused(401, "this write needs the server's token: send 'Authorization: Bearer <token>'",
                           headers={"WWW-Authenticate": 'Bearer realm="bilateral"'})


def bearer(request: Request) -> str | None:
    """The token of an ``Authorization: Bearer ...`` header, if any."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else None


def require_token(request: Request) -> None:
    """A dependency for every API write."""
    check_token(request.app.state.services.token, bearer(request))


class SecurityHeaders:
    """Adds the Content-Security-Policy and companion headers to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k.encode(), v.encode()) for k, v in HEADERS.items() if k.encode() not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, with_headers)


def too_large(max_bytes: int) -> str:
    return f"the request body is over the {max_bytes:,} byte limit"


class BodyLimit:
    """Refuses a request body over ``max_bytes`` with 413: by its Content-Length before anything is read
    (answered by ``reply``), and while it is read when sent without one (chunked). Installed inside the
    exception handling, so the second case answers with the same error body as any other error."""

    def __init__(self, app: ASGIApp, max_bytes: int, reply: Callable[[Scope, int, str], ASGIApp]) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.reply = reply

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await self.reply(scope, 413, too_large(self.max_bytes))(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise HTTPException(413, too_large(self.max_bytes))
            return message

        await self.app(scope, counted, send)
