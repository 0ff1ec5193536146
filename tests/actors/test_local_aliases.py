"""A description that names an actor only in its own countries (`local_aliases_ar`):
«مقاتلو العشائر» are Iraq's Tribal Mobilization in an Iraqi article, a country's tribal
militia elsewhere (rasad/actors/linker.py, LOCAL)."""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text,published,present,absent", [
    ("الأنبار – 5 حزيران 2016\nتصدى مقاتلو العشائر لهجوم شنه تنظيم داعش على ناحية البغدادي غرب الأنبار.",
     "2016-06-05", "iq.tribal_mobilization", None),
    ("بلدوين – 5 سبتمبر 2022\nسيطرت قوات الجيش الصومالي على بلدة مهاس بعد معارك شارك فيها مقاتلو العشائر ضد حركة الشباب.",
     "2022-09-05", "gen.tribal_militia:SO", "iq.tribal_mobilization"),
    ("دير الزور – 30 آب 2023\nامتدت الاشتباكات بين مقاتلي العشائر وقوات سوريا الديمقراطية إلى بلدة ذيبان.",
     "2023-08-30", "gen.tribal_militia:SY", "iq.tribal_mobilization"),
])
def test_tribal_fighters_by_country(text: str, published: str, present: str, absent: str | None) -> None:
    ids = {a["id"] for a in extract(text, published)["actors"]}
    assert present in ids
    assert absent not in ids
