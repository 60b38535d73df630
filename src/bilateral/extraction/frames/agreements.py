"""Agreements: signed (or reported as concluded) documents, with count, value, kind and subject.

"20 agreements worth $140 million were signed" is one agreement fact of count 20; "Seventeen of
these were trade agreements and three were cooperation agreements" adds its parts; plans to sign
are not agreements (the commitment frame states them), and "the agreement was signed on July 10"
restates one already found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from bilateral.extraction.context import DocContext, SentenceContext
from bilateral.extraction.countries import gazetteer
from bilateral.extraction.cues import cues
from bilateral.extraction.frames.common import fact_parties, phrase_after
from bilateral.extraction.memo import per_document
from bilateral.extraction.numbers import WORD_NUMBER, parse_number
from bilateral.extraction.quantities import Quantity as Counted
from bilateral.facts.models import Agreement, Quantity

_ONE = re.compile(r"\b(?:an?|one|the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last))"
                  r"\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
_ANAPHOR = re.compile(r"\b(?:the|these|this|those|such|said|its|their)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
_DEMONSTRATIVE = re.compile(r"\b(?P<word>this|that|these|those|said)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
# "the trade agreement (that) we have signed today": the speaker names the document signed, not one restated.
_SIGNED_BY_SPEAKER = re.compile(r"\s+(?:that\s+|which\s+)?(?:we|I|they|our (?:two )?(?:countries|sides|governments))\s+"
                                r"(?:have\s+|had\s+|just\s+)*signed\b", re.IGNORECASE)
_BULLET = re.compile(r"(?:[-–—•*·▪►]|\d{1,2}[.)])\s*")
_PREPOSITION = re.compile(r"\b(?:in|at|under|during|following|with|by|through|within|according)\b", re.IGNORECASE)
_CLAUSE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said)\b", re.IGNORECASE)
_ITEM_TOPIC = re.compile(r"\s(?:on|for|to|regarding|concerning)\s+", re.IGNORECASE)
_FUNCTION_WORDS = frozenset(("the", "and", "for", "with", "between", "from", "into", "under", "its", "their", "other"))
_BACK = re.compile(r"\b(?:these|they|those|them)\b", re.IGNORECASE)
# "The MoUs and agreements (also) include …": the package just reported, named again by its nouns
_NOUNS_BACK = re.compile(r"\s*the\s+(?:signed\s+)?(?:documents|agreements|memorand\w+|MoUs|deals|contracts|accords|"
                         r"protocols)(?:\s+and\s+(?:the\s+)?(?:documents|agreements|memorand\w+|MoUs|deals|contracts|"
                         r"accords|protocols))?\s+(?:also\s+)?$", re.IGNORECASE)
# A list item begins after the cue or a separator, with at most an article and two modifiers before its noun.
_ITEM_LEAD = re.compile(r"(?:^|[,;:]|\band|\bas well as)\s+(?:(?:an?|the|one|two|three|\d+)\s+)?"
                        r"(?:(?!(?:on|of|to|for|in|with|and|the|by|between|that|which)\b)[\w’'-]+\s+){0,2}$",
                        re.IGNORECASE)
_PART = re.compile(rf"\b(?P<num>\d+|{WORD_NUMBER})\s+(?:of (?:these|them|which)\s+)?(?:were|are|was|is)\s+"
                   r"(?P<subject>(?:[\w-]+\s){0,3}?)(?P<noun>agreements?|contracts?|memorand\w+|MoUs?|deals?|documents?)\b",
                   re.IGNORECASE)
_INCLUDING = re.compile(rf"\bincluding\s+(?P<num>\d+|{WORD_NUMBER})\s+(?:for|on)\s+(?P<subject>[^,.;]+)", re.IGNORECASE)
_VALUE_CUE = re.compile(r"\b(?:worth|valued at|totaled|totalled|totall?ing|total(?:ling)? of|for a total of|amounting to|value of|"
                        r"at a cost of|in the amount of|exceeding)\s*(?:over|more than|nearly|about|around|some)?\s*$",
                        re.IGNORECASE)
# "signed contracts for $80 million": a sum right after the documents' noun is what they are worth
_NOUN_FOR = re.compile(r"\b(?:agreements?|contracts?|deals?|memorand\w+|MoUs?)\s+(?:for|of)\s+"
                       r"(?:(?:over|more than|nearly|about|around|some|almost)\s+)?$", re.IGNORECASE)
_QUALIFIED = ("over", "more than", "nearly", "almost", "about", "around", "approximately", "some", "at least", "up to")
# Between a document's noun and its topic: a coordinated noun ("agreements and MoUs for"), the
# participle with when ("concluded last year, on"), or a clause of purpose ("a pact that aims to").
_SUBJECT_LEAD = re.compile(
    r"^\s*(?:\([^)]{0,30}\)\s*)?(?:and\s+(?:other\s+)?(?:MoUs|memorand\w+(?:\s+of\s+understanding)?|contracts|"
    r"agreements|protocols|documents|deals)\s+)?"
    r"(?:(?:(?:was|were|has been|have been)\s+)?(?:signed|concluded)\s+(?:(?:last|this|earlier this)\s+(?:year|month|week)"
    r"|earlier|in\s+\d{4})?\s*,?\s*)?"
    r"(?:(?:on|for|regarding|related to|concerning|covering)\b|in the (?:fields?|areas?|spheres?|sectors?) of|to(?=\s+[a-z]+\b)|"
    r"(?:that|which)\s+(?:aims?|seeks?|is intended)\s+to|aim(?:ed|ing)\s+at|(?:that\s+|which\s+)?provid(?:ing|es)\s+for|"
    r"with\s+(?:the\s+)?(?:[\w’'-]+\s+){1,7}?(?:\([^)]{0,30}\)\s+)?(?:(?:on\s+\w+day\s+)?to|on|for)(?=\s)|"
    r"between\s+(?:the\s+)?(?:[\w’'-]+\s+){1,6}?and\s+(?:the\s+)?(?:[\w’'-]+\s+){1,6}?"
    r"(?:on|for|in the (?:fields?|areas?|spheres?|sectors?) of)(?=\s))"
    r"\s*(?:(?:the\s+)?[\"“‘'])?",
    re.IGNORECASE)
_SUBJECT_LATER = re.compile(r"\b(?:related to|for the|on the)\s*", re.IGNORECASE)
_WHEN = re.compile(r"(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)")
# "for five years", "for another decade": how long a document runs, not what it is about
_DURATION = re.compile(rf"(?:\d+|{WORD_NUMBER}|an?|another|the next)\s+(?:more\s+|further\s+)?"
                       r"(?:years?|months?|weeks?|days?|decades?)\b", re.IGNORECASE)
_REACHED = re.compile(r"\breach(?:ed)?\b", re.IGNORECASE)
# "has extended its supply agreement": a new act on a document the text may name as known, not a restatement
_RENEWAL = re.compile(r"(?:extended|renewed|prolonged)\b", re.IGNORECASE)
_STOP_MODIFIERS = re.compile(r"\d+|an?|the|signed|signing|have|has|of|and|over|more|than|about|some|around|nearly|new|"
                             r"several|number|series|host|these|this|those|that|which|said|today|also|were|was|are|is|be|been|both|two|sides|countries|as|well|on|upon|includes?|including", re.IGNORECASE)


def agreements(doc: DocContext) -> list[Agreement]:
    out: list[Agreement] = []
    previous: Agreement | None = None
    prior: SentenceContext | None = None
    listing: set[tuple[int, ...]] = set()  # sentences that list documents or the parts of a package
    for sc, item, leads in _list_walk(doc):
        prior, before = sc, prior
        if item is not None:
            out.append(item)
            listing.add(tuple(sc.span()))
            continue
        cue, listed = _included(sc, doc, previous)
        if listed:
            listing.add(tuple(sc.span()))
        found = _signed(sc, doc, out, until=cue if listed else None) + listed
        if leads:  # its lines name the documents: an uncounted "documents signed:" adds nothing
            found = [f for f in found if f.count or f.amount]
        if found:
            found = [_named_before(f, before) for f in found]
            out.extend(found)
            out.extend(_parts(sc, found[0], _INCLUDING))
            previous = found[0]
            continue
        if previous is not None and previous.count and previous.count > 1:
            out.extend(_parts(sc, previous, _PART))
        if cues().any_agreement_noun.search(sc.text):
            previous = None  # a sentence that names no document ("the ceremony was witnessed by …") keeps the package
    return _vague_restated(_headline_restated(_dedupe(_named_after(out, doc), doc), doc, listing), listing)


def _vague_restated(facts: list[Agreement], listing: set[tuple[int, ...]]) -> list[Agreement]:
    """"Signed several agreements" with no count, value or topic beside a package the text counts or
    names elsewhere ("nine MoUs", "MoUs in trade and culture") is that package in looser words, not
    another; the parts it includes ("These include contracts for fuel") leave it the total."""
    packages = [tuple(f.evidence) for f in facts
                if f.count != 1 and not _vague(f) and tuple(f.evidence) not in listing]
    counted = {(f.kind, tuple(f.evidence)) for f in facts
               if f.count and f.count > 1 and tuple(f.evidence) not in listing}
    return [f for f in facts if not (_vague(f) and any(p != tuple(f.evidence) for p in packages))
            and not _uncounted_of(f, counted)]


def _uncounted_of(fact: Agreement, counted: set[tuple[str, tuple[int, ...]]]) -> bool:
    """"Signed MoUs to boost trade" beside "the four MoUs were signed" elsewhere: a package of the
    same kind that the text counts in another sentence, told by its purpose rather than its number.
    Where packages of other kinds are counted too ("ten contracts and two MoUs"), it may be their sum."""
    return (fact.count is None and fact.amount is None and bool(counted)
            and all(kind == fact.kind and span != tuple(fact.evidence) for kind, span in counted))


def _vague(fact: Agreement) -> bool:
    """Uncounted "agreements" of no value whose subject is only the noun and its modifiers ("important
    agreements"); "contracts" or "MoUs" name a kind of document of their own, and may be a part."""
    subject = fact.subject or ""
    return (fact.kind == "agreement" and fact.count is None and fact.amount is None
            and any(m.end() == len(subject) for m in cues().any_agreement_noun.finditer(subject)))


def _named_before(fact: Agreement, before: SentenceContext | None) -> Agreement:
    """"The agreement was signed by …" right after a sentence that says what an agreement of its kind
    is about ("reached an agreement with Japan for a loan …") is that agreement: the topic is its subject."""
    if before is None or fact.count != 1 or _is_stated(fact):
        return fact
    for kind, regex in cues().agreement_nouns.present(before.text):
        subject = next((s for m in regex.finditer(before.text) if (s := _stated_subject(before.text, m))), None)
        if kind == fact.kind and subject:
            return fact.model_copy(update={"subject": subject})
    return fact


# What a document does, told after it: "…, which is expected to strengthen …", "The memorandum envisages …"
_PURPOSE = (r"(?:envisag(?:es|ed)|provides? for|stipulates|aims? (?:to|at)|is aimed at|seeks? to|"
            r"is (?:expected|intended|designed|meant) to)\s+")
_WHICH_PURPOSE = re.compile(rf",\s+which\s+{_PURPOSE}", re.IGNORECASE)
_DOCUMENT_PURPOSE = re.compile(rf"^(?:[^.;]{{0,100}}?,\s+)?(?:the|this)\s+(?:new\s+)?(?:memorand\w+|MoU|agreement|document|"
                               rf"road ?map|contract|deal|accord|treaty|protocol|programme|program)\s+{_PURPOSE}",
                               re.IGNORECASE)


def _named_after(facts: list[Agreement], doc: DocContext) -> list[Agreement]:
    """A single document signed without a topic ("a memorandum was signed between the railways") takes
    the one the text gives it next: in a clause of its own ("…, which is expected to boost transit") or
    in the sentence after ("The memorandum envisages an overhaul of the line")."""
    if not any(_untold(f) for f in facts):
        return facts
    at = {sc.span(): i for i, sc in enumerate(doc.sentences)}
    out = []
    for f in facts:
        i = at.get(tuple(f.evidence)) if _untold(f) else None
        if i is not None:
            sc = doc.sentences[i]
            m = _WHICH_PURPOSE.search(sc.text)
            if m is None and i + 1 < len(doc.sentences):
                sc = doc.sentences[i + 1]
                m = _DOCUMENT_PURPOSE.match(sc.text)
            topic = phrase_after(sc.text, m.end(), max_words=14)[0] if m else _signed_between(doc.sentences[i].text, f)
            if topic:
                f = f.model_copy(update={"subject": topic})
        out.append(f)
    return out


# "a memorandum was signed between the State Railways and the Port Authority": the signatories
_SIGNED_BETWEEN = re.compile(r"\s+(?:(?:was|has been)\s+(?:also\s+)?(?:signed|concluded|inked)\s+)?between\s+(?!the two\b|both\b)",
                             re.IGNORECASE)


def _signed_between(text: str, fact: Agreement) -> str | None:
    """What names a single document of no topic: the bodies it was signed between, with its noun."""
    nouns = [m for _, regex in cues().agreement_nouns.present(text) for m in regex.finditer(text)
             if (fact.subject or "").endswith(m.group(0))]
    for m in nouns:
        between = _SIGNED_BETWEEN.match(text, m.end())
        if between is None:
            continue
        sides, end = phrase_after(text, between.end(), max_words=16)
        second = _AND.match(text, end) if " and " not in sides else None
        if second is not None:
            sides = f"{sides} and {phrase_after(text, second.end(), max_words=10)[0]}"
        if " and " in sides:
            return f"{fact.subject} between {sides}"
    return None


_AND = re.compile(r"\s+and\s+", re.IGNORECASE)


def _untold(fact: Agreement) -> bool:
    """One document whose subject is no more than its own noun ("memorandum of understanding")."""
    subject = fact.subject or ""
    noun = cues().any_agreement_noun.match(subject)
    return fact.count == 1 and (not _is_stated(fact) or (noun is not None and noun.end() == len(subject)))


def listed_lines(doc: DocContext) -> frozenset[int]:
    """Where each item of a list of signed documents starts: what such a line names ("- Agreement on
    opening a trade house") is the content of a signed document."""
    return frozenset(sc.start for sc, item, _ in _list_walk(doc) if item is not None)


@per_document  # agreements and listed_lines both read it
def _list_walk(doc: DocContext) -> tuple[tuple[SentenceContext, Agreement | None, bool], ...]:
    """Each sentence, with the document it names when it is a line of a list of signed documents (a
    line with a signing of its own, "- X and Y signed …", reads as any sentence), and whether it
    leads such a list. Walked once per document."""
    return tuple(_walk_lists(doc))


def _walk_lists(doc: DocContext) -> Iterator[tuple[SentenceContext, Agreement | None, bool]]:
    listing = False
    for sc, after in zip(doc.sentences, [*doc.sentences[1:], None], strict=True):
        if listing and _line_start(doc, sc) and _sign_verb(sc.text) is None:
            item = _list_item(sc, doc)
            listing = item is not None
            if item is not None:
                yield sc, item, False
                continue
        leads = _leads_list(sc) or _leads_lines(sc, after, doc)
        yield sc, None, leads
        listing = listing or leads


# "an MoU outlining a roadmap to triple trade", "a plan that will serve as a roadmap": what a document
# sets out or is likened to, not a second document
_LIKENED = re.compile(r"\b(?:outlin(?:es|ed|ing)|sets? out|setting out|lays? out|laying out|serv(?:es|ed|ing|e) as)\s+"
                      r"(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+)?[\"“‘']?$", re.IGNORECASE)


def _signed(sc: SentenceContext, doc: DocContext, earlier: list[Agreement], until: int | None = None) -> list[Agreement]:
    """The documents a sentence reports signed (those it names before ``until``, where a list starts)."""
    c = cues()
    text = sc.text[:until]
    verb = _sign_verb(text)
    value = _value(sc)
    if verb is None and value is not None and _valued_noun(sc):
        verb = _REACHED.search(text)  # "reached an agreement worth $12 million": concluded, with a value
    if verb is None or c.plan_cues.search(text):
        return []
    nouns = _near_verb(text, sorted(((kind, m) for kind, regex in c.agreement_nouns.present(text)
                                     for m in regex.finditer(text)), key=lambda km: km[1].start()), verb)
    nouns = [(kind, m) for kind, m in _signed_noun(text, _signed_object(text, nouns, verb), verb)
             if not _source(text, m) and not _LIKENED.search(text, max(0, m.start() - 40), m.start())]
    parties = fact_parties(sc, doc)
    packaged = _packaged_kinds(sc, nouns)
    facts: list[Agreement] = []
    for i, (kind, m) in enumerate(nouns):
        count_q = _count_for(sc, m)
        if count_q is None and ((facts and not _separate(text, nouns[i - 1][1], m))
                                or (kind in packaged and _count(m, None) is None)):
            continue
        following = next((n for _, n in nouns[i + 1:] if _separate(text, m, n)), None)
        subject, stated = _subject(text, m, verb, until=following.start() if following else None)
        before = text[max(0, m.start() - 30):m.start()]
        if earlier and _demonstrative(before, m):
            continue  # "with the signing of this contract": the document just named
        definite = (_ANAPHOR.search(before) is not None and not _SIGNED_BY_SPEAKER.match(text, m.end())
                    and not _RENEWAL.match(verb.group(0))
                    and not _first_named(text, m, verb, kind, earlier))
        passive = _PASSIVE_SIGNED.match(text, m.end())
        if not stated and not passive and _OF_MEETING.match(text, m.end()):
            # "signed the protocol of the fifth meeting": a document named by its meeting, not restated
            subject, stated = text[m.start():phrase_after(text, m.end(), max_words=14)[1]], True
        if passive and passive.group("name") and not stated:
            subject = text[m.start():passive.end("name")]  # "the Protocol of the 7th meeting of the commission"
        elif _PROTOCOL.fullmatch(m.group(0)) and not _PROTOCOL_TOPIC.match(text, m.end()) and (meeting := _meeting(doc)):
            subject, stated = f"{_modified(text, m)} of the {meeting}", True
        if (definite and (earlier or (not passive and _told_before(doc, sc))) and count_q is None and value is None
                and not _ONE.search(text[max(0, m.start() - 30):m.start()])):
            if not stated or any(_overlaps(subject, e.subject) for e in earlier):
                continue  # "the agreement was signed on July 10": one already found, restated
            if earlier and not _is_stated(earlier[-1]):
                earlier[-1] = earlier[-1].model_copy(update={"subject": subject})
                continue
        count = _count(m, count_q)
        kind, subject = _unstated_type(kind, subject, count)
        another = _ANOTHER.search(text, m.end(), m.end() + 250) if count == 1 and stated else None
        if another is not None:
            subject = _ANOTHER_CUT.split(subject)[0]
        for part in _documents(subject, count, stated) if subject else [None]:
            facts.append(Agreement(kind=kind, count=1 if part != subject else count, parties=parties, subject=part,
                                   amount=value if not facts else None, evidence=sc.span()))
        if another is not None and (other := phrase_after(text, another.end(), max_words=14)[0]):
            facts.append(facts[-1].model_copy(update={"subject": other, "amount": None}))
    return facts


# "the minutes of the 20th meeting", "the protocol of the session of the commission"
_OF_MEETING = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:meeting|session|sitting)\b", re.IGNORECASE)


