"""Events: visits, meetings, forums, exhibitions, summits, conferences, talks and calls, with date,
place (a city), parties and the persons named as taking part.

A visit is one fact however often the report returns to it; each meeting with other named people
is one more ("held meetings with A, B and C" is three); meetings and exhibitions inside a visit take
its date and place when the text gives none. Planned events ("plans to host an exhibition") are not
events: the commitment frame states them; scheduled ones ("will hold a forum in Osh in May") are.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from anyascii import anyascii

from bilateral.extraction.context import DocContext, SentenceContext
from bilateral.extraction.countries import CountryMention, capital
from bilateral.extraction.cues import compile_phrases, cues
from bilateral.extraction.dates import DateMention
from bilateral.extraction.frames.common import fact_parties
from bilateral.extraction.lexicon import lexicon
from bilateral.extraction.memo import per_document
from bilateral.extraction.persons import PersonMention, by_title
from bilateral.extraction.phrases import Phrases
from bilateral.facts.models import Event

_DESTINATION = re.compile(r"\b(?:to|in|at|arrived in|visited|visiting)\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_KIND_ORDER = ("visit", "meeting", "forum", "exhibition", "summit", "conference", "talks", "call")
_PLURAL_MEETINGS = re.compile(r"\bmeetings\b|\bmet (?:separately )?with\b|\bcalls on\b", re.IGNORECASE)
_PLAN_WINDOW = 50
# an invitation and the infinitive that says to what, within one clause
_INVITED_TO = re.compile(r"\binvit(?:ed|es|ing|ations?)\b[^.;:]{0,100}?\bto\s+(?:visit|pay|make|take\s+part|"
                         r"participate|attend)\b", re.IGNORECASE)
_TAKEN_UP = re.compile(r"\b(?:accept\w*|at|on|upon)\s+(?:(?:the|an|his|her|their|our)\s+)?$", re.IGNORECASE)
_THAT = re.compile(r"\bthat\b")
# A plan cue that only proposes or intends, unlike "will hold", "agreed to hold", "to be held".
_PROPOSAL = re.compile(r"plan|propos|intend|invit|organi[sz]e|establish|creat|format", re.IGNORECASE)
_PLURAL_EVENT = re.compile(r"(?:forum|exhibition|fair|expo|summit|conference|meeting|session|visit)s$", re.IGNORECASE)
_SCHEDULED = re.compile(r"\b(?:will|set for|scheduled|slated|to be held|upcoming|ready to|willing to)\b", re.IGNORECASE)
_ANAPHORIC = re.compile(r"\b(?:this|that|these) (?:visit|trip|meeting|forum|exhibition|summit|talks)\b", re.IGNORECASE)
_THE_DELEGATION = re.compile(r"\b(?:the|this) delegation\b", re.IGNORECASE)
_LED_BY = re.compile(r"\b(?:led|headed) by\s+(?:[\w’'-]+\s+){0,6}$")
# "Herat province", "Karaganda region": the city's name names an area around it.
_REGION_AFTER = re.compile(r"\s(?:[Rr]egion|[Pp]rovince|[Oo]blast|[Dd]istrict)\b")
_ROUTE_AFTER = re.compile(r"\s?[–—-]\s?[A-Z]")
_ROUTE_BEFORE = re.compile(r"[A-Z][\w’'-]*\s?[–—-]\s?$")
# "the Kazakh capital", "the capital of Georgia", "in Georgia's capital", "Georgia's capital hosted", "in Kazakh
# capital city": the capital of the country named ("with Kazakh capital", without an article or "city", is money
# invested; "invited to Georgia's capital" names where a later event may be held).
_CAPITAL = re.compile(r"\bthe (\w+) capital\b|\bthe capital of (?:the )?([A-Z]\w+)|\b(?:in|at) ([A-Z]\w+)['’]s capital\b"
                      r"|\b([A-Z]\w+)['’]s capital hosted\b|\b(?:in|at) ([A-Z]\w+) capital city\b")
_NAMED_AFTER = re.compile(r"\s[A-Z][a-z]")  # "the Kazakhstan Trade Forum": the country begins a name
_VISIT_OF = re.compile(r"(?:visit|trip)s?\s+(?:of|by)\s", re.IGNORECASE)
_OUTCOMES = re.compile(r"\b(?:outcomes?|results?|agreements|arrangements|decisions)\b[^,;]{0,50}$")
# "agreed to organise a visit of President A", "prepared the upcoming visit of A": a visit still to come.
_VISIT_TO_COME = re.compile(r"\b(?:organi[sz]\w*|arrang\w*|prepar\w*|plann\w*|upcoming|forthcoming|next|future)\b"
                            r"[^,;]{0,30}$", re.IGNORECASE)
_VISITOR_EDGE = re.compile(r"[,;.](?!\d)|\s(?:and|to|in|which|who)\s")
_BODY_SESSION = re.compile(r"\b(?:meeting|session) of the (?:[A-Z][\w-]*\s+){1,4}(?:Council|Commission|Committee)\b")
_SESSION = re.compile(r"(?:meeting|session)s? of\b", re.IGNORECASE)
# "said on Friday at a meeting with": the day of the saying is the meeting's.
_AT_EVENT = re.compile(r",?\s+(?:at|during)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}")
_UNTIL = re.compile(r"\b(?:through|until|till)\s", re.IGNORECASE)  # the end of a stay, not its date
_HELD = re.compile(r"\b(?:held|t(?:ook|ake) place|following the talks|after the talks)\b", re.IGNORECASE)
_CEREMONY = re.compile(r"\bsigning ceremony\b|\bwitness(?:ed|ing)? the signing\b", re.IGNORECASE)
_SESSION_ATTENDED = re.compile(r"\b(?:(?:session|video ?conference) (?:was|were) attended|(?:delegation|side)s? (?:was|were) (?:headed|led)) by\b",
                               re.IGNORECASE)
_SIGNED = re.compile(r"\b(?:signed|inked)\b")
# "signed by A and B", "signed at a ceremony attended by A and B", "signed in the presence of A and B":
# the people after it signed or witnessed the signing.
_SIGNED_BY = re.compile(r"\b(?:signed|inked) (?:(?:at|during|in) (?:a|the) (?:[\w-]+ )?ceremony attended by|by"
                        r"|in the presence of)\b")
# "A signed the accord with B", "A inked it along with B": the counterpart named after "with".
_WITH = re.compile(r"\b(?:along )?with\b")
# "A and the Italian deputy minister B": two names joined by "and" and a title, without a clause between.
_AND_TITLE = re.compile(r"\s+and\s+[^,;.()]{0,120}")
# "… B discussed", "… B also witnessed": a verb that makes the two named people a meeting's sides.
_JOINT_VERB = re.compile(r"\s+(?:also\s+|jointly\s+|have\s+|had\s+)?(?:discussed|reaffirmed|witnessed|reviewed"
                         r"|exchanged views|signed|inked)\b")
_VIRTUAL_SUMMIT = re.compile(r"\b(?:virtual|online|video) summit", re.IGNORECASE)
# What follows a dateline's city: its country, date or agency, then the story ("Kabul, Afghanistan —").
_DATELINE_TAIL = re.compile(r"\s*(?:[,:(\[]|[—–-]\s)")
# "the Chinese embassy in", "the Embassy of Azerbaijan in", "at the consulate general in": a mission's seat.
_MISSION_IN = re.compile(r"\b((?:at|in|to|visited|visiting) )?(?:the |its |their |[\w’'-]+’s |[\w’'-]+'s )?(?:[A-Z][\w’'-]* ){0,2}"
                         r"(?:[Ee]mbassy|[Cc]onsulate|[Mm]ission)(?: [Gg]eneral)?(?: of (?:the )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)? in $")
# "in the Kyrgyz city of Uzgen", "at the town of Tokmok": the phrase names a city the gazetteer may not know.
_CITY_OF = re.compile(r"\b(?:in|at) the (?:[A-Z][\w’'-]+ )?(?:city|town) of ([A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?)")
# "the SCO summit", "the Turkic summit", "the Central Asia–China summit": a word before it names the format.
_NAMED_FORMAT = re.compile(r"(?:\b(?!(?:The|A|This|That|Their|Its)\s)[A-Z][\w’'-]*|[–—-]\s?\w+|\bmultilateral|\btrilateral)\s+$")
_SUMMIT_OF = re.compile(r"s?\s+of\b")
_BODY = re.compile(r"(?:commission|committee|council)$", re.IGNORECASE)
_SITTING = re.compile(r"\b(?:meetings?|sessions?|sittings?|held|t(?:ook|akes?|aking) place|conven(?:ed|ing)|met|video ?conferenc\w*|co-chair\w*)\b", re.IGNORECASE)
_NEGOTIATIONS = re.compile(r"(?:bilateral )?negotiations", re.IGNORECASE)
# "the 19th session held in Osh in May 2014", "the previous meeting … took place in Baku in 2021", "the last such
# convention was held in …": an earlier sitting of the commission the report is about.
_EARLIER_SESSION = re.compile(r"\b(?:previous|last|preceding|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth"
                              r"|seventh|eighth|ninth|tenth|eleventh|twelfth) (?:such )?(?:session|meeting|convention)\b"
                              r"[^.;]{0,100}?\b(?:held|took place|occurred)\b", re.IGNORECASE)
_PREVIOUS = re.compile(r"previous|last|preceding", re.IGNORECASE)
_COMMISSION = re.compile(r"\b(?:commission|committee)\b", re.IGNORECASE)
_SAME_DAY = re.compile(r"\b(?:(?:on )?(?:the same|that) day|(?P<before>the (?:previous )?day (?:before|earlier)|the previous day)"
                       r"|(?P<after>the (?:next|following) day|the day after)\b)", re.IGNORECASE)
_JOINED = re.compile(r"\s+and\s+(?:a|the|an)\s+(?:first\s+|second\s+|third\s+|\w+\s+)?", re.IGNORECASE)


def events(doc: DocContext) -> list[Event]:
    found: list[Event] = []
    notes = _Notes()
    for i, sc in enumerate(doc.sentences):
        new = _with_earlier_session(_in_sentence(sc, doc, i, notes), sc, doc, notes)
        found.extend(_told_session(new, found, sc))
    return _inherit_visit(_lead_dated(_co_chairs(_unplace_other_stays(_merge(found, doc, notes), doc), doc), doc))


# "During the meeting, the sides noted …": the engagement the report has already told, named again
_THE_SAME = re.compile(r"\b(?:during|at|in the course of) the (?:video ?)?(?:meeting|conference|talks)\b", re.IGNORECASE)
_THE_VIDEO = re.compile(r"\bthe video ?conferenc", re.IGNORECASE)
_SESSION_KINDS = ("talks", "forum", "conference", "call", "summit")
# "In this meeting, the minister praised …", "The visit resulted in …": the engagement named by its definite
# article alone, with no one, no place and no time after it, is one the report has told already.
_BACK_REFERENCE = re.compile(r"(?:\b(?:[Dd]uring|[Ii]n|[Aa]t) (?:the|this)|^(?:The|This)) (meeting|talks|visit)\b"
                             r"(?! (?:with|between|of|in|on|at|was|were|is|will|to|held|took)\b)")
_NAMED = re.compile(r"\b(?:meeting|talks|visit)\b", re.IGNORECASE)
_REFERRED = {"meeting": ("meeting", "talks"), "talks": ("meeting", "talks"), "visit": ("visit",)}
_NEW_SESSION = re.compile(r"\b(?:met|meetings|held|visited)\b")


def _told_session(new: list[Event], found: list[Event], sc: SentenceContext) -> list[Event]:
    """A sentence that names no one and refers back to "the meeting" after the report has told of a
    session (talks, a forum, a video conference) speaks of that session, not of a new engagement; so
    does "the video conference" after a commission's talks, whoever it names."""
    if new and any(e.kind == "talks" for e in found) and _THE_VIDEO.search(sc.text):
        new = [e for e in new if e.kind != "call"]  # "the video conference was attended by A": the talks held by video
    new = _without_told(new, found, sc.text)
    if not new or not any(e.kind in _SESSION_KINDS for e in found) or sc.persons or not _THE_SAME.search(sc.text):
        return new
    return [e for e in new if e.kind not in ("meeting", "conference", "call")]


