"""load() and iter_corpus(): every kind of source, and bad input reported by name without ending the batch."""

from __future__ import annotations

import io
import json
import pickle
from pathlib import Path

import httpx
import pytest

from bilateral.documents import DEFAULT_MAX_BYTES, Document, DocumentError, corpus_parts, iter_corpus, load
from bilateral.documents.load import FILES_PER_PART, FilesPart, LinesPart, _jsonl_parts
from bilateral.documents.model import content_hash

ARTICLE = Path(__file__).parent / "data" / "documents" / "article.html"
REPORT = "Deal signed in Tashkent\n\nKazakhstan and Uzbekistan signed a $500 million trade agreement.\n"


def record(text: str, **fields: object) -> dict:
    return {"id": None, "url": None, "title": None, "published": None, "lang": "en", "text": text, **fields}


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def only(path: Path, **kwargs: object) -> Document | DocumentError:
    """The single item loaded from ``path``."""
    items = list(load([path], **kwargs))  # type: ignore[arg-type]
    assert len(items) == 1, items
    return items[0]


def error(path: Path, **kwargs: object) -> str:
    item = only(path, **kwargs)
    assert isinstance(item, DocumentError), item
    return str(item)


# --- sources -------------------------------------------------------------------------------------------

def test_text_file(tmp_path: Path) -> None:
    path = write(tmp_path / "KZ UZ Deal (2025).txt", REPORT)
    doc = only(path)
    assert isinstance(doc, Document)
    assert doc.text == REPORT
    assert doc.title == "Deal signed in Tashkent"
    assert doc.id == "kz-uz-deal-2025"
    assert doc.source == str(path)
    assert (doc.url, doc.published, doc.lang) == (None, None, "en")


def test_text_file_bom_is_stripped(tmp_path: Path) -> None:
    doc = only(write(tmp_path / "a.txt", b"\xef\xbb\xbf" + REPORT.encode()))
    assert isinstance(doc, Document)
    assert doc.text == REPORT


def test_json_file(tmp_path: Path) -> None:
    path = write(tmp_path / "a.json", json.dumps(record(REPORT, id="kz-uz-1", url="https://x.example/1",
                                                        published="2025-04-27", lang="RU")))
    doc = only(path)
    assert isinstance(doc, Document)
    assert (doc.id, doc.url, doc.published, doc.lang, doc.text) == (
        "kz-uz-1", "https://x.example/1", "2025-04-27", "ru", REPORT)
    assert doc.source == str(path)


def test_json_without_id_gets_a_hash_id(tmp_path: Path) -> None:
    doc = only(write(tmp_path / "a.json", json.dumps({"text": REPORT})))
    assert isinstance(doc, Document)
    assert doc.id == "doc-" + content_hash(REPORT)[:16]


def test_json_list(tmp_path: Path) -> None:
    reports = [record("First report."), record("Second report.", id="b"), {"title": "no text"}]
    path = write(tmp_path / "many.json", json.dumps(reports))
    first, second, third = load([path])
    assert isinstance(first, Document) and first.text == "First report." and first.source == f"{path}[0]"
    assert isinstance(second, Document) and second.id == "b" and second.source == f"{path}[1]"
    assert str(third) == f'{path}[2]: field "text": missing'


def test_jsonl_file_with_a_malformed_line(tmp_path: Path) -> None:
    lines = [json.dumps(record("First report.", id="a")), "",
             '{"id": "b" "text": "broken"}',
             json.dumps(record("Third report.", id="c")), "   "]
    path = write(tmp_path / "reports.jsonl", "\n".join(lines))
    items = list(load([path]))
    assert [type(item).__name__ for item in items] == ["Document", "DocumentError", "Document"]
    first, bad, third = items
    assert isinstance(first, Document) and first.id == "a" and first.source == f"{path}:1"
    assert isinstance(third, Document) and third.id == "c" and third.source == f"{path}:4"
    assert isinstance(bad, DocumentError)
    assert bad.source == f"{path}:3"
    assert str(bad) == f"{path}:3: not valid JSON (Expecting ',' delimiter at column 12)"


def test_jsonl_strict_raises_the_first_error(tmp_path: Path) -> None:
    path = write(tmp_path / "reports.jsonl", json.dumps(record("Fine.")) + "\n[1, 2]\n")
    items = load([path], strict=True)
    assert isinstance(next(items), Document)
    with pytest.raises(DocumentError, match=r"reports\.jsonl:2: not a document object \(a JSON list\)$"):
        next(items)


