"""Spelling variants of a place name's matching key, read from `data/places/variants.yaml`.

Outlets write one village several ways: joined or apart («كفر نبودة»/«كفرنبودة»), with a
related first word («تل»/«تلة», «عين»/«عيون»), with a final «ى» or «ا». The gazetteer indexes
these as extra keys so a mention finds its entry whichever way it is written; letters the
normaliser already folds (hamza, ى/ي, ة/ه, tatweel, shadda) need no variant.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rasad.datafiles import load_yaml
from rasad.places.data import CuratedDataError, data_dir


@dataclass(frozen=True)
class VariantRules:
    joinable: frozenset[str]
    swaps: dict[str, tuple[str, ...]]
    final_alef: bool


@lru_cache(maxsize=1)
def rules(path: Path | None = None) -> VariantRules:
    """The rules file, schema-checked."""
    path = path or data_dir() / "variants.yaml"
    raw = load_yaml(path)
    if not isinstance(raw, dict) or set(raw) != {"joinable", "first_word", "final_alef"}:
        raise CuratedDataError(f"{path.name}: keys must be joinable, first_word, final_alef")
    swaps: dict[str, set[str]] = {}
    for group in raw["first_word"]:
        if not isinstance(group, list) or len(group) < 2:
            raise CuratedDataError(f"{path.name}: first_word groups are lists of two or more words")
        for w in group:
            swaps.setdefault(str(w), set()).update(str(o) for o in group if o != w)
    return VariantRules(frozenset(str(w) for w in raw["joinable"]),
                        {k: tuple(sorted(v)) for k, v in swaps.items()}, bool(raw["final_alef"]))


def variant_keys(key: str, maqsura: bool = False, r: VariantRules | None = None) -> list[str]:
    """Other spellings of the normalised key `key` (never `key` itself); `maqsura`: the name
    as written ends in «ى», which outlets also write «ا» («نوى»/«نوا»)."""
    r = r or rules()
    out: list[str] = []
    words = key.split(" ")
    first = words[0]
    if len(words) >= 2 and first in r.joinable and not words[1].startswith("ال"):
        out.append(first + "".join(words[1:2]) + (" " + " ".join(words[2:]) if len(words) > 2 else ""))
    elif len(words) == 1:
        for p in sorted(r.joinable, key=len, reverse=True):
            rest = key[len(p):]
            if key.startswith(p) and len(rest) >= 3 and not rest.startswith("ال"):
                out.append(f"{p} {rest}")
                break
    for alt in r.swaps.get(first, ()) if len(words) >= 2 else ():
        out.append(" ".join([alt, *words[1:]]))
    if r.final_alef and maqsura and key.endswith("ي") and len(words[-1]) >= 3:
        out.append(key[:-1] + "ا")
    return [v for v in dict.fromkeys(out) if v != key]
