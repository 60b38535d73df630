"""The JSON API and the pages through FastAPI's test client, over a store of the sample reports."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from bilateral.documents import fetch_url
from bilateral.documents.model import content_hash
from bilateral.web import create_app
from web_support import TOKEN, fill_store

AUTH = {"Authorization": f"Bearer {TOKEN}"}
REPORT = ("Kazakhstan pledged to supply 50,000 tonnes of wheat to Afghanistan, officials said in Kabul on "
          "Tuesday after talks on the Termez corridor.")


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return Path(fill_store(tmp_path_factory.mktemp("api") / "sample.db"))


@pytest.fixture(scope="module")
def client(sample_db: Path) -> Iterator[TestClient]:
    """Reads only: the module's tests share it."""
    with TestClient(create_app(str(sample_db), TOKEN)) as c:
        yield c


def _public_page(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, text=f"Wheat for Kabul\n\n{REPORT}", headers={"content-type": "text/plain"})


@pytest.fixture
def writer(sample_db: Path, tmp_path: Path) -> Iterator[TestClient]:
    """A client on a copy of the store, so writes do not leak into other tests. URLs are fetched
    through a mock transport whose host resolves to a public address."""
    db = tmp_path / "copy.db"
    shutil.copy(sample_db, db)

    def fetch(url: str) -> object:
        return fetch_url(url, transport=httpx.MockTransport(_public_page), resolver=lambda host: ["93.184.216.34"])

    with TestClient(create_app(str(db), TOKEN, max_body=64 * 1024, fetch=fetch)) as c:
        yield c


def count(c: TestClient) -> int:
    return c.get("/api/documents").json()["total"]


# ---------------------------------------------------------------- reading

def test_facts_are_a_page_with_items_and_filters_narrow_them(client: TestClient) -> None:
    everything = client.get("/api/facts", params={"limit": 500}).json()
    assert set(everything) == {"items", "total", "limit", "offset"}
    assert everything["total"] == len(everything["items"]) > 50
    item = everything["items"][0]
    assert {"id", "doc_id", "fact", "quote", "source", "evidence", "summary", "thread_id"} <= set(item)
    signed = client.get("/api/facts", params={"type": "commitment", "stage": "signed", "pair": "kaz-afg"}).json()
    assert signed["total"] > 0
    assert all(f["fact"]["stage"] == "signed" and {"AFG", "KAZ"} <= set(f["countries"]) for f in signed["items"])
    railway = client.get("/api/facts", params={"q": "railway Torghundi"}).json()["items"]
    assert railway and all("torghundi" in f["quote"].lower() for f in railway)
    dated = client.get("/api/facts", params={"since": "2025-04", "until": "2025-04-30"}).json()["items"]
    assert dated and all("2025-04" <= (f["fact"].get("date") or f["published"])[:7] <= "2025-04" for f in dated)
    transport = client.get("/api/facts", params={"sector": "transport"}).json()["items"]
    assert transport and all(f["fact"]["sector"] == "transport" for f in transport)


def test_pages_of_facts_follow_each_other_without_overlap(client: TestClient) -> None:
    first = client.get("/api/facts", params={"limit": 10}).json()
    second = client.get("/api/facts", params={"limit": 10, "offset": 10}).json()
    ids = [f["id"] for f in first["items"] + second["items"]]
    assert len(set(ids)) == 20 and first["total"] == second["total"]
    assert client.get("/api/facts", params={"offset": 10_000}).json()["items"] == []


@pytest.mark.parametrize("params", [{"type": "rumour"}, {"pair": "AFG"}, {"pair": "AFG-AFG"}, {"since": "2025-13"},
                                    {"until": "yesterday"}, {"limit": 0}, {"limit": 501}, {"offset": -1},
                                    {"stage": "promised"}, {"sector": "space"}])
def test_a_bad_filter_is_a_422_naming_it(client: TestClient, params: dict) -> None:
    answer = client.get("/api/facts", params=params)
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert error["status"] == 422 and next(iter(params)) in error["message"]


