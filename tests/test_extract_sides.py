"""Who undertakes a commitment and with whom. Every sentence here is written for these tests."""

from __future__ import annotations

from bilateral.documents.model import Document
from bilateral.extraction import extract
from bilateral.facts.models import Commitment


def commitments(text: str) -> list[Commitment]:
    return [f for f in extract(Document(id="t", text=text, published="2025-04-24")) if isinstance(f, Commitment)]


def test_a_country_named_by_its_region_acts() -> None:
    text = ("Oman and Tajikistan held talks in Dushanbe on Monday. Tajikistan hopes to widen trade with Oman. "
            "The Gulf state opened a trade office in Khujand in 2019.")
    found = [c for c in commitments(text) if "office" in (c.object or "")]
    assert [(c.by, c.with_) for c in found] == [(["OMN"], ["TJK"])]
