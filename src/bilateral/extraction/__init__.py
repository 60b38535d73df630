"""Extraction: a document in, its facts out, each tied to the sentence that states it.

Extractors are registered per language, the way spaCy registers components by name, so that a
language adds its extractor without editing the core::

    @register("ru")
    def extract_russian(document: Document) -> list[Fact]: ...
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from bilateral.documents.model import Document
from bilateral.facts.models import Fact

Extractor = Callable[[Document], list[Fact]]
EXTRACTORS: dict[str, Extractor] = {}


def register(lang: str) -> Callable[[Extractor], Extractor]:
    def add(fn: Extractor) -> Extractor:
        EXTRACTORS[lang] = fn
        return fn
    return add


class UnsupportedLanguage(ValueError):
    """No extractor is registered for the document's language."""


def extract(document: Document) -> list[Fact]:
    """The facts a document states, for any language with a registered extractor."""
    extractor = EXTRACTORS.get(document.lang)
    if extractor is None:
        raise UnsupportedLanguage(f"{document.id}: no extractor for language {document.lang!r} "
                                  f"(available: {', '.join(sorted(EXTRACTORS))})")
    return extractor(document)


def warm_up(lang: str = "en") -> None:
    """Load everything ``lang``'s extractor reads (lexicons, automata, compiled patterns) by running it
    once on a short text, then keep those long-lived objects out of the garbage collector's scans
    (``gc.freeze``), which otherwise re-read them at every full collection, some 6% of the time spent
    extracting. Worker processes started afterwards share them as they are. For programs that extract
    many documents; the command line calls it."""
    extract(Document(id="warm-up", lang=lang, published="2025-04-21",
                     text="Kazakhstan signed 2 agreements worth $5 million with Afghanistan in Kabul on Monday."))
    gc.collect()
    gc.freeze()


def _register_builtin() -> None:
    from bilateral.extraction.english import extract_english
    register("en")(extract_english)


_register_builtin()
