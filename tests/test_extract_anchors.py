"""Anchors of figures and dates, and the figure patterns tried only where an anchor says a figure
can begin: the same matches as the pattern run over the whole text."""

import pytest

from bilateral.extraction.anchors import anchors, fold
from bilateral.extraction.dates import DATE_RE
from bilateral.extraction.money import MONEY_RE
from bilateral.extraction.numbers import FIGURE_STARTS, finditer_near, finditer_near_numbers
from bilateral.extraction.quantities import COUNT_RE, PERCENT_RE, TONNES_RE

TEXTS = [
    "Kazakhstan will invest up to $500 million, and later 1.2 billion tenge ($2.4 million), in a railway.",
    "Trade reached US$ 1,300,000 last year, nearly twenty-five billion dollars by 2030, some 3 percent more.",
    "Over 400 companies and a dozen banks signed 20 agreements; exports of 250 thousand tonnes rose 12%.",
    "A delegation arrived on Tuesday, 21 April 2025, and left in May; talks resume next year, said the 3 envoys.",
    "",
]


def test_fold_keeps_offsets() -> None:
    text = "İstanbul\u00a0Trade\nHouse"
    assert len(fold(text)) == len(text)
    assert fold(text).endswith("trade house")


def test_anchors_of_figures() -> None:
    text = "Trade rose 12 percent to twenty-five billion tenge, often doubling; US$5m for a ton of wheat."
    found = anchors(text)
    assert (11, 13) in found["number"] and text[25:31] == "twenty" and (25, 31) in found["number"]
    assert not any(text[s:e] == "ten" for s, e in found["number"])  # "often" is not "ten"
    assert [text[s:e] for s, e in found["percent"]] == ["percent"]
    assert [text[s:e].lower() for s, e in found["currency"]] == ["tenge", "us$", "$"]
    assert [text[s:e] for s, e in found["double"]] == ["doubl"]
    assert [text[s:e] for s, e in found["tonnes"]] == ["ton"]


@pytest.mark.parametrize("text", TEXTS)
def test_figures_tried_at_their_starts_are_the_figures_of_the_whole_text(text: str) -> None:
    spans = [m.span() for m in MONEY_RE.finditer(text)]
    assert [m.span() for m in finditer_near(MONEY_RE, text, "currency", (*FIGURE_STARTS, "currency"))] == spans
    assert [m.span() for m in finditer_near(PERCENT_RE, text, "percent", FIGURE_STARTS)] == \
        [m.span() for m in PERCENT_RE.finditer(text)]
    assert [m.span() for m in finditer_near(TONNES_RE, text, "tonnes", FIGURE_STARTS)] == \
        [m.span() for m in TONNES_RE.finditer(text)]
    assert [m.span() for m in finditer_near_numbers(COUNT_RE, text)] == [m.span() for m in COUNT_RE.finditer(text)]
    assert [m.span() for m in finditer_near(DATE_RE, text, "date")] == [m.span() for m in DATE_RE.finditer(text)]
