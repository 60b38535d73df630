"""Money in report language: "$500 million", "US$4 million", "USD 550 mln", "4.4 billion US dollars",
"22.8 billion tenge ($51 million)". Two currencies side by side resolve to the USD figure.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bilateral.extraction.lexicon import lexicon
from bilateral.extraction.numbers import (
    DIGIT_NUMBER,
    FIGURE_STARTS,
    SCALE,
    WORD_NUMBER,
    clean,
    finditer_near,
    parse_number,
    scale_of,
)


class Money(NamedTuple):
    value: float
    currency: str
    start: int
    end: int
    qualifier: str | None = None  # "up to", "over", "nearly"… as written before the figure


def _currency_words() -> tuple[str, str, dict[str, str]]:
    """Regex alternations of currency symbols (before the number) and names (after it)."""
    data = lexicon("currencies")
    symbols = sorted(data["symbols"], key=len, reverse=True)
    names = sorted(data["names"], key=len, reverse=True)
    table = {k.lower(): v for k, v in {**data["symbols"], **data["names"]}.items()}
    return ("|".join(re.escape(s) for s in symbols), "|".join(re.escape(n) for n in names), table)


_SYMBOLS, _NAMES, _CODES = _currency_words()
_QUALIFIER = r"(?P<qual>up to|over|more than|nearly|almost|about|around|approximately|some|at least|less than|roughly)\s+"
_NUM = rf"(?P<num>{DIGIT_NUMBER}|{WORD_NUMBER})"
_SCALE = rf"(?:[\s-]?(?P<scale>{SCALE})\b)?"
# "$5-6 billion": a range is entered at its lower bound, with the scale both ends share
MONEY_RE = re.compile(
    rf"(?:{_QUALIFIER})?(?:"
    rf"(?P<sym>{_SYMBOLS})\s?(?P<num1>{DIGIT_NUMBER})(?:\s?[-–]\s?(?:{DIGIT_NUMBER})(?=\s?{SCALE}\b))?"
    rf"(?:[\s-]?(?P<scale1>{SCALE})\b)?(?:\s(?P<suffix>{_NAMES})\b)?"
    rf"|{_NUM}{_SCALE}\s?(?P<name>{_NAMES})\b(?:['’]\s?worth)?"
    rf")",
    re.IGNORECASE,
)
# "SR45 billion ($12 billion)": a bracketed second figure right after the first one.
_BRACKETED = re.compile(r"\s*\(\s*(?:or\s+)?")
# "270 billion won, or about $195 million": the same sum in dollars, set off by "or"
_OR_USD = re.compile(r"\s*,?\s+or\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|approximately\s+)?")
# "525,737 million": one comma after three digits before a scale of millions is a decimal comma (English
# writes a sum of hundreds of billions in billions); "1,500 million" may be either, and stays 1.5 billion
_GROUP_OF_THOUSANDS = re.compile(r"\d{3},\d{3}")
_SMALL_SCALES = ("thousand", "k")
# Currency names that are also English words: a figure before them is money only with its scale ("270 billion won")
_VERB_NAMES = frozenset(("won",))


# Signs two countries' currencies share, read by default as the first: (country of the other, the first's
# country, the other currency). "¥" in a report on Japan and not China is the yen; "Rs" in one on India, the rupee.
_SHARED_SIGNS = {"¥": ("JPN", "CHN", "JPY"), "rs": ("IND", "PAK", "INR"), "rupees": ("IND", "PAK", "INR"),
                 "rupee": ("IND", "PAK", "INR")}


def find_money(text: str, pair: tuple[str, ...] = ()) -> list[Money]:
    """Every money figure in ``text``; where a figure is followed by its USD equivalent in brackets,
    only the USD one is kept (the schema's two-currency rule). ``pair``, the report's main countries,
    says which currency a shared sign stands for."""
    local = {sign: code for sign, (country, default, code) in _SHARED_SIGNS.items()
             if country in pair and default not in pair}
    found: list[Money] = []
    for m in finditer_near(MONEY_RE, text, "currency", (*FIGURE_STARTS, "currency")):
        money = _to_money(m, local)
        if money is not None:
            found.append(money)
    return _prefer_usd(_shared_currency(found, text), text)


# "5 billion and then 10 billion US dollars": the currency written once applies to both figures.
_BARE = re.compile(rf"(?P<num>{DIGIT_NUMBER})\s?(?P<scale>{SCALE})\s+(?:and(?: then)?|or|to)\s+$", re.IGNORECASE)


def _shared_currency(found: list[Money], text: str) -> list[Money]:
    out: list[Money] = []
    for money in found:
        m = _BARE.search(text, max(0, money.start - 40), money.start)
        if m is not None and m.end() == money.start and not any(f.end > m.start() for f in out):
            value = parse_number(m.group("num"))
            if value is not None:
                out.append(Money(clean(value * scale_of(m.group("scale"))), money.currency, m.start(), m.end("scale")))
        out.append(money)
    return out


def _to_money(m: re.Match[str], local: dict[str, str]) -> Money | None:
    if m.group("sym"):
        number, scale = m.group("num1"), m.group("scale1")
        sign = (m.group("suffix") or m.group("sym")).lower()
    else:
        number, scale = m.group("num"), m.group("scale")
        sign = m.group("name").lower()
    currency = local.get(sign) or _CODES[sign]
    if not m.group("sym") and scale is None and (number.strip().lower() in ("a", "an") or sign in _VERB_NAMES):
        return None
    value = parse_number(number)
    if value is None:
        return None
    if scale and scale.lower() in ("m", "b", "k") and not _tight_scale(m, scale):
        scale = None
    if scale and scale.lower() not in _SMALL_SCALES and _GROUP_OF_THOUSANDS.fullmatch(number):
        value = float(number.replace(",", "."))  # "$525,737 million" is $525.737 million, not $525.7 billion
    qual = m.group("qual")
    return Money(clean(value * scale_of(scale)), currency, m.start() if not qual else m.start("qual"), m.end(),
                 qual.lower() if qual else None)


def _tight_scale(m: re.Match[str], scale: str) -> bool:
    """Single-letter scales count only when glued to the number ("$500m", "$10B"), not "$5 m"."""
    return m.group(0)[m.group(0).lower().rfind(scale.lower()) - 1].isdigit()


def _prefer_usd(found: list[Money], text: str) -> list[Money]:
    keep: list[Money] = []
    skip: set[int] = set()
    for i, money in enumerate(found):
        if i in skip:
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (nxt is not None and money.currency != "USD" and nxt.currency == "USD"
                and _OR_USD.fullmatch(text[money.end:nxt.start]) is not None):
            keep.append(Money(nxt.value, "USD", money.start, nxt.end, money.qualifier))
            skip.add(i + 1)
            continue
        if nxt is not None and _BRACKETED.fullmatch(text[money.end:nxt.start]) is not None:
            if money.currency != "USD" and nxt.currency == "USD":
                keep.append(Money(nxt.value, "USD", money.start, nxt.end, money.qualifier))
                skip.add(i + 1)
                continue
            if money.currency == "USD":  # "$50 million (4.5 billion afghanis)": the USD figure stays;
                value = nxt.value if nxt.currency == "USD" else money.value  # "$1 billion ($987.9 million)": the exact one
                keep.append(Money(value, "USD", money.start, nxt.end, money.qualifier))
                skip.add(i + 1)
                continue
        keep.append(money)
    return keep
