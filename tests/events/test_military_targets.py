"""An attack on a military site is a fight with its garrison, whoever else died in it, and the
attackers' withdrawal after the fight gives up no ground. Our own sentences → sub-event types."""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text,published,subs", [
    ("وكانت حركة الشباب قد هاجمت في الثامن من الشهر الجاري قاعدة عفورور العسكرية في إقليم باري، في هجوم أسفر عن "
     "مقتل أربعين شخصاً بينهم جنود ومدنيون.", "2017-06-30", ["Armed clash"]),
    ("وقال قائد القطاع إن مسلحي حركة الشباب اقتحموا بوابة المعسكر قرب مدينة جوهر فجر اليوم، ثم دارت اشتباكات "
     "استمرت ساعتين قبل أن تنسحب العناصر المهاجمة نحو الغابات.", "2021-03-02", ["Armed clash"]),
])
def test_attack_on_a_military_site(text: str, published: str, subs: list[str]) -> None:
    assert [e["sub_event_type"] for e in extract(text, published)["events"]] == subs


@pytest.mark.parametrize("text,published,subs", [
    # A force that says it killed militants fought them.
    ("قال الجيش النيجري في بيان إنه قتل 30 من عناصر بوكو حرام في منطقة ديفا أمس.", "2020-03-27", ["Armed clash"]),
    ("أعلن الجيش المصري مقتل 12 إرهابياً خلال عملية أمنية في شمال سيناء اليوم.", "2019-05-02", ["Armed clash"]),
    # The dead of a taking of ground told just before are its toll, no second fight.
    ("أعلنت قوات الدعم السريع أمس سيطرتها على مدينة النهود بعد معارك مع الجيش. وقالت إنها قتلت أكثر من 100 "
     "من عناصر الجيش.", "2025-05-12", ["Non-state actor overtakes territory"]),
])
def test_militants_killed_by_a_force(text: str, published: str, subs: list[str]) -> None:
    assert [e["sub_event_type"] for e in extract(text, published)["events"]] == subs
