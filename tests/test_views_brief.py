"""The brief: sections, totals that keep pledges apart, citations, and the two renderings.

The reports below are invented for these tests: an Uzbek delegation's visit to Kabul told by two
outlets, a later meeting, and facts about other pairs that a brief must leave out.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from bilateral.facts.jsonl import parse_fact
from bilateral.facts.record import FactRecord
from bilateral.views import (
    Brief,
    BriefError,
    Chart,
    ChartRow,
    Line,
    Money,
    Section,
    chart_svg,
    event_brief,
    pair_brief,
    render_html,
    render_markdown,
)
from bilateral.views.describe import describe
from bilateral.views.text import country_name, money

SVG = "{http://www.w3.org/2000/svg}"

DOCS = {
    "a": ("Uzbek delegation wraps up Kabul talks", "https://news.example.org/uz-kabul", "2025-03-12"),
    "b": ("Tashkent and Kabul seal a dozen trade deals", "https://wire.example.com/deals", "2025-03-11"),
    "c": ("Rahimov back in Kabul for a second round", None, "2025-05-21"),
    "d": ("Kazakh traders visit Kabul", "https://example.net/kz", "2025-03-10"),
    "e": ("Tashkent confirms power line money", "https://example.org/line", "2025-04-02"),
}

FACTS: dict[str, list[tuple[dict, str]]] = {
    "a": [
        ({"type": "event", "kind": "visit", "date": "2025-03-10", "place": "Kabul", "parties": ["AFG", "UZB"],
          "persons": ["Aziz Rahimov"]},
         "Uzbek Deputy Minister Aziz Rahimov landed in Kabul on Monday at the head of a trade mission."),
        ({"type": "event", "kind": "meeting", "date": "2025-03-10", "place": "Kabul",
          "parties": ["AFG", "UZB"], "persons": ["Aziz Rahimov", "Hamid Noori"]},
         "Rahimov held talks with Afghan commerce minister Hamid Noori the same afternoon."),
        ({"type": "commitment", "kind": "investment", "stage": "intent", "by": ["UZB"], "with": ["AFG"],
          "amount": {"value": 300_000_000, "currency": "USD"}, "object": "Termez–Mazar power line upgrade",
          "sector": "energy"},
         "Tashkent said it was ready to put $300 million into upgrading the Termez–Mazar power line."),
        ({"type": "commitment", "kind": "supply", "stage": "pledged", "by": ["UZB"], "with": ["AFG"],
          "amount": {"value": 50_000_000, "currency": "USD"}, "object": "wheat flour deliveries",
          "sector": "agriculture"},
         "The Uzbek side promised wheat flour deliveries worth $50 million before winter."),
        ({"type": "commitment", "kind": "construction", "stage": "signed", "by": ["UZB"], "with": ["AFG"],
          "amount": {"value": 25_000_000, "currency": "USD"}, "object": "cargo terminal in Hairatan",
          "sector": "transport"},
         "An Uzbek builder signed a $25 million contract to put up a cargo terminal in Hairatan."),
        ({"type": "agreement", "kind": "agreement", "count": 12,
          "amount": {"value": 80_000_000, "currency": "USD"}, "parties": ["AFG", "UZB"],
          "subject": "trade deals between companies"},
         "Companies from both countries concluded 12 deals valued at $80 million."),
        ({"type": "agreement", "kind": "contract", "count": 1,
          "amount": {"value": 25_000_000, "currency": "USD"}, "parties": ["AFG", "UZB"],
          "subject": "Hairatan cargo terminal contract"},
         "An Uzbek builder signed a $25 million contract to put up a cargo terminal in Hairatan."),
        ({"type": "commitment", "kind": "facilitation", "stage": "discussed", "by": [],
          "with": ["AFG", "UZB"], "object": "visa-free entry for truck drivers", "sector": "migration"},
         "Afghan officials raised the idea of visa-free entry for truck drivers."),
        ({"type": "target", "metric": "trade_turnover", "value": {"value": 2_000_000_000, "unit": "USD"},
          "year": "2027", "parties": ["AFG", "UZB"]},
         "Both sides want bilateral trade to reach $2 billion by 2027."),
        ({"type": "indicator", "metric": "growth", "value": {"value": 18, "unit": "percent"},
          "period": "2024", "parties": ["AFG", "UZB"]},
         "Trade between the two countries grew by 18% last year."),
        ({"type": "commitment", "kind": "construction", "stage": "implementing", "by": ["UZB"],
          "with": ["AFG"], "object": "Surkhan–Pul-e-Khumri transmission line", "sector": "energy"},
         "Work on the Surkhan–Pul-e-Khumri transmission line is proceeding."),
        ({"type": "commitment", "kind": "other", "stage": "intent", "by": ["UZB"], "with": ["PAK"],
          "object": "rail freight corridor to Karachi", "sector": "transport"},
         "Rahimov also mentioned a rail freight corridor to Karachi."),
    ],
    "b": [
        ({"type": "event", "kind": "visit", "date": "2025-03-11", "place": None, "parties": ["AFG", "UZB"],
          "persons": ["Rahimov"]},
         "Rahimov's mission spent two days in the Afghan capital."),
        ({"type": "agreement", "kind": "agreement", "count": 12,
          "amount": {"value": 80_000_000, "currency": "USD"}, "parties": ["AFG", "UZB"],
          "subject": "trade deals"},
         "Twelve deals worth $80 million were signed during the mission."),
        ({"type": "commitment", "kind": "supply", "stage": "pledged", "by": ["KAZ"], "with": ["UZB"],
          "amount": {"value": 9_000_000_000, "currency": "KZT"}, "object": "grain transit",
          "sector": "trade"},
         "Separately, Astana promised 9 billion tenge for grain transit through Uzbekistan."),
    ],
    "c": [
        ({"type": "event", "kind": "visit", "date": "2025-05-20", "place": "Kabul",
          "parties": ["AFG", "UZB"], "persons": ["Aziz Rahimov"]},
         "Rahimov returned to Kabul on Tuesday to review what had been agreed in March."),
        ({"type": "commitment", "kind": "finance", "stage": "pledged", "by": ["UZB"], "with": ["AFG"],
          "amount": {"value": 10_000_000, "currency": "USD"}, "object": "Hairatan customs post",
          "sector": "transport"},
         "Uzbekistan will fund a new customs post in Hairatan with $10 million."),
    ],
    "d": [
        ({"type": "event", "kind": "visit", "date": "2025-03-10", "place": "Kabul", "parties": ["AFG", "KAZ"],
          "persons": ["Erlan Sadykov"]},
         "A Kazakh trade delegation led by Erlan Sadykov arrived in Kabul."),
    ],
}


def _records(docs: dict[str, list[tuple[dict, str]]]) -> list[FactRecord]:
    records = []
    for doc, facts in docs.items():
        title, url, published = DOCS[doc]
        for n, (fact, quote) in enumerate(facts):
            fact_ = parse_fact({**fact, "quote": quote}, doc)
            records.append(FactRecord(id=f"{doc}:{n}", doc_id=doc, fact=fact_, quote=quote, doc_title=title,
                                      doc_url=url, published=published))
    return records


@pytest.fixture
def records() -> list[FactRecord]:
    return _records(FACTS)


def _section(brief: Brief, title: str) -> Section:
    for section in brief.sections:
        if section.title == title:
            return section
        for part in section.parts:
            if part.title == title:
                return part
    raise AssertionError(f"no section {title!r}")


def _texts(lines: tuple[Line, ...]) -> list[str]:
    return [line.text for line in lines]


def _all_lines(brief: Brief) -> list[Line]:
    lines = list(brief.summary.events)
    for section in brief.sections:
        lines += section.lines
        for part in section.parts:
            lines += part.lines
    return lines


def _ids(brief: Brief) -> set[str]:
    return {i for line in _all_lines(brief) for i in line.fact_ids}


def test_event_brief_sections_read_as_an_analyst_writes(records: list[FactRecord]) -> None:
    brief = event_brief(records, "a:0")
    assert [s.title for s in brief.sections] == ["Objectives", "Outcomes", "Targets and indicators",
                                                 "Open items"]
    assert brief.title == "Visit of Aziz Rahimov to Kabul, 10 March 2025"
    assert _texts(_section(brief, "Objectives").lines) == [
        "Uzbekistan (intent) to invest $300 million in Termez–Mazar power line upgrade — energy",
        "Uzbekistan (intent): rail freight corridor to Karachi — transport",
    ]
    assert _texts(_section(brief, "Pledges").lines) == [
        "Uzbekistan (pledged) to supply wheat flour deliveries worth $50 million — agriculture"]
    assert _texts(_section(brief, "Signed commitments").lines) == [
        "Uzbekistan (signed) to build cargo terminal in Hairatan worth $25 million — transport"]
    assert _texts(_section(brief, "Under way and done").lines) == [
        "Uzbekistan (implementing): Surkhan–Pul-e-Khumri transmission line — energy"]
    agreements = _texts(_section(brief, "Agreements").lines)
    assert agreements[0].startswith("12 agreements worth $80 million signed (Afghanistan, Uzbekistan)")
    assert agreements[1].startswith("1 contract worth $25 million signed")
    assert _texts(_section(brief, "Targets and indicators").lines) == [
        "Target: trade turnover of $2 billion by 2027", "Indicator: growth 18% (2024)"]
    assert _texts(_section(brief, "Open items").lines) == [
        "Visa-free entry for truck drivers (discussed, Afghanistan and Uzbekistan) — migration"]


def test_summary_says_who_when_where_and_how_many_reports(records: list[FactRecord]) -> None:
    summary = event_brief(records, "a:0").summary
    assert summary.persons == ("Aziz Rahimov", "Hamid Noori")
    assert summary.countries == ("Afghanistan", "Uzbekistan")
    assert (summary.first_date, summary.last_date) == ("2025-03-10", "2025-03-11")
    assert summary.when == "10 March 2025 – 11 March 2025"
    assert summary.places == ("Kabul",)
    assert summary.reports == 2
    assert _texts(summary.events) == [
        "Visit to Kabul, 10 March 2025 — Aziz Rahimov (Afghanistan, Uzbekistan)",
        "Meeting in Kabul, 10 March 2025 — Aziz Rahimov, Hamid Noori (Afghanistan, Uzbekistan)"]
    assert summary.events[0].fact_ids == ("a:0", "b:0")  # one visit, as two outlets report it


def test_pledges_and_intentions_are_never_added_to_the_signed_total(records: list[FactRecord]) -> None:
    totals = event_brief(records, "a:0").totals
    # 12 deals ($80M) + the Hairatan contract ($25M); the signed commitment restating that contract and
    # the second report of the 12 deals are not counted again.
    assert totals.signed == (Money(105_000_000, "USD"),)
    assert totals.pledged == (Money(50_000_000, "USD"),)
    assert totals.intended == (Money(300_000_000, "USD"),)


def test_the_same_statement_in_two_reports_is_one_line_citing_both(records: list[FactRecord]) -> None:
    line = _section(event_brief(records, "a:0"), "Agreements").lines[0]
    assert set(line.fact_ids) == {"a:5", "b:1"}
    assert [c.source for c in line.citations] == ["Tashkent and Kabul seal a dozen trade deals",
                                                  "Uzbek delegation wraps up Kabul talks"]


def test_equal_figures_within_one_report_stay_separate(records: list[FactRecord]) -> None:
    contract = {"type": "agreement", "kind": "contract", "count": 1, "parties": ["AFG", "UZB"],
                "amount": {"value": 5_000_000, "currency": "USD"}}
    two = {"a": [FACTS["a"][0],
                 ({**contract, "subject": "bus purchase"}, "A $5 million bus deal was signed."),
                 ({**contract, "subject": "seed supply"}, "So was a $5 million seed contract.")]}
    brief = event_brief(_records(two), "a:0")
    assert len(_section(brief, "Agreements").lines) == 2
    assert brief.totals.signed == (Money(10_000_000, "USD"),)


def test_a_sum_reported_at_two_stages_counts_once_at_the_furthest(records: list[FactRecord]) -> None:
    pledge = {"type": "commitment", "kind": "investment", "stage": "pledged", "by": ["UZB"], "with": ["AFG"],
              "amount": {"value": 300_000_000, "currency": "USD"}, "object": "Termez–Mazar line",
              "sector": "energy"}
    later = _records({"e": [(pledge, "Uzbekistan has now committed the $300 million for the line.")]})
    brief = pair_brief(records + later, ("AFG", "UZB"))
    assert brief.totals.intended == ()
    assert brief.totals.pledged == (Money(360_000_000, "USD"),)
    assert len(_section(brief, "Objectives").lines) == 1  # the earlier statement is still shown


def test_every_line_cites_its_sentence(records: list[FactRecord]) -> None:
    for line in _all_lines(event_brief(records, "a:0")):
        assert line.citations, line.text
        for citation in line.citations:
            assert citation.quote and citation.source and citation.date
    pledge = _section(event_brief(records, "a:0"), "Pledges").lines[0].citations[0]
    assert pledge.quote == "The Uzbek side promised wheat flour deliveries worth $50 million before winter."
    assert pledge.url == "https://news.example.org/uz-kabul"
    assert pledge.date == "2025-03-12"


def test_event_brief_takes_its_report_and_other_reports_of_the_same_visit(records: list[FactRecord]) -> None:
    ids = _ids(event_brief(records, "a:0"))
    assert {f"a:{n}" for n in range(len(FACTS["a"]))} <= ids  # the whole report, the Karachi corridor too
    assert {"b:0", "b:1"} <= ids  # same parties, a day later, a shared person
    assert "b:2" not in ids  # that report's Kazakh–Uzbek item is not about this pair
    assert not ids & {"c:0", "c:1", "d:0"}  # same man and city two months later; a Kazakh visit that day


def test_pair_brief_keeps_only_the_pair(records: list[FactRecord]) -> None:
    brief = pair_brief(records, ("uzb", "AFG"))
    ids = _ids(brief)
    assert {"a:0", "b:1", "c:0", "c:1"} <= ids
    assert not ids & {"a:11", "b:2", "d:0"}
    assert brief.title == "Afghanistan – Uzbekistan"
    assert brief.summary.reports == 3
    assert brief.totals.pledged == (Money(60_000_000, "USD"),)
    visits = [line.fact_ids for line in brief.summary.events if line.text.startswith("Visit")]
    assert visits == [("a:0", "b:0"), ("c:0",)]  # the May return is another visit, not the March one


def test_unknown_or_non_event_id_is_a_brief_error(records: list[FactRecord]) -> None:
    with pytest.raises(BriefError, match="no fact with id 'z:9'"):
        event_brief(records, "z:9")
    with pytest.raises(KeyError, match="is a commitment, not an event"):
        event_brief(records, "a:2")


def test_markdown_has_sections_and_quoted_citations(records: list[FactRecord]) -> None:
    text = render_markdown(event_brief(records, "a:0"))
    assert text.startswith("# Visit of Aziz Rahimov to Kabul, 10 March 2025\n")
    headings = [h for h in text.splitlines() if h.startswith("## ")]
    assert headings == ["## Summary", "## Objectives", "## Outcomes", "## Targets and indicators",
                        "## Open items"]
    bullet = ("- Uzbekistan (pledged) to supply wheat flour deliveries worth $50 million — agriculture\n"
              '  > "The Uzbek side promised wheat flour deliveries worth $50 million before winter." — '
              "[Uzbek delegation wraps up Kabul talks](https://news.example.org/uz-kabul), 2025-03-12\n")
    assert bullet in text
    assert "- **Signed:** $105 million" in text
    assert "- **Pledged** (not included in the signed total): $50 million" in text
    assert "  >\n" in text  # the merged agreement line quotes both reports


def test_markdown_names_a_source_without_url_without_a_link(records: list[FactRecord]) -> None:
    text = render_markdown(pair_brief(records, ("AFG", "UZB")))
    assert '— Rahimov back in Kabul for a second round, 2025-05-21' in text


def test_html_is_self_contained_and_escapes_report_text(records: list[FactRecord]) -> None:
    hostile = {"a": [*FACTS["a"], (
        {"type": "commitment", "kind": "aid", "stage": "pledged", "by": ["UZB"], "with": ["AFG"],
         "object": "<b>medicine</b>", "sector": "health"},
        'A line with <script>alert("x")</script> inside.')]}
    html = render_html(event_brief(_records(hostile), "a:0"))
    assert "<script" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "&lt;b&gt;medicine&lt;/b&gt;" in html
    assert "<style>" in html and "<link" not in html and "src=" not in html and "@import" not in html
    assert '<a href="https://news.example.org/uz-kabul">Uzbek delegation wraps up Kabul talks</a>' in html
    assert "<blockquote" in html


def test_javascript_urls_are_not_linked() -> None:
    fact = {"type": "event", "kind": "call", "date": "2025-01-05", "parties": ["AFG", "UZB"], "quote": "x"}
    record = FactRecord("e:0", "e", parse_fact(fact, "e"), "The two ministers spoke by phone.",
                        doc_title="Phone call", doc_url="javascript:alert(1)", published="2025-01-06")
    brief = event_brief([record], "e:0")
    html = render_html(brief)
    assert "javascript:" not in html
    assert "<cite>Phone call</cite>" in html
    assert '> "The two ministers spoke by phone." — Phone call, 2025-01-06' in render_markdown(brief)


def test_html_chart_is_well_formed_svg_with_title_desc_and_values(records: list[FactRecord]) -> None:
    html = render_html(event_brief(records, "a:0"))
    svg = ET.fromstring(re.search(r"<svg.*?</svg>", html, re.S).group(0))
    assert svg.find(f"{SVG}title").text == "Amounts by sector (USD)"
    desc = svg.find(f"{SVG}desc").text
    assert "Energy: $300 million pledged or intended" in desc
    labels = [t.text for t in svg.iter(f"{SVG}text")]
    assert {"Energy", "Agriculture", "$300 million", "$50 million", "Amount (USD)", "Sector"} <= set(labels)


def test_chart_labels_are_escaped() -> None:
    chart = Chart("Amounts by sector (USD)", "sector", "USD", (ChartRow('<Ports & "docks">', 5e6, 2e6),))
    svg = ET.fromstring(chart_svg(chart))
    assert '<Ports & "docks">' in [t.text for t in svg.iter(f"{SVG}text")]


def test_chart_goes_by_stage_when_no_amount_has_a_sector(records: list[FactRecord]) -> None:
    clinic = {"type": "commitment", "kind": "finance", "stage": "pledged", "by": ["UZB"], "with": ["AFG"],
              "amount": {"value": 7_000_000, "currency": "USD"}, "object": "clinic"}
    keep = {"a": [f for f in FACTS["a"] if f[0]["type"] in ("event", "agreement")]
            + [(clinic, "A clinic was promised.")]}
    chart = event_brief(_records(keep), "a:0").chart
    assert chart is not None and chart.by == "stage"
    rows = [(r.label, r.signed, r.pending) for r in chart.rows]
    assert rows == [("Signed", 105e6, 0.0), ("Pledged", 0.0, 7e6)]


def test_nothing_to_chart_is_said_in_words() -> None:
    only_talks = {"a": [f for f in FACTS["a"] if f[0]["type"] in ("event", "target", "indicator")]}
    brief = event_brief(_records(only_talks), "a:0")
    assert brief.chart is None
    html = render_html(brief)
    assert "<svg" not in html and "nothing to chart" in html


@pytest.mark.parametrize(("value", "currency", "expected"), [
    (500_000_000, "USD", "$500 million"), (3_000_000_000, "USD", "$3 billion"),
    (1_400_000_000, "USD", "$1.4 billion"), (12_000_000_000, "KZT", "12 billion tenge"),
    (45_000, "EUR", "€45,000"),
])
def test_money_reads_naturally(value: float, currency: str, expected: str) -> None:
    assert money(value, currency) == expected


def test_country_names_are_the_common_ones() -> None:
    assert [country_name(c) for c in ("AFG", "KAZ", "RUS", "IRN")] == ["Afghanistan", "Kazakhstan", "Russia",
                                                                       "Iran"]


def test_objects_that_name_the_action_get_no_second_verb() -> None:
    funding = parse_fact({"type": "commitment", "kind": "finance", "stage": "pledged", "by": ["KAZ"],
                          "with": ["AFG"], "amount": {"value": 5_000_000, "currency": "USD"},
                          "object": "funding for a bridge", "sector": "transport", "quote": "x"}, "t")
    assert describe(funding) == "Kazakhstan (pledged): funding for a bridge worth $5 million — transport"
    easing = parse_fact({"type": "commitment", "kind": "facilitation", "stage": "intent", "by": ["UZB"],
                         "with": ["TJK"], "object": "make it easier for Tajik fruit to reach Tashkent",
                         "sector": "trade", "quote": "x"}, "t")
    assert describe(easing) == "Uzbekistan (intent): make it easier for Tajik fruit to reach Tashkent — trade"