def test_documents_their_text_and_their_facts_with_spans(client: TestClient) -> None:
    listed = client.get("/api/documents", params={"limit": 3}).json()
    assert listed["total"] == 8 and len(listed["items"]) == 3
    assert [d["published"] for d in listed["items"]] == sorted((d["published"] for d in listed["items"]), reverse=True)
    doc_id = "kz-af-2025-04-zhumangarin-kabul-visit"
    document = client.get(f"/api/documents/{doc_id}").json()
    assert document["text"].startswith("KABUL") and document["facts"] > 0
    facts = client.get(f"/api/documents/{doc_id}/facts").json()
    assert facts["total"] == document["facts"]
    for f in facts["items"]:
        start, end = f["evidence"]
        assert document["text"][start:end] == f["quote"]
    assert client.get("/api/documents", params={"q": "Taliban banned"}).json()["total"] == 1
    assert client.get("/api/documents/nope").status_code == 404
    assert client.get("/api/documents/nope/facts").json()["error"]["status"] == 404


def test_threads_and_the_railway_timeline(client: TestClient) -> None:
    threads = client.get("/api/threads", params={"pair": "AFG-KAZ", "kind": "commitment", "limit": 200}).json()
    railway = [t for t in threads["items"] if "Torghundi" in t["label"] and t["amount"]]
    assert len(railway) == 1
    one = client.get(f"/api/threads/{railway[0]['id']}", params={"limit": 2}).json()
    assert one["history"][0]["stage"] == "intent" and one["stage"] == "signed"
    assert all(s["quote"] and s["doc_id"] for s in one["history"])
    assert one["members"]["total"] > 2 and len(one["members"]["items"]) == 2
    assert client.get("/api/threads/nope").status_code == 404
    assert client.get("/api/threads", params={"kind": "rumour"}).status_code == 422


def test_pairs_overview_and_brief(client: TestClient) -> None:
    pairs = client.get("/api/pairs").json()
    assert pairs["items"][0]["pair"] == "AFG-KAZ" and pairs["items"][0]["names"] == ["Afghanistan", "Kazakhstan"]
    overview = client.get("/api/pairs/kaz-afg").json()
    assert overview["pair"] == "AFG-KAZ"
    assert any(t["metric"] == "trade_turnover" and t["value"] == 3e9 for t in overview["targets"])
    assert any(r["metric"] == "trade_turnover" and r["period"] == "2024" for r in overview["readings"])
    assert overview["commitments"] and overview["engagements"] and overview["reports"]
    brief = client.get("/api/pairs/AFG-KAZ/brief").json()
    assert brief["title"] == "Afghanistan – Kazakhstan" and brief["sections"]
    assert client.get("/api/pairs/AFG-USA").status_code == 404


def test_the_overview_draws_official_figures_once_they_are_imported(tmp_path: Path) -> None:
    db = fill_store(tmp_path / "trade.db", trade=True)
    with TestClient(create_app(db, None)) as c:
        official = c.get("/api/pairs/AFG-KAZ").json()["official"]
        assert official[0]["reporter"] == "KAZ" and [2024, 545200000.0] in official[0]["points"]
        assert "Official (Kazakhstan" in c.get("/pairs/AFG-KAZ").text


def test_openapi_describes_the_stable_paths(client: TestClient) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    assert {"get", "post"} <= set(paths["/api/documents"])
    for path in ("/api/facts", "/api/documents/{doc_id}", "/api/documents/{doc_id}/facts", "/api/threads",
                 "/api/threads/{thread_id}", "/api/pairs", "/api/pairs/{pair}", "/api/pairs/{pair}/brief"):
        assert "get" in paths[path], path


