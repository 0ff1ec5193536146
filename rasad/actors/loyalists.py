"""Forces named by the leader they are loyal to are that leader's forces.

«القوات الموالية للرئيس علي عبدالله صالح», «كتائب موالية للعقيد معمر القذافي», «الموالين
للقذافي»: the dictionary cannot list every title and spelling a report puts between «لـ» and
the name, so the phrase is read by its shape (head noun, «الموالية», «لـ», titles, a leader's
name) and the leader's forces are taken from rasad/data/actors/rules/loyalists.yaml, only
within the dates that data gives (a name means other forces in other years).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from rasad.datafiles import DataFileError, data_path, load_yaml, word_lists
from rasad.text.literals import alt
from rasad.text.normalise import normalise_phrase

KEYS = ("heads", "titles")


@dataclass(frozen=True, slots=True)
class Leader:
    actor_id: str
    start: str | None  # YYYY or YYYY-MM, inclusive
    until: str | None


def _month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _within(leader: Leader, day: date | None) -> bool:
    if day is None:
        return leader.start is None and leader.until is None  # no date: no leader's years can be checked
    month = _month(day)
    return (leader.start is None or month >= leader.start[:7]) and (leader.until is None or month[:len(leader.until)] <= leader.until)


def _bare(word: str) -> str:
    """`word` without its article: after «لـ» the article's alef is not written («للرئيس»)."""
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern[str], dict[str, Leader]]:
    path = data_path("actors", "rules", "loyalists.yaml")
    raw = load_yaml(path)
    w = word_lists(raw, KEYS, path)
    leaders: dict[str, Leader] = {}  # keyed by the name without its article («للأسد» = «لل» + «اسد»)
    for entry in raw.get("leaders") or []:
        if not isinstance(entry, dict) or not entry.get("names") or not entry.get("actor"):
            raise DataFileError(f"{path}: each leader needs 'names' and 'actor'")
        leader = Leader(str(entry["actor"]), entry.get("from"), entry.get("until"))
        for name in entry["names"]:
            leaders[_bare(normalise_phrase(str(name)))] = leader
    if not leaders:
        raise DataFileError(f"{path}: 'leaders' must list at least one leader")
    heads = alt({normalise_phrase(x) for x in w["heads"]})
    titles = alt({_bare(normalise_phrase(x)) for x in w["titles"]})
    names = alt(set(leaders))
    pattern = re.compile(
        rf"(?<!\w)(?:و|ف|ب|ل)?(?P<span>(?:(?:{heads})\s+(?:ال)?موالي(?:ه|ن)?|(?:ال)?موالين|(?:ال)?موالون)"
        rf"\s+(?:ل|لل)(?:(?:ال)?(?:{titles})\s+)*(?:ال)?(?P<name>{names}))(?!\w)")
    return pattern, leaders


def loyalist_forces(text: str, published: date | None) -> list[tuple[int, int, str]]:
    """(start, end, actor id) of each «forces loyal to a leader» phrase in normalised `text`,
    for the leaders the data knows at `published`."""
    if "موال" not in text:
        return []
    pattern, leaders = _rules()
    out: list[tuple[int, int, str]] = []
    for m in pattern.finditer(text):
        leader = leaders.get(m.group("name"))
        if leader is not None and _within(leader, published):
            out.append((m.start("span"), m.end("span"), leader.actor_id))
    return out
