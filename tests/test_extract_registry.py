"""extraction: extractors registered per language, and documents in other languages refused."""

from __future__ import annotations

import pytest

import bilateral.extraction as extraction
from bilateral.documents.model import Document
from bilateral.extraction import EXTRACTORS, UnsupportedLanguage, extract, register
from bilateral.extraction.english import extract_english
from bilateral.facts.models import Agreement, Fact


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> dict:
    """A copy of the registry for the test, restored afterwards."""
    saved = dict(EXTRACTORS)
    monkeypatch.setattr(extraction, "EXTRACTORS", saved)
    return saved


def test_english_is_registered_by_default() -> None:
    assert EXTRACTORS["en"] is extract_english


def test_registered_extractor_receives_the_document(registry: dict) -> None:
    seen: list[Document] = []

    @register("xx")
    def fake(document: Document) -> list[Fact]:
        seen.append(document)
        return [Agreement(kind="mou", count=1, parties=["KAZ", "AFG"], evidence=(0, len(document.text)))]

    assert registry["xx"] is fake  # the decorator registers and returns the function unchanged
    doc = Document(id="d1", text="Xx yy zz.", lang="xx")
    facts = extract(doc)
    assert seen == [doc]
    assert [(f.type, f.kind, f.parties, f.evidence) for f in facts] == [("agreement", "mou", ["AFG", "KAZ"], (0, 9))]


def test_registering_again_replaces(registry: dict) -> None:
    register("xx")(lambda d: [])
    register("xx")(lambda d: [Agreement(kind="roadmap", evidence=(0, 1))])
    assert [f.kind for f in extract(Document(text="Zz.", lang="xx"))] == ["roadmap"]


def test_unsupported_language_names_document_and_languages(registry: dict) -> None:
    register("xx")(lambda d: [])
    with pytest.raises(UnsupportedLanguage) as caught:
        extract(Document(id="report-7", text="Qq.", lang="zz"))
    message = str(caught.value)
    assert "report-7" in message
    assert "'zz'" in message
    assert "en" in message and "xx" in message


def test_unsupported_language_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="no extractor for language 'zz'"):
        extract(Document(text="Qq.", lang="zz"))


def test_language_codes_are_normalised_before_lookup() -> None:
    # Document lower-cases and cuts the code to two letters: "EN-GB" is English
    doc = Document(text="Kazakhstan and Afghanistan signed an MoU on transit.", lang="EN-GB")
    assert doc.lang == "en"
    facts = extract(doc)
    assert facts == extract_english(doc)
    assert "agreement" in [f.type for f in facts]
