"""Commitments: a concrete thing to be done (invest in, build, open, supply, import, fund, train,
ease visas…), its stage from the modality that governs it, who undertakes it and for whom.

An action word is a commitment when a stage cue governs it ("expressed readiness to invest",
"agreed to open", "was also discussed") and it has a concrete object; goodwill without an object
("expand cooperation") is not one.
"""

from __future__ import annotations

import re

from bilateral.extraction.context import DocContext, SentenceContext
from bilateral.extraction.countries import gazetteer
from bilateral.extraction.cues import STAGE_ORDER, cues, last_stage, sector_of
from bilateral.extraction.frames.agreements import listed_lines
from bilateral.extraction.frames.common import (
    AGENT_KINDS,
    agents,
    counterparts,
    fact_parties,
    origin,
    owner,
    phrase_after,
    subject_of,
)
from bilateral.extraction.lexicon import lexicon
from bilateral.extraction.memo import per_document
from bilateral.extraction.phrases import LexiconGroup, compile_group
from bilateral.facts.models import Agreement, Commitment, Quantity

# Action words that name the thing itself ("visa issuance", "transit of goods"): the object starts at them.
_NOMINAL = ("facilitation", "aid", "other")
_OWNED = ("supply", "aid", "establishment")  # the goods' or institution's country is the one that acts
_CUE_WINDOW = 90  # a stage cue governs an action at most this many characters ahead
_DEAL_NOUN = r"(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?(?:agreements?|contracts?|deals?|memorand\w*|MoUs?|accords?)"
# "Under the contract,", "Based on the agreement,", "Once the agreement takes effect (in 2027),": the sentence
# states what a signed document holds.
_UNDER_DEAL = re.compile(rf"\s*(?:(?:under|in|according to|as part of|based on|pursuant to|in (?:line|accordance) with)\s+"
                         rf"{_DEAL_NOUN}\s*|(?:once|when|after)\s+{_DEAL_NOUN}\s+(?:takes?|took|enters?|entered|comes?|came)\s+"
                         r"(?:into\s+)?(?:effect|force)[^,.;]{0,80}),", re.IGNORECASE)
# "Signed a protocol under which Kazakhstan will supply wheat": what follows is the signed document's content.
_UNDER_WHICH = re.compile(r"\b(?:agreements?|contracts?|deals?|memorand\w*|MoUs?|protocols?|accords?|documents?),?\s+"
                          r"(?:under|according to|in accordance with|by) which\b", re.IGNORECASE)
# "Nine of the deals concern oil", "Among the MoUs signed is a deal on a clinic": a part of the documents signed.
_PART_OF_DEALS = re.compile(r"\s*(?:(?:\d+|[a-z]+)\s+of|among)\s+(?:the|these|those|them|which)\s+(?:[\w-]+\s+)?"
                            r"(?:agreements?|contracts?|deals?|documents|memorand\w*|MoUs)\b", re.IGNORECASE)
# "The contracts, worth $20 million, include the supply of cement": what documents already named contain.
_DEALS_CONTAIN = re.compile(r"\s*(?:the|these|those|both)\s+(?:[\w-]+\s+){0,2}?(?:agreements?|contracts?|deals?|documents?|"
                            r"memorand\w*|MoUs?)\b[^.;]{0,80}?\b(?:include[sd]?|cover(?:s|ed)?|concern(?:s|ed)?|"
                            r"envisage[sd]?|provide[sd]? for|pertain(?:s|ed)? to|relate[sd]? to|involve[sd]?)\s", re.IGNORECASE)
_REACHED_VALUE = re.compile(r"\breached an? (?:\w+ )?(?:agreement|deal|contract)s? worth\b", re.IGNORECASE)
# "Provide" and "delivered" take their kind from what is given ("a loan", "assistance"); goods by default.
_PROVIDE = re.compile(r"provid|delivered|sent|dispatched|supplied", re.IGNORECASE)
_RESUME = re.compile(r"resum", re.IGNORECASE)  # what is resumed names the undertaking's kind
_GIVEN_WITH = re.compile(r"\s*(?:[A-Z][\w’'-]*\s+){1,3}with\s+")
# A sum allocated, lent or granted for the action that follows ("a loan for the construction of", "will
# allocate $2 million to rehabilitate"): the undertaking is the funding, not the works it pays for.
_FUNDABLE = ("construction", "investment", "purchase", "other")
_FUNDS_FOR = re.compile(r"\b(?:allocat\w*|loans?|credit(?:s|\s+lines?)?|lines?\s+of\s+credit|grants?|granting)\b[^.;,]{0,80}?"
                        r"\b(?:for|to)\s+(?:co-financing\s+|financing\s+)?(?:the\s+|an?\s+)?$", re.IGNORECASE)
