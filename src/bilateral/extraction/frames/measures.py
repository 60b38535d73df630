"""Targets (goals: "raise trade to $3 billion by 2030") and indicators (measurements: "trade reached
$545.2 million in 2024", "a 32% increase", "400 exhibitors", "a 115km line").

A figure is a target when a goal cue governs it, else an indicator when a metric word names it;
a figure that only restates a commitment or agreement value is neither (the caller passes those).
"""

from __future__ import annotations

import re
from functools import cache

from bilateral.extraction.context import DocContext, SentenceContext
from bilateral.extraction.cues import cues
from bilateral.extraction.dates import DateMention
from bilateral.extraction.frames.common import fact_parties
from bilateral.extraction.lexicon import lexicon
from bilateral.extraction.memo import per_document
from bilateral.extraction.numbers import DIGIT_NUMBER, SCALE, clean, parse_number, scale_of
from bilateral.facts.models import Indicator, Quantity, Target

_BY_YEAR = re.compile(r"\b(?:by|until|till|before|in)\s+(?:the end of\s+)?((?:20)\d\d)\b", re.IGNORECASE)
_GOAL_NEAR = 110  # a goal cue governs a figure at most this far ahead
_PERIOD_NEAR = 80
_FUTURE = re.compile(r"\b(?:will|to be|would|shall|planned|expected to|annually|per year|a year)\b", re.IGNORECASE)
_PAST_CARGO = re.compile(r"\b(?:delivered|shipped|dispatched|transported|exported|imported|sent|moved|"
                         r"consumes|accounts? for|"
                         r"(?:visit|mission|trip|tour)\s+(?:also\s+)?included)\b", re.IGNORECASE)
_SHARE_AFTER = re.compile(r"^\s*(?:of\b|share\b)", re.IGNORECASE)
# "… or 15%", "its share in the country's trade was 26 percent": a share, not a change
_SHARE_BEFORE = re.compile(r"\b(?:accounts? for|accounting for|comprised?|makes? up|share of|or|"
                           r"share\b[^.;%\d]{0,50}?\b(?:was|is|stood at|reached|amounted to|totall?ed))"
                           r"\s*(?:about|around|nearly|some|over|more than|almost)?\s*$", re.IGNORECASE)
_TRADE_WORDS = re.compile(r"\b(?:trade|turnover|exports?|imports?|shipments?|supplies|volume|sales|deliveries)\b",
                          re.IGNORECASE)
_BY_AMOUNT = re.compile(r"\bby\s*(?:about|around|nearly|over|some)?\s*$", re.IGNORECASE)
_OF_WHICH = re.compile(r"^[^.;]{0,12}?\b(?:falls? on|accounts? for|went to|goes to|comes? from|were|was)\b|"
                       r"^\s+(?:worth\s+)?of\s+(?:[A-Z]\w+\s+)?(?=exports?|imports?)", re.IGNORECASE)
_YEAR_EARLIER = re.compile(r"^,?\s*(?:a year earlier|the year before|in the previous year|a year ago)\b", re.IGNORECASE)
# "contracts worth $44 million"; not "an agreement to raise trade to $5 billion", which sets a target
_AGREEMENT_BEFORE = re.compile(r"\b(?:agreements?|contracts?|deals?|memorand\w*|MoUs?|documents)\b"
                               r"(?:(?!\bto\s+(?:raise|increase|boost|bring|reach|double|lift|take)\b)[^.;]){0,60}$",
                               re.IGNORECASE)
_AGREEMENT_AFTER = re.compile(r"^[^.;]{0,25}\b(?:agreements?|contracts?|deals?)\b", re.IGNORECASE)
# "projects worth $2 billion were signed": the value of what was signed, which the agreement carries
_SIGNED_AFTER = re.compile(r"[^.;,]{0,20}?\b(?:was|were|ha(?:s|ve|d) been)\s+signed\b", re.IGNORECASE)
_COMPARED = re.compile(r"\b(?:compared (?:to|with)|against|versus|vs\.?|up from|down from|from)\s+(?:about|around|some)?\s*$",
                       re.IGNORECASE)
# "to increase trade from $150 million (in 2023) to …", "to $1 billion, from the existing $380 million": the
# level a goal starts from is a measurement, not the goal
_FROM_LEVEL = re.compile(r"\bfrom\s+(?:the\s+)?(?:existing|current|present|today[’']s)?\s*(?:(?:level|figure|volume)\s+of\s+)?"
                         r"(?:just\s+)?(?:about|around|nearly|some|over|under|more than|less than)?\s*$", re.IGNORECASE)
_DEAL_NOUN_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}(?:agreements?|contracts?|deals?)\b", re.IGNORECASE)  # "$200m trade deals"
_STAKE = re.compile(r"^\s*(?:partner|stake|share(?:holder)?|owner(?:ship)?)\b", re.IGNORECASE)
_TO_LEVEL = re.compile(r"\bto\s*(?:about|around|nearly|over|some)?\s*$", re.IGNORECASE)
# "a council which will include 18 companies": members planned, not participants counted
_WILL_INCLUDE = re.compile(r"\b(?:will|would|to)\s+(?:\w+\s+)?(?:include|comprise|bring together|involve)\s+"
                           r"(?:about|around|nearly|over|some|up to)?\s*$", re.IGNORECASE)
_CONSUMPTION = re.compile(r"\bconsum\w*", re.IGNORECASE)
# "a deal to purchase 350,000 tons": a volume still to be moved under the deal, whatever else the sentence says
_PROMISED_VOLUME = re.compile(r"\bto\s+(?:purchase|buy|import|supply|deliver|export|ship|transport)\s+"
                              r"(?:(?:about|around|nearly|over|some|up to|at least)\s+)?$", re.IGNORECASE)
