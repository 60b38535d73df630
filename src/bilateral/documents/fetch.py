"""Reports fetched over HTTP(S), refusing addresses inside the network so a URL list cannot probe it."""

from __future__ import annotations

import codecs
import ipaddress
import json
import socket
from collections.abc import Callable

import httpx

from bilateral.documents.errors import (
    DEFAULT_MAX_BYTES,
    SNIFF_BYTES,
    DocumentError,
    build_document,
    decode,
    json_problem,
    too_large,
)
from bilateral.documents.html import html_to_document_fields, text_fields
from bilateral.documents.model import Document, slug

MAX_REDIRECTS = 5
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_HEADERS = {"User-Agent": "bilateral/0.1 (report ingestion)",
            "Accept": "text/html, text/plain, application/json;q=0.9, */*;q=0.1"}

Resolver = Callable[[str], list[str]]


def fetch_url(url: str, *, allow_private: bool = False, timeout: float = 20.0,
              max_bytes: int = DEFAULT_MAX_BYTES, transport: httpx.BaseTransport | None = None,
              resolver: Resolver | None = None) -> Document:
    """The report at ``url``: HTML (main text), plain text or a JSON document. Raises DocumentError.

    Redirects are followed by hand so that every hop's host is checked before it is contacted.
    """
    resolve = resolver or _resolve
    current = url
    with httpx.Client(transport=transport, timeout=httpx.Timeout(timeout), headers=_HEADERS,
                      follow_redirects=False) as client:
        for _ in range(MAX_REDIRECTS + 1):
            _guard(current, url, allow_private, resolve)
            response, body = _get(client, current, url, max_bytes, timeout)
            if not response.is_redirect:
                return _document(url, response, body)
            try:
                current = str(response.url.join(response.headers["location"]))
            except httpx.InvalidURL as e:
                raise DocumentError(url, f"bad redirect ({e})") from None
    raise DocumentError(url, f"too many redirects (more than {MAX_REDIRECTS})")


def _guard(current: str, url: str, allow_private: bool, resolve: Resolver) -> None:
    """Refuse a scheme other than http(s), and a host with any address that is not public."""
    via = "" if current == url else f" after redirect to {current}"
    try:
        parsed = httpx.URL(current)
    except httpx.InvalidURL as e:
        raise DocumentError(url, f"not a valid URL{via} ({e})") from None
    if parsed.scheme not in ("http", "https"):
        raise DocumentError(url, f"refused: {parsed.scheme or 'no'} scheme{via}, only http and https")
    if not parsed.host:
        raise DocumentError(url, f"not a valid URL{via} (no host)")
    if allow_private:
        return
    for address in _addresses(parsed.host, url, resolve):
        kind = _non_public(address)
        if kind:
            raise DocumentError(url, f"refused: {kind} address {address}{via} (use --allow-private)")


def _addresses(host: str, url: str, resolve: Resolver) -> list[str]:
    try:
        ipaddress.ip_address(host)
        return [host]
    except ValueError:
        pass
    try:
        addresses = resolve(host)
    except OSError as e:
        raise DocumentError(url, f"unreachable (cannot resolve {host}: {e.strerror or e})") from None
    if not addresses:
        raise DocumentError(url, f"unreachable (no address for {host})")
    return addresses


def _resolve(host: str) -> list[str]:
    return sorted({str(info[4][0]) for info in socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)})


def _non_public(address: str) -> str | None:
    """Why an address is off limits ("loopback", "private", ...), or None for a public one."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address):  # an IPv4 address wrapped in IPv6 is judged as itself
        ip = ip.ipv4_mapped or ip.sixtofour or ip
    for kind, flag in (("unspecified", ip.is_unspecified), ("loopback", ip.is_loopback),
                       ("link-local", ip.is_link_local), ("multicast", ip.is_multicast),
                       ("reserved", ip.is_reserved), ("private", ip.is_private)):
        if flag:
            return kind
    return None if ip.is_global else "non-global"


def _get(client: httpx.Client, current: str, url: str, max_bytes: int,
         timeout: float) -> tuple[httpx.Response, bytes]:
    """One request; the body is read only for a final answer, and never past ``max_bytes``."""
    try:
        with client.stream("GET", current) as response:
            if response.is_redirect:
                return response, b""
            if not response.is_success:
                raise DocumentError(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise too_large(url, "response", max_bytes, int(declared))
            chunks, total = [], 0
            for chunk in response.iter_bytes():
                total += len(chunk)
                if total > max_bytes:
                    raise too_large(url, "response", max_bytes)
                chunks.append(chunk)
            return response, b"".join(chunks)
    except httpx.TimeoutException:
        raise DocumentError(url, f"unreachable (timed out after {timeout:g} s)") from None
    except httpx.HTTPError as e:
        raise DocumentError(url, f"unreachable ({type(e).__name__}: {e})") from None


def _document(url: str, response: httpx.Response, body: bytes) -> Document:
    """The report in a response, by content type. ``url`` is the one asked for: the document's source."""
    ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
    final = str(response.url)
    name = slug(response.url.host + response.url.path)
    if b"\0" in body[:SNIFF_BYTES]:
        raise DocumentError(url, f"not text ({ctype or 'binary content'})")
    if ctype in _HTML_TYPES or (not ctype and body.lstrip()[:1] == b"<"):
        page = _text(body, response.charset_encoding, url) if response.charset_encoding else body
        try:
            fields = html_to_document_fields(page, url=final)
        except ValueError as e:
            raise DocumentError(url, str(e)) from None
        return build_document({"id": name, "url": final, **fields}, url)
    if ctype in ("application/json", "text/json") or ctype.endswith("+json"):
        try:
            value = json.loads(_text(body, response.charset_encoding, url))
        except json.JSONDecodeError as e:
            raise DocumentError(url, json_problem(e)) from None
        if isinstance(value, dict):
            value = {**value, "url": value.get("url") or final}
        return build_document(value, url)
    if ctype.startswith("text/") or not ctype:
        fields = text_fields(_text(body, response.charset_encoding, url))
        return build_document({"id": name, "url": final, **fields}, url)
    raise DocumentError(url, f"not text (content type {ctype})")


def _text(body: bytes, charset: str | None, url: str) -> str:
    """The body decoded by its declared charset; UTF-8 (checked strictly) when none or unknown."""
    try:
        codec = codecs.lookup(charset).name if charset else "utf-8"
    except LookupError:
        codec = "utf-8"
    return decode(body, url) if codec == "utf-8" else body.decode(codec, errors="replace")