def _without_told(new: list[Event], found: list[Event], text: str) -> list[Event]:
    """"During the meeting, X thanked …" after a meeting or talks the report has told: that engagement
    again, whoever the sentence names (the speaker, a spokesman), not a new one."""
    if not new or not found or _NEW_SESSION.search(text):
        return new
    refs = [m.group(1) for m in _BACK_REFERENCE.finditer(text)]
    if len(refs) != len(_NAMED.findall(text)):
        return new  # the sentence also names an engagement of its own
    kinds = {k for r in set(refs) for k in _REFERRED[r] if any(e.kind in _REFERRED[r] for e in found)}
    return [e for e in new if e.kind not in kinds]


@dataclass
class _Notes:
    """What merging needs to know of the sentence a mention comes from, noted when it is read."""
    destinations: dict[tuple[int, int], str | None] = field(default_factory=dict)  # where its visit went
    sessions: set[tuple[int, int]] = field(default_factory=set)  # it names only a council's session
    earlier: set[tuple[int, int]] = field(default_factory=set)  # it names an earlier session
    ceremony: bool = False  # a meeting at a signing ceremony has been told


# Compiled on import, like every lexicon: one compiled mid-run rebuilds the automaton of all lexicons'
# beginnings and forgets those found in the document's sentences so far.
_PAST_CUES: Phrases = compile_phrases(lexicon("frames")["event_past"])