# "a deposit that holds 2 million tonnes of zinc": what lies in the ground is neither moved nor promised
_RESERVES = re.compile(r"\b(?:holds?|holding|contains?|reserves?|deposits?)\b[^.;\d]{0,25}$", re.IGNORECASE)
# "the mill can process 200,000 tons a year": a plant's capacity is a projected effect, not cargo
_CAPACITY = re.compile(r"\b(?:capacity\s+(?:of|to\s+\w+)|(?:can|could|able\s+to|designed\s+to)\s+"
                       r"(?:process|produce|handle|store|manufacture))\s+(?:up\s+to\s+|about\s+|around\s+)?$",
                       re.IGNORECASE)
# "one million tons each of petrol and diesel": the volume once per good listed
_EACH_OF = re.compile(r"\s+each\s+of\s+([^,;.]+)", re.IGNORECASE)
_ITEM_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
# The figure a projected effect counts, right before its noun ("1.65 million households", "5,000 new jobs")
_WORD_EDGE = re.compile(r"(?![\w-])")
_EFFECT_FIGURE = re.compile(rf"(?<![\w.,])(?P<num>{DIGIT_NUMBER})(?:\s?(?P<scale>{SCALE}))?\s+"
                            r"(?:(?!tons?\b|tonnes?\b|of\b)[\w-]+\s+){0,2}$", re.IGNORECASE)


def measures(doc: DocContext, stated: set[float]) -> tuple[list[Target], list[Indicator]]:
    """Targets and indicators of a document; ``stated`` holds the values of its commitments and
    agreements, which a figure restating them is not."""
    targets: list[Target] = []
    indicators: list[Indicator] = []
    per_good: list[Target] = []  # further copies of a volume stated "each of" several goods: not restatements
    effects = [m.start() for m in _effect_nouns().finditer(doc.text)]  # one scan: most reports name none
    carried: str | None = None  # the year a paragraph's figures refer to ("In 2022, … Imports were …")
    for i, sc in enumerate(doc.sentences):
        if (sc.dates and ("(" not in sc.text or any(_aside(sc, sc.local(d.start)) is None for d in sc.dates))) or (i and "\n\n" in doc.text[doc.sentences[i - 1].sentence.end:sc.start]):
            carried = None  # a sentence that dates itself (even "this year"; not just an aside) does not inherit
        carried = _sentence_year(sc) or (None if ("ear" in sc.text or "EAR" in sc.text) and _UNRESOLVED_YEAR.search(sc.text) else carried)
        parties = fact_parties(sc, doc)
        start = len(indicators)
        for money in sc.money:
            at = sc.local(money.start)
            revenue = _projected_revenue(sc.text, at, sc.local(money.end))  # "a contract that could bring in …"
            if money.value in stated or (not revenue and (_is_deal_value(sc.text, at, sc.local(money.end)) or
                                                          _is_pledged(sc.text, at, sc.local(money.end)))):
                continue
            if _BY_AMOUNT.search(sc.text[:at]):
                continue  # "increase exports by $550 million": a change promised, not a level
            q = Quantity(value=money.value, unit=money.currency)
            metric, is_goal = _metric(sc, at, sc.local(money.end))
            is_goal = (is_goal and not _aside_level(sc, at)) or _deadline_ahead(sc, doc, sc.local(money.end))
            if revenue:
                metric, is_goal = "other", True  # facts.md: a projected yearly revenue is an effect
            elif is_goal and _FROM_LEVEL.search(sc.text, max(0, at - 40), at):
                metric, is_goal = metric or "trade_turnover", False  # "raise trade from $150 million to …"
            if _COMPARED.search(sc.text[max(0, at - 30):at]) and indicators and indicators[-1].evidence == sc.span():
                metric = indicators[-1].metric  # "…totaled $461.4 million, compared to $371.8 million in 2023"
            elif metric is None and not is_goal and (_aside(sc, at) is not None or _SAME_MEASURE.search(sc.text, 0, at)):
                metric = _restated_metric(indicators, doc, i)  # "It grew by 24% ($371.8 million in 2023)"
            if is_goal:
                metric = metric or "trade_turnover"  # "increase this figure to $2 billion"
                targets.append(Target(metric=_target_metric(metric), value=q, year=_year(sc, doc, money.end),
                                      parties=parties, evidence=sc.span()))
            elif metric is not None and not _other_whole(sc.text, at):
                indicators.append(Indicator(metric=metric, value=q, period=_period(sc, doc, money.start),
                                            parties=parties, evidence=sc.span()))
        indicators.extend(_percent_indicators(sc, doc, parties))
        indicators.extend(_count_indicators(sc, doc, parties))
        cargo_targets, cargo_indicators, each = _tonnes(sc, doc, parties)
        targets.extend(cargo_targets)
        per_good.extend(each)
        if effects and any(sc.start <= at < sc.sentence.end for at in effects):
            targets.extend(_effects(sc, parties))
        if "employ" in sc.text:
            targets.extend(_staff_to_employ(sc, parties))
        indicators.extend(cargo_indicators)
        indicators.extend(Indicator(metric="length", value=Quantity(value=k.value, unit="km"), parties=parties,
                                    evidence=sc.span()) for k in sc.km)
        for j in range(start, len(indicators)):
            if indicators[j].period is None and indicators[j].metric not in ("length", "cost", "participants") \
                    and not _stock_of_no_year(indicators[j], sc) and carried and not _UNRESOLVED_YEAR.search(sc.text) and not _since(sc) \
                    and not _over_years(sc):
                indicators[j] = indicators[j].model_copy(update={"period": carried})
            if indicators[j].metric == "participants":
                indicators[j] = indicators[j].model_copy(update={"period": _event_year(doc, i)})
    return _unique(targets, doc) + per_good, _unique(indicators, doc)


# "this figure amounted to $1.2 billion": the level the sentence before reported, in a new period
_SAME_MEASURE = re.compile(r"\b(?:this|that|the same|the said)\s+(?:figure|indicator|index|volume|number)\b", re.IGNORECASE)


