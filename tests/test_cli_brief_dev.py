"""The foundation's promise on real reports: a pair brief of the dev corpus shows, among its outcomes,
the $500 million railway readiness and the 20 agreements worth $140 million, each with its sentence.
Skipped when ../shared is not beside the project."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from bilateral.cli import app

SHARED = Path(__file__).parents[1] / ".." / "shared"


@pytest.mark.shared
@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared (dev corpus) is not there")
def test_pair_brief_of_the_dev_corpus_has_the_railway_and_the_140_million(tmp_path: Path) -> None:
    db = str(tmp_path / "dev.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(SHARED / "corpus" / "dev"), "--db", db]).exit_code == 0
    result = runner.invoke(app, ["brief", "--db", db, "--pair", "AFG-KAZ"])
    assert result.exit_code == 0, result.output
    outcomes = result.stdout.split("## Outcomes", 1)[1].split("\n## ", 1)[0]
    railway = next(block for block in outcomes.split("\n- ") if "railway" in block and "$500 million" in block)
    assert "readiness to invest $500 million" in railway  # the April sentence, cited on the thread's line
    assert "memorandum of understanding" in railway       # and the July one that signed it
    deal = next(block for block in outcomes.split("\n- ") if block.startswith("20 agreements worth $140 million"))
    assert "20 agreements worth $140 million were signed" in deal
    signed = outcomes.split("**Signed:** $", 1)[1].split(" million", 1)[0]
    assert float(signed) < 500  # the railway's $500 million was offered, then an MoU without a sum: not summed