@lru_cache(maxsize=1024)
def _past(sentence: str) -> bool:
    """The sentence marks what it reports as earlier (asked for several times per event, so cached)."""
    return _PAST_CUES.search(sentence) is not None


def _earlier(e: Event, doc: DocContext) -> bool:
    """The text marks the event as an earlier one ("recalled his visit", "during the last visit")."""
    return e.evidence is not None and _past(doc.text[e.evidence[0]:e.evidence[1]])


def _lead_dated(events_: list[Event], doc: DocContext) -> list[Event]:
    """A report's lead sentence dates what it reports ("…signed on Friday, April 19th, 2024"): events
    the text leaves undated take that day, except those it marks as earlier ("recalled his visit")."""
    lead = next((s for s in doc.sentences if s.span() not in doc.headlines), None)
    days = {d.value for d in lead.dates if len(d.value) == 10 and not d.reported and not _until(lead, d)} if lead else set()
    if len(days) != 1:
        return events_
    day = days.pop()
    return [e.model_copy(update={"date": day}) if e.date is None and e.evidence and not _earlier(e, doc) else e
            for e in events_]


def _in_sentence(sc: SentenceContext, doc: DocContext, index: int, notes: _Notes) -> list[Event]:
    c = cues()
    text = sc.text
    signers = _signers(sc)
    if c.event_not.search(text) or (c.any_event.search(text) is None and not signers):
        return []
    out: list[Event] = []
    present = dict(c.events.present(text))
    calls = [x.span() for x in present["call"].finditer(text)] if "call" in present else []
    for kind in _KIND_ORDER:
        if kind not in present:
            continue
        mentions = list(present[kind].finditer(text))
        if not mentions or _planned(sc, mentions[0], kind, doc):
            continue  # "invited him to pay a visit …, the highlight of the visit": later mentions are that one
        m = next((m for m in mentions if not _idle_body(text, m) and not (kind == "meeting" and _by_phone(m, calls))), None)
        if m is None or (kind == "call" and _SUMMIT_OF.match(text, m.end()) and any(e.kind == "talks" for e in out)):
            continue  # "the video conference of the joint commission": the commission's talks, held by video
        if kind in ("exhibition", "forum") and _PLURAL_EVENT.search(m.group(0)) and _date(sc, m) is None and \
                _place(sc, kind, doc, m) is None:
            continue  # "measures such as mutual exhibitions and fairs": a kind of cooperation, not a gathering
        if kind in _HOSTING_KINDS and ("meeting" in present or signers) and _as_venue(sc, m, doc):
            continue  # "A met B on the sidelines of the summit in a third country": their meeting is the fact
        if _remote(kind, doc) == "summit" and _two_leaders_summit(text, m, fact_parties(sc, doc)):
            if any(e.kind == "meeting" for e in out):
                continue
            kind = "meeting"
        other = _other_visitors(sc, m.end(), present[kind]) if kind == "visit" and _VISIT_OF.search(text, m.end()) else []
        visitors = _earlier_visitors(sc, present["visit"]) if kind == "meeting" and "visit" in present else []
        own = _visitors(sc, doc, m) if kind == "visit" and _VISIT_OF.match(text, m.start()) else []
        persons = own or [p for p in _persons(sc) if p not in other and p not in visitors]
        if kind == "visit" and not persons:  # the visitor by office before the names of the next sentence
            persons = _delegation_leader(sc, doc) or _visitor_by_title(sc, doc, m)
        if not persons and not visitors:
            persons = _nearby_persons(doc, index, m)
        if kind == "visit":
            notes.destinations[sc.span()] = host = _visited(sc, m)
            if not own:  # the visitors, not their hosts
                persons = [p for p in persons if p.country is None or p.country != host]
        if kind == "meeting" and not persons and not visitors:
            persons = by_title(doc.text, sc.start, sc.sentence.end, doc.persons, sc.countries)
        event = Event(kind=_remote(kind, doc), date=_date(sc, m) or _day_told_before(doc, index, kind), place=_place(sc, _remote(kind, doc), doc, m),
                      parties=fact_parties(sc, doc), persons=[p.name for p in persons], evidence=sc.span())
        if kind == "meeting" and not persons:
            if not _held_between(sc, event):
                continue  # a meeting is named officials meeting; "a series of meetings" alone names nobody
            if _NEGOTIATIONS.fullmatch(m.group(0)):
                event = event.model_copy(update={"kind": "talks"})  # a round between delegations
        out.extend(_split_meetings(event, persons, sc) if kind == "meeting" else [event])
        if kind == "meeting" and kind in present and _BODY_SESSION.search(text):
            matches = list(present[kind].finditer(text))
            later = [x for x in matches if x.start() >= m.end()]
            if len(matches) == 1:
                notes.sessions.add(sc.span())  # the one meeting the sentence names is a council's session
            elif later and _SESSION.match(later[0].group(0)) and _JOINED.fullmatch(text, m.end(), later[0].start()):
                out.append(event)  # "negotiations and a meeting of the Supreme Council": two meetings
        if other:
            out.append(Event(kind="visit", parties=event.parties, persons=[p.name for p in other],
                             evidence=sc.span()))
    if sc.span() in notes.sessions and any(e.kind in ("forum", "talks") for e in out):
        out = [e for e in out if e.kind != "meeting"]  # the council's session is the forum or talks, not a meeting too
    if any(e.kind == "meeting" for e in out) and _CEREMONY.search(text):
        notes.ceremony = True
    elif signers and notes.ceremony:
        return out  # each pair signing at the ceremony the report has told of: that ceremony, not a meeting each
    if signers and not any(e.kind in ("meeting", "talks") for e in out):  # signed at the session: that session
        out.append(Event(kind="meeting", date=_date(sc, None), place=_place(sc, "meeting", doc),
                         parties=fact_parties(sc, doc), persons=[p.name for p in signers], evidence=sc.span()))
    return out