_BASELINE = re.compile(r"\b(?:since|from|compared (?:to|with)|than(?: in)?|figures? (?:for|of)|over|versus|vs\.?|"
                       r"same period (?:of|in)|relative to)\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)


# "this year" where no publication date resolves it: the sentence names its own (unknown) year.
_UNRESOLVED_YEAR = re.compile(r"\b(?:this|last|next|previous|past|current) year\b", re.IGNORECASE)


def _periods(sc: SentenceContext, aside: tuple[int, int] | None = None) -> list[DateMention]:
    """Years a sentence's figures can refer to: not baselines ("since 2005", "doubling the figures
    for 2021", "compared to the previous year"), nor the day a statement was made ("said on Tuesday");
    a year in parentheses dates only the figures beside it there (``aside``, where the figure is)."""
    bracketed = "(" in sc.text
    return [d for d in sc.dates if not (d.relative and len(d.value) == 10) and not d.reported
            and not _is_baseline(sc, d)
            and (_aside(sc, sc.local(d.start)) == aside if bracketed else aside is None)]


# "over the past year": the period itself, where "over 2022" is the year compared with
_OVER_THE_PAST = re.compile(r"\bover\s+(?:the\s+)?$", re.IGNORECASE)
_PAST_SPAN = re.compile(r"(?:the\s+)?(?:last|past)\b", re.IGNORECASE)


def _is_baseline(sc: SentenceContext, d: DateMention) -> bool:
    before = sc.text[max(0, sc.local(d.start) - 30):sc.local(d.start)]
    if _OVER_THE_PAST.search(before) and _PAST_SPAN.match(sc.text, sc.local(d.start)):
        return False
    return _BASELINE.search(before) is not None or _SAME_PERIOD.search(before) is not None


# "up 21% on the corresponding period last year": the year compared with; the figure is of the year after
_SAME_PERIOD = re.compile(r"\b(?:same|corresponding|comparable|analogous)\s+period\s+(?:(?:of|in)\s+)?(?:the\s+)?$",
                          re.IGNORECASE)


def _after_same_period(sc: SentenceContext) -> str | None:
    """The year after the one a same-period comparison names, which the sentence's figures are of."""
    if "period" not in sc.text:
        return None
    years = {int(d.value[:4]) + 1 for d in sc.dates
             if _SAME_PERIOD.search(sc.text, max(0, sc.local(d.start) - 40), sc.local(d.start))}
    return str(years.pop()) if len(years) == 1 else None


_ASIDE = re.compile(r"\([^()]{3,120}\)")


def _aside(sc: SentenceContext, at: int) -> tuple[int, int] | None:
    """The parentheses that offset ``at`` lies in, if any (a baseline or a gloss set aside)."""
    if "(" not in sc.text:
        return None
    return next((span for span in _asides(sc.text) if span[0] < at < span[1]), None)


@per_document
def _asides(text: str) -> tuple[tuple[int, int], ...]:
    """The parenthesised spans of a sentence (cached: every figure and date asks)."""
    return tuple(m.span() for m in _ASIDE.finditer(text))


def _restated_metric(indicators: list[Indicator], doc: DocContext, i: int) -> str | None:
    """The metric of the last level this sentence or the one before reported: what a figure in
    parentheses beside it compares ("This indicator grew 24% ($371.8 million in 2023)")."""
    spans = {doc.sentences[j].span() for j in range(max(0, i - 1), i + 1)}
    last = next((f for f in reversed(indicators) if f.metric not in ("growth", "other")), None)
    return last.metric if last is not None and last.evidence in spans else None


def _sentence_year(sc: SentenceContext) -> str | None:
    years = {d.value[:4] for d in _periods(sc)}
    return years.pop() if len(years) == 1 else None


def _stock_of_no_year(fact: Indicator, sc: SentenceContext) -> bool:
    """A count of firms at work that its clause leaves undated: a standing number, which takes no year
    from another clause or an earlier sentence when it is a count of the present ("today 300 firms")."""
    return fact.metric == "other" and fact.value.unit == "count" and \
        (_NOW.search(sc.text) is not None or _sentence_year(sc) is not None)


# "today 300 firms work here": a count of the present, of no year an earlier sentence gave
_NOW = re.compile(r"\b(?:today|currently|at present|presently|now)\b", re.IGNORECASE)
# "…, although in 2015 there were only 20": a year of another clause dates another count
_OTHER_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|(?:al)?though)\s|;")


def _stock_year(sc: SentenceContext, at: int) -> str | None:
    """The year of a count of firms: the nearest its own clause states ("as of July 1, 2023, there are
    204 firms")."""
    here = sc.local(at)
    own = [d for d in _periods(sc, _aside(sc, here))
           if not _OTHER_CLAUSE.search(sc.text, min(here, sc.local(d.start)), max(here, sc.local(d.start)))]
    return min(own, key=lambda d: _distance(d, at)).value[:4] if own else None


def _event_year(doc: DocContext, i: int) -> str | None:
    """The year of the engagement a head count belongs to: a full date in its sentence or the one before."""
    for sc in doc.sentences[max(0, i - 1):i + 1]:
        for d in sc.dates:
            if len(d.value) == 10 and not d.reported:
                return d.value[:4]
    return None


def _is_deal_value(text: str, start: int, end: int) -> bool:
    """"contracts worth $44 million", "the agreements, worth over $200 million", "$200 million trade deals": a
    deal's value."""
    return _AGREEMENT_BEFORE.search(text[max(0, start - 60):start]) is not None or \
        (_AGREEMENT_AFTER.search(text[end:end + 30]) is not None and "worth" in text[max(0, start - 15):start]) or \
        _DEAL_NOUN_AFTER.match(text, end) is not None or \
        ("signed" in text and _SIGNED_AFTER.match(text, end) is not None)


# "decided to provide Kyrgyzstan with … 50 million yuan", "a $1-billion line of credit": a sum given or lent,
# which the commitment carries, not a measurement
_GIVEN_BEFORE = re.compile(r"\b(?:to|will|would|shall)\s+(?:\w+\s+)?(?:provide|allocate|grant|give|donate|extend|disburse|"
                           r"lend|earmark|offer)\b[^.;]{0,100}$", re.IGNORECASE)
