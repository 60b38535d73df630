"""A pair brief built from threads: each tracked thing once, at its current stage, with its history.

The reports are invented for these tests: a Kazakh expressway investment that three outlets follow
from an offer to a signed loan, a cotton pledge, a grain terminal whose price reports disagree on, a
trading house nobody mentioned again, trade figures by year and one visit told in two facts.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from bilateral.facts.jsonl import parse_fact
from bilateral.facts.record import FactRecord
from bilateral.tracking.state import ThreadState, derive
from bilateral.tracking.threads import link
from bilateral.views import Brief, Line, Money, pair_brief, render_html, render_markdown
from bilateral.views.describe import describe

PAIR = ("KAZ", "UZB")
SOURCES = {
    "old": ("Uzbek trading house planned for Almaty", "https://one.example.org/house", "2023-01-10"),
    "mar": ("Astana offers to fund expressway", "https://two.example.org/offer", "2024-03-05"),
    "jun": ("Expressway money still on the table", None, "2024-06-18"),
    "nov": ("Expressway loan signed in Tashkent", "https://three.example.org/loan", "2024-11-02"),
}


def _expressway(stage: str) -> dict:
    return {"type": "commitment", "kind": "investment", "stage": stage, "by": ["KAZ"], "with": ["UZB"],
            "amount": {"value": 200_000_000, "currency": "USD"}, "object": "Shymkent–Tashkent expressway",
            "sector": "transport"}


def _terminal(value: float) -> dict:
    return {"type": "commitment", "kind": "construction", "stage": "pledged", "by": ["KAZ"], "with": ["UZB"],
            "amount": {"value": value, "currency": "USD"}, "object": "grain terminal at Termez",
            "sector": "agriculture"}


def _turnover(value: float, year: str) -> dict:
    return {"type": "indicator", "metric": "trade_turnover", "value": {"value": value, "unit": "USD"},
            "period": year, "parties": ["KAZ", "UZB"]}


REPORTS: dict[str, list[tuple[dict, str]]] = {
    "old": [
        ({"type": "commitment", "kind": "establishment", "stage": "intent", "by": ["UZB"], "with": ["KAZ"],
          "object": "Uzbek trading house in Almaty", "sector": "trade"},
         "Tashkent would like to open a trading house in Almaty, a ministry spokesman said."),
    ],
    "mar": [
        (_expressway("intent"), "Astana is prepared to put $200 million into the Shymkent–Tashkent expressway."),
        ({"type": "commitment", "kind": "supply", "stage": "pledged", "by": ["UZB"], "with": ["KAZ"],
          "amount": {"value": 90_000_000, "currency": "USD"}, "object": "cotton fibre", "sector": "trade"},
         "Uzbekistan will ship cotton fibre worth $90 million to Kazakh mills."),
        (_terminal(40_000_000), "Kazakhstan promised $40 million for a grain terminal at Termez."),
        (_turnover(4_100_000_000, "2022"), "Two-way trade came to $4.1 billion in 2022."),
    ],
    "jun": [
        (_expressway("intent"), "Kazakh officials say the $200 million for the Shymkent–Tashkent expressway stands."),
        (_terminal(45_000_000), "The Termez grain terminal will get $45 million from Kazakhstan."),
        (_turnover(4_400_000_000, "2023"), "Trade rose to $4.4 billion last year."),
    ],
    "nov": [
        ({"type": "event", "kind": "visit", "date": "2024-11-01", "place": "Tashkent", "parties": ["KAZ", "UZB"],
          "persons": ["Dana Seitova"]},
         "Kazakh finance minister Dana Seitova flew to Tashkent on Friday."),
        ({"type": "event", "kind": "meeting", "date": "2024-11-01", "place": "Tashkent", "parties": ["KAZ", "UZB"],
          "persons": ["Dana Seitova", "Jasur Karimov"]},
         "Seitova met her Uzbek counterpart Jasur Karimov the same day."),
        (_expressway("signed"), "Seitova and Karimov signed the $200 million Shymkent–Tashkent expressway loan."),
    ],
}


def _records(reports: dict[str, list[tuple[dict, str]]], sources: dict = SOURCES) -> list[FactRecord]:
    out = []
    for doc, facts in reports.items():
        title, url, published = sources[doc]
        for n, (fact, quote) in enumerate(facts):
            out.append(FactRecord(id=f"{doc}:{n}", doc_id=doc, fact=parse_fact({**fact, "quote": quote}, doc),
                                  quote=quote, doc_title=title, doc_url=url, published=published))
    return out


def _states(records: Sequence[FactRecord]) -> list[ThreadState]:
    as_of = max(r.published for r in records if r.published)
    return [derive(t, as_of) for t in link(records)]


@pytest.fixture
def records() -> list[FactRecord]:
    return _records(REPORTS)


@pytest.fixture
def brief(records: list[FactRecord]) -> Brief:
    return pair_brief(records, PAIR, _states(records))


def _part(brief: Brief, title: str) -> tuple[Line, ...]:
    for section in brief.sections:
        for s in (section, *section.parts):
            if s.title == title:
                return s.lines
    raise AssertionError(f"no section {title!r}")


def _texts(lines: Sequence[Line]) -> list[str]:
    return [line.text for line in lines]


def _all(brief: Brief) -> list[Line]:
    return [*brief.summary.events, *(line for s in brief.sections for p in (s, *s.parts) for line in p.lines)]


def _mentioning(brief: Brief, word: str) -> list[Line]:
    return [line for line in _all(brief) if word in line.text]


def test_a_commitment_three_reports_follow_is_one_line_at_its_current_stage(brief: Brief) -> None:
    [line] = _mentioning(brief, "expressway")
    assert line in _part(brief, "Signed commitments") and line not in _part(brief, "Objectives")
    assert line.text == "Kazakhstan (signed) to invest $200 million in Shymkent–Tashkent expressway — transport"
    assert line.progress == "intent 5 Mar 2024 → signed 2 Nov 2024"
    assert set(line.fact_ids) == {"mar:0", "jun:0", "nov:2"}


def test_the_sentences_that_moved_the_stage_are_cited_first_then_the_others(brief: Brief) -> None:
    [line] = _mentioning(brief, "expressway")
    assert [(c.stage, c.quote) for c in line.citations] == [
        ("intent", "Astana is prepared to put $200 million into the Shymkent–Tashkent expressway."),
        ("signed", "Seitova and Karimov signed the $200 million Shymkent–Tashkent expressway loan."),
        (None, "Kazakh officials say the $200 million for the Shymkent–Tashkent expressway stands."),
    ]


def test_pledges_stay_out_of_the_signed_total_and_each_thread_counts_once(brief: Brief) -> None:
    assert brief.totals.signed == (Money(200_000_000, "USD"),)  # three reports, one expressway
    assert brief.totals.pledged == (Money(135_000_000, "USD"),)  # cotton $90M + the terminal's latest $45M
    assert brief.totals.intended == ()  # the offer became the signed loan; it is not counted again


def test_a_signed_amount_three_reports_state_differently_is_counted_once() -> None:
    loan = {"type": "agreement", "kind": "agreement", "count": 1, "amount": {"value": 200_000_000, "currency": "USD"},
            "parties": ["KAZ", "UZB"], "subject": "loan for the Shymkent–Tashkent expressway"}
    records = _records({
        "mar": [(loan, "A $200 million loan for the Shymkent–Tashkent expressway was signed.")],
        "jun": [(_expressway("signed"), "The Shymkent–Tashkent expressway deal is signed: $200 million.")],
        "nov": [(_expressway("implementing"), "Work on the $200 million Shymkent–Tashkent expressway began.")],
    })
    brief = pair_brief(records, PAIR, _states(records))
    assert brief.totals.signed == (Money(200_000_000, "USD"),)
    assert len(_mentioning(brief, "expressway")) == 1
    assert _mentioning(brief, "expressway")[0] in _part(brief, "Under way and done")


def test_a_thread_signed_by_its_agreement_reads_as_signed_at_the_agreed_sum() -> None:
    offer = {**_expressway("intent"), "amount": None}
    memorandum = {"type": "agreement", "kind": "mou", "count": 1, "parties": ["KAZ", "UZB"],
                  "amount": {"value": 200_000_000, "currency": "USD"},
                  "subject": "memorandum on the Shymkent–Tashkent expressway"}
    records = _records({"mar": [(offer, "Astana wants to help build the Shymkent–Tashkent expressway.")],
                        "nov": [(memorandum, "A $200 million memorandum on the Shymkent–Tashkent expressway "
                                             "was signed.")]})
    brief = pair_brief(records, PAIR, _states(records))
    assert _texts(_part(brief, "Signed commitments")) == [
        "Kazakhstan (signed) to invest $200 million in Shymkent–Tashkent expressway — transport"]
    assert _part(brief, "Agreements") == () and brief.totals.signed == (Money(200_000_000, "USD"),)


def test_reports_that_disagree_on_a_sum_are_shown_with_both_sources(brief: Brief) -> None:
    [line] = _mentioning(brief, "grain terminal")
    assert line.conflicts == ("Reports disagree on the amount: $40 million (Astana offers to fund expressway) "
                              "vs $45 million (Expressway money still on the table)",)
    assert "$45 million" in line.text  # the latest figure, the earlier one in the conflict
    text = render_markdown(brief)
    assert "\\\n  Reports disagree on the amount: $40 million (Astana offers to fund expressway)" in text
    assert '<p class="conflict">Reports disagree on the amount: $40 million' in render_html(brief)


def test_a_thread_nobody_reported_for_a_year_is_marked_silent(brief: Brief) -> None:
    [house] = _mentioning(brief, "trading house")
    assert house.silence == "Silent since 10 Jan 2023"
    assert all(line.silence is None for line in _all(brief) if line is not house)
    text = render_markdown(brief)
    assert "- Uzbekistan (intent) to establish Uzbek trading house in Almaty — trade\\\n" \
           "  *intent 10 Jan 2023*\\\n  Silent since 10 Jan 2023\n" in text
    html = render_html(brief)
    assert '<p class="silent">Silent since 10 Jan 2023</p>' in html
    assert ('<span class="stage">intent</span> <time datetime="2024-03-05">5 Mar 2024</time> → '
            '<span class="stage">signed</span> <time datetime="2024-11-02">2 Nov 2024</time>') in html


def test_an_indicator_series_is_one_line_of_values_by_year(brief: Brief) -> None:
    [line] = _part(brief, "Targets and indicators")
    assert line.text == "Trade turnover: 2022 $4.1 billion; 2023 $4.4 billion"
    assert [c.quote for c in line.citations] == ["Two-way trade came to $4.1 billion in 2022.",
                                                 "Trade rose to $4.4 billion last year."]


def test_an_engagement_told_in_several_facts_is_one_event_line(brief: Brief) -> None:
    [visit] = brief.summary.events
    assert visit.text == "Visit to Tashkent, 1 November 2024 — Dana Seitova (Kazakhstan, Uzbekistan)"
    assert set(visit.fact_ids) == {"nov:0", "nov:1"}
    assert brief.summary.persons == ("Dana Seitova", "Jasur Karimov")


def test_markdown_marks_the_sentence_that_moved_a_stage(brief: Brief) -> None:
    text = render_markdown(brief)
    assert ('  > → signed: "Seitova and Karimov signed the $200 million Shymkent–Tashkent expressway loan." — '
            "[Expressway loan signed in Tashkent](https://three.example.org/loan), 2024-11-02") in text
    assert "- **Signed:** $200 million\n" in text


def test_html_escapes_report_text_in_thread_lines() -> None:
    hostile = {**REPORTS, "jun": [(_terminal(45_000_000), 'Terminal <script>alert("x")</script> money.')]}
    records = _records(hostile)
    html = render_html(pair_brief(records, PAIR, _states(records)))
    assert "<script" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html


def test_records_outside_the_given_threads_keep_their_old_lines(records: list[FactRecord]) -> None:
    expressway = [s for s in _states(records) if "expressway" in s.label]
    brief = pair_brief(records, PAIR, expressway)
    [cotton] = _mentioning(brief, "cotton")
    fact = next(r.fact for r in records if r.id == "mar:1")
    assert cotton.text == describe(fact, PAIR) and cotton.history == () and cotton.fact_ids == ("mar:1",)
    assert len(_part(brief, "Pledges")) == 3  # the two terminal reports are two statements again
    assert len(_mentioning(brief, "expressway")) == 1


def test_without_threads_the_brief_is_what_it_was(records: list[FactRecord]) -> None:
    plain = pair_brief(records, PAIR)
    assert pair_brief(records, PAIR, []) == plain
    assert len(_mentioning(plain, "expressway")) == 2  # the offer (two reports) and the signed loan
    assert all(not line.history and line.silence is None for line in _all(plain))
    assert "→" not in render_markdown(plain) and 'class="history"' not in render_html(plain)
