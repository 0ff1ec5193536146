"""Coverage of the gazetteer per country, or per admin1 of one country (`rasad places stats`).

Tells an analyst where village-level resolution can be expected and where only districts or
governorates are known, before trusting the coordinates of a region's events.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rasad.places.gazetteer import Gazetteer

_KIND = {"town": "towns", "admin2": "admin2", "admin3": "admin3", "site": "sites", "area": "sites"}


def coverage(gaz: Gazetteer, country: str | None = None) -> list[dict[str, Any]]:
    """One row per country (or per admin1 of `country`): entries by kind, with a point, keys,
    and how many towns are known only by a Latin name."""
    keys_of: dict[int, int] = defaultdict(int)
    for idx in gaz.keys.values():
        for i in idx:
            keys_of[i] += 1
    latin_only = {i for idx in gaz.latin.values() for i in idx}  # found by Latin skeleton (rasad.places.latin)
    rows: dict[str, dict[str, Any]] = {}
    for i, e in enumerate(gaz.entries):
        if e.feature in ("country", "admin1") or (country and e.country != country):
            continue
        unit = (e.admin1 or f"{e.country}-?") if country else e.country
        r = rows.setdefault(unit, {"unit": unit, "name": "", "entries": 0, "towns": 0, "admin2": 0, "admin3": 0,
                                   "sites": 0, "with_point": 0, "keys": 0, "latin_only": 0})
        r["entries"] += 1
        r[_KIND.get(e.feature, "sites")] += 1
        r["with_point"] += e.lat is not None
        r["keys"] += keys_of.get(i, 0)
        r["latin_only"] += i in latin_only
    for unit, r in rows.items():
        a1 = gaz.admin1.get(unit)
        r["name"] = a1[0] if a1 else ""
    return sorted(rows.values(), key=lambda r: -r["entries"])
