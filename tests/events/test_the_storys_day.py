"""An event a report tells with no time of its own carries on the story told just before it:
the day of the event of the sentence right before (told «أمس» or «أمس الأول»), or of the last
event told «أمس». Otherwise it is the dateline's day (ANNOTATION.md). Our own reports."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    # (text, event sub-type, date)
    # (guard: the day before the dateline was carried on before this rule)
    ("نواكشوط - أغلق عشرات الشبان الغاضبين، مساء أمس الأربعاء، الطريق الرابط بين كيهيدي ومدن الجنوب احتجاجاً "
     "على انقطاع الماء. وفي مدينة كيفة، نظم السكان وقفة احتجاجية أمام مقر الولاية.", "Peaceful protest", "2021-08-11"),
    # (guard) a sentence that tells no event between them
    ("بنغازي - قتل جندي برصاص مسلحين مجهولين مساء أمس في منطقة الهواري. وقال مصدر أمني إن التحقيقات جارية "
     "لمعرفة هوية المهاجمين. واعتقلت الشرطة ثلاثة مشتبه بهم في حي الليثي.", "Arrests", "2021-08-11"),
    # «أمس الأول», told right before
    ("عدن - اندلعت اشتباكات عنيفة أمس الأول بين قوات الحزام الأمني ومسلحين قبليين في مديرية المنصورة. "
     "وأغلق محتجون الطريق الرئيسي في مديرية الشيخ عثمان بالإطارات المشتعلة.", "Peaceful protest", "2021-08-10"),
    ("الخرطوم - قتل متظاهر برصاص قوات الأمن أمس الأول في حي بري. وخرجت مواكب في مدينة عطبرة تنديداً بالقتل.",
     "Peaceful protest", "2021-08-10"),
    # (guards) last week's act dates nothing after it; nor does a date told well before
    ("بنغازي - خطف مسلحون ناشطاً من أمام منزله في درنة يوم السبت الماضي. وتظاهر العشرات في ميدان الشجرة "
     "وسط بنغازي تنديداً بالاغتيالات.", "Peaceful protest", "2021-08-12"),
]


@pytest.mark.parametrize(("text", "sub_type", "day"), CASES)
def test_an_undated_event_carries_on_the_story(text: str, sub_type: str, day: str) -> None:
    events = [e for e in extract(text, published="2021-08-12")["events"] if e["sub_event_type"] == sub_type]
    assert events and events[-1]["date"] == day  # the event told last, in the sentence after the story's


@pytest.mark.parametrize(("first", "told", "expected"), [
    (3, [({2}, "2021-08-11", "day")], 0),            # yesterday, the sentence right before
    (3, [({2}, "2021-08-10", "day")], 0),            # the day before yesterday, right before
    (4, [({1}, "2021-08-10", "day")], None),         # the day before yesterday, further back
    (4, [({1}, "2021-08-11", "day")], 0),            # yesterday, further back
    (3, [({2}, "2021-08-07", "day")], None),         # last Saturday
    (3, [({2}, "2021-08", "month")], None),          # a month dates no day
    (3, [({1}, "2021-08-11", "day"), ({2}, "2021-08-05", "day")], None),  # the last one told rules
])
def test_day_carried_on(first: int, told: list, expected: int | None) -> None:
    from datetime import date

    from rasad.events.story_day import day_carried_on

    rows = [(s, date.fromisoformat(d) if p == "day" else None, p) for s, d, p in told]
    assert day_carried_on(first, rows, date(2021, 8, 12)) == expected
