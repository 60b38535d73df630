"""Series from official figures: each side by year, months and commodity levels added up without double
counting, the mirror with its CIF/FOB adjustment, the better reporter, and HS chapters as sectors."""

from __future__ import annotations

import pytest

from bilateral.facts.models import SECTORS
from bilateral.storage.trade import TradeFlow
from bilateral.trade.series import by_sector, choose_reporter, hs_sectors, mirror, side


def flow(reporter: str, flow: str, year: int, value: float, cmd: str = "TOTAL", month: int | None = None,
         partner: str | None = None) -> TradeFlow:
    partner = partner or ("AFG" if reporter == "KAZ" else "KAZ")
    return TradeFlow(reporter, partner, flow, year, month, cmd, value, "test.csv")


def values(series: object) -> dict[int, float]:
    return {year: f.value for year, f in series.years.items()}


def test_each_side_by_year_and_turnover() -> None:
    flows = [flow("KAZ", "X", 2022, 100), flow("KAZ", "M", 2022, 10), flow("KAZ", "X", 2023, 50),
             flow("KAZ", "RX", 2023, 5), flow("AFG", "M", 2022, 70)]
    kaz = side(flows, "KAZ", "AFG")
    assert values(kaz["exports"]) == {2022: 100, 2023: 50}  # re-exports are part of X already
    assert values(kaz["imports"]) == {2022: 10}
    assert values(kaz["trade_turnover"]) == {2022: 110, 2023: 50}  # no imports reported in 2023: none
    assert values(side(flows, "AFG", "KAZ")["trade_turnover"]) == {2022: 70}


def test_months_add_up_and_a_year_of_some_months_is_not_the_latest() -> None:
    flows = [flow("KAZ", "X", 2022, 10, month=m) for m in range(1, 13)]
    flows += [flow("KAZ", "X", 2023, 30, month=m) for m in (1, 2, 3)]
    exports = side(flows, "KAZ", "AFG")["exports"]
    assert {y: (f.value, f.months) for y, f in exports.years.items()} == {2022: (120, 12), 2023: (90, 3)}
    assert exports.full_years() == {2022: 120} and exports.latest() == (2022, 120)


def test_a_years_own_figure_wins_over_its_months() -> None:
    flows = [flow("KAZ", "X", 2022, 500), *(flow("KAZ", "X", 2022, 10, month=m) for m in range(1, 13))]
    assert values(side(flows, "KAZ", "AFG")["exports"]) == {2022: 500}


def test_the_total_row_else_the_coarsest_codes_and_never_both() -> None:
    with_total = [flow("KAZ", "X", 2022, 100), flow("KAZ", "X", 2022, 60, "10"), flow("KAZ", "X", 2022, 30, "11")]
    assert values(side(with_total, "KAZ", "AFG")["exports"]) == {2022: 100}
    chapters = [flow("KAZ", "X", 2022, 60, "10"), flow("KAZ", "X", 2022, 30, "11"), flow("KAZ", "X", 2022, 50, "1001")]
    assert values(side(chapters, "KAZ", "AFG")["exports"]) == {2022: 90}


def test_mirror_with_the_cif_fob_factor() -> None:
    flows = [flow("KAZ", "X", 2022, 1000), flow("KAZ", "M", 2022, 100),
             flow("AFG", "M", 2022, 1060), flow("AFG", "X", 2022, 80),
             flow("KAZ", "X", 2023, 900)]  # AFG reports nothing for 2023: no mirror that year
    exports = mirror(flows, "KAZ", "AFG", "exports")
    # KAZ's exports (FOB) against AFG's imports (CIF) brought to FOB: 1060 / 1.06 = 1000, no gap
    assert list(exports) == [2022] and exports[2022].mirror == pytest.approx(1000) and exports[2022].gap_pct == 0
    imports = mirror(flows, "KAZ", "AFG", "imports")[2022]
    # KAZ's imports (CIF) against AFG's exports (FOB) brought to CIF: 80 * 1.06 = 84.8; (100 - 84.8) / 84.8
    assert imports.mirror == pytest.approx(84.8) and imports.gap_pct == pytest.approx(17.924528, rel=1e-6)
    turnover = mirror(flows, "KAZ", "AFG", "trade_turnover")[2022]
    # 1100 against 1000 + 84.8 = 1084.8: 15.2 / 1084.8 = 1.4012%
    assert (turnover.reported, turnover.mirror) == (1100, pytest.approx(1084.8))
    assert turnover.gap_pct == pytest.approx(1.401180, rel=1e-6)
    plain = mirror(flows, "KAZ", "AFG", "trade_turnover", factor=1.0)[2022]
    assert plain.mirror == pytest.approx(1140) and plain.gap_pct == pytest.approx(-40 / 1140 * 100)


def test_the_better_reporter_is_chosen_and_the_reason_given() -> None:
    kaz3 = [flow("KAZ", "X", year, 10) for year in (2021, 2022, 2023)]
    afg2 = [flow("AFG", "M", year, 1000) for year in (2022, 2023)]
    assert choose_reporter(kaz3 + afg2, ("AFG", "KAZ")) == (
        "KAZ", "KAZ reports 3 year(s), 2021–2023; AFG reports 2 year(s), 2022–2023")
    recent = [flow("AFG", "M", year, 1) for year in (2022, 2024)]
    older = [flow("KAZ", "X", year, 1000) for year in (2021, 2022)]
    assert choose_reporter(recent + older, ("AFG", "KAZ"))[0] == "AFG"  # as many years, more recent
    bigger = [flow("KAZ", "X", 2022, 900, cmd="10")]  # chapters alone count as reporting
    assert choose_reporter([flow("AFG", "M", 2022, 10), *bigger], ("AFG", "KAZ"))[0] == "KAZ"
    assert choose_reporter(afg2, ("AFG", "KAZ")) == ("AFG", "AFG reports 2 year(s), 2022–2023; KAZ reports no years")


def test_hs_chapters_are_mapped_to_sectors() -> None:
    flows = [flow("KAZ", "X", 2023, 500, "10"), flow("KAZ", "X", 2023, 300, "11"), flow("KAZ", "X", 2023, 40, "27"),
             flow("KAZ", "X", 2023, 30, "30"), flow("KAZ", "X", 2023, 20, "87"), flow("KAZ", "M", 2023, 7, "08"),
             flow("KAZ", "M", 2023, 5, "71"), flow("KAZ", "M", 2023, 3, "84"),
             flow("KAZ", "X", 2023, 999, "1001"),  # a heading under chapter 10: not counted again
             flow("KAZ", "X", 2023, 5000),  # the total is not a sector
             flow("KAZ", "X", 2022, 10, "10", month=1)]  # one month is not a year
    assert by_sector(flows, "KAZ", "AFG") == {2023: {
        "agriculture": {"exports": 800, "imports": 7}, "energy": {"exports": 40, "imports": 0},
        "health": {"exports": 30, "imports": 0}, "industry": {"exports": 0, "imports": 3},
        "mining": {"exports": 0, "imports": 5}, "transport": {"exports": 20, "imports": 0}}}


def test_hs_sector_table_covers_every_chapter_with_our_sectors() -> None:
    table = hs_sectors()
    assert sorted(table) == [f"{n:02d}" for n in range(1, 100)]
    assert set(table.values()) <= set(SECTORS)
    assert (table["10"], table["27"], table["26"], table["86"], table["30"]) == (
        "agriculture", "energy", "mining", "transport", "health")