_PROTOCOL = re.compile(r"protocols?", re.IGNORECASE)
# what follows a protocol's noun when the text tells its topic ("a protocol on grain supplies", "of the meeting")
_PROTOCOL_TOPIC = re.compile(r"\s*(?:\([^)]{0,30}\)\s*)?(?:on|for|of|to|between|regarding|concerning|amending|with)\b",
                             re.IGNORECASE)
_MEETING = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"eleventh|twelfth|\w+teenth|\w+tieth(?:-\w+)?)\s+(?:regular\s+)?(?:meeting|session)\s+of\s+the\s+"
                      r"(?:[\w’'-]+\s+){0,6}?(?:Commission|Committee|Council)\b", re.IGNORECASE)


@per_document
def _meeting(doc: DocContext) -> str | None:
    """The numbered commission meeting a report covers ("the 9th meeting of the joint commission"): a
    protocol signed with no topic of its own is that meeting's protocol, and reports name it so."""
    m = _MEETING.search(doc.text)
    return m.group(0) if m else None


def _told_before(doc: DocContext, sc: SentenceContext) -> bool:
    """Whether any document is named before the sentence: "signed the final protocol" with none
    named before is the document's first mention, not a restatement of one."""
    return cues().any_agreement_noun.search(doc.text[:sc.start]) is not None


