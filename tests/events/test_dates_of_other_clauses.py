"""A date told in another clause's words dates that clause, not the act. Our own sentences.

- «منذ ثلاثة أعوام» far after a protest says how long a siege lasted: the protest takes the
  story's day; «منذ يومين» right after its verb still dates the act.
- After a verb, a date in a relative clause about another noun («… دوار اللؤلؤة الذي أزالته
  السلطات العام الماضي») is that clause's; a relative clause on the act's own noun
  («المسيرة التي انطلقت مساء أمس») dates the act.
"""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    # (text, sub-type, date)
    ("ونظم العشرات من أهالي المدينة وقفة احتجاجية أمام مبنى المحافظة للمطالبة بفك الحصار المفروض عليها منذ ثلاثة أعوام.",
     "Peaceful protest", "2021-02-10"),
    ("وقال شهود إن شباناً رشقوا دوريات الشرطة بالحجارة في بلدة الدراز، بينما حاول آخرون الوصول إلى موقع الدوار "
     "الذي أزالته السلطات العام الماضي.", "Violent demonstration", "2021-02-10"),
    # a date past «قبل أن» dates the later act that clause tells: the act keeps the story's day
    ("أغلق عشرات الشبان مساء أمس الطريق الرئيسي في بلدة الرديف بالحجارة. وتدخلت قوات الأمن لفتح الطريق واعتقلت "
     "خمسة منهم، قبل أن يطلق سراحهم فجر اليوم.", "Protest with intervention", "2021-02-09"),
    # (guards)
    ("اعتقلت قوات الأمن الناشط أحمد سالم منذ يومين في حي الكرادة ببغداد.", "Arrests", "2021-02-08"),
    ("شارك الآلاف في المسيرة التي انطلقت مساء أمس من ساحة التحرير في بغداد.", "Peaceful protest", "2021-02-09"),
]


@pytest.mark.parametrize(("text", "sub_type", "day"), CASES)
def test_the_date_of_another_clause(text: str, sub_type: str, day: str) -> None:
    events = [e for e in extract(text, published="2021-02-10")["events"] if e["sub_event_type"] == sub_type]
    assert events and events[0]["date"] == day