def _with_earlier_session(out: list[Event], sc: SentenceContext, doc: DocContext, notes: _Notes) -> list[Event]:
    """The sentence's events, where it recalls an earlier session, with those talks in place of a
    meeting that names nobody ("the previous meeting with our colleagues took place in …"); a
    session it names by number alongside its commission is the one reported, unless called previous."""
    earlier = _earlier_session(sc, doc)
    if earlier is None or (any(e.kind == "talks" for e in out) and not _PREVIOUS.match(sc.text, earlier.start)):
        return out
    notes.earlier.add(sc.span())
    return [e for e in out if e.kind != "talks" and (e.kind != "meeting" or e.persons)] + [earlier.event]


class _Recalled(NamedTuple):
    event: Event
    start: int  # where the cue starts in the sentence


def _earlier_session(sc: SentenceContext, doc: DocContext) -> _Recalled | None:
    """"Decisions of the 11th meeting, held in Osh in May 2023": in a report on a commission, an
    earlier session it names by number (or as the previous one) with where or when it sat is talks of
    their own, dated by any date stated after the cue (a year too)."""
    if "ssion" not in sc.text and "eeting" not in sc.text and "onvention" not in sc.text:
        return None  # most sentences
    m = _EARLIER_SESSION.search(sc.text)
    if m is None or not _on_commission(doc.text):
        return None
    dates = [d.value for d in sc.dates if sc.local(d.start) >= m.start() and not d.reported]
    place = _place(sc, "talks", doc)
    if not dates and place is None:
        return None
    return _Recalled(Event(kind="talks", date=dates[0] if dates else None, place=place,
                           parties=fact_parties(sc, doc), evidence=sc.span()), m.start())


@per_document
def _on_commission(text: str) -> bool:
    """Whether the report names a commission or committee sitting: a scan of the text, once per report."""
    return _COMMISSION.search(text) is not None


def _co_chairs(events_: list[Event], doc: DocContext) -> list[Event]:
    """"The meeting was co-chaired by A and B", "the co-chairs were A and B", "the session was attended
    by A and B", "our side was headed by A, theirs by B": reports name a commission's co-chairs or
    heads of delegation in a sentence of their own; they take part in its session (the nearest one named before, else the first after)."""
    sessions = [(e.evidence[0], i) for i, e in enumerate(events_) if e.kind == "talks" and e.evidence is not None]
    if not sessions:
        return events_
    out = list(events_)
    for sc in doc.sentences:
        if not sc.persons or ("co-chair" not in sc.text and not _SESSION_ATTENDED.search(sc.text)):
            continue
        before = [i for start, i in sessions if start <= sc.start]
        i = before[-1] if before else sessions[0][1]
        persons = list(out[i].persons)
        persons += [p.name for p in _persons(sc) if not any(_same_person(p.name, q) for q in persons)]
        out[i] = out[i].model_copy(update={"persons": persons})
    return out


def _signers(sc: SentenceContext) -> list[PersonMention]:
    """"A and B signed the accord", "the accord was signed by A and B", "A signed it with B", "A and
    B discussed …": a signing ceremony, or two people named as the joint subject of a talk, is a
    meeting of them, when they are named people of two countries."""
    if len(sc.persons) < 2:
        return []  # most sentences: no need to search
    people = _joint_subject(sc)
    if not people and ("signed" in sc.text or "inked" in sc.text):
        by = _SIGNED_BY.search(sc.text)
        if by is not None:
            people = [p for p in sc.persons if sc.local(p.start) >= by.end()]
        elif (signed := _SIGNED.search(sc.text)) is not None:
            people = [p for p in sc.persons if sc.local(p.end) <= signed.start()]
            with_ = _WITH.search(sc.text, signed.end())
            if with_ is not None:
                people += [p for p in sc.persons if sc.local(p.start) >= with_.end()][:1]
    countries = {p.country for p in people}
    return people if None not in countries and len(countries) >= 2 else []