def _demonstrative(before: str, noun: re.Match[str]) -> bool:
    """Whether a demonstrative points the noun back to a document named before; "this" or "that" before
    a plural ("said that 12 documents were signed") is a conjunction, not a demonstrative."""
    m = _DEMONSTRATIVE.search(before)
    return m is not None and not (m.group("word").lower() in ("this", "that") and _count(noun, None) is None)


def _near_verb(text: str, nouns: list[tuple[str, re.Match[str]]], verb: re.Match[str]) -> list[tuple[str, re.Match[str]]]:
    """The documents near enough the signing to be what it signed: within 200 characters of the verb,
    or further on in a run of documents each named on its own ("an agreement on …, an agreement on …,
    as well as a memorandum on …"), which a long list stretches beyond that reach."""
    kept: list[tuple[str, re.Match[str]]] = []
    for kind, m in nouns:
        if abs(m.start() - verb.start()) < 200 or (
                kept and m.start() > verb.start() and m.start() - kept[-1][1].end() < 200
                and _separate(text, kept[-1][1], m)):
            kept.append((kind, m))
    return kept


# "agreements worth $12 million", "deals for $80 million": the sum is the documents' own value
_NOUN_VALUED = re.compile(r"\b(?:agreements?|deals?|contracts?)\s*,?\s+(?:worth|for|valued at|totall?ing|amounting to)\s*$",
                          re.IGNORECASE)


