"""warm_up loads the extractor and freezes what it loaded out of the garbage collector's scans."""

import gc
import json
import re
import traceback
from pathlib import Path
from typing import Any

import pytest

from bilateral.documents import Document
from bilateral.extraction import extract, warm_up


def test_warm_up_freezes_and_extraction_still_works() -> None:
    try:
        warm_up()
        assert gc.get_freeze_count() > 0
        facts = extract(Document(id="t", text="Kazakhstan signed 3 agreements with Uzbekistan in Tashkent.",
                                 published="2025-05-02"))
        assert [f.type for f in facts if f.type == "agreement"] == ["agreement"]
    finally:
        gc.unfreeze()


REPORTS = Path(__file__).parents[1] / "examples" / "reports"


def test_no_pattern_is_compiled_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """After warm-up no rule compiles a regex for each document (a pattern built from the document's
    names, a lexicon compiled per call): the regex compiler runs, if at all, once per place in the
    code (a pattern loaded on first use, an inline pattern entering re's cache), never again for a
    later document. Such compiles cost up to 7% of extraction before."""
    docs = [Document(**json.loads(p.read_text(encoding="utf-8"))) for p in sorted(REPORTS.glob("*.json"))
            if not p.name.endswith(".gold.json")]
    assert len(docs) >= 5
    try:
        warm_up()
        compile_ = re._compiler.compile  # type: ignore[attr-defined]  # what re.compile runs on a cache miss
        where: dict[tuple[tuple[str, int], ...], dict[str, str]] = {}  # call stack → document → pattern
        current = [""]

        def spy(pattern: Any, flags: int = 0) -> Any:
            stack = tuple((f.filename, f.lineno) for f in traceback.extract_stack()
                          if "/bilateral/" in f.filename.replace("\\", "/"))
            where.setdefault(stack, {})[current[0]] = str(pattern)
            return compile_(pattern, flags)

        monkeypatch.setattr(re._compiler, "compile", spy)  # type: ignore[attr-defined]
        for doc in docs:
            current[0] = doc.id
            extract(doc)
    finally:
        gc.unfreeze()
    again = {stack[-1]: patterns for stack, patterns in where.items() if len(patterns) > 1}
    assert not again, f"compiled for more than one document: {again}"