_LENT_AFTER = re.compile(r"[\s-]*(?:[\w-]+\s+)?(?:lines? of credit|credit lines?|loans?|grants?)\b", re.IGNORECASE)


# "agreements were reached on new projects worth $9 billion": the value of what was agreed in talks
_AGREED_ON = re.compile(r"\b(?:agreements?\s+(?:was|were|has been|have been)\s+reached|reached\s+(?:an?\s+)?agreements?)"
                        r"\s+(?:on|for|regarding|concerning)\b[^.;]{0,160}$", re.IGNORECASE)


def _is_pledged(text: str, start: int, end: int) -> bool:
    return (_GIVEN_BEFORE.search(text, max(0, start - 130), start) is not None or _LENT_AFTER.match(text, end) is not None
            or _AGREED_ON.search(text, max(0, start - 220), start) is not None)


def _metric(sc: SentenceContext, at: int, end: int) -> tuple[str | None, bool]:
    """The metric word nearest before the figure (else after it, or the one an "of which … falls on"
    names) and whether a goal cue governs it."""
    text = sc.text
    goal = _goal_cue(text, at) or \
        re.match(r"^[\s-]*(?:[\w-]+\s){0,3}?(?:target|goal)\b", text[end:end + 40]) is not None
    if _OF_WHICH.match(text[end:]):
        after = text[end:end + 60]
        named = [(m.start(), metric) for metric, regex in cues().metrics.items() for m in regex.finditer(after)]
        if named:
            return min(named)[1], goal
    best: tuple[int, str] | None = None
    for metric, regex in cues().metrics.present(text):
        for m in regex.finditer(text):
            distance = at - m.end() if m.end() <= at else (m.start() - at) * 3
            if metric == "cost":
                distance += 40  # "exports worth $375 million": the trade word names the figure
            if distance > 160:
                continue
            if best is None or distance < best[0]:
                best = (distance, metric)
    if best is not None and best[1] == "cost":
        return _valued_flow(text, at) or "cost", goal
    return (best[1] if best else None), goal


_UP_TO = re.compile(r"up to\s", re.IGNORECASE)
# "trade to be reached $10 billion by 2030": a level set for a year still ahead is a goal, whatever the verb
_DEADLINE = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:by|until|till|before)\s+(?:the end of\s+)?(20\d\d)\b", re.IGNORECASE)


def _deadline_ahead(sc: SentenceContext, doc: DocContext, end: int) -> bool:
    """Whether a figure is given a deadline after the report's date ("… $5 billion by 2030"); a level
    reached "by 2020" in a later report is a measurement, and without a date the year proves nothing."""
    m = _DEADLINE.match(sc.text, end)
    if m is None or doc.published is None or int(m.group(1)) <= doc.published.year:
        return False
    clause = max(sc.text.rfind(",", 0, end), sc.text.rfind(";", 0, end), end - 60, 0)
    return not any(_reached(sc.text, p.start()) for p in _PAST_RISE_WORD.finditer(sc.text, clause, end))


def _goal_cue(text: str, at: int) -> bool:
    """Whether a goal cue ends right before the figure; after a past one ("reached an agreement to
    raise trade to"), a cue that begins inside it still counts, so matches may overlap. A figure
    qualified "up to" begins with the words that end the cue ("increase trade up to $5 billion")."""
    pos = 0
    limit = at + (7 if _UP_TO.match(text, at) else 2)
    while (m := cues().target_cues.search(text, pos)) is not None and m.start() < at:
        if at - _GOAL_NEAR <= m.end() <= limit and not _reached(text, m.start()):
            return True
        pos = m.start() + 1 if _reached(text, m.start()) else m.end()
    return False


_FLOWS = ("trade_turnover", "exports", "imports")


def _valued_flow(text: str, at: int) -> str | None:
    """The trade flow a valuation in the same clause measures ("two-way trade between A and B over ten
    months was valued at $35 million"); a bare "trade" may name a project ("a trade hub worth …")."""
    clause_start = max(text.rfind(",", 0, at), text.rfind(";", 0, at), at - 160) + 1
    flows = [(m.start(), metric) for metric in _FLOWS for m in cues().metrics[metric].finditer(text, clause_start, at)
             if " " in m.group(0) or metric != "trade_turnover"]
    return max(flows)[1] if flows else None


# "grew by 20% to $13.6 billion", "has been raised to": a level the figure already is, in a past form of
# the verb that a goal cue would otherwise read as "increase to"; "should be raised to" is still a goal.
_PAST_RISE = re.compile(r"(?:(?:increas|rais|boost|elevat|escalat|expand|doubl|lift|reach)ed|grew|grown|brought|took|taken)\b",
                        re.IGNORECASE)
_PAST_RISE_WORD = re.compile(rf"\b{_PAST_RISE.pattern}", re.IGNORECASE)
_STILL_TO_COME = re.compile(r"\b(?:to|will|would|shall|should|could|can|may|might|must|expected|planned)\s+"
                            r"(?:\w+\s+){0,2}$", re.IGNORECASE)


# "with exports increasing by 30% to $170 million": a flow noun with its participle states a level, where
# "increasing exports to" (verb, then object) sets a goal
_FLOW_RISING = re.compile(r"(?:trade|turnover|exports|imports|volume)\s+(?:increas|ris|grow|climb)ing\b", re.IGNORECASE)


# "exports to Turkey have reached": a perfect tense (not "will have", "to have") states a level already reached,
# whatever "to" stands a few words before it
_PERFECT = re.compile(r"(?<!\bwill )(?<!\bwould )(?<!\bshould )(?<!\bcould )(?<!\bmust )(?<!\bmay )(?<!\bto )"
                      r"\b(?:has|have|had)\s+(?:already\s+|now\s+)?$", re.IGNORECASE)