def _valued_noun(sc: SentenceContext) -> bool:
    """Whether a sum is the value of the agreement itself ("reached an agreement worth $12 million", "a
    $5 million deal"), not of what it was reached on ("agreements were reached on projects worth $9
    billion": an undertaking agreed in talks, which the commitment frame states)."""
    return any(_NOUN_VALUED.search(sc.text, max(0, sc.local(m.start) - 40), sc.local(m.start))
               or cues().any_agreement_noun.match(sc.text, sc.local(m.end) + 1) for m in sc.money)


# "an agreement on X and another on Y": "another" with its own topic is one more document of that kind
_ANOTHER = re.compile(r"\b(?:and|as well as)\s+another\s+(?:one\s+)?(?:on|for|to|regarding|concerning)\s+"
                      r"(?:(?:the\s+)?[\"“‘'])?", re.IGNORECASE)
_ANOTHER_CUT = re.compile(r"[\"”’']?\s*,?\s+(?:and|as well as)\s+another\b", re.IGNORECASE)


_AND_KIND = re.compile(r"\s+and\s+(?:other\s+)?", re.IGNORECASE)


def _packaged_kinds(sc: SentenceContext, nouns: list[tuple[str, re.Match[str]]]) -> set[str]:
    """The kinds a counted package names beside its own ("eight agreements and MoUs"): the sentence's
    uncounted "MoUs" (a flattened heading "MoUs signed") are that package, not more documents."""
    kinds: set[str] = set()
    for (_, first), (kind, second) in pairwise(nouns):
        if _count_for(sc, first) is not None and _AND_KIND.fullmatch(sc.text, first.end(), second.start()):
            kinds.add(kind)
    return kinds


# "This contract was signed during …" with no document found before: the only report of it
# "the contract was signed", "the Protocol of the 7th meeting of the commission was signed": the document
# reported signed, with the name its "of" gives it
_PASSIVE_SIGNED = re.compile(r"(?P<name>\s+of\s+[^,;.()]{3,160}?)?\s+(?:was|were|has been|have been|had been)\s+"
                             r"(?:signed|concluded|inked)\b", re.IGNORECASE)
