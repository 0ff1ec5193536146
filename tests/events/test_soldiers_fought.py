"""Soldiers a non-state group fights, with no other side named, are the country's army; a
nation's soldiers stay that nation's. Our own sentences → (actor1, actor2) of the battle."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    ("قتل ثمانية جنود في هجوم لحركة الشباب على قاعدة عسكرية في إقليم شبيلي السفلى.",
     ("Al Shabaab", "Military Forces of Somalia")),
    ("قتل جنديان في هجوم لتنظيم داعش على نقطة عسكرية قرب بلدة الطارمية شمال بغداد.",
     ("Islamic State (IS)", "Military Forces of Iraq")),
    # The speaker tells its own fight with «إنها/أنه» before the verb: it is a side (the first).
    ("قالت قوات سوريا الديمقراطية إنها اشتبكت مع مسلحين من تنظيم داعش قرب بلدة الشحيل شرق دير الزور.",
     ("SDF - Syrian Democratic Forces", "Islamic State (IS)")),
    ("وقال الجيش الصومالي في بيان إنه خاض اشتباكات عنيفة مع مقاتلي حركة الشباب قرب مدينة جوهر.",
     ("Military Forces of Somalia", "Al Shabaab")),
    # no soldiers told: the other side stays unnamed
    ("دارت اشتباكات عنيفة بعد أن شن مقاتلو حركة الشباب هجوما على بلدة بلعد في إقليم شبيلي الوسطى فجر اليوم.",
     ("Al Shabaab", None)),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_soldiers_fought(text: str, expected: tuple[str, str | None]) -> None:
    record = extract(text, published="2022-06-30")
    names = {a["id"]: a["name_en"] for a in record["actors"]}
    battles = [e for e in record["events"] if e["event_type"] == "Battles"]
    assert [(names.get(e.get("actor1")), names.get(e.get("actor2"))) for e in battles] == [expected]


def test_speaker_takes_ground_it_tells_of() -> None:
    """«قالت قوات الدعم السريع إنها سيطرت على بلدة … بعد معارك مع الجيش»: the speaker took it."""
    record = extract("وفي ولاية غرب كردفان، قالت قوات الدعم السريع إنها سيطرت الخميس على بلدة الخوي بعد معارك مع الجيش.",
                     published="2025-05-05")
    taken = [e for e in record["events"] if e["event_type"] == "Battles"]
    assert [(e["sub_event_type"], e["actor1"]) for e in taken] == [("Non-state actor overtakes territory", "sd.rsf")]

