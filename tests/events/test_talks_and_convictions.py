"""Progress in talks is no advance, a truce undermined or discussed is no truce agreed, a merger
called for is no merger, a conviction for joining a cell is no joining. Our sentences."""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text,published", [
    ("اختتمت في جنيف جولة المشاورات بين الأطراف اليمنية وسط حديث عن تقدم بطيء في ملف الأسرى.", "2018-09-08"),
    ("حذر المبعوث الأممي من أن التصعيد العسكري حول مأرب قد يقوض الهدنة الهشة في البلاد.", "2022-06-12"),
    ("قدمت الحركة رؤيتها لتمديد الهدنة متضمنة فتح الطرق وصرف الرواتب.", "2022-07-30"),
    ("خرج مؤتمر الحوار الوطني بتوصيات تدعو إلى دمج الفصائل المسلحة في الجيش الوطني.", "2022-10-08"),
    ("نفذت السلطات حكم الإعدام بحق مدان بالانضمام إلى خلية إرهابية في المنطقة الشرقية.", "2019-04-23"),
])
def test_no_event(text: str, published: str) -> None:
    r = extract(text, published)
    assert not [e for e in r["events"] if e["modality"] in ("asserted", "claimed")]


@pytest.mark.parametrize("text,published,sub", [
    # (guards) an advance made, a truce agreed, a merger done
    ("تقدمت قوات الجيش نحو بلدة كفرنبودة وسيطرت عليها بعد معارك عنيفة.", "2019-05-09", "Government regains territory"),
    ("أعلنت فصائل المعارضة اندماجها في كيان واحد باسم الجبهة الوطنية للتحرير.", "2018-08-01", "Change to group/activity"),
])
def test_still_events(text: str, published: str, sub: str) -> None:
    assert sub in {e["sub_event_type"] for e in extract(text, published)["events"]}