def _joint_subject(sc: SentenceContext) -> list[PersonMention]:
    """"A and the Italian deputy minister B discussed …": the two people a verb of talking or signing
    has as its subject."""
    for a, b in itertools.pairwise(sc.persons):
        gap = _AND_TITLE.fullmatch(sc.text, sc.local(a.end), sc.local(b.start))
        if gap is not None and _JOINT_VERB.match(sc.text, sc.local(b.end)):
            return [a, b]
    return []


# "on the sidelines of the SCO summit", "within the framework of the ministerial conference": the gathering
# named only as where a meeting of the pair's officials took place.
_VENUE_OF = re.compile(r"\b(?:sidelines|margins|framework) of (?:the )?[^,;.]{0,60}$", re.IGNORECASE)
_HOSTING_KINDS = ("summit", "conference")


def _as_venue(sc: SentenceContext, m: re.Match[str], doc: DocContext) -> bool:
    """The sentence names the summit or conference ``m`` only as the setting of a meeting it tells, held
    in a third country's city: a gathering the pair attends, not one either hosts."""
    return _VENUE_OF.search(sc.text, max(0, m.start() - 80), m.start()) is not None and \
        any(c.kind == "city" and c.iso3 not in doc.pair for c in sc.countries)


def _two_leaders_summit(text: str, m: re.Match[str], parties: list[str]) -> bool:
    """"A summit between the two presidents", "the summit took place in Tashkent": a summit that no
    format names ("the SCO Summit", "the summit of Turkic states") and only two countries attend is
    their leaders' meeting; the kind summit is a multilateral gathering."""
    return len(parties) <= 2 and text[m.start()].islower() and _SUMMIT_OF.match(text, m.end()) is None and \
        _NAMED_FORMAT.search(text, max(0, m.start() - 40), m.start()) is None


def _remote(kind: str, doc: DocContext) -> str:
    """A report on a virtual summit calls it "the summit" after naming it once: that summit is a call."""
    return "call" if kind == "summit" and _virtual_summit(doc.text) else kind


@per_document
def _virtual_summit(text: str) -> bool:
    """Whether the report names a virtual summit: a scan of the whole text, once per report."""
    return _VIRTUAL_SUMMIT.search(text) is not None


def _held_between(sc: SentenceContext, event: Event) -> bool:
    """"Talks were held between the two sides in Osh on Monday": a meeting of two countries' officials
    that names nobody is still one when the text says where or when it was held."""
    return len(event.parties) == 2 and (event.date or event.place) is not None and _HELD.search(sc.text) is not None


def _other_visitors(sc: SentenceContext, after: int, regex: Phrases) -> list[PersonMention]:
    """"A delegation visited Kabul to follow up on the visit of Prime Minister A": a later "visit of"
    that names its visitor is another visit, of that person alone (nor is A a side of talks that
    discuss "the outcomes of the visit of A")."""
    for later in regex.finditer(sc.text, after):
        if _VISIT_OF.match(sc.text, later.start()):
            edge = _VISITOR_EDGE.search(sc.text, later.end())
            end = edge.start() if edge else len(sc.text)
            return [p for p in sc.persons if later.end() <= sc.local(p.start) < end]
    return []


def _earlier_visitors(sc: SentenceContext, regex: Phrases) -> list[PersonMention]:
    """"The sides discussed the outcomes of the visit of President A", "they agreed to organise a visit
    of President A": A is no side of these talks, unlike "talks held as part of the visit of President A"."""
    visit = next((v for v in regex.finditer(sc.text) if _VISIT_OF.match(sc.text, v.start())), None)
    if visit is None or not (_OUTCOMES.search(sc.text, max(0, visit.start() - 60), visit.start())
                             or _VISIT_TO_COME.search(sc.text, max(0, visit.start() - 40), visit.start())):
        return []
    return _other_visitors(sc, 0, regex)


def _visitor_by_title(sc: SentenceContext, doc: DocContext, m: re.Match[str]) -> list[PersonMention]:
    """"The President of Turkmenistan visited Tashkent": the visitor named by office before the verb
    is the person the report names with that office."""
    if _VISIT_OF.match(sc.text, m.start()):
        return []
    return by_title(doc.text, sc.start, sc.start + m.start(), doc.persons, sc.countries)


def _visitors(sc: SentenceContext, doc: DocContext, m: re.Match[str]) -> list[PersonMention]:
    """Who "the visit of …" names as its visitor, by name or by office ("the visit of the acting
    minister to Ankara"): the visit's people, not those the visitor met."""
    edge = _VISITOR_EDGE.search(sc.text, m.end())
    end = edge.start() if edge else len(sc.text)
    named = [p for p in sc.persons if m.end() <= sc.local(p.start) < end]
    return named or by_title(doc.text, sc.start + m.end(), sc.start + end, doc.persons, sc.countries)


def _visited(sc: SentenceContext, m: re.Match[str]) -> str | None:
    """The country the visit cue ``m`` says the visitors went to ("visited Afghanistan", "the trip …
    to Herat province")."""
    for c in sc.countries:
        at = sc.local(c.start)
        if c.kind in ("name", "city") and m.start() <= at <= m.end() + 200 and \
                _DESTINATION.search(sc.text, max(m.start(), at - 30), at) and not _opens_name(sc, c):
            return c.iso3
    return None


def _opens_name(sc: SentenceContext, c: CountryMention) -> bool:
    """"In the Kazakhstan Trade Forum": a country name that begins a proper name is no destination."""
    return c.kind == "name" and _NAMED_AFTER.match(sc.text, sc.local(c.end)) is not None


