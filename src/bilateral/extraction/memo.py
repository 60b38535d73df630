"""Caches keyed by a text that live for one document.

Recognisers and frames ask about the same sentence many times, so answers are cached by text; the
caches are emptied when a new document begins, so a corpus that repeats texts (a benchmark, a feed
re-publishing a story) costs the same as one that does not.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

F = TypeVar("F", bound=Callable)

_CLEARERS: list[Callable[[], None]] = []


def per_document(fn: F) -> F:
    """Cache ``fn`` until the next ``new_document()`` (bounded, for callers outside a document)."""
    cached = lru_cache(maxsize=1024)(fn)
    _CLEARERS.append(cached.cache_clear)
    return cached  # type: ignore[return-value]


def new_document() -> None:
    """Forget every cached answer: the next texts belong to another document."""
    for clear in _CLEARERS:
        clear()