def test_every_answer_carries_the_security_headers(client: TestClient) -> None:
    for path in ("/api/facts", "/pairs/AFG-KAZ", "/nope"):
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("path", ["/pairs", "/pairs/AFG-KAZ", "/pairs/AFG-KAZ/brief", "/threads?pair=AFG-KAZ",
                                  "/threads/nope", "/documents", "/documents?q=railway",
                                  "/documents/kz-af-2025-04-zhumangarin-kabul-visit", "/search", "/search?q=wheat",
                                  "/search?type=commitment&pair=AFG-KAZ&since=2025", "/ingest", "/nope"])
def test_pages_render(client: TestClient, path: str) -> None:
    answer = client.get(path)
    assert answer.status_code == (404 if "nope" in path else 200), answer.text[:300]
    assert answer.headers["content-type"].startswith("text/html")


def test_the_landing_page_is_the_afg_kaz_overview(client: TestClient) -> None:
    answer = client.get("/", follow_redirects=False)
    assert answer.status_code == 302 and answer.headers["location"] == "/pairs/AFG-KAZ"


def test_a_thread_page_links_each_step_to_its_sentence(client: TestClient) -> None:
    railway = client.get("/api/threads", params={"pair": "AFG-KAZ", "stage": "signed", "kind": "commitment"}).json()
    thread = next(t for t in railway["items"] if "Torghundi" in t["label"])
    html = client.get(f"/threads/{thread['id']}").text
    for step in client.get(f"/api/threads/{thread['id']}").json()["history"]:
        assert f"/documents/{step['doc_id']}#fact-{step['fact_id']}" in html


# ---------------------------------------------------------------- writing

@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"},
                                     {"Authorization": "Bearer"}])
def test_writes_without_the_token_are_refused_and_store_nothing(writer: TestClient, headers: dict) -> None:
    before = count(writer)
    for body in ({"text": REPORT}, {"url": "https://example.org/wheat"}, {"text": ""}, "not json"):
        kwargs = {"json": body} if isinstance(body, dict) else {"content": body}
        answer = writer.post("/api/documents", headers=headers, **kwargs)
        assert answer.status_code == 401 and answer.headers["www-authenticate"].startswith("Bearer")
        assert answer.json()["error"]["status"] == 401
    form = writer.post("/ingest", data={"text": REPORT, "token": headers.get("Authorization", "")})
    assert form.status_code == 401 and "token" in form.text
    assert count(writer) == before


def test_without_a_configured_token_every_write_is_refused(sample_db: Path) -> None:
    with TestClient(create_app(str(sample_db), None)) as c:
        for headers in ({}, AUTH, {"Authorization": "Bearer "}):
            answer = c.post("/api/documents", headers=headers, json={"text": REPORT})
            assert answer.status_code == 403 and "BILATERAL_TOKEN" in answer.json()["error"]["message"]
        assert c.post("/ingest", data={"text": REPORT, "token": ""}).status_code == 403
        assert count(c) == 8


@pytest.mark.parametrize(("body", "kind", "status", "says"), [
    (b"{not json", "application/json", 400, "not valid JSON"),
    (b"", "application/json", 400, "empty"),
    (b"[1, 2]", "application/json", 422, "not a document object"),
    (b'{"title": "no text"}', "application/json", 422, '"text": missing'),
    (b'{"text": "   "}', "application/json", 422, "empty text"),
    (b'{"text": "x", "published": "2025-02-30"}', "application/json", 422, "published"),
    (b'{"text": "x", "lang": "xx"}', "application/json", 422, "no extractor"),
    (b'{"url": "ftp://example.org/a"}', "application/json", 422, "only http and https"),
    (b'{"url": "http://127.0.0.1:8000/"}', "application/json", 422, "loopback"),
    (b'{"url": "http://10.0.0.7/report"}', "application/json", 422, "private"),
    (b'{"url": 5}', "application/json", 422, "url"),
    (b"\xff\xfe", "text/plain", 400, "UTF-8"),
    (b"<report/>", "application/xml", 415, "application/json"),
    (b'{"id": "kz-af-2025-04-zhumangarin-kabul-visit", "text": "another text"}', "application/json", 409,
     "different text"),
])
def test_a_malformed_body_is_a_clear_4xx_and_stores_nothing(writer: TestClient, body: bytes, kind: str, status: int,
                                                            says: str) -> None:
    before = count(writer)
    answer = writer.post("/api/documents", headers={**AUTH, "content-type": kind}, content=body)
    assert answer.status_code == status, answer.text
    assert answer.json()["error"]["status"] == status and says in answer.json()["error"]["message"]
    assert count(writer) == before


