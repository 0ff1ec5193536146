"""Score place resolution on a table of mentions: admin1 right and, where the table has a
point, within a distance (25 km, as the project's held-out measure; 10 km for the main table).

One function for the tests, `rasad places score TABLE` and anyone re-measuring, so the figures
reported are computed one way.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasad.places.geo import haversine_km
from rasad.text.normalise import normalise


@dataclass
class TableScore:
    rows: int = 0
    right: int = 0
    by_country: Counter[str] = field(default_factory=Counter)
    right_by_country: Counter[str] = field(default_factory=Counter)
    fails: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.right / self.rows if self.rows else 0.0


def load_table(path: Path) -> list[dict[str, str]]:
    """Rows of a mention table ('#' comment lines skipped)."""
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader([ln for ln in fh if not ln.startswith("#")], delimiter="\t"))


def check_row(resolver: Any, row: dict[str, str], max_km: float = 25.0) -> str | None:
    """None when the mention of `row['target']` is resolved right, else why not."""
    from rasad.places.unlisted import with_unlisted

    sentence, target = row["sentence"], row["target"]
    lo = sentence.find(target)
    norm = normalise(sentence)
    found = resolver.find(norm)
    found = with_unlisted(norm, found)  # as the pipeline does
    hit = next((m for m in found if m.start < lo + len(target) and lo < m.end), None)
    if hit is None:
        return f"{target!r}: not found"
    if hit.country != row["country"] or (hit.admin1_code or "") != row["admin1"]:
        return f"{target!r}: {hit.country}/{hit.admin1_code} != {row['country']}/{row['admin1']} ({hit.gazetteer_id})"
    if row.get("lat"):
        if hit.lat is None:
            return f"{target!r}: no point ({hit.gazetteer_id})"
        d = haversine_km(hit.lat, hit.lon, float(row["lat"]), float(row["lon"]))
        if d > max_km:
            return f"{target!r}: {d:.0f} km off ({hit.gazetteer_id})"
    return None


def score_table(resolver: Any, rows: list[dict[str, str]], max_km: float = 25.0) -> TableScore:
    s = TableScore()
    for row in rows:
        why = check_row(resolver, row, max_km)
        s.rows += 1
        s.by_country[row["country"]] += 1
        if why is None:
            s.right += 1
            s.right_by_country[row["country"]] += 1
        else:
            s.fails.append(f"{row['country']} {why}")
    return s
