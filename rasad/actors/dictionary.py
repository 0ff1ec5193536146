"""The actor dictionary: every actor of `rasad/data/actors/*.yaml`, looked up by id or name.

Besides plain lookup it owns two pieces of knowledge the linker needs: which concrete actor a
category actor stands for in a given country and on a given day (`gen.military` in Syria in
2016 is `sy.military`; in 2025 it is `sy.military.2024`), and how to fill a category's name
templates when no concrete actor exists (`gen.civilians:SY` → "Civilians (Syria)").
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from rasad.actors.schema import Actor, load_actors
from rasad.actors.spelling import get_spelling
from rasad.datafiles import data_path, load_yaml

# sy.military, sy.military.2024: a country prefix, a role and an optional era.
# «ml.military», «sy.military.2024», «int.coalition»: a country's (or int's) own actor for a role.
ROLE_ID = re.compile(r"^([a-z]{2,3})\.([a-z0-9_]+)(?:\.(\d{4}))?$")


@lru_cache(maxsize=1)
def country_names() -> dict[str, tuple[str, str]]:
    """ISO alpha-2 → (English name, Arabic name), from the places data."""
    rows = load_yaml(data_path("places", "countries.yaml")) or []
    return {r["cc"]: (r["en"], r["ar"][0]) for r in rows if r.get("cc") and r.get("ar")}


FILLED_KEPT = 4096  # filled categories kept: a few hundred categories × the countries they meet


def pick_by_date(candidates: list[Actor], day: date | None) -> Actor:
    """The candidate active on `day` (nearest period if none is); without a date, the earliest."""
    if len(candidates) == 1:
        return candidates[0]
    if day is None:
        return min(candidates, key=lambda a: a.period[0])
    return min(candidates, key=lambda a: (a.distance(day), a.generic))


class ActorDictionary:
    """All actors, indexed by id, by normalised name, and by (country, role) for generics."""

    def __init__(self, actors: list[Actor]) -> None:
        self._actors = actors
        self._by_id = {a.id: a for a in actors}
        self._by_role: dict[tuple[str, str], list[Actor]] = {}
        for a in actors:
            m = ROLE_ID.match(a.id)
            if m and not a.generic:
                self._by_role.setdefault((m.group(1), m.group(2)), []).append(a)
        # (id(category), country) → (category, filled): articles fill the same few categories.
        self._filled: dict[tuple[int, str | None], tuple[Actor, Actor]] = {}
        self._search_index: tuple[list[str], list[str]] | None = None  # built by the first search

    def _choices(self) -> tuple[list[str], list[str]]:
        """Every name's matching key and its actor's id, for `search`: only `rasad actors
        search` and the review desk ask, so extraction never pays for ≈5,000 keys."""
        if self._search_index is None:
            spelling = get_spelling()
            keys: list[str] = []
            ids: list[str] = []
            for a in self._actors:
                for name in {a.name_ar, *a.aliases_ar, a.name_en, *a.aliases_en}:
                    key = spelling.key(name)
                    if key:
                        keys.append(key)
                        ids.append(a.id)
            self._search_index = (keys, ids)
        return self._search_index

    @classmethod
    def load(cls, directory: Path | None = None) -> "ActorDictionary":
        return cls(load_actors(directory))

    def __len__(self) -> int:
        return len(self._actors)

    def __contains__(self, actor_id: str) -> bool:
        return self.get(actor_id) is not None

    def all(self) -> list[Actor]:
        return list(self._actors)

    def complete(self) -> list[Actor]:
        """Named, non-generic actors with every field a record needs."""
        return [a for a in self._actors if a.complete and not a.generic]

    def get(self, actor_id: str) -> Actor | None:
        """An actor by id; `gen.X:CC` gives the category filled for country CC."""
        if actor_id in self._by_id:
            return self._by_id[actor_id]
        base, _, cc = actor_id.partition(":")
        if cc and base in self._by_id:
            return self.fill_generic(self._by_id[base], cc)
        return None

    def concrete(self, generic: Actor, country: str | None, day: date | None = None) -> Actor | None:
        """The country's own actor for a category (CC.role, CC.role.YYYY, or int.role listing CC)."""
        if not country or not generic.generic:
            return None
        role = generic.id.split(".", 1)[1]
        cands = self._by_role.get((country.lower(), role))
        if not cands:
            cands = [a for a in self._by_role.get(("int", role), []) if country.upper() in a.countries]
        return pick_by_date(cands, day) if cands else None

    def fill_generic(self, generic: Actor, country: str | None) -> Actor:
        """The category with its name templates filled for `country` (or emptied without one);
        made once per category and country (the category is kept with it, so its id stays its own)."""
        key = (id(generic), country)
        kept = self._filled.get(key)
        if kept is not None and kept[0] is generic:
            return kept[1]
        if len(self._filled) >= FILLED_KEPT:
            self._filled.clear()
        filled = self._fill(generic, country)
        self._filled[key] = (generic, filled)
        return filled

    def _fill(self, generic: Actor, country: str | None) -> Actor:
        names = country_names()
        if country and country.upper() in names:
            en, ar = names[country.upper()]
            return dataclasses.replace(
                generic, id=f"{generic.id}:{country.upper()}",
                name_en=generic.name_en.format(country=en), name_ar=generic.name_ar.format(country_ar=ar),
                countries=(country.upper(),),
            )
        strip = {"country": "", "country_ar": ""}
        en = re.sub(r"\s*\(\)|\s+of\s*$", "", generic.name_en.format(**strip)).strip()
        ar = re.sub(r"\s*\(\)", "", generic.name_ar.format(**strip)).strip()
        return dataclasses.replace(generic, name_en=en, name_ar=ar)

    def resolve(self, actor: Actor, country: str | None, day: date | None = None) -> Actor:
        """A category resolved for the article: concrete actor if any, else the filled template."""
        if not actor.generic:
            return actor
        return self.concrete(actor, country, day) or self.fill_generic(actor, country)

    def search(self, text: str, limit: int = 10, cutoff: float = 60.0) -> list[tuple[Actor, float]]:
        """Fuzzy lookup over every Arabic and English name (best score per actor)."""
        query = get_spelling().key(text)
        if not query:
            return []
        choices, choice_ids = self._choices()
        hits = process.extract(query, choices, scorer=fuzz.WRatio, limit=limit * 5, score_cutoff=cutoff)
        best: dict[str, float] = {}
        for _choice, score, idx in hits:
            aid = choice_ids[idx]
            if score > best.get(aid, -1):
                best[aid] = score
        ranked = sorted(best.items(), key=lambda kv: -kv[1])[:limit]
        return [(self._by_id[aid], round(score, 1)) for aid, score in ranked]


@lru_cache(maxsize=4096)
def one_force(a_id: str, b_id: str, day: date | None = None) -> bool:
    """Is one actor a branch of the other («سلاح الجو» of «الجيش») on `day`, by a `parent`
    affiliation of the dictionary? (Without a day, only a link that has not ended counts: the
    Rapid Support Forces were the army's until April 2023, not in the war since.)"""
    book = get_dictionary()
    when = day.isoformat() if day is not None else None

    def parent_of(child: str, parent: str) -> bool:
        actor = book.get(child)
        if actor is None:
            return False
        for f in actor.affiliations:
            if f.type != "parent" or f.target != parent:
                continue
            if when is None:
                if f.until is None:
                    return True
            elif (not f.date or f.date <= when[:len(f.date)]) and (not f.until or when[:len(f.until)] < f.until):
                return True
        return False

    return parent_of(a_id, b_id) or parent_of(b_id, a_id)


@lru_cache(maxsize=1)
def get_dictionary() -> ActorDictionary:
    """The bundled dictionary, loaded once per process."""
    return ActorDictionary.load()