_BARE_DOCUMENTS = re.compile(r"documents?", re.IGNORECASE)
# "according to a foreign ministry statement, …": the statement is where the report comes from
_ACCORDING_TO = re.compile(r"\baccording to\s+(?:an?|the|its|their)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)


def _source(text: str, noun: re.Match[str]) -> bool:
    """Whether a document (a statement, the agreement) is named only as the source of what the sentence
    reports ("according to the document, a contract … was signed")."""
    return _ACCORDING_TO.search(text, max(0, noun.start() - 60), noun.start()) is not None


def _unstated_type(kind: str, subject: str, count: int | None) -> tuple[str, str]:
    """"Signed 14 documents": an exact count of documents of unstated type is a package of agreements,
    named by its noun alone ("documents"), as annotators name it; "several documents" stays as it was."""
    if count is None or not _BARE_DOCUMENTS.fullmatch(subject):
        return kind, subject
    return ("agreement" if kind == "other" else kind), subject


_BETWEEN = re.compile(r"\bbetween\b", re.IGNORECASE)
_CONJUNCT = re.compile(r"\s*,\s*(?:and\s+)?(?:on\s+)?|\s+and\s+(?:on\s+)?")
_COMMA = re.compile(r"\s*,\s*(?:and\s+)?(?:on\s+)?")
_SERIAL_AND = re.compile(r",\s*and\s")


def _documents(subject: str, count: int | None, stated: bool) -> list[str]:
    """The subjects of uncounted documents named by coordinated topics ("agreements on visa-free travel
    and the demarcation of the border"), one each where every topic has words of its own; a topic of
    one word ("on trade and transport") is a field of one package, not a document; nor is a conjunct
    that names documents ("deals on joint projects and supply contracts"): the package lists its kinds."""
    if count is not None or not stated:
        return [subject]
    if _BETWEEN.search(subject):
        return [subject]  # "cooperation between X and Y": the sides, not two topics
    parts = [p for p in _conjuncts(subject) if p]
    if len(parts) < 2 or any(len(_tokens(p)) < 2 for p in parts) \
            or any(cues().any_agreement_noun.search(p) for p in parts):
        return [subject]
    return parts


def _conjuncts(subject: str) -> list[str]:
    """The topics of a list: where commas part them, an "and" inside one ("geology and mineral
    resources") joins the words of that topic; with no comma before the last "and", the topics after
    the last comma are parted by their "and" ("A, B and C")."""
    if "," not in subject:
        return _CONJUNCT.split(subject)
    parts = _COMMA.split(subject)
    if not _SERIAL_AND.search(subject):
        parts[-1:] = _CONJUNCT.split(parts[-1])
    return parts


# "the roadmaps signed following the visit": a participle right after its noun says which document was signed
_PARTICIPLE = re.compile(r"signed\s+(?:during|following|after|at|in|on|last|earlier|between|by|within)\b", re.IGNORECASE)


def _signed_noun(text: str, nouns: list[tuple[str, re.Match[str]]],
                 verb: re.Match[str]) -> list[tuple[str, re.Match[str]]]:
    """The documents from the one a participle "signed" follows: nouns before it ("implementation of
    agreements within the roadmaps signed …") are what the sentence says about that document, which a
    report may name with "the" though nothing before names it."""
    if not _PARTICIPLE.match(text, verb.start()):
        return nouns
    head = next((i for i, (_, m) in enumerate(nouns) if not text[m.end():verb.start()].strip()), None)
    return nouns[head:] if head is not None else nouns


# "the leaders signed a partnership treaty": an active verb right before its object, with no passive before it
_OBJECT_AFTER = re.compile(r"\s+(?:an?|the|\d+|two|three|four|five|six|seven|eight|nine|ten|several|a number of)\s+"
                           r"(?:[\w’'-]+\s+){0,3}?$", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|be|being|is|are)\s+$", re.IGNORECASE)


def _signed_object(text: str, nouns: list[tuple[str, re.Match[str]]],
                   verb: re.Match[str]) -> list[tuple[str, re.Match[str]]]:
    """Where an active "signed" takes a document as its object ("in support of a joint declaration …, the
    leaders signed a partnership treaty"), the documents named before the verb are not what it signed."""
    if verb.group(0).lower() not in ("signed", "inked", "co-signed") or _PASSIVE_BEFORE.search(text, 0, verb.start()):
        return nouns
    after = [(k, m) for k, m in nouns if m.start() >= verb.end()]
    if after and len(after) < len(nouns) and _OBJECT_AFTER.fullmatch(text, verb.end(), after[0][1].start()):
        return after
    return nouns


# "the biggest deal signed by …": a superlative ranks a document already reported
_SUPERLATIVE = re.compile(r"\b(?:\w+est|most\s+\w+|first)\s+(?:[\w’'-]+\s+)?$", re.IGNORECASE)


def _first_named(text: str, noun: re.Match[str], verb: re.Match[str], kind: str, earlier: list[Agreement]) -> bool:
    """Whether "the roadmaps signed following the visit" names a document of a kind not reported before."""
    return (_PARTICIPLE.match(text, verb.start()) is not None and not any(e.kind == kind for e in earlier)
            and _SUPERLATIVE.search(text, max(0, noun.start() - 30), noun.start()) is None)


def _included(sc: SentenceContext, doc: DocContext, package: Agreement | None) -> tuple[int, list[Agreement]]:
    """Where a run-in list of signed documents starts, and each document it names: "18 documents were
    signed, including an agreement on …, a protocol on …", or after a package ("These include …")."""
    c = cues()
    cue = c.list_cues.search(sc.text)
    if cue is None or c.plan_cues.search(sc.text):
        return 0, []
    before = sc.text[:cue.start()]
    signed_here = _sign_verb(before) is not None and c.any_agreement_noun.search(before) is not None
    pointing_back = (package is not None and package.count != 1 and len(before.split()) <= 6
                     and (not before.strip() or _BACK.search(before) is not None or _NOUNS_BACK.match(before) is not None))
    if not (signed_here or pointing_back or _COUNTED_BACK.match(before)):
        return 0, []
    heads = []  # (kind, noun, where its item begins)
    for kind, m in sorted(((k, m) for k, regex in c.agreement_nouns.present(sc.text)
                           for m in regex.finditer(sc.text, cue.end())), key=lambda km: km[1].start()):
        lead = _ITEM_LEAD.search(sc.text[cue.end():m.start()])
        if lead:
            heads.append((kind, m, cue.end() + lead.start()))
    if pointing_back and package is not None and (topics := _listed_topics(sc, package, cue.end(), bool(heads))):
        return cue.start(), topics
    items = []
    for i, (kind, m, _) in enumerate(heads):
        count = _count(m, _count_for(sc, m))
        subject = _stated_subject(sc.text, m, until=heads[i + 1][2] if i + 1 < len(heads) else None)
        if subject is None and count != 1:
            continue  # "including agreements and contracts": kinds, not documents named
        for part in _documents(subject, count, True) if subject else [_modified(sc.text, m)]:
            items.append(Agreement(kind=kind, count=1 if part != subject else count, parties=fact_parties(sc, doc),
                                   subject=part, evidence=sc.span()))
    return cue.start(), items + _one_of_them(sc, doc, cue.end())


_TOPIC_COMMA = re.compile(r"\s*,\s*(?:and\s+|as well as\s+)?")


def _listed_topics(sc: SentenceContext, package: Agreement, at: int, nouns: bool) -> list[Agreement]:
    """"The documents include cooperation in health, a grant programme for students, …": after a package,
    each topic a comma sets apart names one of its documents, where the topics are phrases of their own
    (two content words or more, no clause) and as many as the package counts. Fewer are the fields
    of some of them; a package left uncounted takes them all, unless its topics name documents
    (``nouns``), which are read as such."""
    topics = [_ITEM_ARTICLE.sub("", t.strip()) for t in _TOPIC_COMMA.split(sc.text[at:].rstrip(" .;"))]
    if (len(topics) < 2 or (len(topics) != package.count if package.count is not None else nouns)
            or any(len(_tokens(t)) < 2 or _CLAUSE_VERB.search(t) for t in topics)):
        return []
    return [Agreement(kind=package.kind, count=1, parties=package.parties, subject=t, evidence=sc.span())
            for t in topics]


# "The five agreements include …": a package counted again by its number names its documents
_COUNTED_BACK = re.compile(rf"\s*(?:all\s+)?(?:the|these|those)\s+(?:\d+|{WORD_NUMBER})\s+(?:[\w-]+\s+)?"
                           r"(?:agreements|documents|memorand\w+|MoUs|contracts|deals|accords|treaties|protocols)\s+$",
                           re.IGNORECASE)


# "including one on …", "including one confirming …": a numeral standing for one of the documents just counted
_ONE_ITEM = re.compile(r"\s*one\s+(?:of (?:them|these|which)\s+)?(?:on|for|regarding|concerning|covering|to|"
                       r"confirming|providing|granting|establishing|setting up)\s+", re.IGNORECASE)
_SUM_OF = re.compile(r"\s*(?:of|in)\s+", re.IGNORECASE)


def _one_of_them(sc: SentenceContext, doc: DocContext, at: int) -> list[Agreement]:
    """The document a list names by "one" and what it is about; a sum that opens its topic is its value."""
    m = _ONE_ITEM.match(sc.text, at)
    if m is None:
        return []
    start, amount = m.end(), None
    money = next((q for q in sc.money if sc.local(q.start) - start in (0, 1)), None)
    if money is not None:
        amount = Quantity(value=money.value, currency=money.currency)
        of = _SUM_OF.match(sc.text, sc.local(money.end))
        start = of.end() if of else sc.local(money.end)
    subject, _ = phrase_after(sc.text, start, max_words=14)
    counted = [(n.start(), kind) for kind, regex in cues().agreement_nouns.present(sc.text[:at])
               for n in regex.finditer(sc.text, 0, at)]
    return [Agreement(kind=max(counted)[1] if counted else "agreement", count=1, parties=fact_parties(sc, doc), subject=subject or None,
                      amount=amount, evidence=sc.span())] if subject else []


def _leads_list(sc: SentenceContext) -> bool:
    """A line announcing a list of signed documents ("The following agreements were signed:")."""
    c = cues()
    return (sc.text.endswith(":") and c.any_agreement_noun.search(sc.text) is not None
            and (_sign_verb(sc.text) is not None or c.list_leads.search(sc.text) is not None)
            and not c.plan_cues.search(sc.text))


def _leads_lines(sc: SentenceContext, after: SentenceContext | None, doc: DocContext) -> bool:
    """A paragraph that reports documents signed and ends in a full stop ("… oversaw the signing of
    bilateral documents.") leads a list when the line after it names a document and ends as a list
    line does (a comma, a semicolon or nothing), not as a sentence of a paragraph."""
    c = cues()
    return (sc.text.endswith(".") and after is not None and not after.text.endswith(".")
            and _line_start(doc, after) and c.any_agreement_noun.search(sc.text) is not None
            and (_sign_verb(sc.text) is not None or c.list_leads.search(sc.text) is not None)
            and not c.plan_cues.search(sc.text) and _list_item(after, doc) is not None)


def _line_start(doc: DocContext, sc: SentenceContext) -> bool:
    """Whether the sentence begins a line: list items do, a second sentence inside an item does not."""
    before = doc.text[:sc.start].rstrip(" \t")
    return not before or before.endswith("\n")


def _list_item(sc: SentenceContext, doc: DocContext) -> Agreement | None:
    """One listed document ("- Memorandum between the ministries of health on …"), typed by its head
    noun; a bulleted line without one is still a document (kind other), an unmarked line needs one."""
    bullet = _BULLET.match(sc.text)
    body = sc.text[bullet.end() if bullet else 0:].rstrip(" ;,.")
    head = cues().any_agreement_noun.search(body)
    if head is not None and (len(body[:head.start()].split()) > 3
                             or (bullet is None and _PREPOSITION.search(body, 0, head.start()))):
        head = None  # "In the Joint Declaration, the sides …": a sentence about a document, not a line naming one
    if not body or (bullet is None and (head is None or _CLAUSE_VERB.search(body))):
        return None
    kind = next((k for k, regex in cues().agreement_nouns.present(head.group(0)) if regex.match(head.group(0))),
                "other") if head else "other"
    return Agreement(kind=kind, count=_count(head, None) if head else 1, parties=fact_parties(sc, doc),
                     subject=_item_subject(body, head), evidence=sc.span())


# quotation marks around a title inside a listed document's name: no end of its topic
_TITLE_QUOTES = re.compile(r"[“”\"«»]")
_ITEM_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.IGNORECASE)
# "of the Republic of Tajikistan": a signatory's official country name, which the parties already say
_OF_REPUBLIC = re.compile(r"\s+of\s+the\s+(?:[\w’'-]+\s+){0,2}Republic\s+of\s+(?:the\s+)?[A-Z][\w’'-]+|\s*\([^()]*\)")


