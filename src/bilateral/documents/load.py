"""Reports from files, folders, stdin and URLs, with each bad input reported rather than ending the batch."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

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
from bilateral.documents.fetch import fetch_url
from bilateral.documents.html import html_to_document_fields, text_fields
from bilateral.documents.model import Document, slug

__all__ = ["DEFAULT_MAX_BYTES", "CorpusPart", "FilesPart", "LinesPart", "corpus_parts", "iter_corpus", "load"]

PART_BYTES = 1 << 16
"""JSON Lines read into one corpus part: a few dozen reports, so that handing a part to another process
costs little next to extracting it, and a handful of parts per process stays small."""
FILES_PER_PART = 16
"""Files named in one corpus part, for the same reasons (a report file holds a few kilobytes)."""
SUFFIXES = (".txt", ".json", ".jsonl", ".html", ".htm")
_HTML_START = re.compile(r"\s*<(!doctype\s+html|html|head|body)\b", re.IGNORECASE)

Item = Document | DocumentError


def load(sources: Iterable[str | Path], *, strict: bool = False, allow_private: bool = False,
         max_bytes: int = DEFAULT_MAX_BYTES, stdin: TextIO | None = None,
         transport: httpx.BaseTransport | None = None) -> Iterator[Item]:
    """A Document for each report in ``sources`` and a DocumentError for each failure, in order.

    Sources are files (.txt, .json, .jsonl, .html; any other name is read as text), folders (searched
    recursively for those suffixes, gold files and hidden files aside), "-" for stdin and http(s) URLs.
    With ``strict`` the first DocumentError is raised instead of yielded.
    """
    items = (item for source in sources
             for item in _from_source(source, allow_private, max_bytes, stdin, transport))
    return _raising(items) if strict else items


def iter_corpus(path: Path) -> Iterator[Document]:
    """The documents of a corpus: a folder of ``<id>.json`` (gold files aside) or a .jsonl file. Strict."""
    return _raising(_items(corpus_parts(path)))


def corpus_parts(path: Path, part_bytes: int = PART_BYTES) -> Iterator[CorpusPart | DocumentError]:
    """``iter_corpus`` cut into parts that load on their own, in order, with what cannot be read in place.

    Reading a part only copies bytes or names files; parsing and validating happen in ``part.items()``,
    which another process can do. A .jsonl becomes runs of about ``part_bytes`` of whole lines.
    """
    if not path.is_dir():
        return _jsonl_parts(path, DEFAULT_MAX_BYTES, part_bytes) if _is_jsonl(path) else iter(
            [FilesPart((path,), DEFAULT_MAX_BYTES)])
    files = [p for p in sorted(path.glob("*.json")) if not _is_gold(p.name)]
    if not files:
        raise DocumentError(str(path), "no documents (<id>.json files) in this folder")
    return (FilesPart(tuple(files[i:i + FILES_PER_PART]), DEFAULT_MAX_BYTES)
            for i in range(0, len(files), FILES_PER_PART))


@dataclass(frozen=True, slots=True)
class FilesPart:
    """Whole files of a corpus, each loaded as ``load`` would."""

    paths: tuple[Path, ...]
    max_bytes: int

    def items(self) -> Iterator[Item]:
        for path in self.paths:
            yield from _from_file(path, self.max_bytes)


@dataclass(frozen=True, slots=True)
class LinesPart:
    """Whole lines of a JSON Lines file as read, the first of them line ``first_line`` of ``source``."""

    source: str
    first_line: int
    data: bytes
    max_bytes: int

    def items(self) -> Iterator[Item]:
        """A document or error per line that is not blank; the size cap applies to each line."""
        lines = self.data.split(b"\n")
        last = len(lines) - 1
        for i, raw in enumerate(lines):
            where = f"{self.source}:{self.first_line + i}"
            size = len(raw) + (i < last)  # with its newline, as a file reads it
            if size > self.max_bytes:
                yield too_large(where, "line", self.max_bytes, size)
                continue
            try:
                line = decode(raw, where)
            except DocumentError as e:
                yield e
                continue
            if line.strip():
                yield from _from_jsonl(line, self.source, first_line=self.first_line + i)


CorpusPart = FilesPart | LinesPart


def _items(parts: Iterable[CorpusPart | DocumentError]) -> Iterator[Item]:
    for part in parts:
        if isinstance(part, DocumentError):
            yield part
        else:
            yield from part.items()


def _raising(items: Iterable[Item]) -> Iterator[Document]:
    for item in items:
        if isinstance(item, DocumentError):
            raise item
        yield item


def _from_source(source: str | Path, allow_private: bool, max_bytes: int, stdin: TextIO | None,
                 transport: httpx.BaseTransport | None) -> Iterator[Item]:
    name = str(source)
    if name == "-":
        yield from _from_stdin(stdin or sys.stdin, max_bytes)
    elif "://" in name:  # any URL: fetch_url refuses schemes other than http(s) with a clear message
        try:
            yield fetch_url(name, allow_private=allow_private, max_bytes=max_bytes, transport=transport)
        except DocumentError as e:
            yield e
    elif Path(name).is_dir():
        files = _walk(Path(name))
        if not files:
            yield DocumentError(name, f"no documents ({', '.join(SUFFIXES)} files) in this folder")
        for file in files:
            yield from _from_file(file, max_bytes)
    else:
        yield from _from_file(Path(name), max_bytes)


def _walk(folder: Path) -> list[Path]:
    """Report files under ``folder``, sorted; hidden folders are not entered."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(root, f) for f in files
                  if not f.startswith(".") and not _is_gold(f) and f.lower().endswith(SUFFIXES)]
    return sorted(found)