def _by_phone(m: re.Match[str], calls: list[tuple[int, int]]) -> bool:
    """"Phone talks with", "after talks by telephone": talks the call cue overlaps or follows right
    after are that call, not a meeting."""
    return any(start <= m.end() + 4 and end > m.start() for start, end in calls)


def _idle_body(text: str, m: re.Match[str]) -> bool:
    """A commission or business council the sentence only names ("praised the work of the joint
    commission", "signed a document on the joint committee") is no event; its meeting or session is."""
    return _BODY.search(m.group(0)) is not None and _SITTING.search(text) is None


def _planned(sc: SentenceContext, m: re.Match[str], kind: str, doc: DocContext) -> bool:
    """An event the sentence only plans ("plans to host an exhibition", "proposed holding a forum",
    "exhibitions will be held") is no event; one it schedules ("will hold a forum in Samarkand in
    May", "the summit to be held on June 5") is: a single event agreed on, with a date or a city."""
    if "invit" in sc.text and _invited_to(sc.text, m) and (kind == "visit" or _date(sc, m) is None):
        return True  # a guest invited to a gathering with its date is invited to a scheduled event
    plan = cues().event_plan.search(sc.text, max(0, m.start() - _PLAN_WINDOW), m.end())
    if plan is None:
        return False
    return _PROPOSAL.match(plan.group(0)) is not None or _PLURAL_EVENT.search(m.group(0)) is not None or \
        (_date(sc, m) or _place(sc, kind, doc)) is None


def _invited_to(text: str, m: re.Match[str]) -> bool:
    """An event someone is invited to ("invited the prime minister of Chile, Ana Ruiz, to pay an official
    visit", "conveyed an invitation from the king to attend the summit") is wished for, however long the
    name of the guest between the invitation and its infinitive; not one accepted or acted on ("at the
    invitation of the president to attend the forum")."""
    return any(inv.start() < m.start() <= inv.end() + 60 and not _TAKEN_UP.search(text, max(0, inv.start() - 20),
                                                                                       inv.start())
               for inv in _INVITED_TO.finditer(text))


def _date(sc: SentenceContext, m: re.Match[str] | None) -> str | None:
    """The day (else month) the sentence states, not the day a source reported it (unless it spoke at
    the event, ``m``) nor the day a stay lasts until; a stated date before a weekday ("on Monday,
    3 March 2025" is not the Monday before publication)."""
    stated = [d for d in sc.dates
              if (not d.reported or (m is not None and _AT_EVENT.fullmatch(sc.text, sc.local(d.end), m.start())))
              and not _until(sc, d)]
    days = sorted((d for d in stated if len(d.value) == 10), key=lambda d: d.relative)
    months = sorted((d for d in stated if len(d.value) == 7),  # "in April …, and in August it hosted a forum"
                    key=lambda d: abs(sc.local(d.start) - m.start()) if m is not None else 0)
    years = [d for d in stated if len(d.value) == 4 and d.relative]
    chosen = days or months or years
    return chosen[0].value if chosen else None


def _day_told_before(doc: DocContext, index: int, kind: str) -> str | None:
    """"The same day", "the day before", "the next day": a day counted from the last one an earlier
    sentence states; not a visit's (a stay of days, whose later days date what is done in it)."""
    text = doc.sentences[index].text
    if kind == "visit" or " day" not in text or (cue := _SAME_DAY.search(text)) is None:
        return None  # most sentences
    for before in reversed(doc.sentences[:index]):
        days = [d for d in before.dates if len(d.value) == 10 and not d.reported and not _until(before, d)]
        if days:
            shift = -1 if cue.group("before") else 1 if cue.group("after") else 0
            return (date.fromisoformat(days[-1].value) + timedelta(days=shift)).isoformat()
    return None


def _until(sc: SentenceContext, d: DateMention) -> bool:
    """The day a stay lasts until ("will last until April 30") dates no event."""
    return _UNTIL.search(sc.text, max(0, sc.local(d.start) - 10), sc.local(d.start) + 6) is not None


def _place(sc: SentenceContext, kind: str, doc: DocContext, m: re.Match[str] | None = None) -> str | None:
    """The city the sentence names (a destination first); for a visit to a country, its capital when
    the report names it somewhere; a call has none."""
    if kind == "call":
        return None
    cities = [c for c in sc.countries if c.kind == "city" and not _on_route(sc, c.start, c.end)
              and not _opens_dateline(doc, c.start, c.end) and not _seats_mission(sc, c)]
    if m is not None and kind != "visit" and len(cities) > 1:  # "his visit to A and their meeting at the summit in B"
        cities.sort(key=lambda c: abs(sc.local(c.start) - m.start()))
    for city in cities:
        if _DESTINATION.search(sc.text[max(0, sc.local(city.start) - 30):sc.local(city.start)]):
            return city.text
    if cities:
        return cities[0].text
    if city_of := _CITY_OF.search(sc.text):
        return city_of.group(1)
    named_capital = _CAPITAL.search(sc.text)
    if named_capital:
        at = sc.start + named_capital.start(named_capital.lastindex or 1)
        demonym = next((c for c in sc.countries if c.start == at), None)
        if demonym is not None:
            return capital(demonym.iso3)
    if kind != "visit":
        return None
    destination = next((c for c in sc.countries if c.kind == "name" and not _on_route(sc, c.start, c.end)
                        and not _opens_name(sc, c) and _DESTINATION.search(sc.text[max(0, sc.local(c.start) - 30):sc.local(c.start)])), None)
    if destination is None or _SCHEDULED.search(sc.text, max(0, sc.local(destination.start) - 60), sc.local(destination.start)):
        return None
    city = capital(destination.iso3)
    named = any(c.text == city for s in doc.sentences for c in s.countries)
    return city if named else None  # "visited Afghanistan" is Kabul when the report names Kabul at all