# "recorded an increase of 22% to …", "reflecting a 40 percent rise to …": the noun of a change a report has
# measured, where "an increase of trade to $1 billion is planned" still names a goal
_RECORDED_CHANGE = re.compile(r"\b(?:recorded|registered|witnessed|saw|showed|posted|logged|experienced|marked|"
                              r"reflect(?:ed|ing)|show(?:ing|n))\s+(?:an?|the)\s+(?:[\w.-]+\s+){0,3}$", re.IGNORECASE)


def _reached(text: str, cue_at: int) -> bool:
    if (m := _FLOW_RISING.search(text, max(0, cue_at - 12), cue_at + 12)) is not None and m.end() > cue_at:
        return True
    if _RECORDED_CHANGE.search(text, max(0, cue_at - 50), cue_at) is not None:
        return True
    if _PAST_RISE.match(text, cue_at) is None:
        return False
    before = text[max(0, cue_at - 40):cue_at]
    return _PERFECT.search(before) is not None or not _STILL_TO_COME.search(before)


_REVENUE = re.compile(r"\b(?:revenues?|income|earnings|proceeds|transit fees)\b[^.;$]{0,50}$", re.IGNORECASE)
_PROJECTED = re.compile(r"\b(?:will|would|could|is expected to|are expected to|projected|forecast|estimated to|set to)\b",
                        re.IGNORECASE)


# "$90 million a year in transit fees", "$90 million annually to the state's revenues": the yearly sum named first
_YEARLY_REVENUE = re.compile(r"\s*(?:a|per|each|every)\s+year\b|\s*annually\b|\s*per annum\b", re.IGNORECASE)
_REVENUE_AHEAD = re.compile(r"[^.;$\d]{0,30}?\b(?:revenues?|income|earnings|proceeds|fees)\b", re.IGNORECASE)


def _projected_revenue(text: str, at: int, end: int) -> bool:
    """ "the country's revenue from transit will be $400 million a year", "the mine could earn $90 million a
    year in fees": a projected effect of a project."""
    before = text[max(0, at - 60):at]
    yearly = _YEARLY_REVENUE.match(text, end)
    named = _REVENUE.search(before) is not None or (yearly is not None and
                                                     _REVENUE_AHEAD.match(text, yearly.end()) is not None)
    return named and _PROJECTED.search(text) is not None


def _target_metric(metric: str) -> str:
    return metric if metric in ("trade_turnover", "exports", "imports", "investment", "cargo") else "other"


# "by the end of this year": the deadline is the publication year
_BY_THIS_YEAR = re.compile(r"\b(?:by|until|till|before|in)\s+(?:(?:the end of\s+)?(?:this|the current) year\b|the year[- ]end\b|"
                           r"the end of the year\b)",
                           re.IGNORECASE)


def _aside_level(sc: SentenceContext, at: int) -> bool:
    """Whether a figure stands in parentheses with no goal cue of its own there ("… to $3 billion (trade in
    2007 was $2.4 billion)"): a level set aside beside the goal, not governed by the cue before it."""
    aside = _aside(sc, at)
    return aside is not None and cues().target_cues.search(sc.text, aside[0], at) is None


def _year(sc: SentenceContext, doc: DocContext, after: int) -> str | None:
    m = _BY_YEAR.search(sc.text, max(0, sc.local(after) - 5))
    if m and _aside(sc, m.start(1)) not in (None, _aside(sc, sc.local(after) - 1)):
        m = None  # "to $3 billion (trade in 2007 was …)": the year of a level set aside, not the deadline
    if m and m.start() - sc.local(after) < 60:
        return m.group(1)
    this = _BY_THIS_YEAR.search(sc.text, max(0, sc.local(after) - 5))
    if doc.published and ((this and this.start() - sc.local(after) < 60)
                          or (m is None and _BY_THIS_YEAR.search(sc.text, 0, sc.local(after)))):
        return str(doc.published.year)  # "by the end of the year, trade should reach …": the deadline may come first
    return None


def _period(sc: SentenceContext, doc: DocContext, at: int, change: bool = False) -> str | None:
    """The year a figure refers to: the nearest year the sentence states (explicit or "last year");
    "$474.3 million a year earlier" is the year before the sentence's year. A ``change`` (a percent or
    a multiple) measured "over the past five years" in its clause is of no one year."""
    periods = _periods(sc, _aside(sc, sc.local(at)))
    end = _figure_end(sc, at)
    if end is not None and _YEAR_EARLIER.match(sc.text[sc.local(end):]):
        year = _sentence_year(sc)
        return str(int(year) - 1) if year else None
    near = [d for d in periods if abs(d.start - at) <= _PERIOD_NEAR or abs(d.end - at) <= _PERIOD_NEAR]
    # a year or month over a day ("whose visit began on Nov. 19, hailed a 9% rise last year"): a day dates a deed
    near = [d for d in near if len(d.value) < 10] or near
    if end is not None:  # "last year trade reached $1.5 billion, and this year …": not the next clause's year
        near = [d for d in near if d.start < at or not _NEXT_CLAUSE.search(doc.text, end, d.start)] or near
    best = min(near, key=lambda d: (_distance(d, at, end), d.start < at)) if near else None  # a tie: the year after
    if any(_distance(d, at) <= (_distance(best, at) if best else _PERIOD_NEAR) for d in _since(sc)):
        return None  # "$350 million since 2005", "from 2007 to 2023 …": a sum over the years, of no one year
    if _over_years_nearer(sc, at, best or min(periods, key=lambda d: _distance(d, at), default=None), change):
        return None  # "doubled over the past six years to $1 billion in 2023": the change spans the years
    return best.value[:4] if best else _sentence_year(sc) or _after_same_period(sc)


# "over the past five years", "during the last 20 years", "in the previous decade"; not "a record for the last
# ten years" (a level compared with the years before)
_OVER_YEARS = re.compile(r"\b(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?:[\w-]+\s+)?(?:years|decades?)\b",
                         re.IGNORECASE)


