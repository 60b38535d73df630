"""Lexicon patterns answer exactly as their regex does, while skipping text no phrase can begin in."""

import json
import re
from pathlib import Path

import pytest

from bilateral.extraction.cues import cues
from bilateral.extraction.phrases import _REGISTRY, Phrases, compile_group, compile_phrases, literal_beginnings
from bilateral.extraction.sentences import split_sentences

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


def test_a_lexicon_compiled_after_a_text_was_scanned_still_finds_its_phrases() -> None:
    text = "The envoys will tour the grain terminal at Hairatan."
    compile_phrases(["envoys?"]).search(text)  # the text's beginnings are cached now
    assert compile_phrases(["grain terminal"]).search(text) is not None


def test_a_group_presents_only_the_lexicons_that_can_match() -> None:
    group = compile_group({"visit": ["visit(?:ed|s)?"], "call": ["(?:tele)?phone call"], "any": [r"\w+ council"]})
    assert [name for name, _ in group.present("The minister visited Herat.")] == ["visit", "any"]
    assert [name for name, _ in group.present("A telephone call.")] == ["call", "any"]


def test_every_lexicon_answers_as_its_regex_on_the_sample_reports() -> None:
    """The skip-ahead never changes an answer: every frames lexicon, on every sentence of our samples."""
    cues()
    reports = sorted(Path(__file__).parents[1].glob("examples/reports/*.json"))
    texts = [json.loads(p.read_text())["text"] for p in reports if not p.name.endswith(".gold.json")]
    assert texts
    checked = 0
    for text in texts:
        for sentence in split_sentences(text):
            for phrases in _REGISTRY:
                assert [m.span() for m in phrases.finditer(sentence.text)] == \
                    [m.span() for m in phrases.regex.finditer(sentence.text)], phrases.pattern
                checked += 1
    assert checked > 1000


def test_a_lexicon_pattern_must_begin_a_word() -> None:
    with pytest.raises(ValueError, match="must begin"):
        Phrases(re.compile("visit"), ["visit"])


def test_a_key_is_not_listed_again_for_a_lexicon_that_owns_its_beginning():
    """"quorvex" already marks every place where "quorvex plinth" begins, so the longer key adds no
    entry for the same lexicon, and the lexicon still finds both phrases."""
    from bilateral.extraction.phrases import _automaton

    phrases = compile_phrases(["quorvex", "quorvex plinth"])
    longer = phrases.keys - {"quorvex"}
    assert "quorvex" in phrases.keys and longer
    assert not any(_automaton().exists(key) for key in longer)
    text = "They built a quorvex plinth and then a quorvex."
    assert [m.group(0) for m in phrases.finditer(text)] == ["quorvex plinth", "quorvex"]


def test_a_short_beginning_goes_on_through_one_space_of_any_kind() -> None:
    import sys

    from bilateral.extraction.anchors import fold
    from bilateral.extraction.phrases import _FOLDED_SPACES

    assert set(_FOLDED_SPACES) == {fold(c) for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()}
    assert literal_beginnings(r"(?:an?\s+)?deal") == {"deal"} | {f"a{s}" for s in _FOLDED_SPACES} | {
        f"an{s}" for s in _FOLDED_SPACES}
    assert literal_beginnings(r"(?:very\s+)+good") == {"very"}  # a longer one stops before the space
    phrases = compile_phrases([r"(?:an?\s+)?(?:deal|accord)\s+was\s+reached"])
    regex = re.compile(phrases.pattern, re.IGNORECASE)
    for text in ["A deal was reached; an\u3000accord was  reached, a\x85deal was reached.",
                 "Banana deal was reached; a\u00a0deal was reached", "ana deal\twas reached"]:
        assert [m.span() for m in phrases.finditer(text)] == [m.span() for m in regex.finditer(text)]