def _opens_dateline(doc: DocContext, start: int, end: int) -> bool:
    """A city that opens a line of the report's head and is followed by its agency, date or a dash
    ("Kabul (Agency) –", "Islamabad, March 3:") is where the report was filed, not where its event was."""
    text = doc.text
    return start < 400 and (start == 0 or text[start - 1] == "\n") and _DATELINE_TAIL.match(text, end) is not None


def _seats_mission(sc: SentenceContext, c: CountryMention) -> bool:
    """"The envoy of the embassy in Kabul", "its consulate in Dubai": the city seats a mission, not the
    event; an event held at the mission ("a reception at the embassy in Tashkent") is there."""
    if "mbass" not in sc.text and "onsulat" not in sc.text and "ission" not in sc.text:
        return False
    seat = _MISSION_IN.search(sc.text, max(0, sc.local(c.start) - 70), sc.local(c.start))
    return seat is not None and not seat.group(1)


def _on_route(sc: SentenceContext, start: int, end: int) -> bool:
    """A place named as an end of a route ("the Kabul–Delhi air corridor") or a side of a format
    ("the China–Central Asia summit") is not where an event is; nor is a city naming its province
    ("the governor of Herat province"), which is no city."""
    return _ROUTE_AFTER.match(sc.text, sc.local(end)) is not None or _REGION_AFTER.match(sc.text, sc.local(end)) is not None or \
        _ROUTE_BEFORE.search(sc.text, max(0, sc.local(start) - 25), sc.local(start)) is not None


def _persons(sc: SentenceContext) -> list[PersonMention]:
    persons: list[PersonMention] = []
    for p in sc.persons:
        if not any(_same_person(p.name, q.name) for q in persons) and not _spokesperson(sc, p):
            persons.append(p)
    return persons


# "A, spokesperson for the ministry, said", "the ministry's spokesman A said": who reports an event.
_SPOKESPERSON_AFTER = re.compile(r",? (?:an? |the )?(?:[\w’'-]+ ){0,6}?spokes(?:man|person|woman)\b", re.IGNORECASE)
_SPOKESPERSON_BEFORE = re.compile(r"\bspokes(?:man|person|woman),? $", re.IGNORECASE)


def _spokesperson(sc: SentenceContext, p: PersonMention) -> bool:
    """A spokesperson who tells of an event takes no part in it: the report's source, not a side."""
    if "spokes" not in sc.text:
        return False
    start, end = sc.local(p.start), sc.local(p.end)
    return _SPOKESPERSON_AFTER.match(sc.text, end) is not None or \
        _SPOKESPERSON_BEFORE.search(sc.text, max(0, start - 16), start) is not None


def _nearby_persons(doc: DocContext, index: int, m: re.Match[str]) -> list[PersonMention]:
    """Who took part in a forum, exhibition or visit the sentence names without people: those named
    in the sentence right after it (reports name the guests next); nobody yet for one still to come
    ("the forum, which will open"; not "at the session the sides agreed that customs will be eased":
    what a clause after "that" will do is its outcome), nor from a sentence about an earlier one."""
    text = doc.sentences[index].text
    that = _THAT.search(text, m.end())
    if index + 1 < len(doc.sentences) and not _SCHEDULED.search(text, 0, that.start() if that else len(text)):
        after = doc.sentences[index + 1]
        return [] if _past(after.text) else _persons(after)
    return []


def _delegation_leader(sc: SentenceContext, doc: DocContext) -> list[PersonMention]:
    """"While the delegation was in Afghanistan on an official visit": the visitor is the one named
    earlier as leading the delegation ("a delegation led by Deputy PM X")."""
    if not _THE_DELEGATION.search(sc.text):
        return []
    for p in doc.persons:
        if p.start >= sc.start:
            break
        if _LED_BY.search(doc.text, max(0, p.start - 60), p.start):
            return [p]
    return []


def _split_meetings(event: Event, persons: list[PersonMention], sc: SentenceContext) -> list[Event]:
    """"Held meetings with A, B and C" (or A and B): one meeting per counterpart, each with the visitor (named in
    the sentence, else the visit's leader, whom ``_inherit_visit`` adds). "A and B met with C" is one meeting:
    the counterparts split are those named after the cue, not its joint subject; one the text gives no
    country ("and Haji X, minister of trade") is a counterpart among the hosts, not a guest."""
    cue = _PLURAL_MEETINGS.search(sc.text)
    if cue is None or len(persons) < 2:
        return [event]
    after = [p for p in persons if sc.local(p.start) > cue.start()]
    known = Counter(p.country for p in after if p.country)
    host = known.most_common(1)[0][0] if known else None
    counterparts = [p for p in after if p.country in (host, None)]
    guests = [p.name for p in persons if p not in counterparts]  # the subject, or one of another country
    if host is None or known[host] < 2:
        return [event]  # "met with Representatives A, B and C" (of no country told): one body met together
    return [event.model_copy(update={"persons": [*guests, p.name]}) for p in counterparts]


@lru_cache(maxsize=1024)
def _plain(name: str) -> str:
    """A name in lower case without accents: reports spell one leader "Erdoğan" and "Erdogan" alike."""
    return anyascii(name).lower()


def _surname(name: str) -> str:
    return _plain(name).split()[-1]


def _same_person(a: str, b: str) -> bool:
    ta, tb = _plain(a).split(), _plain(b).split()
    return bool(ta and tb) and (ta[-1] in tb or tb[-1] in ta)


