"""fetch_url without network: httpx.MockTransport answers and a fake resolver stands in for DNS."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from bilateral.documents import DocumentError, fetch_url

ARTICLE = (Path(__file__).parent / "data" / "documents" / "article.html").read_bytes()
HOSTS = {"news.example": ["93.184.216.34"], "evil.example": ["10.0.0.5"],
         "mixed.example": ["93.184.216.34", "127.0.0.1"], "v6.example": ["2606:2800:220:1::1"]}


def resolver(host: str) -> list[str]:
    if host not in HOSTS:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    return HOSTS[host]


class Server:
    """A MockTransport that records what was asked of it."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response]) -> None:
        self.requests: list[str] = []
        self._answer = answer
        self.transport = httpx.MockTransport(self._handle)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(str(request.url))
        return self._answer(request)


def html_server() -> Server:
    return Server(lambda request: httpx.Response(200, content=ARTICLE,
                                                 headers={"content-type": "text/html; charset=utf-8"}))


def fetch(url: str, server: Server, **kwargs: object) -> DocumentError:
    """The DocumentError that fetching ``url`` raises."""
    with pytest.raises(DocumentError) as caught:
        fetch_url(url, transport=server.transport, resolver=resolver, **kwargs)  # type: ignore[arg-type]
    return caught.value


def test_html_page() -> None:
    server = html_server()
    doc = fetch_url("https://news.example/2025/kz-uz-deal?ref=rss", transport=server.transport,
                    resolver=resolver)
    assert "raise bilateral trade to $500 million by 2027" in doc.text
    assert doc.title == "Kazakhstan and Uzbekistan agree on $500 million trade target"
    assert doc.published == "2025-04-27"
    assert doc.url == "https://news.example/2025/kz-uz-deal?ref=rss"
    assert doc.source == "https://news.example/2025/kz-uz-deal?ref=rss"
    assert doc.id == "news-example-2025-kz-uz-deal"


def test_relative_redirect_is_followed_and_url_is_the_final_one() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/old":
            return httpx.Response(301, headers={"location": "/new"})
        return httpx.Response(200, text="Deal signed\n\nKazakhstan and Uzbekistan signed.",
                              headers={"content-type": "text/plain"})

    server = Server(answer)
    doc = fetch_url("http://news.example/old", transport=server.transport, resolver=resolver)
    assert server.requests == ["http://news.example/old", "http://news.example/new"]
    assert doc.url == "http://news.example/new"
    assert doc.source == "http://news.example/old"
    assert doc.title == "Deal signed"
    assert doc.text == "Deal signed\n\nKazakhstan and Uzbekistan signed."


def test_redirect_to_a_private_host_is_refused_before_it_is_contacted() -> None:
    server = Server(lambda request: httpx.Response(302, headers={"location": "http://evil.example/admin"}))
    error = fetch("https://news.example/a", server)
    assert str(error) == ("https://news.example/a: refused: private address 10.0.0.5 after redirect to "
                          "http://evil.example/admin (use --allow-private)")
    assert server.requests == ["https://news.example/a"]


def test_redirect_to_cloud_metadata_address_is_refused() -> None:
    server = Server(lambda request: httpx.Response(307, headers={"location": "http://169.254.169.254/latest"}))
    assert "refused: link-local address 169.254.169.254" in str(fetch("https://news.example/a", server))
    assert server.requests == ["https://news.example/a"]


@pytest.mark.parametrize(("url", "problem"), [
    ("http://127.0.0.1/", "refused: loopback address 127.0.0.1 (use --allow-private)"),
    ("http://10.0.0.1/", "refused: private address 10.0.0.1 (use --allow-private)"),
    ("http://192.168.1.1:8080/x", "refused: private address 192.168.1.1 (use --allow-private)"),
    ("http://169.254.169.254/latest/meta-data", "refused: link-local address 169.254.169.254"),
    ("http://[::1]/", "refused: loopback address ::1"),
    ("http://[::ffff:127.0.0.1]/", "refused: loopback address ::ffff:127.0.0.1"),
    ("http://0.0.0.0/", "refused: unspecified address 0.0.0.0"),
    ("http://224.0.0.1/", "refused: multicast address 224.0.0.1"),
    ("http://100.64.0.1/", "refused: non-global address 100.64.0.1"),
    ("http://mixed.example/", "refused: loopback address 127.0.0.1"),
])
def test_non_public_addresses_are_refused(url: str, problem: str) -> None:
    server = html_server()
    error = fetch(url, server)
    assert error.source == url
    assert error.problem.startswith(problem)
    assert server.requests == []


