"""Lexicons and aliases live in data files (``extraction/data/*.json``), not in code, so that
they can grow with the genre without touching the rules that use them."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def lexicon(name: str) -> Any:
    """The parsed data file ``data/<name>.json`` (read once per process)."""
    path = resources.files("bilateral.extraction") / "data" / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))
