"""What can be wrong with an input, as one-line errors that name it, so a batch can report and carry on.

The checks shared by files, stdin and URLs live here too: they are where bad input becomes a DocumentError.
"""

from __future__ import annotations

import codecs
import json

from pydantic import ValidationError

from bilateral.documents.model import Document

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
SNIFF_BYTES = 8192  # bytes looked at for NULs: enough to tell binary from text without reading it all


class DocumentError(Exception):
    """A report that could not be loaded. ``source`` is a path, ``path:line``, a URL or "-"."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem

    def __reduce__(self) -> tuple[type[DocumentError], tuple[str, str]]:
        """Rebuilt from both parts, so that an error found in a worker process reaches the parent whole."""
        return DocumentError, (self.source, self.problem)


def size_text(size: int) -> str:
    """A byte count as people read it: 12.3 MB, 800 KB, 17 bytes."""
    for unit, scale in (("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"


def too_large(source: str, what: str, cap: int, size: int | None = None) -> DocumentError:
    """Over the cap: "file is 12.3 MB, over the 10 MB cap" (the size when it is known)."""
    amount = "over" if size is None else f"{size_text(size)}, over"
    return DocumentError(source, f"{what} is {amount} the {size_text(cap)} cap")


def decode(data: bytes, source: str) -> str:
    """UTF-8 text from bytes, without a BOM; binary data and bad bytes are errors, not mojibake."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise DocumentError(source, "not UTF-8 (UTF-16 text; convert it to UTF-8)")
    if b"\0" in data[:SNIFF_BYTES]:
        raise DocumentError(source, "not a text file (binary content)")
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[bom:].decode("utf-8")
    except UnicodeDecodeError as e:
        raise DocumentError(source, f"not valid UTF-8 at byte {e.start + bom}") from None


def json_problem(error: json.JSONDecodeError, *, with_line: bool = True) -> str:
    """The parser's complaint and where; a JSONL line is already named, so only its column is."""
    where = f"line {error.lineno} column {error.colno}" if with_line else f"column {error.colno}"
    return f"not valid JSON ({error.msg} at {where})"


def build_document(fields: object, source: str) -> Document:
    """A Document from decoded fields, with validation failures named by field. A null id means none."""
    if not isinstance(fields, dict):
        raise DocumentError(source, f"not a document object (a JSON {_json_kind(fields)})")
    text = fields.get("text")
    if isinstance(text, str) and not text.strip():
        raise DocumentError(source, "empty text")
    try:
        return Document.model_validate({**fields, "id": fields.get("id") or "", "source": source})
    except ValidationError as e:
        raise DocumentError(source, "; ".join(_field_problem(err) for err in e.errors())) from None


def _field_problem(err: dict) -> str:
    field = ".".join(str(part) for part in err["loc"]) or "document"
    if err["type"] == "missing":
        reason = "missing"
    elif err["type"] == "value_error":
        reason = str(err["ctx"]["error"]).removeprefix(f"{field} ")
    else:
        reason = err["msg"][:1].lower() + err["msg"][1:]
    return f'field "{field}": {reason}'


def _json_kind(value: object) -> str:
    kinds = {list: "list", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else kinds.get(type(value), type(value).__name__)
