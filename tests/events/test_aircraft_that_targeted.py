"""Aircraft that «targeted» (past tense) struck: «طائرات الأباتشي استهدفت مساء أمس بؤراً …»,
«استهدفت مروحيات الجيش مواقع …». Our sentences."""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text,published,places", [
    ("وقال المتحدث العسكري إن طائرات الأباتشي استهدفت فجر اليوم بؤراً للعناصر التكفيرية في قريتي المهدية "
     "والجورة جنوب رفح.", "2016-02-03", ["المهدية", "الجورة"]),
    ("استهدفت مروحيات الجيش العراقي مساء أمس تجمعات لعناصر داعش في منطقة مطيبيجة.", "2017-06-14", ["مطيبيجة"]),
])
def test_aircraft_targeted(text: str, published: str, places: list[str]) -> None:
    events = [e for e in extract(text, published)["events"] if e["sub_event_type"] == "Air/drone strike"]
    assert sorted(e["location"]["name_ar"] for e in events) == sorted(places)


def test_drone_force_attack_operation() -> None:
    """«سلاح الجو المسير نفذ … عملية هجومية بطائرات …»: a drone force's attack is a strike."""
    text = "وأعلن متحدث القوات أن سلاح الجو المسير نفذ صباح اليوم عملية هجومية بطائرات صماد 3 على مطار أبها الدولي."
    events = extract(text, "2019-06-20")["events"]
    assert [e["sub_event_type"] for e in events] == ["Air/drone strike"]