def test_html_file(tmp_path: Path) -> None:
    path = write(tmp_path / "kz-uz-trade.html", ARTICLE.read_bytes())
    doc = only(path)
    assert isinstance(doc, Document)
    assert "Zhibek Zholy border crossing" in doc.text
    assert "newsletter" not in doc.text
    assert (doc.id, doc.published, doc.source) == ("kz-uz-trade", "2025-04-27", str(path))
    assert doc.title == "Kazakhstan and Uzbekistan agree on $500 million trade target"


def test_html_file_without_main_text(tmp_path: Path) -> None:
    path = write(tmp_path / "empty.htm", "<html><body></body></html>")
    assert error(path) == f"{path}: no main text found in the HTML"


def test_folder_is_searched_recursively_in_order(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "Report B.")
    write(tmp_path / "a" / "c.json", json.dumps(record("Report C.", id="c")))
    write(tmp_path / "a" / "c.gold.json", json.dumps({"doc_id": "c", "facts": []}))
    write(tmp_path / "a" / "d.jsonl", json.dumps(record("Report D.", id="d")) + "\n")
    write(tmp_path / "a" / "e.HTML", ARTICLE.read_text(encoding="utf-8"))
    write(tmp_path / ".hidden.txt", "Hidden.")
    write(tmp_path / ".git" / "f.txt", "In a hidden folder.")
    write(tmp_path / "notes.md", "Not a report suffix.")
    docs = list(load([tmp_path], strict=True))
    assert [doc.id for doc in docs] == ["c", "d", "e", "b"]


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "a.gold.json", "{}")
    expected = f"{tmp_path}: no documents (.txt, .json, .jsonl, .html, .htm files) in this folder"
    assert error(tmp_path) == expected


def test_stdin_text() -> None:
    (doc,) = load(["-"], stdin=io.StringIO(REPORT))
    assert isinstance(doc, Document)
    assert (doc.text, doc.title, doc.source) == (REPORT, "Deal signed in Tashkent", "-")
    assert doc.id == "doc-" + content_hash(REPORT)[:16]


def test_stdin_json_and_jsonl() -> None:
    (doc,) = load(["-"], stdin=io.StringIO(json.dumps(record(REPORT, id="one"))))
    assert isinstance(doc, Document) and doc.id == "one" and doc.source == "-"
    lines = json.dumps(record("A.", id="a")) + "\n{oops\n" + json.dumps(record("B.", id="b")) + "\n"
    items = list(load(["-"], stdin=io.StringIO(lines)))
    assert [getattr(item, "id", None) for item in items] == ["a", None, "b"]
    assert str(items[1]).startswith("-:2: not valid JSON (")


def test_url_source_goes_through_fetch() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(
        200, text=REPORT, headers={"content-type": "text/plain; charset=utf-8"}))
    doc, refused = load(["http://93.184.216.34/news/deal", "http://127.0.0.1/"], transport=transport)
    assert isinstance(doc, Document) and doc.text == REPORT and doc.id == "93-184-216-34-news-deal"
    assert str(refused) == "http://127.0.0.1/: refused: loopback address 127.0.0.1 (use --allow-private)"
    (allowed,) = load(["http://127.0.0.1/"], allow_private=True, transport=transport)
    assert isinstance(allowed, Document)


# --- bad input -----------------------------------------------------------------------------------------

