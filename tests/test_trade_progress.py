"""Progress to a target, worked out by hand on a small file and two reports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bilateral.documents.model import Document
from bilateral.facts.models import Indicator, Quantity, Target
from bilateral.storage import Store
from bilateral.tracking.refresh import refresh_threads
from bilateral.trade.comtrade import import_file
from bilateral.trade.progress import (
    NoTradeDataError,
    pair_progress,
    progress_chart_data,
    progress_json,
    required_cagr,
)

GOAL = "The two sides agreed to raise bilateral trade to $2 billion by 2026."
REACHED = "Trade between Kazakhstan and Afghanistan reached $560 million in 2024."
EARLIER = "Kazakh statistics put turnover at $410 million in 2023."


def usd(value: float) -> Quantity:
    return Quantity(value=value, currency="USD")


@pytest.fixture
def store(tmp_path: Path, comtrade_file: Callable[..., Path]) -> Store:
    """KAZ reports 2023 and 2024, AFG only 2024 (so KAZ is the better reporter):
    KAZ turnover 2023 = 380M + 20M = 400M; 2024 = 480M + 20M = 500M.
    AFG 2024: imports 424M (CIF), exports 25M (FOB)."""
    path = comtrade_file([("KAZ", "AFG", "X", "2023", 380e6), ("KAZ", "AFG", "M", "2023", 20e6),
                          ("KAZ", "AFG", "X", "2024", 480e6), ("KAZ", "AFG", "M", "2024", 20e6),
                          ("AFG", "KAZ", "M", "2024", 424e6), ("AFG", "KAZ", "X", "2024", 25e6)])
    store = Store(tmp_path / "p.db")
    import_file(store, path)
    text = f"{GOAL} {REACHED}"
    store.add(Document(id="forum", text=text, published="2025-03-01"), [
        Target(metric="trade_turnover", value=usd(2e9), year="2026", parties=["AFG", "KAZ"], evidence=(0, len(GOAL))),
        Indicator(metric="trade_turnover", value=usd(560e6), period="2024", parties=["AFG", "KAZ"],
                  evidence=(len(GOAL) + 1, len(text)))])
    store.add(Document(id="stats", text=EARLIER, published="2024-02-01"), [
        Indicator(metric="trade_turnover", value=usd(410e6), period="2023", parties=["AFG", "KAZ"],
                  evidence=(0, len(EARLIER)))])
    refresh_threads(store)
    yield store
    store.close()


def test_progress_json_worked_out_by_hand(store: Store) -> None:
    data = progress_json(pair_progress(store, ("KAZ", "AFG")))
    assert (data["pair"], data["reporter"], data["metric"]) == ("AFG-KAZ", "KAZ", "trade_turnover")
    assert data["series"] == {"2023": 400_000_000, "2024": 500_000_000}
    assert (data["latest_year"], data["latest_value"]) == (2024, 500_000_000)
    assert (data["target"], data["by"]) == (2_000_000_000, 2026)  # the target as the report states it
    assert data["share_of_target"] == 0.25  # 500M / 2,000M
    assert data["required_cagr"] == 1.0  # (2,000M / 500M) ** (1 / (2026 - 2024)) - 1 = 2 - 1
    assert data["target_thread"] is not None and data["target_sources"][0]["quote"] == GOAL
    # AFG's imports 424M / 1.06 = 400M as KAZ's exports; AFG's exports 25M * 1.06 = 26.5M as KAZ's imports;
    # KAZ's 500M against 426.5M: (500 - 426.5) / 426.5 = 17.23%
    assert data["mirror"] == {"2024": {"reported": 500_000_000, "mirror": 426_500_000, "gap_pct": 17.23}}
    figures = {f["period"]: f for f in data["reported_figures"]}
    # 560M against 500M is 12% off: flagged, with both sources; 410M against 400M is 2.5% off
    assert (figures[2024]["official"], figures[2024]["diff_pct"], figures[2024]["flagged"]) == (500_000_000, 12.0, True)
    assert figures[2024]["source"] == "forum" and figures[2024]["quote"] == REACHED
    assert figures[2024]["official_sources"] == [data["official_sources"][0]]
    assert data["official_sources"][0].endswith("trade.csv")
    assert (figures[2023]["diff_pct"], figures[2023]["flagged"]) == (2.5, False)
    assert [t["target"] for t in data["targets"]] == [2_000_000_000]


def test_a_target_given_overrides_the_stated_one(store: Store) -> None:
    data = progress_json(pair_progress(store, ("AFG", "KAZ"), target=1e9, by=2027))
    assert (data["target"], data["by"], data["share_of_target"]) == (1_000_000_000, 2027, 0.5)
    assert data["required_cagr"] == pytest.approx(2 ** (1 / 3) - 1, abs=1e-6)  # doubling in three years
    assert data["target_thread"] is None  # no report states $1 billion
    same = progress_json(pair_progress(store, ("AFG", "KAZ"), target=2.005e9))  # within 0.5%: the stated target
    assert (same["by"], same["target_thread"]) == (2026, data["targets"][0]["thread"])


def test_the_reporter_can_be_chosen(store: Store) -> None:
    data = progress_json(pair_progress(store, ("AFG", "KAZ"), reporter="AFG"))
    # AFG's own view: its imports 424M + exports 25M in 2024
    assert (data["reporter"], data["series"], data["latest_value"]) == ("AFG", {"2024": 449_000_000}, 449_000_000)


def test_chart_data_holds_the_path_at_the_required_growth(store: Store) -> None:
    chart = progress_chart_data(pair_progress(store, ("AFG", "KAZ")))
    assert chart["official"]["points"] == [[2023, 400_000_000], [2024, 500_000_000]]
    assert chart["path"] == [[2024, 500_000_000], [2025, 1_000_000_000], [2026, 2_000_000_000]]
    assert chart["target"] == {"value": 2_000_000_000, "year": 2026}
    assert [(r["year"], r["flagged"]) for r in chart["reported"]] == [(2024, True), (2023, False)]
    assert chart["mirror"]["points"] == [[2024, 426_500_000]]


def test_required_cagr() -> None:
    assert required_cagr(100, 121, 2020, 2022) == pytest.approx(0.1)  # 1.1 * 1.1 = 1.21
    assert required_cagr(100, 50, 2020, 2021) == pytest.approx(-0.5)
    assert required_cagr(100, 200, 2024, 2024) is None and required_cagr(0, 200, 2020, 2024) is None


def test_no_official_figures_is_an_error(tmp_path: Path) -> None:
    with Store(tmp_path / "empty.db") as store, pytest.raises(NoTradeDataError, match="AFG-KAZ"):
        pair_progress(store, ("AFG", "KAZ"))


def test_a_figure_for_part_of_a_year_is_not_set_against_the_whole_year() -> None:
    from bilateral.trade.progress import _PART_OF_YEAR

    assert _PART_OF_YEAR.search("For January–May 2023, trade stood at $316.6 million")
    assert _PART_OF_YEAR.search("in the first half of 2024 trade grew")
    assert not _PART_OF_YEAR.search("trade reached $545.2 million in 2024")
