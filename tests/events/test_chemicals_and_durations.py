"""A chemical named near a shelling makes it a chemical attack (not across a clause); «منذ»
after another act's verb of lasting tells when that act began, not this one's day; an advance
that air strikes «supported» is no new ground taken. Our sentences."""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text,published,sub", [
    ("أفاد مصدر طبي بأن مسلحي التنظيم قصفوا قرية البشير جنوب كركوك مساء أمس بصواريخ محملة بمواد كيمياوية، "
     "ما أدى إلى إصابة عشرات المدنيين بحالات اختناق.", "2016-05-12", "Chemical weapon"),
    ("فجر انتحاري صهريجاً محملاً بغاز الكلور قرب حاجز للشرطة في قضاء الفلوجة صباح اليوم.", "2007-03-17",
     "Chemical weapon"),
    # (guard) a chemical attack told in another clause is another event
    ("قصفت قوات النظام بلدة اللطامنة بالمدفعية، وكانت البلدة تعرضت لهجوم بغاز الكلور قبل عام.", "2018-03-25",
     "Shelling/artillery/missile attack"),
])
def test_chemical_near_the_act(text: str, published: str, sub: str) -> None:
    events = extract(text, published)["events"]
    assert events and events[0]["sub_event_type"] == sub


@pytest.mark.parametrize("text,published,sub,date", [
    ("أعلنت قيادة عمليات صلاح الدين، اليوم الخميس، أن قوات الجيش استعادت السيطرة على قرية البو عجيل بعد "
     "مواجهات مع مسلحي التنظيم استمرت منذ مساء الثلاثاء.", "2015-03-12", "Government regains territory", "2015-03-12"),
    # (guards) the lasting act's own date; a date right after the act
    ("تتواصل الاشتباكات منذ فجر أمس في حي الشيخ مقصود بحلب.", "2016-04-10", "Armed clash", "2016-04-09"),
    ("اعتقلت قوات الأمن ناشطاً منذ يومين في مدينة الرمادي.", "2013-02-20", "Arrests", "2013-02-18"),
])
def test_since_another_act_lasted(text: str, published: str, sub: str, date: str) -> None:
    events = [e for e in extract(text, published)["events"] if e["sub_event_type"] == sub]
    assert events and events[0]["date"] == date


def test_supported_advance_is_no_new_ground() -> None:
    text = ("وقال قائد العمليات إن طيران التحالف الدولي ساند التقدم بغارات استهدفت تجمعات التنظيم في "
            "منطقتي البغدادي وكبيسة غربي الأنبار.")
    subs = {e["sub_event_type"] for e in extract(text, "2016-03-09")["events"]}
    assert "Air/drone strike" in subs and not subs & {"Non-state actor overtakes territory", "Government regains territory"}
