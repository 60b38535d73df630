"""Names as keys: one spelling for what reports write in several ("Torghundi", "Turgundi",
"Towrgondi", "Торгунди"), so that resolution compares like with like.

Text is transliterated to ASCII (anyascii), lower-cased, mapped through the curated aliases in
``data/aliases.json`` and cut to short stems, which absorb inflection ("Kazakh"/"Kazakhstan",
"trade"/"trading") well enough for token overlap.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from anyascii import anyascii

STEM = 5
_STOP = frozenset("""a an the of in on at to for from by with and or as is are was were be been its it their
    his her this that these those into between both other also more new further all any per within about
    over under after before during up out""".split())  # noqa: SIM905 - a word list reads best as text
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@cache
def _aliases() -> tuple[re.Pattern[str], dict[str, str]]:
    data = json.loads((resources.files("bilateral.tracking") / "data" / "aliases.json").read_text("utf-8"))
    table = {variant: group[0] for group in data["names"] for variant in group}
    alternation = "|".join(re.escape(v) for v in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9])(?:{alternation})(?![a-z0-9])"), table


def normalise(text: str | None) -> str:
    """ASCII, lower case, every known variant replaced by its canonical form."""
    regex, table = _aliases()
    return regex.sub(lambda m: table[m.group(0)], anyascii(text or "").lower())


# Words every undertaking uses: they say nothing about which one it is.
GENERIC = frozenset("""proje joint coope devel agree imple estab const work initi phase secto areas field servi
    produ goods suppl deliv expor impor inves fundi finan build open openi creat compa centr cente activ progr
    issue matte plan plans total valu worth first secon third major large new memor under mou mous agree
    docum contr deal deals proto treat accor packa signe""".split())  # noqa: SIM905


@cache
def _country_stems() -> frozenset[str]:
    """Stems of country names, demonyms and governments: the block already says which countries."""
    from bilateral.extraction.countries import gazetteer

    names = [alias for alias, (_, kind) in gazetteer().table.items() if kind in ("name", "demonym", "government")]
    return frozenset(s for n in names for s in _raw_stems(n))


def key_stems(text: str | None) -> frozenset[str]:
    """The stems that tell one undertaking from another: no generic words, no country names."""
    return stems(text) - GENERIC - _country_stems()


def proper_names(text: str | None) -> frozenset[frozenset[str]]:
    """The proper names in a label, normalised, each a set of parts: "Torghundi–Herat" is one name of
    two places, "Freedom Bank" two names. They tell two railways or two logistics centres apart.
    Country names and demonyms are left out (the block already says which countries)."""
    regex, table = _aliases()
    out = set()
    text = _ROUTE.sub(r"\1-\2", anyascii(text or ""))  # "between Kabul and Herat" names one route
    for token in _PROPER.findall(text):
        parts = {regex.sub(lambda m: table[m.group(0)], p) for p in token.lower().split("-")}
        parts = {p for p in parts if len(p) > 2 and p[:STEM] not in _country_stems() and p[:STEM] not in GENERIC
                 and p not in _STOP}
        if parts:
            out.add(frozenset(parts))
    return frozenset(out)


_PROPER = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)*")
_ROUTE = re.compile(r"\b(?:between|from)\s+([A-Z][a-z]+)\s+(?:and|to)\s+([A-Z][a-z]+)")


def stems(text: str | None) -> frozenset[str]:
    return _raw_stems(text)


def _raw_stems(text: str | None) -> frozenset[str]:
    """Content stems of a name or phrase: stopwords dropped, words cut to five letters; hyphenated
    compounds count as their parts too ("torghundi-herat" → torgh, herat)."""
    out: set[str] = set()
    for word in _WORD.findall(normalise(text)):
        parts = [word, *word.split("-")] if "-" in word else [word]
        out.update(p[:STEM] for p in parts if p not in _STOP and len(p) > 1 and not p.isdigit())
    return frozenset(out)
