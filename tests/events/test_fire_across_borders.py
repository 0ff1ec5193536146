"""Rockets, shells and drones fired from one place at another: the strike is where they were
aimed («من قطاع غزة باتجاه عسقلان»), not whence (rasad/events/assemble.py, `_places_for`), and
a town across the border is read there (sites_il.tsv). Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    # (published, text, place of the strike, admin1)
    ("2023-01-01", "غزة - أطلقت فصائل فلسطينية رشقة صواريخ من قطاع غزة باتجاه مدينة عسقلان مساء اليوم.", "عسقلان", "IL-D"),
    ("2023-10-20", "بيروت - أطلق حزب الله صواريخ من جنوب لبنان نحو مستوطنة كريات شمونة اليوم.", "كريات شمونة", "IL-Z"),
    ("2019-06-03", "صعدة - أطلقت جماعة الحوثي طائرة مسيرة من محافظة صعدة باتجاه مطار أبها الدولي فجر اليوم.", "أبها", "SA-14"),
    # Fired from positions and at a town: the town.
    ("2016-01-05", "قصفت قوات النظام بلدة كفرنبل بقذائف المدفعية من مواقعها في معسكر جورين.", "كفرنبل", "SY-ID"),
]


@pytest.mark.parametrize("published,text,place,admin1", CASES)
def test_strike_is_where_fire_was_aimed(published: str, text: str, place: str, admin1: str) -> None:
    events = [e for e in extract(text, published)["events"] if e["event_type"] == "Explosions/Remote violence"]
    assert [(e["location"] or {}).get("name_ar") for e in events] == [place]
    assert events[0]["location"]["admin1_code"] == admin1
