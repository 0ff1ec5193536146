"""«ريف X الشمالي»: the point of a side's countryside is where that side's villages are.

Reference towns are public facts (GeoNames coordinates) of the side each phrase names; the
point must fall near them, not a fixed step from the city (which missed all four by 25 km
or more) nor the governorate's centroid in the steppe («ريف دمشق الغربي»)."""

from __future__ import annotations

import pytest

from rasad.places.countryside import MIN_VILLAGES, Countryside
from rasad.places.gazetteer import Entry, Gazetteer
from rasad.places.geo import haversine_km
from rasad.text.normalise import normalise

# (sentence, mention, a town of that side (lat, lon), most km from it)
SIDES = [
    ("قصفت طائرات التحالف مواقع في ريف الحسكة الجنوبي", "ريف الحسكة الجنوبي", (36.0563, 40.7309), 10),  # Shaddadi
    ("تواصلت الاشتباكات في ريف حلب الشمالي منذ الصباح", "ريف حلب الشمالي", (36.5866, 37.0463), 15),  # Azaz
    ("داهمت دورية أمنية منازل في ريف دمشق الغربي", "ريف دمشق الغربي", (33.4367, 36.0790), 15),  # Qatana
    ("قصف مدفعي على قرى ريف إدلب الجنوبي", "ريف إدلب الجنوبي", (35.4417, 36.6511), 25),  # Khan Shaykhun
]


@pytest.mark.parametrize("text,target,town,km", SIDES)
def test_side_of_countryside(resolver, text, target, town, km):
    m = next(m for m in resolver.find(normalise(text)) if m.text == target)
    assert (m.feature, m.geo_precision) == ("area", 2)
    assert haversine_km(m.lat, m.lon, *town) <= km


def _gaz(points: list[tuple[float, float]]) -> Gazetteer:
    entries = [Entry(f"t:{i}", "قرية", None, "SY", "SY-HM", lat, lon, "town") for i, (lat, lon) in enumerate(points)]
    return Gazetteer(entries=entries, admin1={}, keys={}, cue_keys=set(), meta={})


def test_median_of_the_sector_only():
    town = Entry("t:town", "بلدة", None, "SY", "SY-HM", 35.0, 36.0, "town")
    north = [(35.0 + 0.2 + 0.01 * i, 36.0 + 0.001 * i) for i in range(MIN_VILLAGES + 1)]
    south = [(35.0 - 0.3 - 0.01 * i, 36.0) for i in range(30)]
    cs = Countryside(_gaz(north + south))
    lat, lon = cs.point(town, 0.0, capital=False)
    assert 35.2 < lat < 35.3 and abs(lon - 36.0) < 0.02
    lat, _ = cs.point(town, 180.0, capital=False)
    assert lat < 34.8


def test_too_few_villages_says_nothing():
    town = Entry("t:town", "بلدة", None, "SY", "SY-HM", 35.0, 36.0, "town")
    cs = Countryside(_gaz([(35.2, 36.0)] * (MIN_VILLAGES - 1)))
    assert cs.point(town, 0.0, capital=False) is None
    assert cs.point(Entry("t:x", "بلدة", None, "SY", None, 35.0, 36.0, "town"), 0.0, capital=False) is None
