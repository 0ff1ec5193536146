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