def test_a_body_over_the_limit_is_refused_with_413(writer: TestClient) -> None:
    big = {"text": "Kazakhstan pledged aid. " * 4000}
    answer = writer.post("/api/documents", headers=AUTH, json=big)
    assert answer.status_code == 413 and answer.json()["error"]["status"] == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit applies while the body is read
        yield b'{"text": "'
        for _ in range(200):
            yield b"x" * 1024
        yield b'"}'

    answer = writer.post("/api/documents", headers={**AUTH, "content-type": "application/json"}, content=chunks())
    assert answer.status_code == 413
    assert count(writer) == 8


def test_a_json_document_without_id_gets_one_from_its_hash_and_is_searchable(writer: TestClient) -> None:
    answer = writer.post("/api/documents", headers=AUTH, json={"text": REPORT, "published": "2025-06-03"})
    assert answer.status_code == 201
    body = answer.json()
    assert body["id"] == "doc-" + content_hash(REPORT)[:16] and body["created"] and body["facts"]
    assert writer.get(f"/api/documents/{body['id']}").json()["source"] == "web"
    assert writer.get("/api/facts", params={"q": "wheat Termez"}).json()["total"] > 0
    again = writer.post("/api/documents", headers=AUTH, json={"id": "other-id", "text": REPORT})
    assert again.status_code == 200 and again.json() == {"id": body["id"], "created": False, "facts": {},
                                                          "threads": 0}


def test_plain_text_and_urls_are_ingested_too(writer: TestClient) -> None:
    text = writer.post("/api/documents", headers={**AUTH, "content-type": "text/plain; charset=utf-8"},
                       content=f"Wheat for Kabul\n\n{REPORT}".encode())
    assert text.status_code == 201
    assert writer.get(f"/api/documents/{text.json()['id']}").json()["title"] == "Wheat for Kabul"
    fetched = writer.post("/api/documents", headers=AUTH, json={"url": "https://news.example.org/wheat"})
    assert fetched.status_code == 200 and fetched.json()["id"] == text.json()["id"]  # the same text, stored already
    assert count(writer) == 9


def test_the_form_stores_a_pasted_report_and_shows_it(writer: TestClient) -> None:
    answer = writer.post("/ingest", data={"text": REPORT, "url": "", "token": TOKEN}, follow_redirects=False)
    assert answer.status_code == 303
    page = writer.get(answer.headers["location"])
    assert "Stored:" in page.text and "<mark" in page.text
    assert writer.post("/ingest", data={"text": "", "url": "", "token": TOKEN}).status_code == 422
    bad_date = writer.post("/ingest", data={"text": REPORT + " Again.", "published": "2025-02-30", "token": TOKEN})
    assert bad_date.status_code == 422 and "not a date" in bad_date.text


def test_report_text_is_escaped_in_every_page(writer: TestClient) -> None:
    hostile = "<script>alert(1)</script> Kazakhstan pledged to build a <b>school</b> in Kabul."
    assert writer.post("/api/documents", headers=AUTH,
                       json={"id": "x", "title": "<script>alert(2)</script>", "text": hostile}).status_code == 201
    for path in ("/documents/x", "/documents", "/search?q=school", "/documents?q=school"):
        html = writer.get(path).text
        assert "<script>alert" not in html and "<b>school" not in html
        assert "&lt;script&gt;alert" in html
