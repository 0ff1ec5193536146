"""Word lists for reading tolls (rasad/data/events/tolls.yaml), as clitic-aware patterns.

The casualty cues proper (death and wound words, people nouns) live in cues.yaml and run
through the shared cue automaton; these lists only refine how a figure is read, so they
are plain regular expressions over the matching form of one sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasad.datafiles import data_path, load_yaml, word_lists
from rasad.text.normalise import normalise_phrase
from rasad.text.words import finditer_at, spelled_with
from rasad.text.literals import alt

KEYS = ("tally_phrases", "toll_nouns", "cumulative_markers", "other_fate_words", "thing_nouns", "plural_people", "household_heads",
        "closing_death_words", "additive_words")
_CLITIC = r"(?:و|ف|ب|ل|ال|وال|فال|بال|لل|ول|وب|ف?ل)?"
_CLITICS = ("و", "ف", "ب", "ل", "ال", "وال", "فال", "بال", "لل", "ول", "وب", "فل")  # the words _CLITIC spells


@dataclass(frozen=True)
class TollWords:
    tally: re.Pattern[str]
    toll_nouns: re.Pattern[str]
    cumulative: re.Pattern[str]
    other_fate: re.Pattern[str]
    things: frozenset[str]
    plural_people: frozenset[str]
    household_heads: frozenset[str]
    closing: frozenset[str]  # death words after their victims («مصرعهم»)
    additive: frozenset[str]  # «آخرون» after a count: more dead, not the same ones
    # The words a running-total or another-fate phrase opens with (rasad.text.words.search_at).
    cumulative_firsts: frozenset[str] | None = None
    other_fate_firsts: frozenset[str] | None = None


def _pattern(words: list[str]) -> re.Pattern[str]:
    # The words as a prefix tree (longest first, as a flat list sorted by length would try
    # them): a miss costs one letter test rather than one per word, at every word of a text.
    return re.compile(rf"(?<!\w){_CLITIC}(?:{alt({normalise_phrase(w) for w in words})})(?!\w)")


@lru_cache(maxsize=256)
def running_total(text: str, start: int, end: int) -> bool:
    """Does text[start:end] (a sentence) tell a running total («منذ بداية العام», «حتى الآن»)?
    Asked of one sentence by several rules: the answer is kept."""
    words = toll_words()
    period = _period_words()
    for m in finditer_at(words.cumulative, text, words.cumulative_firsts, start, end):
        # «منتصف الشهر الماضي», «أواخر العام الماضي»: a point in that period, when one event
        # happened; its figure is that event's toll, not a total over the period.
        before = text[max(start, m.start() - 12):m.start()].split()
        if before and before[-1] in period.point_parts:
            continue
        # «منذ ساعات الصباح», «منذ فجر اليوم»: since a time of this day, one event's own toll.
        after = text[m.end():min(end, m.end() + 16)].split()
        if m.group(0).endswith("منذ") and after and _bare(after[0]) in period.day_hours:
            continue
        return True
    # «مقتل 43 شخصاً في المحافظة خلال شباط الماضي»: a month's tally.
    return period.during_month.search(text, start, end) is not None


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


@dataclass(frozen=True)
class _PeriodWords:
    """Words of the time lexicon (rasad/data/time) that decide whether a sentence sums a period."""

    point_parts: frozenset[str]     # one-word parts of a period: «منتصف», «أواخر»
    day_hours: frozenset[str]       # first words of the parts of a day: «ساعات», «صباح», «فجر»
    during_month: re.Pattern[str]   # «خلال (شهر) شباط», «طيلة شهر أيار»: a whole month


@lru_cache(maxsize=1)
def _period_words() -> _PeriodWords:
    from rasad.timex.lexicon import load_lexicon

    lex = load_lexicon()
    months = alt({normalise_phrase(m) for m in lex.gregorian})
    return _PeriodWords(
        point_parts=frozenset(p for p in lex.period_parts if " " not in p),
        day_hours=frozenset(p.split()[0] for p in lex.parts_of_day) | {"ساعه", "ساعتين"},
        during_month=re.compile(rf"(?<!\w)(?:خلال|طيله|طوال)\s+(?:شهر\s+)?(?:{months})(?!\w)"),
    )


@lru_cache(maxsize=1)
def toll_words() -> TollWords:
    path = data_path("events", "tolls.yaml")
    raw = word_lists(load_yaml(path), KEYS, path)
    return TollWords(
        tally=_pattern(raw["tally_phrases"]),
        toll_nouns=_pattern(raw["toll_nouns"]),
        cumulative=_pattern(raw["cumulative_markers"]),
        other_fate=_pattern(raw["other_fate_words"]),
        things=frozenset(normalise_phrase(w) for w in raw["thing_nouns"]),
        plural_people=frozenset(normalise_phrase(w) for w in raw["plural_people"]),
        household_heads=frozenset(normalise_phrase(w) for w in raw["household_heads"]),
        closing=frozenset(normalise_phrase(w) for w in raw["closing_death_words"]),
        additive=frozenset(normalise_phrase(w) for w in raw["additive_words"]),
        cumulative_firsts=spelled_with(_CLITICS, {normalise_phrase(w) for w in raw["cumulative_markers"]}),
        other_fate_firsts=spelled_with(_CLITICS, {normalise_phrase(w) for w in raw["other_fate_words"]}),
    )