def _item_subject(body: str, head: re.Match[str] | None) -> str:
    """What a listed document is about: the words after its "on/for/to" to the item's end, else the
    item's words. A line names one document, so its "between X and the Y", its commas and its quoted
    titles end no phrase, as they would in running text; official country names and asides say nothing."""
    lead = _ITEM_TOPIC.search(body, head.end()) if head else None
    if lead:
        words = _OF_REPUBLIC.sub("", _TITLE_QUOTES.sub("", body[lead.end():])).split()
        phrase = _ITEM_ARTICLE.sub("", " ".join(words[:20]))
        if phrase and not _WHEN.match(phrase):
            return phrase.rstrip(" ,;")
    return " ".join(re.sub(r"^(?:the|an?)\s+", "", body, flags=re.IGNORECASE).split()[:14])


@per_document  # asked of one sentence by several rules
def _sign_verb(text: str) -> re.Match[str] | None:
    """The first signing cue that no negation covers ("we have not yet signed contracts" signs nothing)."""
    negated = [(m.start(), m.end()) for m in cues().sign_not.finditer(text)]
    return next((m for m in cues().sign_verbs.finditer(text)
                 if not any(s <= m.start() < e for s, e in negated)), None)


# "17 memorandum of understanding": a number before a noun left singular still counts the documents
_BARE_NUMBER = re.compile(r"(?<![\w$.,])(?P<num>[2-9]|[1-9]\d{1,2})\s+$")


def _count_for(sc: SentenceContext, noun: re.Match[str]) -> Counted | None:
    """The counted quantity whose noun is this agreement noun ("two memorandums of understanding")."""
    for q in sc.counts:
        if noun.start() <= sc.local(q.end) <= noun.end():
            return q
    bare = _BARE_NUMBER.search(sc.text, max(0, noun.start() - 5), noun.start())
    if bare is not None:
        return Counted(float(bare.group("num")), "count", sc.sentence.start + bare.start(), sc.sentence.start + noun.end())
    return None


