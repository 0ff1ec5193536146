"""A story told in one line, dateline included: its date line is the dateline, and the line
is the story, not a related headline of the page (which would silence every event in it).

Each row: our own one-line report in the style of a wire or local outlet → the (event_type,
sub_event_type, date) of its events, in text order.
"""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    ("الرباط – 20 تموز 2017 – تظاهر مئات المواطنين في مدينة الحسيمة يوم الأربعاء للمطالبة بالإفراج عن المعتقلين.",
     [("Protests", "Peaceful protest", "2017-07-19")]),
    ("عدن - 3 أيار 2018: قتل جندي بانفجار عبوة ناسفة استهدفت دورية عسكرية في مديرية المنصورة أمس.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "2018-05-02")]),
    ("قتل ثلاثة مدنيين في 4 آب 2019 بقصف مدفعي على بلدة كفرنبل.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "2019-08-04")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_one_line_story(text: str, expected: list[tuple[str, str, str]]) -> None:
    record = extract(text)
    got = [(e["event_type"], e["sub_event_type"], e["date"]) for e in record["events"]]
    assert got == expected