@pytest.mark.parametrize("url", ["http://127.0.0.1/a", "http://[::1]/a", "http://10.0.0.1/a",
                                 "http://evil.example/a"])
def test_allow_private_lets_them_through(url: str) -> None:
    server = html_server()
    doc = fetch_url(url, allow_private=True, transport=server.transport, resolver=resolver)
    assert "Zhibek Zholy" in doc.text
    assert server.requests == [url]


def test_public_ipv6_host_is_allowed() -> None:
    server = html_server()
    assert "Zhibek Zholy" in fetch_url("http://v6.example/", transport=server.transport,
                                       resolver=resolver).text


def test_declared_oversized_body_is_refused() -> None:
    server = Server(lambda request: httpx.Response(200, content=b"x" * 2048,
                                                   headers={"content-type": "text/plain"}))
    assert str(fetch("http://news.example/big", server, max_bytes=1024)) == (
        "http://news.example/big: response is 2 KB, over the 1 KB cap")


def test_streamed_oversized_body_is_cut_off() -> None:
    chunks_sent: list[int] = []

    def body() -> object:
        for i in range(100):
            chunks_sent.append(i)
            yield b"x" * 512

    server = Server(lambda request: httpx.Response(200, content=body(),
                                                   headers={"content-type": "text/plain"}))
    assert str(fetch("http://news.example/big", server, max_bytes=1024)) == (
        "http://news.example/big: response is over the 1 KB cap")
    assert len(chunks_sent) < 5


def test_http_error_status() -> None:
    server = Server(lambda request: httpx.Response(404, text="not here"))
    assert str(fetch("https://news.example/gone", server)) == "https://news.example/gone: HTTP 404 Not Found"


def test_connect_error_is_unreachable() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    assert str(fetch("https://news.example/a", Server(refuse))) == (
        "https://news.example/a: unreachable (ConnectError: [Errno 111] Connection refused)")


def test_timeout_is_unreachable() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    error = fetch("https://news.example/a", Server(slow), timeout=3)
    assert error.problem == "unreachable (timed out after 3 s)"


def test_unknown_host_is_unreachable() -> None:
    server = html_server()
    assert str(fetch("https://x.invalid/", server)) == (
        "https://x.invalid/: unreachable (cannot resolve x.invalid: Name or service not known)")
    assert server.requests == []


def test_redirect_loop_stops() -> None:
    server = Server(lambda request: httpx.Response(302, headers={"location": "/again"}))
    assert fetch("http://news.example/", server).problem == "too many redirects (more than 5)"
    assert len(server.requests) == 6


@pytest.mark.parametrize("url", ["ftp://news.example/a.txt", "file:///etc/passwd"])
def test_other_schemes_are_refused(url: str) -> None:
    server = html_server()
    assert "only http and https" in fetch(url, server).problem
    assert server.requests == []


def test_json_document() -> None:
    payload = {"id": "kz-uz-1", "title": "Deal", "published": "2025-04-27", "lang": "ru",
               "text": "Kazakhstan and Uzbekistan signed."}
    server = Server(lambda request: httpx.Response(200, content=json.dumps(payload).encode(),
                                                   headers={"content-type": "application/json"}))
    doc = fetch_url("https://news.example/api/1", transport=server.transport, resolver=resolver)
    assert (doc.id, doc.title, doc.published, doc.lang, doc.text) == (
        "kz-uz-1", "Deal", "2025-04-27", "ru", "Kazakhstan and Uzbekistan signed.")
    assert doc.url == "https://news.example/api/1"
    assert doc.source == "https://news.example/api/1"


def test_binary_content_type_is_not_text() -> None:
    server = Server(lambda request: httpx.Response(200, content=b"\x89PNG\r\n",
                                                   headers={"content-type": "image/png"}))
    assert fetch("https://news.example/a.png", server).problem == "not text (content type image/png)"


def test_page_without_main_text() -> None:
    server = Server(lambda request: httpx.Response(200, text="<html><body></body></html>",
                                                   headers={"content-type": "text/html"}))
    assert fetch("https://news.example/", server).problem == "no main text found in the HTML"


def test_latin1_text_is_decoded_by_its_charset() -> None:
    latin1 = {"content-type": "text/plain; charset=iso-8859-1"}
    server = Server(lambda request: httpx.Response(200, content="Accord signé à Astana".encode("latin-1"),
                                                   headers=latin1))
    assert fetch_url("https://news.example/a", transport=server.transport,
                     resolver=resolver).text == "Accord signé à Astana"