_INTRANSITIVE = re.compile(r"\s+(?:in|on|at|during|with|for|by|its doors|yesterday|today)\b", re.IGNORECASE)
_LEVEL = re.compile(r"\bto\s+$")  # "bring trade to $3 billion": a level aimed at, not a sum undertaken
_WORTH = re.compile(r"\s*(?:worth|valued at)\s", re.IGNORECASE)
_TRANCHE = re.compile(r"\band\s+$", re.IGNORECASE)
_LIST_COMMA = re.compile(r"[,;]")
_NEW_ITEM = re.compile(r",\s+(?:and\s+)?(?:the|a|an)\s|,\s+and\s+|;\s|\swith\s+(?:the\s+)?subsequent\s|\sfollowed\s+by\s")  # also _THEN's
_WHEN = re.compile(r"^(?:\d[\d,.]*$|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)")
# "Kazakhstan's Trade House has officially begun work in Herat": something opened, named before its verb.
_DONE_VERB = re.compile(
    r"\s(?:has|have|had)?\s?(?:officially\s|now\s|formally\s)?(?:begun work|began work|opened|started (?:work|operating|"
    r"operations)|become operational|been opened|been established|been formed|is now (?:formally |officially )?"
    r"(?:operational|open)|is operational|was (?:also )?formed|was opened|was established|up and running)|"
    # "the air corridor was opened in May", "the port was built with Indian help": the thing is the subject
    r"\s(?:was|were|has been|have been|had been)\s(?:also\s|officially\s|formally\s|successfully\s)?"
    r"(?:(?P<built>built|constructed)|launched|reopened|opened|established|completed|commissioned|inaugurated|created)\b|"
    r"\s(?:is|are)\s(?:now\s|currently\s)?(?P<under_way>being\s(?:(?P<building>built|constructed)|created|set up|established)"
    r"\b|under construction)|"
    # "the Business Council, established in 2019, meets …": an appositive dates the body's founding
    r",\s(?:which\s+was\s+)?(?:established|founded|set\s+up|created|launched)\s+(?:in|on)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE)
# A word every verb of completion above contains: a case-sensitive literal scan of the lower-cased
# sentence rules most sentences out before the case-insensitive pattern reads them.
_DONE_HINT = re.compile(r"began|begun|open|start|operational|establish|formed|running|launch|built|construct|complet|"
                        r"commission|inaugurat|creat|set up|founded")
_DONE_HEAD = re.compile(
    r"(?:trade house|trading house|consulate|embassy|office|cent(?:er|re)|chamber of commerce|committee|council|company|"
    r"bank branch|branch|fund|corridor|port|railway|railroad|road|highway|bridge|crossing|pipeline|plant|station|"
    r"terminal|hub|school|hospital)\w*", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_NAME_WORD = re.compile(r"[\w’'-]+")
_CLAUSE_LEAD = re.compile(r"(?:that|which|and|but|while|as|when|where|after|since|now)\s+", re.IGNORECASE)
_NP_LEAD = re.compile(r"(?:[\w’'-]+\s){0,3}$")
_AUXILIARY_TAIL = re.compile(r"(?:\s+(?:was|were|is|are|has|have|had|now|been|be|will|would|shall|soon|formally|officially|also))+$",
                             re.IGNORECASE)
# "The embassy will be officially opened": a completion still to come is pledged.
_FUTURE_BE = re.compile(r"\b(?:will|shall|is to|are to)\s+(?:soon\s+)?be\b", re.IGNORECASE)


def commitments(doc: DocContext, signed: list[Agreement] | None = None) -> list[Commitment]:
    found: list[Commitment] = []
    previous: list[str] = []
    listed = listed_lines(doc)
    content = False  # whether the sentence before reported a signing or stated a signed document's content
    for sc in doc.sentences:
        here = _in_sentence(sc, doc, previous, sc.start in listed)
        if content and here and _states_content(sc.text):
            here = [c.model_copy(update={"stage": "signed"}) if c.stage == "pledged" else c for c in here]
        found.extend(here)
        content = _reports_signing(sc.text, doc) or (content and any(c.stage == "signed" for c in here))
        previous = subject_of(sc) or previous
    found.extend(_trade_regimes(signed or [], doc, found))
    return _merge(found, doc)


# A signed preferential or transit trade agreement binds both sides to a trade regime: its very name is
# the undertaking (lower duties, goods let through), which no action word of the sentence states.
_TRADE_REGIME = re.compile(r"\b(?:preferential\s+trade|transit\s+trade|trade\s+and\s+transit)\s+(?:agreement|treaty|pact)|"
                           r"\b(?:agreement|treaty)\s+(?:\w+\s+){0,5}?on\s+(?:preferential|transit)\s+trade\b", re.IGNORECASE)
_REGIME_WORDS = re.compile(r"\b(?:preferential|transit)\s+trade\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "the bloc, with which Iran signed a trade pact": the counterpart is the clause's antecedent, not the pair
_WITH_WHICH = re.compile(r"\bwith\s+(?:which|whom)\b", re.IGNORECASE)
_SIGNED_IN = re.compile(r"\bin\s+((?:19|20)\d\d)\b")
# "the treaty signed in 2009", "was concluded in May 2011": the signing verb itself is dated
_SIGNING_DATED = re.compile(r"\b(?:signed|concluded|inked)\s+(?:back\s+)?in\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b")


def _background(text: str, doc: DocContext, dated: re.Pattern[str] = _SIGNED_IN) -> bool:
    """Whether a sentence dates its signing years before the report (the publication year, else the
    latest year the report names): an old agreement recalled, not one signed now."""
    then = dated.search(text)
    if then is None:
        return False
    now = doc.published.year if doc.published else max(int(y) for y in _YEAR.findall(doc.text))
    return int(then.group(1)) < now


def _trade_regimes(signed: list[Agreement], doc: DocContext, found: list[Commitment]) -> list[Commitment]:
    """The trade regime each signed preferential or transit trade agreement sets up, shared by both
    sides; one signed years before the report ("signed a trade pact in 2006") is background."""
    out: list[Commitment] = []
    for fact in signed:
        if fact.evidence is None or sorted(fact.parties) != sorted(doc.pair):
            continue
        text = doc.text[fact.evidence[0]:fact.evidence[1]]
        name = _TRADE_REGIME.search(fact.subject or "") or _TRADE_REGIME.search(text)
        if name is None or _background(text, doc) or _WITH_WHICH.search(text) or any(_REGIME_WORDS.search(c.object or "") for c in found):
            continue  # "a protocol on implementing the trade agreement": its content is already stated
        transit = "transit" in name.group(0).lower()
        out.append(Commitment(kind="facilitation", stage="signed", by=sorted(doc.pair), with_=[],
                              object="transit trade" if transit else "preferential trade regime",
                              sector="transport" if transit else "trade", evidence=fact.evidence))
    return out


# "The document envisions …", "In this contract, …", "As part of the signed grants, …": a sentence about a document
# the report has named, which the next sentence's "will" spells out.
_DEAL_SUBJECT = re.compile(r"\s*[“\"]?(?:[\w’'-]+\s+){0,3}?(?:(?:under|in|of|according to)\s+)?(?:the|this|these)\s+(?:signed\s+\w|"
                           r"(?:[\w-]+\s+){0,2}?(?:agreements?|contracts?|deals?|documents?|memorand\w*|MoUs?|accords?|protocols?)\b)",
                           re.IGNORECASE)
_WILL = re.compile(r"\b(?:will|would|shall)\s")
_TURN = re.compile(r"\s*(?:meanwhile|separately|elsewhere|however|in addition)\b", re.IGNORECASE)  # a new topic
# Words that make an undertaking the talks' own ("agreed that", "it was decided", "remain committed").
_TALKS_PLEDGE = re.compile(r"\b(?:agree|decid|commit|reach|pledg|promis|vow)", re.IGNORECASE)


def _reports_signing(text: str, doc: DocContext) -> bool:
    """Whether a sentence reports a document signed now, or opens on a document the report names."""
    if _DEAL_SUBJECT.match(text):
        return cues().plan_cues.search(text) is None
    return _agreement_noun_end(text) is not None and not _background(text, doc)


def _states_content(text: str) -> bool:
    """A "will" right after a signing states what the document binds a side to ("The sides signed a
    protocol on flights. Flights will start in May"), unless the sentence names a document of its own,
    turns to a new topic ("Meanwhile, …") or makes the pledge the talks' own ("agreed that … would")."""
    return (_WILL.search(text) is not None and _TALKS_PLEDGE.search(text) is None and not _TURN.match(text)
            and cues().plan_cues.search(text) is None and cues().any_agreement_noun.search(text) is None)


def _in_sentence(sc: SentenceContext, doc: DocContext, previous: list[str], listed: bool) -> list[Commitment]:
    """The undertakings a sentence states; on a line of a list of signed documents (``listed``),
    each one is the content of the document the line names."""
    text = sc.text
    signed_doc = 0 if listed else _agreement_noun_end(text)
    out: list[Commitment] = []
    taken_until = -1
    actions = _actions(text)
    taken: list[int] = []
    carried: str | None = None  # the stage of the last undertaking, which the next item of its list shares
    for kind, m in actions:
        if m.start() < taken_until or not _is_action(text, m) or _NEGATED.search(text, max(0, m.start() - 30), m.start()):
            continue
        later_item = carried is not None and _list_goes_on(text, taken_until, m.start())
        if not (taken_until < 0 or later_item or _starts_new_item(text, taken_until, m.start())):
            continue
        past = _PAST_ONLY.fullmatch(m.group(0))
        if past and not _done_by_subject(sc, doc, m):
            continue  # "the line built by a third country", "aid sent earlier": no side said to have done it
        stage = "done" if past else "signed" if listed else _stage(text, m, kind, signed_doc)  # "- Agreement on the opening of"
        verb = stage is None and kind == "supply" and _supplies_now(sc, m)
        if stage is None and kind in ("supply", "aid") and _goes_on(sc, doc, m):
            stage = "implementing"
        if verb:
            stage = "implementing"
        if stage is None and kind in ("establishment", "facilitation") and _PAST_SETUP.match(m.group(0)) and _set_up_by_sides(sc, doc, m):
            stage = "done"  # "the two sides set up a joint fund", "Iran waived the fee": a side's own deed
        if stage is None and later_item:
            stage = carried  # "agreed to build X, open Y, and export Z": a long list shares its first item's stage
        if stage is None or (stage == "signed" and not listed and _background(text, doc, _SIGNING_DATED)):
            continue  # "the transit treaty signed in 2009 calls for …": an old document recalled, not signed now
        nominal = not verb and (kind in _NOMINAL or _is_nominal(m.group(0))) and not (past and _RESUME.match(m.group(0)))
        if kind == "establishment" and not nominal and _INTRANSITIVE.match(text, m.end()):
            continue  # "the forum opened in Shymkent": nothing was opened
        start = m.start() if nominal else m.end()
        if text[m.end():m.end() + 4].lower() == " of ":
            start = m.end() + 4
        start = _after_money(sc, start)
        if kind == "supply" and (given := _GIVEN_WITH.match(text, start)):
            start = given.end()  # "provide Kyrgyzstan with vaccines": the goods follow "with"
        obj, obj_end = phrase_after(text, start, until=_next_verb(text, actions, start))
        if _RESUME.match(m.group(0)) and (inner := next((a for _, a in actions if m.end() <= a.start() < obj_end
                                                         and _is_action(text, a)), None)):
            if " of " not in text[m.end() - 1:inner.start()] and not past:
                continue  # "resumption of flights": the flights state it; "of the work of trading houses": the work
            kind = next(k for k, a in actions if a is inner)
            if past:
                stage = "implementing"  # "Iran resumed fuel exports": the exports go on again
        if _PROVIDE.match(m.group(0)):
            kind = next((k for k, a in actions if start <= a.start() < obj_end and _is_action(text, a)
                         and not (past and k == "supply")), kind)  # "a loan": finance; "sent shipments of aid": aid
        if kind in _FUNDABLE and _FUNDS_FOR.search(text, max(0, m.start() - 90), m.start()):
            kind = "finance"  # "will allocate $2 million for the construction of a school": the sum is what is given
        concrete = _concrete(obj, m.group(0))
        if nominal and start == m.end() + 4 and (not concrete or _country_first(obj)):
            # "the trading houses of Uzbekistan (in Samarkand)": a country follows "of", so the action names the thing
            obj, obj_end = phrase_after(text, m.start(), until=_next_verb(text, actions, m.start()))
            concrete = _concrete(obj, m.group(0))
        priced = _WORTH.match(text, obj_end) is not None  # "deliveries to Afghanistan worth $500 million"
        if nominal and not concrete and (goods := _goods_before(text, m.start())):
            obj = f"{goods} {obj}"  # "oil supplies": the goods are named before the action
            concrete = _concrete(obj, m.group(0))
        if past and _PAST_VAGUE.match(obj):
            continue  # "have built strong ties", "has built many projects": no thing done between the sides
        if not (concrete or (priced and obj)) or (stage == "done" and kind != "other" and _event_named(obj)) or \
                (stage == "intent" and not sc.money and _unnamed_projects(obj)):
            continue  # "the opening of the investment forum": an event began, nothing was set up or invested
        taken_until = obj_end
        if stage == "signed" and _PACKAGE.match(obj) and not _named(obj):
            continue  # "signed 20 documents on joint projects in energy": the agreements alone (facts.md)
        taken.append(m.start())
        carried = stage
        first = _commitment(sc, doc, kind, stage, obj, m.start(), obj_end, previous, signatories=listed)
        named, obj_end = _shared_head(sc, first, obj_end)
        out.extend(named)
        first = named[0]
        taken_until = obj_end
        out.extend(_further_tranches(sc, first, m.end()))
        siblings, taken_until = _coordinated(sc, first, obj_end, actions)
        out.extend(siblings)
        gerunds, taken_until = _gerund_items(sc, first, taken_until, actions)
        out.extend(gerunds)
    out.extend(_framed(sc, doc, actions, taken, previous))
    out.extend(_projects_named(sc, doc, taken, previous))
    out.extend(_topics_listed(sc, doc, actions, previous, out))
    out.extend(_agreed_items(sc, doc, actions, previous, out))
    if not out:
        out.extend(_planned_signing(sc, doc, previous))
    for obj, start, end, kind in _future_passives(text):
        if out and ((kind == "other" and "adopt" in text[start:end]) or any(start <= at < end for at in taken)
                    or any(obj in (c.object or "") for c in out)):
            continue  # "a protocol will be signed and a road map adopted": documents are the signing's to read
        out.append(_commitment(sc, doc, kind, "pledged", obj, start, end, previous))
    if not out:
        done = _done_subject(text)
        if done:
            obj, start, end, stage, kind = done
            stage = "pledged" if _FUTURE_BE.search(text, start, end) else stage
            out.append(_commitment(sc, doc, kind, stage, obj, start, end, previous))
    return out


# Frames that make the phrase right after them an undertaking even when it names no action word
# ("stressed the need for", "attached importance to", "proposed", "it is planned to", "asked X to"):
# the frame, not a commissive verb, gives the stage. Compiled on import, before any document's text is
# scanned for the beginnings of lexicon phrases.
_FRAMES: LexiconGroup = compile_group(lexicon("frames")["commitment_frames"])


def _framed(sc: SentenceContext, doc: DocContext, actions: list[tuple[str, re.Match[str]]], taken: list[int],
            previous: list[str]) -> list[Commitment]:
    """The undertakings that stance, proposal, plan, request and promise frames govern, where the
    action words did not already yield one: the phrase after the frame, less its leading verb ("to
    join the corridor", "building a railway"), is the object; the first action word in it the kind."""
    text = sc.text
    out = []
    for stage, regex in _FRAMES.present(text):
        for frame in regex.finditer(text):
            obj, end = phrase_after(text, frame.end(), max_words=14)
            if any(frame.end() <= at < end for at in taken):
                continue
            verb = (_LEAD_VERB if _INFINITIVE.search(frame.group(0)) else _LEAD_GERUND).match(obj)
            if verb and _KEEP.match(obj):
                continue  # "interested in maintaining ties", "ready to support its reforms": goodwill
            if stage == "intent" and not sc.money and _unnamed_projects(obj):
                continue  # a sum for such projects is a thing given; the projects alone are goodwill
            obj = _LEAD_ARTICLE.sub("", obj[verb.end():] if verb else obj)
            kind = next((k for k, m in actions if frame.end() <= m.start() < end), None)
            if not _concrete(obj, "") or _EVENT_HEAD.search(obj) or _level_in(sc, frame.end(), end) or \
                    not (kind or _named(obj) or (sector_of(obj) != "other" and not _BARE_ACCORD.match(frame.group(0)))):
                continue  # a level aimed at ("boost trade to $5 billion") is a target; a thing must be named
            found = _commitment(sc, doc, kind or "other", stage, obj, frame.end(), end, previous)
            if stage == "done":  # "thanked India for opening a clinic": the side thanked did it, for the speaker's
                if kind is None or not (_named(obj) or sector_of(obj) != "other"):
                    continue  # "for the hospitality", "for its help in hard times": courtesy, no named deed
                thanked = sorted({c.iso3 for c in sc.countries if c.iso3 in doc.pair
                                  and frame.start() <= sc.local(c.start) < frame.end()})  # "thanked Hungary for"
                by = thanked if len(thanked) == 1 else found.with_
                found = found.model_copy(update={"by": by, "with_": counterparts(by, doc)})
            out.append(found)
    return out


# "discussed joint projects, including the North-South Corridor": the class is vague, the named example
# after it is the thing talked about.
_PROJECTS_SUCH_AS = re.compile(r"\bprojects?,?\s+(?:including|such\s+as)\s+")


def _projects_named(sc: SentenceContext, doc: DocContext, taken: list[int], previous: list[str]) -> list[Commitment]:
    """A named project given as the example of projects talked about, which no action word announces."""
    text = sc.text
    if "project" not in text:
        return []
    out = []
    for m in _PROJECTS_SUCH_AS.finditer(text):
        obj, end = phrase_after(text, m.end(), max_words=8)
        stage = last_stage(text, until=m.start())
        if stage is None or stage[0] != "discussed" or not _named(obj) or any(m.start() <= at < end for at in taken):
            continue
        out.append(_commitment(sc, doc, "other", "discussed", obj, m.end(), end, previous))
    return out


# A topic that a verb of discussion governs and that names a concrete thing by its head noun alone
# ("discussed the Osh-Khujand railway and direct flights", "a new border crossing was also considered"):
# no action word announces it. Only these heads: a topic such as "trade ties" is goodwill.
_TOPIC_HEAD = re.compile(r"\b(?:(?P<works>railways?|railroads?|roads?|highways?|pipelines?|(?:railway|rail|power|transmission|fib(?:er|re)[- ]optic|communications?)"
                         r"\s+lines?|(?:power|hydropower|hydroelectric|cement|processing)\s+plants?|bridges?|tunnels?|dams?|airports?)|"
                         r"(?:flights|visas?|corridors?|routes?|ports?|(?:border\s+)?crossings?)|(?P<project>projects?))$", re.IGNORECASE)
_TOPIC_SPLIT = re.compile(r",\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+", re.IGNORECASE)
_TOPICS_END = re.compile(r"[;:.!?(]|\b(?:which|that|who|while|because|where|when|to|with|after|aimed|including)\b", re.IGNORECASE)
_PASSIVE_START = re.compile(r".*(?:[;:]|\b(?:that|which|said|says|while|when|where|after)\b)\s*", re.IGNORECASE)
_TOPIC_LEAD = re.compile(r"^(?:(?:on|upon|over|about|of|the|an?|its|their)\s+)+", re.IGNORECASE)
_BARE_NAME = re.compile(r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}")
_ENDS_IN_NAME = re.compile(r"\s[A-Z][\w’'-]*$")
_BETWEEN_END = re.compile(r"\bbetween\s+\S+$", re.IGNORECASE)


def _topics_listed(sc: SentenceContext, doc: DocContext, actions: list[tuple[str, re.Match[str]]],
                   previous: list[str], found: list[Commitment]) -> list[Commitment]:
    """The concrete topics of a list after a verb of discussion or before a passive one ("X and Y were
    discussed") whose items name no action word: items with one, or inside an object already ``found``
    ("opening new corridors and ports"), are the action reading's."""
    text = sc.text
    spans: list[tuple[int, int]] = []
    for stage, regex in cues().stages.present(text):
        if stage == "discussed":
            for m in regex.finditer(text):
                end = _TOPICS_END.search(text, m.end())
                spans.append((m.end(), end.start() if end else len(text)))
    for stage, regex in cues().after_stages.present(text):
        if stage == "discussed":
            for m in regex.finditer(text):
                cut = _PASSIVE_START.match(text, 0, m.start())
                spans.append((cut.end() if cut else 0, m.start()))
    out = []
    for start, end in spans:
        items = _items(text, start, end)
        for i, (at, item) in enumerate(items):
            obj = _TOPIC_LEAD.sub("", item)
            head = _HEAD_PART.match(obj)
            topic = _TOPIC_HEAD.search(head.group(0).strip()) if head else None
            if topic is None or (topic.group("project") and not _named(head.group(0))):
                continue
            first = i
            while first > 0 and _BARE_NAME.fullmatch(items[first - 1][1]):
                first -= 1  # "the Kambarata, Rogun and Nurek plants": the names before share the head
            if first < i:
                if first > 0 and _ENDS_IN_NAME.search(items[first - 1][1]):
                    continue  # "problems at Osh, Batken and Naryn airports": the names go on a phrase begun earlier
                obj = _TOPIC_LEAD.sub("", text[items[first][0]:at + len(item)])
                item, at = text[items[first][0]:at + len(item)], items[first][0]
            if any(at <= a.start() < at + len(item) for _, a in actions) or \
                    any(obj in c.object or c.object in obj for c in found):
                continue
            kind = "construction" if topic.group("works") else "other" if topic.group("project") else "facilitation"
            out.append(_commitment(sc, doc, kind, "discussed", obj, at, at + len(item), previous))
    return out


# "the sides agreed on A, B and C", "agreements were made on A, on B and on C", "points were agreed upon,
# including A and B", "agreed to joint A, building B", "agreed to set up such bodies as A and B": a list of undertakings whose items need no action word and may run past the
# cue window; each concrete item is one joint undertaking, a vague one ("cooperation in X") is passed over.
_AGREED_LIST = re.compile(r"\b(?<!previously )(?<!earlier )(?:agreed\s+(?:on|upon)(?:,?\s+including)?|(?:reached|made)\s+(?:\w+\s+)?agreements?\s+on|"
                          r"agreements?\s+(?:was|were|ha(?:s|ve)\s+been)\s+(?:also\s+)?(?:reached|made)\s+on|"
                          r"agreed\s+to(?=\s+(?:joint|[a-z]+ing)\s)|"
                          r"(?:agreed|decided)\s+to\s+[a-z]+\s+(?:such\s+[a-z]+\s+as|[a-z]+,?\s+(?:such\s+as|including)))\s+",
                          re.IGNORECASE)
_AGREED_END = re.compile(r"[;:.!?(“\"]|\b(?:which|that|who|while|because|where|when|after|aimed|in\s+order|between|covering|"
                         r"worth|taking)\b", re.IGNORECASE)
# A bare "and" joins two items only before a new phrase ("…, building X and opening Y", "on A and on B");
# "grain and rice", "trading and exchanging goods" are one item.
_AGREED_SPLIT = re.compile(r"[,;]\s*(?:and\s+|as\s+well\s+as\s+)?|\s+as\s+well\s+as\s+|"
                           r"\s+and\s+(?=(?:on|the|an?|[a-z]+ing)\s)(?<!ing and )", re.IGNORECASE)
# Whole fields ("expanding trade", "developing transport", "trade and transit") are goodwill, not things to do.
_FIELDS = frozenset(("transit", "transport", "transportation", "investment", "investments", "energy", "agriculture",
                     "industry", "tourism", "education", "health", "implementation", "joint", "and", "of", "the", "in"))
# What follows such a cue that is no list of undertakings: a stance ("agreed on the need to"), a talk or
# a signing to come (the discussion and signing readings take those).
_NO_LIST = re.compile(r"(?:the\s+)?(?:importance|need|necessity|discussing|considering|signing|studying)\b", re.IGNORECASE)


def _agreed_items(sc: SentenceContext, doc: DocContext, actions: list[tuple[str, re.Match[str]]],
                  previous: list[str], found: list[Commitment]) -> list[Commitment]:
    """The concrete items of a list an agreement cue governs that the action reading left: items the
    action words already yielded (their object inside the item or the item inside it) are theirs."""
    text = sc.text
    if "agree" not in text:
        return []
    out = []
    for cue in _AGREED_LIST.finditer(text):
        if _NEGATED.search(text, max(0, cue.start() - 30), cue.start()) or _NO_LIST.match(text, cue.end()):
            continue
        end = _AGREED_END.search(text, cue.end())
        for at, item in _items(text, cue.end(), end.start() if end else len(text), _AGREED_SPLIT):
            obj = _TOPIC_LEAD.sub("", item)
            verb = _LEAD_GERUND.match(obj)
            bare = _LEAD_ARTICLE.sub("", obj[verb.end():] if verb else obj)
            kind = next((k for k, a in actions if at <= a.start() < at + len(item) and _is_action(text, a)), "other")
            if not _concrete(obj, "") or _EVENT_HEAD.search(bare) or _level_in(sc, at, at + len(item)) or \
                    all(w.lower() in cues().vague or w.lower() in _FIELDS for w in _WORD.findall(bare)) or \
                    not (kind != "other" or _named(bare) or sector_of(obj) != "other") or obj.endswith(" projects") or \
                    any(c.object and _same_thing(obj, c.object) for c in found):
                continue  # "cooperation in trade", "developing transport", "meetings", "major projects": goodwill, events
            out.append(_commitment(sc, doc, kind, "pledged", obj, at, at + len(item), previous, signatories=True))
    return out


def _same_thing(item: str, obj: str) -> bool:
    """Whether an object already found names the item: they share a word that is neither goodwill nor a
    field ("resumption of direct flights" and "flights between two capitals")."""
    shared = set(_WORD.findall(item.lower())) & set(_WORD.findall(obj.lower()))
    return any(len(w) > 3 and w not in _FIELDS and w not in cues().vague for w in shared)


def _items(text: str, start: int, end: int, split: re.Pattern[str] = _TOPIC_SPLIT) -> list[tuple[int, str]]:
    """The items of a list between ``start`` and ``end`` with their offsets, "between A and B" kept whole."""
    items: list[tuple[int, str]] = []
    at = start
    for sep in [*split.finditer(text, start, end), None]:
        stop = sep.start() if sep else end
        if sep and _BETWEEN_END.search(text, at, stop):
            continue
        raw = text[at:stop]
        lead = len(raw) - len(raw.lstrip())
        if raw.strip():
            items.append((at + lead, raw.strip()))
        at = sep.end() if sep else end
    return items


def _event_named(obj: str) -> bool:
    """Whether the object's head, before its first preposition, is an event ("the fifth business
    forum in Astana") rather than a place that hosts one ("an exhibition centre")."""
    head = _HEAD_PART.match(obj)
    return head is not None and _EVENT_HEAD.search(head.group(0)) is not None and not _VENUE.search(head.group(0))


_HEAD_PART = re.compile(r"(?:(?!\b(?:in|on|at|for|of|with|between|during|to|and)\b)[^,;(])*", re.IGNORECASE)
_VENUE = re.compile(r"\b(?:cent(?:er|re)s?|halls?|complex(?:es)?|venues?|pavilions?|grounds?|buildings?|secretariats?|offices?)\b",
                    re.IGNORECASE)


# A package of signed documents described by its projects, unnamed ("the implementation of 21 projects").
_PACKAGE = re.compile(r"(?:(?:the\s+)?implementation\s+of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}projects\b", re.IGNORECASE)


def _country_first(obj: str) -> bool:
    """Whether the phrase begins with a country's name ("Tajikistan in Samarkand")."""
    word = _NAME_WORD.match(obj)
    return word is not None and gazetteer().table.get(word.group(0), ("", ""))[1] == "name"


def _named(obj: str) -> bool:
    """Whether the object names a thing ("the TAPI project", "Days of Culture"): a capitalised word
    that is no country's name."""
    names = gazetteer().table
    return any(w[0].isupper() and w.removesuffix("’s").removesuffix("'s") not in names for w in obj.split())


def _level_in(sc: SentenceContext, start: int, end: int) -> bool:
    """Whether a sum between ``start`` and ``end`` is a level to reach ("boost trade to $5 billion")."""
    return any(start <= sc.local(m.start) < end and _LEVEL_BEFORE.search(sc.text, start, sc.local(m.start))
               for m in sc.money)


# "Agreed to boost trade and accelerate ties": a bare accord to act is goodwill unless what it
# names is an action word's object or a named thing; a sector alone does not make it concrete.
_BARE_ACCORD = re.compile(r"(?:agreed|(?:.*\s)?decided)\s+to$", re.IGNORECASE)
_LEVEL_BEFORE = re.compile(r"\b(?:up )?to\s+(?:about |around |over |nearly )?$", re.IGNORECASE)
_INFINITIVE = re.compile(r"(?<!importance)\s+to$", re.IGNORECASE)  # "the need to build", not "importance to"
_LEAD_VERB = re.compile(r"[a-z]+\s+")
_LEAD_GERUND = re.compile(r"[a-z]+ing\s+(?:(?:and|or)\s+[a-z]+ing\s+)?")  # "studying and developing deposits"
_KEEP = re.compile(r"(?:maintain|support|sustain|preserv)(?:e|s|ed|ing)?\s", re.IGNORECASE)
_LEAD_ARTICLE = re.compile(r"^(?:the|an?|its|their|his|her)\s+", re.IGNORECASE)
# Meetings to hold or join are events, not undertakings ("proposed holding the next meeting in Tashkent",
# "invited them to take part in the fair").
_EVENT_HEAD = re.compile(r"\b(?:meetings?|visits?|talks|sessions?|consultations|summits?|negotiations|contacts|forums?|"
                         r"exhibitions?|fairs?|conferences?|ceremon(?:y|ies)|festivals?|celebrations?|gatherings?)\b|^part\b",
                         re.IGNORECASE)


def _coordinated(sc: SentenceContext, first: Commitment, end: int,
                 actions: list[tuple[str, re.Match[str]]]) -> tuple[list[Commitment], int]:
    """"Discussed a joint fund and the Kyrgyz-Tajik Business Council": a separately named thing joined
    to an undertaking's object by "and the" or "as well as", with no action word of its own, shares its
    action, stage and sides; returns those and where the last one ends."""
    out = []
    while (join := _JOINED.match(sc.text, end)) and not any(join.end() <= m.start() < join.end() + 3 for _, m in actions):
        obj, stop = phrase_after(sc.text, join.end())
        if any(join.end() <= m.start() < stop and _is_action(sc.text, m) for _, m in actions) or \
                not (_concrete(obj, "") and _named(obj)) or _EVENT_HEAD.search(obj) or _CLAUSE_VERB.match(sc.text, stop):
            break  # an action word starts an undertaking of its own; goods listed ("flour and the oil") are one;
            # "…, and a council will be formed": the phrase is the subject of a clause of its own
        out.append(first.model_copy(update={"object": obj, "amount": None, "sector": sector_of(obj)}))
        end = stop
    return out, end


# A later item of a list that starts with the -ing form of a verb the lexicon does not know ("…, transferring
# know-how and training nurses"): the cue that governs the list governs it too.
# Words in -ing that open no item but an example, a source or an aside ("including", "according to",
# "taking into account", "setting the stage") are not such verbs, nor are nouns ("mining and geology") or
# verbs of working together or helping ("coordinating plans", "helping it recover"), which are goodwill.
_GERUND_ITEM = re.compile(r"(?:,\s+(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+)(?!(?:includ|accord|regard|concern|follow|exclud|"
                          r"tak|sett|mak|say|add|not|bring|lead|help|focus|aim|seek|work|coordinat|cooperat|interact|"
                          r"consult|compris)ing\b)([a-z]{3,}ing)\s+(?!and\b|or\b)(?:the\s+|an?\s+)?")
_AND_GERUND = re.compile(r",?\s+and\s+(?=[a-z]{3,}ing\s)")  # where the next item of such a list begins
# An item that only measures the one before it ("funding the road, rebuilding 90 km of it"), names a class
# of projects ("launching new projects in energy") or a field ("prioritizing the power sector") names no thing.
_NO_THING = re.compile(r"\d|(?:new\s+|joint\s+)?(?:projects|programm?es|initiatives)\b|"
                       r".*\b(?:sectors?|fields?|areas?|spheres?|industr(?:y|ies))$", re.IGNORECASE)


def _gerund_item(sc: SentenceContext, item: re.Match[str],
                 actions: list[tuple[str, re.Match[str]]]) -> tuple[str, str, int] | None:
    """The object, kind and end of the list item ``item`` opens, or None if it names no thing."""
    text = sc.text
    ends = (_next_verb(text, actions, item.end()), (g := _AND_GERUND.search(text, item.end(), item.end() + 120)) and g.start())
    obj, stop = phrase_after(text, item.end(), until=min((e for e in ends if e), default=None))
    if " " not in obj or _NO_THING.match(obj) or not _concrete(obj, "") or _EVENT_HEAD.search(obj) or \
            _level_in(sc, item.end(), stop):
        return None  # "strengthening ties", "developing tourism", "holding a forum", "raising trade to $1 billion"
    return obj, next((k for k, m in actions if item.end() <= m.start() < stop and _is_action(text, m)), "other"), stop


def _gerund_items(sc: SentenceContext, first: Commitment, end: int,
                  actions: list[tuple[str, re.Match[str]]]) -> tuple[list[Commitment], int]:
    """"Discussed building a depot, transferring know-how and training nurses": items of the list that
    begin with a verb of no action word of the lexicon are undertakings of their own when they name a
    thing, with the first item's stage and sides; goodwill ("strengthening ties") ends the list. Returns
    them and where the last one ends."""
    text, out = sc.text, []
    while (item := _GERUND_ITEM.match(text, end)) and not _KEEP.match(text, item.start(1)) and \
            not any(item.start(1) <= m.start() < item.end() for _, m in actions):  # an action word: the walk takes it
        if (found := _gerund_item(sc, item, actions)) is None:
            break
        obj, kind, stop = found
        out.append(first.model_copy(update={"kind": kind, "object": obj, "amount": None, "sector": sector_of(obj)}))
        end = stop
    return out, end


def _shared_head(sc: SentenceContext, first: Commitment, end: int) -> tuple[list[Commitment], int]:
    """"Building the Osh-Batken, Vahdat-Yovon and Kulob-Dangara roads": names listed before one shared
    head are separately named projects, one undertaking each; returns them (``first`` alone when its
    object is no such list) and where the list ends."""
    if not sc.text.startswith(",", end) or not _NAME.fullmatch(first.object or "") or not _named(first.object or ""):
        return [first], end
    listed = _NAME_LIST.match(sc.text, end)
    if listed is None:
        return [first], end
    head, stop = phrase_after(sc.text, listed.end(), max_words=3)
    head = _HEAD_TAIL.sub("", head)  # "railway lines in": the head less a preposition that lost its object
    names = [first.object or "", *_NAME.findall(sc.text, end, listed.end())]
    if not head or head[0].isupper() or not all(_named(n) for n in names):
        return [first], end
    return [first.model_copy(update={"object": f"{n} {head}"}) for n in names], stop


_HEAD_TAIL = re.compile(r"(?:\s+(?:in|on|of|for|at|to|from|with|and|the|an?))+$")
_NAME = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}")
_NAME_LIST = re.compile(r"(?:,\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})*,?\s+and\s+(?:the\s+)?"
                        r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}(?=\s+[a-z])")


_CLAUSE_VERB = re.compile(r"\s+(?:will|would|shall|is|are|was|were|has|have)\b")
_JOINED = re.compile(r"(?:,\s+|\s+)(?:and|as well as)\s+(?=the\s|an?\s)", re.IGNORECASE)


def _goods_before(text: str, at: int) -> str | None:
    """The word right before an action noun when it names goods of a sector ("oil supplies", "wheat
    exports") or the kind of a service ("direct flights")."""
    word = _WORD_BEFORE.search(text, max(0, at - 25), at)
    return word.group(1) if word and (sector_of(word.group(1)) != "other" or word.group(1) in _SERVICE) else None


# Words that make a service a thing of its own ("direct flights", "regular cargo transit").
_SERVICE = frozenset(("direct", "regular", "scheduled", "charter", "passenger", "cargo", "freight"))


_WORD_BEFORE = re.compile(r"\b([a-z][\w-]+)\s+$")


# What joins a second undertaking to the first: "and", "or", "with the subsequent", "followed by".
# "ready to build a plant and to supply pipes": a repeated "to" opens the second undertaking too.
_THEN = re.compile(r"\s(?:and|or)\s+(?:also\s+|later\s+|then\s+|subsequently\s+)?(?:to\s+)?$|\swith\s+(?:the\s+)?subsequent\s+$|\sfollowed\s+by\s+(?:the\s+)?$")


def _next_verb(text: str, actions: list[tuple[str, re.Match[str]]], after: int) -> int | None:
    """Where a second undertaking joined by "and" begins ("post representatives and set up a chamber"):
    the first one's object ends before the joining words."""
    for _, m in actions:
        if m.start() > after and (join := _THEN.search(text, after, m.start())) and \
                not (" " in m.group(0) and _is_nominal(m.group(0)) and _ONE_WORD.fullmatch(text, after, join.start())):
            return join.start()  # "wholesale and distribution centres": one head that two modifiers share
    return None


_ONE_WORD = re.compile(r"\s*[\w-]+\s*")


def _planned_signing(sc: SentenceContext, doc: DocContext, previous: list[str]) -> list[Commitment]:
    """"Plans to sign a first contract for motor oil", "will sign a $2.4 billion deal for a wind
    project": a document still to be signed is an undertaking to sign it (intent, or pledged)."""
    plan = cues().plan_cues.search(sc.text)
    if plan is None:
        return []
    stage = "pledged" if re.match(r"(?i)will|agreed|are to", plan.group(0)) else "intent"
    if _PASSIVE_PLAN.search(plan.group(0)):  # "a protocol will be signed and a road map adopted": the one before
        return _document_to_sign(sc, doc, plan, stage, previous)
    noun = cues().any_agreement_noun.search(sc.text, plan.end(), plan.end() + 60)
    if noun is None:
        return []
    obj, end = phrase_after(sc.text, _after_money(sc, plan.end()) if _money_at(sc, plan.end()) else plan.end(),
                            max_words=14)
    return [_commitment(sc, doc, "other", stage, obj or noun.group(0), plan.start(), end, previous)]


def _document_to_sign(sc: SentenceContext, doc: DocContext, plan: re.Match[str], stage: str,
                      previous: list[str]) -> list[Commitment]:
    """"The contract is expected to be signed in May", "decided that the agreement should be
    finalized": the document named right before a passive plan is the one to sign; a pledge that
    governs it ("decided that", "is to be signed") makes the plan a pledge."""
    if _PASSIVE_PLAN.search(plan.group(0)) is None:
        return []
    nouns = list(cues().any_agreement_noun.finditer(sc.text, max(0, plan.start() - 40), plan.start()))
    if not nouns or not _SUBJECT_GAP.fullmatch(sc.text, nouns[-1].end(), plan.start()):
        return []
    lead = _DETERMINED.search(sc.text, max(0, nouns[-1].start() - 40), nouns[-1].start())
    start = lead.start() if lead else nouns[-1].start()
    governing = last_stage(sc.text, until=plan.start(), endpos=plan.end())  # "decided that", "is to"
    if governing is not None and governing[0] == "pledged" and start - governing[1] <= 15:
        stage = "pledged"
    obj = _ARTICLE.sub("", sc.text[start:nouns[-1].end()])
    # Who signs goes unsaid: a document is signed by both sides, whoever the sentence opens with.
    return [_commitment(sc, doc, "other", stage, obj, start, plan.end(), previous, signatories=True)]


_DETERMINED = re.compile(r"\b(?:the|this|these|those|a|an|its|their)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.IGNORECASE)
_PASSIVE_PLAN = re.compile(r"\bbe (?:signed|finali[sz]ed|concluded|inked)$", re.IGNORECASE)
_SUBJECT_GAP = re.compile(r"\s+(?:(?:is|are)\s+)?(?:(?:also|soon|expected)\s+)*")  # "the deal is also expected to be signed"


def _money_at(sc: SentenceContext, at: int) -> bool:
    return any(at <= sc.local(m.start) <= at + 3 for m in sc.money)


def _further_tranches(sc: SentenceContext, first: Commitment, after: int) -> list[Commitment]:
    """"will invest $150 million in one year and $540 million in the next three years": each sum
    joined by "and" to the first one is a commitment of its own."""
    if first.amount is None:
        return []
    out = []
    for money in sc.money:
        at = sc.local(money.start)
        if at <= after or money.value == first.amount.value or not _TRANCHE.search(sc.text[max(0, at - 6):at]):
            continue
        obj, _ = phrase_after(sc.text, sc.local(money.end))
        out.append(first.model_copy(update={"amount": Quantity(value=money.value, currency=money.currency),
                                            "object": f"{first.object}; {obj}" if obj else first.object}))
    return out


def _done_subject(text: str) -> tuple[str, int, int, str, str] | None:
    """What was opened, built or set up, when the sentence names it before a verb of completion or of
    work under way, with the stage and kind that verb gives; found from the verb, so that the common
    case (no such verb) costs one cheap scan."""
    if _DONE_HINT.search(text.lower()) is None:
        return None
    for verb in _DONE_VERB.finditer(text):
        offset = max(0, verb.start() - 80)
        heads = list(_DONE_HEAD.finditer(text, offset, verb.start()))
        if not heads:
            continue
        lead = _NP_LEAD.search(text, offset, heads[-1].start())
        start = lead.start() if lead else heads[-1].start()
        joined = _CLAUSE_LEAD.match(text, start, heads[-1].start())  # "…said that the consulate has opened"
        start = joined.end() if joined else start
        np = _AUXILIARY_TAIL.sub("", text[start:verb.start()]).strip(" ,")
        if np:
            built = verb.group("built") or verb.group("building") or verb.group(0).endswith("construction")
            return np, start, verb.end(), "implementing" if verb.group("under_way") else "done", \
                "construction" if built else "establishment"
    return None


# "A joint committee will be formed", "it was decided that a road map be adopted": the thing to be
# set up is named before a passive verb, and no action word follows it.
_FUTURE_PASSIVE = re.compile(r"\b(?:(?P<aux>will|shall)\s+(?:also\s+|soon\s+)?|"
                             r"(?<=that )(?:(?!(?:may|might|could|can|would)\b)[\w’'()-]+\s+){1,8}?(?P<would>would\s+)?)be\s+"
                             r"(?:(?P<establishment>establish|set up|form|creat|open)|(?P<construction>buil|construct)|"
                             r"adopt|operationali[sz]|launch)(?:ed|t)?\b", re.IGNORECASE)
# "It was agreed that a council would be formed": the past of "will" after a decision is still a pledge.
_DECIDED_THAT = re.compile(r"\b(?:agreed|decided)\s+that\s+$", re.IGNORECASE)
_SUBJECT_CUT = re.compile(r".*(?:[,;:]|\b(?:that|which|and|but|while|when|where|said|decided|agreed)\b)\s*", re.IGNORECASE)


def _future_passives(text: str) -> list[tuple[str, int, int, str]]:
    """What is to be set up, built or adopted, named as the subject of a future passive verb, clause by
    clause ("X will be built, and a council will be formed"); found from the verb, so that most sentences
    (no " be ") cost one substring test."""
    if " be " not in text:
        return []
    out = []
    for verb in _FUTURE_PASSIVE.finditer(text):
        if verb.group("would") and not _DECIDED_THAT.search(text, max(0, verb.start() - 14), verb.start()):
            continue  # "said that a fund would be set up" reports a view; "agreed that …" a decision
        offset = max(0, verb.start() - 90)
        cut = _SUBJECT_CUT.match(text, offset, verb.start())
        start = cut.end() if cut else offset
        words = text[start:verb.start() if verb.group("aux") else verb.start() + verb.group(0).rfind(" be ")]
        obj = _LEAD_ARTICLE.sub("", _AUXILIARY_TAIL.sub("", words).strip(" ,"))
        if _concrete(obj, "") and not _EVENT_HEAD.search(obj):
            kind = next((k for k in ("establishment", "construction") if verb.group(k)), "other")
            out.append((obj, start, verb.end(), kind))
    return out


def _actions(text: str) -> list[tuple[str, re.Match[str]]]:
    """Action words in order, each with its kind; one pass finds whether there are any at all."""
    if cues().any_action.search(text) is None:
        return []
    found = [(kind, m) for kind, regex in cues().actions.present(text) for m in regex.finditer(text)]
    found.sort(key=lambda km: (km[1].start(), -len(km[1].group(0))))
    return found


def _after_money(sc: SentenceContext, start: int) -> int:
    """"invest $200 million in a rail link": the object starts after the amount and its preposition."""
    for money in sc.money:
        at = sc.local(money.start)
        if start <= at <= start + 2:
            rest = re.match(r"\s*(?:worth\s+of\s+|in(?:to)?\s+|for\s+|on\s+)?", sc.text[sc.local(money.end):])
            return sc.local(money.end) + (rest.end() if rest else 0)
    return start


# "will not create any hurdle", "has never supplied", "without giving": no undertaking ("not only build … but" is one)
_NEGATED = re.compile(r"\b(?:not|never|cannot|without|n['’]t)\s+(?!only\b)(?:\w+\s+)?$", re.IGNORECASE)


# A supply verb in the present tense ("supplies", "exports") right after the country that is its subject,
# with only adverbs between: the supply runs now, so it is under way, with no stage cue needed.
_PRESENT_VERB = re.compile(r"(?:ie|e)?s\b")
_PREPOSITION = re.compile(r"(?:to|from|of|in|by|worth|rose|fell|grew)\b", re.IGNORECASE)
_NOW_ADVERBS = re.compile(r"\s+(?:(?:currently|also|now|already|still|regularly|annually|reliably)\s+)*", re.IGNORECASE)


def _supplies_now(sc: SentenceContext, action: re.Match[str]) -> bool:
    """Whether a supply action word is a present-tense verb whose subject is a country named just before
    it ("Kyrgyzstan currently supplies gas to"), not a noun after a demonym ("Kyrgyz supplies of gas")."""
    text = sc.text
    suffix = _PRESENT_VERB.match(text, action.end())
    word_end = suffix.end() if suffix else action.end()
    word = text[action.start():word_end].lower()
    if not word.endswith("s") or word.endswith("ss") or word.startswith("provid") or \
            sector_of(text[word_end:word_end + 60]) != "energy" or _PREPOSITION.match(text, word_end + 1):
        return False  # "exports carpets": trade, not a supply run under a contract; "exports to X": a noun
    return any(c.kind in ("name", "government") and _NOW_ADVERBS.fullmatch(text, sc.local(c.end), action.start())
               for c in sc.countries)


# "Kazakhstan continues to render technical assistance", "Pakistan is also sending relief goods": a side
# as the subject of a verb of giving that goes on, so the help is under way.
_GOES_ON = re.compile(r"\s+(?:(?:also|still|now|currently)\s+)*(?:continues|continue|continued)\s+to\s+"
                      r"(?:(?:provide|render|extend|send|supply|deliver)\s+)?(?:[\w-]+\s+){0,3}?", re.IGNORECASE)
_IS_GIVING = re.compile(r"\s+(?:(?:also|still|now|currently)\s+)*(?:is|are)\s+(?:(?:also|still|now|currently)\s+)*",
                        re.IGNORECASE)
_GIVING = ("sending", "providing", "supplying", "delivering")


def _goes_on(sc: SentenceContext, doc: DocContext, action: re.Match[str]) -> bool:
    """Whether a side named just before a supply or aid word gives it on and on ("continues to provide")."""
    between = _IS_GIVING if action.group(0).lower() in _GIVING else _GOES_ON if "contin" in sc.text else None
    return between is not None and any(c.kind in AGENT_KINDS and c.iso3 in doc.pair and
                                       between.fullmatch(sc.text, sc.local(c.end), action.start()) for c in sc.countries)


# Past forms of action words that are undertakings only as the verb of a side that did the work
# ("Tajikistan has built two schools", "Kyrgyzstan sent fuel"); as modifiers ("a road built in 1970") they are not.
_PAST_ONLY = re.compile(r"built|constructed|supplied|sent|dispatched|reopened|resumed|donated|gave|(?:also )?given", re.IGNORECASE)
# What a past deed names that is no undertaking: a relationship built, or an uncounted set of past works.
_PAST_VAGUE = re.compile(r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,4}?(?:relations|relationships?|foundations?|trust|ties|friendship|"
                         r"partnership|cooperation)\b|(?:many|several|numerous|various|a number of|dozens of|hundreds of)\s",
                         re.IGNORECASE)
_PAST_ADVERBS = re.compile(r"\s+(?:(?:has|have|had|also|already|recently|previously|promptly|successfully)\s+)*",
                           re.IGNORECASE)


# "set up" and past forms ("waived the entry fee", "eliminated duties"): read as a deed when a side is the subject.
_PAST_SETUP = re.compile(r"set up\b|\w+ed\b", re.IGNORECASE)
# "The two countries (also) set up": the pair, named as one subject, just before the verb.
_SIDES_BEFORE = re.compile(r"\b(?:the\s+(?:two\s+)?(?:countries|sides|nations|states)|both\s+(?:countries|sides))"
                           r"(?:\s+(?:also|jointly|have|had|recently|already))*\s+$", re.IGNORECASE)


def _set_up_by_sides(sc: SentenceContext, doc: DocContext, action: re.Match[str]) -> bool:
    """Whether "set up", a past as well as a present or infinitive, has a side or both sides as its
    subject, so that it reports a body founded rather than one to be founded."""
    return _done_by_subject(sc, doc, action) or _SIDES_BEFORE.search(sc.text, max(0, action.start() - 40),
                                                                     action.start()) is not None


def _done_by_subject(sc: SentenceContext, doc: DocContext, action: re.Match[str]) -> bool:
    """Whether a past action word is the verb of one of the sides, named just before it ("Kyrgyzstan
    promptly sent", "Tajikistan has built"), so that a side did the work; "we have sent" leaves the doer unknown."""
    return any(c.kind in AGENT_KINDS and c.iso3 in doc.pair and
               _PAST_ADVERBS.fullmatch(sc.text, sc.local(c.end), action.start()) for c in sc.countries)


def _is_action(text: str, m: re.Match[str]) -> bool:
    """An action word, not part of a name ("Ministry of Investment"), a modifier of a signed
    document ("investment agreements", "export contracts", which the agreement frame states) or of
    a trade ("construction materials", "the transit sector")."""
    word = m.group(0)
    if m.start() > 0 and word[0].isupper():
        return False
    if " " not in word and text[m.start() - 2:m.start()] in ("a ", "A ", "n ") and \
            _INDEFINITE.search(text, max(0, m.start() - 4), m.start()) and not _is_nominal(word) and \
            not text.startswith(" of ", m.end()):
        return False  # "a train carrying aid", "a study": a verb's form used as a noun
    if _BARE_ITEM.match(text, m.end()) and _is_nominal(word) and _field(text, m.start()):
        return False  # "cooperation in trade, investment and agriculture": a field, not an undertaking
    if word.lower().startswith("set") and text.endswith(("be ", "been "), 0, m.start()):
        return False  # "a council will be set up next year": what is set up comes before the verb
    if word.lower() in ("delivered", "opened") and text.endswith(("be ", "been ", "was ", "were "), 0, m.start()):
        return False  # "the buses were delivered to X", "the office was opened in May": the thing comes before the verb
    if word.lower() in ("assistance", "aid") and _LEGAL_HELP.search(text, max(0, m.start() - 22), m.start()):
        return False  # "mutual legal assistance in criminal matters": cooperation between courts, not aid
    return _MODIFIER.match(text, m.end()) is None


def _field(text: str, at: int) -> bool:
    """Whether the word at ``at`` is an item of a list of fields ("cooperation in trade, investment…")."""
    heads = list(_FIELD_HEAD.finditer(text, max(0, at - 80), at))
    return bool(heads) and _FIELD_ITEMS.fullmatch(text, heads[-1].end(), at) is not None


_FIELD_HEAD = re.compile(r"\b(?:cooperation|collaboration|partnership|ties|relations|interaction)\s+(?:in|on)\s+",
                         re.IGNORECASE)
_FIELD_ITEMS = re.compile(r"(?:the\s+)?(?:(?:fields?|areas?|spheres?|sectors?)\s+(?:of|such as)\s+)?"
                          r"(?:(?:the\s+)?[\w-]+(?:,\s*|\s+and\s+))*", re.IGNORECASE)
_LEGAL_HELP = re.compile(r"\b(?:mutual|legal|judicial)\s+(?:legal\s+|judicial\s+)?$", re.IGNORECASE)
_INDEFINITE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_BARE_ITEM = re.compile(r"\s*(?:[,;.]|$|and\s+[\w-]+\s*(?:[,;.]|$))")  # the word alone, as one item of a list
_MODIFIER = re.compile(r"\s+(?:and\s+\w+\s+)?(?:agreements?|contracts?|deals?|memorand|MoUs?|materials|sector|"
                       r"industry|companies|firms|equipment|machinery|ministers?|ministr(?:y|ies)|partners?)\b|"
                       # "an investment protection deal": a compound that names a document
                       r"\s+(?!(?:the|an?|this|that|these|its|their|under|in|of|to|for|on|by|with|and|or)\s)[a-z-]+\s+"
                       r"(?:agreements?|deals?|pacts?|treat(?:y|ies))\b", re.IGNORECASE)


# What lies between one item of a list and the next ("…, resolving issues …, and establishing …").
_LIST_NEXT = re.compile(r"[\s,;]*(?:and\s+(?:to\s+)?)?(?:also\s+|will\s+|later\s+|then\s+|subsequently\s+)?(?:the\s+|a\s+|an\s+)?")


# Items of a list that name no action word of their own ("…, training of pilots, the supply of …"): short
# phrases between commas with no verb or clause word, which a later item with an action word follows; a list
# of single words ("energy, trade, economic and investment projects") is of fields that share one head.
_SKIPPED_ITEMS = re.compile(r"(?:,\s+(?:and\s+)?(?:(?!(?:is|are|was|were|be|been|will|would|has|have|had|said|says|"
                            r"noted|added|which|that|who|while|but|where|as)\b)[\w’'-]+(?:\s+|$|(?=,))){1,7})+")
_PHRASE_ITEM = re.compile(r",\s+(?:and\s+)?[\w’'-]+\s+[\w’'-]")  # not only single words: "energy, trade and"
_LAST_ITEM = re.compile(r",\s+(?:and\s+)?(?:the\s+|an?\s+)?(?:[\w-]+\s+(?:and|or)\s+)?")  # "…, extraction and supply of"


def _list_goes_on(text: str, since: int, at: int) -> bool:
    """Whether the action word at ``at`` is a later item of the list whose item ended at ``since``: the
    next item, or one after items that name no action word ("building A, repairs at B, the supply of C")."""
    if _LIST_NEXT.fullmatch(text, since, at):
        return True
    comma = text.rfind(",", since, at)
    return comma > since and _LAST_ITEM.fullmatch(text, comma, at) is not None and \
        _SKIPPED_ITEMS.fullmatch(text, since, comma) is not None and _PHRASE_ITEM.search(text, since, comma) is not None \
        and cues().vague_heads.regex.search(text, since, comma) is None  # "cooperation in IT": a list of topics


def _starts_new_item(text: str, since: int, at: int) -> bool:
    """After one undertaking, another starts only with a new stage cue or a new listed item."""
    between = text[since:at]
    if _LIST_NEXT.fullmatch(between):
        return True  # the next item of a list ("…, resolving issues …, and establishing …")
    return _NEW_ITEM.search(between) is not None or last_stage(between) is not None


def _is_nominal(word: str) -> bool:
    """An action word that names the thing ("visa issuance", "a logistics hub"): the object starts at it."""
    w = word.lower()
    return w.endswith(("ion", "ment", "ments", "ies", "hub", "hubs", "center", "centers", "centre", "centres",
                       "house", "houses", "company", "office", "offices", "council", "councils", "warehouse",
                       "warehouses", " line", " lines", " fund", " funds")) or w in ("visas", "visa", "transit", "flights")


@per_document
def _agreement_noun_end(text: str) -> int | None:
    """Where the signed document is named, if the sentence reports a signing (cached: reading a
    sentence and deciding whether it reports a signing both ask)."""
    c = cues()
    verb = c.sign_verbs.search(text) or (_REACHED_VALUE.search(text) if "$" in text or "worth" in text else None)
    if verb is None or c.plan_cues.search(text):
        return None
    noun = c.any_agreement_noun.search(text)
    return noun.end() if noun else None


def _stage(text: str, action: re.Match[str], kind: str, signed_doc: int | None) -> str | None:
    """The stage that governs an action: the latest cue before it within the window, a signed document
    named before it, or a passive cue after it ("was discussed", "is under construction")."""
    plan = cues().plan_cues.search(text, 0, action.start())
    if plan is not None:  # "plan to sign an agreement on X": intent; "will sign", "agreed to sign": pledged
        return "pledged" if re.match(r"(?i)will|agreed|are to", plan.group(0)) else "intent"
    before = last_stage(text, until=action.start(), endpos=action.end() + 4)
    if signed_doc is not None and signed_doc <= action.start() and (
            before is None or before[1] <= signed_doc or (before[0] == "signed" and "," not in text[before[1]:action.start()])):
        return "signed"  # the content of a document signed in this sentence ("the MoU was signed by … for")
    if (before is None or before[0] in ("pledged", "intent")) and (
            _UNDER_DEAL.match(text) or (" which" in text and _UNDER_WHICH.search(text, 0, action.start()))):
        return "signed"  # "Under the contract, the company will invest …": the content of a signed document
    if before is None and _PART_OF_DEALS.match(text):
        return "signed"  # "Nine of the deals concern oil supplies": the content of documents signed
    if before is None and (contain := _DEALS_CONTAIN.match(text)) and contain.end() <= action.start():
        return "signed"
    if _PURPOSE.search(text, before[1] if before else 0, action.start()) or (
            before is not None and (_thing_will(text, before[1]) or _effect_cue(text, before[1]))):
        return None  # "talks aimed at easing transit": what something is for or brings about
    if before is not None and (before[0] == "discussed" or action.start() - before[1] <= _CUE_WINDOW):
        return before[0]  # "discussed" governs a whole list of topics; other cues only what is near
    for stage, regex in cues().after_stages.present(text):
        after = regex.search(text, action.end(), action.end() + _AFTER_WINDOW)
        if after and (after.start() - action.end() <= 160 or _LIST_SUBJECT.fullmatch(text, action.end(), after.start())):
            return stage  # far off only past a list of topics ("X, Y, … and Z were discussed")
    return None


# A route, facility or mechanism as the subject of "will" or "is expected to": what it will bring about
# ("the new line will cut delivery times", "the port is expected to boost exports"); nobody undertakes it.
_THING_WILL = re.compile(r"\b(?:project|lines?|railways?|railroads?|roads?|highways?|tracks?|corridors?|routes?|zones?|"
                         r"mechanisms?|results|outcomes?|plants?|pipelines?|refinery|ports?|terminals?|bridges?|hubs?|"
                         r"facilit(?:y|ies)|links?)(?:\s*,[^,]{1,90},)?\s+(?:that\s+|which\s+)?(?:also\s+|further\s+|thus\s+)?"
                         r"(?:will|would|(?:is|are)\s+expected)$", re.IGNORECASE)


def _thing_will(text: str, cue_end: int) -> bool:
    """Whether the cue ending at ``cue_end`` has a route, facility or mechanism as its subject."""
    return _THING_WILL.search(text, max(0, cue_end - 140), cue_end) is not None


def _effect_cue(text: str, cue_end: int) -> bool:
    """Whether the cue ending at ``cue_end`` says what something could bring about ("has the potential to
    raise exports", "the reforms are expected to ease trade"), which nobody undertakes; "is expected to sign"
    stays a plan."""
    return text.endswith(("potential", "expected"), max(0, cue_end - 9), cue_end) and _TO_EFFECT.match(text, cue_end) is not None


_TO_EFFECT = re.compile(r"\s+to\s+(?:further\s+)?(?:ease|enhance|boost|promote|strengthen|increase|improve|reduce|"
                        r"facilitate|help|contribute|ensure|enable|allow|stimulate|accelerate|unlock|create)\b", re.IGNORECASE)
_AFTER_WINDOW = 280
# A list of noun phrases with no verb or clause of its own between an action and a cue after it.
_LIST_SUBJECT = re.compile(r"(?:(?!\b(?:that|which|who|while|because|was|were|is|are|has|have|had|will|would)\b)[^;:.!?])*",
                           re.IGNORECASE)


# What a thing is for or will bring about, which nobody undertakes: "talks aimed at easing transit",
# "the line would play a key role in boosting exports", "this will enable the port to handle grain".
_PURPOSE = re.compile(r"\baim(?:ed|ing) at\b|\bplay(?:s|ing)?\s+an?\s+"
                      r"(?:[\w-]+\s+){0,2}(?:role|part)\s+in\b|\benabl(?:e|es|ing)\b|\bcontribut(?:e|es|ing)\s+to\b|"
                      r"\bachieved\s+(?:through|by)\b", re.IGNORECASE)


# "Relations between the two countries" names nothing more than "relations" does.
# What earlier talks produced, unnamed ("implementing the decisions reached in May"), names no thing to do.
_EARLIER_OUTCOMES = re.compile(r"(?:implementation\s+of\s+)?(?:the\s+)?(?:previous(?:ly)?\s+(?:reached\s+|signed\s+)?|earlier\s+)?"
                               r"(?:outcomes?|resolutions|decisions|agreements|results)\s+(?:reached|signed|made|adopted|taken|achieved|"
                               r"from|of\s+the)\b", re.IGNORECASE)
_FUNCTION_WORDS = frozenset(("and", "the", "with", "for", "between", "among", "within"))
# Ready for or keen on "implementing joint projects", "the implementation of new business projects within its
# framework": carrying out projects of no named kind, sector or place is goodwill, like "expanding cooperation".
_UNNAMED_PROJECTS = re.compile(
    r"(?:joint\s+)?implement(?:ing|ation\s+of)\s+(?:the\s+|a\s+number\s+of\s+|several\s+|more\s+)?"
    r"(?:(?:new|joint|large-scale|major|business|bilateral|common|mutual|mutually\s+beneficial|promising)\s+)*"
    r"(?:(?:events|programmes|programs)\s+and\s+)?projects\b", re.IGNORECASE)


def _concrete(obj: str, trigger: str) -> bool:
    """A thing to be done, not goodwill ("economic cooperation"), a date, a country or the action
    word alone ("investment"); a city counts, since it places the thing ("flights between two cities").
    The first four words go to the lexicon's own regex: the automaton would scan that throwaway string
    for every lexicon, for the same answer."""
    if len(obj) < 3 or _WHEN.match(obj) or cues().vague_heads.regex.search(" ".join(obj.split()[:4])) or \
            (obj.lower() == trigger.lower() and trigger.endswith((" of", "project", "projects"))) or \
            _EARLIER_OUTCOMES.match(obj) or _bare_transit(obj) or ("level" in obj and _NEW_LEVEL.search(obj)):
        return False  # "the implementation of which", "joint projects": the action word alone names nothing
    return _content_word(obj, trigger)


def _content_word(obj: str, trigger: str) -> bool:
    """Whether ``obj`` has a word that is not vague, a function word, the trigger or a country."""
    names = gazetteer().table
    vague, action = cues().vague, trigger.lower()
    return any(w.lower() not in vague and w.lower() not in _GOODWILL and len(w) > 2
               and w.lower() not in _FUNCTION_WORDS and w.lower() != action
               and names.get(w.removesuffix("’s").removesuffix("'s"), ("", "city"))[1] == "city" and not _sides(w)
               for w in _OBJECT_WORD.findall(obj))  # the first content word settles it


def _unnamed_projects(obj: str) -> bool:
    """Whether ``obj`` carries out projects that nothing after them names ("in the mining sector" does)."""
    m = _UNNAMED_PROJECTS.match(obj) if "mplement" in obj[:24] else None
    return m is not None and not _content_word(obj[m.end():], "")


_OBJECT_WORD = re.compile(r"[\w’'-]+")
# Help of no named kind ("all the required support", "comprehensive assistance") is goodwill: a kind
# ("humanitarian assistance") or a thing it serves ("support for the rail link") makes it concrete. Kept out of
# the vague lexicon, which also decides which facts are the same.
_GOODWILL = frozenset(("support", "assistance", "required", "necessary", "expansion"))
# "take trade to the next level", "raise ties to a new level": goodwill that names no thing to do.
_NEW_LEVEL = re.compile(r"\bto\s+(?:a|the)\s+(?:\w+\s+)?(?:new|next|higher)\s+levels?\b", re.IGNORECASE)
# "boost trade and transit between the two countries": transit placed only by the sides or their region
# is goodwill, like "trade"; the goods, route or means carried ("transit of Kazakh goods") make it a thing.
_TRANSIT_BETWEEN = re.compile(r"(?:trade\s+and\s+)?transit(?:\s+and\s+trade)?(?:\s+(?:levels?|volumes?))?\s+"
                              r"(?:between|through|via|across|with)\s+", re.IGNORECASE)
_PLACE_FILLERS = frozenset(("and", "the", "two", "both", "countries", "nations", "neighbouring", "neighboring", "region"))


def _bare_transit(obj: str) -> bool:
    """Whether the object is transit placed only between or through the sides ("transit through Afghanistan")."""
    m = _TRANSIT_BETWEEN.match(obj)
    if m is None:
        return False
    names = gazetteer().table
    return all(w.lower() in _PLACE_FILLERS or names.get(w.removesuffix("’s").removesuffix("'s"), ("", ""))[1] == "name"
               for w in _OBJECT_WORD.findall(obj[m.end():]))


def _sides(word: str) -> bool:
    """A compound of countries' names or demonyms ("Kyrgyz-Tajik", "Turkmen-Afghan"): it names the sides
    of a partnership, not a thing."""
    parts = word.split("-")
    names = gazetteer().table
    return len(parts) > 1 and all(names.get(p, ("", ""))[1] in _COUNTRY_KINDS for p in parts)


def _commitment(sc: SentenceContext, doc: DocContext, kind: str, stage: str, obj: str, start: int,
                end: int, previous: list[str], signatories: bool = False) -> Commitment:
    """The fact, its sides found around the action; with ``signatories`` (a listed document), both
    sides bind themselves unless the object names whose it is ("a Tajik trade house")."""
    if stage == "discussed":
        by: list[str] = []
        with_ = fact_parties(sc, doc, end)
    else:
        by = sorted(doc.pair) if signatories else agents(sc, doc, start, previous)
        supplier = (origin(sc, start, doc) or _shipped_from(sc, start, end, doc, _FROM)) if kind == "supply" else None
        if kind in ("supply", "aid") and not supplier and (buyer := _shipped_from(sc, start, end, doc, _TO)) and \
                (len(by) != 1 or by == [_shipped_from(sc, start, end, doc, _TO, ("name",))]):
            by = counterparts([buyer], doc)  # "agreed to export trains to Uzbekistan": the other side exports;
            # "the neighbour sent flour to Afghanistan": goods go to the one that receives them, not from it
        if supplier:
            by = [supplier]
        elif kind in _OWNED and (len(by) != 1 or (kind == "establishment" and stage in ("done", "implementing"))):
            named = owner(sc, start, end, doc, len(sc.text) if kind in ("supply", "aid") else None)
            by = [named] if named else by  # "a Kyrgyz trade house opened": Kyrgyzstan opened it, whoever reports it
            # (an offer to host a Kyrgyz office is still the host's)
        elif kind == "purchase" and len(by) != 1:
            seller = owner(sc, start, end, doc, len(sc.text))
            by = sorted(set(doc.pair) - {seller}) if seller else by
        elif kind in _BUILT and stage == "signed" and len(by) != 1 and len(site := _sited_in(sc, start, end, doc)) == 1:
            by = sorted(set(doc.pair) - site)  # "signed a contract to build a plant in Termez": the other side builds
        elif kind == "finance" and len(by) != 1 and len(funded := _named_in(sc, start, len(sc.text), doc)) == 1:
            by = sorted(set(doc.pair) - funded)  # "a loan to finance Kyrgyzstan's share": the other side lends
        elif kind == "training" and len(by) != 1 and len(trained := _named_in(sc, start, len(sc.text), doc, _COUNTRY_KINDS)) == 1:
            by = sorted(set(doc.pair) - trained)  # "a memorandum on training Afghan engineers": the other side trains
        if (len(by) != 1 and len(doer := _done_by(sc, start, end, doc)) == 1) or \
                len(doer := _done_by(sc, start, end, doc, _PASSIVE_BY)) == 1:
            by = sorted(doer)  # "a power plant by Masdar", "with the participation of a Korean fund": who does it
        elif kind == "supply" and len(by) > 1 and (exporter := _exporter(doc)):
            by = [exporter]  # "Nine of the deals concern oil supplies": one side supplies, not both
        if kind == "aid" and (helped := _helped(sc, start, doc)):
            by = counterparts([helped], doc)  # "it can help Pakistan in farming": the one helped is not the helper
        if kind == "establishment" and len(by) == 1 and stage != "intent" and _JOINT_WORD.search(obj):
            by = sorted(set(by) | set(doc.pair))  # "signed … to set up a joint company in Termez": both found it
        with_ = counterparts(by, doc) or _third_in(sc, start, end, by)
    reach = end + (30 if re.match(r"\s*(?:worth|valued at)", sc.text[end:]) else 5)
    money = [m for m in sc.money if start - 60 <= sc.local(m.start) <= reach
             and not _LEVEL.search(sc.text, 0, sc.local(m.start))
             and not _LIST_COMMA.search(sc.text, sc.local(m.end), start)]  # a sum of the previous list item
    # Nobody undertakes what is only discussed: a figure beside it is the project's value (an indicator of cost).
    amount = Quantity(value=money[0].value, currency=money[0].currency) if money and stage != "discussed" else None
    sector = sector_of(obj)
    return Commitment(kind=kind, stage=stage, by=by, with_=with_, amount=amount, object=obj,
                      sector=sector if sector != "other" else sector_of(sc.text), evidence=sc.span())


def _third_in(sc: SentenceContext, start: int, end: int, by: list[str]) -> list[str]:
    """The third country a shared undertaking's route crosses ("a joint plan for transit through
    Afghanistan"): the one it is for; a place it is merely in ("a line to Khaf in Iran") is not."""
    return sorted({c.iso3 for c in sc.countries if c.kind == "name" and c.iso3 not in by
                   and start <= sc.local(c.start) < end and _THROUGH.search(sc.text, max(0, sc.local(c.start) - 12), sc.local(c.start))})


_THROUGH = re.compile(r"\b(?:through|via|across)\s+(?:the\s+)?$", re.IGNORECASE)


def _helped(sc: SentenceContext, start: int, doc: DocContext) -> str | None:
    """The side named right after "help" or "assist" ("plans to assist Tashkent in health care"): the
    beneficiary, even where the sentence's only named country is that one (the helper is "it" or "we")."""
    lead = _HELP.match(sc.text, start)
    return next((c.iso3 for c in sc.countries if lead and c.iso3 in doc.pair and sc.local(c.start) == lead.end()), None)


_HELP = re.compile(r"(?:help|assist)\w*\s+(?:the\s+)?", re.IGNORECASE)


def _done_by(sc: SentenceContext, start: int, end: int, doc: DocContext, by: re.Pattern[str] | None = None) -> set[str]:
    """The sides that the object names as the doer of the action ("construction of a plant by Masdar",
    "supply of equipment with the participation of a Korean fund"); with ``by`` _PASSIVE_BY, only the
    agent of a passive ("the line will be built by a Kazakh firm"), which outranks the clause's subject."""
    return {c.iso3 for c in sc.countries if c.kind in AGENT_KINDS and c.iso3 in doc.pair
            and start <= sc.local(c.start) < end + 20
            and (by or _BY).search(sc.text, max(start, sc.local(c.start) - 40), sc.local(c.start))}


# "by" after a noun or a verb of doing, not after any participle ("projects identified by the government");
# the words between "by" and the doer hold no preposition ("investment by Kazakhstan in Tajikistan": not Tajikistan).
_BY = re.compile(r"(?:\b(?:built|constructed|implemented|executed|financed|funded|supplied|provided|delivered|developed|"
                 r"operated|produced|manufactured)|\b\w+(?<!ed))\s+by\s+(?:the\s+|an?\s+)?(?:(?!(?:in|into|to|for|with|from|at)\s)[\w-]+\s+){0,2}$|"
                 r"\bparticipation\s+of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


# The agent of a passive: "is to be built by an Uzbek company", "was financed by the Saudi fund".
_PASSIVE_BY = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:\w+\s+)?(?:built|constructed|implemented|executed|financed|"
                         r"funded|supplied|provided|delivered|developed)\s+by\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$",
                         re.IGNORECASE)


def _sited_in(sc: SentenceContext, start: int, end: int, doc: DocContext) -> set[str]:
    """The sides whose country or city the object places a project in ("a plant in Termez", "a line
    from a substation to Herat"); none for a joint one ("a joint industrial zone in Termez"), which
    both build."""
    if _JOINT_WORD.search(sc.text, start, end):
        return set()
    return {c.iso3 for c in sc.countries if c.kind in ("name", "city") and c.iso3 in doc.pair
            and start <= sc.local(c.start) < end and _IN.search(sc.text, max(0, sc.local(c.start) - 8), sc.local(c.start))}


_BUILT = ("construction", "investment")
_JOINT_WORD = re.compile(r"\b(?:joint|shared|common|mutual)\b", re.IGNORECASE)
_IN = re.compile(r"\b(?:in|to|at|near)\s+(?:the\s+)?$")


def _named_in(sc: SentenceContext, start: int, end: int, doc: DocContext, kinds: tuple[str, ...] = ("name",)) -> set[str]:
    """The sides a loan, grant or course names by country name (a course also by demonym) after its
    action word, up to ``end``: those it goes to ("a loan to cover Kyrgyzstan's part")."""
    return {c.iso3 for c in sc.countries if c.kind in kinds and c.iso3 in doc.pair and start <= sc.local(c.start) < end}


def _shipped_from(sc: SentenceContext, start: int, end: int, doc: DocContext, way: re.Pattern[str],
                  kinds: tuple[str, ...] | None = None) -> str | None:
    """"The export of dried fruit from Pakistan to China": the country goods go from (``way`` _FROM)
    supplies them, whoever the sentence names first; the one they go to (_TO) buys them. ``kinds``
    ("name",) leaves out people named by a demonym ("aid to Kyrgyz children" may go to another land)."""
    for c in sc.countries:
        at = sc.local(c.start)
        if start <= at < end and c.iso3 in doc.pair and (kinds is None or c.kind in kinds) and \
                way.search(sc.text, max(0, at - 9), at):
            return c.iso3
    return None


_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$")
_TO = re.compile(r"\bto\s+(?:the\s+)?$")


def _exporter(doc: DocContext) -> str | None:
    """The side whose exports the report names ("Kazakh exports", "imports from Kazakhstan"), when it
    names only one side's: it supplies what a sentence leaves unattributed ("the deals concern oil
    supplies"), since a supply is one side's undertaking."""
    named: set[str] = set()
    for sc in doc.sentences:
        for c in sc.countries:
            at, end = sc.local(c.start), sc.local(c.end)
            if c.iso3 in doc.pair and (_EXPORTS_AFTER.match(sc.text, end) or _EXPORTS_BEFORE.search(sc.text, 0, at)):
                named.add(c.iso3)
    return named.pop() if len(named) == 1 else None


# "Kazakh grain exports", "Afghanistan is seeking to export", "Uzbekistan will supply": the exporter before its verb.
_EXPORTS_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+)?exports\b|\s+(?:(?:is|are|was|will|would|can|could|has|have|"
                            r"also|now|plans|seeks|seeking|wants|intends|aims|hopes|ready|able|started|begun|continues)\s+)"
                            r"{1,3}(?:to\s+)?(?:export|supply)(?:s|ed|ing)?\b")
# "exports from Kazakhstan", "import flour from Kazakhstan", "buy building materials from Afghan firms"
_EXPORTS_BEFORE = re.compile(r"\b(?:exports\s+(?:of|from)|(?:buy|purchas|import)\w*\s+[^.;]{0,60}?\bfrom)\s+(?:the\s+)?$",
                             re.IGNORECASE)


def _merge(found: list[Commitment], doc: DocContext) -> list[Commitment]:
    """The same undertaking repeated in a document is one commitment, at its highest stage."""
    out: list[Commitment] = []
    for f in found:
        twin = next((i for i, g in enumerate(out) if _same(f, g)), None)
        if twin is None:
            out.append(f)
        elif STAGE_ORDER.index(f.stage) > STAGE_ORDER.index(out[twin].stage):
            out[twin] = f
        elif f.stage == out[twin].stage:
            out[twin] = out[twin].model_copy(update={"evidence": doc.prefer(out[twin].evidence, f.evidence)})
    return out


def _same(a: Commitment, b: Commitment) -> bool:
    if a.amount and b.amount:
        return a.amount.value == b.amount.value
    ta, tb = _tokens(a.object), _tokens(b.object)
    na, nb = _names(a.object), _names(b.object)
    if na and nb and not na & nb:
        return False  # "the Naryn railway project" and "the Osh railway project": separately named projects
    return bool(ta and tb) and len(ta & tb) / min(len(ta), len(tb)) >= 0.6 and a.kind == b.kind


@per_document
def _names(text: str | None) -> frozenset[str]:
    """The capitalised words of an object that are no country's name: what names a project."""
    names = gazetteer().table
    return frozenset(w for w in _NAME_WORD.findall(text or "") if w[0].isupper() and w not in names)


@per_document
def _tokens(text: str | None) -> frozenset[str]:
    """The content words of an object less countries' names and demonyms, which two undertakings of one
    report share ("Afghan goods") (cached: merging compares each object with every other)."""
    names = gazetteer().table
    return frozenset(w.lower() for w in _WORD.findall(text or "")
                     if len(w) > 2 and names.get(w, ("", ""))[1] not in _COUNTRY_KINDS) - cues().vague


_COUNTRY_KINDS = ("name", "demonym")
