"""Who marched, and when the act (not its telling) happened. Our own sentences.

- A crowd is named by the people the sentence says it is made of («تظاهر مئات الموظفين»,
  «نظمها طلبة»), not by its trigger word; what it stood for («تضامناً مع الأسرى») names no one.
- «أعلنت الخلية، اليوم الأحد، مقتل … بهجوم … ليلة أمس»: the date set off by commas after the
  speaker who opens the sentence dates the telling; the act's own date is the later one.
"""

from __future__ import annotations

import pytest

from rasad import extract

CROWDS = [
    # (text, the words naming the crowd, or None when only the trigger names it)
    ("وفي السليمانية، تظاهر مئات الموظفين والمعلمين أمام مبنى المحافظة للمطالبة بصرف رواتبهم المتأخرة.", "الموظفين"),
    ("كما شهدت ولايتا تيارت ومعسكر مسيرات سلمية نظمها طلبة جامعيون، جرت دون تسجيل أي تجاوزات.", "طلبة"),
    ("وكان عشرات المحامين قد نظموا، الثلاثاء، وقفة احتجاجية أمام محكمة الاستئناف في وهران.", "المحامين"),
    ("وفي مدينة كيفة، نظم السكان وقفة احتجاجية أمام مقر الولاية رفعوا خلالها أواني فارغة.", "السكان"),
    ("أقدم شاب على إضرام النار في جسده أمام مقر الولاية في القصرين احتجاجاً على حجز بضاعته.", "شاب"),
    ("دخل عمال شركة الفوسفات في قفصة في إضراب مفتوح للمطالبة بتسوية أوضاعهم.", "عمال"),
    # (guards) what the crowd stood or asked for is not who it was
    ("نظم العشرات وقفة تضامناً مع الأسرى المضربين عن الطعام أمام مقر الصليب الأحمر في نابلس.", None),
    ("خرج المئات في مسيرة في درعا للمطالبة بالإفراج عن المعتقلين.", None),
]


@pytest.mark.parametrize(("text", "people"), CROWDS)
def test_the_crowd_is_named_by_its_people(text: str, people: str | None) -> None:
    record = extract(text, published="2021-03-09")
    protests = [e for e in record["events"] if e["event_type"] == "Protests"]
    assert protests
    crowd = next(a for a in record["actors"] if a["id"] == protests[0]["actor1"])
    assert crowd["id"].startswith("gen.protesters")
    texts = {m["text"] for m in crowd["mentions"]}
    if people is None:
        assert not texts & {"الأسرى", "المعتقلين"}
    else:
        assert people in texts
        m = next(m for m in crowd["mentions"] if m["text"] == people)
        assert text[m["start"]:m["end"]] == people  # offsets into the original text


TOLD_ON = [
    # (text, published, sub-type, the act's day)
    ("أعلنت خلية الإعلام الأمني، اليوم الأحد، مقتل ضابط ومنتسبين اثنين من الشرطة الاتحادية بهجوم لعصابات داعش "
     "على نقطة مراقبة في ناحية سركران بمحافظة كركوك، ليلة أمس.", "2021-12-05", "Armed clash", "2021-12-04"),
    # (guard: «أن» after the day was read as its telling before)
    ("ذكرت وزارة الدفاع، اليوم الخميس، أن ستة جنود قتلوا في كمين نصبه مسلحون قرب بلدة تيرا، مساء الثلاثاء.",
     "2024-10-10", "Armed clash", "2024-10-08"),
    # (guards) with no other date, the day told is the act's too
    ("أعلنت الشرطة، اليوم الأحد، اعتقال خمسة متهمين بالسرقة في حي الكرادة ببغداد.", "2021-12-05", "Arrests",
     "2021-12-05"),
]


@pytest.mark.parametrize(("text", "published", "sub_type", "day"), TOLD_ON)
def test_the_day_it_was_told_is_not_the_acts(text: str, published: str, sub_type: str, day: str) -> None:
    events = [e for e in extract(text, published=published)["events"] if e["sub_event_type"] == sub_type]
    assert events and events[0]["date"] == day
