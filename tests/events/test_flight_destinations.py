"""Where people fled to is no place of the act that drove them out (context_words.yaml:
flight_words; rasad/events/assemble.py). Our own sentences → the place of the one event."""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text,published,place", [
    ("قصف مدفعي عنيف استهدف حي أبو سليم في طرابلس مساء أمس، ما دفع عائلات كثيرة إلى النزوح نحو مدينة الزاوية.",
     "2019-04-20", "أبو سليم"),
    ("هاجمت قوات الدعم السريع قرية قرب الجنينة يوم الجمعة، وفر الآلاف من سكانها إلى مدينة أدري التشادية.",
     "2023-06-17", "الجنينة"),
])
def test_flight_destination_is_no_place(text: str, published: str, place: str) -> None:
    events = extract(text, published)["events"]
    assert events and all(place in (e["location"] or {}).get("name_ar", "") for e in events), \
        [(e["sub_event_type"], (e["location"] or {}).get("name_ar")) for e in events]


@pytest.mark.parametrize("text,published,away", [
    ("سقطت قذائف عشوائية على منازل في حي أبو سليم مساء أمس. وقال أحد السكان إن صواريخ غراد تتساقط"
     " على الأحياء منذ أيام، وإن عائلات كثيرة نزحت باتجاه جنزور وتاجوراء.", "2019-04-20", ("جنزور", "تاجوراء")),
    ("قتل خمسة مدنيين في قصف مدفعي على سوق بلدة تلودي. وأضاف المصدر أن الاشتباكات دفعت مئات الأسر إلى الفرار"
     " نحو مدينة كادقلي.", "2022-05-09", ("كادقلي",)),
])
def test_no_event_where_people_fled(text: str, published: str, away: tuple[str, ...]) -> None:
    places = [(e["location"] or {}).get("name_ar", "") for e in extract(text, published)["events"]]
    assert not any(a in p for a in away for p in places), places

