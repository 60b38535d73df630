"""Accuracy on the shared dev corpus, as ../shared/tools/score measures it: the figures issue 3 asks
for are the floors, so a change that takes extraction below them fails here.
Skipped when ../shared is not beside the project."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from typer.testing import CliRunner

from bilateral.cli import app

SHARED = Path(__file__).parents[1] / ".." / "shared"
TYPE_F1 = {"event": 0.70, "commitment": 0.70, "agreement": 0.70, "target": 0.70, "indicator": 0.70}
ATTRIBUTES = {"commitment.stage": 0.85, "commitment.by": 0.85, "commitment.with": 0.85, "event.date": 0.85,
              "event.place": 0.85, "event.persons": 0.85, "agreement.count": 0.85, "target.year": 0.85,
              "indicator.period": 0.85}
EVIDENCE = 0.95
MONEY_SHARE = 0.90  # of gold facts that carry money, the share matched


@pytest.fixture(scope="module")
def predicted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared (dev corpus and scorer) is not there")
    out = tmp_path_factory.mktemp("accuracy") / "dev.jsonl"
    result = CliRunner().invoke(app, ["extract", str(SHARED / "corpus" / "dev"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def report(predicted: Path) -> dict:
    scored = subprocess.run([sys.executable, str(SHARED / "tools" / "score"), str(SHARED / "corpus" / "dev"),
                             str(predicted), "--json"], capture_output=True, text=True, check=True)
    return json.loads(scored.stdout)


def scorer() -> ModuleType:
    """The scorer itself, so that matching here is the scorer's matching."""
    loader = importlib.machinery.SourceFileLoader("score", str(SHARED / "tools" / "score"))
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader("score", loader))
    loader.exec_module(module)
    return module


@pytest.mark.shared
def test_total_f1_and_precision(report: dict) -> None:
    assert report["total"]["f1"] >= 0.80
    assert report["total"]["precision"] >= 0.85


@pytest.mark.shared
def test_every_type(report: dict) -> None:
    for fact_type, floor in TYPE_F1.items():
        assert report["types"][fact_type]["f1"] >= floor, fact_type


@pytest.mark.shared
def test_facts_that_carry_money_are_found(predicted: Path) -> None:
    """Gold commitments, agreements, targets and indicators with a money figure, matched as the scorer
    matches them."""
    score = scorer()
    gold, _ = score.load_gold(SHARED / "corpus" / "dev")
    pred = score.load_pred(predicted)
    found = total = 0
    for doc_id, facts in gold.items():
        for fact_type in ("commitment", "agreement", "target", "indicator"):
            golds = [f for f in facts if f["type"] == fact_type]
            preds = [f for f in pred.get(doc_id, []) if f["type"] == fact_type]
            matched = {id(g) for g, _ in score.match(golds, preds, fact_type, "en")}
            money = [g for g in golds if _is_money(score.quantity(g))]
            total += len(money)
            found += sum(id(g) in matched for g in money)
    assert found / total >= MONEY_SHARE


def _is_money(quantity: tuple | None) -> bool:
    return quantity is not None and quantity[1] is not None and len(quantity[1]) == 3 and quantity[1] != "KM"


@pytest.mark.shared
def test_attributes_and_evidence(report: dict) -> None:
    for name, floor in ATTRIBUTES.items():
        assert report["attributes"][name]["accuracy"] >= floor, name
    assert report["evidence"]["accuracy"] >= EVIDENCE
