"""Load the time vocabulary from `rasad/data/time/*.yaml`, check its shape, fold it.

The YAML files are the only place month names, weekday names and relative words live, so
contributors can add a spelling without reading the grammar. Every entry is folded with
`normalise_phrase` here, once, so the grammar matches it against `NormText.text` directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rasad.datafiles import DataFileError, data_path, load_yaml
from rasad.text.normalise import normalise_phrase

UNIT_NAMES = ("hour", "day", "week", "month", "year")
CONVENTIONS = ("levantine", "egyptian", "maghrebi", "moroccan")
MODIFIER_SIGN = {"past": -1, "future": 1, "current": 0}
POSITIONS = ("early", "middle", "late")


class LexiconError(DataFileError):
    """The time YAML does not have the shape the grammar expects."""


@dataclass(frozen=True)
class Unit:
    """A time unit word: which unit, and its count (None for a bare plural)."""

    unit: str
    count: int | None


@dataclass(frozen=True)
class TimeLexicon:
    """Every folded word the time grammar matches, with what it means."""

    gregorian: dict[str, int]
    gregorian_by_convention: dict[str, dict[int, tuple[str, ...]]]  # as written, for CLDR checks
    hijri: dict[str, int]
    weekdays: dict[str, int]
    ordinals: dict[str, int]
    parts_of_day: tuple[str, ...]
    relative_days: dict[str, int]
    modifiers: dict[str, int]
    this_words: tuple[str, ...]
    periods: dict[str, str]
    year_nouns: tuple[str, ...]
    month_nouns: tuple[str, ...]
    day_nouns: tuple[str, ...]
    period_parts: tuple[str, ...]          # «منتصف», «أواخر»: one word before the period
    part_phrases: tuple[str, ...]          # «الأيام الأخيرة»: joined to the period by «من»
    part_positions: dict[str, str]         # folded word or phrase → early/middle/late
    position_days: dict[str, tuple[int, int]]  # position → (first, last) day of a month it covers
    offset_words: dict[str, int]
    approximators: tuple[str, ...]
    units: dict[str, Unit]
    number_words: dict[str, int]
    few_words: tuple[str, ...]
    recent_days: dict[str, str]
    recent_modifiers: tuple[str, ...]
    before_last: tuple[str, ...]
    cues: frozenset[str]
    range_openers: tuple[str, ...]
    range_links: tuple[str, ...]
    future_markers: tuple[str, ...]
    non_future_stems: tuple[str, ...]
    non_future_words: frozenset[str]
    name_heads: frozenset[str]
    today_blockers_after: frozenset[str]
    today_blockers_before: frozenset[str]
    general_heads: frozenset[str]
    of_words: tuple[str, ...]
    year_pair_nouns: tuple[str, ...]
    gregorian_era: tuple[str, ...]
    hijri_era: tuple[str, ...]
    month_epithets: tuple[str, ...]
    event_anchors: frozenset[str]
    unit_fractions: frozenset[str]
    ala_governor_stems: tuple[str, ...]
    ala_non_events: frozenset[str]
    teens: frozenset[str]
    adjective_modifiers: frozenset[str]
    dual_modifiers: tuple[str, ...]
    last_modifiers: tuple[str, ...]
    within_words: tuple[str, ...]
    seasons: dict[str, int]
    verb_before_ghada: frozenset[str]
    ghada_forms: frozenset[str]
    count_nouns: frozenset[str]
    score_words: frozenset[str]
    count_leads: frozenset[str]
    worship_heads: frozenset[str]
    time_prepositions: frozenset[str]
    personal_names: frozenset[str]
    clock_hours: dict[str, int]
    clock_fractions: tuple[str, ...]
    clock_parts: tuple[str, ...]
    clock_leads: tuple[str, ...]
    hijri_days: dict[str, tuple[int, int]]  # «عيد الأضحى» → (12, 10)
    eve_words: tuple[str, ...]
    nth_days: dict[str, int]                # «ثالث» (أيام العيد) → 3
    nth_day_nouns: tuple[str, ...]


def _read(name: str) -> dict[str, Any]:
    data = load_yaml(data_path("time", name))
    if not isinstance(data, dict):
        raise LexiconError(f"{name}: top level must be a mapping")
    return data


def _words(value: Any, where: str) -> tuple[str, ...]:
    """A non-empty list of strings, folded."""
    if not isinstance(value, list) or not value:
        raise LexiconError(f"{where}: expected a non-empty list of words")
    out: list[str] = []
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise LexiconError(f"{where}: {item!r} is not a word")
        folded = normalise_phrase(item)
        if folded not in out:
            out.append(folded)
    return tuple(out)


def _index(table: Any, where: str, lo: int, hi: int) -> dict[str, int]:
    """{int key: [words]} → {folded word: key}, refusing a word under two keys."""
    if not isinstance(table, dict):
        raise LexiconError(f"{where}: expected a mapping of number → words")
    out: dict[str, int] = {}
    for key, words in table.items():
        if not isinstance(key, int) or not lo <= key <= hi:
            raise LexiconError(f"{where}: key {key!r} outside {lo}..{hi}")
        for w in _words(words, f"{where}[{key}]"):
            if out.get(w, key) != key:
                raise LexiconError(f"{where}: {w!r} listed under {out[w]} and {key}")
            out[w] = key
    return out


def _gregorian(table: Any) -> tuple[dict[str, int], dict[str, dict[int, tuple[str, ...]]]]:
    if not isinstance(table, dict) or sorted(table) != list(range(1, 13)):
        raise LexiconError("months.yaml gregorian: need exactly the months 1..12")
    folded: dict[str, int] = {}
    by_conv: dict[str, dict[int, tuple[str, ...]]] = {c: {} for c in CONVENTIONS}
    for month, conventions in table.items():
        if not isinstance(conventions, dict) or set(conventions) != set(CONVENTIONS):
            raise LexiconError(f"months.yaml gregorian[{month}]: need names for {CONVENTIONS}")
        for conv, names in conventions.items():
            _words(names, f"gregorian[{month}].{conv}")
            by_conv[conv][month] = tuple(names)
            for w in _words(names, f"gregorian[{month}].{conv}"):
                if folded.get(w, month) != month:
                    raise LexiconError(f"month name {w!r} under {folded[w]} and {month}")
                folded[w] = month
    return folded, by_conv


def _units(table: Any) -> dict[str, Unit]:
    if not isinstance(table, dict) or set(table) != set(UNIT_NAMES):
        raise LexiconError(f"relative.yaml units: need exactly {UNIT_NAMES}")
    out: dict[str, Unit] = {}
    for unit, forms in table.items():
        if not isinstance(forms, dict):
            raise LexiconError(f"units.{unit}: expected a mapping")
        for count, words in forms.items():
            if count not in (1, 2, "plural"):
                raise LexiconError(f"units.{unit}: form {count!r} is not 1, 2 or plural")
            for w in _words(words, f"units.{unit}.{count}"):
                out[w] = Unit(unit, None if count == "plural" else int(count))
    return out


def _positions(table: Any) -> dict[str, tuple[int, int]]:
    if not isinstance(table, dict) or set(table) != set(POSITIONS):
        raise LexiconError(f"parts.yaml positions: need exactly {POSITIONS}")
    out: dict[str, tuple[int, int]] = {}
    for pos, days in table.items():
        if not isinstance(days, dict) or set(days) != {"first_day", "last_day"}:
            raise LexiconError(f"parts.yaml positions.{pos}: need first_day and last_day")
        first, last = days["first_day"], days["last_day"]
        if not (isinstance(first, int) and isinstance(last, int) and 1 <= first <= last <= 30):
            raise LexiconError(f"parts.yaml positions.{pos}: need 1 <= first_day <= last_day <= 30")
        out[pos] = (first, last)
    return out


def _parts(table: Any, where: str, seen: dict[str, str]) -> tuple[str, ...]:
    """{position: [words]} → the folded words, recording each one's position in `seen`
    and refusing a word under two positions (in this table or the other one)."""
    if not isinstance(table, dict) or not set(table) <= set(POSITIONS) or not table:
        raise LexiconError(f"parts.yaml {where}: need a mapping of {POSITIONS} → words")
    out: list[str] = []
    for pos, words in table.items():
        for w in _words(words, f"{where}.{pos}"):
            if seen.get(w, pos) != pos:
                raise LexiconError(f"parts.yaml: {w!r} under {seen[w]} and {pos}")
            seen[w] = pos
            out.append(w)
    return tuple(out)


def _hijri_days(table: Any) -> dict[str, tuple[int, int]]:
    """{name: [Hijri month, day]} → {folded name: (month, day)}."""
    if not isinstance(table, dict) or not table:
        raise LexiconError("months.yaml hijri_days: expected a mapping of name → [month, day]")
    out: dict[str, tuple[int, int]] = {}
    for name, md in table.items():
        if not (isinstance(md, list) and len(md) == 2 and all(isinstance(x, int) for x in md)
                and 1 <= md[0] <= 12 and 1 <= md[1] <= 30):
            raise LexiconError(f"months.yaml hijri_days[{name!r}]: need [month 1..12, day 1..30]")
        for w in _words([name], f"hijri_days[{name!r}]"):
            out[w] = (md[0], md[1])
    return out


def _modifiers(table: Any) -> dict[str, int]:
    if not isinstance(table, dict) or set(table) != set(MODIFIER_SIGN):
        raise LexiconError(f"relative.yaml modifiers: need exactly {tuple(MODIFIER_SIGN)}")
    return {w: MODIFIER_SIGN[k] for k, words in table.items() for w in _words(words, f"modifiers.{k}")}


@lru_cache(maxsize=1)
def load_lexicon() -> TimeLexicon:
    """Read, check and fold the YAML files (once per process)."""
    months = _read("months.yaml")
    days = _read("days.yaml")
    rel = _read("relative.yaml")
    parts = _read("parts.yaml")
    positions: dict[str, str] = {}
    gregorian, by_conv = _gregorian(months.get("gregorian"))
    periods = rel.get("periods")
    if not isinstance(periods, dict) or set(periods) != {"week", "month", "year"}:
        raise LexiconError("relative.yaml periods: need week, month, year")
    recent = rel.get("recent_days")
    if not isinstance(recent, dict) or set(recent) != {"days", "hours"}:
        raise LexiconError("relative.yaml recent_days: need days, hours")
    parts_of_day = days.get("parts_of_day")
    return TimeLexicon(
        gregorian=gregorian,
        gregorian_by_convention=by_conv,
        hijri=_index(months.get("hijri"), "hijri", 1, 12),
        weekdays=_index(days.get("weekdays"), "weekdays", 0, 6),
        ordinals=_index(days.get("ordinals"), "ordinals", 1, 31),
        parts_of_day=_words(parts_of_day, "parts_of_day"),
        relative_days=_index(rel.get("relative_days"), "relative_days", -7, 7),
        modifiers=_modifiers(rel.get("modifiers")),
        this_words=_words(rel.get("this_words"), "this_words"),
        periods={w: k for k, ws in periods.items() for w in _words(ws, f"periods.{k}")},
        year_nouns=_words(rel.get("year_nouns"), "year_nouns"),
        month_nouns=_words(rel.get("month_nouns"), "month_nouns"),
        day_nouns=_words(rel.get("day_nouns"), "day_nouns"),
        period_parts=_parts(parts.get("words"), "words", positions),
        part_phrases=_parts(parts.get("phrases"), "phrases", positions),
        part_positions=positions,
        position_days=_positions(parts.get("positions")),
        offset_words=_index(rel.get("offset_words"), "offset_words", -1, 1),
        approximators=_words(rel.get("approximators"), "approximators"),
        units=_units(rel.get("units")),
        number_words=_index(rel.get("number_words"), "number_words", 1, 99),
        few_words=_words(rel.get("few_words"), "few_words"),
        recent_days={w: k for k, ws in recent.items() for w in _words(ws, f"recent_days.{k}")},
        recent_modifiers=_words(rel.get("recent_modifiers"), "recent_modifiers"),
        before_last=_words(rel.get("before_last"), "before_last"),
        cues=frozenset(_words(rel.get("cues"), "cues")),
        range_openers=_words(rel.get("range_openers"), "range_openers"),
        range_links=_words(rel.get("range_links"), "range_links"),
        future_markers=_words(rel.get("future_markers"), "future_markers"),
        non_future_stems=_words(rel.get("non_future_stems"), "non_future_stems"),
        non_future_words=frozenset(_words(rel.get("non_future_words"), "non_future_words")),
        name_heads=frozenset(_words(rel.get("name_heads"), "name_heads")),
        today_blockers_after=frozenset(_words(rel.get("today_blockers_after"), "today_blockers_after")),
        today_blockers_before=frozenset(_words(rel.get("today_blockers_before"), "today_blockers_before")),
        general_heads=frozenset(_words(rel.get("general_heads"), "general_heads")),
        of_words=_words(rel.get("of_words"), "of_words"),
        year_pair_nouns=_words(rel.get("year_pair_nouns"), "year_pair_nouns"),
        gregorian_era=_words(rel.get("gregorian_era"), "gregorian_era"),
        hijri_era=_words(rel.get("hijri_era"), "hijri_era"),
        month_epithets=_words(rel.get("month_epithets"), "month_epithets"),
        event_anchors=frozenset(_words(rel.get("event_anchors"), "event_anchors")),
        unit_fractions=frozenset(_words(rel.get("unit_fractions"), "unit_fractions")),
        ala_governor_stems=_words(rel.get("ala_governor_stems"), "ala_governor_stems"),
        ala_non_events=frozenset(_words(rel.get("ala_non_events"), "ala_non_events")),
        teens=frozenset(_words(rel.get("teens"), "teens")),
        adjective_modifiers=frozenset(_words(rel.get("adjective_modifiers"), "adjective_modifiers")),
        dual_modifiers=_words(rel.get("dual_modifiers"), "dual_modifiers"),
        last_modifiers=_words(rel.get("last_modifiers"), "last_modifiers"),
        within_words=_words(rel.get("within_words"), "within_words"),
        seasons=_index(rel.get("seasons"), "seasons", 1, 12),
        verb_before_ghada=frozenset(_words(rel.get("verb_before_ghada"), "verb_before_ghada")),
        ghada_forms=frozenset(_words(rel.get("ghada_forms"), "ghada_forms")),
        count_nouns=frozenset(_words(rel.get("count_nouns"), "count_nouns")),
        score_words=frozenset(_words(rel.get("score_words"), "score_words")),
        count_leads=frozenset(_words(rel.get("count_leads"), "count_leads")),
        worship_heads=frozenset(_words(rel.get("worship_heads"), "worship_heads")),
        time_prepositions=frozenset(_words(rel.get("time_prepositions"), "time_prepositions")),
        personal_names=frozenset(_words(rel.get("personal_names"), "personal_names")),
        clock_hours=_index(days.get("clock_hours"), "clock_hours", 1, 12),
        clock_fractions=_words(days.get("clock_fractions"), "clock_fractions"),
        clock_parts=_words(days.get("clock_parts"), "clock_parts"),
        clock_leads=_words(days.get("clock_leads"), "clock_leads"),
        hijri_days=_hijri_days(months.get("hijri_days")),
        eve_words=_words(months.get("eve_words"), "eve_words"),
        nth_days=_index(months.get("nth_days"), "nth_days", 1, 10),
        nth_day_nouns=_words(months.get("nth_day_nouns"), "nth_day_nouns"),
    )