def test_binary_file(tmp_path: Path) -> None:
    path = write(tmp_path / "x.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert error(path) == f"{path}: not a text file (binary content)"


def test_utf16_file(tmp_path: Path) -> None:
    path = write(tmp_path / "w.txt", "\ufeffDeal signed".encode("utf-16-le"))
    assert error(path) == f"{path}: not UTF-8 (UTF-16 text; convert it to UTF-8)"


def test_invalid_utf8_names_the_byte(tmp_path: Path) -> None:
    path = write(tmp_path / "y.txt", b"Accord sign\xe9 \xe0 Astana")
    assert error(path) == f"{path}: not valid UTF-8 at byte 11"


def test_invalid_utf8_offset_counts_the_bom(tmp_path: Path) -> None:
    path = write(tmp_path / "y.txt", b"\xef\xbb\xbfabc\xff")
    assert error(path) == f"{path}: not valid UTF-8 at byte 6"


@pytest.mark.parametrize(("name", "content", "problem"), [
    ("z.txt", " \n\t\n", "empty text"),
    ("z.json", "", "empty file"),
    ("z.json", json.dumps(record("   ")), "empty text"),
])
def test_empty(tmp_path: Path, name: str, content: str, problem: str) -> None:
    path = write(tmp_path / name, content)
    assert error(path) == f"{path}: {problem}"


@pytest.mark.parametrize(("fields", "problem"), [
    ({"published": "27/04/2025"}, 'field "published": \'27/04/2025\' is not a date YYYY-MM-DD'),
    ({"text": 42}, 'field "text": input should be a valid string'),
])
def test_invalid_field_is_named(tmp_path: Path, fields: dict, problem: str) -> None:
    path = write(tmp_path / "a.json", json.dumps({**record(REPORT), **fields}))
    assert error(path) == f"{path}: {problem}"


def test_malformed_json_file_names_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path / "a.json", '{\n  "text": "x",\n  "id": }\n')
    assert error(path) == f"{path}: not valid JSON (Expecting value at line 3 column 9)"