# "an MoU and a detailed roadmap": a second singular noun with its own article, right after the first
_AND_ANOTHER = re.compile(r"\)?\s*(?:\([^)]{0,30}\)\s*)?and\s+an?\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
# "an agreement on …, as well as a memorandum on …": "as well as" with an article adds a document
_AS_WELL_AS = re.compile(r",?\s+as well as\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)


# "a programme for …, an agreement on …": a list item after a comma, with its article and a topic of its own
_COMMA_ANOTHER = re.compile(r",\s+(?:and\s+)?an?\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
# a topic of its own: "on …", "between …", "in the field of …", "in the legal field", "in education, …"
_OWN_TOPIC = re.compile(r"\s+(?:on|between|regarding|concerning|in the (?:fields?|areas?|spheres?) of"
                        r"|in\s+(?:the\s+)?(?-i:[a-z]+)\s+(?:field|area|sphere|sector)s?\b"
                        r"|in\s+(?-i:[a-z]+)(?:,|\s+and\b))\s", re.IGNORECASE)


def _separate(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """A second document named on its own ("the declaration … and the comprehensive program …")."""
    between = text[first.end():second.start()]
    return ((len(between) > 15 and re.search(r"\band the\b", between) is not None)
            or _AND_ANOTHER.fullmatch(between) is not None or _AS_WELL_AS.search(between) is not None
            or (_COMMA_ANOTHER.search(between) is not None and _OWN_TOPIC.match(text, second.end()) is not None)
            or _own_verb(text, first, second))


# "… and adopted the programme": a second verb's object, one document with its own article
_OWN_OBJECT = re.compile(r"\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?$", re.IGNORECASE)


def _own_verb(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Whether the second document is the object of a signing verb of its own ("signed a joint statement
    and adopted the programme", "after the signing of the MoUs, the leaders also signed a declaration"):
    a second clause, so a second document, not more words about the first. An uncounted plural there
    ("then signed several MoUs") is left to the package checks: reports often retell a package so."""
    return any(_OWN_OBJECT.fullmatch(text, v.end(), second.start())
               for v in cues().sign_verbs.finditer(text, first.end(), second.end()) if v.end() <= second.start())


def _count(noun: re.Match[str], count_q: Counted | None) -> int | None:
    if count_q is not None:
        return None if count_q.qualifier in _QUALIFIED else int(count_q.value)
    # "memorandums of understanding": the head word's number, or the last one's ("memorandum of understandings")
    words = noun.group(0).lower().split()
    if (words[0].endswith(("ments", "cts", "ums", "oranda", "ous", "ls", "ies", "ds", "maps", "mmes", "ams", "ols"))
            or words[-1] == "understandings"):
        return None  # a plural without a number ("several documents")
    return 1  # "an MoU", "the treaty", "a contract": one document


def _value(sc: SentenceContext) -> Quantity | None:
    """The agreements' total value: the money after "worth" (or "valued at", "for a total of"), or
    right before the document's name ("a $2.4 billion deal"); a figure elsewhere in the sentence is
    what the document is about ("a roadmap to raise trade to $3 billion"), not its value."""
    cued = [m for m in sc.money if _VALUE_CUE.search(sc.text[:sc.local(m.start)])
            or _NOUN_FOR.search(sc.text, max(0, sc.local(m.start) - 40), sc.local(m.start))
            or cues().any_agreement_noun.match(sc.text, sc.local(m.end) + 1)]
    return Quantity(value=cued[0].value, currency=cued[0].currency) if cued else None


def _subject(text: str, noun: re.Match[str], verb: re.Match[str], until: int | None = None) -> tuple[str, bool]:
    """What the document is about, and whether the text states it: the phrase after "on/for/to/
    related to"; else the noun with its modifiers ("trade agreements"), which states nothing new."""
    listed = _fields_of(text[:until], noun.end())
    if listed:
        return listed, True
    stated = _stated_subject(text, noun, until)
    fields = _named_fields(text, noun.end())
    if stated:
        various = _VARIOUS.search(stated)
        return (f"{stated[:various.start()]} in {fields}" if fields and various else _named_purpose(text, noun, stated)), True
    if fields:
        return fields, True
    later = _SUBJECT_LATER.search(text, max(noun.end(), verb.end()), until or len(text))
    if later and later.start() - max(noun.end(), verb.end()) < 220:
        phrase, _ = phrase_after(text, later.end(), max_words=14)
        if len(phrase.split()) >= 2:
            return phrase, True
    return _modified(text, noun), False


_PURPOSE_TO = re.compile(r"\bto\s*$", re.IGNORECASE)
# words before a document's noun that count, date or value it ("seven", "Monday", "million") or sign it
# ("struck a deal"): no part of its name
_NOT_NAME = re.compile(rf"(?:{WORD_NUMBER}|\d[\d.,]*|million|billion|with|other|\w+day)$", re.IGNORECASE)


def _named_purpose(text: str, noun: re.Match[str], stated: str) -> str:
    """A purpose after the document ("a free trade agreement to expand trade") keeps the name its
    modifiers give it: reports call such a document by its name as often as by its aim."""
    lead = _SUBJECT_LEAD.match(text[noun.end():])
    if lead is None or not _PURPOSE_TO.search(lead.group(0)):
        return stated
    words = _modified(text, noun)[:-len(noun.group(0))].split()
    if not words or any(_NOT_NAME.match(w) for w in words) or cues().sign_verbs.search(" ".join(words)):
        return stated
    return f"{' '.join(words)} {noun.group(0)} to {stated}"


_VARIOUS_AREAS = (r"in\s+(?:various|many|several|different|diverse|numerous|multiple|a (?:wide )?(?:number|range|"
                  r"variety) of)\s+(?:areas|fields|sectors|spheres|domains)")
_VARIOUS = re.compile(rf"\s+{_VARIOUS_AREAS}$", re.IGNORECASE)
# "in various areas, including (in the fields of) metallurgy and energy": the areas named are the topic
_NAMED_FIELDS = re.compile(rf"\b{_VARIOUS_AREAS},?\s+(?:including|such as|namely)"
                           r"\s+(?:in\s+)?(?:the\s+)?(?:(?:fields?|areas?|sectors?|spheres?)\s+of\s+)?(?P<fields>[^.;:!?]+)",
                           re.IGNORECASE)


# "MoUs in fisheries, mining and culture": lowercase fields in a list ("in total, …" is no field)
_FIELD_LIST = r"(?!total|addition|particular|general|turn|return|short|fact)[a-z]+(?:,|\s+and\s+[a-z])"
# "four MoUs (memoranda) in the fields of health, sport and youth": the fields listed, commas and all
# (a roadmap "for (the) cooperation between A and B in the field(s) of …": cooperation in those fields,
# the sides, often two ministries, being its parties and no part of its topic)
_FIELDS_OF = re.compile(r"\s*(?:\([^)]{0,30}\)\s*)?(?:(?:on|for)\s+(?:the\s+)?(?P<cooperation>cooperation)\s+(?:between\s+"
                        r"(?:[\w’'-]+\s+){1,6}?and\s+(?:[\w’'-]+\s+){1,6}?)?)?"
                        rf"in\s+(?:the\s+(?:fields?|areas?|spheres?|sectors?)\s+of\s+|(?=(?-i:{_FIELD_LIST})))"
                        r"(?P<fields>[^.;:!?()]+)", re.IGNORECASE)
# where a clause of its own follows the fields ("…, and the sides agreed", "…, which"), or the
# document's own passive verb ("… in the field of X was signed by …")
_CLAUSE_AFTER = re.compile(r",\s*(?:and\s+)?(?:the|they|he|she|it|we|which|who|while|where|as|during|with)\b"
                           r"|\s+(?:was|were|has been|have been|had been)\b", re.IGNORECASE)


_NEXT_ITEM = re.compile(r",?\s+(?:and\s+|as well as\s+)?an?\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)


def _fields_of(text: str, start: int) -> str | None:
    """The fields a document is said to be "in the fields of", up to a clause of their own, 20 words."""
    m = _FIELDS_OF.match(text, start)
    if m is None:
        return None
    fields = m.group("fields")
    cut = _CLAUSE_AFTER.search(fields)
    fields = _NEXT_ITEM.sub("", fields[:cut.start() if cut else None])  # where the next document's item begins
    fields = " ".join(fields.split()[:20]).rstrip(",")
    return (f"cooperation in {fields}" if m.group("cooperation") else fields) or None


def _named_fields(text: str, start: int) -> str | None:
    """The areas a sentence names for documents said to cover "various areas", up to 20 words."""
    m = _NAMED_FIELDS.search(text, start, start + 300)
    return " ".join(m.group("fields").split()[:20]).rstrip(",") if m else None


def _stated_subject(text: str, noun: re.Match[str], until: int | None = None) -> str | None:
    """The phrase right after the document's "on/for/to/related to" ("an agreement on transit"), up to
    ``until``, where the next listed document begins; after a plural noun, with the topic coordinated
    to it ("agreements on transit and the demarcation of the border"), which may be a document of its own."""
    lead = _SUBJECT_LEAD.match(text[noun.end():])
    if lead:
        phrase, end = phrase_after(text, noun.end() + lead.end(), max_words=14, until=until)
        if phrase and not _WHEN.match(phrase) and not _DURATION.match(phrase):
            if _count(noun, None) is not None:
                return phrase
            more = _AND_THE.match(text, end)
            return f"{phrase} and {phrase_after(text, more.end(), max_words=14, until=until)[0]}" if more \
                else _topics_on(text, phrase, end, until)
    return None


_TOPIC_END = re.compile(r"\s*(?:[,.;]|$)")
_REPORTED = re.compile(r"\b(?:said|says|told|reported|noted|added|stated)\b", re.IGNORECASE)


def _topics_on(text: str, phrase: str, end: int, until: int | None) -> str:
    """"Agreements were signed on a new bridge, equipment for a hospital and food aid": after an uncounted
    plural, the topics that commas go on listing are the documents' topics too, up to a clause."""
    topics = [phrase]
    while (comma := _TOPIC_COMMA.match(text, end)) and text[end] == ",":
        topic, end = phrase_after(text, comma.end(), max_words=14, until=until)
        if (not topic or _CLAUSE_VERB.search(topic) or cues().sign_verbs.search(topic) or len(topics) > 8
                or not _TOPIC_END.match(text, end) or _REPORTED.search(text, comma.end(), end + 30)):
            return phrase  # "…, the ministry said": a clause, no topic
        topics.append(topic)
    return ", ".join(topics[:-1]) + f" and {topics[-1]}" if len(topics) > 1 else phrase


# "and the demarcation of …": a second topic is a noun with its "of" (a clause "and the sides agreed" is not)
_AND_THE = re.compile(r"\s+and\s+(?:on\s+)?(?=the\s+(?:[\w’'-]+\s+){1,2}of\s)", re.IGNORECASE)


# "the Trade and Investment Promotion Framework (TPF) Memorandum": a document's title before its noun
_TITLE = re.compile(r"(?<![\w’'-])(?!The\b)(?:(?:[A-Z][\w’'-]+|\([A-Z]{2,8}\))\s+(?:(?:and|of|for|on)\s+)?){3,10}$")
_TITLE_VERB = re.compile(r"\b(?:Signs?|Signed|Inks?|Seal|Seals|Agree|Agrees|Conclude|Concludes)\b")


def _modified(text: str, noun: re.Match[str]) -> str:
    """The noun with the modifiers before it ("cultural exchange programme"), in its own list item;
    a capitalised noun with three or more capitalised words before it, no country's name, has them as
    its title."""
    before = text[max(0, noun.start() - 120):noun.start()]
    title = _TITLE.search(before) if noun.group(0)[0].isupper() else None
    if title and not _TITLE_VERB.search(title.group(0)) and not _names_country(title.group(0)):
        return f"{title.group(0)}{noun.group(0)}"
    before = before[-40:]
    words = re.findall(r"[\w’'-]+", re.split(r"[,;:()]", before)[-1])[-2:]  # no modifier before a comma
    modifiers = [w for w in words if not _STOP_MODIFIERS.fullmatch(w) and not w.endswith("ed")]
    return " ".join([*modifiers, noun.group(0)])


def _names_country(words: str) -> bool:
    """Whether capitalised words name a country ("… between A and the Islamic Republic of B and Joint
    Statement" is the end of another document's name, not a title)."""
    names = gazetteer().table
    return any(names.get(w, ("", ""))[1] == "name" for w in re.findall(r"\w+", words))


def _is_stated(agreement: Agreement) -> bool:
    """Whether an agreement's subject says more than its own kind ("agreement", "historic document")."""
    return len(_tokens(agreement.subject)) > 1


def _tokens(text: str | None) -> set[str]:
    """Content words: "the" or "between" shared by two subjects does not make them one document."""
    return {w for w in re.findall(r"\w+", (text or "").lower()) if len(w) > 2 and w not in _FUNCTION_WORDS}


def _overlaps(a: str | None, b: str | None) -> bool:
    """Whether two subjects share their content words ("cooperation" alone says nothing, nor the
    documents' noun: "a loan agreement" is not "the second agreement")."""
    ta, tb = _content(a), _content(b)
    return bool(ta and tb) and len(ta & tb) / min(len(ta), len(tb)) >= 0.5


def _content(subject: str | None) -> set[str]:
    """A subject's content words, less vague ones, the document's own noun and countries' names (the
    sides: "a checkpoint on the border of A and B" and "an agreement between A's and B's agencies" share
    no content), and years (two programmes "for 2026-2028" are two)."""
    nouns = {w for m in cues().any_agreement_noun.finditer(subject or "") for w in _tokens(m.group(0))}
    names = gazetteer().table
    sides = {w.lower() for w in re.findall(r"\w+", subject or "") if names.get(w, ("", ""))[1] in ("name", "demonym")}
    return {w for w in _tokens(subject) - nouns - sides - cues().vague if not w.isdigit()}


def _parts(sc: SentenceContext, total: Agreement, regex: re.Pattern[str]) -> list[Agreement]:
    """Counted parts of a total ("Seventeen of these were trade agreements", "including nine for oil")."""
    parts: list[Agreement] = []
    for m in regex.finditer(sc.text):
        n = parse_number(m.group("num"))
        if not n or n != int(n) or (total.count and n >= total.count):
            continue
        noun = m.groupdict().get("noun") or ""
        subject = (m.group("subject") + noun).strip() or None
        parts.append(Agreement(kind=total.kind, count=int(n), parties=total.parties, subject=subject,
                               evidence=sc.span()))
    return parts


def _dedupe(facts: list[Agreement], doc: DocContext) -> list[Agreement]:
    """The same package restated (same value, or same count and kind) is one agreement, stated by
    the mention that gives most (a headline "Agreements worth $140 million" yields to the sentence
    "20 agreements worth $140 million were signed")."""
    out: list[Agreement] = []
    for f in facts:
        twin = next((i for i, g in enumerate(out) if _same(f, g)), None)
        if twin is None:
            out.append(f)
            continue
        richer, other = (f, out[twin]) if _richness(f) > _richness(out[twin]) else (out[twin], f)
        out[twin] = richer.model_copy(update={"count": richer.count or other.count,
                                              "amount": richer.amount or other.amount,
                                              "evidence": doc.prefer(richer.evidence, other.evidence)})
    return out


def _headline_restated(facts: list[Agreement], doc: DocContext, listing: set[tuple[int, ...]]) -> list[Agreement]:
    """A single document a headline names in its own words ("sign pact on airports") that the body
    reports signed (a contract on airport services) is that document, whatever noun each uses; a line
    of a list of documents, short and without a full stop as a headline is, names one of its own."""
    heads = doc.headlines - listing
    body = [f for f in facts if f.evidence not in heads and f.count == 1]
    return [f for f in facts if not (f.evidence in heads and f.count == 1 and f.amount is None and any(
        (_tokens(f.subject) - cues().vague) & (_tokens(b.subject) - cues().vague) for b in body))]


def _richness(a: Agreement) -> int:
    return (a.count is not None) + (a.amount is not None) + _is_stated(a)


def _same(a: Agreement, b: Agreement) -> bool:
    if a.amount and b.amount:
        if a.amount.currency != b.amount.currency:
            return a.count == b.count and a.kind == b.kind
        return abs(a.amount.value - b.amount.value) <= 0.005 * max(a.amount.value, b.amount.value)
    if a.amount or b.amount:
        return bool(a.count and a.count == b.count and a.count > 1)
    if a.kind != b.kind or a.count != b.count:
        return False
    if _overlaps(a.subject, b.subject):
        return True
    if a.count is None and _is_stated(a) and _is_stated(b) and a.evidence != b.evidence:
        return False  # "agreements on culture" and, elsewhere, "agreements with the national fund": two packages
    return (a.count or 0) > 1 or not (a.subject and b.subject) or a.count is None