def _over_years(sc: SentenceContext) -> list[tuple[int, int]]:
    """Where the sentence measures over a span of several years back from now."""
    if "years" not in sc.text and "ecade" not in sc.text:
        return []
    return [m.span() for m in _OVER_YEARS.finditer(sc.text)]


def _over_years_nearer(sc: SentenceContext, at: int, year: DateMention | None, change: bool) -> bool:
    """Whether a span of years dates the figure at ``at``: a change in the same clause as the span, or a
    level the sentence gives no year of ("invested $2 billion over the past decade")."""
    here = sc.local(at)
    spans = _over_years(sc)
    if change:
        return any(not _NEXT_CLAUSE.search(sc.text, min(s, here), max(e, here)) for s, e in spans)
    return bool(spans) and year is None


_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s|;")
# "since (the year of) 2005" right before a year, not "the highest since 2015" (a level compared with a year);
# or the end of a span of years ("from 2007 to 2023", "between 1992 and 2023")
_SINCE = re.compile(r"(?:(?<!est )(?<!most )(?<!first )(?<!record )(?<!time )\bsince\s+(?:the\s+)?(?:year\s+(?:of\s+)?)?"
                    r"|\b(?:from|between)\s+(?:19|20)\d\d\s+(?:to|and|through|till|until)\s+)$", re.IGNORECASE)


def _since(sc: SentenceContext) -> list[DateMention]:
    """The years a sentence counts a sum from or over ("$350 million since 2005", "from 2007 to 2023")."""
    if "ince" not in sc.text and "rom" not in sc.text and "etween" not in sc.text:
        return []
    return [d for d in sc.dates if _SINCE.search(sc.text, max(0, sc.local(d.start) - 25), sc.local(d.start))]


def _distance(d: DateMention, at: int, end: int | None = None) -> int:
    """How far a date lies from a figure at ``at``: a date after the figure, from where it ends ("$5 million
    in 2023 and $7 million in 2024": the second figure's year is the one after it, not the one before)."""
    if end is not None and d.start >= end:
        return d.start - end
    return min(abs(d.start - at), abs(d.end - at))


def _figure_end(sc: SentenceContext, at: int) -> int | None:
    """Where the figure that starts at ``at`` ends."""
    for q in (*sc.money, *sc.percents):
        if q.start == at:
            return q.end
    return None


# "exports fell by 12%", "a 30 percent drop": a fall is a negative change, told close to its figure
_FALL_REACH = 25


def _percent_indicators(sc: SentenceContext, doc: DocContext, parties: list[str]) -> list[Indicator]:
    out = []
    for p in sc.percents:
        value = p.value
        before = sc.text[max(0, sc.local(p.start) - 60):sc.local(p.start)]
        after = sc.text[sc.local(p.end):sc.local(p.end) + 40]
        if _STAKE.match(after) or _TO_LEVEL.search(before):
            continue  # "a 20 percent partner", "will increase to 75 percent": a stake or a level, not a change
        if _other_whole(sc.text, sc.local(p.start), sc.local(p.end)):
            continue
        if _SHARE_AFTER.search(after) or _SHARE_BEFORE.search(before):
            metric = "other"
        elif cues().growth.search(before + " " + after):
            metric = "growth" if _changes_trade(before) else "other"
        elif cues().fall.search(before[-_FALL_REACH:] + " " + after[:_FALL_REACH]):
            metric, value = ("growth" if _changes_trade(before) else "other"), -p.value
        else:
            continue
        out.append(Indicator(metric=metric, value=Quantity(value=value, unit="percent"),
                             period=_period(sc, doc, p.start, change=True), parties=parties, evidence=sc.span()))
    for r in sc.ratios:
        before = sc.text[max(0, sc.local(r.start) - 60):sc.local(r.start)]
        if _ratio_goal(sc, doc, sc.local(r.start), sc.local(r.end)):
            continue  # "to increase trade 2.5 times by 2030": a goal, not a change measured
        if _changes_trade(before) and _TRADE_WORDS.search(sc.text):
            metric = "growth"
        elif _NUMBER_OF.search(sc.text, max(0, sc.local(r.start) - 100), sc.local(r.start)):
            metric = "other"  # "the number of joint ventures rose fourfold"
        else:
            continue  # "doubling the annual grants" is a proposal, not trade growth
        out.append(Indicator(metric=metric, value=Quantity(value=r.value, unit="percent"),
                             period=_period(sc, doc, r.start, change=True), parties=parties, evidence=sc.span()))
    return out


_NUMBER_OF = re.compile(r"\bnumber of\b", re.IGNORECASE)
# "the potential to increase trade", "will grow threefold": a multiple still to be reached
_RATIO_AHEAD = re.compile(r"\b(?:potential|prospects?|will|would|could|can|should|shall|must|plans?|planned|intends?|"
                          r"aim(?:s|ed|ing)?|seeks?|goal|target|task|possible|feasible)\b", re.IGNORECASE)
_COMING_YEARS = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:in|over|within)\s+the\s+(?:coming|next|following)\s+"
                           r"(?:\w+\s+)?(?:years?|decade)\b", re.IGNORECASE)


# "exports to other countries", "trade between the Central Asian states": a whole wider than the pair, which the
# figures after it in the sentence measure unless a contrast starts a new clause
_WIDER_WHOLE = re.compile(r"\b(?:(?:to|with|from)\s+(?:all\s+)?other\s+countries|(?:between|among)\s+(?:the\s+)?"
                          r"(?:Central\s+Asian|CA|regional|member|Turkic|CIS|all)\s+(?:countries|states|nations))\b"
                          r"(?![^.;]*\b(?:but|while|whereas)\b[^.;]*$)", re.IGNORECASE)
# "12% of its area", "half of the total population": a share of a land or a people, not of any exchange
_LAND_OR_PEOPLE = re.compile(r"\s*of\s+(?:the\s+|its\s+|their\s+)?(?:total\s+|whole\s+)?(?:population|area|territory)\b(?![’'-])",
                             re.IGNORECASE)


