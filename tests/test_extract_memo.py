"""Per-document caches: answers are reused within a document and forgotten when the next begins."""

from bilateral.extraction.memo import new_document, per_document

calls: list[str] = []


@per_document
def _shout(text: str) -> str:
    calls.append(text)
    return text.upper()


def test_answers_are_cached_until_a_new_document() -> None:
    new_document()
    calls.clear()
    assert _shout("kabul") == _shout("kabul") == "KABUL"
    assert calls == ["kabul"]
    new_document()
    _shout("kabul")
    assert calls == ["kabul", "kabul"]
