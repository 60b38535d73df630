"""`bilateral extract`: one facts line per document in input order, the same with worker processes, and
the score on the shared dev corpus that this command exists to be measured by."""

from __future__ import annotations

import json
import subprocess
import sys
from functools import partial
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

import bilateral.cli.extract as extract_command
from bilateral.cli import app
from bilateral.documents import Document, corpus_parts
from bilateral.facts.jsonl import read_facts

EXAMPLES = Path(__file__).parents[1] / "examples" / "reports"
SAMPLES = sorted(p for p in EXAMPLES.glob("*.json") if not p.name.endswith(".gold.json"))
SHARED = Path(__file__).parents[1] / ".." / "shared"


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def documents() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in SAMPLES]


def write_jsonl(path: Path, docs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


def test_a_folder_gives_one_valid_line_per_document(tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    result = run("extract", str(EXAMPLES), "--out", str(out))
    assert result.exit_code == 0, result.output
    lines = list(read_facts(out))  # validates every fact against the schema
    assert [doc_id for doc_id, _ in lines] == [d["id"] for d in documents()]
    assert sum(len(facts) for _, facts in lines) > 0
    assert all(fact.evidence is not None for _, facts in lines for fact in facts)


def test_jsonl_order_is_kept_and_workers_change_nothing(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", documents()[::-1] * 3)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run("extract", str(corpus), "--out", str(one)).exit_code == 0
    result = run("extract", str(corpus), "--out", str(two), "--jobs", "2")
    assert result.exit_code == 0, result.output
    assert [doc_id for doc_id, _ in read_facts(one)] == [d["id"] for d in documents()[::-1] * 3]
    assert two.read_bytes() == one.read_bytes()


def test_a_language_without_extractor_is_written_empty_with_a_warning(tmp_path: Path) -> None:
    docs = documents()[:2]
    docs[0] = {**docs[0], "lang": "xx"}
    out = tmp_path / "facts.jsonl"
    result = run("extract", str(write_jsonl(tmp_path / "corpus.jsonl", docs)), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "warning:" in result.stderr and "'xx'" in result.stderr
    (first, facts), (_, others) = read_facts(out)
    assert first == docs[0]["id"] and facts == [] and others


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bad_document_fails_cleanly_and_writes_no_file(tmp_path: Path, jobs: str) -> None:
    docs = documents()
    corpus = tmp_path / "corpus.jsonl"
    write_jsonl(corpus, docs[:3])
    with corpus.open("a", encoding="utf-8") as f:
        f.write('{"id": "cut", "text": \n')
    out = tmp_path / "facts.jsonl"
    result = run("extract", str(corpus), "--out", str(out), "--jobs", jobs)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {corpus}:4: not valid JSON")
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [corpus]


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parts of about 3 KB, so that a test corpus spans many of them, as a real one does."""
    monkeypatch.setattr(extract_command, "corpus_parts", partial(corpus_parts, part_bytes=3000))


@pytest.mark.usefixtures("small_parts")
def test_order_is_kept_across_many_parts_and_workers(tmp_path: Path) -> None:
    docs = documents() * 3
    corpus = write_jsonl(tmp_path / "corpus.jsonl", docs)
    assert len(list(corpus_parts(corpus, part_bytes=3000))) > 8
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run("extract", str(corpus), "--out", str(one)).exit_code == 0
    result = run("extract", str(corpus), "--out", str(two), "--jobs", "2")
    assert result.exit_code == 0, result.output
    assert [doc_id for doc_id, _ in read_facts(two)] == [d["id"] for d in docs]
    assert two.read_bytes() == one.read_bytes()


@pytest.mark.usefixtures("small_parts")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_first_bad_line_is_named_even_when_a_later_part_fails_first(tmp_path: Path, jobs: str) -> None:
    lines = [json.dumps(d, ensure_ascii=False) for d in documents() * 3]
    lines[20] = '{"id": "late", "text": ""}'
    lines[5] = '{"id": "early" "text": "x"}'
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "facts.jsonl"
    result = run("extract", str(corpus), "--out", str(out), "--jobs", jobs)
    assert result.exit_code == 1
    assert result.stderr == f"error: {corpus}:6: not valid JSON (Expecting ',' delimiter at column 16)\n"
    assert list(tmp_path.iterdir()) == [corpus]


@pytest.mark.usefixtures("small_parts")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_document_whose_extraction_fails_is_written_empty_and_counted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str) -> None:
    real = extract_command.extract

    def flaky(document: Document) -> list:
        if document.id.startswith("broken"):
            raise RuntimeError("no luck")
        return real(document)

    monkeypatch.setattr(extract_command, "extract", flaky)  # workers are forked, so they see it too
    docs = documents() * 3
    docs[3], docs[15] = {**docs[3], "id": "broken-1"}, {**docs[15], "id": "broken-2"}
    corpus = write_jsonl(tmp_path / "corpus.jsonl", docs)
    out = tmp_path / "facts.jsonl"
    result = run("extract", str(corpus), "--out", str(out), "--jobs", jobs)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: {corpus}:4: no luck", f"error: {corpus}:16: no luck",
                                          "error: extraction failed on 2 document(s); they are written with no facts"]
    written = list(read_facts(out))
    assert [doc_id for doc_id, _ in written] == [d["id"] for d in docs]
    assert written[3][1] == written[15][1] == [] and written[0][1]


@pytest.mark.shared
@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared (dev corpus and scorer) is not there")
def test_dev_corpus_scores_at_least_half(tmp_path: Path) -> None:
    dev, out = SHARED / "corpus" / "dev", tmp_path / "dev.jsonl"
    result = run("extract", str(dev), "--out", str(out))
    assert result.exit_code == 0, result.output
    scored = subprocess.run([sys.executable, str(SHARED / "tools" / "score"), str(dev), str(out), "--json"],
                            capture_output=True, text=True, check=True)
    assert json.loads(scored.stdout)["total"]["f1"] >= 0.50
