"""Lexicon patterns answer exactly as their regex does, while skipping text no phrase can begin in."""

import re

import pytest

from bilateral.extraction.phrases import compile_group, compile_phrases, literal_beginnings

PHRASES = ["visit(?:ed|ing|s)?", "(?:came|went) to", "(?:tele)?phone call", "(?<!press )conference",
           "talks (?:with|between)(?! the delegations)", "meetings? with"]
TEXTS = [
    "The minister visited Kabul and later came to Herat for a conference.",
    "A press conference followed; the VISITS were brief.",
    "Telephone calls and a phone call; talks between the delegations; talks with Astana.",
    "Nothing here but revisited plans and provisits.",
    "Meetings with investors, a meeting with bankers.",
    "",
]


def test_literal_beginnings_follow_groups_branches_and_optional_parts() -> None:
    assert literal_beginnings("visit(?:ed|s)?") == {"visit", "visited", "visits"}
    assert literal_beginnings("(?:came|went) to") == {"came to", "went to"}
    assert literal_beginnings("(?:tele)?phone") == {"telephone", "phone"}
    assert literal_beginnings("(?<!press )Conference") == {"conference"}


def test_a_phrase_that_may_begin_with_anything_has_the_empty_beginning() -> None:
    assert "" in literal_beginnings(r"[A-Z]\w+ Council")
    assert compile_phrases([r"\w+ council", "visit"]).keys is None


@pytest.mark.parametrize("text", TEXTS)
def test_answers_are_the_regex_answers(text: str) -> None:
    phrases = compile_phrases(PHRASES)
    regex = re.compile(phrases.pattern, re.IGNORECASE)
    spans = [m.span() for m in phrases.finditer(text)]
    assert spans == [m.span() for m in regex.finditer(text)]
    for pos in range(0, len(text) + 1, 7):
        for endpos in (pos + 15, len(text)):
            got, want = phrases.search(text, pos, endpos), regex.search(text, pos, endpos)
            assert (got and got.span()) == (want and want.span())


def test_found_phrases_keep_the_text_as_written() -> None:
    match = compile_phrases(PHRASES).search("Talks with Astana")
    assert match is not None and match.group(0) == "Talks with"


def test_a_group_presents_only_the_lexicons_that_can_match() -> None:
    group = compile_group({"visit": ["visit(?:ed|s)?"], "call": ["(?:tele)?phone call"], "any": [r"\w+ council"]})
    assert [name for name, _ in group.present("The minister visited Herat.")] == ["visit", "any"]
    assert [name for name, _ in group.present("A telephone call.")] == ["call", "any"]
