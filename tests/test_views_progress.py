"""Target progress in the pair brief: the Markdown line, the second chart, and `bilateral brief --pair`
over the sample reports and trade file.

The progress below is built by hand: Kazakhstan's figures $400 million (2022) and $500 million (2023),
a $2 billion target for 2025, so 25% is reached and trade must double each year (4 ** (1 / 2) - 1 = 100%).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from bilateral.cli import app
from bilateral.facts.jsonl import parse_fact
from bilateral.facts.record import FactRecord
from bilateral.trade.progress import Progress, ReportedFigure, TargetLine, TargetProgress
from bilateral.trade.series import Figure, Series
from bilateral.views import pair_brief, render_html, render_markdown

SVG = "{http://www.w3.org/2000/svg}"
EXAMPLES = Path(__file__).parents[1] / "examples"
GOAL = "The sides agreed to lift trade to $2 billion by 2025."
HOSTILE = 'Trade hit $600 million in 2022, <script>alert("x")</script> said the ministry.'
CLOSE = "Turnover was about $510 million in 2023."


def _record(doc: str, fact: dict, quote: str) -> FactRecord:
    return FactRecord(f"{doc}:1", doc, parse_fact({**fact, "quote": quote}, doc), quote,
                      doc_title=f"Report {doc}", doc_url=f"https://example.org/{doc}", published="2024-03-01")


def _indicator(doc: str, value: float, year: str, quote: str) -> FactRecord:
    return _record(doc, {"type": "indicator", "metric": "trade_turnover", "value": {"value": value, "unit": "USD"},
                         "period": year, "parties": ["AFG", "KAZ"]}, quote)


GOAL_RECORD = _record("goal", {"type": "target", "metric": "trade_turnover",
                               "value": {"value": 2e9, "unit": "USD"}, "year": "2025", "parties": ["AFG", "KAZ"]},
                      GOAL)
HIGH = _indicator("high", 600e6, "2022", HOSTILE)
NEAR = _indicator("near", 510e6, "2023", CLOSE)


def _progress(by: int | None = 2025) -> Progress:
    years = {2022: Figure(400e6, 12, ("kaz.csv",)), 2023: Figure(500e6, 12, ("kaz.csv",))}
    series = Series("KAZ", "AFG", "trade_turnover", years)
    line = TargetLine("tgt-1", "trade_turnover", 2e9, 2025, (GOAL_RECORD,))
    main = TargetProgress("trade_turnover", 2e9, by, 2023, 500e6, line)
    reported = (ReportedFigure(HIGH, "trade_turnover", 2022, 600e6, years[2022]),
                ReportedFigure(NEAR, "trade_turnover", 2023, 510e6, years[2023]))
    return Progress(("AFG", "KAZ"), "KAZ", "KAZ reports 2 year(s), 2022–2023; AFG reports no years",
                    "trade_turnover", 1.06, series, main, (main,), {}, reported)


RECORDS = [GOAL_RECORD, HIGH, NEAR]


def _part(markdown: str) -> str:
    return markdown[markdown.index("### Target progress"):]


def test_markdown_states_share_required_growth_and_whose_figures() -> None:
    text = _part(render_markdown(pair_brief(RECORDS, ("KAZ", "AFG"), progress=_progress())))
    assert text.startswith(
        "### Target progress\n\n"
        "- Trade turnover: $500 million in 2023, 25.0% of the $2 billion target for 2025, which needs growth "
        "of 100.0% a year from 2023. Official figures are Kazakhstan's (KAZ reports 2 year(s), 2022–2023; "
        "AFG reports no years), from kaz.csv.\n"
        f'  > "{GOAL}" — [Report goal](https://example.org/goal), 2024-03-01\n')
    # 600M against 400M is 50% off: flagged with both sources; 510M against 500M is 2% off
    assert ("- 2022: reported $600 million, 50.0% above the official $400 million "
            "(Kazakhstan's statistics, kaz.csv)\n"
            f'  > "{HOSTILE}" — [Report high](https://example.org/high), 2024-03-01\n') in text
    assert ("- Reported figures within 10% of the official ones: $510 million (2023)\n"
            f'  > "{CLOSE}" — [Report near](https://example.org/near), 2024-03-01') in text


def test_without_a_year_no_growth_rate_is_made_up() -> None:
    text = _part(render_markdown(pair_brief(RECORDS, ("AFG", "KAZ"), progress=_progress(by=None))))
    assert ("25.0% of the $2 billion target; no year is set, so the growth still needed cannot be worked out"
            in text)
    assert "a year from" not in text


def test_no_progress_no_part_and_a_wrong_pair_is_refused() -> None:
    assert "Target progress" not in render_markdown(pair_brief(RECORDS, ("AFG", "KAZ")))
    with pytest.raises(ValueError, match="AFG-KAZ"):
        pair_brief(RECORDS, ("AFG", "UZB"), progress=_progress())


def _progress_svg(html: str) -> ET.Element:
    svgs = re.findall(r"<svg.*?</svg>", html, re.S)
    assert len(svgs) == 1  # no money amounts in these facts: the progress chart is the page's only chart
    return ET.fromstring(svgs[0])


def _titled(svg: ET.Element, tag: str) -> dict[str, ET.Element]:
    return {e.find(f"{SVG}title").text: e for e in svg.iter(f"{SVG}{tag}") if e.find(f"{SVG}title") is not None}


def test_html_chart_draws_target_official_and_reported_points() -> None:
    html = render_html(pair_brief(RECORDS, ("AFG", "KAZ"), progress=_progress()))
    svg = _progress_svg(html)
    assert svg.find(f"{SVG}title").text == "Trade turnover of Afghanistan and Kazakhstan against the target"
    assert "Kazakhstan's official figures: 2022 $400 million; 2023 $500 million." in svg.find(f"{SVG}desc").text
    labels = [t.text for t in svg.iter(f"{SVG}text")]
    assert {"target $2 billion (2025)", "Year", "Trade turnover (USD)", "2022", "2025"} <= set(labels)

    target = _titled(svg, "line")["Target $2 billion (2025)"]
    official = _titled(svg, "circle")
    assert list(official) == ["2022: $400 million, kazakhstan's official figures",
                              "2023: $500 million, kazakhstan's official figures"]
    low, high = (float(c.get("cy")) for c in official.values())
    assert float(target.get("y1")) < high < low  # higher values sit higher: $2 billion above $500M above $400M

    points = _titled(svg, "path")
    assert len(points) == 2
    flagged = next(p for title, p in points.items() if title.startswith("$600 million for 2022"))
    assert flagged.get("fill") != "#fff"  # a disagreeing figure is a filled diamond, an agreeing one hollow
    assert f"Report high, 2024-03-01: “{HOSTILE}”" in next(t for t in points if t.startswith("$600 million"))

    path = next(p for p in svg.iter(f"{SVG}polyline") if p.get("stroke-dasharray"))
    ends = path.get("points").split()
    assert len(ends) == 3  # 2023, 2024, 2025
    assert float(ends[-1].split(",")[1]) == pytest.approx(float(target.get("y1")), abs=0.1)  # it ends on the target


def test_html_escapes_the_quoted_sentence_everywhere() -> None:
    html = render_html(pair_brief(RECORDS, ("AFG", "KAZ"), progress=_progress()))
    assert "<script" not in html
    assert "&lt;script&gt;" in html
    assert "<h3>Target progress</h3>" in html


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def test_cli_brief_has_target_progress_once_trade_figures_are_stored(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    assert run("ingest", str(EXAMPLES / "reports"), "--db", db).exit_code == 0
    before = run("brief", "--db", db, "--pair", "AFG-KAZ")
    assert before.exit_code == 0, before.output
    assert "Target progress" not in before.stdout  # no official figures stored: no part

    assert run("trade", "import", str(EXAMPLES / "trade" / "kaz-afg-comtrade.csv"), "--db", db).exit_code == 0
    after = run("brief", "--db", db, "--pair", "AFG-KAZ")
    assert after.exit_code == 0, after.output
    part = _part(after.stdout)
    # 545.2 / 3,000 = 18.2%; the sample reports give the $3 billion target no year
    assert part.startswith("### Target progress\n\n- Trade turnover: $545.2 million in 2024, 18.2% of the "
                           "$3 billion target; no year is set")
    assert "Official figures are Kazakhstan's" in part and "kaz-afg-comtrade.csv" in part
    html = run("brief", "--db", db, "--pair", "AFG-KAZ", "--format", "html")
    assert html.exit_code == 0, html.output
    assert len(re.findall(r"<svg", html.stdout)) == 2 and "target $3 billion (no year set)" in html.stdout