def _merge(found: list[Event], doc: DocContext, notes: _Notes) -> list[Event]:
    """One fact per engagement: mentions of the same kind that do not disagree on date, place or
    (for meetings) the people met are one event, with the most precise fields of all mentions. A
    mention the text marks as earlier ("recalled the last visit") adds no people to a current one."""
    out: list[Event] = []
    for e in found:
        twin = next((i for i, g in enumerate(out) if _compatible(e, g, notes) and not _apart_in_time(e, g, doc)), None)
        if twin is None:
            out.append(e)
            continue
        combined = _combine(out[twin], e, doc)
        earlier = _earlier(out[twin], doc), _earlier(e, doc)
        if earlier[0] != earlier[1]:
            current = e if earlier[0] else out[twin]
            combined = combined.model_copy(update={"persons": current.persons, "evidence": current.evidence})
        out[twin] = combined
    return out


def _apart_in_time(a: Event, b: Event, doc: DocContext) -> bool:
    """One mention the text schedules ("will pay a visit") and one it marks as earlier ("the last time
    he visited") are two engagements, however alike."""
    return {_when(a, doc), _when(b, doc)} == {"earlier", "scheduled"}


def _when(e: Event, doc: DocContext) -> str | None:
    if e.evidence is None:
        return None
    text = doc.text[e.evidence[0]:e.evidence[1]]
    return "earlier" if _past(text) else "scheduled" if _SCHEDULED.search(text) else None


def _compatible(a: Event, b: Event, notes: _Notes) -> bool:
    if a.kind != b.kind:
        return False
    if a.evidence == b.evidence and ((a.kind == "meeting" and a.persons == b.persons) or
                                     (a.kind == "visit" and a.persons != b.persons)):
        return False  # two meetings, or two visits of different people, that one sentence names
    if a.date and b.date and not (a.date.startswith(b.date) or b.date.startswith(a.date)):
        return False
    if a.place and b.place and a.place != b.place:
        return False
    if a.kind == "visit" and a.evidence != b.evidence and \
            None not in (ends := {notes.destinations.get(a.evidence), notes.destinations.get(b.evidence)}) and len(ends) == 2:
        return False  # visits to two countries are two visits
    if a.kind == "talks" and (a.evidence in notes.earlier) != (b.evidence in notes.earlier):
        return False  # the session reported and an earlier one the report recalls
    if a.kind == "meeting" and (a.evidence in notes.sessions) != (b.evidence in notes.sessions):
        return False  # the leaders' talks and the session of their council are two engagements
    if a.kind == "meeting" and a.persons and b.persons:
        sa, sb = {_surname(p) for p in a.persons}, {_surname(p) for p in b.persons}
        return sa <= sb or sb <= sa
    return True


def _combine(a: Event, b: Event, doc: DocContext) -> Event:
    persons = list(a.persons)
    for p in b.persons:
        if not any(_same_person(p, q) for q in persons):
            persons.append(p)
    dates = [d for d in (a.date, b.date) if d]
    precise = max((len(d) for d in dates), default=0)
    date = min((d for d in dates if len(d) == precise), default=None)  # a visit starts on its first day
    return Event(kind=a.kind, date=date, place=a.place or b.place, parties=sorted(set(a.parties) | set(b.parties)),
                 persons=persons, evidence=_evidence(a, b, doc))


def _evidence(a: Event, b: Event, doc: DocContext) -> tuple[int, int] | None:
    """The mention that states the event best: a body sentence, one that dates it, one that names it
    rather than refers back to it ("this visit")."""
    kept = doc.prefer(a.evidence, b.evidence)
    if kept != a.evidence or b.evidence is None or b.evidence in doc.headlines:
        return kept
    if not a.date and b.date:
        return b.evidence
    if _ANAPHORIC.search(doc.text, *a.evidence) and not _ANAPHORIC.search(doc.text, *b.evidence):
        return b.evidence
    return kept


# "visited Pakistan earlier this year", "his visit to Italy in January 2023", "a trip to Oman last spring"
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# "ahead of the president's visit to Pakistan", "in the wake of his state visit to Korea": a visit that
# dates something else is told as a landmark in time, not as the stay the report covers.
_STAY_AS_TIME = re.compile(r"\b(?:ahead of|on the eve of|in the wake of|following) (?:the |a |an |his |her |their )?"
                           r"(?:[\w’'-]+ ){0,8}?(?:visit|trip)\b", re.IGNORECASE)
_STAY_IN_TIME = re.compile(rf"\b(?:visit(?:ed|s)?|trip|travel(?:l?ed)?)(?: to)? (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)? "
                           rf"(?:earlier\b|last (?:year|month|week|spring|summer|autumn|fall|winter|{_MONTHS})\b|in (?:{_MONTHS}) (?:19|20)\d\d\b)")


def _unplace_other_stays(events_: list[Event], doc: DocContext) -> list[Event]:
    """A visit told by the time it took place ("visited Pakistan earlier this year") is another stay
    than the one the report covers: the capital of the country it names stays its separator from
    that stay while merging, but is no city the text gives it."""
    out = []
    for e in events_:
        if e.kind == "visit" and e.place and e.evidence and e.place not in (told := doc.text[e.evidence[0]:e.evidence[1]]) \
                and (_STAY_IN_TIME.search(told) or _STAY_AS_TIME.search(told)):
            e = e.model_copy(update={"place": None})
        out.append(e)
    return out


def _inherit_visit(events_: list[Event]) -> list[Event]:
    """Meetings, forums and exhibitions inside a visit take its date and place when they have none."""
    visit = next((e for e in events_ if e.kind == "visit"), None)
    if visit is None:
        return events_
    out = []
    for e in events_:
        if e is not visit and e.kind in ("meeting", "forum", "exhibition"):
            update: dict[str, object] = {"date": e.date or visit.date, "place": e.place or visit.place}
            if e.kind == "meeting" and len(e.persons) == 1 and visit.persons and \
                    not _same_person(visit.persons[0], e.persons[0]):
                update["persons"] = [visit.persons[0], *e.persons]  # "he held talks with X": the visitor too
            e = e.model_copy(update=update)
        out.append(e)
    return out
