"""The trigger lexicons of ``data/frames.json`` compiled once into regular expressions."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import cache

from bilateral.extraction.lexicon import lexicon
from bilateral.extraction.phrases import LexiconGroup, Phrases, compile_group, compile_phrases

STAGE_ORDER = ("discussed", "intent", "pledged", "signed", "implementing", "done")


@dataclass(frozen=True)
class Cues:
    events: LexiconGroup
    any_event: Phrases
    event_not: Phrases
    event_plan: Phrases
    stages: LexiconGroup
    actions: LexiconGroup
    any_action: Phrases
    sectors: LexiconGroup
    agreement_nouns: LexiconGroup
    any_agreement_noun: Phrases
    sign_verbs: Phrases
    sign_not: Phrases
    list_leads: Phrases
    list_cues: Phrases
    plan_cues: Phrases
    target_cues: Phrases
    metrics: LexiconGroup
    participant_nouns: frozenset[str]
    growth: Phrases
    fall: Phrases
    vague: frozenset[str]
    vague_heads: Phrases
    after_stages: LexiconGroup


@cache
def cues() -> Cues:
    data = lexicon("frames")
    compiled = {key: compile_group(data[key])
                for key in ("events", "stages", "actions", "agreement_nouns", "metrics", "after_stages")}
    # Event kinds written with capitals (B2B) and stage cues are case-insensitive; "can"/"may" too.
    return Cues(
        events=compiled["events"],
        any_event=compile_phrases([p for v in data["events"].values() for p in v]),
        event_not=compile_phrases(data["event_not"]),
        event_plan=compile_phrases(data["event_plan"]),
        stages=compiled["stages"],
        actions=compiled["actions"],
        any_action=compile_phrases([p for v in data["actions"].values() for p in v]),
        sectors=compile_group(data["sectors"], flags_of={"telecom": 0}),
        agreement_nouns=compiled["agreement_nouns"],
        any_agreement_noun=compile_phrases([p for v in data["agreement_nouns"].values() for p in v]),
        sign_verbs=compile_phrases(data["sign_verbs"]),
        sign_not=compile_phrases(data["sign_not"]),
        list_leads=compile_phrases(data["list_leads"]),
        list_cues=compile_phrases(data["list_cues"]),
        plan_cues=compile_phrases(data["plan_cues"]),
        target_cues=compile_phrases(data["target_cues"]),
        metrics=compiled["metrics"],
        participant_nouns=frozenset(data["participant_nouns"]),
        growth=compile_phrases(data["growth_cues"]),
        fall=compile_phrases(data["fall_cues"]),
        vague=frozenset(data["vague_objects"]),
        vague_heads=compile_phrases(data["vague_heads"]),
        after_stages=compiled["after_stages"],
    )


def sector_of(text: str) -> str:
    """The sector whose lexicon matches earliest in ``text`` (the object names it first), else other."""
    best: tuple[int, str] | None = None
    for sector, regex in cues().sectors.present(text):
        m = regex.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), sector)
    return best[1] if best else "other"


def last_stage(text: str, until: int | None = None, endpos: int = sys.maxsize) -> tuple[str, int] | None:
    """The stage cue that ends latest in ``text`` (up to ``endpos``: the one governing what follows
    it), with its end; with ``until``, only cues that start at or before that offset ("opening of"
    governs "opening")."""
    found = [(stage, m) for stage, regex in cues().stages.present(text) for m in regex.finditer(text, 0, endpos)
             if (until is None or m.start() <= until) and not _in_name(text, m.start())
             and not (stage == "intent" and _of_a_thing(text, m)) and not _purpose_or_effect(text, m)]
    if not found:
        return None
    stage, last = max(found, key=lambda f: (f[1].end(), _rank(f[0])))
    while _governed(stage, last, text):
        # "discussed the opening of", "will finance the opening of", "will be removed", "discussed the
        # potential opening of": the verb before the noun, participle or adjective governs it
        governing = [f for f in found if f[1].end() <= last.start() and not _CLAUSE_BREAK.search(text, f[1].end(), last.start())]
        if not governing:
            break
        stage, last = max(governing, key=lambda f: (f[1].end(), _rank(f[0])))
    return stage, last.end()


def _governed(stage: str, cue: re.Match[str], text: str) -> bool:
    """A cue that only qualifies a thing ("the opening of", "will be removed", "potential", "ongoing
    projects") and takes its stage from a verb before it ("agreed to speed up ongoing projects")."""
    return cue.group(0).lower().startswith(("potential", "ongoing")) or (stage in ("done", "implementing") and (
        _NOMINAL.search(cue.group(0)) is not None or _FUTURE_BE.search(text, 0, cue.start()) is not None))


_NOMINAL = re.compile(r"\bof$")
_FUTURE_BE = re.compile(r"\b(?:will|would|shall|to) be (?:\w+ )?$")
_CLAUSE_BREAK = re.compile(r"[,;:.]|\b(?:and|while|which|after|since)\b")


def _of_a_thing(text: str, cue: re.Match[str]) -> bool:
    """Whether an "aims to" cue states the purpose of a thing named before it ("a pact which aims to cut
    tariffs", "six projects, aiming to raise imports"), not what a party intends: the verb governing that
    thing sets the stage."""
    return cue.group(0)[:3].lower() == "aim" and _THING_AIMS.search(text, max(0, cue.start() - 8), cue.start()) is not None


_THING_AIMS = re.compile(r"(?:\b(?:which|that)\s+|,\s*)$")


def _purpose_or_effect(text: str, cue: re.Match[str]) -> bool:
    """Whether an "is to" or "will" cue states what a thing is for or brings about ("the purpose of
    the step is to cut fees", "this will serve to raise trade"), not what a party undertakes."""
    word = cue.group(0).lower()
    if word in ("is to", "are to"):
        return _PURPOSE_OF.search(text, max(0, cue.start() - 90), cue.start()) is not None
    if word in ("will", "would"):
        return _EFFECT_SUBJECT.search(text, max(0, cue.start() - 12), cue.start()) is not None and \
            _EFFECT_VERB.match(text, cue.end()) is not None
    return False


_PURPOSE_OF = re.compile(r"\b(?:purpose|aim|goal|mission|objective|task|role)s?\s+of\b[^.;:]*$", re.IGNORECASE)
_EFFECT_SUBJECT = re.compile(r"\b(?:this|these|which)\s+$", re.IGNORECASE)  # the step just named, not a party
_EFFECT_VERB = re.compile(r"\s+(?:also\s+|further\s+|thus\s+)?(?:serve|ensure|allow|enable|contribute|lead|result|"
                          r"make\s+it\s+possible|help|boost|promote|strengthen|increase|improve|reduce|facilitate)\b",
                          re.IGNORECASE)


def _in_name(text: str, at: int) -> bool:
    """A cue word capitalised after another word is part of a name ("the Minister for Planning",
    "the Ministry of Investment"), not a stage."""
    return text[at].isupper() and at >= 2 and text[at - 1] == " " and (text[at - 2].isalnum() or text[at - 2] == ",")


def _rank(stage: str) -> int:
    return STAGE_ORDER.index(stage)