def _is_gold(name: str) -> bool:
    """Gold annotations sit next to the reports they annotate; they are not reports."""
    return name.lower().endswith(".gold.json")


def _from_file(path: Path, max_bytes: int) -> Iterator[Item]:
    source = str(path)
    if _is_jsonl(path):
        yield from _items(_jsonl_parts(path, max_bytes, PART_BYTES))
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield too_large(source, "file", max_bytes, size)
            return
        with path.open("rb") as f:
            data = f.read(max_bytes + 1)  # the file may have grown, or be a pipe with no size
    except FileNotFoundError:
        yield DocumentError(source, "no such file or directory")
        return
    except OSError as e:
        yield DocumentError(source, f"cannot read ({e.strerror or e})")
        return
    if len(data) > max_bytes:
        yield too_large(source, "file", max_bytes)
        return
    try:
        text = decode(data, source)
    except DocumentError as e:
        yield e
        return
    yield from _parse(text, path.suffix.lower(), source, path.stem)


def _is_jsonl(path: Path) -> bool:
    return path.suffix.lower() == ".jsonl" and path.is_file()


def _jsonl_parts(path: Path, max_bytes: int, part_bytes: int) -> Iterator[LinesPart | DocumentError]:
    """A JSON Lines archive is read a block at a time, so its size is unbounded and memory stays flat; the
    size cap applies to each document (line) instead, and a line over it is skipped, not held."""
    source = str(path)
    number = 1  # the line that ``head`` starts
    head = bytearray()  # the start of a line whose end is not read yet
    skipped = 0  # bytes of a line over the cap, while skipping it
    found = False
    try:
        with path.open("rb") as f:
            while block := f.read(part_bytes):
                if skipped:
                    end = block.find(b"\n") + 1
                    if not end:
                        skipped += len(block)
                        continue
                    yield too_large(f"{source}:{number}", "line", max_bytes, skipped + end)
                    number, skipped, block = number + 1, 0, block[end:]
                end = block.rfind(b"\n") + 1
                head += block[:end] if end else block
                if end:
                    found = found or not head.isspace()
                    yield LinesPart(source, number, bytes(head), max_bytes)
                    number += head.count(b"\n")
                    head = bytearray(block[end:])
                elif len(head) > max_bytes:
                    skipped, head, found = len(head), bytearray(), True
            if skipped:
                yield too_large(f"{source}:{number}", "line", max_bytes, skipped)
            elif head:
                found = found or not head.isspace()
                yield LinesPart(source, number, bytes(head), max_bytes)
    except OSError as e:
        yield DocumentError(source, f"cannot read ({e.strerror or e})")
        return
    if not found:
        yield DocumentError(source, "empty file")


def _from_stdin(stream: TextIO, max_bytes: int) -> Iterator[Item]:
    """Stdin holds JSON or JSONL when it parses as such, an HTML page when it starts like one, else text."""
    try:
        text = stream.read(max_bytes + 1)
    except UnicodeDecodeError as e:
        yield DocumentError("-", f"not valid UTF-8 ({e.reason})")
        return
    if len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        yield too_large("-", "input", max_bytes)
        return
    text = text.removeprefix("\ufeff")
    if "\0" in text[:SNIFF_BYTES]:
        yield DocumentError("-", "not text (binary content)")
        return
    yield from _parse(text, _stdin_kind(text), "-", "")


def _stdin_kind(text: str) -> str:
    head = text.lstrip()[:1]
    if head in ("{", "["):
        try:
            json.loads(text)
            return ".json"
        except json.JSONDecodeError:
            first = next(line for line in text.splitlines() if line.strip())
            if head == "{" and _parses(first):
                return ".jsonl"
    return ".html" if _HTML_START.match(text) else ".txt"


def _parses(line: str) -> bool:
    try:
        json.loads(line)
    except json.JSONDecodeError:
        return False
    return True


def _parse(text: str, kind: str, source: str, stem: str) -> Iterator[Item]:
    """The documents in decoded content; ``kind`` is a file suffix, ``stem`` names single reports."""
    if not text.strip():
        yield DocumentError(source, "empty file" if kind in (".json", ".jsonl") else "empty text")
    elif kind == ".json":
        yield from _from_json(text, source)
    elif kind == ".jsonl":
        yield from _from_jsonl(text, source)
    elif kind in (".html", ".htm"):
        yield _from_html(text, source, stem)
    else:
        yield _build({"id": slug(stem), **text_fields(text)}, source)


def _from_json(text: str, source: str) -> Iterator[Item]:
    """One document object, or a list of them (each named ``path[i]``)."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        yield DocumentError(source, json_problem(e))
        return
    if isinstance(value, list):
        for i, fields in enumerate(value):
            yield _build(fields, f"{source}[{i}]")
    else:
        yield _build(value, source)


def _from_html(text: str, source: str, stem: str) -> Item:
    try:
        fields = html_to_document_fields(text)
    except ValueError as e:
        return DocumentError(source, str(e))
    return _build({"id": slug(stem), **fields}, source)


def _from_jsonl(text: str, source: str, first_line: int = 1) -> Iterator[Item]:
    """One document a line, named ``path:line``; blank lines are skipped, a bad line spoils only itself."""
    for number, line in enumerate(text.split("\n"), first_line):
        if not line.strip():
            continue
        try:
            fields = json.loads(line)
        except json.JSONDecodeError as e:
            yield DocumentError(f"{source}:{number}", json_problem(e, with_line=False))
            continue
        yield _build(fields, f"{source}:{number}")


def _build(fields: object, source: str) -> Item:
    try:
        return build_document(fields, source)
    except DocumentError as e:
        return e
