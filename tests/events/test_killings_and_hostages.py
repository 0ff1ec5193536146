"""Killings, hostages and bombs destroyed, in wordings found by probing 144 violence and
strategic-development sentences of our own (99 right before): «قُتل X على يد مسلحين», «برصاصة في
رأسه», «أقدم مسلح على قتل» gave no attack; hostages held by gunmen were arrests; a bomb blown
up «تحت السيطرة» was an explosion; a car «اعترضت» was a weapon intercepted; figurative
«اغتيال الحلم», «يقصف جبهات», «يخوض معركة التأهل» were attacks and battles (issue 11)."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    ("2019-05-02", "قُتل مدني على يد مسلحين مجهولين في بلدة الجيزة بريف درعا الشرقي.", ("Violence against civilians", "Attack")),
    ("2019-05-02", "قُتل الصحفي الليبي برصاصة في رأسه في مدينة طرابلس.", ("Violence against civilians", "Attack")),
    ("2019-05-02", "أقدم مسلح على قتل بائع خضار في سوق مدينة تعز.", ("Violence against civilians", "Attack")),
    # Words between the men and their act, and «صُفّي» (liquidated) with how.
    ("2019-05-02", "أقدم مسلحون يستقلون دراجة نارية على قتل صاحب محل صرافة في مدينة تعز وفروا.",
     ("Violence against civilians", "Attack")),
    ("2019-05-02", "صُفّي مختار إحدى القرى برصاص مسلحين مجهولين جنوبي الموصل.", ("Violence against civilians", "Attack")),
    # One unknown gunman as the subject (a lone «مسلح» after «قتل» may be the dead instead).
    ("2019-05-02", "قتل مسلح مجهول سائق أجرة في حي الشيخ عثمان بمدينة عدن.", ("Violence against civilians", "Attack")),
    ("2013-01-17", "احتجز مسلحون من تنظيم القاعدة عشرات الرهائن الأجانب في منشأة للغاز جنوب الجزائر.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("2019-05-02", "فجرت القوات الأمنية عبوة ناسفة تحت السيطرة بعد العثور عليها في مدينة الرمادي.",
     ("Strategic developments", "Disrupted weapons use")),
    ("2019-05-02", "اعترضت منظومة القبة الحديدية قذيفتين صاروخيتين أطلقتا من قطاع غزة.",
     ("Strategic developments", "Disrupted weapons use")),
    ("2019-05-02", "ضبطت الأجهزة الأمنية مخبأ للأسلحة والذخيرة في منطقة جبلية بولاية تيزي وزو.",
     ("Strategic developments", "Disrupted weapons use")),
    ("2019-05-02", "اعترضت البحرية اليمنية زورقاً محملاً بالأسلحة قبالة سواحل المخا.",
     ("Strategic developments", "Disrupted weapons use")),
    ("2013-06-25", "غيّبت قوات الأمن قسرياً عشرات الشبان من بلدة التل بعد مداهمة منازلهم.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("2019-05-02", "سرق مسلحون سيارة إسعاف تابعة للهلال الأحمر في مدينة سبها.", ("Strategic developments", "Looting/property destruction")),
    ("2019-05-02", "استولى مسلحون على سيارات تابعة لمنظمة الصليب الأحمر في مدينة سبها.",
     ("Strategic developments", "Looting/property destruction")),
    ("2015-10-10", "الحسكة – 10 تشرين الأول 2015\nأعلنت قوات سوريا الديمقراطية تأسيسها في مدينة الحسكة كتحالف عسكري.",
     ("Strategic developments", "Change to group/activity")),
    # No event of these kinds.
    ("2019-05-02", "اعترضت مجموعة مسلحة سيارة الناشط في مدينة أجدابيا.", None),
    ("2019-05-02", "اغتيال الأمل في نفوس الشباب بعد سنوات من البطالة.", None),
    ("2019-05-02", "الأهلي يقصف جبهات الزمالك بثلاثية نظيفة ويعتلي صدارة الدوري.", None),
    ("2019-05-02", "المنتخب المغربي يخوض معركة التأهل أمام مصر الليلة.", None),
]


@pytest.mark.parametrize("published,text,expected", CASES)
def test_killings_and_hostages(published: str, text: str, expected: tuple[str, str] | None) -> None:
    events = [(e["event_type"], e["sub_event_type"]) for e in extract(text, published)["events"]]
    if expected is None:
        assert ("Strategic developments", "Disrupted weapons use") not in events
        assert not [t for t, _ in events if t in ("Violence against civilians", "Battles", "Explosions/Remote violence")]
    else:
        assert expected in events