def test_oversized_file(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", "x" * 150)
    assert error(path, max_bytes=100) == f"{path}: file is 150 bytes, over the 100 bytes cap"


def test_default_cap_message(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as f:
        f.truncate(int(12.3 * 1024 * 1024))  # sparse: no 12 MB written
    assert DEFAULT_MAX_BYTES == 10 * 1024 * 1024
    assert error(path) == f"{path}: file is 12.3 MB, over the 10 MB cap"


def test_oversized_stdin() -> None:
    (item,) = load(["-"], stdin=io.StringIO("x" * 101), max_bytes=100)
    assert str(item) == "-: input is over the 100 bytes cap"


def test_missing_path_does_not_stop_the_batch(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", REPORT)
    missing = tmp_path / "missing.txt"
    items = list(load([missing, good]))
    assert str(items[0]) == f"{missing}: no such file or directory"
    assert isinstance(items[1], Document) and items[1].id == "good"


def test_strict_raises_on_a_missing_path(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as caught:
        list(load([tmp_path / "missing.txt"], strict=True))
    assert caught.value.source == str(tmp_path / "missing.txt")


# --- iter_corpus ---------------------------------------------------------------------------------------

def test_iter_corpus_folder_skips_gold_and_other_files(tmp_path: Path) -> None:
    write(tmp_path / "b.json", json.dumps(record("Report B.", id="b")))
    write(tmp_path / "a.json", json.dumps(record("Report A.", id="a")))
    write(tmp_path / "a.gold.json", json.dumps({"doc_id": "a", "facts": []}))
    write(tmp_path / "notes.txt", "Not part of the corpus.")
    assert [doc.id for doc in iter_corpus(tmp_path)] == ["a", "b"]


def test_iter_corpus_jsonl(tmp_path: Path) -> None:
    path = write(tmp_path / "corpus.jsonl", "\n".join(json.dumps(record(f"Report {i}.", id=f"r{i}"))
                                                      for i in range(3)))
    assert [doc.id for doc in iter_corpus(path)] == ["r0", "r1", "r2"]


def test_iter_corpus_is_strict(tmp_path: Path) -> None:
    write(tmp_path / "a.json", json.dumps(record("Report A.", id="a")))
    write(tmp_path / "b.json", "{")
    docs = iter_corpus(tmp_path)
    assert next(docs).id == "a"
    with pytest.raises(DocumentError, match=r"b\.json: not valid JSON"):
        next(docs)


def test_iter_corpus_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no documents"):
        iter_corpus(tmp_path)


def test_a_jsonl_archive_larger_than_the_cap_streams_line_by_line(tmp_path: Path) -> None:
    archive = tmp_path / "archive.jsonl"
    lines = [json.dumps({"id": f"r{i}", "text": f"Report number {i} about a railway."}) for i in range(50)]
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded = list(load([archive], max_bytes=200))  # the file is ~2.5 KB, each line well under 200 bytes
    assert [d.id for d in loaded] == [f"r{i}" for i in range(50)]
    big = tmp_path / "big.jsonl"
    big.write_text(json.dumps({"id": "x", "text": "y" * 500}) + "\n", encoding="utf-8")
    (error,) = list(load([big], max_bytes=200))
    assert isinstance(error, DocumentError) and str(error).startswith(f"{big}:1: line is")


# --- corpus_parts ----------------------------------------------------------------------------------------

def described(items: list) -> list[str]:
    """Items as comparable text: a document by id and source, an error by its message."""
    return [str(i) if isinstance(i, DocumentError) else f"{i.id} from {i.source}" for i in items]


def test_corpus_parts_cut_a_jsonl_into_whole_lines_numbered_as_in_the_file(tmp_path: Path) -> None:
    lines = [json.dumps(record(f"Report {i} on a pipeline.", id=f"r{i}")) for i in range(30)]
    lines[7], lines[12], lines[20] = "", '{"id": "bad" "text": "x"}', "   "
    path = write(tmp_path / "corpus.jsonl", "\n".join(lines) + "\n")
    parts = list(corpus_parts(path, part_bytes=200))
    assert len(parts) > 5 and all(isinstance(p, LinesPart) and p.data.endswith(b"\n") for p in parts)
    starts = [1 + sum(p.data.count(b"\n") for p in parts[:i]) for i in range(len(parts))]  # type: ignore[union-attr]
    assert [p.first_line for p in parts] == starts  # type: ignore[union-attr]
    items = [item for part in parts for item in part.items()]  # type: ignore[union-attr]
    assert described(items) == described(list(load([path])))
    assert f"{path}:13: not valid JSON" in described(items)[11]
    assert described(items)[-1] == f"r29 from {path}:30"


def test_a_last_line_without_newline_is_a_part_too(tmp_path: Path) -> None:
    path = write(tmp_path / "corpus.jsonl", "\n".join(json.dumps(record("Report.", id=f"r{i}")) for i in range(5)))
    parts = list(corpus_parts(path, part_bytes=64))
    assert described([i for p in parts for i in p.items()]) == [  # type: ignore[union-attr]
        f"r{i} from {path}:{i + 1}" for i in range(5)]


def test_a_line_over_the_cap_is_skipped_without_being_held(tmp_path: Path) -> None:
    short = json.dumps(record("Short report.", id="s"))
    path = write(tmp_path / "corpus.jsonl", f"{short}\n{'x' * 1000}\n{short}\n{'y' * 300}")
    parts = list(_jsonl_parts(path, max_bytes=100, part_bytes=16))
    assert max(len(p.data) for p in parts if isinstance(p, LinesPart)) <= 100 + 16
    items = [i for p in parts for i in ([p] if isinstance(p, DocumentError) else p.items())]
    assert described(items) == [f"s from {path}:1", f"{path}:2: line is 1001 bytes, over the 100 bytes cap",
                                f"s from {path}:3", f"{path}:4: line is 300 bytes, over the 100 bytes cap"]


def test_an_empty_jsonl_corpus_is_an_error_in_place(tmp_path: Path) -> None:
    path = write(tmp_path / "corpus.jsonl", "\n  \n")
    assert described([i for p in corpus_parts(path) for i in ([p] if isinstance(p, DocumentError) else p.items())]
                     ) == [f"{path}: empty file"]


def test_corpus_parts_of_a_folder_name_its_files_in_order(tmp_path: Path) -> None:
    for i in range(FILES_PER_PART + 3):
        write(tmp_path / f"r{i:02d}.json", json.dumps(record("Report.", id=f"r{i:02d}")))
    write(tmp_path / "r00.gold.json", json.dumps({"doc_id": "r00", "facts": []}))
    parts = list(corpus_parts(tmp_path))
    assert [len(p.paths) for p in parts] == [FILES_PER_PART, 3]  # type: ignore[union-attr]
    assert all(isinstance(p, FilesPart) for p in parts)
    assert [d.id for p in parts for d in p.items()] == [d.id for d in iter_corpus(tmp_path)]  # type: ignore[union-attr]


def test_parts_and_errors_survive_pickling(tmp_path: Path) -> None:
    """Parts go to worker processes and their errors come back."""
    path = write(tmp_path / "corpus.jsonl", json.dumps(record("Report.", id="r")) + "\n")
    (part,) = corpus_parts(path)
    assert pickle.loads(pickle.dumps(part)) == part
    error = pickle.loads(pickle.dumps(DocumentError(f"{path}:3", "empty text")))
    assert (error.source, error.problem, str(error)) == (f"{path}:3", "empty text", f"{path}:3: empty text")