def _other_whole(text: str, at: int, end: int | None = None) -> bool:
    """Whether a figure measures something other than the pair's dealings (facts.md: an indicator's parties
    are the countries it concerns): a wider group named before it, or, for a share, a land or population."""
    if end is not None and _LAND_OR_PEOPLE.match(text, end):
        return True
    return ("countries" in text or "states" in text or "nations" in text) and \
        _WIDER_WHOLE.search(text, max(0, at - 160), at) is not None


def _ratio_goal(sc: SentenceContext, doc: DocContext, at: int, end: int) -> bool:
    """Whether a multiple is a goal: a goal or future word before it in its clause, or a deadline or
    horizon still ahead after it ("… 2.5 times by 2030", "… fivefold in the coming years")."""
    clause = max(sc.text.rfind(";", 0, at), at - 100, 0)
    return (_RATIO_AHEAD.search(sc.text, clause, at) is not None or _deadline_ahead(sc, doc, end)
            or _COMING_YEARS.match(sc.text, end) is not None)


def _changes_trade(before: str) -> bool:
    """Whether a change is one in trade (facts.md: growth): not when the nearest measure named before
    it is investment ("investment from Germany rose by 64%") or a number of things ("the number of
    joint ventures doubled"), which are changes of their own (metric other)."""
    named = [(m.end(), metric) for metric, regex in cues().metrics.present(before) for m in regex.finditer(before)]
    nearest = max(named) if named else None
    number = max((m.end() for m in _NUMBER_OF.finditer(before)), default=None)
    if number is not None and (nearest is None or nearest[0] < number):
        return False
    return nearest is None or nearest[1] != "investment"


# "one of the 10 largest producers", "among the top 20 exporters": a rank, not a head count
_RANK_BEFORE = re.compile(r"\b(?:(?:of|among)\s+(?:the\s+)?(?:top\s+)?|top\s+)$", re.IGNORECASE)
_RANK_AFTER = re.compile(r"\S+\s+(?:\w+est|leading|most\s+\w+)\b", re.IGNORECASE)


def _is_rank(text: str, start: int) -> bool:
    before = text[max(0, start - 20):start]
    return _RANK_BEFORE.search(before) is not None and (
        before.rstrip().lower().endswith("top") or _RANK_AFTER.match(text, start) is not None)


def _count_indicators(sc: SentenceContext, doc: DocContext, parties: list[str]) -> list[Indicator]:
    out, stock = [], False
    for q in sc.counts:
        if _is_rank(sc.text, sc.local(q.start)) or _employed(sc, q.start):
            continue  # a rank, or staff a plant employs: no head count of an engagement
        if q.noun in _FIRMS and (stock or _firm_stock(sc.text, sc.local(q.start), sc.local(q.end))):
            stock = True  # the firms counted after a stock in its sentence are its parts
            out.append(Indicator(metric="other", value=Quantity(value=q.value, unit="count"),
                                 period=_stock_year(sc, q.start), parties=parties, evidence=sc.span()))
        elif (q.noun in cues().participant_nouns or _delegation_members(q.noun, sc.text)) and q.value >= 5 and \
                not _WILL_INCLUDE.search(sc.text, max(0, sc.local(q.start) - 30), sc.local(q.start)):
            out.append(Indicator(metric="participants", value=Quantity(value=q.value, unit="count"),
                                 period=None, parties=parties, evidence=sc.span()))
    if "delegation" in sc.text:
        out.extend(Indicator(metric="participants", value=Quantity(value=float(m.group(1)), unit="count"),
                             period=None, parties=parties, evidence=sc.span()) for m in _DELEGATION_SIZE.finditer(sc.text))
    return out


def _firm_stock(text: str, at: int, end: int) -> bool:
    """Whether firms counted are a stock of firms at work in a country (metric other), not firms taking
    part in an event: the verb of their clause says they operate or are registered ("70 firms with
    Omani capital, including 12 banks, are successfully working there"), however long the subject."""
    stop = text.find(";", end)
    clause = text[end:min(stop if stop >= 0 else len(text), end + 160)]
    if _TAKE_PART.search(clause):
        return False
    return (_OPERATE.match(text, end) or _STOCK_PART.match(text, at) or _THERE_ARE.search(text, max(0, at - 30), at)
            or _OPERATE_AHEAD.search(clause)) is not None


def _delegation_members(noun: str | None, text: str) -> bool:
    """ "the delegation has 60 members": members counted beside a delegation are its size (members of a
    union or council are not)."""
    return noun == "members" and "delegation" in text


# "a 40-member delegation", "a 120-strong business delegation": the size of a delegation is a head count
_DELEGATION_SIZE = re.compile(r"\b(\d{1,4})-(?:member|strong)\s+(?:[\w-]+\s+){0,2}?delegation\b", re.IGNORECASE)


# "52 joint ventures operate in Kazakhstan": firms counted where they work are a stock, not participants
_FIRMS = frozenset(("ventures", "enterprises", "companies", "firms", "businesses", "entities"))
# "…, of which 40 are joint ventures": the firms of a stock, split by their kind
_STOCK_PART = re.compile(r"[\d,.]+\s+(?:are|were)\s", re.IGNORECASE)
_OPERATE = re.compile(r"(?:\s+with\s+(?:[\w-]+\s+){0,4}?(?:capital|participation|investments?))?"
                      r"\s+(?:(?:now|currently|already|successfully|actively)\s+)?(?:operate|are (?:operating|registered|active|working)|work|"
                      r"(?:operating|working|registered)\s+in\b|investing\b|"
                      r"(?:have been|had been|were) (?:established|set up|registered|created|opened))\b",
                      re.IGNORECASE)
# the verb of a firm count's clause, however far ahead: "…, including 12 banks, are successfully working"
_OPERATE_AHEAD = re.compile(r"\b(?:operate|(?:are|were)\s+(?:\w+ly\s+)?(?:operating|registered|active|working|"
                            r"functioning)|(?:operating|working|registered)\s+in)\b", re.IGNORECASE)
