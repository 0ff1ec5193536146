"""The mention table: ≥95 % of rows get the right admin1 and, for points, lie within 10 km."""

from __future__ import annotations

import pytest

from rasad.places.geo import haversine_km
from rasad.text.normalise import normalise

from .conftest import load_table

ROWS = load_table()


def _check(resolver, row: dict[str, str]) -> str | None:
    """None when the row passes, else why not."""
    mentions = resolver.find(normalise(row["sentence"]))
    target = row["target"]
    hit = next((m for m in mentions if target in m.text or m.text in target and len(m.text) >= 2
                and row["sentence"].find(target) <= m.start < row["sentence"].find(target) + len(target)), None)
    if hit is None:
        return f"no mention for {target!r}: {[m.text for m in mentions]}"
    if hit.country != row["country"] or (hit.admin1_code or "") != row["admin1"]:
        return f"{target!r}: {hit.country}/{hit.admin1_code} != {row['country']}/{row['admin1']} ({hit.gazetteer_id})"
    if row["lat"]:
        d = haversine_km(hit.lat, hit.lon, float(row["lat"]), float(row["lon"]))
        if d > 10:
            return f"{target!r}: {d:.1f} km off ({hit.gazetteer_id})"
    if row["precision"] and int(row["precision"]) != hit.geo_precision:
        return f"{target!r}: precision {hit.geo_precision} != {row['precision']}"
    return None


def _rate(resolver) -> tuple[float, list[str]]:
    fails = [f for f in (_check(resolver, r) for r in ROWS) if f]
    return 1 - len(fails) / len(ROWS), fails


def test_table_is_big_enough():
    assert len(ROWS) >= 150
    assert {r["country"] for r in ROWS} >= {"SY", "IQ", "YE", "LY", "LB", "PS"}


def test_table_accuracy(resolver):
    rate, fails = _rate(resolver)
    print(f"\nplaces table: {rate:.1%} of {len(ROWS)} rows right")
    assert rate >= 0.95, "\n".join(fails)


def test_table_accuracy_with_opensyria(opensyria_resolver):
    rate, fails = _rate(opensyria_resolver)
    print(f"\nplaces table (with OpenSyria): {rate:.1%} of {len(ROWS)} rows right")
    assert rate >= 0.95, "\n".join(fails)
