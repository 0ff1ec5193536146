"""Readings of a name that its neighbours rule out or change: demonyms, institutions, streets.

A country name is not a place when it is an adjective («مواطنا سوريا», «القوات السعودية») or
names an institution or team in a construct («وزير خارجية تركيا», «منتخب مصر», «قوات سوريا
الديمقراطية»); a place right after «منتخب/نادي/كأس» is a team or a cup; «الدور النهائي» and
«صلاة المغرب» are ordinary words. The word lists live in `rasad/data/places/readings.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasad.datafiles import data_path, load_yaml
from rasad.text.normalise import normalise_phrase

_WORD_AFTER = re.compile(r" (\w+)")
_DEFINITE = re.compile(r"^(?:و|ف)?(?:(?:ب|ك)?ال|لل)\w")
_CLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")


@dataclass(frozen=True)
class Readings:
    construct: frozenset[str]
    team: frozenset[str]
    team_forms: frozenset[str]  # with the clitics glued («وبمنتخب»)
    accusative_exceptions: frozenset[str]
    territory: frozenset[str]
    urban: frozenset[str]
    urban_not_names: frozenset[str]
    not_before: dict[str, frozenset[str]]
    not_after: dict[str, frozenset[str]]
    across_border: re.Pattern[str]  # «باتجاه مدينة », «مستوطنة »: search ending at a place across a border
    capital_qualifiers: frozenset[str]  # «المؤقتة»: «العاصمة» so qualified is another city


def _set(words: list[str]) -> frozenset[str]:
    return frozenset(k for k in (normalise_phrase(w) for w in words) if k)


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(_set(words), key=len, reverse=True))


def _across_border(raw: dict) -> re.Pattern[str]:
    """A place aimed at across a border («باتجاه مدينة عسقلان») or a settlement or border post
    («مستوطنة كريات شمونة»): the words that stand right before it."""
    return re.compile(rf"(?:(?:^|\s)(?:{_alt(raw['aim_words'])})\s+(?:(?:{_alt(raw['aim_place_nouns'])})\s+)?"
                      rf"|(?:^|\s)(?:و|ف|ب|ل)?(?:ال)?(?:{_alt(raw['border_site_nouns'])})\s+)$")


@lru_cache(maxsize=1)
def readings() -> Readings:
    raw = load_yaml(data_path("places", "readings.yaml"))
    return Readings(
        construct=_set(raw["country_construct_nouns"]), team=_set(raw["team_nouns"]),
        team_forms=frozenset(c + w for w in _set(raw["team_nouns"]) for c in ("", *_CLITICS)),
        accusative_exceptions=_set(raw["accusative_exceptions"]), territory=_set(raw["territory_nouns"]),
        urban=_set(raw["urban_words"]), urban_not_names=_set(raw["urban_not_names"]),
        not_before={normalise_phrase(k): _set(v) for k, v in raw["not_before"].items()},
        not_after={normalise_phrase(k): _set(v) for k, v in raw["not_after"].items()},
        across_border=_across_border(raw),
        capital_qualifiers=_set(raw["capital_qualifiers"]),
    )


def word_before(text: str, pos: int) -> str:
    """The word right before `pos` when only one space separates them ('' across punctuation)."""
    if pos < 2 or text[pos - 1] != " ":
        return ""
    i = pos - 1
    while i > 0 and text[i - 1].isalnum():
        i -= 1
    return text[i:pos - 1]


def word_after(text: str, pos: int) -> str:
    m = _WORD_AFTER.match(text, pos)
    return m.group(1) if m else ""


def bare(word: str) -> tuple[str, ...]:
    """The word and its forms without a leading conjunction or preposition («وبمنتخب» → «منتخب»)."""
    out = [word]
    for c in _CLITICS:
        if word.startswith(c) and len(word) - len(c) >= 3:
            out.append(word[len(c):])
    return tuple(out)


def is_definite(word: str) -> bool:
    return bool(_DEFINITE.match(word))


def ordinary_word(key: str, before: str, after: str) -> bool:
    """«الدور النهائي», «صلاة المغرب»: the name is an ordinary word here."""
    r = readings()
    if after and after in r.not_before.get(key, ()):
        return True
    return bool(before) and any(w in r.not_after.get(key, ()) for w in bare(before))


def team_name(before: str, prefix: str) -> bool:
    """«منتخب مصر», «نادي حلب», «كأس الخليج»: a team, a cup, a prize."""
    return not prefix and before in readings().team_forms


def country_not_place(key: str, before: str, prefix: str, prepositions: frozenset[str]) -> bool:
    """A country name read as an adjective or as the owner of an institution."""
    if prefix or not before:
        return False
    r = readings()
    forms = bare(before)
    if any(w in r.construct for w in forms):
        return True  # «وزير خارجية تركيا», «قوات سوريا الديمقراطية»
    if before in prepositions:
        return False
    if key.endswith("يا") and before.endswith("ا") and not before.endswith("وا") and len(before) > 2 \
            and before not in r.accusative_exceptions:
        return True  # «مواطنا سوريا», «جنديا تركيا»: the accusative of the demonym
    land = set(forms) | {"ال" + f[2:] for f in forms if f.startswith("لل")}
    if key.startswith("ال") and key.endswith("يه") and is_definite(before) and not land & r.territory:
        return True  # «القوات السعودية»: an adjective agreeing with its noun
    return False