# firms that take part in an event are participants, whatever else their clause says of them
_TAKE_PART = re.compile(r"\b(?:took|take|taking)\s+part\b|\battend|\bparticipated\b|\bjoined\b|\bexhibit",
                        re.IGNORECASE)
_THERE_ARE = re.compile(r"\bthere (?:are|were) (?:now |currently )?(?:about |some |over |nearly |more than )?$",
                        re.IGNORECASE)


def _tonnes(sc: SentenceContext, doc: DocContext,
            parties: list[str]) -> tuple[list[Target], list[Indicator], list[Target]]:
    """Tonnages: moved (indicators), promised (targets), and the extra targets of a volume promised
    "each of" several goods."""
    targets, indicators, each = [], [], []
    for t in sc.tonnes:
        q = Quantity(value=t.value, unit="tonnes")
        at, end = sc.local(t.start), sc.local(t.end)
        before = sc.text[max(0, at - 40):at]
        if _RESERVES.search(before):
            continue
        emission = _emissions().search(sc.text, end, end + 25) is not None or _CAPACITY.search(before) is not None
        if _PROMISED_VOLUME.search(sc.text, max(0, at - 40), at) is None and _PAST_CARGO.search(sc.text):
            metric = "other" if emission else _moved_metric(sc.text, at)
            indicators.append(Indicator(metric=metric, value=q, period=_period(sc, doc, t.start), parties=parties,
                                        evidence=sc.span()))
        elif _FUTURE.search(sc.text) or _PROMISED_VOLUME.search(sc.text, max(0, at - 40), at):
            target = Target(metric="other" if emission else "cargo", value=q, parties=parties, evidence=sc.span())
            targets.append(target)
            goods = _EACH_OF.match(sc.text, end)
            if goods:
                each.extend([target] * (len(_ITEM_SEPARATOR.split(goods.group(1).strip())) - 1))
    return targets, indicators, each


def _moved_metric(text: str, at: int) -> str:
    """What a tonnage already moved measures: exports or consumption (other), whichever word is nearer
    the figure ("a big buyer of our wheat, taking 2 million tons of what we export" is exports),
    else cargo."""
    words = [(abs(m.start() - at), "exports") for m in _EXPORTS.finditer(text)]
    words += [(abs(m.start() - at), "other") for m in _CONSUMPTION.finditer(text)]
    return min(words)[1] if words else "cargo"


_EXPORTS = re.compile(r"\bexports?\b", re.IGNORECASE)


@cache
def _emissions() -> re.Pattern[str]:
    """The nouns of ``emission_nouns``, asked only after a tonnage (rare), so a plain pattern."""
    return re.compile(rf"\b(?:{'|'.join(lexicon('frames')['emission_nouns'])})\b", re.IGNORECASE)


_EMPLOY = re.compile(r"\bemploy(?:s|ed|ing)?\s+(?:about|around|some|over|up to|more than|nearly)?\s*$", re.IGNORECASE)


def _employed(sc: SentenceContext, start: int) -> bool:
    at = sc.local(start)
    return "employ" in sc.text and _EMPLOY.search(sc.text, max(0, at - 30), at) is not None


def _staff_to_employ(sc: SentenceContext, parties: list[str]) -> list[Target]:
    """ "the plant will employ 600 people": jobs a project is to create are a projected effect (facts.md),
    counted in whatever noun; staff a plant already employs are no goal."""
    if not (_FUTURE.search(sc.text) or cues().target_cues.search(sc.text)):
        return []
    return [Target(metric="other", value=Quantity(value=q.value, unit="count"), parties=parties, evidence=sc.span())
            for q in sc.counts if _employed(sc, q.start)]


def _effects(sc: SentenceContext, parties: list[str]) -> list[Target]:
    """Projected effects counted in homes, people or jobs ("the plant seeks to power 1.65 million
    households", "will create 5,000 jobs"): targets of metric other, when the future or a goal governs
    the sentence; effects already achieved are not goals."""
    nouns = [m for m in _effect_nouns().finditer(sc.text) if _WORD_EDGE.match(sc.text, m.end())]
    if not nouns or not (_FUTURE.search(sc.text) or cues().target_cues.search(sc.text)):
        return []
    out = []
    for noun in nouns:
        figure = _EFFECT_FIGURE.search(sc.text, max(0, noun.start() - 40), noun.start())
        value = parse_number(figure.group("num")) if figure else None
        if value is not None:
            out.append(Target(metric="other", value=Quantity(value=clean(value * scale_of(figure.group("scale"))),
                                                             unit="count"), parties=parties, evidence=sc.span()))
    return out


@cache
def _effect_nouns() -> re.Pattern[str]:
    """The nouns of ``effect_nouns`` (lower case, as a figure's noun is written) as one literal
    alternation: asked of every sentence, it rules most out faster than a lexicon lookup would."""
    return re.compile("|".join(sorted(lexicon("frames")["effect_nouns"], key=len, reverse=True)))


def _unique(facts: list, doc: DocContext) -> list:
    """A figure restated in the same document is stated once (same metric and value), by a body sentence
    rather than the headline; one that gives no period or year restates the one that gives it."""
    first: dict[tuple, int] = {}
    out: list = []
    for f in sorted(facts, key=lambda f: _when(f) is None):  # dated first: an undated copy joins them
        key = (f.metric, f.value.value, f.value.code)
        when = _when(f)
        kept_at = first.get((*key, when)) if when is not None else first.get(key)
        if kept_at is not None:
            kept = out[kept_at]
            out[kept_at] = kept.model_copy(update={"evidence": doc.prefer(kept.evidence, f.evidence)})
            continue
        first[(*key, when)] = len(out)
        first.setdefault(key, len(out))
        out.append(f)
    return sorted(out, key=lambda f: f.evidence)


def _when(fact: Indicator | Target) -> str | None:
    return fact.period if isinstance(fact, Indicator) else fact.year
