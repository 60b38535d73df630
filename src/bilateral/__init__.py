"""bilateral: reports of cooperation between countries, turned into an evidence-linked record.

The library is usable without the CLI::

    import bilateral
    doc = bilateral.Document(text="...", published="2025-04-27")
    facts = bilateral.extract(doc)
    store = bilateral.Store("bilateral.db")

Names are imported lazily so that importing one layer (say, documents) does not load them all.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Document": "bilateral.documents.model",
    "extract": "bilateral.extraction",
    "Store": "bilateral.storage",
    "Fact": "bilateral.facts.models",
    "Event": "bilateral.facts.models",
    "Commitment": "bilateral.facts.models",
    "Agreement": "bilateral.facts.models",
    "Target": "bilateral.facts.models",
    "Indicator": "bilateral.facts.models",
    "Quantity": "bilateral.facts.models",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'bilateral' has no attribute {name!r}")
