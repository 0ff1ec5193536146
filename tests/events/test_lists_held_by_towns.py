"""A list whose items each name the town or unit that holds them goes on after a comma:
«بلدات بيت أمر وسعير في محافظة الخليل، وتقوع في بيت لحم، وعصيرة الشمالية في نابلس» is one
event per village, the holders none. Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    ("اعتقلت قوات الاحتلال 12 مواطناً خلال حملة مداهمات طالت بلدات يعبد في جنين، وبيت فجار في بيت لحم، وبيتا في نابلس.",
     "Arrests", ["يعبد", "بيت فجار", "بيتا"]),
    ("اقتحمت قوات الاحتلال قرى دورا وبني نعيم في محافظة الخليل، وعزون في قلقيلية، واعتقلت تسعة شبان.",
     "Arrests", ["دورا", "بني نعيم", "عزون"]),
    ("شهدت مدن بحري وأم درمان بولاية الخرطوم، وود مدني في الجزيرة، مواكب حاشدة تطالب بالحكم المدني.",
     "Peaceful protest", ["بحري", "أم درمان", "ود مدني"]),
    # (guard) a holder with no comma after it ends the list
    ("قصفت الطائرات بلدتي حاس وكفرنبل في ريف إدلب الجنوبي.", "Air/drone strike", ["حاس", "كفرنبل"]),
]


@pytest.mark.parametrize(("text", "sub_type", "places"), CASES)
def test_one_event_per_village_of_a_held_list(text: str, sub_type: str, places: list[str]) -> None:
    events = [e for e in extract(text, published="2016-03-09")["events"] if e["sub_event_type"] == sub_type]
    assert [e["location"]["text"] for e in events] == places
