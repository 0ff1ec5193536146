"""A party's followers who set on a protest with no weapons told are a mob (Riots: Mob
violence), not the party's armed wing fighting a battle. Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text,published,expected", [
    ("بيروت - هاجم مناصرون لحزب الله وحركة أمل، على متن دراجات نارية، المحتجين عند جسر الرينغ وسط بيروت.",
     "2019-11-25", ("Riots", "Mob violence")),
    ("بيروت - هاجم مناصرون لحزب الله المعتصمين في ساحة الشهداء وأحرقوا خيامهم.", "2019-10-29", ("Riots", "Mob violence")),
    ("بغداد - اعتدى أنصار التيار الصدري بالعصي على المتظاهرين في ساحة التحرير.", "2020-02-05", ("Riots", "Mob violence")),
    # armed followers who fire on the crowd are no mob
    ("بيروت - هاجم مسلحون من مناصري الحزب المحتجين بالرصاص الحي في خلدة.", "2019-11-12", None),
])
def test_followers_who_set_on_a_protest(text: str, published: str, expected: tuple | None) -> None:
    types = [(e["event_type"], e["sub_event_type"]) for e in extract(text, published)["events"]]
    if expected is None:
        assert ("Riots", "Mob violence") not in types
    else:
        assert types[0] == expected


@pytest.mark.parametrize("text,expected", [
    # two candidates' followers who fight with sticks and stones brawl
    ("الإسكندرية - اشتبك أنصار مرشح الحزب الوطني وأنصار مرشح الإخوان المسلمين بالعصي والحجارة أمام لجنة انتخابية "
     "في دائرة المنتزه.", ("Riots", "Mob violence")),
    # … with fire arms told, they clash
    ("طرابلس - اشتبك أنصار الحزبين بالأسلحة النارية والحجارة في باب التبانة ما أدى إلى مقتل شخصين.",
     ("Battles", "Armed clash")),
])
def test_followers_who_brawl(text: str, expected: tuple) -> None:
    events = extract(text, "2010-11-28")["events"]
    assert (events[0]["event_type"], events[0]["sub_event_type"]) == expected
